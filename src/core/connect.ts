import { HMS_NOTIFICATION_TYPES, safeGet } from './normalize';

/** Anything with the SDK's `onNotification(cb, types?) => unsubscribe`. */
export interface HMSNotificationsLike {
  onNotification(callback: (notification: any) => void, types?: any): (() => void) | unknown;
}

type Warn = (id: string, message: string, error?: unknown) => void;

/**
 * What identifies a notification source. `hms.getNotifications()` returns a new wrapper object on
 * every call around the same `onNotification` function, so the function is the identity.
 */
export function notificationSourceKey(notifications: unknown): unknown {
  const onNotification = safeGet(notifications, 'onNotification');
  return typeof onNotification === 'function' ? onNotification : notifications;
}

/**
 * One SDK subscription per notification source, however many hooks ask for it: two
 * subscriptions would turn every notification into two reports. Ref-counted.
 */
export function createConnector(onNotification: (notification: unknown) => void, warn: Warn) {
  const connections = new Map<unknown, { count: number; off: unknown }>();
  const types = new Set<string>(HMS_NOTIFICATION_TYPES);

  const subscribe = (notifications: object): unknown => {
    const subscribeFn = safeGet(notifications, 'onNotification');
    if (typeof subscribeFn !== 'function') return undefined;
    return subscribeFn.call(
      notifications,
      (notification: unknown) => {
        const type = safeGet(notification, 'type');
        if (typeof type === 'string' && types.has(type)) onNotification(notification);
      },
      [...HMS_NOTIFICATION_TYPES],
    );
  };

  return function connect(notifications: HMSNotificationsLike): () => void {
    if (notifications === null || typeof notifications !== 'object') return () => {};
    const key = notificationSourceKey(notifications);
    let connection = connections.get(key);
    if (!connection) {
      let off: unknown;
      try {
        off = subscribe(notifications);
      } catch (cause) {
        warn('connect', 'Subscribing to notifications failed.', cause);
      }
      connection = { count: 0, off };
      connections.set(key, connection);
    }
    connection.count += 1;
    const current = connection;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      current.count -= 1;
      if (current.count > 0) return;
      connections.delete(key);
      try {
        if (typeof current.off === 'function') current.off();
      } catch (cause) {
        warn('disconnect', 'Unsubscribing from notifications failed.', cause);
      }
    };
  };
}
