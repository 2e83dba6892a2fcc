import {
  developerNotes,
  getErrorCopy,
  normalizeHMSError,
  type HMSErrorCatalogKey,
  type HMSLocale,
  type HMSErrorCopy,
  type HMSNormalizedError,
  type HMSPlatform,
} from '../../src';
import { CATALOG_KEYS, normalizeHMSNotification } from '../../src/core';
import { routeFor } from '../../src/core/policy';
import { RANGE_CODES } from '../../src/storybook/catalogEvents';

export interface CatalogRow {
  key: HMSErrorCatalogKey;
  /** The code a person would see in the details, or `null` for notifications and code-less errors. */
  code: number | null;
  copy: HMSErrorCopy;
  /** Where the error goes when it arrives without an explicit `isTerminal`. */
  goesToDialog: boolean;
  /** True for codes the SDK sometimes marks terminal (e.g. 1003 after the reconnection gave up). */
  dialogWhenTerminal: boolean;
}


/**
 * The screen-share variants: the SDK's own track error, about the screen share. Their copy depends
 * on `trackType: 'screen'`, which a bare code cannot carry (and `3xxx` is no number).
 */
const SCREEN_SAMPLES: Partial<Record<HMSErrorCatalogKey, [code: number, name: string]>> = {
  '3001.screen': [3001, 'CantAccessCaptureDevice'],
  '3011.screen': [3011, 'SystemDeniedPermission'],
  '3xxx.screen': [3003, 'DeviceInUse'],
};

const notification = (type: string, data: unknown): HMSNormalizedError =>
  normalizeHMSNotification({ type, data })!;

/**
 * A realistic input for each catalog key, run through the kit's own normalisation, so the gallery
 * shows what the store would do with it (and a key nothing maps to would show up as a mismatch).
 */
export function sampleError(key: HMSErrorCatalogKey, platform: HMSPlatform): HMSNormalizedError {
  switch (key) {
    case 'ROOM_ENDED':
      return notification('ROOM_ENDED', { reason: 'The host ended the call', roomEnded: true });
    case 'REMOVED_FROM_ROOM':
      return notification('REMOVED_FROM_ROOM', { requestedBy: { name: 'Grace' }, reason: 'Removed', roomEnded: false });
    case 'RECONNECTING':
      return notification('RECONNECTING', { code: 1003, name: 'WebSocketConnectionLost', isTerminal: false });
    case 'RECONNECTED':
      return notification('RECONNECTED', null);
    case 'TIMEOUT':
      // Made by `guard(join(), { timeoutMs })`'s watchdog, which ends the call by default.
      return { ...normalizeHMSError(null), catalogKey: 'TIMEOUT', kind: 'timeout', isTerminal: true };
    case 'NETWORK':
      return normalizeHMSError({ name: 'TypeError', message: 'Load failed' });
    case 'UNKNOWN':
      return normalizeHMSError(null);
  }
  const screen = SCREEN_SAMPLES[key];
  if (screen) {
    const [code, name] = screen;
    return normalizeHMSError({ code, name, message: name, action: 'TRACK', isTerminal: false, trackType: 'screen' }, { platform });
  }
  const range = RANGE_CODES[key];
  if (range !== undefined) return normalizeHMSError(range, { platform });
  const [code, keyPlatform] = key.split('.');
  return normalizeHMSError(Number(code), { platform: (keyPlatform as HMSPlatform | undefined) ?? platform });
}

/** Keys that mean something on `platform`: every key but the other platform's variants. */
export function keysFor(platform: HMSPlatform): HMSErrorCatalogKey[] {
  const other = platform === 'web' ? '.flutter' : '.web';
  return CATALOG_KEYS.filter((key) => !key.endsWith(other));
}

export function catalogRows(platform: HMSPlatform, locale?: HMSLocale): CatalogRow[] {
  return keysFor(platform).map((key) => {
    const error = sampleError(key, platform);
    const route = routeFor(error, undefined);
    return {
      key,
      code: error.code,
      copy: getErrorCopy(error, { locale, developerNotes }),
      goesToDialog: route === 'dialog',
      dialogWhenTerminal: route !== 'dialog' && error.kind === 'error',
    };
  });
}
