/** A recorded SDK action: call it like the SDK's method, read `.calls`, choose how it settles. */
export interface FakeHMSAction<Args extends unknown[] = any[], Result = void> {
  (...args: Args): Promise<Result>;
  /** The arguments of every call, oldest first. */
  readonly calls: Args[];
  /** Calls that have not settled yet (after `hang()`). */
  pendingCount(): number;
  /** This and later calls resolve with `value`; calls left hanging resolve now. */
  resolveWith(value?: Result): FakeHMSAction<Args, Result>;
  /** This and later calls reject with `error`; calls left hanging reject now. */
  rejectWith(error: unknown): FakeHMSAction<Args, Result>;
  /** Later calls never settle (like the SDK's `join()` when its server is unreachable). */
  hang(): FakeHMSAction<Args, Result>;
  /** Forgets the calls and goes back to resolving `undefined`; hanging calls stay hanging. */
  reset(): void;
}

type Behaviour<R> = { kind: 'resolve'; value: R } | { kind: 'reject'; error: unknown } | { kind: 'hang' };

/** One recorded call on the actions object, for asserting order across methods. */
export interface FakeHMSActionCall {
  method: string;
  args: unknown[];
}

function createAction<Args extends unknown[], Result>(
  method: string,
  log: FakeHMSActionCall[],
): FakeHMSAction<Args, Result> {
  const calls: Args[] = [];
  let pending: { resolve: (value: Result) => void; reject: (error: unknown) => void }[] = [];
  let behaviour: Behaviour<Result> = { kind: 'resolve', value: undefined as Result };

  const settlePending = () => {
    if (behaviour.kind === 'hang') return;
    const waiting = pending;
    pending = [];
    for (const call of waiting) {
      if (behaviour.kind === 'resolve') call.resolve(behaviour.value);
      else call.reject(behaviour.error);
    }
  };

  const action = ((...args: Args) => {
    calls.push(args);
    log.push({ method, args });
    const current = behaviour;
    if (current.kind === 'resolve') return Promise.resolve(current.value);
    if (current.kind === 'reject') return Promise.reject(current.error);
    return new Promise<Result>((resolve, reject) => pending.push({ resolve, reject }));
  }) as FakeHMSAction<Args, Result>;

  Object.defineProperty(action, 'name', { value: method });
  Object.assign(action, {
    calls,
    pendingCount: () => pending.length,
    resolveWith(value?: Result) {
      behaviour = { kind: 'resolve', value: value as Result };
      settlePending();
      return action;
    },
    rejectWith(error: unknown) {
      behaviour = { kind: 'reject', error };
      settlePending();
      return action;
    },
    hang() {
      behaviour = { kind: 'hang' };
      return action;
    },
    reset() {
      calls.length = 0;
      behaviour = { kind: 'resolve', value: undefined as Result };
    },
  });
  return action;
}

/** What the SDK's diagnostics object offers to a preflight check, faked. */
export interface FakeHMSDiagnostics {
  checkBrowserSupport(): void;
  startConnectivityCheck(
    progress: (state: number) => void,
    completed: (result: { testTimestamp: number; connectivityState?: number; errors?: unknown[] }) => void,
    region?: string,
    duration?: number,
  ): Promise<void>;
  stopConnectivityCheck(): Promise<void>;
  /** Makes `checkBrowserSupport()` throw `error` (as the SDK does with 6010 / 6011). */
  failBrowserSupport(error: unknown): void;
  /** The next connectivity checks complete with these errors (e.g. `createHMSException(2003)`). */
  failConnectivity(errors: unknown[]): void;
  /** The next connectivity checks never complete. */
  hangConnectivity(): void;
  /** Back to passing checks. */
  reset(): void;
}

/** The SDK's `ConnectivityState.COMPLETED`. */
const CONNECTIVITY_COMPLETED = 6;

function createDiagnostics(): FakeHMSDiagnostics {
  let browserError: unknown = null;
  let connectivity: { kind: 'pass' } | { kind: 'fail'; errors: unknown[] } | { kind: 'hang' } = { kind: 'pass' };
  return {
    checkBrowserSupport() {
      if (browserError !== null) throw browserError;
    },
    async startConnectivityCheck(progress, completed) {
      const mode = connectivity;
      if (mode.kind === 'hang') return;
      progress(0);
      const errors = mode.kind === 'fail' ? mode.errors : [];
      if (errors.length === 0) progress(CONNECTIVITY_COMPLETED);
      completed({
        testTimestamp: Date.now(),
        connectivityState: errors.length === 0 ? CONNECTIVITY_COMPLETED : 1,
        errors,
      });
    },
    async stopConnectivityCheck() {},
    failBrowserSupport(error) {
      browserError = error;
    },
    failConnectivity(errors) {
      connectivity = { kind: 'fail', errors };
    },
    hangConnectivity() {
      connectivity = { kind: 'hang' };
    },
    reset() {
      browserError = null;
      connectivity = { kind: 'pass' };
    },
  };
}

/** `initDiagnostics()` is synchronous in the SDK: it returns the diagnostics object. */
export interface FakeHMSInitDiagnostics {
  (): FakeHMSDiagnostics;
  readonly calls: [][];
}

/**
 * The SDK's actions object (`useHMSActions()` / `hms.getActions()`) with every method the kit
 * calls as a `FakeHMSAction`. Pass it as `actions` to `HMSErrorProvider` / `createHMSErrorStore`.
 */
export interface FakeHMSActions {
  leave: FakeHMSAction<[], void>;
  join: FakeHMSAction<[config: unknown], void>;
  unblockAudio: FakeHMSAction<[], void>;
  setLocalAudioEnabled: FakeHMSAction<[enabled: boolean], void>;
  setLocalVideoEnabled: FakeHMSAction<[enabled: boolean], void>;
  setScreenShareEnabled: FakeHMSAction<[enabled: boolean, config?: unknown], void>;
  setAudioSettings: FakeHMSAction<[settings: { deviceId?: string }], void>;
  setVideoSettings: FakeHMSAction<[settings: { deviceId?: string }], void>;
  initDiagnostics: FakeHMSInitDiagnostics;
  /** The object `initDiagnostics()` returns; configure it before the check runs. */
  readonly diagnostics: FakeHMSDiagnostics;
  /** Every call on any method, in order. */
  readonly calls: readonly FakeHMSActionCall[];
  /** Resets every method and the diagnostics, and forgets all calls. */
  reset(): void;
}

/** Creates fresh fakes of the SDK actions; no test framework needed (works in vitest and jest). */
export function createFakeHMSActions(): FakeHMSActions {
  const log: FakeHMSActionCall[] = [];
  const diagnostics = createDiagnostics();
  const diagnosticsCalls: [][] = [];
  const initDiagnostics = Object.assign(
    () => {
      diagnosticsCalls.push([]);
      log.push({ method: 'initDiagnostics', args: [] });
      return diagnostics;
    },
    { calls: diagnosticsCalls },
  );
  const actions = {
    leave: createAction<[], void>('leave', log),
    join: createAction<[config: unknown], void>('join', log),
    unblockAudio: createAction<[], void>('unblockAudio', log),
    setLocalAudioEnabled: createAction<[enabled: boolean], void>('setLocalAudioEnabled', log),
    setLocalVideoEnabled: createAction<[enabled: boolean], void>('setLocalVideoEnabled', log),
    setScreenShareEnabled: createAction<[enabled: boolean, config?: unknown], void>('setScreenShareEnabled', log),
    setAudioSettings: createAction<[settings: { deviceId?: string }], void>('setAudioSettings', log),
    setVideoSettings: createAction<[settings: { deviceId?: string }], void>('setVideoSettings', log),
    initDiagnostics,
    diagnostics,
    calls: log,
    reset() {
      log.length = 0;
      diagnosticsCalls.length = 0;
      diagnostics.reset();
      for (const key of METHODS) actions[key].reset();
    },
  };
  return actions;
}

const METHODS = [
  'leave',
  'join',
  'unblockAudio',
  'setLocalAudioEnabled',
  'setLocalVideoEnabled',
  'setScreenShareEnabled',
  'setAudioSettings',
  'setVideoSettings',
] as const;

/** The names of the faked methods that return promises. */
export type FakeHMSActionName = (typeof METHODS)[number];
