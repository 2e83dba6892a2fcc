import { inAct, wait } from './act';
import { createHMSException, createHMSExceptionError, type HMSFakeException } from './exceptions';
import type { FakeHMSActionName, FakeHMSActions } from './fakeActions';
import type { FakeHMSNotifications } from './fakeNotifications';

/**
 * The fakes a scenario drives. Scenarios wait with the global `setTimeout`: under
 * `vi.useFakeTimers()` / `jest.useFakeTimers()`, start one, then advance the clock
 * (`await vi.advanceTimersByTimeAsync(60_000)`) and await it.
 */
export interface HMSScenarioFakes {
  notifications: FakeHMSNotifications;
  actions?: FakeHMSActions;
}

/** The SDK's `MAX_TRANSPORT_RETRY_TIME`: how long it retries a lost connection before giving up. */
export const SDK_RECONNECT_WINDOW_MS = 60_000;

const connectionLost = (overrides?: Partial<HMSFakeException>) =>
  createHMSException(1003, { description: 'Failed to observe server', isTerminal: false, ...overrides });

/** RECONNECTING (with the 1003 the SDK sends), then RECONNECTED after `afterMs`. */
export async function reconnectThenRecover(
  { notifications }: HMSScenarioFakes,
  { afterMs = 3000 }: { afterMs?: number } = {},
): Promise<void> {
  notifications.emit({ type: 'RECONNECTING', severity: 'error', data: connectionLost() });
  await wait(afterMs);
  notifications.emit({ type: 'RECONNECTED', severity: 'info', data: null });
}

/**
 * RECONNECTING, then, once the SDK's 60 s window has passed, the terminal 1003 it sends as an
 * ERROR, with ". [SignalDisconnect] Could not recover after N milliseconds" on its description.
 * Resolves with that error.
 */
export async function reconnectThenGiveUp(
  { notifications }: HMSScenarioFakes,
  { afterMs = SDK_RECONNECT_WINDOW_MS }: { afterMs?: number } = {},
): Promise<HMSFakeException> {
  const lost = connectionLost();
  notifications.emit({ type: 'RECONNECTING', severity: 'error', data: lost });
  await wait(afterMs);
  const terminal = {
    ...lost,
    timestamp: new Date(),
    isTerminal: true,
    description: `${lost.description}. [SignalDisconnect] Could not recover after ${afterMs} milliseconds`,
  };
  notifications.emit({ type: 'ERROR', severity: 'error', data: terminal });
  return terminal;
}

export interface DoubleDeliveryOptions {
  /** @defaultValue `40001` (a server error at init, terminal) */
  code?: number;
  /** The action whose calls reject with the same error. @defaultValue `'join'` */
  method?: FakeHMSActionName;
  overrides?: Partial<HMSFakeException>;
  /** When the ERROR notification comes. @defaultValue `40` (ms, as measured against the SDK) */
  notifyAfterMs?: number;
  /** How long after the notification the call rejects. @defaultValue `2` (ms) */
  rejectAfterMs?: number;
}

/**
 * The same error twice, the way the SDK delivers a server error at init (and `setEnabledTrack`
 * failures): an ERROR notification, then the pending call rejects with the same code. Call the
 * action (e.g. `guard(actions.join(config))`) before or while this runs; its calls wait until the
 * rejection. Resolves with the rejection's error.
 */
export async function doubleDelivery(
  { notifications, actions }: HMSScenarioFakes,
  { code = 40001, method = 'join', overrides, notifyAfterMs = 40, rejectAfterMs = 2 }: DoubleDeliveryOptions = {},
): Promise<Error & HMSFakeException> {
  const action = actions?.[method];
  action?.hang();
  await wait(notifyAfterMs);
  notifications.emitError(code, overrides);
  await wait(rejectAfterMs);
  const error = createHMSExceptionError(code, overrides);
  action?.rejectWith(error);
  return error;
}

/**
 * `join()` never settles and nothing is sent (the SDK when its init endpoint is unreachable).
 * Waits `forMs` so that a guard's watchdog (`timeoutMs`) can fire. @defaultValue `30000`
 */
export async function hangingJoin(
  { actions }: Partial<HMSScenarioFakes>,
  { forMs = 30_000 }: { forMs?: number } = {},
): Promise<void> {
  actions?.join.hang();
  await wait(forMs);
}

/** Codes a storm cycles through: non-terminal errors that really arrive in bursts. */
export const STORM_CODES = [3003, 1006, 4006, 3010, 3015] as const;

/**
 * `n` ERROR notifications, in one synchronous burst (`intervalMs: 0`, the default) or spaced out.
 */
export async function storm(
  { notifications }: HMSScenarioFakes,
  n = 100,
  { codes = STORM_CODES, intervalMs = 0 }: { codes?: readonly number[]; intervalMs?: number } = {},
): Promise<void> {
  const list = codes.length > 0 ? codes : STORM_CODES;
  if (!(intervalMs > 0)) {
    // One task, as the SDK delivers a burst: one act(), so React renders it once.
    inAct(() => {
      for (let i = 0; i < n; i++) notifications.emitError(list[i % list.length], { isTerminal: false });
    });
    return;
  }
  for (let i = 0; i < n; i++) {
    notifications.emitError(list[i % list.length], { isTerminal: false });
    if (i < n - 1) await wait(intervalMs);
  }
}

/**
 * The person blocks the camera (or microphone): ERROR 3001 with its `trackType`, and turning the
 * device on rejects with it; after `afterMs` they allow it, and turning it on succeeds.
 */
export async function permissionDeniedThenGranted(
  { notifications, actions }: HMSScenarioFakes,
  { device = 'video', afterMs = 5000 }: { device?: 'audio' | 'video'; afterMs?: number } = {},
): Promise<void> {
  const method = device === 'video' ? 'setLocalVideoEnabled' : 'setLocalAudioEnabled';
  actions?.[method].rejectWith(createHMSExceptionError(3001, { trackType: device }));
  notifications.emitError(3001, { trackType: device });
  await wait(afterMs);
  actions?.[method].resolveWith();
}

/**
 * Another app (or a phone call) takes the microphone or camera: TRACK_INTERRUPTION_START, then
 * TRACK_INTERRUPTION_END after `durationMs`, with the SDK's messages and `data`.
 */
export async function interruption(
  { notifications }: HMSScenarioFakes,
  {
    type = 'audio',
    reason = 'system-interrupt',
    trackId = 'fake-track-1',
    durationMs = 5000,
  }: { type?: 'audio' | 'video'; reason?: string; trackId?: string; durationMs?: number } = {},
): Promise<void> {
  const device = type === 'audio' ? 'microphone' : 'camera';
  notifications.emit({
    type: 'TRACK_INTERRUPTION_START',
    severity: 'error',
    message: `Your ${device} was interrupted, another app may be using it`,
    data: { started: true, reason, type, trackId },
  });
  await wait(durationMs);
  notifications.emit({
    type: 'TRACK_INTERRUPTION_END',
    severity: 'info',
    message: `Your ${device} is available again`,
    data: { started: false, reason, type, trackId },
  });
}

/** Every scenario by name, with its defaults (the Storybook simulator lists these). */
export const HMS_SCENARIOS = {
  reconnectThenRecover: (fakes: HMSScenarioFakes) => reconnectThenRecover(fakes),
  reconnectThenGiveUp: (fakes: HMSScenarioFakes) => reconnectThenGiveUp(fakes),
  doubleDelivery: (fakes: HMSScenarioFakes) => doubleDelivery(fakes),
  hangingJoin: (fakes: HMSScenarioFakes) => hangingJoin(fakes),
  storm: (fakes: HMSScenarioFakes) => storm(fakes),
  permissionDeniedThenGranted: (fakes: HMSScenarioFakes) => permissionDeniedThenGranted(fakes),
  interruption: (fakes: HMSScenarioFakes) => interruption(fakes),
} as const;

export type HMSScenarioName = keyof typeof HMS_SCENARIOS;
