import { normalizeHMSError, type NormalizeOptions } from './normalize';
import type { HMSErrorState } from './state';
import type { HMSActionsLike, HMSErrorEntry, HMSErrorSource, HMSNormalizedError } from './types';

export interface GuardOptions {
  /**
   * Report a "did not complete in time" error if the call has not settled after this many ms.
   * The SDK's `join()` can hang forever when its server is unreachable.
   * @defaultValue no watchdog
   */
  timeoutMs?: number;
  /**
   * Show a non-terminal "Still connecting…" toast if the call has not settled after this many ms;
   * it goes when the call settles and gives way to the timeout at `timeoutMs`. `false` turns it off.
   * @defaultValue `8000` when `timeoutMs` is set (and larger than it), else no notice
   */
  slowMs?: number | false;
  /** Re-throw the rejection after reporting it. @defaultValue `false` (resolves `undefined`) */
  rethrow?: boolean;
  /** Name of the call for diagnostics, e.g. `'join'`. @defaultValue `'call'` */
  label?: string;
  /** Whether the watchdog's error ends the call (dialog) or is a toast. @defaultValue `true` */
  timeoutIsTerminal?: boolean;
}

/** What a guard needs from its store. */
export interface GuardHost {
  ingest(error: HMSNormalizedError, source: HMSErrorSource): HMSErrorEntry | null;
  report(error: unknown, options: { source: HMSErrorSource }): unknown;
  dismiss(id: string): void;
  getState(): HMSErrorState;
  /** How many terminal reports the store has taken so far. */
  terminalReports(): number;
  normalizeOptions: NormalizeOptions;
  slowMs: number;
  /** The store's SDK actions: their `leave()` is called before a guarded task runs again. */
  actions(): HMSActionsLike | null | undefined;
}

export type Guard = <T>(task: PromiseLike<T> | (() => PromiseLike<T>), options?: GuardOptions) => Promise<T | undefined>;

const MAX_REMEMBERED_TASKS = 20;
/** How long "Rejoin" waits for `leave()` before running the task again anyway. */
const LEAVE_WAIT_MS = 3000;

const validMs = (ms: unknown): ms is number => typeof ms === 'number' && Number.isFinite(ms) && ms >= 0;

/**
 * `guard` and the timers it owns. A way out, once shown, never vanishes by itself: only a late
 * success withdraws its own timeout, and only while nothing else terminal came meanwhile.
 */
export function createGuard(host: GuardHost): {
  guard: Guard;
  canRerun(id: string): boolean;
  rerun(id: string, actions?: HMSActionsLike | null): Promise<unknown> | undefined;
  cancel(): void;
} {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  // The task behind each entry a guard of a function made (its timeout, its rejection), so the UI
  // can offer "Rejoin": the task runs again under the same options. The newest few are kept.
  const tasks = new Map<string, { task: () => PromiseLike<unknown>; options: GuardOptions }>();
  const remember = (entry: HMSErrorEntry | null, task: unknown, options: GuardOptions) => {
    if (!entry || typeof task !== 'function') return;
    tasks.delete(entry.id);
    tasks.set(entry.id, { task: task as () => PromiseLike<unknown>, options });
    if (tasks.size > MAX_REMEMBERED_TASKS) tasks.delete(tasks.keys().next().value!);
  };

  const watchdogError = (label: string, kind: 'timeout' | 'slow', ms: number, terminal: boolean): HMSNormalizedError => ({
    ...normalizeHMSError(null, host.normalizeOptions),
    catalogKey: kind === 'timeout' ? 'TIMEOUT' : 'SLOW',
    kind,
    name: kind === 'timeout' ? 'Timeout' : 'Slow',
    action: label.toUpperCase(),
    message: `${label}() did not settle within ${ms} ms`,
    isTerminal: terminal,
  });

  const after = (ms: number, fire: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fire();
    }, ms);
    timers.add(timer);
    return timer;
  };

  const guard: Guard = async (task, options = {}) => {
    const label = options.label ?? 'call';
    const timeoutMs = validMs(options.timeoutMs) ? options.timeoutMs : undefined;
    const slowMs =
      options.slowMs === false ? undefined : validMs(options.slowMs) ? options.slowMs : timeoutMs !== undefined ? host.slowMs : undefined;
    const own: ReturnType<typeof setTimeout>[] = [];
    let slow: HMSErrorEntry | null = null;
    let timedOut: HMSErrorEntry | null = null;
    let terminalReportsAtTimeout = 0;

    if (slowMs !== undefined && (timeoutMs === undefined || slowMs < timeoutMs)) {
      own.push(after(slowMs, () => (slow = host.ingest(watchdogError(label, 'slow', slowMs, false), 'watchdog'))));
    }
    if (timeoutMs !== undefined) {
      own.push(
        after(timeoutMs, () => {
          if (slow) host.dismiss(slow.id);
          timedOut = host.ingest(watchdogError(label, 'timeout', timeoutMs, options.timeoutIsTerminal ?? true), 'watchdog');
          terminalReportsAtTimeout = host.terminalReports();
          remember(timedOut, task, options);
        }),
      );
    }

    const settle = (succeeded: boolean) => {
      for (const timer of own) {
        clearTimeout(timer);
        timers.delete(timer);
      }
      if (slow) host.dismiss(slow.id);
      if (!timedOut) return;
      if (!timedOut.isTerminal) {
        // A timeout shown as a toast gives way to the call's own outcome either way.
        host.dismiss(timedOut.id);
        return;
      }
      const shown = host.getState().terminal;
      const untouched = shown?.id === timedOut.id && shown.kind === 'timeout' && host.terminalReports() === terminalReportsAtTimeout;
      if (succeeded && untouched) host.dismiss(timedOut.id);
    };

    try {
      const value = await (typeof task === 'function' ? task() : task);
      settle(true);
      return value;
    } catch (error) {
      settle(false);
      remember(host.report(error, { source: 'guard' }) as HMSErrorEntry | null, task, options);
      if (options.rethrow) throw error;
      return undefined;
    }
  };

  const rerun = (id: string, given?: HMSActionsLike | null): Promise<unknown> | undefined => {
    const found = tasks.get(id);
    if (!found) return undefined;
    // The SDK must leave a half-made join before joining again. Its leave() waits for an attempt
    // that is still running (a join whose server never answered), and a join() called meanwhile
    // does nothing: a leave still pending after LEAVE_WAIT_MS means joining again cannot work yet.
    const left = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), LEAVE_WAIT_MS);
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      try {
        const actions = given ?? host.actions();
        const leave = actions && typeof actions.leave === 'function' ? actions.leave() : undefined;
        // A leave that fails has still let go of the attempt.
        Promise.resolve(leave).then(done, done);
      } catch {
        done();
      }
    });
    return left.then((settled) => {
      tasks.delete(id);
      // Stuck: the entry stays on screen with Go home (which always works: it navigates away),
      // rather than closing on a join that would silently do nothing. Rejoin is not offered again.
      if (!settled) return undefined;
      host.dismiss(id);
      return guard(found.task, found.options);
    });
  };

  return {
    guard,
    canRerun: (id) => tasks.has(id),
    rerun,
    cancel() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      tasks.clear();
    },
  };
}
