/**
 * Every key of the copy catalog. The catalog is typed as `Record<HMSErrorCatalogKey, …>`, so a
 * key listed here without copy is a compile error.
 *
 * Numeric keys mean the same on web and Flutter. The four numbers whose meaning differs between
 * the platforms (see reference/100ms-web-sdk-errors.md) have one key per platform.
 */
export const SHARED_CODE_KEYS = [
  // WebSocket / network
  '1000', '1003', '1006',
  // init API
  '2003', '2004',
  // tracks and devices (web adds 3000, 3004–3011, 3014, 3015)
  '3000', '3001', '3002', '3003', '3004', '3005', '3006', '3007', '3008', '3009', '3010', '3011',
  '3014', '3015',
  // WebRTC
  '4001', '4002', '4003', '4004', '4005', '4006', '4007', '4008',
  // join
  '5001', '5002',
  // generic
  '6000', '6001', '6003', '6004', '6005', '6006', '6007', '6008', '6009', '6010', '6011', '6012',
  '6013',
  // plugins
  '7001', '7002', '7003', '7004', '7005', '7006',
  // playlist
  '8001', '8002',
  // HTTP statuses the server passes through
  '400', '401', '403', '404', '410', '429', '500', '501', '502', '503', '504',
  // server codes of the Flutter table
  '40001', '40002', '40004', '40100', '40101', '40102', '40103', '40104', '40105', '40107', '40108',
  '40109', '41001',
] as const;

export const PLATFORM_CODE_KEYS = [
  '2002.web', '2002.flutter',
  '3012.web', '3012.flutter',
  '3013.web', '3013.flutter',
  '6002.web', '6002.flutter',
] as const;

/**
 * Copy that depends on the device: a cancelled screen-share picker also sends 3001, the system
 * blocking screen recording sends 3011, and any other 3xxx about the screen share gets
 * screen-share copy rather than "{device}" filled with "screen share".
 */
export const VARIANT_KEYS = ['3001.screen', '3011.screen', '3xxx.screen'] as const;

/** Entries that are not SDK error codes: room notifications, the watchdog, code-less errors. */
export const SPECIAL_KEYS = [
  'ROOM_ENDED',
  'REMOVED_FROM_ROOM',
  /** A join refused because the room (or the invite's role) has no free place. */
  'ROOM_FULL',
  'RECONNECTING',
  /** `TRACK_INTERRUPTION_START`: the OS or another app took the device (web SDK ≥ 0.14.7). */
  'TRACK_INTERRUPTED',
  /** `TRACK_INTERRUPTION_END`: the device is back. */
  'TRACK_RESUMED',
  'RECONNECTED',
  /** `guard`'s watchdog: a call (usually `join()`) that never settled. */
  'TIMEOUT',
  /** `guard`'s early notice: the call is slow to settle but may still succeed. */
  'SLOW',
  /** A code-less fetch failure such as Safari's `{ name: 'TypeError', message: 'Load failed' }`. */
  'NETWORK',
  /** Nothing recognisable at all. */
  'UNKNOWN',
  /** Recovery: the browser now allows the camera/microphone a 3001/3011 toast was about. */
  'PERMISSION_GRANTED',
  /** Recovery: a device of the kind a "not found" toast was about was plugged in. */
  'DEVICE_FOUND',
  /** The browser went offline while connected or reconnecting. */
  'OFFLINE',
] as const;

/** Fallbacks for codes nobody listed, chosen by numeric range. */
export const RANGE_KEYS = [
  'range.1xxx', // websocket
  'range.2xxx', // init API
  'range.3xxx', // tracks and devices
  'range.4xxx', // WebRTC
  'range.5xxx', // join
  'range.6xxx', // generic SDK
  'range.7xxx', // plugins
  'range.8xxx', // playlist
  'range.http4xx', // HTTP client statuses 400–499
  'range.http5xx', // HTTP server statuses 500–599
  'range.server4xxxx', // server codes 40000–49999
] as const;

export type HMSSharedCodeKey = (typeof SHARED_CODE_KEYS)[number];
export type HMSPlatformCodeKey = (typeof PLATFORM_CODE_KEYS)[number];
export type HMSSpecialKey = (typeof SPECIAL_KEYS)[number];
export type HMSRangeKey = (typeof RANGE_KEYS)[number];
export type HMSVariantKey = (typeof VARIANT_KEYS)[number];
export type HMSErrorCatalogKey =
  | HMSSharedCodeKey
  | HMSPlatformCodeKey
  | HMSVariantKey
  | HMSSpecialKey
  | HMSRangeKey;

export const CATALOG_KEYS: readonly HMSErrorCatalogKey[] = [
  ...SHARED_CODE_KEYS,
  ...PLATFORM_CODE_KEYS,
  ...VARIANT_KEYS,
  ...SPECIAL_KEYS,
  ...RANGE_KEYS,
];

/** The web SDK's `name` for each platform-dependent code (read from its ErrorFactory). */
export const WEB_NAMES_BY_CODE: Readonly<Record<number, readonly string[]>> = {
  2002: ['InitError'],
  3012: ['CurrentTabNotShared'],
  3013: ['Audio playback error', 'AudioPlaybackError'],
  6002: ['Unknown'],
};

// Lookups that hand back the key constants themselves: a storm resolves thousands of codes, and a
// key made afresh per report (`String(code)`, a template string) is a new string each time, which
// every later property lookup and comparison has to hash or compare character by character.
const SHARED = new Map<number, HMSSharedCodeKey>(SHARED_CODE_KEYS.map((key) => [Number(key), key]));
const PLATFORM_SPECIFIC = new Map<number, Record<'web' | 'flutter', HMSPlatformCodeKey>>(
  [2002, 3012, 3013, 6002].map((code) => [
    code,
    { web: `${code}.web` as HMSPlatformCodeKey, flutter: `${code}.flutter` as HMSPlatformCodeKey },
  ]),
);
/** `range.1xxx` … `range.8xxx`, by thousands. */
const THOUSANDS = RANGE_KEYS.slice(0, 8);

/** Resolves a numeric code to its catalog key: exact, per platform, or by range. */
export function catalogKeyForCode(code: number, platform: 'web' | 'flutter'): HMSErrorCatalogKey {
  const perPlatform = PLATFORM_SPECIFIC.get(code);
  if (perPlatform) return perPlatform[platform] ?? perPlatform.web;
  const exact = SHARED.get(code);
  if (exact) return exact;
  if (code >= 1000 && code < 9000) return THOUSANDS[Math.floor(code / 1000) - 1];
  if (code >= 400 && code < 500) return 'range.http4xx';
  if (code >= 500 && code < 600) return 'range.http5xx';
  if (code >= 40000 && code < 50000) return 'range.server4xxxx';
  return 'UNKNOWN';
}
