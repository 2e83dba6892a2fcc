import { createContext, useContext, useMemo, type CSSProperties, type ReactNode } from 'react';
import {
  defaultDeviceNames,
  getErrorCopy,
  resolveLocale,
  type GetErrorCopyOptions,
  type HMSCopyOverrides,
  type HMSDeviceNames,
  type HMSOfferedAction,
} from '../core/copy/getErrorCopy';
import type { HMSLocale } from '../core/copy/locale';
import type {
  HMSBrowserFamily,
  HMSBrowserPermissionSteps,
  HMSSystem,
  HMSSystemPermissionSteps,
} from '../core/copy/permission-steps';
import { createDevWarner } from '../core/dev';
import type { HMSErrorStore } from '../core/store';
import { recoveriesFor } from '../core/recovery';
import type { HMSActionsLike, HMSErrorActionKind, HMSErrorCopy, HMSErrorEntry } from '../core/types';
import { useHMSErrorStore } from '../react/context';
import { HMSErrorLocaleContext, useHMSLocale } from '../react/locale';
import type { HMSErrorLabels } from './labels';
import { themeToStyle, type HMSColorScheme, type HMSErrorTheme } from './theme';

/** Class names per part, added to (or, with `unstyled`, instead of) the kit's own. */
export interface HMSErrorClassNames {
  /** The root of each component (the dialog's portal root, the toasts' root). */
  root: string;
  overlay: string;
  dialog: string;
  title: string;
  description: string;
  hint: string;
  code: string;
  actions: string;
  /** "Go home". */
  primary: string;
  /** "Try again", "Copy details", "Pause". */
  secondary: string;
  /** The "Copied" confirmation and the countdown line. */
  status: string;
  details: string;
  /** The labelled region that holds the toast list. */
  toasts: string;
  list: string;
  toast: string;
  /** A toast's severity icon (its shape tells the severity; its text alternative says it). */
  icon: string;
  /** Everything in a toast but its close button. */
  toastBody: string;
  toastTitle: string;
  toastMessage: string;
  toastHint: string;
  /** The "×3" repeat count. */
  count: string;
  /** A toast's action buttons ("Allow audio", "Try again", "How to fix"). */
  action: string;
  close: string;
  steps: string;
  /** The device choice under "Use another camera". */
  devices: string;
  /** The "+2 more" line. */
  more: string;
  /** The "Recent notifications" view (`HMSErrorRecent`) and its heading. */
  recent: string;
  recentTitle: string;
}

/** Replacement "How to fix" steps, e.g. in another language. `{device}` is filled in. */
export interface HMSPermissionStepsOverrides {
  browser?: Partial<Record<HMSBrowserFamily, HMSBrowserPermissionSteps>>;
  system?: Partial<Record<HMSSystem, HMSSystemPermissionSteps>>;
}

/**
 * Configuration shared by `HMSErrorDialog`, `HMSErrorToasts` and `HMSErrorUI`: give it once, to
 * `HMSErrorUI`, which passes it to both.
 */
export interface HMSErrorUIConfig {
  /** Where "Go home" leads when `onNavigateHome` is absent or throws. @defaultValue `'/'` */
  homeHref?: string;
  /**
   * Routes "Go home" through the app's router, e.g. `(entry) => navigate('/')`. If it throws, the
   * kit goes to `homeHref` with `window.location.assign`.
   */
  onNavigateHome?: (entry: HMSErrorEntry) => void;
  /**
   * Shows "Try again" for retryable errors; called with the entry before it is dismissed. In
   * toasts it replaces the kit's own SDK call; a returned promise keeps the button busy.
   */
  onRetry?: (entry: HMSErrorEntry) => void;
  /**
   * Called by toast actions instead of the kit's SDK call: `'unblock-audio'` (3008, "Allow audio"),
   * and `'retry'` when the catalog asks for a retry action and `onRetry` is absent. Not needed
   * when the provider has `actions`. A returned promise keeps the button busy until it settles.
   */
  onAction?: (action: HMSErrorActionKind, entry: HMSErrorEntry) => void;
  /**
   * The language, for this component only: a complete locale from `react-hms-errors/locales/<tag>`.
   * @defaultValue the nearest `HMSErrorProvider`'s `locale`, else English
   */
  locale?: HMSLocale;
  /** Replaces any user-facing label ("Go home", "Dismiss: {title}"…). @defaultValue the locale's */
  labels?: Partial<HMSErrorLabels>;
  /** Copy overrides per catalog key or code, applied at render on top of the store's. */
  copy?: HMSCopyOverrides;
  /** A whole or partial catalog in another language; English fills any gap. */
  catalog?: GetErrorCopyOptions['catalog'];
  /** Words that fill `{device}` in copy and in the permission steps. @defaultValue English */
  deviceNames?: Partial<HMSDeviceNames>;
  /** Replacement "How to fix" steps for 3001 / 3011. @defaultValue English steps per browser and system */
  permissionSteps?: HMSPermissionStepsOverrides;
  /** Colours, radius, font, spacing… applied as `--hmse-*` custom properties. */
  theme?: HMSErrorTheme;
  /** `'system'` follows the person's `prefers-color-scheme`. @defaultValue `'system'` */
  colorScheme?: HMSColorScheme;
  /** Added to each component's root element. */
  className?: string;
  /** Added to individual parts. */
  classNames?: Partial<HMSErrorClassNames>;
  /** Drops the kit's own class names (and so its stylesheet); `data-*` attributes stay. @defaultValue `false` */
  unstyled?: boolean;
  /** Where the portals mount. @defaultValue `document.body` */
  container?: HTMLElement | null;
}

/** Props every component accepts: the shared configuration and, optionally, a store. */
export interface HMSErrorComponentProps extends HMSErrorUIConfig {
  /** A store to render instead of the nearest `HMSErrorProvider`'s. */
  store?: HMSErrorStore;
}

/** Configuration with everything resolved: what the parts render from. */
export interface ResolvedUIConfig extends HMSErrorUIConfig {
  homeHref: string;
  /** The locale in use, complete (an incomplete one is replaced by English, whole). */
  locale: HMSLocale;
  labels: HMSErrorLabels;
  colorScheme: HMSColorScheme;
  /** Class names for a part: the kit's (unless `unstyled`) plus the app's. */
  cn: (part: keyof HMSErrorClassNames) => string | undefined;
  /** Props for a component's root element: scheme, theme variables, classes. */
  rootProps: {
    className: string | undefined;
    style: CSSProperties | undefined;
    'data-color-scheme': HMSColorScheme;
    /** Marks the kit's roots, for `isHMSErrorUIEvent` (class names may be the app's). */
    'data-hmse-root': '';
    lang?: string;
    dir?: 'ltr' | 'rtl';
  };
}

const BASE_CLASSES: Record<keyof HMSErrorClassNames, string> = {
  root: 'hmse-root',
  overlay: 'hmse-overlay',
  dialog: 'hmse-dialog',
  title: 'hmse-title',
  description: 'hmse-description',
  hint: 'hmse-hint',
  code: 'hmse-code',
  actions: 'hmse-actions',
  primary: 'hmse-button hmse-primary',
  secondary: 'hmse-button hmse-secondary',
  status: 'hmse-status',
  details: 'hmse-details',
  toasts: 'hmse-toasts',
  list: 'hmse-list',
  toast: 'hmse-toast',
  icon: 'hmse-icon',
  toastBody: 'hmse-toast-body',
  toastTitle: 'hmse-toast-title',
  toastMessage: 'hmse-toast-message',
  toastHint: 'hmse-toast-hint',
  count: 'hmse-count',
  action: 'hmse-button hmse-action',
  close: 'hmse-close',
  steps: 'hmse-steps',
  devices: 'hmse-devices',
  more: 'hmse-more',
  recent: 'hmse-recent',
  recentTitle: 'hmse-recent-title',
};

const SCHEMES = new Set<HMSColorScheme>(['light', 'dark', 'system']);

const warnConfig = createDevWarner();

/** A component's configuration with every default filled in. */
export function useUIConfig(props: HMSErrorUIConfig): ResolvedUIConfig {
  const fromProvider = useHMSLocale();
  const givenByProvider = useContext(HMSErrorLocaleContext) !== null;
  try {
    return resolveUIConfig(props, props.locale ? resolveLocale(props.locale) : fromProvider, Boolean(props.locale) || givenByProvider);
  } catch (error) {
    // Runs outside the components' error boundaries: a `labels`, `theme` or `classNames` whose
    // getters throw (a half-loaded i18n Proxy) must not unmount the host app.
    warnConfig('config', 'Reading the UI configuration threw; using the defaults.', error);
    const { homeHref, onNavigateHome, onRetry, onAction, container } = props;
    return resolveUIConfig({ homeHref, onNavigateHome, onRetry, onAction, container }, fromProvider);
  }
}

// The same labels object for the same locale and overrides, so copy memoised per entry stays valid.
const mergedLabels = new WeakMap<HMSLocale, WeakMap<object, HMSErrorLabels>>();

function labelsFor(locale: HMSLocale, given: Partial<HMSErrorLabels> | undefined): HMSErrorLabels {
  if (!given) return locale.labels;
  let byGiven = mergedLabels.get(locale);
  if (!byGiven) mergedLabels.set(locale, (byGiven = new WeakMap()));
  let labels = byGiven.get(given);
  if (!labels) byGiven.set(given, (labels = { ...locale.labels, ...given }));
  return labels;
}

function resolveUIConfig(merged: HMSErrorUIConfig, locale: HMSLocale, localeGiven = false): ResolvedUIConfig {
  // An app that translates through `catalog` / `labels` instead of a locale has told the kit
  // its words but not their language: then the roots inherit the page's lang and dir.
  const language = localeGiven || !merged.catalog ? { lang: locale.tag, dir: locale.dir } : {};
  const { unstyled, className, theme } = merged;
  // Read now, where a throw falls back, rather than part by part during render.
  const classNames: Partial<HMSErrorClassNames> = { ...merged.classNames };
  const colorScheme = merged.colorScheme && SCHEMES.has(merged.colorScheme) ? merged.colorScheme : 'system';
  const cn = (part: keyof HMSErrorClassNames): string | undefined => {
    const own = unstyled ? '' : BASE_CLASSES[part];
    const extra = classNames[part];
    const joined = [own, extra, part === 'root' ? className : undefined].filter(Boolean).join(' ');
    return joined || undefined;
  };
  return {
    ...merged,
    homeHref: typeof merged.homeHref === 'string' && merged.homeHref ? merged.homeHref : '/',
    locale,
    labels: labelsFor(locale, merged.labels),
    colorScheme,
    cn,
    rootProps: {
      className: cn('root'),
      style: themeToStyle(theme, colorScheme),
      'data-color-scheme': colorScheme,
      'data-hmse-root': '',
      ...language,
    },
  };
}

/** The store from props, else from the nearest provider; throws a setup error without either. */
export const useKitStore = useHMSErrorStore;

interface CachedCopy {
  store: HMSErrorStore;
  copy: HMSErrorUIConfig['copy'];
  catalog: HMSErrorUIConfig['catalog'];
  deviceNames: HMSErrorUIConfig['deviceNames'];
  locale: HMSLocale | undefined;
  labels: Partial<HMSErrorLabels> | undefined;
  actions: string;
  result: HMSErrorCopy;
}

// Per entry object: an entry that did not change (a toast that stays while another arrives) is
// not resolved again; a new count or an in-place update is a new object, and so is resolved anew.
const resolved = new WeakMap<HMSErrorEntry, CachedCopy>();

const warnAudio = createDevWarner();

/** In development, once: a 3008 toast on screen that cannot offer "Allow audio". */
export function warnIfAudioStaysBlocked(entry: HMSErrorEntry, offered: readonly HMSOfferedAction[]): void {
  if (entry.meta.action !== 'unblock-audio' || offered.includes('unblock-audio')) return;
  warnAudio(
    'unblock-audio',
    'Code 3008 (autoplay blocked) arrived and nothing can unblock audio: pass `actions` to ' +
      "HMSErrorProvider (or `onAction`: call hmsActions.unblockAudio() for 'unblock-audio') so the toast can offer Allow audio.",
  );
}

/**
 * The buttons a toast renders for an entry (the same conditions as `Toast`): the copy may point at
 * them only when they are there. The app's `onAction` / `onRetry` come first; without them, the
 * SDK's `actions` (`sdk`) run what they can: unblock audio, turn a track on, switch device.
 */
export function toastActions(entry: HMSErrorEntry, config: HMSErrorUIConfig, sdk?: HMSActionsLike | null): HMSOfferedAction[] {
  const { action, retryable } = entry.meta;
  const offered: HMSOfferedAction[] = [];
  const onAction = typeof config.onAction === 'function';
  const recoveries = recoveriesFor(entry, sdk);
  if (action === 'unblock-audio' && (onAction || recoveries.includes('unblock-audio'))) offered.push('unblock-audio');
  if (
    (typeof config.onRetry === 'function' && (retryable || action === 'retry')) ||
    (action === 'retry' && onAction) ||
    recoveries.includes('enable')
  ) {
    offered.push('retry');
  }
  if (recoveries.includes('choose-device')) offered.push('choose-device');
  if (action === 'fix-permissions') offered.push('fix-permissions');
  return offered;
}

/**
 * The words for an entry: the one place text is resolved. The store holds none; its `copy`,
 * `copyOptions` and `developerNotes` options and the UI's `locale` / `labels` / `copy` /
 * `catalog` / `deviceNames` are applied here, at render, memoised per entry and configuration.
 * `actions` are the buttons rendered with the copy (by default a toast's, see `toastActions`;
 * the dialog passes its own).
 */
export function resolveCopy(
  entry: HMSErrorEntry,
  store: HMSErrorStore,
  config: HMSErrorUIConfig & { locale?: HMSLocale },
  actions?: readonly HMSOfferedAction[],
): HMSErrorCopy {
  const offered = actions ?? (entry.route === 'dialog' ? [] : toastActions(entry, config, store.options.actions));
  const actionsKey = offered.join(',');
  const cached = resolved.get(entry);
  if (
    cached &&
    cached.store === store &&
    cached.copy === config.copy &&
    cached.catalog === config.catalog &&
    cached.deviceNames === config.deviceNames &&
    cached.locale === config.locale &&
    cached.labels === config.labels &&
    cached.actions === actionsKey
  ) {
    return cached.result;
  }
  const storeOptions = store.options;
  const result = getErrorCopy(entry, {
    ...storeOptions.copyOptions,
    locale: config.locale,
    labels: config.labels,
    actions: offered,
    overrides: config.copy ? { ...storeOptions.copy, ...config.copy } : storeOptions.copy,
    developerNotes: storeOptions.developerNotes,
    catalog: config.catalog ?? storeOptions.copyOptions?.catalog,
    deviceNames: config.deviceNames
      ? { ...storeOptions.copyOptions?.deviceNames, ...config.deviceNames }
      : storeOptions.copyOptions?.deviceNames,
  });
  resolved.set(entry, {
    store,
    copy: config.copy,
    catalog: config.catalog,
    deviceNames: config.deviceNames,
    locale: config.locale,
    labels: config.labels,
    actions: actionsKey,
    result,
  });
  return result;
}

/** What the live region says for an entry: the title and the hint (what to do), as one text. */
export function announcementText(copy: HMSErrorCopy, locale: HMSLocale): string {
  const sentence = locale.punctuation.sentence;
  const title = copy.title.replace(/[.。!?！？]\s*$/, '');
  return copy.hint ? `${title}${sentence}${copy.hint}` : copy.title;
}

/** Plain English copy for an entry, for fallbacks that must render whatever the configuration does. */
export function plainCopy(entry: HMSErrorEntry): HMSErrorCopy {
  return getErrorCopy(entry);
}

/** The word for `{device}` in permission steps, the same way the catalog fills it. */
export function deviceWord(entry: HMSErrorEntry, store: HMSErrorStore, config: HMSErrorUIConfig & { locale?: HMSLocale }): string {
  const locale = resolveLocale(config.locale);
  const names: Partial<HMSDeviceNames> = { ...store.options.copyOptions?.deviceNames, ...config.deviceNames };
  const key = (entry.trackType && Object.prototype.hasOwnProperty.call(defaultDeviceNames, entry.trackType)
    ? entry.trackType
    : 'unknown') as keyof HMSDeviceNames;
  return names[key] ?? locale.devices[key].default;
}

/** Hides content visually but keeps it for screen readers; inline so `unstyled` keeps it hidden. */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
