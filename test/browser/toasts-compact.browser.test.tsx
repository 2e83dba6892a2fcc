import * as Dialog from '@radix-ui/react-dialog';
import { act, render, screen, within } from '@testing-library/react';
import { cdp, page, userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/styles/styles.css';
import { createHMSErrorStore, HMSErrorProvider, HMSErrorToasts, HMSErrorUI, type HMSErrorToastsProps } from '../../src';

// Issue 12: compact toasts that fit a call screen, severity not by colour alone, forced colours.
const screenShareFailed = { code: 3006, name: 'TrackError', message: 'screen share failed', isTerminal: false };
const noAudio = { code: 3010, name: 'NoAudioDetected', message: 'no audio', isTerminal: false };
const deviceInUse = { code: 3003, name: 'DeviceInUse', message: 'in use', isTerminal: false };
const invalidLink = { code: 40101, name: 'ServerErrors', action: 'JOIN', message: 'Token Error', isTerminal: true };
/** Short copy: a toast whose title and hint each fit one line. */
const SHORT = { 3006: { title: "Can't share your screen", hint: 'Try again.' } };

const toastItems = () => Array.from(document.querySelectorAll<HTMLElement>('[data-hmse-toast]'));
const list = () => document.querySelector<HTMLElement>('.hmse-list')!;
const settle = () => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {})));

function renderToasts(props: Partial<HMSErrorToastsProps> = {}, host?: React.ReactNode) {
  const store = createHMSErrorStore({ maxVisibleToasts: 3 });
  render(
    <HMSErrorProvider store={store}>
      <main>
        <h1>Room</h1>
        <button type="button">Mute</button>
        {host}
      </main>
      <HMSErrorToasts copy={SHORT} {...props} />
    </HMSErrorProvider>,
  );
  const report = (...errors: unknown[]) =>
    act(() => {
      for (const error of errors) store.report(error);
    });
  return { store, report };
}

afterEach(async () => {
  await page.viewport(1280, 720);
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'none' }] });
});

describe('compact toasts in a real Chromium (issue 12)', () => {
  describe('given one toast whose title and hint fit a line each', () => {
    it('is at most 72 px tall, with an icon whose shape and text say the severity', async () => {
      const { report } = renderToasts();
      report(screenShareFailed);
      await settle();
      const [toast] = toastItems();
      expect(toast.getBoundingClientRect().height).toBeLessThanOrEqual(72);
      const icon = within(toast).getByRole('img', { name: 'Error:' });
      expect(icon.getBoundingClientRect().width).toBeGreaterThanOrEqual(16);
      // The toast is a group named by its severity and title.
      expect(within(toast).getByRole('group', { name: "Error: Can't share your screen" })).toBeInTheDocument();
    });
  });

  describe('given three toasts', () => {
    it('stacks them collapsed, newest in front, the others peeking; hover and focus open the stack', async () => {
      const { report } = renderToasts();
      report(screenShareFailed, noAudio, deviceInUse);
      await settle();
      const items = toastItems();
      expect(items).toHaveLength(3);
      const front = items[2];
      const frontHeight = front.getBoundingClientRect().height;
      // Collapsed: the list is about one toast tall, not three.
      expect(list().getBoundingClientRect().height).toBeLessThan(frontHeight + 4);
      // The newest is what is on top at the stack's centre.
      const box = front.getBoundingClientRect();
      expect(front.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2))).toBe(true);
      // The older ones peek out above (bottom position), each a little further.
      expect(items[1].getBoundingClientRect().top).toBeLessThan(box.top);
      expect(items[0].getBoundingClientRect().top).toBeLessThan(items[1].getBoundingClientRect().top);

      await userEvent.hover(front);
      await expect.poll(() => list().getBoundingClientRect().height).toBeGreaterThan(frontHeight * 2.5);
      await userEvent.unhover(front);
      await expect.poll(() => list().getBoundingClientRect().height).toBeLessThan(frontHeight + 4);

      await userEvent.keyboard('{F8}');
      await expect.poll(() => list().getBoundingClientRect().height).toBeGreaterThan(frontHeight * 2.5);
    });

    it('shows them all, one under the other, with `expand`', async () => {
      const { report } = renderToasts({ expand: true });
      report(screenShareFailed, noAudio, deviceInUse);
      await settle();
      const [a, b, c] = toastItems().map((t) => t.getBoundingClientRect());
      expect(a.bottom).toBeLessThanOrEqual(b.top);
      expect(b.bottom).toBeLessThanOrEqual(c.top);
    });
  });

  describe('given a 320 × 256 phone screen with a 64 px call-controls row and `inset={{ bottom: 64 }}`', () => {
    it('never covers the controls row, however many toasts', async () => {
      await page.viewport(320, 256);
      const controls = (
        <div data-testid="controls" style={{ position: 'fixed', left: 0, right: 0, bottom: 0, height: 64, display: 'flex' }}>
          <button type="button" style={{ flex: 1 }}>
            Leave
          </button>
        </div>
      );
      const { report } = renderToasts({ inset: { bottom: 64 } }, controls);
      report(screenShareFailed, noAudio, deviceInUse);
      await settle();
      const row = screen.getByTestId('controls').getBoundingClientRect();
      const root = document.querySelector<HTMLElement>('.hmse-root[data-position]')!;
      expect(root.getBoundingClientRect().bottom).toBeLessThanOrEqual(row.top);
      for (const x of [10, 160, 310]) {
        expect(screen.getByTestId('controls').contains(document.elementFromPoint(x, row.top + 4))).toBe(true);
      }
      // Opened by focus, the stack scrolls inside the free part rather than grow over the row.
      await userEvent.keyboard('{F8}');
      await settle();
      expect(root.getBoundingClientRect().bottom).toBeLessThanOrEqual(row.top);
      expect(root.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
    });
  });

  describe('Escape', () => {
    it('dismisses the newest toast from anywhere on the page', async () => {
      const { report } = renderToasts();
      report(screenShareFailed, noAudio);
      await userEvent.click(screen.getByRole('button', { name: 'Mute' }));
      await userEvent.keyboard('{Escape}');
      expect(toastItems()).toHaveLength(1);
      expect(toastItems()[0]).toHaveAttribute('data-code', '3006');
      expect(screen.getByRole('button', { name: 'Mute' })).toHaveFocus();
    });

    it('leaves the toasts alone when a host dialog handles it', async () => {
      const host = (
        <Dialog.Root defaultOpen>
          <Dialog.Portal>
            <Dialog.Content aria-describedby={undefined}>
              <Dialog.Title>Settings</Dialog.Title>
              <button type="button">Save</button>
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      );
      const { report } = renderToasts({}, host);
      report(screenShareFailed);
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('dialog', { name: 'Settings' })).toBeNull();
      expect(toastItems()).toHaveLength(1);
    });
  });

  describe('in forced colours (Windows High Contrast), emulated through the DevTools protocol', () => {
    /** What a CSS system colour resolves to in this browser, now. */
    const systemColor = (name: string) => {
      const probe = document.createElement('div');
      probe.style.color = name;
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    };

    it('keeps the primary action filled, the close button bounded and the icon drawn', async () => {
      const store = createHMSErrorStore();
      render(
        <HMSErrorProvider store={store}>
          <HMSErrorToasts copy={SHORT} />
        </HMSErrorProvider>,
      );
      act(() => void store.report(screenShareFailed));
      const close = within(toastItems()[0]).getByRole('button', { name: /^Dismiss/ });
      expect(getComputedStyle(close).borderTopStyle).toBe('none');

      await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      expect(getComputedStyle(close).borderTopStyle).toBe('solid');
      expect(parseFloat(getComputedStyle(close).borderTopWidth)).toBeGreaterThanOrEqual(1);
      const icon = within(toastItems()[0]).getByRole('img', { name: 'Error:' });
      const path = icon.querySelector('path')!;
      expect(getComputedStyle(path).fill).not.toMatch(/transparent|none|rgba\(0, 0, 0, 0\)/);
      expect(getComputedStyle(path).fill).toBe(getComputedStyle(icon).color);
      // …in the text colour, as the words are: the shape, not a colour, says the severity.
      expect(getComputedStyle(icon).color).toBe(systemColor('CanvasText'));
    });

    it("fills the dialog's primary action with Highlight, unlike its secondary ones", async () => {
      const store = createHMSErrorStore();
      render(
        <HMSErrorProvider store={store}>
          <HMSErrorUI onNavigateHome={() => {}} />
        </HMSErrorProvider>,
      );
      act(() => void store.report(invalidLink));
      await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
      const dialog = await screen.findByRole('alertdialog');
      const primary = within(dialog).getByRole('button', { name: 'Go home' });
      const highlight = systemColor('Highlight');
      expect(getComputedStyle(primary).backgroundColor).toBe(highlight);
      for (const secondary of within(dialog).queryAllByRole('button').filter((b) => b !== primary)) {
        expect(getComputedStyle(secondary).backgroundColor).not.toBe(highlight);
      }
    });
  });
});

// `VITE_SCREENSHOTS=1 npx vitest run --project browser test/browser/toasts-compact.browser.test.tsx`
// writes the README's pictures into docs/screenshots/ (not part of `npm test`).
describe.runIf(Boolean(import.meta.env.VITE_SCREENSHOTS))('screenshots', () => {
  const modes = ['light', 'dark', 'forced'] as const;
  const backdrop = (scheme: string) => (
    <div data-testid="backdrop" style={{ position: 'fixed', inset: 0, background: scheme === 'dark' ? '#0d1117' : '#dfe3e8' }} />
  );
  const emulate = (mode: string) =>
    cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: mode === 'forced' ? 'active' : 'none' }] });

  it.each(modes)('toasts, %s', async (mode) => {
    await page.viewport(480, 300);
    await emulate(mode);
    const store = createHMSErrorStore({ maxVisibleToasts: 3 });
    const scheme = mode === 'dark' ? 'dark' : 'light';
    render(
      <HMSErrorProvider store={store}>
        {backdrop(scheme)}
        <HMSErrorToasts colorScheme={scheme} onRetry={() => {}} />
      </HMSErrorProvider>,
    );
    act(() => {
      store.report(screenShareFailed);
      store.report(noAudio);
      store.report(deviceInUse);
    });
    await userEvent.hover(screen.getByTestId('backdrop'));
    await settle();
    await page.screenshot({ path: `../../docs/screenshots/toasts-collapsed-${mode}.png` });
    // Opened from the keyboard (F8), as it opens on hover.
    await userEvent.keyboard('{F8}');
    await settle();
    (document.activeElement as HTMLElement | null)?.blur();
    await page.screenshot({ path: `../../docs/screenshots/toasts-open-${mode}.png` });
  });

  it.each(modes)('dialog, %s', async (mode) => {
    await page.viewport(640, 420);
    await emulate(mode);
    const store = createHMSErrorStore();
    const scheme = mode === 'dark' ? 'dark' : 'light';
    render(
      <HMSErrorProvider store={store}>
        {backdrop(scheme)}
        <HMSErrorUI colorScheme={scheme} onNavigateHome={() => {}} />
      </HMSErrorProvider>,
    );
    act(() => void store.report(invalidLink));
    await screen.findByRole('alertdialog');
    await settle();
    await page.screenshot({ path: `../../docs/screenshots/dialog-${mode}.png` });
  });
});
