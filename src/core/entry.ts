import { catalogMeta } from './meta';
import type { ResolvedOptions } from './options';
import { durationFor, groupKeyFor } from './policy';
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

/** Makes the store's entries: ids, meaning, grouping key and duration. No text. */
export function createEntryFactory(options: ResolvedOptions, storeId: string) {
  let nextId = 0;
  return (error: HMSNormalizedError, source: HMSErrorSource, route: HMSErrorRoute, at: number): HMSErrorEntry => {
    const meta = metaFor(error, options.copy);
    return {
      ...error,
      id: `hms-${storeId}-${++nextId}`,
      groupKey: groupKeyFor(error),
      route,
      meta,
      count: 1,
      sources: [source],
      firstAt: at,
      lastAt: at,
      duration: durationFor(error, meta, route, options.durations),
    };
  };
}
