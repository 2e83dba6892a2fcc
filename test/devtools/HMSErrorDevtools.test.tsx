import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HMSErrorProvider, HMSErrorUI, useHMSErrors, type HMSNotificationsLike } from 'react-hms-errors';
import { HMSErrorDevtools } from 'react-hms-errors/devtools';
import { createFakeHMSActions, createFakeHMSNotifications, doubleDelivery, type FakeHMSActions } from 'react-hms-errors/testing';

function Call({ notifications, actions }: { notifications: HMSNotificationsLike; actions?: FakeHMSActions }) {
  const { guard } = useHMSErrors({ notifications });
  const join = () => guard(() => actions!.join({ userName: 'Ada', authToken: 'token' }), { label: 'join' });
  return (
    <>
      <h1>Weekly sync</h1>
      {actions ? (
        <button type="button" onClick={() => void join()}>
          Join
        </button>
      ) : null}
    </>
  );
}

function setup({ defaultOpen = true } = {}) {
  const user = userEvent.setup(); // also gives jsdom a clipboard (jsdom has none)
  const notifications = createFakeHMSNotifications();
  const actions = createFakeHMSActions();
  render(
    <HMSErrorProvider actions={actions} maxVisibleToasts={1}>
      <Call notifications={notifications} actions={actions} />
      <HMSErrorUI />
      <HMSErrorDevtools defaultOpen={defaultOpen} />
    </HMSErrorProvider>,
  );
  const devtools = screen.getByRole('complementary', { name: 'Error devtools' });
  const reports = () => within(devtools).getByRole('list', { name: 'Reports, newest first' });
  const report = (n: number) => within(reports()).getByRole('button', { name: new RegExp(`^#${n} `) });
  return { user, notifications, actions, devtools, reports, report };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

// Each test clicks through a panel of many controls: on a machine shared with other builds that
// can take longer than vitest's default 5 s. A slow machine must not fail it.
vi.setConfig({ testTimeout: 30_000 });

describe('given <HMSErrorDevtools /> inside a provider', () => {
  it('starts as one collapsed button, opens, and closes with Escape back onto that button', async () => {
    const { user, devtools } = setup({ defaultOpen: false });
    const toggle = within(devtools).getByRole('button', { name: /Error devtools \(0\)/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(devtools).queryByRole('list')).toBeNull();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(within(devtools).getByRole('searchbox', { name: 'Code or key' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it("lists each report with its outcome, and opens one to show why, the route's rule, sources, key, copy, raw payload and timings", async () => {
    const { user, notifications, report, reports } = setup();
    notifications.emitError(3003); // toast: a free slot
    notifications.emitError(3010); // queued: maxVisibleToasts is 1
    expect(await within(reports()).findAllByRole('listitem')).toHaveLength(2);
    expect(report(1)).toHaveTextContent('toast');
    expect(report(2)).toHaveTextContent('queued');
    expect(report(2)).toHaveTextContent('3010');

    await user.click(report(2));
    expect(report(2)).toHaveAttribute('aria-expanded', 'true');
    const details = document.getElementById(report(2).getAttribute('aria-controls')!)!;
    const fact = (term: string) => within(details).getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(fact('Why')).toHaveTextContent('Every toast slot was taken: it waits in the queue.');
    expect(fact('Route')).toHaveTextContent('toast — Non-terminal errors are toasts.');
    expect(fact('Sources')).toHaveTextContent('notification');
    expect(fact('Catalog key')).toHaveTextContent('3010');
    expect(fact('Category')).toHaveTextContent('device');
    expect(fact('Shown as')).toHaveTextContent(/^No audio detected|microphone/i);
    expect(fact('Auto-dismiss')).toHaveTextContent('6000 ms');
    expect(fact('Reported at')?.textContent).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(fact('Since previous')?.textContent).toMatch(/^\+\d+\.\d+ s$/);
    const raw = within(details).getByLabelText('Raw payload of report 2');
    expect(JSON.parse(raw.textContent!)).toMatchObject({ code: 3010, name: 'NoAudioDetected', isTerminal: false });
  });

  it('files a double delivery (notification + rejection) as deduplicated, with both sources', async () => {
    const { user, notifications, actions, devtools, report, reports } = setup();
    actions.join.hang(); // the app's join is pending when the SDK delivers the error twice
    await user.click(screen.getByRole('button', { name: 'Join' }));
    // The rejection reaches the kit through join's promise, outside the fakes' own act().
    await act(async () => {
      await doubleDelivery({ notifications, actions }, { code: 3003, notifyAfterMs: 0, rejectAfterMs: 0 });
    });
    expect(await within(reports()).findByRole('button', { name: /deduplicated/ })).toBe(report(1));

    await user.selectOptions(within(devtools).getByRole('combobox', { name: 'Outcome' }), 'deduplicated');
    await user.click(report(1));
    const details = document.getElementById(report(1).getAttribute('aria-controls')!)!;
    const fact = (term: string) => within(details).getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(fact('Outcome')).toHaveTextContent('toast, then deduplicated');
    expect(fact('Why')).toHaveTextContent('There was a free toast slot.');
    expect(fact('Why')).toHaveTextContent('The same error arrived twice');
    expect(fact('Sources')).toHaveTextContent('notification, guard');
  });

  it('filters by code or key and by category', async () => {
    const { user, notifications, devtools, reports } = setup();
    notifications.emitError(3003);
    notifications.emitError(1003, { isTerminal: false });
    notifications.emitError(3010);
    expect(await within(reports()).findAllByRole('listitem')).toHaveLength(3);

    await user.type(within(devtools).getByRole('searchbox', { name: 'Code or key' }), '30');
    expect(within(reports()).getAllByRole('listitem')).toHaveLength(2);
    await user.clear(within(devtools).getByRole('searchbox', { name: 'Code or key' }));

    await user.selectOptions(within(devtools).getByRole('combobox', { name: 'Category' }), 'network');
    const left = within(reports()).getAllByRole('listitem');
    expect(left).toHaveLength(1);
    expect(left[0]).toHaveTextContent('1003');
    expect(within(devtools).getByText(/1 of 3 shown/)).toBeInTheDocument();
  });

  it('copies the reports shown as JSON for a bug report', async () => {
    const { user, notifications, devtools, reports } = setup();
    notifications.emitError(3003);
    notifications.emitError(3010);
    await within(reports()).findAllByRole('listitem');
    await user.click(within(devtools).getByRole('button', { name: 'Copy as JSON' }));
    expect(await within(devtools).findByRole('status')).toHaveTextContent('Copied 2 report(s) as JSON.');

    const json = JSON.parse(await navigator.clipboard.readText());
    expect(json.stats).toEqual({ reported: 2, deduplicated: 0, evicted: 0 });
    expect(json.reports.map((r: { code: number; outcome: string; reason: string }) => [r.code, r.outcome, r.reason])).toEqual([
      [3003, 'toast', 'free-slot'],
      [3010, 'queued', 'toasts-full'],
    ]);
    expect(json.reports[0]).toMatchObject({ catalogKey: '3003', routeRule: 'default', sources: ['notification'], raw: { code: 3003 } });
    expect(json.reports[0].copy.title).toBeTruthy();
  });

  it('shows the JSON to copy by hand when the clipboard refuses', async () => {
    const { user, notifications, devtools, reports } = setup();
    notifications.emitError(3003);
    await within(reports()).findAllByRole('listitem');
    // user-event's stand-in clipboard, made to refuse as an insecure page's would.
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await user.click(within(devtools).getByRole('button', { name: 'Copy as JSON' }));
    const box = await within(devtools).findByRole('textbox', { name: 'Reports as JSON' });
    expect(JSON.parse((box as HTMLTextAreaElement).value).reports[0]).toMatchObject({ code: 3003, outcome: 'toast' });
    expect(within(devtools).getByRole('status')).toHaveTextContent('The clipboard is unavailable');
  });

  it('fires any catalog code into the store, as the SDK would send it', async () => {
    const { user, devtools, report } = setup();
    await user.selectOptions(within(devtools).getByRole('combobox', { name: 'Catalog code to fire' }), '3003');
    await user.click(within(devtools).getByRole('button', { name: 'Fire' }));
    expect(await within(devtools).findByRole('status')).toHaveTextContent('Fired 3003');
    expect(report(1)).toHaveAccessibleName(/^#1 [\d:.]+ toast 3003 /);
    expect(within(screen.getByRole('region', { name: /notifications/i })).getAllByText(report(1).lastChild!.textContent!).length).toBeGreaterThan(0);
  });

  it('renders nothing in a production build', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const notifications = createFakeHMSNotifications();
    const { container } = render(
      <HMSErrorProvider>
        <Call notifications={notifications} />
        <HMSErrorDevtools defaultOpen />
      </HMSErrorProvider>,
    );
    expect(container).toHaveTextContent('Weekly sync');
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('renders in a production build when told to (a published Storybook, a staging app)', () => {
    vi.stubEnv('NODE_ENV', 'production');
    render(
      <HMSErrorProvider>
        <HMSErrorDevtools showInProduction />
      </HMSErrorProvider>,
    );
    expect(screen.getByRole('complementary', { name: 'Error devtools' })).toBeInTheDocument();
  });
});
