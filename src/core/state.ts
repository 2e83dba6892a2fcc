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
  /**
   * Derived, never set on its own: `disconnected` exactly while there is a terminal entry, else
   * `reconnecting` from the SDK's RECONNECTING until its RECONNECTED, else `connected`.
   */
  connection: HMSConnectionState;
  /** Counters that account for every report. `reported` is derived: `history + evicted + deduplicated`. */
  stats: { reported: number; deduplicated: number; evicted: number };
}

/**
 * The one place a state is made. `connection` and `stats.reported` are computed here from the
 * rest, so no transition can leave them out of step: `reconnecting` is the only connection fact
 * that is not in the lists (a dismissed "Reconnecting…" toast does not mean the call is back).
 * `into`: a state nobody outside has seen yet, rewritten in place instead of making a new one
 * (the store's reports within one task; see `reduce`).
 */
export function makeState(
  toasts: HMSErrorEntry[],
  queue: HMSErrorEntry[],
  terminal: HMSErrorEntry | null,
  history: HMSErrorHistoryRecord[],
  deduplicated: number,
  evicted: number,
  reconnecting: boolean,
  into?: HMSErrorState,
): HMSErrorState {
  const state = into ?? ({} as HMSErrorState);
  state.toasts = toasts;
  state.queue = queue;
  state.terminal = terminal;
  state.history = history;
  state.connection = terminal ? 'disconnected' : reconnecting ? 'reconnecting' : 'connected';
  state.stats = { reported: history.length + evicted + deduplicated, deduplicated, evicted };
  return state;
}

export const initialState = (): HMSErrorState => makeState([], [], null, [], 0, 0, false);
