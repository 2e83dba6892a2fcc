import { createContext, useContext, useMemo, type CSSProperties, type ReactNode } from 'react';
import {
  defaultDeviceNames,
  getErrorCopy,
  type GetErrorCopyOptions,
  type HMSCopyOverrides,
  type HMSDeviceNames,
} from '../core/copy/getErrorCopy';
import type {
  HMSBrowserFamily,
  HMSBrowserPermissionSteps,
  HMSSystem,
  HMSSystemPermissionSteps,
} from '../core/copy/permission-steps';
import { createDevWarner } from '../core/dev';
import type { HMSErrorStore } from '../core/store';
import type { HMSErrorActionKind, HMSErrorCopy, HMSErrorEntry } from '../core/types';
import { useHMSErrorStore } from '../react/context';
import { defaultLabels, type HMSErrorLabels } from './labels';
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
  /** The "+2 more" line. */
  more: string;
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
  /** Shows "Try again" for retryable errors; called with the entry before it is dismissed. */
  onRetry?: (entry: HMSErrorEntry) => void;
  /**
   * Called by toast actions: `'unblock-audio'` (3008, "Allow audio": call `hmsActions.unblockAudio()`),
   * and `'retry'` when the catalog asks for a retry action and `onRetry` is absent.
   */
  onAction?: (action: HMSErrorActionKind, entry: HMSErrorEntry) => void;
  /** Replaces any user-facing label ("Go home", "Dismiss: {title}"…). English by default. */
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
  /** @defaultValue `'light'` */
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
  labels: HMSErrorLabels;
  colorScheme: HMSColorScheme;
  /** Class names for a part: the kit's (unless `unstyled`) plus the app's. */
  cn: (part: keyof HMSErrorClassNames) => string | undefined;
  /** Props for a component's root element: scheme, theme variables, classes. */
  rootProps: { className: string | undefined; style: CSSProperties | undefined; 'data-color-scheme': HMSColorScheme };
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
  toastBody: 'hmse-toast-body',
  toastTitle: 'hmse-toast-title',
  toastMessage: 'hmse-toast-message',
  toastHint: 'hmse-toast-hint',
  count: 'hmse-count',
  action: 'hmse-button hmse-action',
  close: 'hmse-close',
  steps: 'hmse-steps',
  more: 'hmse-more',
};

const SCHEMES = new Set<HMSColorScheme>(['light', 'dark', 'system']);

const warnConfig = createDevWarner();

/** A component's configuration with every default filled in. */
export function useUIConfig(props: HMSErrorUIConfig): ResolvedUIConfig {
  try {
    return resolveUIConfig(props);
  } catch (error) {
    // Runs outside the components' error boundaries: a `labels`, `theme` or `classNames` whose
    // getters throw (a half-loaded i18n Proxy) must not unmount the host app.
    warnConfig('config', 'Reading the UI configuration threw; using the defaults.', error);
    const { homeHref, onNavigateHome, onRetry, onAction, container } = props;
    return resolveUIConfig({ homeHref, onNavigateHome, onRetry, onAction, container });
  }
}

function resolveUIConfig(merged: HMSErrorUIConfig): ResolvedUIConfig {
  const { unstyled, className, theme } = merged;
  // Read now, where a throw falls back, rather than part by part during render.
  const classNames: Partial<HMSErrorClassNames> = { ...merged.classNames };
  const colorScheme = merged.colorScheme && SCHEMES.has(merged.colorScheme) ? merged.colorScheme : 'light';
  const cn = (part: keyof HMSErrorClassNames): string | undefined => {
    const own = unstyled ? '' : BASE_CLASSES[part];
    const extra = classNames[part];
    const joined = [own, extra, part === 'root' ? className : undefined].filter(Boolean).join(' ');
    return joined || undefined;
  };
  return {
    ...merged,
    homeHref: typeof merged.homeHref === 'string' && merged.homeHref ? merged.homeHref : '/',
    labels: { ...defaultLabels, ...merged.labels },
    colorScheme,
    cn,
    rootProps: { className: cn('root'), style: themeToStyle(theme, colorScheme), 'data-color-scheme': colorScheme },
  };
}

/** The store from props, else from the nearest provider; throws a setup error without either. */
export const useKitStore = useHMSErrorStore;

interface CachedCopy {
  store: HMSErrorStore;
  copy: HMSErrorUIConfig['copy'];
  catalog: HMSErrorUIConfig['catalog'];
  deviceNames: HMSErrorUIConfig['deviceNames'];
  result: HMSErrorCopy;
}

// Per entry object: an entry that did not change (a toast that stays while another arrives) is
// not resolved again; a new count or an in-place update is a new object, and so is resolved anew.
const resolved = new WeakMap<HMSErrorEntry, CachedCopy>();

/**
 * The words for an entry: the one place text is resolved. The store holds none; its `copy`,
 * `copyOptions` and `developerNotes` options and the UI's `copy` / `catalog` / `deviceNames` are
 * applied here, at render, memoised per entry and configuration.
 */
export function resolveCopy(entry: HMSErrorEntry, store: HMSErrorStore, config: HMSErrorUIConfig): HMSErrorCopy {
  const cached = resolved.get(entry);
  if (
    cached &&
    cached.store === store &&
    cached.copy === config.copy &&
    cached.catalog === config.catalog &&
    cached.deviceNames === config.deviceNames
  ) {
    return cached.result;
  }
  const storeOptions = store.options;
  const result = getErrorCopy(
    entry,
    config.copy ? { ...storeOptions.copy, ...config.copy } : storeOptions.copy,
    {
      ...storeOptions.copyOptions,
      developerNotes: storeOptions.developerNotes,
      catalog: config.catalog ?? storeOptions.copyOptions?.catalog,
      deviceNames: config.deviceNames ? { ...storeOptions.copyOptions?.deviceNames, ...config.deviceNames } : storeOptions.copyOptions?.deviceNames,
    },
  );
  resolved.set(entry, { store, copy: config.copy, catalog: config.catalog, deviceNames: config.deviceNames, result });
  return result;
}

/** Plain English copy for an entry, for fallbacks that must render whatever the configuration does. */
export function plainCopy(entry: HMSErrorEntry): HMSErrorCopy {
  return getErrorCopy(entry);
}

/** The word for `{device}` in permission steps, the same way the catalog fills it. */
export function deviceWord(entry: HMSErrorEntry, store: HMSErrorStore, config: HMSErrorUIConfig): string {
  const names: HMSDeviceNames = {
    ...defaultDeviceNames,
    ...store.options.copyOptions?.deviceNames,
    ...config.deviceNames,
  };
  const key = entry.trackType as keyof HMSDeviceNames | undefined;
  return key && Object.prototype.hasOwnProperty.call(names, key) ? names[key] : names.unknown;
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
