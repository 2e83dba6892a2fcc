import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createHMSErrorStore, getErrorCopy, HMSErrorProvider, HMSErrorToasts, type HMSLocale } from 'react-hms-errors';
import { CATALOG_KEYS, normalizeHMSError } from 'react-hms-errors/core';
import ar from 'react-hms-errors/locales/ar';
import en from 'react-hms-errors/locales/en';
import es from 'react-hms-errors/locales/es';
import ja from 'react-hms-errors/locales/ja';
import { formatMessage } from '../../src/core/copy/format';
import { shippedLocales } from '../support/locales';

const shipped = shippedLocales;

/** Every string of an object, by path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

// Strings that are the same in every language: names of products, codes, signs.
const SAME_EVERYWHERE = /^(?:[\s×+\-:.,()#{}\d]|\{[\w:, ]+\}|Chrome|Safari|Firefox|Microsoft Edge|Edge|macOS|Windows|iPhone|iPad|Wi-Fi|OK)*$/;
/** The language's tag and direction are codes, not words. */
const CODES = new Set(['tag', 'dir']);

// Words that are spelled the same as in English in that language.
const SAME_WORD: Record<string, string[]> = {
  de: ['labels.stepsInBrowser', 'diagnostics.code', 'diagnostics.name'], // "In Chrome", "Code", "Name"
  es: ['labels.errorCode', 'labels.severityError', 'diagnostics.no'], // "Error", "no"
  fr: ['diagnostics.code', 'diagnostics.action'], // "Code", "Action"
  it: ['labels.stepsInBrowser', 'labels.severityInfo', 'diagnostics.no'], // "In Chrome", "Info:", "no"
  nl: ['labels.stepsInBrowser', 'labels.unnamedCamera', 'devices.video.default', 'diagnostics.code', 'diagnostics.platform'], // "camera", "Code", "Platform"
  tr: ['diagnostics.platform'], // "Platform"
};

/** A sample of every shape an entry takes: device errors per device, names, reasons, screen share. */
function samples(key: string) {
  const base = { ...normalizeHMSError({ code: Number(key) || null, isTerminal: false }), catalogKey: key as never };
  return [
    base,
    { ...base, trackType: 'video' },
    { ...base, trackType: 'audio' },
    { ...base, trackType: 'audio, video' },
    { ...base, trackType: 'screen' },
    { ...base, requestedBy: 'Ana', reason: 'Wrap-up' },
  ];
}

describe.each(Object.entries(shipped))('the %s locale', (tag, locale) => {
  it('is complete: every catalog key, with text in every field', () => {
    expect(locale.tag).toBe(tag);
    for (const key of CATALOG_KEYS) {
      const entry = locale.catalog[key];
      expect(entry, key).toBeDefined();
      for (const field of ['title', 'message', 'hint'] as const) expect(entry[field].trim(), `${key}.${field}`).not.toBe('');
    }
    expect(Object.keys(locale.labels).sort()).toEqual(Object.keys(en.labels).sort());
  });

  it('leaves no English behind (brand names and codes aside)', () => {
    const english = new Map(strings(en));
    const untranslated = strings(locale).filter(
      ([path, text]) => english.get(path) === text && !CODES.has(path) && !SAME_EVERYWHERE.test(text) && !SAME_WORD[tag]?.includes(path),
    );
    expect(untranslated).toEqual([]);
  });

  it('fills every placeholder, for every entry and variant a person can see', () => {
    for (const key of CATALOG_KEYS) {
      for (const sample of samples(key)) {
        for (const route of ['toast', 'dialog'] as const) {
          for (const actions of [[], ['retry'], ['rejoin'], ['unblock-audio'], ['fix-permissions']] as const) {
            const copy = getErrorCopy(sample, { locale, route, actions: [...actions] });
            for (const field of ['title', 'message', 'hint'] as const) {
              expect(copy[field], `${key} ${route} ${actions.join()} ${field}: ${copy[field]}`).not.toMatch(/[{}]/);
            }
          }
        }
      }
    }
    const values = { code: 40101, count: 3, seconds: 10, title: 'T', hotkey: 'F8', browser: 'Chrome', system: 'macOS' };
    for (const [name, template] of Object.entries(locale.labels) as [string, string][]) {
      expect(formatMessage(template, values, locale.tag), name).not.toMatch(/[{}]/);
    }
  });

  it('keeps a toast short for every device: title ≤ 40 characters, message + hint ≤ 120 once filled', () => {
    const long: string[] = [];
    for (const key of CATALOG_KEYS) {
      // The device words differ in length ("camera and microphone"): every one must fit, as in English.
      for (const sample of samples(key).slice(0, 5)) {
        const copy = getErrorCopy(sample, { locale, route: 'toast' });
        const device = (sample as { trackType?: string }).trackType ?? 'none';
        if (copy.title.length > 40) long.push(`${key} [${device}] title ${copy.title.length}: ${copy.title}`);
        if (copy.message.length + copy.hint.length > 120)
          long.push(`${key} [${device}] message + hint ${copy.message.length + copy.hint.length}: ${copy.message} ${copy.hint}`);
      }
    }
    expect(long).toEqual([]);
  });
});

describe('plural rules and direction', () => {
  it('uses the language’s own plural forms (Arabic dual, Japanese none, Spanish one/other)', () => {
    const counts = (locale: HMSLocale) => [1, 2, 3, 11].map((count) => formatMessage(locale.labels.repeatCountText, { count }, locale.tag));
    const arabic = counts(ar);
    expect(new Set(arabic).size).toBe(4); // one, two (dual), few, many: four different words
    const [one, two] = counts(es);
    expect(one).toBe('1 vez');
    expect(two).toBe('2 veces');
    // Japanese has no plural categories: only the number changes.
    const japanese = counts(ja);
    expect(japanese.map((text, i) => text.replace(String([1, 2, 3, 11][i]), 'N'))).toEqual(Array(4).fill(japanese[0].replace('1', 'N')));
  });

  it('puts Arabic right to left on the kit’s roots and speaks it', () => {
    const store = createHMSErrorStore();
    render(
      <HMSErrorProvider store={store} locale={ar}>
        <HMSErrorToasts />
      </HMSErrorProvider>,
    );
    act(() => void store.report({ code: 3003, name: 'DeviceInUse', isTerminal: false, trackType: 'video' }));
    const root = screen.getByRole('region').closest('.hmse-root')!;
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(root).toHaveTextContent(getErrorCopy({ code: 3003, trackType: 'video' }, { locale: ar, route: 'toast' }).title);
  });
});

describe('logical toast positions', () => {
  it.each([
    ['bottom-end', 'en', 'bottom-right'],
    ['bottom-end', 'ar', 'bottom-left'],
    ['top-start', 'en', 'top-left'],
    ['top-start', 'ar', 'top-right'],
    ['bottom-left', 'ar', 'bottom-left'],
  ] as const)('puts %s (%s) on the %s', (position, tag, physical) => {
    const locale = tag === 'ar' ? ar : undefined;
    const store = createHMSErrorStore();
    render(
      <HMSErrorProvider store={store} locale={locale}>
        <HMSErrorToasts position={position} />
      </HMSErrorProvider>,
    );
    act(() => void store.report({ code: 3003, name: 'DeviceInUse', isTerminal: false, trackType: 'video' }));
    expect(screen.getByRole('region').closest('.hmse-root')).toHaveAttribute('data-position', physical);
  });
});

describe('the set of languages', () => {
  it('ships 18 locales, each offered by Storybook’s Language toolbar under its own name', async () => {
    const { LANGUAGES } = await import('../../stories/support/languages');
    const tags = ['en', ...Object.keys(shipped)].sort();
    expect(tags).toEqual(['ar', 'de', 'en', 'es', 'fr', 'he', 'hi', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt-BR', 'ru', 'tr', 'uk', 'zh-CN']);
    expect(LANGUAGES.map((l) => l.value).sort()).toEqual(tags);
    for (const [tag, locale] of Object.entries(shipped)) expect(locale.dir, tag).toBe(['ar', 'he'].includes(tag) ? 'rtl' : 'ltr');
  });
});
