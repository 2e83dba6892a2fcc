import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { getErrorCopy, HMSErrorToasts, type HMSErrorStore } from '../src';
import ar from '../src/locales/ar';
import { expectVisible } from './support/expect';
import { NO_AUTO_DISMISS, withKitStore, type KitStoryParameters } from './support/KitStory';
import { reconnectedNotification, reconnectingNotification, trackError } from './support/scenarios';

/**
 * Toasts for errors that do not end the call: grouped (×N), limited (the rest wait in a queue),
 * timed, announced by live regions, with an action where one helps. In these stories toasts stay
 * until dismissed (except **Times out**), so each state can be inspected.
 */
const meta = {
  title: 'Components/HMSErrorToasts',
  component: HMSErrorToasts,
  tags: ['autodocs'],
  decorators: [withKitStore],
  parameters: {
    docs: { story: { inline: false, iframeHeight: 420 } },
  },
} satisfies Meta<typeof HMSErrorToasts>;

export default meta;
type Story = StoryObj<typeof meta>;

const kit = (parameters: KitStoryParameters) => ({
  kit: { ...parameters, options: { durations: NO_AUTO_DISMISS, ...parameters.options } },
});
const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
const region = (canvasElement: HTMLElement) => page(canvasElement).getByRole('region', { name: /^Notifications/ });
// The region is a landmark only while it holds toasts.
const toastItems = (canvasElement: HTMLElement) => {
  const found = page(canvasElement).queryByRole('region', { name: /^Notifications/ });
  return found ? within(found).queryAllByRole('listitem') : [];
};

const connectionInterrupted = { code: 1006, name: 'WebSocketAbnormalClose', message: 'Abnormal close', isTerminal: false };
const cameraInUse = trackError(3003, 'DeviceInUse', 'video');
const autoplayBlocked = trackError(3008, 'AutoplayBlocked', 'audio');
const cameraBlocked = trackError(3001, 'CantAccessCaptureDevice', 'video');
const reportCameraInUse = (store: HMSErrorStore) => store.report(cameraInUse);

/** Finds a toast by its title, once it has faded in. */
async function findToast(canvasElement: HTMLElement, title: string) {
  const text = await within(region(canvasElement)).findByText(title);
  const toast = text.closest('li')!;
  await expectVisible(toast);
  return toast;
}

/** One non-terminal error. Its close button is named after it and removes it. */
export const OneToast: Story = {
  parameters: kit({
    seed: (store) => store.report(connectionInterrupted),
    triggers: [{ label: 'Report it again', run: (store) => store.report(connectionInterrupted) }],
  }),
  play: async ({ canvasElement }) => {
    const { title } = getErrorCopy(connectionInterrupted);
    const toast = await findToast(canvasElement, title);
    await expect(toast).toHaveAttribute('data-severity', 'warning');
    await userEvent.click(within(toast).getByRole('button', { name: `Dismiss: ${title}` }));
    await waitFor(() => expect(toastItems(canvasElement)).toHaveLength(0));
    // Dismissed is gone, not hidden: the next report is a new toast.
    await userEvent.click(page(canvasElement).getByRole('button', { name: 'Report it again' }));
    await findToast(canvasElement, title);
  },
};

/** The same error again within the grouping window: one toast with a repeat count, not five. */
export const Grouped: Story = {
  parameters: kit({
    seed: (store) => [1, 2, 3, 4].forEach(() => reportCameraInUse(store)),
    triggers: [{ label: 'Report the same error again', run: reportCameraInUse }],
  }),
  play: async ({ canvasElement }) => {
    const toast = await findToast(canvasElement, getErrorCopy(cameraInUse).title);
    await expect(toastItems(canvasElement)).toHaveLength(1);
    await expect(toast).toHaveTextContent('×4');
    await expect(toast).toHaveTextContent('(4 times)');
    await userEvent.click(page(canvasElement).getByRole('button', { name: 'Report the same error again' }));
    await waitFor(() => expect(toast).toHaveTextContent('×5'));
    await expect(toastItems(canvasElement)).toHaveLength(1);
  },
};

const queued = [
  connectionInterrupted,
  cameraInUse,
  trackError(3010, 'NoAudioDetected', 'audio'),
  trackError(3015, 'TrackHasNoData', 'video'),
  { code: 4006, name: 'ICEDisconnected', message: 'ICE disconnected', isTerminal: false },
];

/** Five errors, three on screen: the rest wait ("+2 more") and move up as toasts are dismissed. */
export const Queue: Story = {
  parameters: kit({ options: { maxVisibleToasts: 3 }, seed: (store) => queued.forEach((e) => store.report(e)) }),
  play: async ({ canvasElement }) => {
    const titles = queued.map((e) => getErrorCopy(e).title);
    const first = await findToast(canvasElement, titles[0]);
    await expect(toastItems(canvasElement)).toHaveLength(3);
    await expect(region(canvasElement)).toHaveTextContent('+2 more');
    await expect(within(region(canvasElement)).queryByText(titles[3])).toBeNull();

    await userEvent.click(within(first).getByRole('button', { name: `Dismiss: ${titles[0]}` }));
    await findToast(canvasElement, titles[3]);
    await expect(toastItems(canvasElement)).toHaveLength(3);
    await expect(region(canvasElement)).toHaveTextContent('+1 more');
  },
};

/** RECONNECTING shows one toast; RECONNECTED updates that same toast in place. */
export const ReconnectingThenReconnected: Story = {
  parameters: kit({
    seed: (store) => store.reportNotification(reconnectingNotification()),
    triggers: [
      { label: 'Connection is back', run: (store) => store.reportNotification(reconnectedNotification()) },
      { label: 'Connection drops again', run: (store) => store.reportNotification(reconnectingNotification()) },
    ],
  }),
  play: async ({ canvasElement }) => {
    const toast = await findToast(canvasElement, getErrorCopy('RECONNECTING').title);
    await userEvent.click(page(canvasElement).getByRole('button', { name: 'Connection is back' }));
    await waitFor(() => expect(toast).toHaveTextContent(getErrorCopy('RECONNECTED').title));
    await expect(toast).toHaveAttribute('data-severity', 'success');
    await expect(toastItems(canvasElement)).toEqual([toast]);
  },
};

/** 3008: the browser blocked autoplay. "Allow audio" calls `onAction('unblock-audio')` (i.e. `hmsActions.unblockAudio()`). */
export const AllowAudio: Story = {
  args: { onAction: fn() },
  parameters: kit({
    seed: (store) => store.report(autoplayBlocked),
    triggers: [{ label: 'Block autoplay again', run: (store) => store.report(autoplayBlocked) }],
  }),
  play: async ({ canvasElement, args }) => {
    const toast = await findToast(canvasElement, getErrorCopy(autoplayBlocked).title);
    await userEvent.click(within(toast).getByRole('button', { name: 'Allow audio' }));
    await expect(args.onAction).toHaveBeenCalledWith('unblock-audio', expect.objectContaining({ code: 3008 }));
    await waitFor(() => expect(toastItems(canvasElement)).toHaveLength(0));
  },
};

/** 3001: the site may not use the camera. "How to fix" expands the steps for this browser. */
export const HowToFixPermissions: Story = {
  parameters: kit({ seed: (store) => store.report(cameraBlocked) }),
  play: async ({ canvasElement }) => {
    const toast = await findToast(canvasElement, getErrorCopy(cameraBlocked).title);
    const howToFix = within(toast).getByRole('button', { name: 'How to fix' });
    await expect(howToFix).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(howToFix);
    await expect(howToFix).toHaveAttribute('aria-expanded', 'true');
    const steps = toast.ownerDocument.getElementById(howToFix.getAttribute('aria-controls')!)!;
    await expectVisible(steps);
    await expect(steps).toHaveTextContent('In Chrome');
    await expect(within(steps).getAllByRole('listitem').length).toBeGreaterThan(1);
  },
};

/** A retryable error with `onRetry`: "Try again" (3003: close the other app, then retry). */
export const TryAgain: Story = {
  args: { onRetry: fn() },
  parameters: kit({
    seed: reportCameraInUse,
    triggers: [{ label: 'Report the camera in use again', run: reportCameraInUse }],
  }),
  play: async ({ canvasElement, args }) => {
    const toast = await findToast(canvasElement, getErrorCopy(cameraInUse).title);
    // The retry of a camera error says what it does.
    await userEvent.click(within(toast).getByRole('button', { name: 'Turn camera on' }));
    await expect(args.onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 3003 }));
    await waitFor(() => expect(toastItems(canvasElement)).toHaveLength(0));
  },
};

const LONG_TITLE = 'Your camera, microphone and screen share all stopped at the same time while the call was reconnecting';
const LONG_WORD = 'https://support.example.com/articles/why-did-my-camera-stop-working-in-the-middle-of-a-call-and-what-can-i-do';

/** Copy far longer than the catalog's, with an unbreakable URL: it wraps inside the toast. */
export const VeryLongText: Story = {
  args: {
    copy: {
      1006: {
        title: LONG_TITLE,
        message: `${'This is a very long message that keeps going. '.repeat(6)}See ${LONG_WORD}`,
        hint: 'Try again in a moment. '.repeat(5),
      },
    },
  },
  parameters: kit({ seed: (store) => store.report(connectionInterrupted) }),
  play: async ({ canvasElement }) => {
    const toast = await findToast(canvasElement, LONG_TITLE);
    const { right, left } = toast.getBoundingClientRect();
    await expect(left).toBeGreaterThanOrEqual(0);
    await expect(right).toBeLessThanOrEqual(toast.ownerDocument.documentElement.clientWidth);
    await expect(within(toast).getByRole('button', { name: `Dismiss: ${LONG_TITLE}` })).toBeInTheDocument();
  },
};

const ARABIC_TITLE = 'انقطع الاتصال';

/**
 * An app in Arabic: `<html dir="rtl" lang="ar">`, the catalog and the labels translated through
 * props. The toasts mirror (stripe, close button, position) and text keeps its own direction.
 */
export const RightToLeft: Story = {
  args: {
    position: 'bottom-left',
    catalog: {
      '1006': {
        title: ARABIC_TITLE,
        message: 'انقطع اتصالك بالمكالمة بشكل غير متوقع.',
        hint: 'نحاول إعادة الاتصال. إذا لم يعد، تحقق من شبكة Wi-Fi.',
      },
    },
    labels: { dismiss: 'إغلاق: {title}', region: 'الإشعارات ({hotkey})', repeatCount: '×{count}', repeatCountText: '{count} مرات' },
  },
  parameters: kit({ seed: (store) => [1, 2].forEach(() => store.report(connectionInterrupted)) }),
  beforeEach: () => {
    const html = document.documentElement;
    const previous = { dir: html.dir, lang: html.lang };
    html.dir = 'rtl';
    html.lang = 'ar';
    return () => {
      html.dir = previous.dir;
      html.lang = previous.lang;
    };
  },
  play: async ({ canvasElement }) => {
    const list = page(canvasElement).getByRole('region', { name: /^الإشعارات/ });
    const toast = (await within(list).findByText(ARABIC_TITLE)).closest('li')!;
    await expectVisible(toast);
    await expect(getComputedStyle(toast).direction).toBe('rtl');
    await expect(toast).toHaveTextContent('×2');
    await expect(within(toast).getByRole('button', { name: `إغلاق: ${ARABIC_TITLE}` })).toBeInTheDocument();
  },
};

/** `colorScheme="dark"` on a dark app: the dark palette, still ≥ 4.5:1 (axe checks it here). */
export const DarkScheme: Story = {
  // With `onAction`, as in an app: 3008 offers "Allow audio" (without it the kit warns in the console).
  args: { colorScheme: 'dark', onAction: fn() },
  parameters: kit({
    page: 'dark',
    seed: (store) => [connectionInterrupted, cameraBlocked, autoplayBlocked].forEach((e) => store.report(e)),
  }),
  play: async ({ canvasElement }) => {
    const toast = await findToast(canvasElement, getErrorCopy(connectionInterrupted).title);
    await expect(toast.closest('[data-color-scheme]')).toHaveAttribute('data-color-scheme', 'dark');
    await expect(getComputedStyle(toast).backgroundColor).toBe('rgb(28, 33, 40)');
    const autoplay = await findToast(canvasElement, getErrorCopy(autoplayBlocked).title);
    await expectVisible(within(autoplay).getByRole('button', { name: 'Allow audio' }));
  },
};

/** Toasts go away by themselves (here after 1 s; warnings default to 6 s), paused while hovered or focused. */
export const TimesOut: Story = {
  parameters: {
    kit: {
      options: { durations: { warning: 1000 } },
      seed: (store) => store.report(connectionInterrupted),
    } satisfies KitStoryParameters,
  },
  play: async ({ canvasElement }) => {
    await findToast(canvasElement, getErrorCopy(connectionInterrupted).title);
    await waitFor(() => expect(toastItems(canvasElement)).toHaveLength(0), { timeout: 5000 });
  },
};

/** F8 moves focus to the toasts, so keyboard users can reach a toast's actions. */
export const KeyboardShortcut: Story = {
  parameters: kit({ seed: (store) => store.report(autoplayBlocked) }),
  args: { onAction: fn() },
  play: async ({ canvasElement }) => {
    await findToast(canvasElement, getErrorCopy(autoplayBlocked).title);
    await userEvent.keyboard('{F8}');
    await expect(region(canvasElement)).toHaveFocus();
    await userEvent.tab();
    await expect(page(canvasElement).getByRole('button', { name: 'Allow audio' })).toHaveFocus();
  },
};

/** The toolbar's "Language" menu set to Arabic: the kit's root turns right to left and every text is Arabic. */
export const InArabic: Story = {
  globals: { locale: 'ar' },
  parameters: kit({ seed: reportCameraInUse }),
  play: async ({ canvasElement }) => {
    const title = getErrorCopy(cameraInUse, { locale: ar, route: 'toast' }).title;
    const arabicRegion = await page(canvasElement).findByRole('region', { name: new RegExp(`^${ar.labels.region.split('(')[0].trim()}`) });
    const toast = (await within(arabicRegion).findByText(title)).closest('li')!;
    await expectVisible(toast);
    const root = toast.closest('.hmse-root')!;
    await expect(root).toHaveAttribute('dir', 'rtl');
    await expect(root).toHaveAttribute('lang', 'ar');
    await expect(within(toast).getByRole('button', { name: new RegExp(`^${ar.labels.dismiss.split('{')[0]}`) })).toBeInTheDocument();
  },
};
