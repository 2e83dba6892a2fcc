import { useMemo } from 'react';
import type { HMSErrorActions, HMSErrorStore } from '../core/store';
import { useHMSErrorStore } from './context';

export type HMSErrorActionsResult = Pick<
  HMSErrorActions,
  'report' | 'reportNotification' | 'dismiss' | 'dismissAll' | 'dismissTerminal' | 'reset' | 'guard'
>;

/**
 * The store's actions, stable for the store's lifetime. Subscribes to nothing: a component that
 * only reports or guards (`const { guard } = useHMSErrorActions()`) never re-renders on a toast.
 *
 * @example
 * const { guard } = useHMSErrorActions();
 * const join = () => guard(() => hmsActions.join(config), { timeoutMs: 30_000, label: 'join' });
 */
export function useHMSErrorActions(store?: HMSErrorStore | null): HMSErrorActionsResult {
  const active = useHMSErrorStore(store);
  return useMemo(
    () => ({
      report: active.report,
      reportNotification: active.reportNotification,
      dismiss: active.dismiss,
      dismissAll: active.dismissAll,
      dismissTerminal: active.dismissTerminal,
      reset: active.reset,
      guard: active.guard,
    }),
    [active],
  );
}
