import { catalogKeyForCode, WEB_NAMES_BY_CODE } from './codes';
import type { HMSErrorCatalogKey, HMSErrorKind, HMSNormalizedError, HMSPlatform } from './types';

export interface NormalizeOptions {
  /**
   * Which SDK's numbering to use when the error itself does not say (its `name` does for web).
   * @defaultValue inferred from the error's shape (`id`/`params`/object code → Flutter), else `'web'`
   */
  platform?: HMSPlatform;
  /** Clock used when the input carries no valid timestamp. @defaultValue `Date.now` */
  now?: () => number;
}

/** Longest SDK message/description kept on an entry; the untouched input stays in `raw`. */
const MAX_TEXT = 20_000;

/**
 * Codes that are terminal on the web SDK when an input does not say (`isTerminal` missing):
 * the reference's "T" column and the server errors that init/join treat as fatal. 4001–4003 are
 * not: the web SDK sends them non-terminal (it renegotiates), so only an explicit flag ends the call.
 */
const TERMINAL_BY_DEFAULT = new Set<number>([
  2004, 4004, 6008, 6010, 6011, 400, 401, 403, 404, 410, 40001, 40002, 40004,
  40100, 40101, 40102, 40103, 40104, 40105, 40107, 40108, 40109, 41001,
]);

const NETWORK_TEXT = /failed to fetch|load failed|networkerror|network error|network request failed|err_internet|offline/i;

/** Reads `obj[key]` without ever throwing (getters and Proxy traps may). */
export function safeGet(obj: unknown, key: string): unknown {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return undefined;
  try {
    return (obj as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** A string from anything, never throwing (symbols, objects with throwing `toString`…). */
export function safeText(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    text = String(value);
  } else return '';
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

function toCode(value: unknown, depth = 0): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(Math.trunc(value)) ? Math.trunc(value) : null;
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : null;
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return /^-?\d{1,9}$/.test(trimmed) ? Number(trimmed) : null;
  }
  // Flutter's HMSExceptionCode is an object; accept the field names its serialisations use.
  if (value !== null && typeof value === 'object' && depth < 2) {
    for (const key of ['value', 'errorCode', 'code']) {
      const code = toCode(safeGet(value, key), depth + 1);
      if (code !== null) return code;
    }
  }
  return null;
}

function toTimestamp(value: unknown, now: () => number): number {
  try {
    if (value instanceof Date) {
      const time = value.getTime();
      if (Number.isFinite(time)) return time;
    } else if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
      return value;
    }
  } catch {
    // a Date subclass or Proxy whose getTime throws
  }
  return now();
}

function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

function inferPlatform(
  code: number | null,
  name: string,
  input: object,
  codeField: unknown,
  idField: unknown,
  option: HMSPlatform | undefined,
): HMSPlatform {
  if (code !== null && WEB_NAMES_BY_CODE[code]?.includes(name)) return 'web';
  if (option) return option;
  const flutterShaped =
    idField !== undefined ||
    safeGet(input, 'params') !== undefined ||
    (codeField !== null && typeof codeField === 'object');
  return flutterShaped ? 'flutter' : 'web';
}

function keyWithoutCode(name: string, message: string): HMSErrorCatalogKey {
  return name === 'TypeError' || NETWORK_TEXT.test(message) ? 'NETWORK' : 'UNKNOWN';
}

function base(now: () => number, raw: unknown): HMSNormalizedError {
  return {
    code: null,
    catalogKey: 'UNKNOWN',
    name: '',
    message: '',
    description: '',
    action: '',
    isTerminal: false,
    kind: 'error',
    platform: 'web',
    timestamp: now(),
    raw,
  };
}

/**
 * Turns anything the SDK (or an app) might report into one predictable shape. Never throws.
 *
 * Accepts the web SDK's plain notification object and its thrown `Error` subclass, Flutter's
 * `HMSException` shape (`id`, `code` as a number or `{ value }`, `params`), a bare `Error`, a
 * string, a number (taken as a code), `null`… A missing `isTerminal` falls back to the code's
 * usual behaviour; a missing `code` yields network copy for fetch failures, generic copy otherwise.
 */
export function normalizeHMSError(input: unknown, options: NormalizeOptions = {}): HMSNormalizedError {
  const now = options.now ?? Date.now;
  try {
    return normalizeUnsafe(input, options, now);
  } catch {
    // Unreachable in practice: every read above is guarded. Kept so the promise holds regardless.
    return base(now, input);
  }
}

/** Notifications wrap errors once; a deeper chain (or one that points back at itself) is junk. */
const MAX_UNWRAP = 3;

function normalizeUnsafe(
  input: unknown,
  options: NormalizeOptions,
  now: () => number,
  depth = 0,
): HMSNormalizedError {
  const result = base(now, input);
  if (input === null || input === undefined) return result;

  if (typeof input === 'string') {
    result.message = safeText(input);
    result.catalogKey = keyWithoutCode('', result.message);
    return result;
  }
  if (typeof input === 'number' || typeof input === 'bigint') {
    const code = toCode(input);
    if (code !== null) {
      result.code = code;
      result.platform = options.platform ?? 'web';
      result.catalogKey = catalogKeyForCode(code, result.platform);
      result.isTerminal = TERMINAL_BY_DEFAULT.has(code);
    }
    return result;
  }
  if (typeof input !== 'object' && typeof input !== 'function') return result;

  // A whole notification (`{ type: 'ERROR', data }`) passed where an error was expected.
  const type = safeGet(input, 'type');
  const data = safeGet(input, 'data');
  if (typeof type === 'string' && data !== null && typeof data === 'object' && depth < MAX_UNWRAP) {
    const inner = normalizeUnsafe(data, options, now, depth + 1);
    inner.raw = input;
    return inner;
  }

  const codeField = safeGet(input, 'code');
  const code = toCode(codeField);
  result.code = code;
  result.name = safeText(safeGet(input, 'name'));
  result.message = safeText(safeGet(input, 'message'));
  result.description = safeText(safeGet(input, 'description'));
  result.action = safeText(safeGet(input, 'action'));
  result.timestamp = toTimestamp(safeGet(input, 'timestamp'), now);

  const trackType = safeText(safeGet(input, 'trackType'));
  if (trackType) result.trackType = trackType;
  const idField = safeGet(input, 'id');
  const id = safeText(idField);
  if (id) result.sdkId = id;

  result.platform = inferPlatform(code, result.name, input, codeField, idField, options.platform);
  const terminal = toBoolean(safeGet(input, 'isTerminal'));
  if (code === null) {
    result.catalogKey = keyWithoutCode(result.name, `${result.message} ${result.description}`);
    result.isTerminal = terminal ?? false;
  } else {
    result.catalogKey =
      code === 3001 && result.trackType === 'screen' ? '3001.screen' : catalogKeyForCode(code, result.platform);
    result.isTerminal = terminal ?? TERMINAL_BY_DEFAULT.has(code);
  }
  return result;
}

/** The shape of `onNotification`'s argument, as far as this kit relies on it. */
export interface HMSNotificationLike {
  type?: unknown;
  data?: unknown;
}

const KIND_BY_TYPE: Record<string, { kind: HMSErrorKind; key: HMSErrorCatalogKey; terminal: boolean }> = {
  RECONNECTING: { kind: 'reconnecting', key: 'RECONNECTING', terminal: false },
  RECONNECTED: { kind: 'reconnected', key: 'RECONNECTED', terminal: false },
  ROOM_ENDED: { kind: 'room-ended', key: 'ROOM_ENDED', terminal: true },
  REMOVED_FROM_ROOM: { kind: 'removed', key: 'REMOVED_FROM_ROOM', terminal: true },
  TRACK_INTERRUPTION_START: { kind: 'track-interrupted', key: 'TRACK_INTERRUPTED', terminal: false },
  TRACK_INTERRUPTION_END: { kind: 'track-resumed', key: 'TRACK_RESUMED', terminal: false },
};

/** The notification types `useHMSErrors` subscribes to. */
export const HMS_NOTIFICATION_TYPES = [
  'ERROR',
  'RECONNECTING',
  'RECONNECTED',
  'ROOM_ENDED',
  'REMOVED_FROM_ROOM',
  'DEVICE_CHANGE_UPDATE',
  'TRACK_INTERRUPTION_START',
  'TRACK_INTERRUPTION_END',
] as const;

function personName(value: unknown): string {
  if (typeof value === 'string') return safeText(value);
  return safeText(safeGet(value, 'name'));
}

/**
 * Maps one SDK notification to a normalised error, or `null` for notifications that are not
 * about errors or the connection. Never throws.
 */
export function normalizeHMSNotification(
  notification: unknown,
  options: NormalizeOptions = {},
): HMSNormalizedError | null {
  const now = options.now ?? Date.now;
  const type = safeGet(notification, 'type');
  const data = safeGet(notification, 'data');
  if (type === 'ERROR') return normalizeHMSError(data ?? safeGet(notification, 'message'), options);
  if (type === 'DEVICE_CHANGE_UPDATE') {
    const error = safeGet(data, 'error');
    return error ? normalizeHMSError(error, options) : null;
  }
  const mapped =
    typeof type === 'string' && Object.prototype.hasOwnProperty.call(KIND_BY_TYPE, type)
      ? KIND_BY_TYPE[type]
      : undefined;
  if (!mapped) return null;

  const result = mapped.kind === 'reconnecting' && data ? normalizeHMSError(data, options) : base(now, notification);
  result.raw = notification;
  result.kind = mapped.kind;
  result.catalogKey = mapped.key;
  result.isTerminal = mapped.terminal;
  if (mapped.kind === 'room-ended' || mapped.kind === 'removed') {
    result.name = type as string;
    const reason = safeText(safeGet(data, 'reason'));
    if (reason) result.reason = reason;
    const requestedBy = personName(safeGet(data, 'requestedBy'));
    if (requestedBy) result.requestedBy = requestedBy;
  }
  if (mapped.kind === 'track-interrupted' || mapped.kind === 'track-resumed') {
    // web SDK ≥ 0.14.7: data = { started, reason, type: 'audio' | 'video', trackId }
    result.name = type as string;
    const trackType = safeText(safeGet(data, 'type'));
    if (trackType) result.trackType = trackType;
    const reason = safeText(safeGet(data, 'reason'));
    if (reason) result.reason = reason;
  }
  return result;
}
