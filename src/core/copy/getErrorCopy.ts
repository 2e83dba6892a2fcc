import { CATALOG_KEYS } from '../codes';
import { createDevWarner } from '../dev';
import { normalizeHMSError } from '../normalize';
import type {
  HMSErrorCatalogKey,
  HMSErrorCopy,
  HMSErrorRoute,
  HMSErrorText,
  HMSNormalizedError,
  HMSPlatform,
} from '../types';
import { catalogMeta } from '../meta';
import { formatMessage, isolate, type HMSMessageValue, type HMSWordForms } from './format';
import type { HMSErrorLabels } from './labels';
import type { HMSDeviceKey, HMSLocale, HMSLocaleEntry } from './locale';
import { englishLocale } from './locale-en';

/** A replacement for part of one entry: fixed fields, or a function of the error. */
export type HMSCopyOverride =
  | Partial<HMSErrorCopy>
  | ((error: HMSNormalizedError, defaults: HMSErrorCopy) => Partial<HMSErrorCopy>);

/** Overrides keyed by catalog key (`'3001'`, `'3012.web'`, `'ROOM_ENDED'`…) or numeric code. */
export type HMSCopyOverrides = Partial<Record<HMSErrorCatalogKey | number | (string & {}), HMSCopyOverride>>;

/** Plain words that fill `{device}`, by the SDK's `trackType` (see `HMSLocale.devices` for forms). */
export type HMSDeviceNames = Record<HMSDeviceKey, string>;

/** The English device names. */
export const defaultDeviceNames: HMSDeviceNames = {
  audio: 'microphone',
  video: 'camera',
  'audio, video': 'camera and microphone',
  screen: 'screen share',
  unknown: 'camera or microphone',
};

/**
 * A button the UI really renders next to the copy. The copy's `action` variant is used only when
 * one is offered, and `{action}` is the first one's label.
 */
export type HMSOfferedAction = 'retry' | 'rejoin' | 'unblock-audio' | 'fix-permissions' | 'choose-device';

export interface GetErrorCopyOptions {
  /** The language. @defaultValue English */
  locale?: HMSLocale;
  /** Per-key or per-code replacements, applied last. */
  overrides?: HMSCopyOverrides;
  /** Which variant: the dialog's or a toast's. @defaultValue the entry's `route`, else dialog when terminal */
  route?: HMSErrorRoute;
  /** The buttons the UI renders with this copy. @defaultValue none */
  actions?: readonly HMSOfferedAction[];
  /** Labels that fill `{action}`, `{allowAudio}`… @defaultValue the locale's */
  labels?: Partial<HMSErrorLabels>;
  /**
   * Entries that replace the locale's, whole (with their own variants, if any): an older way to
   * translate part of the catalog. Prefer a complete `locale`.
   */
  catalog?: Partial<Record<HMSErrorCatalogKey, Partial<HMSLocaleEntry>>>;
  /** Platform for bare numeric codes. @defaultValue `'web'` */
  platform?: HMSPlatform;
  /** Words for `{device}`, on top of the locale's. */
  deviceNames?: Partial<HMSDeviceNames>;
  /** Word for `{requestedBy}` when nobody is named. @defaultValue the locale's `someone` */
  someone?: string;
  /**
   * Fills `developerNote` (empty otherwise): pass `developerNotes` from `react-hms-errors` to log
   * them. Kept out of the default path because they outweigh the person-facing copy.
   */
  developerNotes?: Partial<Record<HMSErrorCatalogKey, string>>;
  /** Called when an override throws; the default copy is used instead. */
  onOverrideError?: (key: string, error: unknown) => void;
}

const OPTION_KEYS = new Set<string>([
  'locale', 'overrides', 'route', 'actions', 'labels', 'catalog', 'platform', 'deviceNames', 'someone',
  'developerNotes', 'onOverrideError',
]);
const STRING_FIELDS = ['title', 'message', 'hint', 'developerNote'] as const;
const TEXT_FIELDS = ['title', 'message', 'hint'] as const;
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

function mergeText(target: HMSErrorText, patch: unknown): HMSErrorText {
  if (!patch || typeof patch !== 'object') return target;
  const next = { ...target };
  for (const field of TEXT_FIELDS) {
    const value = (patch as Record<string, unknown>)[field];
    if (typeof value === 'string') next[field] = value;
  }
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

const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

// ── Locale completeness ─────────────────────────────────────────────────────────────────────

const VARIANT_FIELDS = new Set(['dialog', 'action', 'dialogAction']);
const checked = new WeakMap<object, boolean>();

/** Whether `candidate` has every field the English locale has, with the same kind of value. */
function sameShape(reference: unknown, candidate: unknown): boolean {
  if (typeof reference === 'string') return typeof candidate === 'string';
  if (Array.isArray(reference)) return Array.isArray(candidate) && candidate.every((item) => typeof item === 'string');
  if (reference && typeof reference === 'object') {
    if (!candidate || typeof candidate !== 'object') return false;
    for (const key of Object.keys(reference)) {
      if (VARIANT_FIELDS.has(key)) continue;
      if (!sameShape((reference as Record<string, unknown>)[key], (candidate as Record<string, unknown>)[key])) return false;
    }
    return true;
  }
  return true;
}

/**
 * The locale to use: the one given if it is complete, else English, whole. A locale is never
 * mixed field by field with English: a sentence half in one language helps nobody.
 */
export function resolveLocale(locale: HMSLocale | null | undefined): HMSLocale {
  if (!locale || locale === englishLocale) return englishLocale;
  if (typeof locale !== 'object') return englishLocale;
  let complete = checked.get(locale);
  if (complete === undefined) {
    complete = attempt(() => sameShape(englishLocale, locale) && (locale.dir === 'ltr' || locale.dir === 'rtl'), false);
    checked.set(locale, complete);
    if (!complete) {
      warn(
        `locale:${attempt(() => String(locale.tag), '?')}`,
        `The locale "${attempt(() => String(locale.tag), '?')}" is incomplete; showing English instead.`,
      );
    }
  }
  return complete ? locale : englishLocale;
}

// ── Which words ─────────────────────────────────────────────────────────────────────────────

const ROOM_FULL_TEXT = /peer limit|room is full|room full|max(?:imum)? (?:number of )?(?:peers|participants)|role limit|limit for (?:the )?role/i;

/**
 * The entry whose words fit this error: its own, or screen-share copy for a 3xxx about the screen
 * share, or room-full copy for a refused join that says the room is full.
 */
function textKeyFor(error: HMSNormalizedError): HMSErrorCatalogKey {
  const key = error.catalogKey;
  if (error.trackType === 'screen' && (/^3\d{3}$/.test(key) || key === 'range.3xxx')) {
    return key === '3011' ? '3011.screen' : '3xxx.screen';
  }
  const code = error.code;
  if (
    code !== null &&
    ((code >= 400 && code < 500) || (code >= 40000 && code < 50000) || code === 6008) &&
    ROOM_FULL_TEXT.test(`${error.message} ${error.description}`)
  ) {
    return 'ROOM_FULL';
  }
  return key;
}

/** The label of the button a retry of this error shows: "Turn camera on", "Share again"… */
export function retryLabel(error: Pick<HMSNormalizedError, 'catalogKey' | 'trackType'>, labels: HMSErrorLabels): string {
  const deviceError =
    /^3/.test(error.catalogKey) ||
    error.catalogKey === 'range.3xxx' ||
    error.catalogKey === 'PERMISSION_GRANTED' ||
    error.catalogKey === 'DEVICE_FOUND';
  if (deviceError && error.trackType === 'video') return labels.turnCameraOn;
  if (deviceError && error.trackType === 'audio') return labels.turnMicrophoneOn;
  if (deviceError && error.trackType === 'screen') return labels.shareAgain;
  return labels.tryAgain;
}

/** The label of an offered action's button. */
export function actionLabel(
  action: HMSOfferedAction,
  error: Pick<HMSNormalizedError, 'catalogKey' | 'trackType'>,
  labels: HMSErrorLabels,
): string {
  if (action === 'rejoin') return labels.rejoin;
  if (action === 'unblock-audio') return labels.allowAudio;
  if (action === 'fix-permissions') return labels.howToFix;
  if (action === 'choose-device') return error.trackType === 'audio' ? labels.useAnotherMicrophone : labels.useAnotherCamera;
  return retryLabel(error, labels);
}

function pickText(entry: HMSLocaleEntry, route: HMSErrorRoute, offered: boolean): HMSErrorText {
  let text: HMSErrorText = { title: entry.title, message: entry.message, hint: entry.hint };
  const dialog = route === 'dialog';
  if (dialog) text = mergeText(text, entry.dialog);
  if (offered) text = mergeText(text, entry.action);
  if (dialog && offered) text = mergeText(text, entry.dialogAction);
  return text;
}

function deviceForms(locale: HMSLocale, trackType: string | undefined, names: Partial<HMSDeviceNames> | undefined): HMSWordForms {
  const key: HMSDeviceKey = trackType && has(locale.devices, trackType) ? (trackType as HMSDeviceKey) : 'unknown';
  const plain = attempt(() => names?.[key], undefined);
  if (typeof plain === 'string' && plain) return { default: plain };
  const forms = locale.devices[key];
  return forms && typeof forms.default === 'string' ? forms : { default: defaultDeviceNames[key] };
}

function resolveInput(codeOrError: unknown, platform: HMSPlatform | undefined): HMSNormalizedError {
  if (typeof codeOrError === 'string' && KEYS.has(codeOrError)) {
    return { ...normalizeHMSError(null), catalogKey: codeOrError as HMSErrorCatalogKey };
  }
  return isNormalized(codeOrError) ? codeOrError : normalizeHMSError(codeOrError, { platform });
}

function isOptions(value: unknown): value is GetErrorCopyOptions {
  if (!value || typeof value !== 'object') return false;
  return attempt(() => Object.keys(value).some((key) => OPTION_KEYS.has(key)), false);
}

/**
 * The words for an error, a code or a catalog key, in one language and for one moment: the
 * dialog's or a toast's variant, with or without the action the UI offers; overrides applied,
 * placeholders filled, names inserted literally and isolated. Never throws: an unknown input gets
 * the catalog's generic entry.
 *
 * Two call forms: `getErrorCopy(entry, { locale, overrides, route, actions… })`, and the older
 * `getErrorCopy(codeOrError, overrides?, options?)`.
 *
 * @example getErrorCopy(3001).title // "Can't use your camera or microphone"
 * @example getErrorCopy(entry, { locale: es, actions: ['retry'] })
 */
export function getErrorCopy(codeOrError: unknown, options?: GetErrorCopyOptions): HMSErrorCopy;
export function getErrorCopy(codeOrError: unknown, overrides?: HMSCopyOverrides, options?: GetErrorCopyOptions): HMSErrorCopy;
export function getErrorCopy(
  codeOrError: unknown,
  second?: HMSCopyOverrides | GetErrorCopyOptions,
  third?: GetErrorCopyOptions,
): HMSErrorCopy {
  const options: GetErrorCopyOptions =
    third === undefined && isOptions(second)
      ? second
      : { ...third, overrides: (second as HMSCopyOverrides | undefined) ?? third?.overrides };
  const error = resolveInput(codeOrError, options.platform);
  const key = error.catalogKey;
  const locale = resolveLocale(attempt(() => options.locale, undefined));
  const labels: HMSErrorLabels = attempt(() => ({ ...locale.labels, ...options.labels }), locale.labels);

  const known: HMSErrorCatalogKey = has(catalogMeta, key) ? key : 'UNKNOWN';
  const textKey = textKeyFor({ ...error, catalogKey: known });
  const given = attempt(() => options.catalog?.[textKey] ?? options.catalog?.[known], undefined);
  const source: HMSLocaleEntry =
    given && typeof given === 'object'
      ? { ...mergeText(locale.catalog[textKey], given), dialog: given.dialog, action: given.action, dialogAction: given.dialogAction }
      : locale.catalog[textKey];

  const route: HMSErrorRoute =
    options.route ?? ((error as { route?: HMSErrorRoute }).route || (error.isTerminal ? 'dialog' : 'toast'));
  const offered = attempt(() => (Array.isArray(options.actions) ? options.actions : []), [] as HMSOfferedAction[]);
  const text = pickText(source, route, offered.length > 0);

  const note = attempt(() => options.developerNotes?.[key], undefined);
  let copy: HMSErrorCopy = { ...catalogMeta[known], ...text, developerNote: typeof note === 'string' ? note : '' };
  try {
    // Getter- or Proxy-based overrides can throw when read, not only when called.
    const overrides = options.overrides;
    const override = overrides?.[key] ?? (error.code !== null ? overrides?.[error.code] : undefined);
    if (override) copy = mergeCopy(copy, typeof override === 'function' ? override(error, copy) : override);
  } catch (cause) {
    if (options.onOverrideError) options.onOverrideError(key, cause);
    else warn(`override:${key}`, `The copy override for "${key}" threw; using the default copy.`, cause);
  }

  const someone = attempt(() => options.someone, undefined);
  const values: Record<string, HMSMessageValue> = { ...(labels as unknown as Record<string, string>) };
  values.device = deviceForms(locale, error.trackType, attempt(() => options.deviceNames, undefined));
  if (error.requestedBy) values.requestedBy = isolate(error.requestedBy);
  if (error.reason) values.reason = isolate(error.reason);
  if (offered.length) values.action = actionLabel(offered[0], error, labels);
  const fallbacks = { requestedBy: typeof someone === 'string' && someone ? someone : locale.someone };
  const fill = (template: string) => formatMessage(template, values, locale.tag, fallbacks);
  return { ...copy, title: fill(copy.title), message: fill(copy.message), hint: fill(copy.hint) };
}
