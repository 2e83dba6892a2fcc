import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { getErrorCopy, HMSErrorUI } from '../src';
import { expectVisible } from './support/expect';
import { OneDialogDocsPage } from './support/OneDialogDocsPage';
import { kit, NO_AUTO_DISMISS, withKitStore } from './support/KitStory';
import { serverError, trackError } from './support/scenarios';

/**
 * The dialog and the toasts in one line, sharing one configuration. When a terminal error opens
 * the dialog, pending toasts stop competing with it.
 */
const meta = {
  title: 'Components/HMSErrorUI',
  component: HMSErrorUI,
  tags: ['autodocs'],
  decorators: [withKitStore],
  args: { onNavigateHome: fn() },
  parameters: {
    // One live dialog per docs page (see OneDialogDocsPage); in an iframe, so its focus trap and
    // scroll lock stay out of the docs page.
    docs: { page: OneDialogDocsPage, story: { inline: false, iframeHeight: 420 } },
  },
} satisfies Meta<typeof HMSErrorUI>;

export default meta;
type Story = StoryObj<typeof meta>;

const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
const toastCount = (canvasElement: HTMLElement) => canvasElement.ownerDocument.querySelectorAll('[data-hmse-toast]').length;

const warnings = [
  { code: 1006, name: 'WebSocketAbnormalClose', message: 'Abnormal close', isTerminal: false },
  trackError(3010, 'NoAudioDetected', 'audio'),
];
const roomNotFound = serverError(40001, 'Invalid room');

/** Two toasts on screen, then the room turns out not to exist: the dialog takes over alone. */
export const DialogReplacesToasts: Story = {
  parameters: kit({
    options: { durations: NO_AUTO_DISMISS },
    seed: (store) => warnings.forEach((w) => store.report(w)),
    triggers: [{ label: 'End the call with 40001', run: (store) => store.report(roomNotFound) }],
  }),
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await body.findByText(getErrorCopy(warnings[0]).title);
    await expect(toastCount(canvasElement)).toBe(2);
    await userEvent.click(body.getByRole('button', { name: 'End the call with 40001' }));
    const dialog = await body.findByRole('alertdialog');
    await expect(dialog).toHaveAccessibleName(getErrorCopy(roomNotFound).title);
    await waitFor(() => expect(toastCount(canvasElement)).toBe(0));
  },
};

/** Every string is a prop: copy per code, labels for the buttons. */
export const CustomCopyAndLabels: Story = {
  args: {
    copy: { 40001: { title: 'This meeting link has expired', hint: 'Open the latest invite from your calendar.' } },
    labels: { goHome: 'Back to the lobby', copyDetails: 'Copy error report' },
  },
  parameters: kit({ seed: (store) => store.report(roomNotFound) }),
  play: async ({ canvasElement, args }) => {
    const dialog = await page(canvasElement).findByRole('alertdialog');
    await expect(dialog).toHaveAccessibleName('This meeting link has expired');
    await expect(dialog).toHaveAccessibleDescription(expect.stringContaining('Open the latest invite from your calendar.'));
    await expect(within(dialog).getByRole('button', { name: 'Copy error report' })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Back to the lobby' }));
    await expect(args.onNavigateHome).toHaveBeenCalledWith(expect.objectContaining({ code: 40001 }));
  },
};

/** One configuration given to `HMSErrorUI` reaches both the dialog and the toasts. */
export const ConfiguredOnce: Story = {
  args: { labels: { goHome: 'Leave the call' }, colorScheme: 'dark', onNavigateHome: fn() },
  parameters: kit({
    page: 'dark',
    seed: (store) => store.report(roomNotFound),
  }),
  play: async ({ canvasElement }) => {
    const dialog = await page(canvasElement).findByRole('alertdialog');
    await expectVisible(within(dialog).getByRole('button', { name: 'Leave the call' }));
    await expect(dialog.closest('[data-color-scheme]')).toHaveAttribute('data-color-scheme', 'dark');
  },
};
