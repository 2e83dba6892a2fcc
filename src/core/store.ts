import { createStore, type StoreApi } from 'zustand/vanilla';
import { batchNotifications } from './batch';
import { createConnector, type HMSNotificationsLike } from './connect';
import { decide, makeReport } from './decide';
import { createDevWarner } from './dev';
import { createEntryFactory } from './entry';
import { createGuard, type Guard } from './guard';
import { normalizeHMSError, normalizeHMSNotification, type NormalizeOptions } from './normalize';
import { resolveOptions, type HMSErrorStoreOptions, type ResolvedOptions } from './options';
import { routeWithRule } from './policy';
import { reduce, removeEntry, removeToasts } from './reduce';
import { initialState, type HMSErrorState } from './state';
import type { HMSActionsLike, HMSErrorEntry, HMSErrorRoute, HMSErrorSource, HMSNormalizedError } from './types';

export type { HMSConnectionState, HMSErrorState } from './state';
export type { HMSEntryInfo, HMSErrorStoreOptions } from './options';
export type { GuardOptions } from './guard';
export { notificationSourceKey, type HMSNotificationsLike } from './connect';

export interface ReportOptions {
  /** How the error reached the kit. @defaultValue `'report'` */
  source?: HMSErrorSource;
  /** Overrides the error's own `isTerminal`. */
  isTerminal?: boolean;
  /** Overrides routing for this report only. */
  route?: HMSErrorRoute;
}

export interface HMSErrorActions {
  /** Reports anything error-like. Never throws; returns the entry it went into, if any. */
  report(error: unknown, options?: ReportOptions): HMSErrorEntry | null;
  /** Feeds one SDK notification (`{ type, data }`). Ignores unrelated types. */
  reportNotification(notification: unknown): HMSErrorEntry | null;
  /** Removes a toast (visible or queued) or the terminal entry by id. */
  dismiss(id: string): void;
  /** Removes every toast, visible and queued. The terminal entry stays. */
  dismissAll(): void;
  /** Clears the terminal entry (after "Try again"). */
  dismissTerminal(): void;
  /** Back to the initial state, history included; cancels watchdogs. */
  reset(): void;
  /**
   * Awaits an SDK call and reports its rejection (once, even if the SDK also notifies it); with
   * `timeoutMs`, a call that never settles too, announced early as slow (`slowMs`).
   */
  guard: Guard;
  /** Whether an entry came from `guard(() => task)`, so `rerun` can run the task again. */
  canRerun(id: string): boolean;
  /** "Rejoin": removes the entry, calls `leave()`, runs the guarded task again; `undefined` without one. */
  rerun(id: string, actions?: HMSActionsLike | null): Promise<unknown> | undefined;
  /** Subscribes to an SDK notifications object; returns the unsubscribe function. */
  connect(notifications: HMSNotificationsLike): () => void;
  /** Cancels pending watchdog timers. The store stays usable. */
  destroy(): void;
  /**
   * Subscribers hear of changes once per task (a microtask after the first change); this
   * publishes pending changes now. `getState()` is always current without it.
   */
  flush(): void;
}

export type HMSErrorStore = StoreApi<HMSErrorState> &
  HMSErrorActions & {
    /** The options this store was created with, resolved. */
    readonly options: Readonly<ResolvedOptions>;
  };

let storeCount = 0;

/**
 * Creates a store that turns reports into one terminal entry, grouped and limited toasts and a
 * bounded history: normalize → decide → reduce, then `onEntry`. Framework-free.
 */
export function createHMSErrorStore(options: HMSErrorStoreOptions = {}): HMSErrorStore {
  const resolved = resolveOptions(options);
  const api = createStore<HMSErrorState>()(initialState);
  // Every change is current at once in getState(); subscribers hear once per task.
  const flush = batchNotifications(api);
  const warn = createDevWarner();
  const makeEntry = createEntryFactory(resolved, (++storeCount).toString(36));
  const normalizeOptions: NormalizeOptions = { platform: options.platform, now: resolved.now };
  let terminalReports = 0;

  const ingest = (error: HMSNormalizedError, source: HMSErrorSource, options: ReportOptions = {}): HMSErrorEntry | null => {
    if (typeof options.isTerminal === 'boolean') error = { ...error, isTerminal: options.isTerminal };
    const [route, routeRule] = options.route != null ? [options.route, 'report-option' as const] : routeWithRule(error, resolved.routes);
    const report = makeReport(error, source, route, resolved.now(), routeRule);
    if (report.route === 'dialog') terminalReports += 1;
    const state = api.getState();
    const decision = decide(state, report, resolved);
    const result = reduce(state, decision, () => makeEntry(error, source, report.route, report.at, report.groupKey), report, resolved);
    api.setState(result.state, true);
    if (result.notify && result.entry && resolved.onEntry) {
      try {
        resolved.onEntry(result.entry, { outcome: result.outcome });
      } catch (cause) {
        warn('onEntry', 'onEntry threw; the error was still recorded.', cause);
      }
    }
    return result.entry;
  };

  const report: HMSErrorActions['report'] = (error, options = {}) => {
    try {
      return ingest(normalizeHMSError(error, normalizeOptions), options?.source ?? 'report', options ?? {});
    } catch (cause) {
      warn('report', 'report() failed internally; the error was dropped.', cause);
      return null;
    }
  };

  const reportNotification: HMSErrorActions['reportNotification'] = (notification) => {
    try {
      const error = normalizeHMSNotification(notification, normalizeOptions);
      return error ? ingest(error, 'notification') : null;
    } catch (cause) {
      warn('reportNotification', 'reportNotification() failed internally.', cause);
      return null;
    }
  };

  const update = (change: (state: HMSErrorState) => HMSErrorState) => {
    const state = api.getState();
    const next = change(state);
    if (next !== state) api.setState(next, true);
  };
  const dismiss = (id: string) => update((state) => removeEntry(state, id, resolved.maxVisibleToasts));

  const watchdogs = createGuard({
    ingest: (error, source) => ingest(error, source),
    report,
    dismiss,
    getState: api.getState,
    terminalReports: () => terminalReports,
    normalizeOptions,
    slowMs: resolved.slowMs,
    actions: () => resolved.actions,
  });

  return Object.assign(api, {
    options: resolved,
    report,
    reportNotification,
    dismiss,
    dismissAll: () => update(removeToasts),
    dismissTerminal: () => update((state) => (state.terminal ? removeEntry(state, state.terminal.id, resolved.maxVisibleToasts) : state)),
    reset: () => {
      watchdogs.cancel();
      api.setState(initialState(), true);
    },
    guard: watchdogs.guard,
    canRerun: watchdogs.canRerun,
    rerun: watchdogs.rerun,
    connect: createConnector(reportNotification, warn),
    destroy: watchdogs.cancel,
    flush,
  });
}
