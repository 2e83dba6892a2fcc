import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { getErrorCopy } from '../src';
import { withHMSErrorSimulator } from '../src/storybook';
import { DemoRoom } from './demo/DemoRoom';
import { expectVisible } from './support/expect';
import { roomEndedNotification, STORM_CODES } from './support/scenarios';

/**
 * A mock call screen inside a router (`/` home, `/call` the call), wired to the kit and to a real
 * `@100mslive/hms-video-store`. Use the control panel to fire any code as a toast or as the
 * terminal error, a storm of errors, a reconnect, the host ending the room, and real SDK joins
 * that fail against a stubbed `fetch`. "Go home" goes through the router to the home page, which
 * says why the person was sent there (`useLastHMSError`). The error simulator
 * (`withHMSErrorSimulator`, bottom left) fires any code or scenario into the room as the SDK would,
 * and the devtools (top right) show what the kit made of each report, and why.
 */
const meta = {
  title: 'Demo/Video room',
  component: DemoRoom,
  decorators: [withHMSErrorSimulator()],
  args: { reconnectDelayMs: 3000, stormSize: 100, initialPath: '/call' },
  argTypes: {
    reconnectDelayMs: { control: { type: 'range', min: 200, max: 10_000, step: 100 } },
    stormSize: { control: { type: 'range', min: 10, max: 1000, step: 10 } },
    initialPath: { control: 'inline-radio', options: ['/', '/call'] },
  },
} satisfies Meta<typeof DemoRoom>;

export default meta;
type Story = StoryObj<typeof meta>;

const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
const toasts = (canvasElement: HTMLElement) =>
  Array.from(canvasElement.ownerDocument.querySelectorAll<HTMLElement>('[data-hmse-toast]'));

/** The blocking dialog: open, named after the error, and Escape does not close it. */
async function expectDialog(canvasElement: HTMLElement, title: string) {
  const body = page(canvasElement);
  const dialog = await body.findByRole('alertdialog', {}, { timeout: 5000 });
  await expect(dialog).toHaveAccessibleName(title);
  await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Go home' })).toHaveFocus());
  await userEvent.keyboard('{Escape}');
  await expectVisible(body.getByRole('alertdialog'));
  return dialog;
}

/** "Go home" reaches the home route, which says why. */
async function goHome(canvasElement: HTMLElement, dialog: HTMLElement, title: string) {
  await userEvent.click(within(dialog).getByRole('button', { name: 'Go home' }));
  const body = page(canvasElement);
  await expect(await body.findByRole('heading', { level: 1, name: 'Home' })).toBeInTheDocument();
  await expect(await body.findByRole('heading', { name: `Why you left the call: ${title}` })).toBeInTheDocument();
  await expect(body.queryByRole('alertdialog')).toBeNull();
}

async function pickCode(canvasElement: HTMLElement, key: string) {
  const body = page(canvasElement);
  await userEvent.selectOptions(body.getByRole('combobox', { name: 'Error code' }), key);
}

/** The call as it starts: four people, connected, no errors. Everything else starts from the control panel. */
export const VideoRoom: Story = {
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await expect(await body.findByRole('heading', { name: 'Weekly sync' })).toBeInTheDocument();
    await expect(within(body.getByRole('list', { name: 'Participants' })).getAllByRole('listitem')).toHaveLength(4);
    await expect(body.getByText('Connected')).toBeInTheDocument();
    await expect(body.queryByRole('alertdialog')).toBeNull();
    await expect(toasts(canvasElement)).toHaveLength(0);
  },
};

/** Fire any code as the terminal error: the dialog blocks the call until "Go home", and home says why. */
export const TerminalErrorGoesHome: Story = {
  name: 'Terminal error → Go home',
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await expect(await body.findByRole('heading', { name: 'Weekly sync' })).toBeInTheDocument();
    await pickCode(canvasElement, '40101');
    await userEvent.click(body.getByRole('button', { name: 'Fire as terminal' }));
    const { title } = getErrorCopy(40101);
    const dialog = await expectDialog(canvasElement, title);
    await goHome(canvasElement, dialog, title);
    await expect(body.getByRole('link', { name: 'Join the call again' })).toBeInTheDocument();
  },
};

/** The same code fired as a toast twice: one toast, ×2; Dismiss removes it. A screen-share variant reads as one. */
export const FireToast: Story = {
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await pickCode(canvasElement, '3003');
    const fire = body.getByRole('button', { name: 'Fire as toast' });
    await userEvent.click(fire);
    const { title } = getErrorCopy(3003);
    const toast = (await body.findByText(title)).closest('li')!;
    await userEvent.click(fire);
    await waitFor(() => expect(toast).toHaveTextContent('×2'));
    await userEvent.click(within(toast).getByRole('button', { name: `Dismiss: ${title}` }));
    await waitFor(() => expect(toasts(canvasElement)).toHaveLength(0));

    // A screen-share variant fires with `trackType: 'screen'`: the toast says what its option says.
    await pickCode(canvasElement, '3001.screen');
    await userEvent.click(fire);
    await expect(await body.findByText(getErrorCopy('3001.screen').title)).toBeInTheDocument();
  },
};

/** Flutter's error shape (`code: { value }`, `id`, `params`): 3012 means Bluetooth there, not tab sharing. */
export const FlutterCode: Story = {
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await userEvent.click(body.getByRole('radio', { name: 'Flutter' }));
    await pickCode(canvasElement, '3012.flutter');
    await userEvent.click(body.getByRole('button', { name: 'Fire as toast' }));
    await expect(await body.findByText(getErrorCopy('3012.flutter').title)).toBeInTheDocument();
  },
};

/** 100 errors in one burst: three toasts with repeat counts, the rest queued, nothing else. */
export const Storm: Story = {
  play: async ({ canvasElement, args }) => {
    const body = page(canvasElement);
    await userEvent.click(body.getByRole('button', { name: `Storm: ${args.stormSize} errors` }));
    const perCode = args.stormSize! / STORM_CODES.length;
    await waitFor(() => expect(toasts(canvasElement)).toHaveLength(3));
    for (const toast of toasts(canvasElement)) await expect(toast).toHaveTextContent(`×${perCode}`);
    const region = body.getByRole('region', { name: /^Notifications/ });
    await expect(region).toHaveTextContent(`+${STORM_CODES.length - 3} more`);

    // The queue advances as toasts are dismissed.
    const [first] = toasts(canvasElement);
    await userEvent.click(within(first).getByRole('button', { name: /^Dismiss:/ }));
    await waitFor(() => expect(region).toHaveTextContent(`+${STORM_CODES.length - 4} more`));
    await expect(toasts(canvasElement)).toHaveLength(3);
    await expect(body.getByText(`${args.stormSize} reported, 0 deduplicated`)).toBeInTheDocument();
  },
};

/** RECONNECTING, then RECONNECTED after a delay: one toast that updates in place. */
export const ReconnectSequence: Story = {
  args: { reconnectDelayMs: 600 },
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await userEvent.click(body.getByRole('button', { name: 'Reconnect sequence' }));
    const toast = (await body.findByText(getErrorCopy('RECONNECTING').title)).closest('li')!;
    await expect(body.getByText('Reconnecting…')).toBeInTheDocument();
    await waitFor(() => expect(toast).toHaveTextContent(getErrorCopy('RECONNECTED').title), { timeout: 5000 });
    await expect(body.getByText('Connected')).toBeInTheDocument();
    await expect(toasts(canvasElement)).toEqual([toast]);
  },
};

/** The host ends the room: the dialog, then home explains it. */
export const RoomEnded: Story = {
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await userEvent.click(body.getByRole('button', { name: 'Host ends the room' }));
    const { title } = getErrorCopy(roomEndedNotification().type);
    const dialog = await expectDialog(canvasElement, title);
    await goHome(canvasElement, dialog, title);
  },
};

/** Real SDK: `join()` with `authToken: 'not-a-jwt'` rejects with 2004 (no notification); `guard` reports it. */
export const RealSDKBadToken: Story = {
  name: 'Real SDK: bad token',
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await userEvent.click(body.getByRole('button', { name: 'Join with a bad token' }));
    const { title } = getErrorCopy(2004);
    const dialog = await expectDialog(canvasElement, title);
    await expect(within(dialog).getByText('Error 2004')).toBeInTheDocument();
    await waitFor(() => expect(body.getByTestId('sdk-last-call')).toHaveTextContent('join() rejected: 2004 InvalidTokenFormat'));
    await goHome(canvasElement, dialog, title);
  },
};

/**
 * Real SDK: a well-formed token, and the (stubbed) init endpoint answers HTTP 400 `{ code: 40001 }`.
 * The SDK sends an ERROR notification and then rejects `join()` with the same error: the kit
 * shows it once (sources: notification + guard).
 */
export const RealSDKRoomNotFound: Story = {
  name: 'Real SDK: room not found',
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await userEvent.click(body.getByRole('button', { name: 'Join a room that does not exist' }));
    const dialog = await expectDialog(canvasElement, getErrorCopy(40001).title);
    await expect(within(dialog).getByText('Error 40001')).toBeInTheDocument();
    await waitFor(() => expect(body.getByTestId('sdk-last-call')).toHaveTextContent('join() rejected: 40001 ServerErrors'));
    // The notification and the rejection are one error: one entry, two sources.
    await waitFor(() => expect(body.getByText(/reported, \d+ deduplicated/)).toHaveTextContent('2 reported, 1 deduplicated'));
    await expect(body.getByText(/from notification \+ guard/)).toBeInTheDocument();
  },
};

/** The error simulator fires into the room's own store; the devtools say what became of it and why. */
export const SimulatorAndDevtools: Story = {
  name: 'Error simulator + devtools',
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await expect(await body.findByRole('heading', { name: 'Weekly sync' })).toBeInTheDocument();
    const simulator = within(body.getByRole('complementary', { name: 'Error simulator' }));
    await userEvent.click(simulator.getByRole('button', { name: /Error simulator/ }));
    await userEvent.selectOptions(simulator.getByRole('combobox', { name: 'Catalog code' }), '3003');
    await userEvent.click(simulator.getByRole('button', { name: 'Send error' }));
    const { title } = getErrorCopy({ code: 3003, trackType: 'audio, video' });
    await expect(await body.findByText(title, { selector: '[data-hmse-toast] *' })).toBeInTheDocument();

    const devtools = within(body.getByRole('complementary', { name: 'Error devtools' }));
    await userEvent.click(devtools.getByRole('button', { name: /Error devtools \(1\)/ }));
    const report = devtools.getByRole('button', { name: /^#1 .* toast 3003 / });
    await userEvent.click(report);
    const details = canvasElement.ownerDocument.getElementById(report.getAttribute('aria-controls')!)!;
    await expect(within(details).getByText('Sources', { selector: 'dt' }).nextElementSibling).toHaveTextContent('notification');
    await expect(within(details).getByText('Why', { selector: 'dt' }).nextElementSibling).toHaveTextContent('There was a free toast slot.');
  },
};

// ── Recovery: the kit acts through the provider's `actions`; the app writes no callback ──────

const recoveryButton = (canvasElement: HTMLElement, name: string) => page(canvasElement).findByRole('button', { name });

/** "Camera in use": the toast's own "Turn camera on" calls `setLocalVideoEnabled(true)`; the toast goes. */
export const RecoveryTurnCameraOn: Story = {
  name: 'Recovery: Turn camera on',
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await userEvent.click(await recoveryButton(canvasElement, 'Camera in use'));
    await expect(body.getByTestId('demo-camera')).toHaveTextContent('off');
    await userEvent.click(await body.findByRole('button', { name: 'Turn camera on' }));
    await waitFor(() => expect(body.getByTestId('demo-camera')).toHaveTextContent('Built-in camera · on'));
    await waitFor(() => expect(toasts(canvasElement)).toHaveLength(0));
  },
};

/** A new camera, then "Camera disconnected" (3014): "Use another camera" lists both and switches. */
export const RecoveryUseAnotherCamera: Story = {
  name: 'Recovery: Use another camera',
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await userEvent.click(await recoveryButton(canvasElement, 'Plug in a camera'));
    await userEvent.click(body.getByRole('button', { name: 'Camera disconnected' }));
    await userEvent.click(await body.findByRole('button', { name: 'Use another camera' }));
    const group = await body.findByRole('group', { name: 'Choose a camera' });
    await userEvent.click(await within(group).findByRole('radio', { name: 'USB camera' }));
    await userEvent.click(within(group.parentElement!).getByRole('button', { name: 'Switch' }));
    await waitFor(() => expect(body.getByTestId('demo-camera')).toHaveTextContent('USB camera · on'));
    await waitFor(() => expect(toasts(canvasElement)).toHaveLength(0));
  },
};

/** "Camera blocked" (3001), then the browser's permission becomes granted: the toast turns into good news. */
export const RecoveryPermissionGranted: Story = {
  name: 'Recovery: permission granted',
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await userEvent.click(await recoveryButton(canvasElement, 'Camera blocked'));
    await expect(await body.findByRole('button', { name: 'How to fix' })).toBeInTheDocument();
    await userEvent.click(body.getByRole('button', { name: 'Allow the camera' }));
    await expect(await body.findByText(getErrorCopy('PERMISSION_GRANTED', { deviceNames: { unknown: 'camera' } }).title)).toBeInTheDocument();
    await userEvent.click(await body.findByRole('button', { name: 'Turn camera on' }));
    await waitFor(() => expect(body.getByTestId('demo-camera')).toHaveTextContent('on'));
    await waitFor(() => expect(toasts(canvasElement)).toHaveLength(0));
  },
};

/** "No camera" (3002), then one is plugged in (`devicechange`): "Connected: your camera". */
export const RecoveryDevicePluggedIn: Story = {
  name: 'Recovery: camera plugged in',
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await userEvent.click(await recoveryButton(canvasElement, 'No camera'));
    await userEvent.click(body.getByRole('button', { name: 'Plug in a camera' }));
    await expect(await body.findByText('Connected: your camera')).toBeInTheDocument();
    await userEvent.click(await body.findByRole('button', { name: 'Turn camera on' }));
    await waitFor(() => expect(toasts(canvasElement)).toHaveLength(0));
  },
};

/** Reconnecting while the browser is offline: the toast says so, and how long the SDK keeps trying. */
export const RecoveryOffline: Story = {
  name: 'Recovery: offline, then online',
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await userEvent.click(await recoveryButton(canvasElement, 'Go offline'));
    await expect(await body.findByText(getErrorCopy('OFFLINE').title)).toBeInTheDocument();
    await expect(body.getByText('We keep trying for up to 60 seconds.')).toBeInTheDocument();
    await userEvent.click(body.getByRole('button', { name: 'Back online' }));
    await expect(await body.findByText(getErrorCopy('RECONNECTING').title)).toBeInTheDocument();
  },
};

/** Autoplay blocked (3008): "Allow audio" calls the real SDK's `unblockAudio()`. */
export const RecoveryAllowAudio: Story = {
  name: 'Recovery: Allow audio',
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await userEvent.click(await recoveryButton(canvasElement, 'Autoplay blocked'));
    await userEvent.click(await body.findByRole('button', { name: 'Allow audio' }));
    await waitFor(() => expect(toasts(canvasElement)).toHaveLength(0));
  },
};

/**
 * Real SDK: init answers HTTP 500 (terminal, and worth trying again). "Rejoin" calls the real
 * `leave()` and runs the guarded `join()` again: this time the server says the room is unknown.
 */
export const RealSDKRejoin: Story = {
  name: 'Real SDK: Rejoin',
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await userEvent.click(await body.findByRole('button', { name: 'Join while the server fails (HTTP 500)' }));
    const dialog = await body.findByRole('alertdialog', {}, { timeout: 5000 });
    await expect(within(dialog).getByText('Error 500')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rejoin' }));
    const next = await body.findByRole('alertdialog', { name: getErrorCopy(40001).title }, { timeout: 5000 });
    await expect(within(next).getByText('Error 40001')).toBeInTheDocument();
  },
};
