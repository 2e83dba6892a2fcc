import type { HMSErrorEntry, HMSErrorHistoryRecord } from './types';

export type HMSConnectionState = 'connected' | 'reconnecting' | 'disconnected';

export interface HMSErrorState {
  /** Toasts on screen, oldest first, at most `maxVisibleToasts`. */
  toasts: HMSErrorEntry[];
  /** Toasts waiting for a slot, oldest first. */
  queue: HMSErrorEntry[];
  /** The error that ended the call, shown in the blocking dialog. The first one wins. */
  terminal: HMSErrorEntry | null;
  /** One record per report, oldest first, at most `historySize`. */
  history: HMSErrorHistoryRecord[];
  /** `disconnected` exactly while there is a terminal entry. */
  connection: HMSConnectionState;
  /** Counters that account for every report: `reported = history + evicted + deduplicated`. */
  stats: { reported: number; deduplicated: number; evicted: number };
}

export const initialState = (): HMSErrorState => ({
  toasts: [],
  queue: [],
  terminal: null,
  history: [],
  connection: 'connected',
  stats: { reported: 0, deduplicated: 0, evicted: 0 },
});
