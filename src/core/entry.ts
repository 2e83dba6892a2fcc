import { catalogMeta } from './meta';
import type { ResolvedOptions } from './options';
import { durationFor } from './policy';
import type { HMSErrorEntry, HMSErrorMeta, HMSErrorRoute, HMSErrorSource, HMSNormalizedError } from './types';

const CATEGORIES = new Set(['network', 'device', 'permission', 'token', 'room', 'webrtc', 'plugin', 'server', 'unknown']);
const SEVERITIES = new Set(['error', 'warning', 'info', 'success']);
const ACTIONS = new Set(['unblock-audio', 'fix-permissions', 'retry']);

/**
 * An entry's meaning: the catalog's metadata with the meaning-fields of a fixed copy override
 * (`{ 3003: { severity: 'warning' } }`) on top. A function override's fields apply when the text
 * is resolved, not to routing or timing. Never throws: a sloppy override is ignored.
 */
function metaFor(error: HMSNormalizedError, overrides: ResolvedOptions['copy']): HMSErrorMeta {
  const base = catalogMeta[error.catalogKey] ?? catalogMeta.UNKNOWN;
  if (!overrides) return base;
  try {
    const override = overrides[error.catalogKey] ?? (error.code !== null ? overrides[error.code] : undefined);
    if (!override || typeof override !== 'object') return base;
    const { category, severity, retryable, action } = override as Partial<HMSErrorMeta>;
    const meta = { ...base };
    if (typeof category === 'string' && CATEGORIES.has(category)) meta.category = category;
    if (typeof severity === 'string' && SEVERITIES.has(severity)) meta.severity = severity;
    if (typeof retryable === 'boolean') meta.retryable = retryable;
    if ('action' in override) meta.action = typeof action === 'string' && ACTIONS.has(action) ? action : undefined;
    return meta;
  } catch {
    return base;
  }
}

/** An entry's own bookkeeping, on top of the error it stands for. */
export type EntryFields = Omit<HMSErrorEntry, keyof HMSNormalizedError>;

/**
 * An entry: the error's fields and the entry's, written out field by field. Every entry then has
 * one shape, which keeps the store's hot path monomorphic: V8 makes this literal ~800× faster
 * than `{ ...error, id, … }`, whose added properties leave the fast clone path. The optional
 * parameters are always present (`undefined` when absent).
 */
export const entryOf = (e: HMSNormalizedError, f: EntryFields): HMSErrorEntry => ({
  code: e.code,
  catalogKey: e.catalogKey,
  name: e.name,
  message: e.message,
  description: e.description,
  action: e.action,
  isTerminal: e.isTerminal,
  kind: e.kind,
  platform: e.platform,
  trackType: e.trackType,
  requestedBy: e.requestedBy,
  reason: e.reason,
  sdkId: e.sdkId,
  timestamp: e.timestamp,
  raw: e.raw,
  id: f.id,
  groupKey: f.groupKey,
  route: f.route,
  meta: f.meta,
  count: f.count,
  sources: f.sources,
  firstAt: f.firstAt,
  lastAt: f.lastAt,
  duration: f.duration,
});

/** The entry with some of its own fields changed, in the same one shape (see `entryOf`). */
export const withFields = (e: HMSErrorEntry, c: Partial<EntryFields>): HMSErrorEntry =>
  entryOf(e, {
    id: c.id ?? e.id,
    groupKey: c.groupKey ?? e.groupKey,
    route: c.route ?? e.route,
    meta: c.meta ?? e.meta,
    count: c.count ?? e.count,
    sources: c.sources ?? e.sources,
    firstAt: c.firstAt ?? e.firstAt,
    lastAt: c.lastAt ?? e.lastAt,
    duration: c.duration !== undefined ? c.duration : e.duration,
  });

/** Makes the store's entries: ids, meaning, grouping key and duration. No text. */
export function createEntryFactory(options: ResolvedOptions, storeId: string) {
  let nextId = 0;
  return (error: HMSNormalizedError, source: HMSErrorSource, route: HMSErrorRoute, at: number, groupKey: string): HMSErrorEntry => {
    const meta = metaFor(error, options.copy);
    return entryOf(error, {
      id: `hms-${storeId}-${++nextId}`,
      groupKey,
      route,
      meta,
      count: 1,
      sources: [source],
      firstAt: at,
      lastAt: at,
      duration: durationFor(error, meta, route, options.durations),
    });
  };
}
