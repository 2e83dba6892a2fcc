import type { Decision, Report } from './decide';
import { entryOf, withFields } from './entry';
import { makeState, type HMSErrorState } from './state';
import type { HMSDecisionReason, HMSErrorEntry, HMSErrorHistoryRecord, HMSReportOutcome } from './types';

export interface ReducePolicy {
  maxVisibleToasts: number;
  maxQueuedToasts: number;
  historySize: number;
}

/** The next state, the entry the report went into (or `null`), and whether `onEntry` hears of it. */
export interface Reduced {
  state: HMSErrorState;
  entry: HMSErrorEntry | null;
  notify: boolean;
  outcome: HMSReportOutcome;
}

/** Where `old` (the entry itself, or the entry of that id) is in `list`, or -1. */
function indexIn(list: HMSErrorEntry[], old: HMSErrorEntry | string): number {
  for (let i = 0; i < list.length; i++) {
    if (typeof old === 'string' ? list[i].id === old : list[i] === old) return i;
  }
  return -1;
}

/** Puts `next` where `old` (the entry, or its id) is among the toasts or else the queue, in place. */
function putInPlace(toasts: HMSErrorEntry[], queue: HMSErrorEntry[], old: HMSErrorEntry | string, next: HMSErrorEntry): void {
  let i = indexIn(toasts, old);
  if (i >= 0) toasts[i] = next;
  else if ((i = indexIn(queue, old)) >= 0) queue[i] = next;
}

/** `next` if the dialog's entry is `old` (the entry, or its id), else the dialog's entry. */
const swap = (terminal: HMSErrorEntry | null, old: HMSErrorEntry | string, next: HMSErrorEntry) =>
  terminal && (typeof old === 'string' ? terminal.id === old : terminal === old) ? next : terminal;

/**
 * Drops the oldest (first) items of `list` past `max`, in place; returns how many. One `shift()`
 * at a time: V8 moves the array's start instead of copying it, where `splice(0, n)` copies the
 * rest and makes an array of what it removed (a third of a 10,000-error storm's time in Chrome).
 */
function dropOldest(list: unknown[], max: number): number {
  let dropped = 0;
  while (list.length > max) {
    list.shift();
    dropped++;
  }
  return dropped;
}

/**
 * Applies a decision: works out the three lists, then appends the report's one history record
 * and makes the state in one place (`makeState`, which derives `connection` and `stats.reported`).
 * `make` makes the fresh entry for this report, only when the outcome needs one (a grouped repeat
 * or a double delivery does not); updates keep the id of what they change.
 *
 * `own`: the state is the caller's own, made since anything outside last saw a state. Its lists
 * and the state object itself are then changed in place (a storm in one task makes one state, one
 * toast list, one queue and one history, not copies of them per report). A state that is not own
 * has its lists copied once here, so the state this returns is always own, and a state anyone has
 * seen never changes.
 */
export function reduce(
  state: HMSErrorState,
  decision: Decision,
  make: (report: Report) => HMSErrorEntry,
  report: Report,
  policy: ReducePolicy,
  own = false,
): Reduced {
  const { error, source } = report;
  const { stats } = state;
  let { terminal } = state;
  let toasts = own ? state.toasts : state.toasts.slice();
  let queue = own ? state.queue : state.queue.slice();
  const history = own ? state.history : state.history.slice();
  // The one connection fact that is not in the lists: the SDK said RECONNECTING and not yet RECONNECTED.
  const reconnecting = error.kind === 'reconnecting' || (error.kind !== 'reconnected' && state.connection === 'reconnecting');

  if (decision.outcome === 'dedupe') {
    // The same error delivered twice: counted, its sources noted, no new record.
    const { recordIndex, entryId } = decision;
    const old = history[recordIndex];
    const current =
      (terminal?.id === entryId ? terminal : undefined) ??
      toasts[indexIn(toasts, entryId)] ??
      queue[indexIn(queue, entryId)] ??
      old.entry;
    const next = withFields(current, { sources: current.sources.concat(source) });
    history[recordIndex] = { ...old, entry: next, sources: old.sources.concat(source) };
    putInPlace(toasts, queue, entryId, next);
    terminal = swap(terminal, entryId, next);
    return {
      state: makeState(toasts, queue, terminal, history, stats.deduplicated + 1, stats.evicted, reconnecting, own ? state : undefined),
      entry: next,
      notify: false,
      outcome: old.outcome,
    };
  }

  let outcome: HMSReportOutcome = decision.outcome;
  // What the history record keeps, what report() hands back, and whether onEntry hears of it.
  let recorded: HMSErrorEntry;
  let entry: HMSErrorEntry | null;
  let notify = true;

  switch (decision.outcome) {
    case 'grouped': {
      // A repeat changes the toast it joins: no new entry (storms stay cheap).
      const { target } = decision;
      entry = withFields(target, {
        count: target.count + 1,
        lastAt: report.at,
        sources: target.sources.includes(report.source) ? target.sources : target.sources.concat(report.source),
      });
      // A grouped toast is never the dialog: only the lists hold it.
      putInPlace(toasts, queue, target, entry);
      // History keeps each report's own error (code, texts, raw) on the grouped entry.
      recorded = entryOf(error, entry);
      break;
    }
    case 'updated': {
      const { target } = decision;
      const fresh = make(report);
      entry = withFields(fresh, { id: target.id, firstAt: target.firstAt, count: report.route === 'dialog' ? fresh.count : target.count });
      putInPlace(toasts, queue, target, entry);
      terminal = swap(terminal, target, entry);
      recorded = entry;
      break;
    }
    default: {
      recorded = entry = make(report);
      switch (decision.outcome) {
        case 'silent':
          break;
        case 'ignored':
          recorded = withFields(entry, { route: 'silent' });
          entry = null;
          notify = false;
          break;
        case 'suppressed':
          // A second terminal error is still handed back; a toast behind the dialog is not.
          if (report.route !== 'dialog') entry = null;
          notify = false;
          break;
        case 'dialog':
          terminal = entry;
          toasts = [];
          queue = [];
          break;
        case 'queued':
          queue.push(entry);
          dropOldest(queue, policy.maxQueuedToasts);
          break;
        case 'toast':
          if ('front' in decision) {
            // Connection news jumps the queue: it says why every other error is happening.
            toasts.unshift(entry);
            if (toasts.length > policy.maxVisibleToasts) {
              queue.unshift(...toasts.splice(policy.maxVisibleToasts));
              dropOldest(queue, policy.maxQueuedToasts);
            }
          } else {
            toasts.push(entry);
          }
          break;
      }
    }
  }

  // One record per report, appended once; the oldest falls out past `historySize`.
  history.push(recordOf(outcome, decision.reason, report, recorded));
  const overflow = dropOldest(history, policy.historySize);
  return {
    state: makeState(toasts, queue, terminal, history, stats.deduplicated, stats.evicted + overflow, reconnecting, own ? state : undefined),
    entry,
    notify,
    outcome,
  };
}

const recordOf = (outcome: HMSReportOutcome, reason: HMSDecisionReason, report: Report, entry: HMSErrorEntry): HMSErrorHistoryRecord => ({
  outcome,
  reason,
  routeRule: report.routeRule,
  at: report.at,
  entry,
  sources: [report.source],
});

/** Removes a toast or the terminal entry by id and fills freed slots from the queue. */
export function removeEntry(state: HMSErrorState, id: string, maxVisibleToasts: number): HMSErrorState {
  const { history, stats } = state;
  const reconnecting = state.connection === 'reconnecting';
  if (state.terminal?.id === id) return makeState(state.toasts, state.queue, null, history, stats.deduplicated, stats.evicted, false);
  let toasts = state.toasts.filter((t) => t.id !== id);
  let queue = state.queue.filter((t) => t.id !== id);
  if (toasts.length === state.toasts.length && queue.length === state.queue.length) return state;
  const free = maxVisibleToasts - toasts.length;
  if (free > 0 && queue.length > 0) {
    toasts = toasts.concat(queue.slice(0, free));
    queue = queue.slice(free);
  }
  return makeState(toasts, queue, state.terminal, history, stats.deduplicated, stats.evicted, reconnecting);
}

/** Every toast gone, visible and queued; the dialog and history stay. */
export function removeToasts(state: HMSErrorState): HMSErrorState {
  const { stats } = state;
  if (state.toasts.length === 0 && state.queue.length === 0) return state;
  return makeState([], [], state.terminal, state.history, stats.deduplicated, stats.evicted, state.connection === 'reconnecting');
}
