import * as Dialog from '@radix-ui/react-dialog';
import { act, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { page, userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/styles/styles.css';
import {
  createHMSErrorStore,
  HMSErrorProvider,
  HMSErrorUI,
  type HMSColorScheme,
  type HMSErrorStore,
  type HMSErrorStoreOptions,
  type HMSErrorUIProps,
} from '../../src';
import { contrastRatio } from '../../src/components/theme';

const invalidLink = {
  code: 40101,
  name: 'ServerErrors',
  action: 'JOIN',
  message: 'Token Error: Invalid Access Key',
  description: 'Access Key provided in the token is wrong.',
  isTerminal: true,
};
const screenShareFailed = { code: 3006, name: 'TrackError', message: 'screen share failed', isTerminal: false };
const noAudio = { code: 3010, name: 'NoAudioDetected', message: 'no audio', isTerminal: false };
const autoplay = { code: 3008, name: 'AutoplayBlocked', message: 'autoplay blocked', isTerminal: false };
const cameraBlocked = { code: 3001, name: 'CantAccessCaptureDevice', message: 'denied', isTerminal: false };
const deviceInUse = { code: 3003, name: 'DeviceInUse', message: 'in use', isTerminal: false };

const WCAG_AA = { runOnly: { type: 'tag' as const, values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } };

async function expectNoAxeViolations(context: axe.ElementContext = document) {
  // Colour contrast is measured on what is painted: let entry animations (opacity) finish first.
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  const { violations } = await axe.run(context, WCAG_AA);
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

function renderKit(props: Partial<HMSErrorUIProps> = {}, host?: React.ReactNode, storeOptions?: HMSErrorStoreOptions) {
  const store: HMSErrorStore = createHMSErrorStore(storeOptions);
  const onNavigateHome = vi.fn();
  const result = render(
    <HMSErrorProvider store={store}>
      <main>
        <h1>Room</h1>
        <button type="button">Mute</button>
        {host}
      </main>
      {/* Never let a test navigate the runner's frame. */}
      <HMSErrorUI onNavigateHome={onNavigateHome} {...props} />
    </HMSErrorProvider>,
  );
  const report = (error: unknown) =>
    act(() => {
      store.report(error);
    });
  return { ...result, store, report, onNavigateHome };
}

const toastItems = () => Array.from(document.querySelectorAll<HTMLElement>('[data-hmse-toast]'));

const initialViewport = { width: window.innerWidth, height: window.innerHeight };

afterEach(async () => {
  vi.restoreAllMocks();
  if (window.innerWidth !== initialViewport.width || window.innerHeight !== initialViewport.height) {
    await page.viewport(initialViewport.width, initialViewport.height);
  }
});

/** The rects of `elements`, grouped into rows by their top edge. */
function rows(elements: HTMLElement[]): DOMRect[][] {
  const byTop = new Map<number, DOMRect[]>();
  for (const el of elements) {
    const rect = el.getBoundingClientRect();
    const top = Math.round(rect.top);
    byTop.set(top, [...(byTop.get(top) ?? []), rect]);
  }
  return [...byTop.entries()].sort(([a], [b]) => a - b).map(([, rects]) => rects);
}

describe('in a real Chromium', () => {
  describe('the dialog', () => {
    it('traps focus: Tab and Shift+Tab cycle inside it', async () => {
      const { report } = renderKit();
      report(invalidLink);
      const dialog = await screen.findByRole('alertdialog');
      const goHome = within(dialog).getByRole('button', { name: 'Go home' });
      await vi.waitFor(() => expect(goHome).toHaveFocus());

      const visited: string[] = [];
      for (let i = 0; i < 4; i++) {
        await userEvent.tab();
        expect(dialog.contains(document.activeElement)).toBe(true);
        visited.push(document.activeElement!.textContent ?? '');
      }
      expect(visited).toEqual(['Copy details', 'Technical details', 'Go home', 'Copy details']);

      await userEvent.tab({ shift: true });
      expect(goHome).toHaveFocus();
      await userEvent.tab({ shift: true });
      expect(dialog.contains(document.activeElement)).toBe(true);
      expect(document.activeElement).toHaveTextContent('Technical details');
    });

    it('works from the keyboard alone: Enter on "Go home" navigates', async () => {
      const { report, onNavigateHome } = renderKit();
      report(invalidLink);
      const goHome = await screen.findByRole('button', { name: 'Go home' });
      await vi.waitFor(() => expect(goHome).toHaveFocus());
      await userEvent.keyboard('{Enter}');
      expect(onNavigateHome).toHaveBeenCalledTimes(1);
      expect(onNavigateHome.mock.calls[0][0]).toMatchObject({ code: 40101 });
    });

    it('stays open on Escape and on a click outside', async () => {
      const { report } = renderKit();
      report(invalidLink);
      const dialog = await screen.findByRole('alertdialog');
      await userEvent.keyboard('{Escape}');
      const overlay = document.querySelector<HTMLElement>('.hmse-overlay')!;
      await userEvent.click(overlay, { position: { x: 5, y: 5 }, force: true });
      expect(dialog).toBeInTheDocument();
      expect(screen.getByRole('alertdialog')).toBeVisible();
    });

    it.each(['light', 'dark'] as HMSColorScheme[])('has no WCAG 2.1 AA violations (%s)', async (colorScheme) => {
      const { report } = renderKit({ colorScheme, onRetry: () => {}, autoNavigateAfterMs: 60_000 });
      report({ code: 4001, name: 'WebrtcError', message: 'ICE failed', isTerminal: true });
      const dialog = await screen.findByRole('alertdialog');
      await userEvent.click(within(dialog).getByText('Technical details'));
      await expectNoAxeViolations();
    });
  });

  describe('with a custom accent in the dark scheme', () => {
    it.each(['dark', 'system'] as HMSColorScheme[])(
      'keeps "Go home" readable and the focus ring visible, with no WCAG 2.1 AA violations (%s)',
      async (colorScheme) => {
        const { report } = renderKit({ colorScheme, theme: { accent: '#6d28d9' }, onRetry: () => {}, onAction: () => {} });
        report(cameraBlocked);
        report(invalidLink);
        const dialog = await screen.findByRole('alertdialog');
        const goHome = within(dialog).getByRole('button', { name: 'Go home' });
        await vi.waitFor(() => expect(goHome).toHaveFocus());
        await expectNoAxeViolations();

        const button = getComputedStyle(goHome);
        expect(contrastRatio(button.color, button.backgroundColor)).toBeGreaterThanOrEqual(4.5);
        // The ring, wherever it is drawn, stands out from the dialog's surface (WCAG 1.4.11).
        await userEvent.tab();
        await userEvent.tab({ shift: true });
        expect(goHome).toHaveFocus();
        expect(goHome.matches(':focus-visible')).toBe(true);
        const ring = getComputedStyle(goHome).outlineColor;
        const surface = getComputedStyle(dialog).backgroundColor;
        expect(getComputedStyle(goHome).outlineStyle).toBe('solid');
        expect(contrastRatio(ring, surface)).toBeGreaterThanOrEqual(3);
      },
    );

    it('keeps the default palettes’ accent focus ring', async () => {
      const { report } = renderKit({ colorScheme: 'dark' });
      report(invalidLink);
      const goHome = await screen.findByRole('button', { name: 'Go home' });
      await vi.waitFor(() => expect(goHome).toHaveFocus());
      expect(getComputedStyle(goHome).outlineColor).toBe(getComputedStyle(goHome).backgroundColor);
    });
  });

  describe('the dialog on a narrow screen', () => {
    it('stacks its actions full-width with "Go home" first at 375px', async () => {
      await page.viewport(375, 700);
      const { report } = renderKit({ onRetry: () => {} });
      report({ code: 4001, name: 'WebrtcError', message: 'ICE failed', isTerminal: true });
      const dialog = await screen.findByRole('alertdialog');
      const actions = dialog.querySelector<HTMLElement>('.hmse-actions')!;
      const buttons = within(actions).getAllByRole('button');
      expect(buttons.map((b) => b.textContent)).toEqual(['Go home', 'Try again', 'Copy details']);
      const box = actions.getBoundingClientRect();
      const rects = buttons.map((b) => b.getBoundingClientRect());
      for (const rect of rects) {
        expect(Math.abs(rect.left - box.left)).toBeLessThan(1);
        expect(Math.abs(rect.right - box.right)).toBeLessThan(1);
      }
      expect(rects[0].top).toBeLessThan(rects[1].top);
      expect(rects[1].top).toBeLessThan(rects[2].top);
    });

    it.each([480, 500, 540])('leaves no short wrapped button alone at %ipx, even with long labels', async (width) => {
      await page.viewport(width, 800);
      const { report } = renderKit({
        onRetry: () => {},
        labels: { goHome: 'Zur Startseite', tryAgain: 'Erneut versuchen', copyDetails: 'Details kopieren' },
      });
      report({ code: 4001, name: 'WebrtcError', message: 'ICE failed', isTerminal: true });
      const dialog = await screen.findByRole('alertdialog');
      const actions = dialog.querySelector<HTMLElement>('.hmse-actions')!;
      const box = actions.getBoundingClientRect();
      // Every row of buttons spans the whole width: a wrapped button grows to fill its line.
      for (const row of rows(within(actions).getAllByRole('button'))) {
        expect(Math.abs(Math.min(...row.map((r) => r.left)) - box.left)).toBeLessThan(1);
        expect(Math.abs(Math.max(...row.map((r) => r.right)) - box.right)).toBeLessThan(1);
      }
    });
  });

  describe('the toasts', () => {
    it('have both live regions before the first toast, polite and assertive', async () => {
      const { report } = renderKit();
      const status = screen.getByRole('status');
      const alert = screen.getByRole('alert');
      expect(status).toHaveAttribute('aria-live', 'polite');
      expect(alert).toHaveAttribute('aria-live', 'assertive');
      expect(toastItems()).toHaveLength(0);

      report(screenShareFailed); // error
      expect(screen.getByRole('alert')).toBe(alert);
      expect(alert).toHaveTextContent("Can't start your video.");
      report(noAudio); // warning
      expect(screen.getByRole('status')).toBe(status);
      expect(status.textContent).not.toBe('');
      expect(alert.textContent).not.toContain(status.textContent!);
    });

    it('are reached with F8, walked with Tab, and closed with Escape', async () => {
      const { report } = renderKit();
      const mute = screen.getByRole('button', { name: 'Mute' });
      mute.focus();
      report(screenShareFailed);
      report(noAudio);
      await userEvent.keyboard('{F8}');
      const region = screen.getByRole('region', { name: 'Notifications (F8)' });
      expect(region).toHaveFocus();

      await userEvent.tab();
      const [first, second] = toastItems();
      expect(within(first).getByRole('button', { name: /^Dismiss/ })).toHaveFocus();
      await userEvent.keyboard('{Escape}');
      expect(toastItems()).toEqual([second]);
      expect(within(second).getByRole('button', { name: /^Dismiss/ })).toHaveFocus();
      await userEvent.keyboard('{Escape}');
      expect(toastItems()).toHaveLength(0);
      expect(mute).toHaveFocus();
    });

    it('lay out long unbroken and right-to-left text without horizontal overflow', async () => {
      const long = 'x'.repeat(600);
      const rtl = 'لا يمكن تشغيل الكاميرا لأن تطبيقًا آخر يستخدمها حاليًا';
      const { report } = renderKit({
        copy: {
          3006: { title: `${long}`, message: `https://example.com/${'a1b2c3'.repeat(80)}` },
          3010: { title: rtl, message: `${rtl} ${'ـ'.repeat(300)}`, hint: rtl },
        },
      });
      report(screenShareFailed);
      report(noAudio);
      const [latin, arabic] = toastItems();
      for (const toast of [latin, arabic]) {
        for (const el of [toast, ...toast.querySelectorAll<HTMLElement>('*')]) {
          expect(el.scrollWidth, el.className || el.tagName).toBeLessThanOrEqual(el.clientWidth + 1);
        }
        const rect = toast.getBoundingClientRect();
        expect(rect.left).toBeGreaterThanOrEqual(0);
        expect(rect.right).toBeLessThanOrEqual(document.documentElement.clientWidth);
      }
      const arabicTitle = within(arabic).getByText(rtl, { selector: '.hmse-toast-title > span' });
      expect(getComputedStyle(arabicTitle).direction).toBe('rtl');
      expect(getComputedStyle(within(latin).getByText(long)).direction).toBe('ltr');
    });

    it('keep the dialog free of horizontal overflow with a huge SDK message', async () => {
      const { report } = renderKit();
      report({ ...invalidLink, message: 'E'.repeat(3000) });
      const dialog = await screen.findByRole('alertdialog');
      await userEvent.click(within(dialog).getByText('Technical details'));
      expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
      const pre = dialog.querySelector('pre')!;
      expect(pre.scrollWidth).toBeLessThanOrEqual(pre.clientWidth);
    });

    it.each(['light', 'dark'] as HMSColorScheme[])('have no WCAG 2.1 AA violations (%s)', async (colorScheme) => {
      const { report } = renderKit({ colorScheme, onAction: () => {}, onRetry: () => {} }, null, { maxVisibleToasts: 4 });
      report(screenShareFailed);
      report(screenShareFailed);
      report(autoplay);
      report(cameraBlocked);
      await userEvent.click(screen.getByRole('button', { name: 'How to fix' }));
      report(deviceInUse);
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
      await expectNoAxeViolations();
    });

    it('stay reachable and announced while the host app has its own modal open', async () => {
      const { report } = renderKit(
        {},
        <Dialog.Root defaultOpen>
          <Dialog.Portal>
            <Dialog.Content aria-describedby={undefined}>
              <Dialog.Title>Host settings</Dialog.Title>
              <button type="button">Save</button>
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>,
      );
      await screen.findByRole('dialog', { name: 'Host settings' });
      report(screenShareFailed);
      const region = screen.getByRole('region', { name: 'Notifications (F8)' });
      expect(region.closest('[aria-hidden="true"]')).toBeNull();
      expect(screen.getByRole('alert').closest('[aria-hidden="true"]')).toBeNull();
      expect(screen.getByRole('alert')).toHaveTextContent("Can't start your video.");
      expect(getComputedStyle(toastItems()[0]).pointerEvents).toBe('auto');
    });

    it('stay within a 375×420 viewport with "How to fix" open: the list scrolls, every close button is reachable', async () => {
      // (420 px tall: the compact toasts of issue 12 fit in 700.)
      await page.viewport(375, 420);
      const { report } = renderKit({ onAction: () => {}, onRetry: () => {} });
      report(screenShareFailed);
      report(screenShareFailed);
      report(cameraBlocked);
      report(deviceInUse);
      expect(toastItems()).toHaveLength(3);
      await userEvent.click(screen.getByRole('button', { name: 'How to fix' }));
      expect(screen.getByRole('button', { name: 'How to fix' })).toHaveAttribute('aria-expanded', 'true');

      const region = screen.getByRole('region', { name: 'Notifications (F8)' });
      const list = region.getBoundingClientRect();
      expect(list.top).toBeGreaterThanOrEqual(0);
      expect(list.bottom).toBeLessThanOrEqual(window.innerHeight);
      expect(list.left).toBeGreaterThanOrEqual(0);
      expect(list.right).toBeLessThanOrEqual(window.innerWidth);
      // Taller than the screen: it scrolls, inside itself.
      expect(region.scrollHeight).toBeGreaterThan(region.clientHeight);
      expect(getComputedStyle(region).overflowY).toBe('auto');

      for (const toast of toastItems()) {
        const close = within(toast).getByRole('button', { name: /^Dismiss/ });
        close.scrollIntoView({ block: 'nearest' });
        const rect = close.getBoundingClientRect();
        expect(rect.top, close.getAttribute('aria-label')!).toBeGreaterThanOrEqual(0);
        // (+0.5: the compact toasts' 1.35 line height puts edges on fractions of a pixel.)
        expect(rect.bottom, close.getAttribute('aria-label')!).toBeLessThanOrEqual(window.innerHeight + 0.5);
        // …and it takes the click there.
        const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
        expect(close.contains(hit)).toBe(true);
      }
      // The page behind did not move.
      expect(document.scrollingElement!.scrollTop).toBe(0);
    });

    it('use the full width, less a margin, on a narrow screen', async () => {
      await page.viewport(460, 700);
      const { report } = renderKit();
      report(screenShareFailed);
      const rect = toastItems()[0].getBoundingClientRect();
      expect(rect.left).toBeGreaterThan(0);
      expect(rect.left).toBeLessThanOrEqual(24);
      expect(window.innerWidth - rect.right).toBeGreaterThan(0);
      expect(window.innerWidth - rect.right).toBeLessThanOrEqual(24);
    });

    it('keep the repeat badge on the last line of the title, never alone on a line of its own', async () => {
      const { report } = renderKit();
      report(screenShareFailed);
      report(screenShareFailed);
      const [toast] = toastItems();
      const title = toast.querySelector<HTMLElement>('.hmse-toast-title > span')!;
      const badge = within(toast).getByText('×2');
      const words = "Can't start your screen share because something went wrong in the browser".split(' ');
      // Lengths that fill the first line exactly and ones that spill over, at this toast width.
      for (let n = 2; n <= words.length; n++) {
        for (const tail of ['', 'x', 'xxx', 'xxxxx', 'xxxxxxx']) {
          title.textContent = words.slice(0, n).join(' ') + tail;
          const range = document.createRange();
          range.selectNodeContents(title);
          const lines = [...range.getClientRects()];
          const lastLine = lines[lines.length - 1];
          const rect = badge.getBoundingClientRect();
          expect(rect.top, title.textContent).toBeLessThan(lastLine.bottom);
          expect(rect.left, title.textContent).toBeGreaterThanOrEqual(lastLine.right);
        }
      }
    });
  });
});
