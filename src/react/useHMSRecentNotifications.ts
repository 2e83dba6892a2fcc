import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { HMSErrorStore } from '../core/store';
import type { HMSErrorEntry, HMSReportOutcome } from '../core/types';
import { useHMSErrorStore } from './context';

/** Outcomes that put (or kept) an entry in a toast. */
const TOASTED: ReadonlySet<HMSReportOutcome> = new Set(['toast', 'queued', 'grouped', 'updated']);

/**
 * Toasts that are no longer on screen (dismissed, expired, or replaced), newest first, each in
 * its latest form, from the store's history: what a "Recent notifications" view lists, so that a
 * toast that left too soon can be read again and acted on (WCAG 2.2.1).
 *
 * @example
 * const recent = useHMSRecentNotifications();
 * return <ul>{recent.map((entry) => <li key={entry.id}>{getErrorCopy(entry).title}</li>)}</ul>;
 */
export function useHMSRecentNotifications(store?: HMSErrorStore | null): HMSErrorEntry[] {
  const resolved = useHMSErrorStore(store);
  const history = useStore(resolved, (s) => s.history);
  const toasts = useStore(resolved, (s) => s.toasts);
  const queue = useStore(resolved, (s) => s.queue);
  return useMemo(() => {
    const shown = new Set([...toasts, ...queue].map((entry) => entry.id));
    const latest = new Map<string, HMSErrorEntry>();
    for (const record of history) {
      if (!TOASTED.has(record.outcome) || shown.has(record.entry.id)) continue;
      // Re-inserted, so that the map's order is that of each entry's latest report.
      latest.delete(record.entry.id);
      latest.set(record.entry.id, record.entry);
    }
    return [...latest.values()].reverse();
  }, [history, toasts, queue]);
}
