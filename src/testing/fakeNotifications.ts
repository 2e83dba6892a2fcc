import { inAct } from './act';
import { createHMSException, type HMSFakeException } from './exceptions';

/** The notification object the SDK passes to `onNotification` callbacks. */
export interface HMSFakeNotification {
  id: number;
  type: string;
  message: string;
  severity?: 'info' | 'error';
  data: unknown;
}

type Listener = (notification: HMSFakeNotification) => void;

export interface FakeHMSNotifications {
  /** Same contract as `hms.getNotifications().onNotification`: `types` is a type or a list of them. */
  onNotification(callback: Listener, types?: string | readonly string[]): () => void;
  /**
   * Delivers one notification to every listener whose `types` match, inside React's `act()` when
   * the test runs under Testing Library. `id` and `message` are filled in when missing.
   */
  emit(notification: { type: string } & Partial<HMSFakeNotification>): HMSFakeNotification;
  /** Sends an ERROR notification whose `data` is `createHMSException(code, overrides)`. */
  emitError(code: number, overrides?: Partial<HMSFakeException>): HMSFakeNotification;
  /** How many subscriptions are live (subscribed and not yet unsubscribed). */
  listenerCount(): number;
  /** Every notification emitted so far, oldest first. */
  readonly emitted: readonly HMSFakeNotification[];
}

function matches(types: string | readonly string[] | undefined, type: string): boolean {
  if (types === undefined || types === null) return true;
  return typeof types === 'string' ? types === type : types.includes(type);
}

/**
 * A stand-in for the SDK's notifications object (`hms.getNotifications()`,
 * `useHMSVanillaNotifications()`): pass it as `notifications` to `useHMSErrors` or
 * `store.connect`, then `emit` what the SDK would send.
 */
export function createFakeHMSNotifications(): FakeHMSNotifications {
  const listeners = new Set<{ callback: Listener; types?: string | readonly string[] }>();
  const emitted: HMSFakeNotification[] = [];
  let nextId = 0;

  const emit: FakeHMSNotifications['emit'] = (partial) => {
    const notification: HMSFakeNotification = {
      message: '',
      data: null,
      ...partial,
      id: partial.id ?? ++nextId,
    };
    emitted.push(notification);
    // A listener may unsubscribe (or subscribe another) while being called: iterate a snapshot.
    const current = [...listeners];
    inAct(() => {
      for (const listener of current) {
        if (listeners.has(listener) && matches(listener.types, notification.type)) listener.callback(notification);
      }
    });
    return notification;
  };

  return {
    onNotification(callback, types) {
      const listener = { callback, types };
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    emit,
    emitError: (code, overrides) =>
      emit({ type: 'ERROR', severity: 'error', data: createHMSException(code, overrides) }),
    listenerCount: () => listeners.size,
    emitted,
  };
}
