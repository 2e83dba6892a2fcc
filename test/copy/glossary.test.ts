// Each locale keeps a glossary (src/locales/glossaries/<tag>.json): the word it uses for each
// term of the English copy (call, link, camera, host…). Wherever the English says the term, the
// translation of that same string must say the glossary's word — one word for one thing, in
// every entry, variant and label. Forms are matched case-insensitively as substrings, so a stem
// ("kamer") covers a language's cases; `except` lists paths where the term is rightly absent,
// each with its reason.
import { describe, expect, it } from 'vitest';
import type { HMSLocale } from 'react-hms-errors';
import en from 'react-hms-errors/locales/en';
import { shippedLocales } from '../support/locales';

interface Glossary {
  terms: Record<string, string[]>;
  except?: Record<string, string>;
}

const locales = shippedLocales;
const glossaries = Object.fromEntries(
  Object.entries(import.meta.glob<{ default: Glossary }>('../../src/locales/glossaries/*.json', { eager: true })).map(
    ([path, module]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), module.default],
  ),
);

/**
 * The English terms every glossary gives a word for: the nouns of a call and the actions that
 * name a button. Each is found as a word of its own ("call", "calls", "call's"; not "recall").
 */
const TERMS: Record<string, RegExp> = {
  call: /(?<![\w-])calls?(?:'s)?(?![\w-])/,
  link: /(?<![\w-])links?(?![\w-])/,
  invite: /(?:your|an|the|this) invite(?![\w-])/, // the noun; "invite you" is free wording
  camera: /(?<![\w-])cameras?(?![\w-])/,
  microphone: /(?<![\w-])microphones?(?![\w-])/,
  'screen share': /screen shar(?:e|ing)/,
  host: /(?<![\w-])host(?:'s)?(?![\w-])/,
  rejoin: /(?<![\w-])rejoin/,
  reconnect: /(?<![\w-])reconnect(?:s|ed|ing)?(?![\w-])/,
};

/** Every string of the person-facing copy, by path (catalog with its variants, labels). */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}
const personFacing = (locale: HMSLocale) => [...strings(locale.catalog, 'catalog'), ...strings(locale.labels, 'labels')];

/** Where the English uses `term` (placeholders aside; "phone call" is its own idea). */
function usesTerm(text: string, term: string): boolean {
  const words = text.replace(/\{[^{}]*\}/g, ' ').toLowerCase().replace(/phone calls?/g, ' ');
  return TERMS[term]!.test(words);
}

describe('every locale has a glossary', () => {
  it.each(Object.keys(locales))('%s', (tag) => {
    expect(glossaries[tag], `src/locales/glossaries/${tag}.json`).toBeDefined();
    for (const term of Object.keys(TERMS)) expect(glossaries[tag]!.terms[term]?.length, `${tag}: ${term}`).toBeGreaterThan(0);
  });
});

describe.each(Object.entries(locales))('the %s locale uses its glossary consistently', (tag, locale) => {
  it('says the glossary word wherever the English says the term', () => {
    const glossary = glossaries[tag];
    if (!glossary) return; // reported above
    const english = new Map(personFacing(en));
    const misses: string[] = [];
    for (const [path, text] of personFacing(locale)) {
      const source = english.get(path);
      if (!source) continue;
      for (const term of Object.keys(TERMS)) {
        if (!usesTerm(source, term)) continue;
        const key = `${path}:${term}`;
        if (glossary.except?.[key] !== undefined) continue;
        const forms = glossary.terms[term] ?? [];
        if (!forms.some((form) => text.toLowerCase().includes(form.toLowerCase()))) misses.push(`${key} — "${text}" (English: "${source}")`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('lists no exception that is not needed', () => {
    const glossary = glossaries[tag];
    if (!glossary?.except) return;
    const english = new Map(personFacing(en));
    const translated = new Map(personFacing(locale));
    for (const [key, reason] of Object.entries(glossary.except)) {
      const [path, term] = [key.slice(0, key.lastIndexOf(':')), key.slice(key.lastIndexOf(':') + 1)];
      expect(reason.trim(), `${tag} ${key}: give a reason`).not.toBe('');
      expect(english.has(path) && usesTerm(english.get(path)!, term), `${tag} ${key}: the English has no "${term}" there`).toBe(true);
      const forms = glossary.terms[term] ?? [];
      const text = translated.get(path)!.toLowerCase();
      expect(forms.some((form) => text.includes(form.toLowerCase())), `${tag} ${key}: not an exception, the word is there`).toBe(false);
    }
  });
});
