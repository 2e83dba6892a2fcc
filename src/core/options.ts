import type { GetErrorCopyOptions, HMSCopyOverrides } from './copy/getErrorCopy';
import { DEFAULT_DURATIONS, DEFAULT_POLICY, type HMSDurations, type HMSRoutes } from './policy';
import type { HMSActionsLike, HMSErrorEntry, HMSPlatform, HMSReportOutcome } from './types';

export interface HMSEntryInfo {
  /** What the report became: `grouped` when it merged into a toast (its `count` went up). */
  outcome: HMSReportOutcome;
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

export type ResolvedOptions = Required<
  Pick<HMSErrorStoreOptions, 'groupingWindowMs' | 'dedupeWindowMs' | 'maxVisibleToasts' | 'maxQueuedToasts' | 'historySize' | 'now'>
> &
  Omit<HMSErrorStoreOptions, 'durations'> & { durations: HMSDurations; slowMs: number };

function positive(value: unknown, fallback: number, min = 0): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min ? Math.floor(value) : fallback;
}

/** A clock that never throws and never returns nonsense (a broken test clock falls back to `Date.now`). */
function safeClock(clock: unknown): () => number {
  if (typeof clock !== 'function') return Date.now;
  return () => {
    try {
      const value = clock();
      return typeof value === 'number' && Number.isFinite(value) ? value : Date.now();
    } catch {
      return Date.now();
    }
  };
}

/** Options with every default filled in from the one defaults table, and nonsense replaced by it. */
export function resolveOptions(options: HMSErrorStoreOptions): ResolvedOptions {
  return {
    ...options,
    groupingWindowMs: positive(options.groupingWindowMs, DEFAULT_POLICY.groupingWindowMs),
    dedupeWindowMs: positive(options.dedupeWindowMs, DEFAULT_POLICY.dedupeWindowMs),
    maxVisibleToasts: positive(options.maxVisibleToasts, DEFAULT_POLICY.maxVisibleToasts, 1),
    maxQueuedToasts: positive(options.maxQueuedToasts, DEFAULT_POLICY.maxQueuedToasts),
    historySize: positive(options.historySize, DEFAULT_POLICY.historySize, 1),
    durations: { ...DEFAULT_DURATIONS, ...options.durations },
    now: safeClock(options.now),
    slowMs: DEFAULT_POLICY.slowMs,
  };
}
