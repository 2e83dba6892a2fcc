import { getErrorCopy } from './copy/getErrorCopy';
import { durationFor, groupKeyFor } from './policy';
import type { ResolvedOptions } from './options';
import type { HMSErrorCopy, HMSErrorEntry, HMSErrorRoute, HMSErrorSource, HMSNormalizedError } from './types';

type Warn = (id: string, message: string, error?: unknown) => void;

/** Makes the store's entries: ids, copy (cached per error shape), grouping key, duration. */
export function createEntryFactory(options: ResolvedOptions, storeId: string, warn: Warn) {
  let nextId = 0;
  const copyOptions = {
    ...options.copyOptions,
    developerNotes: options.developerNotes,
    onOverrideError: (key: string, cause: unknown) =>
      warn(`copy:${key}`, `The copy override for "${key}" threw; using the default copy.`, cause),
  };
  // In a storm the same few errors arrive thousands of times: resolve their copy once. Only
  // when no override is a function of the error, whose result could differ per report.
  const cache = new Map<string, HMSErrorCopy>();
  const cacheable = (() => {
    try {
      return !options.copy || Object.values(options.copy).every((o) => typeof o !== 'function');
    } catch {
      return false;
    }
  })();
  const copyFor = (error: HMSNormalizedError): HMSErrorCopy => {
    if (!cacheable) return getErrorCopy(error, options.copy, copyOptions);
    const key = `${error.catalogKey}|${error.code}|${error.trackType ?? ''}|${error.requestedBy ?? ''}`;
    let copy = cache.get(key);
    if (!copy) {
      if (cache.size >= 256) cache.clear();
      copy = getErrorCopy(error, options.copy, copyOptions);
      cache.set(key, copy);
    }
    return copy;
  };

  return (error: HMSNormalizedError, source: HMSErrorSource, route: HMSErrorRoute, at: number): HMSErrorEntry => {
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
      duration: durationFor(error, copy, route, options.durations),
    };
  };
}
