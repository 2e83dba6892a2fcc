import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  notificationSourceKey,
  type HMSErrorState,
  type HMSNotificationsLike,
} from '../core/store';
import { useHMSErrorStore } from './context';
import { useHMSErrorActions, type HMSErrorActionsResult } from './useHMSErrorActions';
import { useHMSErrorState } from './useHMSErrorState';

export interface UseHMSErrorsOptions {
  /**
   * The SDK's notifications object: `useHMSVanillaNotifications()` from `@100mslive/react-sdk`,
   * or `hms.getNotifications()` from `@100mslive/hms-video-store`. Anything with
   * `onNotification(cb, types?) => unsubscribe` works. Subscribed once per store and source
   * (`hms.getNotifications()` may be called inline, in as many components as you like);
   * unsubscribed on unmount.
   */
  notifications?: HMSNotificationsLike | null;
}

export type UseHMSErrorsResult = Pick<HMSErrorState, 'terminal' | 'toasts' | 'queue' | 'connection'> &
  HMSErrorActionsResult;

/**
 * Connects the SDK's notifications to the nearest `HMSErrorProvider` and returns the visible
 * state with the actions (`report`, `guard`, `dismiss`…); it re-renders on every change of that
 * state. A component that only reports or guards should use `useHMSErrorActions()` instead, and
 * one that reads history `useHMSErrorState((s) => s.history)`.
 *
 * @example
 * const notifications = useHMSVanillaNotifications();
 * const { guard } = useHMSErrors({ notifications });
 * await guard(hmsActions.join(config), { timeoutMs: 30_000, label: 'join' });
 */
export function useHMSErrors(options: UseHMSErrorsOptions = {}): UseHMSErrorsResult {
  const store = useHMSErrorStore();
  const { notifications } = options;

  // `hms.getNotifications()` makes a new object per call: depend on the source it wraps, so that
  // passing it inline does not resubscribe on every render.
  const latest = useRef(notifications);
  latest.current = notifications;
  const source = notifications ? notificationSourceKey(notifications) : null;
  useEffect(() => (source && latest.current ? store.connect(latest.current) : undefined), [store, source]);

  const slices = useHMSErrorState(
    useShallow((s: HMSErrorState) => ({
      terminal: s.terminal,
      toasts: s.toasts,
      queue: s.queue,
      connection: s.connection,
    })),
    store,
  );
  const actions = useHMSErrorActions(store);
  return { ...slices, ...actions };
}
