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

/** Nothing is the caller's own: every change copies (the default). */
const NOTHING_OWN = () => false;

const boundQueue = (queue: HMSErrorEntry[], max: number) => (queue.length > max ? queue.slice(queue.length - max) : queue);

/** `queue` with `entry` at its end and its oldest dropped past `max`: in place when it is `own`. */
function enqueue(queue: HMSErrorEntry[], entry: HMSErrorEntry, max: number, own: boolean): HMSErrorEntry[] {
  if (!own) return boundQueue(queue.concat(entry), max);
  queue.push(entry);
  if (queue.length > max) queue.splice(0, queue.length - max);
  return queue;
}

/**
 * Applies a decision: works out the three lists, then appends the report's one history record
 * and makes the state in one place (`makeState`, which derives `connection` and `stats.reported`).
 * `make` makes the fresh entry for this report, only when the outcome needs one (a grouped repeat
 * or a double delivery does not); updates keep the id of what they change.
 *
 * `owns(x)` says whether the state object or one of its lists is the caller's own, made since
 * anything outside last saw a state: those are changed in place (a storm in one task then makes
 * one state, one queue and one history instead of copies of them per report). Everything else is
 * copied, so a state anyone has seen never changes.
 */
export function reduce(
  state: HMSErrorState,
  decision: Decision,
  make: (report: Report) => HMSErrorEntry,
  report: Report,
  policy: ReducePolicy,
  owns: (stateOrList: object) => boolean = NOTHING_OWN,
): Reduced {
  const { error } = report;
  const { history, stats } = state;
  let { toasts, queue, terminal } = state;
  let toastsOwn = owns(toasts);
  let queueOwn = owns(queue);
  // The one connection fact that is not in the lists: the SDK said RECONNECTING and not yet RECONNECTED.
  const reconnecting = error.kind === 'reconnecting' || (error.kind !== 'reconnected' && state.connection === 'reconnecting');

  /** Puts `next` where `old` (the entry, or its id) is: a toast, a queued toast, the dialog; copies only that list. */
  /**
   * Puts `next` where `old` (the entry, or its id) is: a toast, a queued toast, the dialog. Copies
   * only that list, and only if it is not already this reduce's own.
   */
  const replaceEverywhere = (old: HMSErrorEntry | string, next: HMSErrorEntry) => {
    let i = indexIn(toasts, old);
    if (i >= 0) {
      if (!toastsOwn) (toasts = toasts.slice()), (toastsOwn = true);
      toasts[i] = next;
    } else if ((i = indexIn(queue, old)) >= 0) {
      if (!queueOwn) (queue = queue.slice()), (queueOwn = true);
      queue[i] = next;
    }
    if (terminal && (typeof old === 'string' ? terminal.id === old : terminal === old)) terminal = next;
  };

  if (decision.outcome === 'dedupe') {
    // The same error delivered twice: counted, its sources noted, no new record.
    const { recordIndex, entryId } = decision;
    const old = history[recordIndex];
    const current =
      (terminal?.id === entryId ? terminal : undefined) ??
      toasts.find((t) => t.id === entryId) ??
      queue.find((t) => t.id === entryId) ??
      old.entry;
    const next = withFields(current, { sources: current.sources.concat(report.source) });
    const records = history.slice();
    records[recordIndex] = { ...old, entry: next, sources: old.sources.concat(report.source) };
    replaceEverywhere(entryId, next);
    return {
      state: makeState(toasts, queue, terminal, records, stats.deduplicated + 1, stats.evicted, reconnecting),
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
      replaceEverywhere(target, entry);
      // History keeps each report's own error (code, texts, raw) on the grouped entry.
      recorded = entryOf(error, entry);
      break;
    }
    case 'updated': {
      const { target } = decision;
      const fresh = make(report);
      entry = withFields(fresh, { id: target.id, firstAt: target.firstAt, count: report.route === 'dialog' ? fresh.count : target.count });
      replaceEverywhere(target, entry);
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
          queue = enqueue(queue, entry, policy.maxQueuedToasts, queueOwn);
          break;
        case 'toast':
          if ('front' in decision) {
            // Connection news jumps the queue: it says why every other error is happening.
            toasts = [entry, ...toasts];
            if (toasts.length > policy.maxVisibleToasts) {
              queue = boundQueue(toasts.slice(policy.maxVisibleToasts).concat(queue), policy.maxQueuedToasts);
              toasts = toasts.slice(0, policy.maxVisibleToasts);
            }
          } else if (toastsOwn) {
            toasts.push(entry);
          } else {
            toasts = toasts.concat(entry);
          }
          break;
      }
    }
  }

  // One record per report, appended once; the oldest falls out past `historySize`.
  const overflow = history.length + 1 > policy.historySize ? history.length + 1 - policy.historySize : 0;
  // A storm in one task appends to one array: copying 100 records per report was most of its cost.
  const historyOwn = owns(history);
  const records = historyOwn ? history : overflow > 0 ? history.slice(overflow) : history.slice();
  if (historyOwn) for (let i = 0; i < overflow; i++) records.shift();
  records.push(recordOf(outcome, decision.reason, report, recorded));
  return {
    state: makeState(toasts, queue, terminal, records, stats.deduplicated, stats.evicted + overflow, reconnecting, owns(state) ? state : undefined),
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
