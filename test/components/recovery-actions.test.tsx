import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHMSErrorStore, HMSErrorProvider, HMSErrorToasts, type HMSErrorToastsProps } from 'react-hms-errors';
import { createFakeHMSActions, type FakeHMSActions } from 'react-hms-errors/testing';

// The kit's own recovery buttons, driven through `actions` (fake SDK actions from the public
// testing entry; test/sdk/recovery-real-sdk.test.tsx runs the real SDK's where jsdom allows).

const autoplay = { code: 3008, name: 'AutoplayBlocked', message: 'autoplay blocked', isTerminal: false };
const cameraInUse = { code: 3003, name: 'DeviceInUse', message: 'in use', isTerminal: false, trackType: 'video' };
const micSilent = { code: 3015, name: 'TrackError', message: 'no data', isTerminal: false, trackType: 'audio' };
const shareFailed = { code: 3003, name: 'DeviceInUse', message: 'screen', isTerminal: false, trackType: 'screen' };
const cameraGone = { code: 3014, name: 'SelectedDeviceMissing', message: 'missing', isTerminal: false, trackType: 'video' };
const micGone = { code: 3004, name: 'DeviceLostMidway', message: 'lost', isTerminal: false, trackType: 'audio' };
const overConstrained = { code: 3009, name: 'OverConstrained', message: 'constraints', isTerminal: false, trackType: 'video' };

afterEach(() => {
  vi.restoreAllMocks();
  delete (navigator as { mediaDevices?: unknown }).mediaDevices;
});

function renderToasts(actions: FakeHMSActions | null, props: HMSErrorToastsProps = {}) {
  const store = createHMSErrorStore({ autoResolve: false });
  render(
    <HMSErrorProvider store={store} actions={actions}>
      <HMSErrorToasts {...props} />
    </HMSErrorProvider>,
  );
  const report = (error: unknown) => act(() => void store.report(error));
  return { store, report, user: userEvent.setup() };
}

describe('given the SDK actions on the provider', () => {
  describe('a 3008 autoplay toast', () => {
    it('"Allow audio" calls unblockAudio() and the toast goes', async () => {
      const actions = createFakeHMSActions();
      const { report, user, store } = renderToasts(actions);
      report(autoplay);
      await user.click(screen.getByRole('button', { name: 'Allow audio' }));
      expect(actions.unblockAudio.calls).toHaveLength(1);
      await vi.waitFor(() => expect(store.getState().toasts).toHaveLength(0));
      expect(screen.queryByRole('button', { name: 'Allow audio' })).not.toBeInTheDocument();
    });

    it("the app's onAction overrides the kit's call", async () => {
      const actions = createFakeHMSActions();
      const onAction = vi.fn();
      const { report, user } = renderToasts(actions, { onAction });
      report(autoplay);
      await user.click(screen.getByRole('button', { name: 'Allow audio' }));
      expect(onAction).toHaveBeenCalledWith('unblock-audio', expect.objectContaining({ code: 3008 }));
      expect(actions.unblockAudio.calls).toHaveLength(0);
    });
  });

  describe('while the action is pending', () => {
    it('the button is busy and ignores more clicks; success then dismisses the toast', async () => {
      const actions = createFakeHMSActions();
      actions.unblockAudio.hang();
      const { report, user } = renderToasts(actions);
      report(autoplay);
      const button = screen.getByRole('button', { name: 'Allow audio' });
      await user.click(button);
      await vi.waitFor(() => expect(button).toHaveAttribute('aria-busy', 'true'));
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveFocus();
      await user.click(button);
      expect(actions.unblockAudio.calls).toHaveLength(1);
      await act(async () => void actions.unblockAudio.resolveWith());
      await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Allow audio' })).not.toBeInTheDocument());
    });

    it('a failure reports the new error in the old toast\'s place, and nothing throws', async () => {
      const actions = createFakeHMSActions();
      actions.setLocalVideoEnabled.rejectWith(overConstrained);
      const { report, user, store } = renderToasts(actions);
      report(cameraInUse);
      await user.click(screen.getByRole('button', { name: 'Turn camera on' }));
      await screen.findByText("Your camera can't do that", { selector: 'span' });
      expect(screen.queryByText("Can't start your camera", { selector: 'span' })).not.toBeInTheDocument();
      expect(store.getState().toasts.map((t) => t.code)).toEqual([3009]);
    });

    it('a failure with the same error counts it on the same toast', async () => {
      const actions = createFakeHMSActions();
      actions.setLocalVideoEnabled.rejectWith(cameraInUse);
      const { report, user, store } = renderToasts(actions);
      report(cameraInUse);
      await user.click(screen.getByRole('button', { name: 'Turn camera on' }));
      await vi.waitFor(() => expect(store.getState().toasts[0]?.count).toBe(2));
      expect(store.getState().toasts).toHaveLength(1);
    });
  });

  describe('track errors with a trackType', () => {
    it.each([
      ['camera in use (3003)', cameraInUse, 'Turn camera on', 'setLocalVideoEnabled'],
      ['no data from the microphone (3015)', micSilent, 'Turn microphone on', 'setLocalAudioEnabled'],
      ['the microphone lost midway (3004)', micGone, 'Turn microphone on', 'setLocalAudioEnabled'],
      ['the screen share (3003, screen)', shareFailed, 'Share again', 'setScreenShareEnabled'],
    ] as const)('%s offers "%s", which calls %s(true)', async (_, error, label, method) => {
      const actions = createFakeHMSActions();
      const { report, user, store } = renderToasts(actions);
      report(error);
      await user.click(screen.getByRole('button', { name: label }));
      expect(actions[method].calls).toEqual([[true]]);
      await vi.waitFor(() => expect(store.getState().toasts).toHaveLength(0));
    });

    it("the app's onRetry overrides the kit's call", async () => {
      const actions = createFakeHMSActions();
      const onRetry = vi.fn();
      const { report, user } = renderToasts(actions, { onRetry });
      report(cameraInUse);
      await user.click(screen.getByRole('button', { name: 'Turn camera on' }));
      expect(onRetry).toHaveBeenCalledTimes(1);
      expect(actions.setLocalVideoEnabled.calls).toHaveLength(0);
    });

    it('an app handler that returns a promise keeps the button busy too, and its rejection is reported', async () => {
      let fail!: (error: unknown) => void;
      const onRetry = vi.fn(() => new Promise((_, reject) => (fail = reject)));
      const { report, user, store } = renderToasts(null, { onRetry });
      report(cameraInUse);
      const button = screen.getByRole('button', { name: 'Turn camera on' });
      await user.click(button);
      await vi.waitFor(() => expect(button).toHaveAttribute('aria-busy', 'true'));
      await act(async () => fail(overConstrained));
      await vi.waitFor(() => expect(store.getState().toasts.map((t) => t.code)).toEqual([3009]));
    });
  });

  describe('without actions (or without the method)', () => {
    it('offers no button that cannot run', () => {
      const { report } = renderToasts(null);
      report(autoplay);
      report(cameraInUse);
      report(cameraGone);
      expect(screen.queryByRole('button', { name: 'Allow audio' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Turn camera on' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Use another camera' })).not.toBeInTheDocument();
    });

    it('offers only the calls the actions object has', () => {
      const store = createHMSErrorStore({ autoResolve: false });
      render(
        <HMSErrorProvider store={store} actions={{ setLocalAudioEnabled: () => {} }}>
          <HMSErrorToasts />
        </HMSErrorProvider>,
      );
      act(() => {
        store.report(cameraInUse);
        store.report(micSilent);
      });
      expect(screen.queryByRole('button', { name: 'Turn camera on' })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Turn microphone on' })).toBeInTheDocument();
    });
  });
});

describe('given a missing, lost or vanished device (3002, 3004, 3014)', () => {
  function stubDevices(devices: { deviceId: string; kind: string; label: string }[]) {
    // jsdom has no navigator.mediaDevices: this stands in for the browser's device list.
    const mediaDevices = { enumerateDevices: vi.fn(async () => devices), addEventListener() {}, removeEventListener() {} };
    Object.defineProperty(navigator, 'mediaDevices', { value: mediaDevices, configurable: true });
    return mediaDevices;
  }

  it('"Use another camera" lists the cameras and switches to the chosen one through setVideoSettings', async () => {
    stubDevices([
      { deviceId: 'cam-1', kind: 'videoinput', label: 'FaceTime HD Camera' },
      { deviceId: 'mic-1', kind: 'audioinput', label: 'Built-in Microphone' },
      { deviceId: 'cam-2', kind: 'videoinput', label: '' },
    ]);
    const actions = createFakeHMSActions();
    const { report, user, store } = renderToasts(actions);
    report(cameraGone);
    const open = screen.getByRole('button', { name: 'Use another camera' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await user.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    const group = await screen.findByRole('group', { name: 'Choose a camera' });
    const radios = await within(group).findAllByRole('radio');
    expect(radios.map((r) => r.closest('label')!.textContent!.trim())).toEqual(['FaceTime HD Camera', 'Camera 2']);
    await vi.waitFor(() => expect(radios[0]).toHaveFocus());
    await user.click(within(group).getByRole('radio', { name: 'Camera 2' }));
    await user.click(screen.getByRole('button', { name: 'Switch' }));
    expect(actions.setVideoSettings.calls).toEqual([[{ deviceId: 'cam-2' }]]);
    await vi.waitFor(() => expect(store.getState().toasts).toHaveLength(0));
  });

  it('lists microphones for a microphone, and says so when there is none', async () => {
    stubDevices([{ deviceId: 'cam-1', kind: 'videoinput', label: 'Camera' }]);
    const actions = createFakeHMSActions();
    const { report, user } = renderToasts(actions);
    report(micGone);
    await user.click(screen.getByRole('button', { name: 'Use another microphone' }));
    expect(await screen.findByRole('group', { name: 'Choose a microphone' })).toBeInTheDocument();
    expect(await screen.findByText('No other device found.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Switch' })).not.toBeInTheDocument();
  });

  it('Escape and Cancel close the choice, not the toast, and focus goes back to the button', async () => {
    stubDevices([{ deviceId: 'cam-1', kind: 'videoinput', label: 'Camera' }]);
    const actions = createFakeHMSActions();
    const { report, user, store } = renderToasts(actions);
    report(cameraGone);
    const open = screen.getByRole('button', { name: 'Use another camera' });
    await user.click(open);
    await vi.waitFor(() => expect(screen.getByRole('radio', { name: 'Camera' })).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Choose a camera' })).not.toBeInTheDocument();
    expect(open).toHaveFocus();
    expect(store.getState().toasts).toHaveLength(1);
    await user.click(open);
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Choose a camera' })).not.toBeInTheDocument();
    expect(open).toHaveFocus();
    expect(actions.setVideoSettings.calls).toHaveLength(0);
  });

  it('the toast stays (no timer) while it offers the choice', async () => {
    vi.useFakeTimers();
    try {
      const actions = createFakeHMSActions();
      const { report } = renderToasts(actions);
      report(cameraGone);
      await act(() => vi.advanceTimersByTimeAsync(60_000));
      expect(screen.getByRole('button', { name: 'Use another camera' })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
