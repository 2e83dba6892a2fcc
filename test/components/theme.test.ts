import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDarkPalette, defaultLightPalette, themeToStyle, type HMSErrorPalette } from '../../src';

const css = readFileSync(resolve(process.cwd(), 'src/styles/styles.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio, 1–21. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The custom properties declared in the first rule whose selector matches exactly. */
function declaredIn(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, `rule ${selector}`).toBeGreaterThanOrEqual(0);
  const body = css.slice(start, css.indexOf('}', start));
  const vars: Record<string, string> = {};
  for (const [, name, value] of body.matchAll(/--hmse-([a-z-]+):\s*([^;]+);/g)) {
    vars[name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = value.trim();
  }
  return vars;
}

/** Pairs that carry text (≥ 4.5:1) and non-text boundaries (≥ 3:1, WCAG 1.4.11). */
const textPairs: [keyof HMSErrorPalette, keyof HMSErrorPalette][] = [
  ['text', 'surface'],
  ['muted', 'surface'],
  ['accentText', 'accent'],
  ['accent', 'surface'],
  ['danger', 'surface'],
  ['warning', 'surface'],
  ['info', 'surface'],
  ['success', 'surface'],
];

describe.each([
  ['light', defaultLightPalette],
  ['dark', defaultDarkPalette],
] as const)('the default %s palette', (_name, palette) => {
  it.each(textPairs)('gives %s on %s at least 4.5:1 (WCAG AA text)', (fg, bg) => {
    expect(contrast(palette[fg], palette[bg])).toBeGreaterThanOrEqual(4.5);
  });

  it('gives borders at least 3:1 against the surface (WCAG AA non-text)', () => {
    expect(contrast(palette.border, palette.surface)).toBeGreaterThanOrEqual(3);
  });
});

describe('the stylesheet', () => {
  it('declares the same light palette as theme.ts', () => {
    expect(declaredIn(':where(.hmse-root)')).toMatchObject(defaultLightPalette);
  });

  it('declares the same dark palette as theme.ts, for "dark" and for "system" in a dark OS', () => {
    expect(declaredIn(":where(.hmse-root[data-color-scheme='dark'])")).toMatchObject(defaultDarkPalette);
    const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    expect(media.indexOf(":where(.hmse-root[data-color-scheme='system'])")).toBeGreaterThan(0);
    const systemBody = media.slice(0, media.indexOf('}'));
    for (const [key, value] of Object.entries(defaultDarkPalette)) {
      const name = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      expect(systemBody).toContain(`--hmse-${name}: ${value};`);
    }
  });

  it('styles only the kit’s own elements, with zero specificity', () => {
    const selectors = [...css.matchAll(/([^{}@;]+)\{/g)]
      .map(([, s]) => s.trim())
      .filter((s) => s && !/^(from|to|\d+%)$/.test(s) && !/^(media|keyframes hmse-)/.test(s));
    expect(selectors.length).toBeGreaterThan(20);
    for (const selector of selectors) {
      expect(selector, selector).toMatch(/^:where\(\.hmse-/);
      expect(selector, selector).not.toMatch(/(^|[\s,(])(\*|html|body|:root)([\s,):.[]|$)/);
    }
  });

  it('turns animations off for people who prefer reduced motion', () => {
    const block = css.slice(css.indexOf('@media (prefers-reduced-motion: reduce)'));
    expect(block).toMatch(/animation:\s*none/);
    expect(block).toMatch(/transition:\s*none/);
  });

  it('lets long unbroken text wrap', () => {
    expect(css).toMatch(/overflow-wrap:\s*anywhere/);
  });
});

describe('themeToStyle', () => {
  it('maps theme keys to --hmse-* properties, numbers to px for lengths', () => {
    expect(themeToStyle({ accent: '#000', accentText: '#fff', radius: 6, spacing: 4, zIndex: 9, shadow: 'none' })).toEqual({
      '--hmse-accent': '#000',
      '--hmse-accent-text': '#fff',
      '--hmse-radius': '6px',
      '--hmse-spacing': '4px',
      '--hmse-z-index': '9',
      '--hmse-shadow': 'none',
    });
  });

  it('skips empty values and returns nothing for no theme', () => {
    expect(themeToStyle({ accent: '  ' })).toBeUndefined();
    expect(themeToStyle(undefined)).toBeUndefined();
  });
});
