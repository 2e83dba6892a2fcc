import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { getErrorCopy, HMSErrorDialog } from '../src';
import { normalizeHMSNotification } from '../src/core';
import { kit, withKitStore } from './support/KitStory';
import { expectVisible } from './support/expect';
import { OneDialogDocsPage } from './support/OneDialogDocsPage';
import {
  neverSettles,
  reconnectGaveUp,
  removedNotification,
  roomEndedNotification,
  serverError,
} from './support/scenarios';

/**
 * The blocking dialog for terminal errors: the call is over and **Go home** is the one clear way
 * out. One story per scenario that differs for the person in the call.
 */
const meta = {
  title: 'Components/HMSErrorDialog',
  component: HMSErrorDialog,
  tags: ['autodocs'],
  decorators: [withKitStore],
  args: { onNavigateHome: fn() },
  parameters: {
    // One live dialog per docs page (see OneDialogDocsPage); in an iframe, so its focus trap and
    // scroll lock stay out of the docs page.
    docs: { page: OneDialogDocsPage, story: { inline: false, iframeHeight: 420 } },
  },
} satisfies Meta<typeof HMSErrorDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

// Assertions read the catalog, so a copy edit does not break them while a wrong entry still does.
const gaveUp = getErrorCopy(reconnectGaveUp());
const badToken = getErrorCopy(serverError(40101, 'Token is not valid'));
const noRoom = getErrorCopy(serverError(40001, 'Invalid room'));
const ended = getErrorCopy('ROOM_ENDED');
const removed = getErrorCopy(normalizeHMSNotification(removedNotification('Grace')));
const timedOut = getErrorCopy('TIMEOUT');

/** What a person checks first: the dialog is there, says what happened, and cannot be waved away. */
async function expectBlockingDialog(canvasElement: HTMLElement, title: string | RegExp) {
  const body = page(canvasElement);
  const dialog = await body.findByRole('alertdialog', {}, { timeout: 5000 });
  await expect(dialog).toHaveAccessibleName(title);
  const goHome = within(dialog).getByRole('button', { name: 'Go home' });
  await waitFor(() => expect(goHome).toHaveFocus());
  await userEvent.keyboard('{Escape}');
  await expectVisible(body.getByRole('alertdialog'));
  return dialog;
}

/** 1003 after the SDK gave up reconnecting (60 s): the person can try to join again. */
export const ConnectionLost: Story = {
  args: { onRetry: fn() },
  parameters: kit({ seed: (store) => store.report(reconnectGaveUp()) }),
  play: async ({ canvasElement }) => {
    const dialog = await expectBlockingDialog(canvasElement, gaveUp.title);
    await expect(dialog).toHaveAccessibleDescription(expect.stringContaining(gaveUp.message));
    await expectVisible(within(dialog).getByText('Error 1003'));
    await expectVisible(within(dialog).getByRole('button', { name: 'Try again' }));
  },
};

/** The same error when the app offers no retry: "Go home" is the only way out. */
export const ConnectionLostWithoutRetry: Story = {
  parameters: kit({ seed: (store) => store.report(reconnectGaveUp()) }),
  play: async ({ canvasElement }) => {
    const dialog = await expectBlockingDialog(canvasElement, gaveUp.title);
    await expect(within(dialog).queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

/** "Try again" calls `onRetry` with the entry and closes the dialog (the app rejoins). */
export const TryAgain: Story = {
  args: { onRetry: fn() },
  parameters: kit({
    seed: (store) => store.report(reconnectGaveUp()),
    triggers: [{ label: 'Lose the connection again', run: (store) => store.report(reconnectGaveUp()) }],
  }),
  play: async ({ canvasElement, args }) => {
    const dialog = await expectBlockingDialog(canvasElement, gaveUp.title);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 1003, isTerminal: true }));
    await waitFor(() => expect(page(canvasElement).queryByRole('alertdialog')).toBeNull());
  },
};

/** "Go home" calls `onNavigateHome` with the entry (route it through the app's router) and closes the dialog. */
export const GoHome: Story = {
  parameters: kit({
    seed: (store) => store.report(serverError(40001, 'Invalid room')),
    triggers: [{ label: 'Open the dialog again', run: (store) => store.report(serverError(40001, 'Invalid room')) }],
  }),
  play: async ({ canvasElement, args }) => {
    const dialog = await expectBlockingDialog(canvasElement, noRoom.title);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Go home' }));
    await expect(args.onNavigateHome).toHaveBeenCalledWith(expect.objectContaining({ code: 40001 }));
    await waitFor(() => expect(page(canvasElement).queryByRole('alertdialog')).toBeNull());
  },
};

/** 40101: the invite's token was not issued correctly. Retrying cannot help, so there is no "Try again". */
export const InvalidToken: Story = {
  args: { onRetry: fn() },
  parameters: kit({ seed: (store) => store.report(serverError(40101, 'Token is not valid')) }),
  play: async ({ canvasElement }) => {
    const dialog = await expectBlockingDialog(canvasElement, badToken.title);
    await expect(dialog).toHaveAccessibleDescription(expect.stringContaining(badToken.hint));
    await expect(within(dialog).queryByRole('button', { name: 'Try again' })).toBeNull();
    await expect(dialog).toHaveAttribute('data-category', 'token');
  },
};

/** 40001: the room in the link does not exist. */
export const RoomNotFound: Story = {
  parameters: kit({ seed: (store) => store.report(serverError(40001, 'Invalid room')) }),
  play: async ({ canvasElement }) => {
    const dialog = await expectBlockingDialog(canvasElement, noRoom.title);
    await expect(dialog).toHaveAccessibleDescription(expect.stringContaining(noRoom.message));
    await expectVisible(within(dialog).getByText('Error 40001'));
  },
};

/** `ROOM_ENDED`: the host ended the call for everyone. No code: nothing went wrong. */
export const RoomEndedByHost: Story = {
  parameters: kit({ seed: (store) => store.reportNotification(roomEndedNotification()) }),
  play: async ({ canvasElement }) => {
    const dialog = await expectBlockingDialog(canvasElement, ended.title);
    await expect(within(dialog).queryByText(/^Error /)).toBeNull();
    await expect(dialog).toHaveAttribute('data-kind', 'room-ended');
  },
};

/** `REMOVED_FROM_ROOM`: someone removed the person, and the dialog says who. */
export const RemovedFromRoom: Story = {
  parameters: kit({ seed: (store) => store.reportNotification(removedNotification('Grace')) }),
  play: async ({ canvasElement }) => {
    const dialog = await expectBlockingDialog(canvasElement, removed.title);
    await expect(dialog).toHaveAccessibleDescription(expect.stringContaining('Grace'));
    await expect(dialog).toHaveAccessibleDescription(expect.stringContaining(removed.message));
  },
};

/**
 * `guard(join(), { timeoutMs })` flags a join that never settles (the SDK's `join()` hangs when its
 * server is unreachable). The story's watchdog fires after 0.5 s instead of an app's 30 s.
 */
export const JoinTimedOut: Story = {
  args: { onRetry: fn() },
  parameters: kit({ seed: (store) => void store.guard(neverSettles(), { timeoutMs: 500, label: 'join' }) }),
  play: async ({ canvasElement }) => {
    const dialog = await expectBlockingDialog(canvasElement, timedOut.title);
    await expect(dialog).toHaveAttribute('data-kind', 'timeout');
    await expectVisible(within(dialog).getByRole('button', { name: 'Try again' }));
  },
};

/** Goes home by itself after a visible countdown, which the person can pause. */
export const Countdown: Story = {
  args: { autoNavigateAfterMs: 30_000 },
  parameters: kit({ seed: (store) => store.reportNotification(roomEndedNotification()) }),
  play: async ({ canvasElement, args }) => {
    const dialog = await expectBlockingDialog(canvasElement, ended.title);
    await expectVisible(within(dialog).getByText(/Going home in \d+ s/));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pause' }));
    await expectVisible(within(dialog).getByRole('button', { name: 'Resume' }));
    await expect(within(dialog).getByText('Going home automatically is paused.')).toBeInTheDocument();
    await expect(args.onNavigateHome).not.toHaveBeenCalled();
  },
};

/** "Copy details" puts what support needs on the clipboard: code, name, time, browser, developer note. */
export const CopyDetails: Story = {
  parameters: kit({ seed: (store) => store.report(serverError(40101, 'Token is not valid')) }),
  beforeEach: () => {
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    return () => writeText.mockRestore();
  },
  play: async ({ canvasElement }) => {
    const dialog = await expectBlockingDialog(canvasElement, badToken.title);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy details' }));
    await expect(await within(dialog).findByRole('status')).toHaveTextContent('Copied');
    await expect(navigator.clipboard.writeText).toHaveBeenCalledWith(expect.stringContaining('Code: 40101'));
  },
};

/** Without clipboard access (an insecure page, a refused permission) the details open instead. */
export const CopyDetailsWithoutClipboard: Story = {
  parameters: kit({ seed: (store) => store.report(serverError(40101, 'Token is not valid')) }),
  beforeEach: () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    return () => {
      delete (navigator as { clipboard?: Clipboard }).clipboard;
    };
  },
  play: async ({ canvasElement }) => {
    const dialog = await expectBlockingDialog(canvasElement, badToken.title);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy details' }));
    await expectVisible(await within(dialog).findByText(/Couldn't copy automatically/));
    await expectVisible(within(dialog).getByText(/Catalog key: 40101/));
  },
};

/** Only the copy and the way out: no error code, no details. */
export const Minimal: Story = {
  args: { showCode: false, showDetails: false },
  parameters: kit({ seed: (store) => store.report(serverError(40001, 'Invalid room')) }),
  play: async ({ canvasElement }) => {
    const dialog = await expectBlockingDialog(canvasElement, noRoom.title);
    await expect(within(dialog).queryByText('Error 40001')).toBeNull();
    await expect(within(dialog).queryByRole('button', { name: 'Copy details' })).toBeNull();
  },
};
