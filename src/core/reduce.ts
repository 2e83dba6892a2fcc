import type { Decision, Report } from './decide';
import type { HMSConnectionState, HMSErrorState } from './state';
import type { HMSDecisionReason, HMSErrorEntry, HMSReportOutcome } from './types';

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

/** The list with the entry of that id replaced; the same list when it holds no such entry. */
function replace(list: HMSErrorEntry[], id: string, next: HMSErrorEntry): HMSErrorEntry[] {
  const index = list.findIndex((t) => t.id === id);
  if (index < 0) return list;
  const copy = list.slice();
  copy[index] = next;
  return copy;
}

/** Replaces the entry wherever it is (a toast, a queued toast, the dialog); copies only that list. */
function replaceEverywhere(state: HMSErrorState, id: string, next: HMSErrorEntry): Partial<HMSErrorState> {
  const toasts = replace(state.toasts, id, next);
  return {
    toasts,
    queue: toasts !== state.toasts ? state.queue : replace(state.queue, id, next),
    terminal: state.terminal?.id === id ? next : state.terminal,
  };
}

/** Appends one record (history is copied once per report) and counts the report. */
function record(state: HMSErrorState, entry: HMSErrorEntry, outcome: HMSReportOutcome, report: Report, policy: ReducePolicy, reason: HMSDecisionReason) {
  const overflow = Math.max(0, state.history.length + 1 - policy.historySize);
  const history = state.history.slice(overflow);
  history.push({ outcome, reason, routeRule: report.routeRule, at: report.at, entry, sources: [report.source] });
  return {
    history,
    stats: { ...state.stats, reported: state.stats.reported + 1, evicted: state.stats.evicted + overflow },
  };
}

const boundQueue = (queue: HMSErrorEntry[], max: number) => (queue.length > max ? queue.slice(queue.length - max) : queue);

/**
 * Applies a decision. `make` makes the fresh entry for this report, only when the outcome needs
 * one (a grouped repeat or a double delivery does not); updates keep the id of what they change.
 */
export function reduce(state: HMSErrorState, decision: Decision, make: () => HMSErrorEntry, report: Report, policy: ReducePolicy): Reduced {
  const { error } = report;
  // A grouped repeat or a double delivery changes an existing entry: no new one (storms are cheap).
  const entry = decision.outcome === 'grouped' || decision.outcome === 'dedupe' ? (null as never) : make();
  const connectionAfter = (): HMSConnectionState =>
    error.kind === 'reconnecting' ? 'reconnecting' : error.kind === 'reconnected' ? 'connected' : state.connection;

  switch (decision.outcome) {
    case 'dedupe': {
      const { recordIndex, entryId } = decision;
      const old = state.history[recordIndex];
      const current =
        (state.terminal?.id === entryId ? state.terminal : undefined) ??
        state.toasts.find((t) => t.id === entryId) ??
        state.queue.find((t) => t.id === entryId) ??
        old.entry;
      const next: HMSErrorEntry = { ...current, sources: current.sources.concat(report.source) };
      const history = state.history.slice();
      history[recordIndex] = { ...old, entry: next, sources: old.sources.concat(report.source) };
      const stats = { ...state.stats, reported: state.stats.reported + 1, deduplicated: state.stats.deduplicated + 1 };
      return { state: { ...state, ...replaceEverywhere(state, entryId, next), history, stats }, entry: next, notify: false, outcome: old.outcome };
    }
    case 'silent':
      return { state: { ...state, ...record(state, entry, 'silent', report, policy, decision.reason) }, entry, notify: true, outcome: 'silent' };
    case 'ignored': {
      const quiet = { ...entry, route: 'silent' as const };
      return {
        state: { ...state, ...record(state, quiet, 'ignored', report, policy, decision.reason), connection: connectionAfter() },
        entry: null,
        notify: false,
        outcome: 'ignored',
      };
    }
    case 'suppressed':
      return {
        state: { ...state, ...record(state, entry, 'suppressed', report, policy, decision.reason) },
        // A second terminal error is still handed back; a toast behind the dialog is not.
        entry: report.route === 'dialog' ? entry : null,
        notify: false,
        outcome: 'suppressed',
      };
    case 'dialog':
      return {
        state: { ...state, ...record(state, entry, 'dialog', report, policy, decision.reason), terminal: entry, toasts: [], queue: [], connection: 'disconnected' },
        entry,
        notify: true,
        outcome: 'dialog',
      };
    case 'updated': {
      const { target } = decision;
      const next: HMSErrorEntry =
        report.route === 'dialog'
          ? { ...entry, id: target.id, firstAt: target.firstAt }
          : { ...entry, id: target.id, firstAt: target.firstAt, count: target.count };
      return {
        state: { ...state, ...replaceEverywhere(state, target.id, next), ...record(state, next, 'updated', report, policy, decision.reason), connection: report.route === 'dialog' ? 'disconnected' : connectionAfter() },
        entry: next,
        notify: true,
        outcome: 'updated',
      };
    }
    case 'grouped': {
      const { target } = decision;
      const next: HMSErrorEntry = {
        ...target,
        count: target.count + 1,
        lastAt: report.at,
        sources: target.sources.includes(report.source) ? target.sources : target.sources.concat(report.source),
      };
      // History keeps each report's own record (code, texts, raw) on the grouped entry.
      const own: HMSErrorEntry = { ...next, ...error };
      return { state: { ...state, ...replaceEverywhere(state, target.id, next), ...record(state, own, 'grouped', report, policy, decision.reason) }, entry: next, notify: true, outcome: 'grouped' };
    }
    case 'toast': {
      if ('front' in decision) {
        // Connection news jumps the queue: it says why every other error is happening.
        let toasts = [entry, ...state.toasts];
        let queue = state.queue;
        if (toasts.length > policy.maxVisibleToasts) {
          queue = boundQueue(toasts.slice(policy.maxVisibleToasts).concat(queue), policy.maxQueuedToasts);
          toasts = toasts.slice(0, policy.maxVisibleToasts);
        }
        return { state: { ...state, ...record(state, entry, 'toast', report, policy, decision.reason), toasts, queue, connection: connectionAfter() }, entry, notify: true, outcome: 'toast' };
      }
      return { state: { ...state, ...record(state, entry, 'toast', report, policy, decision.reason), toasts: state.toasts.concat(entry) }, entry, notify: true, outcome: 'toast' };
    }
    case 'queued':
      return {
        state: { ...state, ...record(state, entry, 'queued', report, policy, decision.reason), queue: boundQueue(state.queue.concat(entry), policy.maxQueuedToasts) },
        entry,
        notify: true,
        outcome: 'queued',
      };
  }
}

/** Removes a toast or the terminal entry by id and fills freed slots from the queue. */
export function removeEntry(state: HMSErrorState, id: string, maxVisibleToasts: number): HMSErrorState {
  if (state.terminal?.id === id) return { ...state, terminal: null, connection: 'connected' };
  const toasts = state.toasts.filter((t) => t.id !== id);
  const queue = state.queue.filter((t) => t.id !== id);
  if (toasts.length === state.toasts.length && queue.length === state.queue.length) return state;
  const free = maxVisibleToasts - toasts.length;
  if (free <= 0 || queue.length === 0) return { ...state, toasts, queue };
  return { ...state, toasts: toasts.concat(queue.slice(0, free)), queue: queue.slice(free) };
}
