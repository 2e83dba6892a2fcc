import type { HMSErrorCatalogKey } from '../codes';
import type { HMSErrorText } from '../types';
import type { HMSWordForms } from './format';
import type { HMSErrorLabels } from './labels';
import type {
  HMSBrowserFamily,
  HMSBrowserPermissionSteps,
  HMSSystem,
  HMSSystemPermissionSteps,
} from './permission-steps';

/**
 * One catalog entry in one language, with the variants the moment needs. The base text is the
 * toast that offers no button; each variant replaces some fields on top of it:
 *
 * - `dialog`: shown in the blocking dialog, where the call is over for the person ("You've left
 *   the call…"), not what is happening now;
 * - `action`: when the UI really renders the entry's action (retry, Rejoin, Allow audio, Turn
 *   camera on…), so a hint can point at it; `{action}` is that button's label;
 * - `dialogAction`: both at once (the dialog with a Rejoin / Try again button).
 *
 * Order: base ← `dialog` (dialog route) ← `action` (an action is offered) ← `dialogAction`.
 */
export interface HMSLocaleEntry extends HMSErrorText {
  dialog?: Partial<HMSErrorText>;
  action?: Partial<HMSErrorText>;
  dialogAction?: Partial<HMSErrorText>;
}

/** Every catalog key, each with its words: a missing key is a compile error. */
export type HMSLocaleCatalog = Record<HMSErrorCatalogKey, HMSLocaleEntry>;

/** The device a track error is about, by the SDK's `trackType` (`unknown` when it does not say). */
export type HMSDeviceKey = 'audio' | 'video' | 'audio, video' | 'screen' | 'unknown';

/** Names of the diagnostics lines ("Copy details"): what support reads. */
export interface HMSDiagnosticsFieldNames {
  code: string;
  name: string;
  action: string;
  message: string;
  description: string;
  shownAs: string;
  catalogKey: string;
  kind: string;
  terminal: string;
  platform: string;
  time: string;
  count: string;
  sources: string;
  userAgent: string;
  developerNote: string;
  /** Values for the "Terminal" line, and the code when there is none. */
  yes: string;
  no: string;
  none: string;
}

/**
 * A whole language: the catalog with its variants, the labels, the device names with their
 * grammatical forms, the permission steps per browser and system, the diagnostics field names and
 * the punctuation that joins texts. Every field is required, so a locale that lacks a key does
 * not compile. Import one from `react-hms-errors/locales/<tag>` and pass it to
 * `<HMSErrorProvider locale={…}>`; English is the default.
 */
export interface HMSLocale {
  /** BCP 47 language tag, e.g. `'en'`, `'es'`, `'ar'`, `'ja'`: the roots' `lang`, plural and number rules. */
  tag: string;
  /** Writing direction: the roots' `dir`. */
  dir: 'ltr' | 'rtl';
  catalog: HMSLocaleCatalog;
  labels: HMSErrorLabels;
  /**
   * Words for `{device}` with the forms the language needs: `default` fills `{device}`, any other
   * form fills `{device:form}` (German `{device:your}` → "Ihre Kamera" / "Ihr Mikrofon").
   */
  devices: Record<HMSDeviceKey, HMSWordForms>;
  /** Fills `{requestedBy}` when the SDK names nobody. */
  someone: string;
  permissionSteps: {
    browser: Record<HMSBrowserFamily, HMSBrowserPermissionSteps>;
    system: Record<HMSSystem, HMSSystemPermissionSteps>;
  };
  diagnostics: HMSDiagnosticsFieldNames;
  punctuation: {
    /** Ends a sentence that joins the title and the hint in an announcement: `'. '` in English, `'。'` in Japanese. */
    sentence: string;
    /** Between a diagnostics field name and its value: `': '`; `'：'` in Japanese. */
    field: string;
    /** Joins list items (sources): `', '`; `'، '` in Arabic; `'、'` in Japanese. */
    list: string;
  };
}
