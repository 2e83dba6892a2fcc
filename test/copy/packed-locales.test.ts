// The build ships every translated locale packed (src/core/copy/pack.ts, vite.config.ts
// `packLocales`): what an app imports from `react-hms-errors/locales/<tag>` must be exactly the
// object the translator wrote. This file builds the package once into a temp dir of its own (the
// real `vite build`, so the real plugin; not dist/, which the e2e project rebuilds meanwhile),
// imports each built chunk and compares it with the source.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { packLocale, unpackLocale } from '../../src/core/copy/pack';
import { englishLocale } from '../../src/core/copy/locale-en';
import type { HMSLocale, HMSLocaleEntry } from '../../src/core/copy/locale';
import de from 'react-hms-errors/locales/de';

const repo = process.cwd();
const tags = readdirSync(join(repo, 'src/locales'))
  .filter((file) => /^[a-z]{2}(-[A-Z]{2})?\.ts$/.test(file))
  .map((file) => file.slice(0, -3));

const roundTrip = (locale: HMSLocale) => {
  const args = packLocale(locale, isDeepStrictEqual);
  return { args, back: unpackLocale(...args) };
};
const clone = <T>(x: T): T => structuredClone(x);
const variants = ['dialog', 'action', 'dialogAction'] as const;

describe('built locale chunks (vite build into a temp dir)', () => {
  let out = '';
  beforeAll(() => {
    // Inside the repo (node_modules/.cache): the test runner imports files there as they are.
    mkdirSync(join(repo, 'node_modules/.cache'), { recursive: true });
    out = mkdtempSync(join(repo, 'node_modules/.cache/hmse-packed-'));
    const vite = join(repo, 'node_modules/vite/bin/vite.js');
    const build = spawnSync(process.execPath, [vite, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: repo,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
  }, 120_000);
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('builds a chunk for every locale in src/locales', () => {
    expect(tags.length).toBeGreaterThanOrEqual(18);
    for (const tag of tags) expect(readdirSync(join(out, 'locales'))).toContain(`${tag}.js`);
  });

  it.each(tags)('%s: the built default export deep-equals the source module', async (tag) => {
    const source = ((await import(/* @vite-ignore */ `react-hms-errors/locales/${tag}`)) as { default: HMSLocale }).default;
    const built = ((await import(/* @vite-ignore */ join(out, 'locales', `${tag}.js`))) as { default: HMSLocale }).default;
    expect(built).toStrictEqual(source);
    expect(Object.keys(built.catalog).sort()).toEqual(Object.keys(source.catalog).sort());
  });

  it.each(tags.filter((tag) => tag !== 'en'))('%s: the chunk is packed (no catalog keys or field names left)', (tag) => {
    const code = readFileSync(join(out, 'locales', `${tag}.js`), 'utf8');
    expect(code).toMatch(/unpackLocale\(/);
    expect(code).not.toMatch(/"3001\.screen"|\bdialogAction\b|\bpermissionSteps\b|\bcopyDetails\b/);
  });
});

describe('packLocale / unpackLocale', () => {
  it('round-trips a locale with every optional variant present, every field set', () => {
    const full = clone(de);
    for (const [key, entry] of Object.entries(full.catalog) as [string, HMSLocaleEntry][]) {
      for (const variant of variants) {
        entry[variant] = { title: `${key} ${variant} T`, message: `${key} ${variant} M`, hint: `${key} ${variant} H` };
      }
    }
    const { back } = roundTrip(full);
    expect(back).toStrictEqual(full);
  });

  it('round-trips a minimal locale (no variant anywhere, one word form, one step)', () => {
    const minimal = clone(de);
    for (const entry of Object.values(minimal.catalog) as HMSLocaleEntry[]) {
      for (const variant of variants) delete entry[variant];
    }
    for (const key of Object.keys(minimal.devices) as (keyof HMSLocale['devices'])[]) {
      minimal.devices[key] = { default: minimal.devices[key].default };
    }
    for (const steps of [...Object.values(minimal.permissionSteps.browser), ...Object.values(minimal.permissionSteps.system)]) {
      steps.steps = steps.steps.slice(0, 1);
    }
    const { back } = roundTrip(minimal);
    expect(back).toStrictEqual(minimal);
  });

  it('round-trips every shipped locale, English included (which needs no exception)', async () => {
    for (const tag of tags) {
      const locale = ((await import(/* @vite-ignore */ `react-hms-errors/locales/${tag}`)) as { default: HMSLocale }).default;
      expect(roundTrip(locale).back).toStrictEqual(locale);
    }
    expect(roundTrip(englishLocale).args[0].split('|')[0]).toBe('');
  });

  it('keeps keys the shape does not know, and values that are not strings', () => {
    const custom = clone(de) as HMSLocale & Record<string, unknown>;
    custom.future = { nested: [1, true, null, 'x', -2.5, {}, []] };
    (custom.catalog as Record<string, HMSLocaleEntry>)['9999.future'] = { title: 'a', message: 'b', hint: 'c' };
    (custom.catalog['1000'] as HMSLocaleEntry & { extra?: string }).extra = 'kept';
    (custom.labels as unknown as Record<string, string>).newLabel = 'Neu';
    custom.diagnostics = { ...custom.diagnostics, region: 'Region' } as HMSLocale['diagnostics'];
    custom.permissionSteps.browser.chrome.steps.push('Ein fünfter Schritt.');
    const { back } = roundTrip(custom);
    expect(back).toStrictEqual(custom);
  });

  it("keeps a translation that does not repeat where English does", () => {
    const uneven = clone(de);
    // English gives 1000, 1003 and 1006 the same hint; here one of them differs.
    expect(englishLocale.catalog['1003'].hint).toBe(englishLocale.catalog['1000'].hint);
    uneven.catalog['1003'] = { ...uneven.catalog['1003'], hint: 'Ein eigener Hinweis.' };
    const { back } = roundTrip(uneven);
    expect(back).toStrictEqual(uneven);
    expect(back.catalog['1000'].hint).toBe(de.catalog['1000'].hint);
  });

  it('picks other separators when a text uses | or ~', () => {
    const piped = clone(de);
    piped.labels = { ...piped.labels, goHome: 'Start | Home', tryAgain: '~ Nochmal ~' };
    const { args, back } = roundTrip(piped);
    expect(args[1]).toBeDefined();
    expect(args[1]).not.toMatch(/[|~]/);
    expect(back).toStrictEqual(piped);
  });

  it('fails loudly on a value it cannot carry', () => {
    const broken = clone(de) as HMSLocale & Record<string, unknown>;
    broken.catalog['1000'] = { ...broken.catalog['1000'], hint: undefined as unknown as string };
    expect(() => packLocale(broken, isDeepStrictEqual)).toThrow(/does not unpack to the same object/);
  });
});
