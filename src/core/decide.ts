import { dedupeKeyFor, groupKeyFor } from './policy';
import type { HMSErrorState } from './state';
import type { HMSDecisionReason, HMSErrorEntry, HMSErrorRoute, HMSErrorSource, HMSNormalizedError, HMSReportOutcome, HMSRouteRule } from './types';

/** What `decide` needs to know besides the state and the report. */
export interface DecidePolicy {
  groupingWindowMs: number;
  dedupeWindowMs: number;
  maxVisibleToasts: number;
}

/** One report on its way in: the error, how it came, when, and where it is routed. */
export interface Report {
  error: HMSNormalizedError;
  source: HMSErrorSource;
  route: HMSErrorRoute;
  /** Which rule gave `route` (kept on the history record, for the devtools). */
  routeRule?: HMSRouteRule;
  at: number;
  /** `groupKeyFor(error)`, worked out once per report. */
  groupKey: string;
}

/** A report, with its grouping key worked out once. */
export const makeReport = (error: HMSNormalizedError, source: HMSErrorSource, route: HMSErrorRoute, at: number, routeRule?: HMSRouteRule): Report => ({
  error,
  source,
  route,
  routeRule,
  at,
  groupKey: groupKeyFor(error),
});

/**
 * What happens to a report, and to which entry. `dedupe` is a double delivery (a notification
 * and a rejection of the same error): it is counted, not shown again.
 */
export type Decision = (
  | { outcome: 'dedupe'; recordIndex: number; entryId: string }
  | { outcome: 'dialog' | 'toast' | 'queued' | 'silent' | 'suppressed' | 'ignored' }
  /** The connection toast jumps the queue. */
  | { outcome: 'toast'; front: true }
  | { outcome: 'grouped'; target: HMSErrorEntry }
  /** In place: reconnecting ⇄ reconnected, or the SDK's own error taking the watchdog's dialog. */
  | { outcome: 'updated'; target: HMSErrorEntry }
) & {
  /** Which rule below decided (kept on the history record, for the devtools). */
  reason: HMSDecisionReason;
};

/** The entry of `list` with this grouping key. A loop, not `find`: a fresh page runs it cold. */
function inGroup(list: HMSErrorEntry[], groupKey: string): HMSErrorEntry | undefined {
  for (let i = 0; i < list.length; i++) if (list[i].groupKey === groupKey) return list[i];
}

const isConnection = (error: HMSNormalizedError) => error.kind === 'reconnecting' || error.kind === 'reconnected';

/**
 * The one place that answers "what does this report become": dialog, toast, grouped, queued,
 * updated, suppressed, silent or ignored. Pure: the same state and report give the same answer.
 */
export function decide(state: HMSErrorState, report: Report, policy: DecidePolicy): Decision & { outcome: HMSReportOutcome | 'dedupe' } {
  const { error, source, route, at } = report;

  if (source === 'notification' || source === 'guard') {
    const key = dedupeKeyFor(error);
    const { history } = state;
    for (let i = history.length - 1; i >= 0; i--) {
      const record = history[i];
      if (at - record.at > policy.dedupeWindowMs) break;
      if (record.sources.includes(source) || dedupeKeyFor(record.entry) !== key) continue;
      if (!record.sources.some((s) => s === 'notification' || s === 'guard')) continue;
      return { outcome: 'dedupe', recordIndex: i, entryId: record.entry.id, reason: 'double-delivery' };
    }
  }

  if (route === 'silent') return { outcome: 'silent', reason: 'routed-silent' };

  if (route === 'dialog') {
    const shown = state.terminal;
    // The SDK's own error says more than "didn't start in time": it takes the dialog's place.
    if (shown && shown.kind === 'timeout' && error.kind !== 'timeout') return { outcome: 'updated', target: shown, reason: 'replaces-timeout' };
    return shown ? { outcome: 'suppressed', reason: 'dialog-open' } : { outcome: 'dialog', reason: 'first-terminal' };
  }

  // Once the call is over, toasts would only compete with the way out.
  if (state.terminal) return { outcome: 'suppressed', reason: 'call-ended' };

  const { groupKey } = report;
  const existing = inGroup(state.toasts, groupKey) ?? inGroup(state.queue, groupKey);

  if (isConnection(error)) {
    // The one connection toast changes in place: reconnecting → reconnected, same id.
    if (existing) return { outcome: 'updated', target: existing, reason: 'connection-in-place' };
    if (error.kind === 'reconnected' && state.connection !== 'reconnecting') return { outcome: 'ignored', reason: 'not-reconnecting' };
    return { outcome: 'toast', front: true, reason: 'connection-first' };
  }

  if (error.kind === 'track-interrupted' || error.kind === 'track-resumed') {
    // "Your microphone is paused" becomes "…is back" in place, then goes like any short toast.
    if (existing) return { outcome: 'updated', target: existing, reason: 'interruption-in-place' };
    if (error.kind === 'track-resumed') return { outcome: 'ignored', reason: 'not-interrupted' };
  }

  if (existing && at - existing.lastAt <= policy.groupingWindowMs) return { outcome: 'grouped', target: existing, reason: 'same-toast-recently' };
  return state.toasts.length < policy.maxVisibleToasts ? { outcome: 'toast', reason: 'free-slot' } : { outcome: 'queued', reason: 'toasts-full' };
}
