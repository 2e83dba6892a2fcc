import { CATALOG_KEYS } from '../codes';
import { createDevWarner } from '../dev';
import { normalizeHMSError } from '../normalize';
import type {
  HMSErrorCatalogKey,
  HMSErrorCopy,
  HMSNormalizedError,
  HMSPlatform,
} from '../types';
import { catalogMeta } from '../meta';
import { en } from './en';

/** A replacement for part of one entry: fixed fields, or a function of the error. */
export type HMSCopyOverride =
  | Partial<HMSErrorCopy>
  | ((error: HMSNormalizedError, defaults: HMSErrorCopy) => Partial<HMSErrorCopy>);

/** Overrides keyed by catalog key (`'3001'`, `'3012.web'`, `'ROOM_ENDED'`…) or numeric code. */
export type HMSCopyOverrides = Partial<Record<HMSErrorCatalogKey | number | (string & {}), HMSCopyOverride>>;

/** Words that fill `{device}`, by the SDK's `trackType`. */
export interface HMSDeviceNames {
  audio: string;
  video: string;
  'audio, video': string;
  screen: string;
  /** Used when the error does not say which device. */
  unknown: string;
}

export const defaultDeviceNames: HMSDeviceNames = {
  audio: 'microphone',
  video: 'camera',
  'audio, video': 'camera and microphone',
  screen: 'screen share',
  unknown: 'camera or microphone',
};

export interface GetErrorCopyOptions {
  /** A whole or partial catalog in another language; English fills any gap. */
  catalog?: Partial<Record<HMSErrorCatalogKey, Partial<HMSErrorCopy>>>;
  /** Platform for bare numeric codes. @defaultValue `'web'` */
  platform?: HMSPlatform;
  /** Words for `{device}`. @defaultValue English */
  deviceNames?: Partial<HMSDeviceNames>;
  /** Word for `{requestedBy}` when nobody is named. @defaultValue `'Someone'` */
  someone?: string;
  /**
   * Fills `developerNote` (empty otherwise): pass `developerNotes` from `react-hms-errors` to log
   * them. Kept out of the default path because they outweigh the person-facing copy.
   */
  developerNotes?: Partial<Record<HMSErrorCatalogKey, string>>;
  /** Called when an override throws; the default copy is used instead. */
  onOverrideError?: (key: string, error: unknown) => void;
}

const STRING_FIELDS = ['title', 'message', 'hint', 'developerNote'] as const;
const KEYS = new Set<string>(CATALOG_KEYS);
const warn = createDevWarner();

function isNormalized(value: unknown): value is HMSNormalizedError {
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      'catalogKey' in value &&
      typeof (value as HMSNormalizedError).catalogKey === 'string' &&
      KEYS.has((value as HMSNormalizedError).catalogKey) &&
      'kind' in value
    );
  } catch {
    // a Proxy whose `has`/`get` traps throw: not ours, so normalise it (which never throws)
    return false;
  }
}

/** Copies only well-typed fields, so a sloppy override or translation cannot break rendering. */
function mergeCopy(target: HMSErrorCopy, patch: unknown): HMSErrorCopy {
  if (!patch || typeof patch !== 'object') return target;
  const next = { ...target };
  const source = patch as Record<string, unknown>;
  for (const field of STRING_FIELDS) {
    if (typeof source[field] === 'string') next[field] = source[field] as string;
  }
  if (typeof source.retryable === 'boolean') next.retryable = source.retryable;
  if (typeof source.category === 'string') next.category = source.category as HMSErrorCopy['category'];
  if (typeof source.severity === 'string') next.severity = source.severity as HMSErrorCopy['severity'];
  if ('action' in source) next.action = source.action as HMSErrorCopy['action'];
  return next;
}

/** Options are app data and may be getters or Proxies: a read that throws gets the default. */
function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

const text = (value: unknown, fallback: string): string => (typeof value === 'string' && value ? value : fallback);

function fill(text: string, device: string, requestedBy: string): string {
  return text.replace(/\{device\}/g, device).replace(/\{requestedBy\}/g, requestedBy);
}

/**
 * The copy for an error, a code or a catalog key, with overrides and translations applied and
 * placeholders filled. Never throws: an unknown input gets the catalog's generic entry.
 *
 * @example getErrorCopy(3001).title // "Can't use your camera or microphone"
 * @example getErrorCopy(error, { 40101: { hint: 'Open the invite again from your email.' } })
 */
export function getErrorCopy(
  codeOrError: unknown,
  overrides?: HMSCopyOverrides,
  options: GetErrorCopyOptions = {},
): HMSErrorCopy {
  const error: HMSNormalizedError =
    typeof codeOrError === 'string' && KEYS.has(codeOrError)
      ? { ...normalizeHMSError(null), catalogKey: codeOrError as HMSErrorCatalogKey }
      : isNormalized(codeOrError)
        ? codeOrError
        : normalizeHMSError(codeOrError, { platform: options.platform });
  const key = error.catalogKey;

  const note = attempt(() => options.developerNotes?.[key], undefined);
  const known = Object.prototype.hasOwnProperty.call(en, key) ? key : 'UNKNOWN';
  let copy: HMSErrorCopy = { ...catalogMeta[known], ...en[known], developerNote: typeof note === 'string' ? note : '' };
  try {
    // Getter- or Proxy-based translations and overrides can throw when read, not only when called.
    copy = mergeCopy(copy, options.catalog?.[key]);
    const override =
      overrides?.[key] ?? (error.code !== null ? overrides?.[error.code] : undefined);
    if (override) copy = mergeCopy(copy, typeof override === 'function' ? override(error, copy) : override);
  } catch (cause) {
    if (options.onOverrideError) options.onOverrideError(key, cause);
    else warn(`override:${key}`, `The copy override for "${key}" threw; using the default copy.`, cause);
  }

  const names = attempt(() => ({ ...defaultDeviceNames, ...options.deviceNames }), defaultDeviceNames);
  const trackType = error.trackType as keyof HMSDeviceNames | undefined;
  const device = text(
    trackType && Object.prototype.hasOwnProperty.call(names, trackType) ? names[trackType] : names.unknown,
    defaultDeviceNames.unknown,
  );
  const requestedBy = error.requestedBy || text(attempt(() => options.someone, undefined), 'Someone');
  return {
    ...copy,
    title: fill(copy.title, device, requestedBy),
    message: fill(copy.message, device, requestedBy),
    hint: fill(copy.hint, device, requestedBy),
  };
}
