import { act, render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { createHMSErrorStore, HMSErrorProvider, type HMSErrorStore, type HMSErrorStoreOptions } from 'react-hms-errors';

/** A terminal server error as the web SDK delivers it on join. */
export const invalidLink = {
  code: 40101,
  name: 'ServerErrors',
  action: 'JOIN',
  message: 'Token Error: Invalid Access Key',
  description: 'Access Key provided in the token is wrong.',
  isTerminal: true,
};

/** Non-terminal errors with known copy: severity, retry and action differ. */
export const errors = {
  /** error, not retryable, no action. */
  screenShareFailed: { code: 3006, name: 'TrackError', message: 'screen share failed', isTerminal: false },
  /** error, retryable (device in use). */
  deviceInUse: { code: 3003, name: 'DeviceInUse', message: 'camera in use', isTerminal: false },
  /** warning, not retryable. */
  noAudio: { code: 3010, name: 'NoAudioDetected', message: 'no audio detected', isTerminal: false },
  /** info. */
  info: { code: 4007, name: 'WebrtcError', message: 'info', isTerminal: false },
  /** warning with the unblock-audio action. */
  autoplay: { code: 3008, name: 'AutoplayBlocked', message: 'autoplay blocked', isTerminal: false },
  /** error with the fix-permissions action (browser). */
  cameraBlocked: {
    code: 3001,
    name: 'CantAccessCaptureDevice',
    message: 'Permission denied',
    description: 'video',
    isTerminal: false,
  },
  /** error with the fix-permissions action (system). */
  systemBlocked: { code: 3011, name: 'SystemDeniedPermission', message: 'system denied', isTerminal: false },
};

export interface Setup extends RenderResult {
  store: HMSErrorStore;
  user: ReturnType<typeof userEvent.setup>;
  report: (error: unknown) => void;
}

/** Renders `ui` under a provider with a fresh store; `report` wraps the store call in `act`. */
export function setup(ui: ReactNode, storeOptions: HMSErrorStoreOptions = {}): Setup {
  const store = createHMSErrorStore(storeOptions);
  // With fake timers, drive events with fireEvent: user-event awaits a real timeout in RTL's wrapper.
  const user = userEvent.setup();
  const result = render(<HMSErrorProvider store={store}>{ui}</HMSErrorProvider>);
  const report = (error: unknown) => {
    act(() => {
      store.report(error);
    });
  };
  return { ...result, store, user, report };
}

/** Advances fake timers inside `act`. */
export function advance(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

export { stubLocation } from '../support/kit';
