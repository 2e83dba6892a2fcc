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

/** Text colours `accentText` is chosen from when only `accent` is given (the palettes' own). */
const ACCENT_TEXT_CANDIDATES = [defaultLightPalette.accentText, defaultDarkPalette.accentText];

function toKebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * An opaque `#rgb` / `#rrggbb` (or `#rgba` / `#rrggbbaa` with full alpha) or `rgb()` colour as
 * 0–255 channels; `null` for anything else (names, `var()`, translucent colours).
 */
function parseColor(value: string): [number, number, number] | null {
  const color = value.trim().toLowerCase();
  let hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(color)?.[1];
  if (hex) {
    if (hex.length < 6) hex = hex.replace(/./g, '$&$&');
    if (hex.length === 8 && !hex.endsWith('ff')) return null;
    return [0, 2, 4].map((i) => parseInt(hex!.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)\s*(?:[,/]\s*(1|1\.0*|100%)\s*)?\)$/.exec(color);
  if (!rgb) return null;
  const channels = rgb.slice(1, 4).map(Number);
  return channels.every((c) => c <= 255) ? (channels as [number, number, number]) : null;
}

/** WCAG 2.1 relative luminance, 0–1; `null` for a colour {@link parseColor} cannot read. */
function luminance(color: string): number | null {
  const channels = parseColor(color);
  if (!channels) return null;
  const [r, g, b] = channels.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG 2.1 contrast ratio of two opaque colours, 1–21; `NaN` when either cannot be read
 * (so every `>=` comparison with it fails). Internal: not exported from the package.
 */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return NaN;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The text colour for buttons filled with `accent`: white or near-black, whichever contrasts
 * more; `undefined` when `accent` cannot be read.
 */
export function readableTextOn(accent: string): string | undefined {
  let best: string | undefined;
  let bestRatio = 0;
  for (const candidate of ACCENT_TEXT_CANDIDATES) {
    const ratio = contrastRatio(candidate, accent);
    if (ratio > bestRatio) [best, bestRatio] = [candidate, ratio];
  }
  return best;
}

/**
 * The inline style for a theme: `{ '--hmse-accent': '#…', … }`. Unknown or empty values are skipped.
 *
 * With an `accent` but no `accentText`, `--hmse-accent-text` is set to whichever of white and
 * near-black reads better on that accent. When the accent (or a custom `surface`) leaves the focus
 * ring under 3:1 against the surface of `colorScheme` (both surfaces for `'system'`), or either
 * colour cannot be read, the ring uses the text colour instead (`--hmse-focus-ring`).
 */
export function themeToStyle(
  theme: HMSErrorTheme | undefined,
  colorScheme: HMSColorScheme = 'light',
): CSSProperties | undefined {
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
  const accent = style['--hmse-accent'];
  const surface = style['--hmse-surface'];
  if (accent && !style['--hmse-accent-text']) {
    const text = readableTextOn(accent);
    if (text) style['--hmse-accent-text'] = text;
  }
  if (accent || surface) {
    const palettes =
      colorScheme === 'dark'
        ? [defaultDarkPalette]
        : colorScheme === 'system'
          ? [defaultLightPalette, defaultDarkPalette]
          : [defaultLightPalette];
    const ringVisible = palettes.every((p) => contrastRatio(accent ?? p.accent, surface ?? p.surface) >= 3);
    if (!ringVisible) style['--hmse-focus-ring'] = 'var(--hmse-text)';
  }
  return Object.keys(style).length ? (style as CSSProperties) : undefined;
}
