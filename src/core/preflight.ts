import { normalizeHMSError, safeGet } from './normalize';
import type { HMSNormalizedError } from './types';

/** The checks `runHMSPreflight` makes, in order. */
export type HMSPreflightCheckId =
  | 'secure-context'
  | 'webrtc'
  | 'devices'
  | 'permissions'
  | 'autoplay'
  | 'connectivity';

/**
 * `pass`: fine. `warn`: a non-terminal finding (the call can start, but something is missing).
 * `fail`: a terminal finding (joining cannot work). `unknown`: the browser doesn't say (API
 * missing, threw or timed out). `skipped`: not asked for, or depends on a check that failed.
 */
export type HMSPreflightStatus = 'pass' | 'warn' | 'fail' | 'unknown' | 'skipped';

export interface HMSPreflightCheck {
  id: HMSPreflightCheckId;
  status: HMSPreflightStatus;
  /** The error this check found, normalised like any SDK error (copy: `getErrorCopy(finding)`). */
  finding: HMSNormalizedError | null;
  /** What the check saw, for developers (logs, a details view). */
  detail: string;
}

export interface HMSPreflightResult {
  /** `fail` if any check failed, else `warn` if any warned, else `pass`. */
  status: 'pass' | 'warn' | 'fail';
  /** True unless a check failed: joining can work (perhaps without a device). */
  ok: boolean;
  checks: HMSPreflightCheck[];
  /** The findings of every check, in check order. */
  findings: HMSNormalizedError[];
}

/** Where findings are reported: a store (`createHMSErrorStore()`) or any `report` function. */
export type HMSPreflightReporter = ((error: unknown) => unknown) | { report: (error: unknown) => unknown };

/** The SDK's diagnostics (`hmsActions.initDiagnostics()`), as far as preflight uses it. */
export interface HMSPreflightActionsLike {
  initDiagnostics?: () => unknown;
}

export interface HMSPreflightOptions {
  /** Which devices the call will use. @defaultValue `{ audio: true, video: true }` */
  devices?: { audio?: boolean; video?: boolean };
  /** Checks not to run. @defaultValue none */
  skip?: readonly HMSPreflightCheckId[];
  /**
   * The SDK's actions: with `initDiagnostics`, the `connectivity` check runs the SDK's own browser
   * support and connectivity checks. `initDiagnostics()` puts that SDK instance into diagnostics
   * mode: give preflight its own `new HMSReactiveStore().getActions()`, not the one that joins.
   * @defaultValue no connectivity check
   */
  actions?: HMSPreflightActionsLike | null;
  /** Options for the SDK's connectivity check. */
  connectivity?: {
    region?: string;
    /** How long the SDK measures after connecting. @defaultValue `10000` */
    durationMs?: number;
    /** Gives up (finding 2003) after this long. @defaultValue `30000` */
    timeoutMs?: number;
  };
  /** Also report each finding here (toasts / dialog through the kit's store). @defaultValue none */
  report?: HMSPreflightReporter | null;
  /** Longest wait for one browser API (`enumerateDevices`, `permissions.query`). @defaultValue `5000` */
  timeoutMs?: number;
  /** Stops waiting; an aborted run reports nothing. */
  signal?: AbortSignal;
  /** Where the browser APIs are read from (for tests). @defaultValue `globalThis` */
  environment?: unknown;
}

export const HMS_PREFLIGHT_CHECKS: readonly HMSPreflightCheckId[] = [
  'secure-context',
  'webrtc',
  'devices',
  'permissions',
  'autoplay',
  'connectivity',
];

type TrackType = 'audio' | 'video' | 'audio, video';

// What the web SDK itself would raise for each finding (names and messages of its ErrorFactory).
const finding = (code: number, name: string, action: string, message: string, trackType?: TrackType) =>
  normalizeHMSError({ code, name, action, message, description: `Preflight: ${message}`, trackType });

const insecure = () =>
  finding(6010, 'MissingMediaDevices', 'JOIN', 'The page is not a secure context (HTTPS or localhost), so navigator.mediaDevices is missing.');
const noMediaDevices = () =>
  finding(6010, 'MissingMediaDevices', 'JOIN', 'navigator.mediaDevices is undefined.');
const noPeerConnection = () =>
  finding(6011, 'MissingRTCPeerConnection', 'JOIN', 'RTCPeerConnection was not found: an unsupported browser or an extension blocking WebRTC.');
const noDevice = (trackType: TrackType) =>
  finding(3002, 'DeviceNotAvailable', 'TRACK', `No capture device found - ${trackType}`, trackType);
const denied = (trackType: TrackType) =>
  finding(3001, 'CantAccessCaptureDevice', 'TRACK', `Permission to the capture device is denied - ${trackType}`, trackType);
const autoplayBlocked = (policy: string) =>
  finding(3008, 'AutoplayBlocked', 'AUTOPLAY', `Autoplay policy is "${policy}": sound needs a click first.`, 'audio');
const unreachable = (why: string) => finding(2003, 'EndpointUnreachable', 'INIT', `Connectivity check: ${why}`);

const TIMED_OUT = Symbol('timed out');

/** Resolves with the task's value, `TIMED_OUT` after `ms`, or throws what the task threw. */
async function within<T>(task: () => unknown, ms: number, signal?: AbortSignal): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  try {
    return await Promise.race([
      Promise.resolve().then(task) as Promise<T>,
      new Promise<typeof TIMED_OUT>((resolve) => {
        timer = globalThis.setTimeout(() => resolve(TIMED_OUT), ms);
        onAbort = () => resolve(TIMED_OUT);
        signal?.addEventListener?.('abort', onAbort);
      }),
    ]);
  } finally {
    if (timer !== undefined) globalThis.clearTimeout(timer);
    if (onAbort) signal?.removeEventListener?.('abort', onAbort);
  }
}

const textOf = (value: unknown): string => {
  const message = safeGet(value, 'message');
  return typeof message === 'string' && message ? message : String(typeof value === 'symbol' ? 'error' : value);
};

function combine(audio: boolean, video: boolean): TrackType | null {
  if (audio && video) return 'audio, video';
  if (audio) return 'audio';
  if (video) return 'video';
  return null;
}

const check = (
  id: HMSPreflightCheckId,
  status: HMSPreflightStatus,
  detail: string,
  found: HMSNormalizedError | null = null,
): HMSPreflightCheck => ({ id, status, detail, finding: found });

const withFinding = (id: HMSPreflightCheckId, found: HMSNormalizedError, detail: string) =>
  check(id, found.isTerminal ? 'fail' : 'warn', detail, found);

/**
 * Checks what is certain before joining: a secure context (6010), `RTCPeerConnection` (6011),
 * `navigator.mediaDevices` and the camera / microphone (3002), permission states (3001), the
 * autoplay policy where the browser tells (3008), and, given the SDK's actions, its own
 * connectivity check. Each finding is a normalised error with the catalog's copy. Never throws:
 * every browser API may be missing, throw or hang.
 */
export async function runHMSPreflight(options: HMSPreflightOptions = {}): Promise<HMSPreflightResult> {
  const checks: HMSPreflightCheck[] = [];
  try {
    await runChecks(options, checks);
  } catch {
    // Unreachable in practice (each check contains its own failures); the promise holds anyway.
  }
  const findings = checks.flatMap((c) => (c.finding ? [c.finding] : []));
  const status = checks.some((c) => c.status === 'fail') ? 'fail' : checks.some((c) => c.status === 'warn') ? 'warn' : 'pass';
  const result: HMSPreflightResult = { status, ok: status !== 'fail', checks, findings };
  if (options.report && !options.signal?.aborted) {
    const reporter = options.report;
    for (const found of findings) {
      try {
        if (typeof reporter === 'function') reporter(found.raw);
        else reporter.report(found.raw);
      } catch {
        // A reporter that throws must not lose the result.
      }
    }
  }
  return result;
}

async function runChecks(options: HMSPreflightOptions, checks: HMSPreflightCheck[]): Promise<void> {
  const env = options.environment ?? globalThis;
  const navigator = safeGet(env, 'navigator');
  const skip = new Set(Array.isArray(options.skip) ? options.skip : []);
  const wantAudio = options.devices?.audio !== false;
  const wantVideo = options.devices?.video !== false;
  const ms = typeof options.timeoutMs === 'number' && options.timeoutMs > 0 ? options.timeoutMs : 5000;
  const signal = options.signal;
  const add = (c: HMSPreflightCheck) => checks.push(c);

  // Secure context: without it browsers hide navigator.mediaDevices (the SDK's 6010).
  const secure = safeGet(env, 'isSecureContext');
  let secureFailed = false;
  if (skip.has('secure-context')) add(check('secure-context', 'skipped', 'Not requested.'));
  else if (secure === false) {
    secureFailed = true;
    add(withFinding('secure-context', insecure(), 'window.isSecureContext is false.'));
  } else if (secure === true) add(check('secure-context', 'pass', 'window.isSecureContext is true.'));
  else add(check('secure-context', 'unknown', 'window.isSecureContext is not available.'));

  if (skip.has('webrtc')) add(check('webrtc', 'skipped', 'Not requested.'));
  else if (typeof safeGet(env, 'RTCPeerConnection') === 'function') add(check('webrtc', 'pass', 'RTCPeerConnection exists.'));
  else add(withFinding('webrtc', noPeerConnection(), 'RTCPeerConnection is missing.'));

  const mediaDevices = safeGet(navigator, 'mediaDevices');
  if (skip.has('devices')) add(check('devices', 'skipped', 'Not requested.'));
  else if (!wantAudio && !wantVideo) add(check('devices', 'skipped', 'The call uses no camera or microphone.'));
  else if (mediaDevices === undefined || mediaDevices === null) {
    add(
      secureFailed
        ? check('devices', 'skipped', 'navigator.mediaDevices is missing because the page is not secure.')
        : withFinding('devices', noMediaDevices(), 'navigator.mediaDevices is missing.'),
    );
  } else add(await devicesCheck(mediaDevices, wantAudio, wantVideo, ms, signal));

  if (skip.has('permissions')) add(check('permissions', 'skipped', 'Not requested.'));
  else if (!wantAudio && !wantVideo) add(check('permissions', 'skipped', 'The call uses no camera or microphone.'));
  else if (secureFailed) add(check('permissions', 'skipped', 'Permissions are not granted to an insecure page.'));
  else add(await permissionsCheck(safeGet(navigator, 'permissions'), wantAudio, wantVideo, ms, signal));

  if (skip.has('autoplay')) add(check('autoplay', 'skipped', 'Not requested.'));
  else add(autoplayCheck(navigator));

  const actions = options.actions;
  if (skip.has('connectivity') || !actions || typeof safeGet(actions, 'initDiagnostics') !== 'function') {
    add(check('connectivity', 'skipped', 'No SDK actions with initDiagnostics were given.'));
  } else add(await connectivityCheck(actions, options.connectivity ?? {}, signal));
}

async function devicesCheck(
  mediaDevices: unknown,
  wantAudio: boolean,
  wantVideo: boolean,
  ms: number,
  signal?: AbortSignal,
): Promise<HMSPreflightCheck> {
  const enumerate = safeGet(mediaDevices, 'enumerateDevices');
  if (typeof enumerate !== 'function') return check('devices', 'unknown', 'navigator.mediaDevices.enumerateDevices is missing.');
  try {
    const list = await within<unknown>(() => enumerate.call(mediaDevices), ms, signal);
    if (list === TIMED_OUT) return check('devices', 'unknown', `enumerateDevices did not answer within ${ms} ms.`);
    const kinds = new Set<string>();
    if (list && typeof (list as Iterable<unknown>)[Symbol.iterator] === 'function') {
      for (const device of list as Iterable<unknown>) {
        const kind = safeGet(device, 'kind');
        if (typeof kind === 'string') kinds.add(kind);
      }
    }
    const missing = combine(wantAudio && !kinds.has('audioinput'), wantVideo && !kinds.has('videoinput'));
    if (missing) return withFinding('devices', noDevice(missing), `No ${missing} input device is listed.`);
    return check('devices', 'pass', 'The camera and microphone the call needs are listed.');
  } catch (error) {
    return check('devices', 'unknown', `enumerateDevices threw: ${textOf(error)}`);
  }
}

async function queryPermission(
  permissions: unknown,
  name: 'camera' | 'microphone',
  ms: number,
  signal?: AbortSignal,
): Promise<string> {
  const query = safeGet(permissions, 'query');
  if (typeof query !== 'function') return 'unknown';
  try {
    // Firefox (before 131) and older Safari reject 'camera' / 'microphone' with a TypeError.
    const status = await within<unknown>(() => query.call(permissions, { name }), ms, signal);
    if (status === TIMED_OUT) return 'unknown';
    const state = safeGet(status, 'state');
    return state === 'granted' || state === 'denied' || state === 'prompt' ? state : 'unknown';
  } catch {
    return 'unknown';
  }
}

async function permissionsCheck(
  permissions: unknown,
  wantAudio: boolean,
  wantVideo: boolean,
  ms: number,
  signal?: AbortSignal,
): Promise<HMSPreflightCheck> {
  if (permissions === undefined || permissions === null) return check('permissions', 'unknown', 'navigator.permissions is missing.');
  const [camera, microphone] = await Promise.all([
    wantVideo ? queryPermission(permissions, 'camera', ms, signal) : Promise.resolve('not needed'),
    wantAudio ? queryPermission(permissions, 'microphone', ms, signal) : Promise.resolve('not needed'),
  ]);
  const detail = `camera: ${camera}, microphone: ${microphone}.`;
  const blocked = combine(microphone === 'denied', camera === 'denied');
  if (blocked) return withFinding('permissions', denied(blocked), detail);
  if (camera === 'unknown' || microphone === 'unknown') {
    const known = [camera, microphone].filter((s) => s !== 'unknown' && s !== 'not needed');
    return check('permissions', known.length > 0 ? 'pass' : 'unknown', detail);
  }
  return check('permissions', 'pass', detail);
}

function autoplayCheck(navigator: unknown): HMSPreflightCheck {
  const getPolicy = safeGet(navigator, 'getAutoplayPolicy');
  if (typeof getPolicy !== 'function') return check('autoplay', 'unknown', 'navigator.getAutoplayPolicy is not available.');
  try {
    const policy: unknown = getPolicy.call(navigator, 'mediaelement');
    if (policy === 'allowed') return check('autoplay', 'pass', 'Autoplay policy is "allowed".');
    if (policy === 'allowed-muted' || policy === 'disallowed') {
      return withFinding('autoplay', autoplayBlocked(policy), `Autoplay policy is "${policy}".`);
    }
    return check('autoplay', 'unknown', `Unrecognised autoplay policy: ${String(policy)}.`);
  } catch (error) {
    return check('autoplay', 'unknown', `getAutoplayPolicy threw: ${textOf(error)}`);
  }
}

/** The SDK's `ConnectivityState.INIT_FETCHED`: it reached the 100ms servers. */
const INIT_FETCHED = 1;

async function connectivityCheck(
  actions: HMSPreflightActionsLike,
  options: NonNullable<HMSPreflightOptions['connectivity']>,
  signal?: AbortSignal,
): Promise<HMSPreflightCheck> {
  let diagnostics: unknown;
  try {
    diagnostics = (safeGet(actions, 'initDiagnostics') as () => unknown).call(actions);
  } catch (error) {
    return thrown(error, 'initDiagnostics() threw');
  }
  const browserSupport = safeGet(diagnostics, 'checkBrowserSupport');
  if (typeof browserSupport === 'function') {
    try {
      browserSupport.call(diagnostics);
    } catch (error) {
      return thrown(error, 'checkBrowserSupport() threw');
    }
  }
  const start = safeGet(diagnostics, 'startConnectivityCheck');
  if (typeof start !== 'function') return check('connectivity', 'pass', "The SDK's browser support check passed.");

  const durationMs = typeof options.durationMs === 'number' && options.durationMs > 0 ? options.durationMs : 10_000;
  const timeoutMs = typeof options.timeoutMs === 'number' && options.timeoutMs > 0 ? options.timeoutMs : 30_000;
  try {
    const result = await within<unknown>(
      () =>
        new Promise((resolve, reject) => {
          const started = start.call(diagnostics, () => {}, resolve, options.region, durationMs);
          // The promise settles when joining the test room fails or succeeds; `completed` reports.
          Promise.resolve(started).catch(reject);
        }),
      timeoutMs,
      signal,
    );
    if (result === TIMED_OUT) {
      try {
        void Promise.resolve((safeGet(diagnostics, 'stopConnectivityCheck') as (() => unknown) | undefined)?.call(diagnostics)).catch(() => {});
      } catch {
        // nothing more to stop
      }
      return withFinding('connectivity', unreachable(`no result within ${timeoutMs} ms`), `No result within ${timeoutMs} ms.`);
    }
    const errors = safeGet(result, 'errors');
    const first = Array.isArray(errors) && errors.length > 0 ? normalizeHMSError(errors[0]) : null;
    if (first) return withFinding('connectivity', first, `The SDK's connectivity check reported ${(errors as unknown[]).length} error(s).`);
    const state = safeGet(result, 'connectivityState');
    if (typeof state === 'number' && state < INIT_FETCHED) {
      return withFinding('connectivity', unreachable('the 100ms servers were not reached'), `Connectivity state ${state}.`);
    }
    return check('connectivity', 'pass', `Connectivity state ${String(state)}.`);
  } catch (error) {
    return thrown(error, 'startConnectivityCheck() rejected');
  }
}

function thrown(error: unknown, what: string): HMSPreflightCheck {
  const found = normalizeHMSError(error);
  return found.code === null
    ? check('connectivity', 'unknown', `${what}: ${textOf(error)}`)
    : withFinding('connectivity', found, `${what}: ${found.message}`);
}
