import { createStore, type StoreApi } from 'zustand/vanilla';
import { getErrorCopy, type GetErrorCopyOptions, type HMSCopyOverrides } from './copy/getErrorCopy';
import { createDevWarner } from './dev';
import {
  HMS_NOTIFICATION_TYPES,
  normalizeHMSError,
  normalizeHMSNotification,
  safeGet,
  type NormalizeOptions,
} from './normalize';
import {
  DEFAULT_DURATIONS,
  DEFAULT_POLICY,
  dedupeKeyFor,
  durationFor,
  groupKeyFor,
  routeFor,
  type HMSDurations,
  type HMSRoutes,
} from './policy';
import type {
  HMSActionsLike,
  HMSErrorCopy,
  HMSErrorEntry,
  HMSErrorHistoryRecord,
  HMSErrorRoute,
  HMSErrorSource,
  HMSNormalizedError,
  HMSPlatform,
  HMSReportOutcome,
} from './types';

export type HMSConnectionState = 'connected' | 'reconnecting' | 'disconnected';

export interface HMSErrorState {
  /** Toasts on screen, oldest first, at most `maxVisibleToasts`. */
  toasts: HMSErrorEntry[];
  /** Toasts waiting for a slot, oldest first. */
  queue: HMSErrorEntry[];
  /** The error that ended the call, shown in the blocking dialog. The first one wins. */
  terminal: HMSErrorEntry | null;
  /** One record per report, oldest first, at most `historySize`. */
  history: HMSErrorHistoryRecord[];
  connection: HMSConnectionState;
  /** Counters that account for every report: `reported = history + evicted + deduplicated`. */
  stats: { reported: number; deduplicated: number; evicted: number };
}

/** Anything with the SDK's `onNotification(cb, types?) => unsubscribe`. */
export interface HMSNotificationsLike {
  onNotification(callback: (notification: any) => void, types?: any): (() => void) | unknown;
}

export interface ReportOptions {
  /** How the error reached the kit. @defaultValue `'report'` */
  source?: HMSErrorSource;
  /** Overrides the error's own `isTerminal`. */
  isTerminal?: boolean;
  /** Overrides routing for this report only. */
  route?: HMSErrorRoute;
}

export interface GuardOptions {
  /**
   * Report a "did not complete in time" error if the call has not settled after this many ms.
   * The SDK's `join()` can hang forever when its server is unreachable.
   * @defaultValue no watchdog
   */
  timeoutMs?: number;
  /** Re-throw the rejection after reporting it. @defaultValue `false` (resolves `undefined`) */
  rethrow?: boolean;
  /** Name of the call for diagnostics, e.g. `'join'`. @defaultValue `'call'` */
  label?: string;
  /** Whether the watchdog's error ends the call (dialog) or is a toast. @defaultValue `true` */
  timeoutIsTerminal?: boolean;
  /**
   * Show a non-terminal "Still connecting…" toast if the call has not settled after this many ms;
   * it goes when the call settles and gives way to the timeout at `timeoutMs`. `false` turns it off.
   * @defaultValue `8000` when `timeoutMs` is set (and larger than it), else no notice
   */
  slowMs?: number | false;
}

export interface HMSEntryInfo {
  outcome: HMSReportOutcome;
  /** True when the report merged into an existing toast (its `count` went up). */
  grouped: boolean;
}

export interface HMSErrorStoreOptions {
  /** Same error within this many ms → one toast with a repeat count. @defaultValue `10000` */
  groupingWindowMs?: number;
  /** A notification and a rejection of the same error within this many ms count once. @defaultValue `3000` */
  dedupeWindowMs?: number;
  /** @defaultValue `3` */
  maxVisibleToasts?: number;
  /** @defaultValue `20` */
  maxQueuedToasts?: number;
  /** @defaultValue `100` */
  historySize?: number;
  /** Auto-dismiss delays by severity, ms (`null`: stay). @defaultValue error 8000, warning 6000, info 4000, success 3000 */
  durations?: Partial<HMSDurations>;
  /** Route override per catalog key or code, or a function. @defaultValue terminal → dialog, else toast */
  routes?: HMSRoutes;
  /** Copy overrides per catalog key or code. */
  copy?: HMSCopyOverrides;
  /** Translations and device names; English fills gaps. */
  copyOptions?: Omit<GetErrorCopyOptions, 'platform' | 'developerNotes'>;
  /**
   * Developer notes to put on every entry's `copy.developerNote` (for logs and the dialog's
   * details): pass `developerNotes` from `react-hms-errors`. @defaultValue none (notes are empty)
   */
  developerNotes?: GetErrorCopyOptions['developerNotes'];
  /** Which SDK's numbering applies to errors that don't say. @defaultValue inferred, else `'web'` */
  platform?: HMSPlatform;
  /** Called once per new or grouped entry, for logging or analytics. Errors thrown here are contained. */
  onEntry?: (entry: HMSErrorEntry, info: HMSEntryInfo) => void;
  /** Clock, for tests. @defaultValue `Date.now` */
  now?: () => number;
  /**
   * The SDK's actions (`hms.getActions()` / `useHMSActions()`), duck-typed, every method optional.
   * With `leave`, "Go home" ends the SDK session before navigating.
   */
  actions?: HMSActionsLike | null;
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
   * Awaits an SDK call and reports its rejection (deduplicated against the matching
   * notification). Resolves with the call's value, or `undefined` after a rejection unless
   * `rethrow` is set.
   */
  guard<T>(task: PromiseLike<T> | (() => PromiseLike<T>), options?: GuardOptions): Promise<T | undefined>;
  /** Subscribes to an SDK notifications object; returns the unsubscribe function. */
  connect(notifications: HMSNotificationsLike): () => void;
  /** Cancels pending watchdog timers. The store stays usable. */
  destroy(): void;
}

export type HMSErrorStore = StoreApi<HMSErrorState> & HMSErrorActions & {
  /** The options this store was created with, resolved. */
  readonly options: Readonly<ResolvedOptions>;
};

type ResolvedOptions = Required<
  Pick<
    HMSErrorStoreOptions,
    'groupingWindowMs' | 'dedupeWindowMs' | 'maxVisibleToasts' | 'maxQueuedToasts' | 'historySize' | 'now'
  >
> &
  Omit<HMSErrorStoreOptions, 'durations'> & { durations: HMSDurations };

const initialState = (): HMSErrorState => ({
  toasts: [],
  queue: [],
  terminal: null,
  history: [],
  connection: 'connected',
  stats: { reported: 0, deduplicated: 0, evicted: 0 },
});

/** When a guarded call with a timeout first says "Still connecting…". */
const DEFAULT_SLOW_MS = 8000;

function positive(value: unknown, fallback: number, min = 0): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min ? Math.floor(value) : fallback;
}

let storeCount = 0;

/**
 * What identifies a notification source. `hms.getNotifications()` returns a new wrapper object on
 * every call around the same `onNotification` function, so the function is the identity.
 */
export function notificationSourceKey(notifications: unknown): unknown {
  const onNotification = safeGet(notifications, 'onNotification');
  return typeof onNotification === 'function' ? onNotification : notifications;
}

/**
 * Creates a store that turns reports into one terminal entry, grouped and limited toasts and a
 * bounded history. Framework-free: usable with or without React.
 */
export function createHMSErrorStore(options: HMSErrorStoreOptions = {}): HMSErrorStore {
  const resolved: ResolvedOptions = {
    ...options,
    groupingWindowMs: positive(options.groupingWindowMs, DEFAULT_POLICY.groupingWindowMs),
    dedupeWindowMs: positive(options.dedupeWindowMs, DEFAULT_POLICY.dedupeWindowMs),
    maxVisibleToasts: positive(options.maxVisibleToasts, DEFAULT_POLICY.maxVisibleToasts, 1),
    maxQueuedToasts: positive(options.maxQueuedToasts, DEFAULT_POLICY.maxQueuedToasts),
    historySize: positive(options.historySize, DEFAULT_POLICY.historySize, 1),
    durations: { ...DEFAULT_DURATIONS, ...options.durations },
    now: typeof options.now === 'function' ? options.now : Date.now,
  };
  const api = createStore<HMSErrorState>()(initialState);
  const warn = createDevWarner();
  const storeId = (++storeCount).toString(36);
  let nextId = 0;
  // Terminal reports ever made: a late success may withdraw its timeout only if none came since.
  let terminalReports = 0;
  const watchdogs = new Set<ReturnType<typeof setTimeout>>();
  const normalizeOptions: NormalizeOptions = { platform: options.platform, now: resolved.now };

  const now = (): number => {
    try {
      const value = resolved.now();
      return Number.isFinite(value) ? value : Date.now();
    } catch {
      return Date.now();
    }
  };

  const notify = (entry: HMSErrorEntry, info: HMSEntryInfo): void => {
    if (!resolved.onEntry) return;
    try {
      resolved.onEntry(entry, info);
    } catch (error) {
      warn('onEntry', 'onEntry threw; the error was still recorded.', error);
    }
  };

  const copyOptions = {
    ...resolved.copyOptions,
    developerNotes: resolved.developerNotes,
    onOverrideError: (key: string, cause: unknown) =>
      warn(`copy:${key}`, `The copy override for "${key}" threw; using the default copy.`, cause),
  };
  // In a storm the same few errors arrive thousands of times: resolve their copy once. Only
  // when no override is a function of the error, whose result could differ per report.
  const copyCache = new Map<string, HMSErrorCopy>();
  const cacheCopy = (() => {
    try {
      return !resolved.copy || Object.values(resolved.copy).every((o) => typeof o !== 'function');
    } catch {
      return false;
    }
  })();
  const copyFor = (error: HMSNormalizedError): HMSErrorCopy => {
    if (!cacheCopy) return getErrorCopy(error, resolved.copy, copyOptions);
    const key = `${error.catalogKey}|${error.code}|${error.trackType ?? ''}|${error.requestedBy ?? ''}`;
    let copy = copyCache.get(key);
    if (!copy) {
      if (copyCache.size >= 256) copyCache.clear();
      copy = getErrorCopy(error, resolved.copy, copyOptions);
      copyCache.set(key, copy);
    }
    return copy;
  };

  const makeEntry = (error: HMSNormalizedError, source: HMSErrorSource, route: HMSErrorRoute, at: number): HMSErrorEntry => {
    const copy = copyFor(error);
    return {
      ...error,
      id: `hms-${storeId}-${++nextId}`,
      groupKey: groupKeyFor(error),
      route,
      copy,
      count: 1,
      sources: [source],
      firstAt: at,
      lastAt: at,
      duration: durationFor(error, copy, route, resolved.durations),
    };
  };

  const withRecord = (
    state: HMSErrorState,
    entry: HMSErrorEntry,
    outcome: HMSReportOutcome,
    at: number,
    source: HMSErrorSource,
  ): Pick<HMSErrorState, 'history' | 'stats'> => {
    // One copy per report: drop what overflows and append in place on the fresh array.
    const overflow = Math.max(0, state.history.length + 1 - resolved.historySize);
    const history = state.history.slice(overflow);
    history.push({ entryId: entry.id, outcome, at, entry, sources: [source] });
    return {
      history,
      stats: {
        reported: state.stats.reported + 1,
        deduplicated: state.stats.deduplicated,
        evicted: state.stats.evicted + overflow,
      },
    };
  };

  /** Fills free visible slots from the queue. */
  const settle = (toasts: HMSErrorEntry[], queue: HMSErrorEntry[]) => {
    const free = resolved.maxVisibleToasts - toasts.length;
    if (free <= 0 || queue.length === 0) return { toasts, queue };
    return { toasts: toasts.concat(queue.slice(0, free)), queue: queue.slice(free) };
  };

  const replaceEntry = (state: HMSErrorState, id: string, next: HMSErrorEntry): Partial<HMSErrorState> => ({
    toasts: state.toasts.map((t) => (t.id === id ? next : t)),
    queue: state.queue.map((t) => (t.id === id ? next : t)),
    terminal: state.terminal?.id === id ? next : state.terminal,
  });

  /** A notification and a rejection of the same error within the window are one report. */
  const tryDedupe = (error: HMSNormalizedError, source: HMSErrorSource, at: number): HMSErrorEntry | null => {
    if (source !== 'notification' && source !== 'guard') return null;
    const key = dedupeKeyFor(error);
    const { history } = api.getState();
    for (let i = history.length - 1; i >= 0; i--) {
      const record = history[i];
      if (at - record.at > resolved.dedupeWindowMs) break;
      if (record.sources.includes(source) || dedupeKeyFor(record.entry) !== key) continue;
      if (!record.sources.some((s) => s === 'notification' || s === 'guard')) continue;
      const state = api.getState();
      const current = findEntry(state, record.entryId) ?? record.entry;
      const next: HMSErrorEntry = { ...current, sources: current.sources.concat(source) };
      const patch = replaceEntry(state, record.entryId, next);
      patch.history = history.map((r, j) => (j === i ? { ...r, entry: next, sources: r.sources.concat(source) } : r));
      patch.stats = { ...state.stats, reported: state.stats.reported + 1, deduplicated: state.stats.deduplicated + 1 };
      api.setState(patch);
      return next;
    }
    return null;
  };

  const findEntry = (state: HMSErrorState, id: string): HMSErrorEntry | undefined =>
    state.terminal?.id === id ? state.terminal : state.toasts.find((t) => t.id === id) ?? state.queue.find((t) => t.id === id);

  const ingest = (error: HMSNormalizedError, options: ReportOptions): HMSErrorEntry | null => {
    const source = options.source ?? 'report';
    const at = now();
    if (typeof options.isTerminal === 'boolean') error = { ...error, isTerminal: options.isTerminal };

    const deduped = tryDedupe(error, source, at);
    if (deduped) return deduped;

    const state = api.getState();
    const route = options.route ?? routeFor(error, resolved.routes);
    const isConnection = error.kind === 'reconnecting' || error.kind === 'reconnected';

    if (route === 'silent') {
      const entry = makeEntry(error, source, route, at);
      api.setState(withRecord(state, entry, 'silent', at, source));
      notify(entry, { outcome: 'silent', grouped: false });
      return entry;
    }

    if (route === 'dialog') {
      terminalReports += 1;
      const entry = makeEntry(error, source, route, at);
      if (state.terminal && state.terminal.kind === 'timeout' && error.kind !== 'timeout') {
        // The SDK's own error says more than "didn't start in time": it takes the dialog's
        // place without closing it (same id, so focus and the person's place stay).
        const next: HMSErrorEntry = { ...entry, id: state.terminal.id, firstAt: state.terminal.firstAt };
        api.setState({ ...withRecord(state, next, 'updated', at, source), terminal: next });
        notify(next, { outcome: 'updated', grouped: false });
        return next;
      }
      if (state.terminal) {
        api.setState(withRecord(state, entry, 'suppressed', at, source));
        return entry;
      }
      // Once the call is over, toasts would only compete with the way out.
      api.setState({
        ...withRecord(state, entry, 'dialog', at, source),
        terminal: entry,
        toasts: [],
        queue: [],
        connection: 'disconnected',
      });
      notify(entry, { outcome: 'dialog', grouped: false });
      return entry;
    }

    if (state.terminal) {
      api.setState(withRecord(state, makeEntry(error, source, route, at), 'suppressed', at, source));
      return null;
    }

    const groupKey = groupKeyFor(error);
    const existing =
      state.toasts.find((t) => t.groupKey === groupKey) ?? state.queue.find((t) => t.groupKey === groupKey);

    if (isConnection) {
      const connection: HMSConnectionState = error.kind === 'reconnecting' ? 'reconnecting' : 'connected';
      if (existing) {
        // The one connection toast changes in place: reconnecting → reconnected, same id.
        const fresh = makeEntry(error, source, route, at);
        const next: HMSErrorEntry = { ...fresh, id: existing.id, firstAt: existing.firstAt, count: existing.count };
        api.setState({ ...replaceEntry(state, existing.id, next), ...withRecord(state, next, 'updated', at, source), connection });
        notify(next, { outcome: 'updated', grouped: false });
        return next;
      }
      if (error.kind === 'reconnected' && state.connection !== 'reconnecting') {
        const entry = makeEntry(error, source, 'silent', at);
        api.setState({ ...withRecord(state, entry, 'ignored', at, source), connection });
        return null;
      }
      const entry = makeEntry(error, source, route, at);
      // Connection news jumps the queue: it says why every other error is happening.
      let toasts = [entry, ...state.toasts];
      let queue = state.queue;
      if (toasts.length > resolved.maxVisibleToasts) {
        queue = toasts.slice(resolved.maxVisibleToasts).concat(queue);
        toasts = toasts.slice(0, resolved.maxVisibleToasts);
        // Bounded like any other queue: the oldest waiting toast goes (it stays in history).
        if (queue.length > resolved.maxQueuedToasts) queue = queue.slice(queue.length - resolved.maxQueuedToasts);
      }
      api.setState({ ...withRecord(state, entry, 'toast', at, source), toasts, queue, connection });
      notify(entry, { outcome: 'toast', grouped: false });
      return entry;
    }

    if (existing && at - existing.lastAt <= resolved.groupingWindowMs) {
      const next: HMSErrorEntry = {
        ...existing,
        count: existing.count + 1,
        lastAt: at,
        sources: existing.sources.includes(source) ? existing.sources : existing.sources.concat(source),
      };
      // History keeps each report's own record; only the live entry is replaced.
      // Its record keeps what this report carried (code, texts, raw) on the grouped entry.
      const record: HMSErrorEntry = { ...next, ...error, copy: next.copy };
      api.setState({ ...replaceEntry(state, existing.id, next), ...withRecord(state, record, 'grouped', at, source) });
      notify(next, { outcome: 'grouped', grouped: true });
      return next;
    }

    const entry = makeEntry(error, source, route, at);
    if (state.toasts.length < resolved.maxVisibleToasts) {
      api.setState({ ...withRecord(state, entry, 'toast', at, source), toasts: state.toasts.concat(entry) });
      notify(entry, { outcome: 'toast', grouped: false });
    } else {
      let queue = state.queue.concat(entry);
      if (queue.length > resolved.maxQueuedToasts) queue = queue.slice(queue.length - resolved.maxQueuedToasts);
      api.setState({ ...withRecord(state, entry, 'queued', at, source), queue });
      notify(entry, { outcome: 'queued', grouped: false });
    }
    return entry;
  };

  const report: HMSErrorActions['report'] = (error, options = {}) => {
    try {
      return ingest(normalizeHMSError(error, normalizeOptions), options ?? {});
    } catch (cause) {
      warn('report', 'report() failed internally; the error was dropped.', cause);
      return null;
    }
  };

  const reportNotification: HMSErrorActions['reportNotification'] = (notification) => {
    try {
      const error = normalizeHMSNotification(notification, normalizeOptions);
      return error ? ingest(error, { source: 'notification' }) : null;
    } catch (cause) {
      warn('reportNotification', 'reportNotification() failed internally.', cause);
      return null;
    }
  };

  const dismiss: HMSErrorActions['dismiss'] = (id) => {
    const state = api.getState();
    if (state.terminal?.id === id) {
      api.setState({ terminal: null, connection: 'connected' });
      return;
    }
    const toasts = state.toasts.filter((t) => t.id !== id);
    const queue = state.queue.filter((t) => t.id !== id);
    if (toasts.length === state.toasts.length && queue.length === state.queue.length) return;
    api.setState(settle(toasts, queue));
  };

  const watchdogError = (label: string, kind: 'timeout' | 'slow', ms: number, terminal: boolean): HMSNormalizedError => ({
    ...normalizeHMSError(null, normalizeOptions),
    catalogKey: kind === 'timeout' ? 'TIMEOUT' : 'SLOW',
    kind,
    name: kind === 'timeout' ? 'Timeout' : 'Slow',
    action: label.toUpperCase(),
    message: `${label}() did not settle within ${ms} ms`,
    isTerminal: terminal,
  });

  const startTimer = (ms: number, fire: () => void) => {
    const timer = setTimeout(() => {
      watchdogs.delete(timer);
      fire();
    }, ms);
    watchdogs.add(timer);
    return timer;
  };

  const guard: HMSErrorActions['guard'] = async (task, options = {}) => {
    const label = options.label ?? 'call';
    const valid = (ms: unknown): ms is number => typeof ms === 'number' && Number.isFinite(ms) && ms >= 0;
    const timeoutMs = valid(options.timeoutMs) ? options.timeoutMs : undefined;
    const slowMs =
      options.slowMs === false ? undefined : valid(options.slowMs) ? options.slowMs : timeoutMs !== undefined ? DEFAULT_SLOW_MS : undefined;
    let timedOut: HMSErrorEntry | null = null;
    let terminalReportsAtTimeout = 0;
    let slow: HMSErrorEntry | null = null;
    const timers: ReturnType<typeof setTimeout>[] = [];
    if (slowMs !== undefined && (timeoutMs === undefined || slowMs < timeoutMs)) {
      timers.push(startTimer(slowMs, () => {
        slow = ingest(watchdogError(label, 'slow', slowMs, false), { source: 'watchdog' });
      }));
    }
    if (timeoutMs !== undefined) {
      timers.push(startTimer(timeoutMs, () => {
        if (slow) dismiss(slow.id);
        timedOut = ingest(watchdogError(label, 'timeout', timeoutMs, options.timeoutIsTerminal ?? true), { source: 'watchdog' });
        terminalReportsAtTimeout = terminalReports;
      }));
    }
    const settle = (succeeded: boolean) => {
      for (const timer of timers) {
        clearTimeout(timer);
        watchdogs.delete(timer);
      }
      if (slow) dismiss(slow.id);
      // Only a late success withdraws the timeout, and only while it is still what is shown and
      // no other terminal error arrived meanwhile: a way out, once shown, never vanishes by itself.
      const shown = api.getState().terminal;
      if (succeeded && timedOut && shown?.id === timedOut.id && shown.kind === 'timeout' && terminalReports === terminalReportsAtTimeout) {
        dismiss(timedOut.id);
      } else if (timedOut && !timedOut.isTerminal) {
        // A timeout shown as a toast gives way to the call's own outcome either way.
        dismiss(timedOut.id);
      }
    };
    try {
      const value = await (typeof task === 'function' ? task() : task);
      settle(true);
      return value;
    } catch (error) {
      settle(false);
      report(error, { source: 'guard' });
      if (options.rethrow) throw error;
      return undefined;
    }
  };

  // One SDK subscription per notification source, however many hooks ask for it: two
  // subscriptions would turn every notification into two reports.
  const connections = new Map<unknown, { count: number; off: unknown }>();

  const subscribe = (notifications: object): unknown => {
    const onNotification = safeGet(notifications, 'onNotification');
    if (typeof onNotification !== 'function') return undefined;
    const types = new Set<string>(HMS_NOTIFICATION_TYPES);
    return onNotification.call(
      notifications,
      (notification: unknown) => {
        const type = safeGet(notification, 'type');
        if (typeof type === 'string' && types.has(type)) reportNotification(notification);
      },
      [...HMS_NOTIFICATION_TYPES],
    );
  };

  const connect: HMSErrorActions['connect'] = (notifications) => {
    if (notifications === null || typeof notifications !== 'object') return () => {};
    const key = notificationSourceKey(notifications);
    let connection = connections.get(key);
    if (!connection) {
      let off: unknown;
      try {
        off = subscribe(notifications);
      } catch (cause) {
        warn('connect', 'Subscribing to notifications failed.', cause);
      }
      connection = { count: 0, off };
      connections.set(key, connection);
    }
    connection.count += 1;
    const current = connection;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      current.count -= 1;
      if (current.count > 0) return;
      connections.delete(key);
      try {
        if (typeof current.off === 'function') current.off();
      } catch (cause) {
        warn('disconnect', 'Unsubscribing from notifications failed.', cause);
      }
    };
  };

  const destroy = () => {
    for (const timer of watchdogs) clearTimeout(timer);
    watchdogs.clear();
  };

  return Object.assign(api, {
    options: resolved,
    report,
    reportNotification,
    dismiss,
    dismissAll: () => api.setState({ toasts: [], queue: [] }),
    dismissTerminal: () => api.setState({ terminal: null, connection: 'connected' }),
    reset: () => {
      destroy();
      api.setState(initialState(), true);
    },
    guard,
    connect,
    destroy,
  });
}
