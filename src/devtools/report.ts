import type { HMSErrorState } from '../core/state';
import type {
  HMSDecisionReason,
  HMSErrorCategory,
  HMSErrorCopy,
  HMSErrorEntry,
  HMSErrorHistoryRecord,
  HMSReportOutcome,
  HMSRouteRule,
} from '../core/types';

/** An outcome as the devtools name it: a double delivery is `deduplicated` whatever it first became. */
export type HMSDevtoolsOutcome = HMSReportOutcome | 'deduplicated';

/** What the devtools show for one report, and what "Copy as JSON" puts on the clipboard. */
export interface HMSDevtoolsRow {
  entryId: string;
  /** The report's time (the store's clock), ISO 8601. */
  at: string;
  /** Milliseconds since the previous report (`null` for the first one). */
  sincePreviousMs: number | null;
  outcome: HMSReportOutcome;
  deduplicated: boolean;
  reason: HMSDecisionReason | null;
  why: string;
  route: HMSErrorEntry['route'];
  routeRule: HMSRouteRule | null;
  routeWhy: string;
  sources: HMSErrorHistoryRecord['sources'];
  code: number | null;
  catalogKey: string;
  kind: HMSErrorEntry['kind'];
  category: HMSErrorCategory;
  severity: HMSErrorEntry['meta']['severity'];
  isTerminal: boolean;
  name: string;
  action: string;
  message: string;
  description: string;
  trackType?: string;
  /** How many reports the entry stood for after this one (grouping). */
  count: number;
  /** The toast's auto-dismiss delay in ms, `null` when it stays. */
  durationMs: number | null;
  /** The SDK's own timestamp, ISO 8601. */
  sdkTimestamp: string;
  /** The words the UI shows for it. */
  copy: { title: string; message: string; hint: string };
  /** The payload as the kit received it. */
  raw: unknown;
}

/** Why, in one sentence per rule of `decide` (developer-facing, English). */
export const DECISION_REASONS: Record<HMSDecisionReason, string> = {
  'double-delivery': 'The same error arrived twice (a notification and a rejection): counted once, not shown again.',
  'routed-silent': 'Routed silent: kept in history, not shown.',
  'first-terminal': 'The first error that ends the call opens the dialog.',
  'replaces-timeout': "The SDK's own error replaced the \"didn't start in time\" dialog.",
  'dialog-open': 'The dialog already shows an error that ended the call; the first one wins.',
  'call-ended': 'The call is over (the dialog is open): a toast would compete with the way out.',
  'connection-in-place': 'The one connection toast changed in place.',
  'connection-first': 'Connection news goes first: it explains every other error.',
  'not-reconnecting': '"Reconnected" while nothing was reconnecting: nothing to say.',
  'interruption-in-place': "The device's interruption toast changed in place.",
  'not-interrupted': 'The device came back but was never shown as interrupted.',
  'same-toast-recently': 'The same toast was reported within the grouping window: its count went up.',
  'free-slot': 'There was a free toast slot.',
  'toasts-full': 'Every toast slot was taken: it waits in the queue.',
};

/** Where the route came from, in one sentence per rule of `routeFor`. */
export const ROUTE_RULES: Record<HMSRouteRule, string> = {
  'report-option': 'Chosen by the report itself (report(error, { route }), or guard).',
  'app-routes': "Chosen by the store's routes option.",
  terminal: 'Terminal errors go to the dialog.',
  catalog: "The catalog's default for this key.",
  default: 'Non-terminal errors are toasts.',
};

const iso = (ms: number) => {
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) ? date.toISOString() : String(ms);
};

/** One row per history record, oldest first. `copyFor` gives the words the UI shows. */
export function devtoolsRows(
  history: readonly HMSErrorHistoryRecord[],
  copyFor: (entry: HMSErrorEntry) => Pick<HMSErrorCopy, 'title' | 'message' | 'hint'>,
): HMSDevtoolsRow[] {
  return history.map((record, i) => {
    const { entry } = record;
    const deduplicated = record.sources.length > 1;
    const reason = record.reason ?? null;
    const { title, message, hint } = copyFor(entry);
    return {
      entryId: entry.id,
      at: iso(record.at),
      sincePreviousMs: i > 0 ? record.at - history[i - 1].at : null,
      outcome: record.outcome,
      deduplicated,
      reason,
      why: [reason ? DECISION_REASONS[reason] : '', deduplicated ? DECISION_REASONS['double-delivery'] : '']
        .filter(Boolean)
        .join(' '),
      route: entry.route,
      routeRule: record.routeRule ?? null,
      routeWhy: record.routeRule ? ROUTE_RULES[record.routeRule] : '',
      sources: record.sources,
      code: entry.code,
      catalogKey: entry.catalogKey,
      kind: entry.kind,
      category: entry.meta.category,
      severity: entry.meta.severity,
      isTerminal: entry.isTerminal,
      name: entry.name,
      action: entry.action,
      message: entry.message,
      description: entry.description,
      ...(entry.trackType ? { trackType: entry.trackType } : {}),
      count: entry.count,
      durationMs: entry.duration,
      sdkTimestamp: iso(entry.timestamp),
      copy: { title, message, hint },
      raw: entry.raw,
    };
  });
}

/** The outcome a row is filed under in the devtools. */
export const rowOutcome = (row: HMSDevtoolsRow): HMSDevtoolsOutcome => (row.deduplicated ? 'deduplicated' : row.outcome);

/** A JSON-safe copy: cycles, functions, `BigInt`s, symbols and `Error`s become readable placeholders. */
function plain(value: unknown, ancestors: object[] = []): unknown {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (!value || typeof value !== 'object') return value;
  if (ancestors.includes(value)) return '[circular]';
  if (ancestors.length > 20) return '[too deep]';
  const inner = [...ancestors, value];
  // A getter or a Proxy may throw when read: that one value becomes a placeholder.
  const read = (get: () => unknown) => {
    try {
      return plain(get(), inner);
    } catch (cause) {
      return `[unreadable: ${String(cause)}]`;
    }
  };
  if (Array.isArray(value)) return value.map((v) => plain(v, inner));
  const out: Record<string, unknown> = {};
  if (value instanceof Error) {
    out.name = read(() => value.name);
    out.message = read(() => value.message);
  }
  let keys: string[] = [];
  try {
    keys = Object.keys(value);
  } catch (cause) {
    return `[unreadable: ${String(cause)}]`;
  }
  for (const key of keys) out[key] = read(() => (value as Record<string, unknown>)[key]);
  return out;
}

/** Any value as indented JSON, never throwing (see `plain`). */
export const safeJSON = (value: unknown): string => JSON.stringify(plain(value), null, 2) ?? String(value);

/** JSON for a bug report: the store's counters and the given rows. Never throws. */
export function formatHMSErrorReport(
  rows: readonly HMSDevtoolsRow[],
  stats: HMSErrorState['stats'],
  extra: { userAgent?: string; generatedAt?: string } = {},
): string {
  const report = { generatedAt: extra.generatedAt ?? new Date().toISOString(), userAgent: extra.userAgent, stats, reports: rows };
  return JSON.stringify(plain(report), null, 2);
}
