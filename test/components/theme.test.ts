import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HMSErrorPalette } from 'react-hms-errors';
import { defaultDarkPalette, defaultLightPalette, themeToStyle } from '../../src/components/theme';
import { contrastRatio as contrast, readableTextOn } from '../../src/components/theme';

const css = readFileSync(resolve(process.cwd(), 'src/styles/styles.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

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

  it('styles only the kit’s own elements, each rule weighing at most one kit class', () => {
    // One class beats a host's bare element rules and resets (h2 {…}, * { margin: 0 }); an app's
    // own class rule loaded after the kit still wins. Theme tokens weigh nothing.
    const selectors = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}@;]+)\{/g)]
      .map(([, s]) => s.trim())
      .filter((s) => s && !/^(from|to|\d+%)$/.test(s) && !/^(media|keyframes|supports|property)/.test(s));
    expect(selectors.length).toBeGreaterThan(20);
    for (const selector of selectors) {
      expect(selector, selector).toMatch(/^(\.hmse-|:where\(\.hmse-)/);
      expect(selector, selector).not.toMatch(/(^|[\s,(])(\*|html|body|:root)([\s,):.[]|$)/);
      // Outside :where(), at most one class (two for the focus ring, which must beat a host's button:focus-visible).
      for (const part of selector.replace(/:where\((?:[^()]|\([^()]*\))*\)/g, '').split(',')) {
        const classes = (part.match(/\.[\w-]+/g) ?? []).length;
        expect(classes, selector).toBeLessThanOrEqual(/:focus-visible/.test(selector) ? 2 : 1);
      }
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

describe('contrastRatio (internal)', () => {
  it('follows WCAG 2.1: 21:1 for black on white, 1:1 for a colour on itself, symmetric', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#000')).toBeCloseTo(21, 5);
    expect(contrast('#6d28d9', '#6d28d9')).toBe(1);
    expect(contrast('#0a58ca', '#ffffff')).toBeCloseTo(contrast('#ffffff', '#0a58ca'), 10);
  });

  it('reads #rgb, #rrggbb, opaque #rrggbbaa and rgb(); anything else gives NaN', () => {
    expect(contrast('#fff', '#ffffffff')).toBe(1);
    expect(contrast('rgb(109, 40, 217)', '#6d28d9')).toBe(1);
    expect(contrast('rgb(109 40 217 / 1)', '#6d28d9')).toBe(1);
    for (const unreadable of ['rebeccapurple', 'var(--brand)', '#6d28d980', 'rgb(300, 0, 0)', 'hsl(0 0% 0%)', '']) {
      expect(contrast(unreadable, '#ffffff'), unreadable).toBeNaN();
    }
  });
});

describe('themeToStyle with a custom accent', () => {
  const accentText = (style: ReturnType<typeof themeToStyle>) =>
    (style as Record<string, string> | undefined)?.['--hmse-accent-text'];
  const focusRing = (style: ReturnType<typeof themeToStyle>) =>
    (style as Record<string, string> | undefined)?.['--hmse-focus-ring'];

  it.each(['light', 'dark', 'system'] as const)(
    'puts white text on a dark violet accent in the %s scheme (not the dark palette’s near-black)',
    (scheme) => {
      const style = themeToStyle({ accent: '#6d28d9' }, scheme);
      expect(accentText(style)).toBe('#ffffff');
      expect(contrast(accentText(style)!, '#6d28d9')).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('puts near-black text on a light accent', () => {
    expect(accentText(themeToStyle({ accent: '#ffd60a' }, 'dark'))).toBe('#0d1117');
    expect(accentText(themeToStyle({ accent: '#ffd60a' }, 'light'))).toBe('#0d1117');
    expect(accentText(themeToStyle({ accent: '#fff' }))).toBe('#0d1117');
  });

  it('keeps an accentText the app gives, and sets none without an accent', () => {
    expect(accentText(themeToStyle({ accent: '#6d28d9', accentText: '#fefefe' }, 'dark'))).toBe('#fefefe');
    expect(accentText(themeToStyle({ radius: 4 }, 'dark'))).toBeUndefined();
    expect(accentText(themeToStyle({ accent: '   ' }, 'dark'))).toBeUndefined();
  });

  it('leaves accentText to the stylesheet when the accent cannot be read', () => {
    expect(accentText(themeToStyle({ accent: 'rebeccapurple' }, 'dark'))).toBeUndefined();
    expect(accentText(themeToStyle({ accent: 'var(--brand)' }, 'light'))).toBeUndefined();
  });

  it('always picks whichever candidate contrasts more with the accent', () => {
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
    fc.assert(
      fc.property(hex, (accent) => {
        const chosen = readableTextOn(accent)!;
        const other = chosen === '#ffffff' ? '#0d1117' : '#ffffff';
        expect(contrast(chosen, accent)).toBeGreaterThanOrEqual(contrast(other, accent));
        // The best of white and #0d1117 is never under ~4.35:1, whatever the accent.
        expect(contrast(chosen, accent)).toBeGreaterThan(4.3);
      }),
    );
  });

  it('keeps the accent focus ring where it reaches 3:1 on the surface of the scheme', () => {
    expect(focusRing(themeToStyle({ accent: '#6d28d9' }, 'light'))).toBeUndefined();
    expect(focusRing(themeToStyle({ accent: '#ffd60a' }, 'dark'))).toBeUndefined();
    expect(focusRing(themeToStyle({ accent: '#ffd60a', surface: '#0b0b0b' }, 'light'))).toBeUndefined();
    expect(focusRing(themeToStyle({ radius: 4 }, 'system'))).toBeUndefined();
  });

  it('draws the focus ring in the text colour where the accent is under 3:1 on the surface', () => {
    // #6d28d9 is ~2.3:1 on the dark surface; "system" may be either scheme.
    expect(focusRing(themeToStyle({ accent: '#6d28d9' }, 'dark'))).toBe('var(--hmse-text)');
    expect(focusRing(themeToStyle({ accent: '#6d28d9' }, 'system'))).toBe('var(--hmse-text)');
    expect(focusRing(themeToStyle({ accent: '#ffd60a' }, 'light'))).toBe('var(--hmse-text)');
    // A custom surface against the default accent of the scheme.
    expect(focusRing(themeToStyle({ surface: '#0a58ca' }, 'light'))).toBe('var(--hmse-text)');
    // Colours that cannot be read are not trusted.
    expect(focusRing(themeToStyle({ accent: 'rebeccapurple' }, 'light'))).toBe('var(--hmse-text)');
  });

  it('gives text that reaches 3:1 on the surface for the fallback ring in both default palettes', () => {
    for (const palette of [defaultLightPalette, defaultDarkPalette]) {
      expect(contrast(palette.text, palette.surface)).toBeGreaterThanOrEqual(3);
      expect(contrast(palette.accent, palette.surface)).toBeGreaterThanOrEqual(3);
    }
  });
});
