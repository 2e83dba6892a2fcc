// The failure paths of ../shared/reference/100ms-web-sdk-errors.md, through the whole kit
// (provider, hook, dialog, toasts). Where the real SDK produces the path without a server, the real
// @100mslive/hms-video-store drives it (see test/sdk/harness.ts).
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHMSErrorStore,
  getErrorCopy,
  HMSErrorProvider,
  HMSErrorUI,
  useHMSErrors,
  type HMSErrorUIProps,
  type HMSNotificationsLike,
} from 'react-hms-errors';
import { answerFetchWith, createRealSDK, FAKE_JWT, failFetch, INIT_ENDPOINT } from '../sdk/harness';

type SDK = Awaited<ReturnType<typeof createRealSDK>>;
type Guard = ReturnType<typeof useHMSErrors>['guard'];

// Loading the real SDK takes a while on a busy machine.
vi.setConfig({ testTimeout: 15_000 });

const config = { userName: 'Ada', authToken: FAKE_JWT, initEndpoint: INIT_ENDPOINT };

let sdk: SDK | undefined;

function Call({ notifications, onGuard }: { notifications?: HMSNotificationsLike; onGuard: (guard: Guard) => void }) {
  const { guard } = useHMSErrors({ notifications });
  onGuard(guard);
  return <h1>Host app</h1>;
}

function renderCall(notifications: HMSNotificationsLike | undefined, ui: HMSErrorUIProps = {}) {
  const store = createHMSErrorStore();
  let guard!: Guard;
  render(
    <HMSErrorProvider store={store}>
      <Call notifications={notifications} onGuard={(g) => (guard = g)} />
      <HMSErrorUI {...ui} />
    </HMSErrorProvider>,
  );
  return { store, guard: (...args: Parameters<Guard>) => guard(...args) };
}

const toastItems = () => {
  // A landmark only while it holds toasts (issue 12).
  const region = screen.queryByRole('region', { name: /Notifications/ });
  return region ? within(region).queryAllByRole('listitem') : [];
};

async function realSDK() {
  sdk = await createRealSDK();
  sdk.actions.setLogLevel(7 /* HMSLogLevel.NONE */);
  return sdk;
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'log').mockImplementation(() => {});
});

afterEach(async () => {
  // A join that never settles also makes leave() wait: don't let it hold the suite.
  if (sdk) await Promise.race([sdk.actions.leave().catch(() => {}), new Promise((r) => setTimeout(r, 50))]);
  sdk = undefined;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('given the notification with no code and no isTerminal (Safari\u2019s fetch failure)', () => {
  it('shows one non-terminal toast with network copy', () => {
    const listeners = new Set<(n: unknown) => void>();
    const notifications = {
      onNotification: (cb: (n: unknown) => void) => {
        listeners.add(cb);
        return () => listeners.delete(cb);
      },
    };
    const { store } = renderCall(notifications);
    act(() => listeners.forEach((cb) => cb({ type: 'ERROR', data: { name: 'TypeError', message: 'Load failed' } })));

    const network = getErrorCopy('NETWORK');
    expect(network.category).toBe('network');
    const [toast] = toastItems();
    expect(toast).toHaveTextContent(network.title);
    expect(toast).toHaveTextContent(network.hint);
    expect(toast).toHaveAttribute('data-category', 'network');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(store.getState().toasts[0]).toMatchObject({ code: null, isTerminal: false, catalogKey: 'NETWORK' });
  });
});

describe('given a real join() that never settles (init endpoint unreachable: "Failed to fetch")', () => {
  it('is reported by guard after its timeout with a dialog offering "Go home" and "Try again"', async () => {
    const { actions, notifications } = await realSDK();
    const fetch = failFetch();
    const sent: unknown[] = [];
    notifications.onNotification((n: unknown) => sent.push(n));
    const onRetry = vi.fn();
    const onNavigateHome = vi.fn();
    const { store, guard } = renderCall(notifications, { onRetry, onNavigateHome });

    let settled = false;
    void guard(actions.join(config), { label: 'join', timeoutMs: 300 }).finally(() => (settled = true));

    const dialog = await screen.findByRole('alertdialog', {}, { timeout: 3_000 });
    // The dialog's words for a timeout with a "Try again" button.
    const timeout = getErrorCopy(store.getState().terminal!, { route: 'dialog', actions: ['retry'] });
    expect(dialog).toHaveAccessibleName(timeout.title);
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining(timeout.hint));
    expect(within(dialog).getByRole('button', { name: 'Go home' })).toHaveFocus();
    expect(within(dialog).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    // The SDK itself said nothing: without the watchdog the person would wait forever.
    expect(fetch).toHaveBeenCalled();
    expect(sent).toEqual([]);
    expect(settled).toBe(false);
    expect(store.getState().terminal).toMatchObject({ kind: 'timeout', catalogKey: 'TIMEOUT', sources: ['watchdog'] });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ catalogKey: 'TIMEOUT' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('offers only "Go home" without onRetry, and going home calls onNavigateHome', async () => {
    const { actions, notifications } = await realSDK();
    failFetch();
    const onNavigateHome = vi.fn();
    const { guard } = renderCall(notifications, { onNavigateHome });
    void guard(actions.join(config), { label: 'join', timeoutMs: 200 });

    const dialog = await screen.findByRole('alertdialog', {}, { timeout: 3_000 });
    expect(within(dialog).queryByRole('button', { name: 'Try again' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Go home' }));
    expect(onNavigateHome).toHaveBeenCalledWith(expect.objectContaining({ kind: 'timeout' }));
  });
});

describe('given a real init 400 delivered both as an ERROR notification and as the rejection of join()', () => {
  it('appears once in the UI and once in history, with both sources noted', async () => {
    const { actions, notifications } = await realSDK();
    answerFetchWith(400, { code: 40002, message: 'Invalid room id' });
    const sent: unknown[] = [];
    notifications.onNotification((n: { type: string }) => n.type === 'ERROR' && sent.push(n));
    let rejection: unknown;
    const { store, guard } = renderCall(notifications);

    await act(async () => {
      await guard(
        actions.join(config).catch((error: unknown) => {
          rejection = error;
          throw error;
        }),
        { label: 'join' },
      );
    });

    // The SDK really did deliver it twice.
    expect(sent).toHaveLength(1);
    expect(rejection).toMatchObject({ code: 40002 });
    expect(screen.getAllByRole('alertdialog')).toHaveLength(1);
    expect(toastItems()).toHaveLength(0);
    const { history, stats, terminal } = store.getState();
    expect(history).toHaveLength(1);
    expect([...history[0].sources].sort()).toEqual(['guard', 'notification']);
    expect([...terminal!.sources].sort()).toEqual(['guard', 'notification']);
    expect(stats).toEqual({ reported: 2, deduplicated: 1, evicted: 0 });
  });
});

describe('given a terminal error after which the real SDK resets its own store', () => {
  it('still shows the dialog once store.errors is [] and the room is Disconnected', async () => {
    const { hms, actions, notifications } = await realSDK();
    answerFetchWith(400, { code: 40001, message: 'Invalid room' });
    const errorLists: number[][] = [];
    hms.getStore().subscribe(
      (errors: { code: number }[]) => void errorLists.push(errors.map((e) => e.code)),
      (s) => s.errors,
    );
    const { store } = renderCall(notifications);

    await act(() => actions.join(config).catch(() => {}));
    await waitFor(() => expect(hms.getStore().getState((s) => s.room.roomState)).toBe('Disconnected'));

    // The SDK held the error for a moment, then called leave() and cleared it.
    expect(errorLists).toContainEqual([40001]);
    expect(hms.getStore().getState((s) => s.errors)).toEqual([]);
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveAccessibleName(getErrorCopy(40001).title);
    expect(within(dialog).getByRole('button', { name: 'Go home' })).toBeInTheDocument();
    expect(store.getState().terminal).toMatchObject({ code: 40001, isTerminal: true });
  });
});
