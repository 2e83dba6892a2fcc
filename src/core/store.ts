import { createStore } from 'zustand/vanilla';
import type { HMSErrorActions, HMSErrorStore, ReportOptions } from './actions';
import { batchNotifications } from './batch';
import { createConnector } from './connect';
import { decide, makeReport, type Report } from './decide';
import { createDevWarner } from './dev';
import { createEntryFactory } from './entry';
import { createGuard } from './guard';
import { normalizeHMSError, normalizeHMSNotification, type NormalizeOptions } from './normalize';
import { resolveOptions, type HMSErrorStoreOptions } from './options';
import { routeWithRule } from './policy';
import { reduce, removeEntry, removeToasts } from './reduce';
import { initialState, type HMSErrorState } from './state';
import type { HMSErrorEntry, HMSErrorRoute, HMSErrorSource, HMSNormalizedError } from './types';

export type { HMSConnectionState, HMSErrorState } from './state';
export type { HMSEntryInfo, HMSErrorStoreOptions } from './options';
export type { GuardOptions } from './guard';
export { notificationSourceKey, type HMSNotificationsLike } from './connect';
export type { HMSErrorActions, HMSErrorStore, ReportOptions } from './actions';

let storeCount = 0;
const NO_OPTIONS: ReportOptions = {};

/**
 * Creates a store that turns reports into one terminal entry, grouped and limited toasts and a
 * bounded history: normalize → decide → reduce, then `onEntry`. Framework-free.
 */
export function createHMSErrorStore(options: HMSErrorStoreOptions = {}): HMSErrorStore {
  const resolved = resolveOptions(options);
  const api = createStore<HMSErrorState>()(initialState);
  // Every change is current at once in getState(); subscribers hear once per task. The last state
  // this store made, while nothing outside has seen it (getState(), a publish): reduce may change
  // it and its lists in place.
  let unseen: HMSErrorState | null = null;
  const { flush, read } = batchNotifications(api, () => (unseen = null));
  const warn = createDevWarner();
  const makeEntry = createEntryFactory(resolved, (++storeCount).toString(36));
  const normalizeOptions: NormalizeOptions = { platform: options.platform, now: resolved.now };
  let terminalReports = 0;
  const make = (report: Report) => makeEntry(report.error, report.source, report.route, report.at, report.groupKey);

  const ingest = (error: HMSNormalizedError, source: HMSErrorSource, options: ReportOptions = NO_OPTIONS): HMSErrorEntry | null => {
    if (typeof options.isTerminal === 'boolean') error = { ...error, isTerminal: options.isTerminal };
    const routed = options.route != null ? null : routeWithRule(error, resolved.routes);
    const report = routed
      ? makeReport(error, source, routed[0], resolved.now(), routed[1])
      : makeReport(error, source, options.route as HMSErrorRoute, resolved.now(), 'report-option');
    if (report.route === 'dialog') terminalReports += 1;
    const state = read();
    const decision = decide(state, report, resolved);
    const result = reduce(state, decision, make, report, resolved, state === unseen);
    unseen = result.state;
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

  // Reports never throw: anything that goes wrong inside is contained and logged once in development.
  const failed = (name: string, cause: unknown) => {
    warn(name, `${name}() failed internally; the error was dropped.`, cause);
    return null;
  };
  const report: HMSErrorActions['report'] = (error, options) => {
    try {
      return ingest(normalizeHMSError(error, normalizeOptions), options?.source ?? 'report', options ?? NO_OPTIONS);
    } catch (cause) {
      return failed('report', cause);
    }
  };
  const reportNotification: HMSErrorActions['reportNotification'] = (notification) => {
    try {
      const error = normalizeHMSNotification(notification, normalizeOptions);
      return error ? ingest(error, 'notification') : null;
    } catch (cause) {
      return failed('reportNotification', cause);
    }
  };

  const update = (change: (state: HMSErrorState) => HMSErrorState) => {
    const state = api.getState();
    const next = change(state);
    if (next !== state) api.setState(next, true);
  };
  const dismiss = (id: string) => update((state) => removeEntry(state, id, resolved.maxVisibleToasts));

  const watchdogs = createGuard({
    ingest,
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
