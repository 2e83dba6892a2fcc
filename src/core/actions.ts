import type { StoreApi } from 'zustand/vanilla';
import type { HMSNotificationsLike } from './connect';
import type { Guard } from './guard';
import type { ResolvedOptions } from './options';
import type { HMSErrorState } from './state';
import type { HMSActionsLike, HMSErrorEntry, HMSErrorRoute, HMSErrorSource } from './types';

// What a store offers besides zustand's own API (`store.ts` makes it).

export interface ReportOptions {
  /** How the error reached the kit. @defaultValue `'report'` */
  source?: HMSErrorSource;
  /** Overrides the error's own `isTerminal`. */
  isTerminal?: boolean;
  /** Overrides routing for this report only. */
  route?: HMSErrorRoute;
}

export interface HMSErrorActions {
  /** Reports anything error-like. Never throws; returns the entry it went into, if any. */
  report(error: unknown, options?: ReportOptions): HMSErrorEntry | null;
  /** Feeds one SDK notification (`{ type, data }`). Ignores unrelated types. */
  reportNotification(notification: unknown): HMSErrorEntry | null;
  /** Removes a toast (visible or queued) or the terminal entry by id. */
  dismiss(id: string): void;
  /** Removes every toast, visible and queued. The terminal entry stays. */
  dismissAll(): void;
  /** Clears the terminal entry (after "Try again"). */
  dismissTerminal(): void;
  /** Back to the initial state, history included; cancels watchdogs. */
  reset(): void;
  /**
   * Awaits an SDK call and reports its rejection (once, even if the SDK also notifies it); with
   * `timeoutMs`, a call that never settles too, announced early as slow (`slowMs`).
   */
  guard: Guard;
  /** Whether an entry came from `guard(() => task)`, so `rerun` can run the task again. */
  canRerun(id: string): boolean;
  /** "Rejoin": removes the entry, calls `leave()`, runs the guarded task again; `undefined` without one. */
  rerun(id: string, actions?: HMSActionsLike | null): Promise<unknown> | undefined;
  /** Subscribes to an SDK notifications object; returns the unsubscribe function. */
  connect(notifications: HMSNotificationsLike): () => void;
  /** Cancels pending watchdog timers. The store stays usable. */
  destroy(): void;
  /**
   * Subscribers hear of changes once per task (in a task of their own, right after the one that
   * made the first change); this publishes pending changes now. `getState()` is always current without it.
   */
  flush(): void;
}

export type HMSErrorStore = StoreApi<HMSErrorState> &
  HMSErrorActions & {
    /** The options this store was created with, resolved. */
    readonly options: Readonly<ResolvedOptions>;
  };
