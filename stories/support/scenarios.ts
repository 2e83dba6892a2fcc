import { getErrorCopy, type HMSErrorCatalogKey, type HMSErrorStore, type HMSPlatform } from '../../src';
import { keysFor } from '../gallery/catalogRows';

/** Catalog keys that stand for an SDK code (not notifications or range fallbacks), per platform. */
export function codeKeys(platform: HMSPlatform): HMSErrorCatalogKey[] {
  return keysFor(platform).filter((key) => /^\d/.test(key));
}

/** The code a key is fired with: its own, or for `3xxx.screen` a listed 3xxx (3003, device in use). */
export const codeOf = (key: HMSErrorCatalogKey): number => (key === '3xxx.screen' ? 3003 : Number(key.split('.')[0]));

export const optionLabel = (key: HMSErrorCatalogKey): string => `${key} · ${getErrorCopy(key).title}`;

/**
 * Reports one code the way each SDK delivers it: the web SDK's plain object, or Flutter's
 * `HMSException` shape (`id`, `code: { value }`, `params`), which the kit recognises by itself.
 */
export function fireCode(store: HMSErrorStore, key: HMSErrorCatalogKey, platform: HMSPlatform, isTerminal: boolean) {
  const code = codeOf(key);
  const message = `Fired from the demo control panel (${key})`;
  if (platform === 'flutter') {
    return store.report({ id: `demo-${key}`, code: { value: code }, message, description: message, isTerminal, params: {} });
  }
  // The screen-share variants are the same codes about the screen share: the SDK says so in `trackType`.
  const trackType = key.endsWith('.screen') ? { trackType: 'screen' } : {};
  return store.report({ code, isTerminal, name: code >= 400 && code < 600 || code >= 40000 ? 'ServerErrors' : 'DemoError', message, ...trackType });
}

/** The storm: this many reports in one synchronous burst, cycling through a few non-terminal codes. */
export const STORM_CODES = [3003, 1006, 4006, 3010, 3015] as const;

export function fireStorm(store: HMSErrorStore, size = 100) {
  for (let i = 0; i < size; i++) {
    const code = STORM_CODES[i % STORM_CODES.length];
    store.report({ code, isTerminal: false, name: 'DemoError', message: `Storm error ${i + 1} of ${size}` });
  }
}

/** What the SDK sends while it retries the connection (1003 inside RECONNECTING). */
export const reconnectingNotification = () => ({
  type: 'RECONNECTING',
  data: {
    code: 1003,
    name: 'WebSocketConnectionLost',
    message: 'Network connection lost',
    description: 'Network connection lost',
    action: 'RECONNECT_SIGNAL',
    isTerminal: false,
  },
});

export const reconnectedNotification = () => ({ type: 'RECONNECTED', data: null });

export const roomEndedNotification = (reason = 'The host ended the meeting') => ({
  type: 'ROOM_ENDED',
  data: { reason, roomEnded: true },
});

export const removedNotification = (by = 'Grace') => ({
  type: 'REMOVED_FROM_ROOM',
  data: { requestedBy: { name: by }, reason: 'Removed by the host', roomEnded: false },
});

/** 1003 after the SDK gave up reconnecting (60 s), as it arrives: terminal, with the reason appended. */
export const reconnectGaveUp = () => ({
  code: 1003,
  name: 'WebSocketConnectionLost',
  message: 'Network connection lost',
  description: 'Network connection lost. [WS] Could not recover after 60000 milliseconds',
  action: 'RECONNECT_SIGNAL',
  isTerminal: true,
});

/** Server errors at init, as the web SDK delivers them (terminal, name `ServerErrors`). */
export const serverError = (code: number, message: string) => ({
  code,
  name: 'ServerErrors',
  message: `[INIT]: Server error ${message}`,
  description: message,
  action: 'INIT',
  isTerminal: true,
});

/** A track error as the web SDK delivers it (non-terminal, with `trackType`). */
export const trackError = (code: number, name: string, trackType: 'audio' | 'video' | 'audio, video' | 'screen' = 'video') => ({
  code,
  name,
  message: `${name}`,
  description: `${name} (${trackType})`,
  action: 'TRACK',
  isTerminal: false,
  trackType,
});

/** A call that never settles, like the SDK's `join()` when its server cannot be reached. */
export const neverSettles = () => new Promise<never>(() => {});
