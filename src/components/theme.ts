import type { CSSProperties } from 'react';

/**
 * Theme tokens. Each one becomes a CSS custom property `--hmse-<kebab-name>` on the kit's own root
 * elements (the dialog's portal root and the toasts' root), so nothing leaks to the host page.
 * Anything left out keeps the stylesheet's default for the active colour scheme.
 */
export interface HMSErrorTheme {
  /** Primary buttons and focus rings. */
  accent?: string;
  /** Text on `accent`. */
  accentText?: string;
  /** Errors: the stripe of error toasts and of the dialog. */
  danger?: string;
  /** Stripe of warning toasts. */
  warning?: string;
  /** Stripe of info toasts. */
  info?: string;
  /** Stripe of success toasts ("Reconnected"). */
  success?: string;
  /** Background of the dialog and the toasts. */
  surface?: string;
  /** Main text. */
  text?: string;
  /** Secondary text (hints, the error code). */
  muted?: string;
  /** Borders of surfaces and secondary buttons. */
  border?: string;
  /** The dialog's backdrop. */
  overlay?: string;
  /** Corner radius, e.g. `'8px'` or `8` (px). */
  radius?: string | number;
  /** Font family stack. */
  font?: string;
  /** Box shadow of the dialog and the toasts. */
  shadow?: string;
  /** Base spacing unit, e.g. `'8px'` or `8` (px); paddings and gaps are multiples of it. */
  spacing?: string | number;
  /** Stacking order of the dialog and the toasts. */
  zIndex?: number | string;
}

/** `light`, `dark`, or follow the system's `prefers-color-scheme`. */
export type HMSColorScheme = 'light' | 'dark' | 'system';

/** The colours a default scheme defines (the stylesheet holds the same values; a test checks it). */
export type HMSErrorPalette = Required<
  Pick<
    HMSErrorTheme,
    'accent' | 'accentText' | 'danger' | 'warning' | 'info' | 'success' | 'surface' | 'text' | 'muted' | 'border'
  >
>;

/**
 * Default light palette. `text`, `muted`, `accent` and the severity colours reach WCAG AA for text
 * (≥ 4.5:1) on `surface`, as does `accentText` on `accent`; `border` reaches 3:1 (non-text).
 */
export const defaultLightPalette: Readonly<HMSErrorPalette> = {
  accent: '#0a58ca',
  accentText: '#ffffff',
  danger: '#b3261e',
  warning: '#9a6700',
  info: '#0969da',
  success: '#1a7f37',
  surface: '#ffffff',
  text: '#1f2328',
  muted: '#57606a',
  border: '#8c959f',
};

/** Default dark palette, with the same contrast guarantees as the light one. */
export const defaultDarkPalette: Readonly<HMSErrorPalette> = {
  accent: '#58a6ff',
  accentText: '#0d1117',
  danger: '#ff7b72',
  warning: '#d29922',
  info: '#58a6ff',
  success: '#3fb950',
  surface: '#1c2128',
  text: '#e6edf3',
  muted: '#9ea8b3',
  border: '#6e7681',
};

const LENGTHS = new Set<keyof HMSErrorTheme>(['radius', 'spacing']);

function toKebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The inline style for a theme: `{ '--hmse-accent': '#…', … }`. Unknown or empty values are skipped. */
export function themeToStyle(theme: HMSErrorTheme | undefined): CSSProperties | undefined {
  if (!theme || typeof theme !== 'object') return undefined;
  const style: Record<string, string> = {};
  for (const key of Object.keys(theme) as (keyof HMSErrorTheme)[]) {
    const value = theme[key];
    if (typeof value === 'number' && Number.isFinite(value)) {
      style[`--hmse-${toKebab(key)}`] = LENGTHS.has(key) ? `${value}px` : String(value);
    } else if (typeof value === 'string' && value.trim() !== '') {
      style[`--hmse-${toKebab(key)}`] = value;
    }
  }
  return Object.keys(style).length ? (style as CSSProperties) : undefined;
}
