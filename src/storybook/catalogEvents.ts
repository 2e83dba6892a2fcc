import { CATALOG_KEYS, catalogKeyForCode, getErrorCopy, type HMSErrorCatalogKey } from '../core/index';
import { createHMSException } from '../testing/exceptions';

/** How the simulator delivers a catalog key: as the SDK would send it to `onNotification`. */
export type HMSSimulatedTerminal = 'default' | 'terminal' | 'non-terminal';

/** A representative code for each range fallback (one nobody listed, so the range copy shows). */
export const RANGE_CODES: Partial<Record<HMSErrorCatalogKey, number>> = {
  'range.1xxx': 1999,
  'range.2xxx': 2999,
  'range.3xxx': 3999,
  'range.4xxx': 4999,
  'range.5xxx': 5999,
  'range.6xxx': 6999,
  'range.7xxx': 7999,
  'range.8xxx': 8999,
  'range.http4xx': 418,
  'range.http5xx': 599,
  'range.server4xxxx': 49999,
};

/** The numeric code behind a key the web SDK can send as an ERROR, or `null`. */
function codeFor(key: HMSErrorCatalogKey): number | null {
  if (/^\d+$/.test(key)) return Number(key);
  if (key.endsWith('.web')) return Number(key.split('.')[0]);
  return RANGE_CODES[key] ?? null;
}

const terminalOverride = (terminal: HMSSimulatedTerminal) =>
  terminal === 'default' ? {} : { isTerminal: terminal === 'terminal' };

/**
 * The notification the web SDK would send for `key`, or `null` for keys a web app never receives
 * as a notification (Flutter's numbering; `TIMEOUT` / `SLOW`, which come from `guard`).
 */
export function simulatedNotification(
  key: HMSErrorCatalogKey,
  terminal: HMSSimulatedTerminal = 'default',
): { type: string; severity?: 'info' | 'error'; data: unknown } | null {
  const code = codeFor(key);
  if (code !== null && catalogKeyForCode(code, 'web') === key) {
    return { type: 'ERROR', severity: 'error', data: createHMSException(code, terminalOverride(terminal)) };
  }
  switch (key) {
    case '3001.screen':
      return { type: 'ERROR', severity: 'error', data: createHMSException(3001, { trackType: 'screen', ...terminalOverride(terminal) }) };
    case 'RECONNECTING':
      return { type: 'RECONNECTING', severity: 'error', data: createHMSException(1003, { isTerminal: false }) };
    case 'RECONNECTED':
      return { type: 'RECONNECTED', severity: 'info', data: null };
    case 'ROOM_ENDED':
      return { type: 'ROOM_ENDED', severity: 'info', data: { roomEnded: true, reason: 'The host ended the call', requestedBy: { name: 'Host' } } };
    case 'REMOVED_FROM_ROOM':
      return { type: 'REMOVED_FROM_ROOM', severity: 'info', data: { roomEnded: false, reason: 'Removed by the host', requestedBy: { name: 'Host' } } };
    case 'NETWORK':
      // Safari's fetch failure, as seen in the wild: no code, no isTerminal.
      return { type: 'ERROR', severity: 'error', data: { name: 'TypeError', message: 'Load failed' } };
    case 'UNKNOWN':
      return { type: 'ERROR', severity: 'error', data: { message: 'Something the kit has never seen' } };
    default:
      return null;
  }
}

/** Every catalog key the simulator can fire, in catalog order. */
export const SIMULATED_KEYS: readonly HMSErrorCatalogKey[] = CATALOG_KEYS.filter(
  (key) => simulatedNotification(key) !== null,
);

export const simulatedKeyLabel = (key: HMSErrorCatalogKey) => `${key} · ${getErrorCopy(key).title}`;
