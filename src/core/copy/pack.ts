/*
 * The packed form of a locale, as the build ships `react-hms-errors/locales/<tag>` (see
 * vite.config.ts, `packLocales`). Translators write keyed objects; the published chunk carries only
 * its strings, and `unpackLocale` rebuilds exactly the same `HMSLocale` at import.
 *
 * The shape is the English locale the core already holds (`englishLocale`): its keys in their
 * order — the catalog's keys, each entry's fields and variants, the labels, device keys, browser
 * and system families, steps, diagnostics fields, punctuation — and its repeated strings. So a
 * packed locale is one string, its parts joined by a separator (`|` unless a text contains one):
 *
 * - part 0 lists, in base 36, the nodes (numbered in the English walk's pre-order, root = 0) that
 *   do not follow the English shape and are written out in full (see "values" below);
 * - then, walking the English locale, one part per string. Where English repeats a string (the
 *   network hint of many entries…), the locale repeats its own first translation of it, and the
 *   part is left out: translations follow English there (a locale that does not is listed in
 *   part 0 at that place, and its own string follows).
 *
 * Values written out in full (a node whose keys differ from English's — German device word forms,
 * an entry with fewer or more variants, a key English does not have — or a string that breaks
 * English's repetition) are self-described: a plain part is a string; `~o<n>` an object of n
 * key/value pairs, `~a<n>` an array of n values (n in base 36), `~n<json>` a number, boolean or
 * null (`~` is the marker unless a text starts with it). Nothing is lost: the build checks
 * `unpackLocale(packLocale(x))` deep-equals `x` for every locale and fails otherwise.
 */
import type { HMSLocale } from './locale';
import { englishLocale } from './locale-en';

type Tree = unknown;

/** Separator, then marker: the default pair, and what the packer tries when a text uses one. */
const DEFAULT_MARKS = '|~';
const CANDIDATES = '|~^`@$%*=<>[]\\';

/** Rebuilds a locale from its packed parts (`marks`: separator and marker, when not `|~`). */
export function unpackLocale(packed: string, marks = DEFAULT_MARKS): HMSLocale {
  const parts = packed.split(marks[0]);
  const own = parts[0].split(',').map((n) => parseInt(n, 36));
  const same = new Map<Tree, Tree>();
  let next = 1;
  let node = 0;
  const value = (): Tree => {
    const part = parts[next++];
    const kind = part[0] == marks[1] ? part[1] : '';
    let n = parseInt(part.slice(2), 36);
    if (!kind) return part;
    if (kind == 'n') return JSON.parse(part.slice(2));
    const out: Tree[] & Record<string, Tree> = kind == 'a' ? ([] as never) : ({} as never);
    while (n--) kind == 'a' ? out.push(value()) : (out[value() as string] = value());
    return out;
  };
  const walk = (shape: Tree): Tree => {
    if (own.includes(node++)) return value();
    if (typeof shape != 'object') {
      if (!same.has(shape)) same.set(shape, value());
      return same.get(shape);
    }
    const out: Record<string, Tree> = Array.isArray(shape) ? ([] as never) : {};
    for (const key in shape) out[key] = walk((shape as Record<string, Tree>)[key]);
    return out;
  };
  return walk(englishLocale) as HMSLocale;
}

const isObject = (x: Tree): x is Record<string, Tree> => typeof x == 'object' && x !== null;

/** Same keys (any order), same array length, or both strings: packed by the English walk. */
function sameShape(shape: Tree, x: Tree): boolean {
  if (!isObject(shape)) return typeof shape == 'string' && typeof x == 'string';
  if (Array.isArray(shape)) return Array.isArray(x) && x.length === shape.length;
  if (!isObject(x) || Array.isArray(x)) return false;
  const keys = Object.keys(shape);
  return keys.length === Object.keys(x).length && keys.every((key) => Object.hasOwn(x, key));
}

/** Every string and key in a tree (to pick separators no text uses). */
function texts(x: Tree, out: string[] = []): string[] {
  if (typeof x == 'string') out.push(x);
  else if (isObject(x)) for (const [key, v] of Object.entries(x)) out.push(key), texts(v, out);
  return out;
}

/**
 * Build time: a locale → the arguments of `unpackLocale` (its packed string, and the marks when
 * not the default). Throws when the packed form would not rebuild the same object.
 */
export function packLocale(locale: HMSLocale, isSame: (a: unknown, b: unknown) => boolean): [packed: string, marks?: string] {
  const all = texts(locale);
  const free = [...CANDIDATES].filter((c) => all.every((text) => !text.includes(c)));
  if (free.length < 2) throw new Error(`packLocale(${locale.tag}): every separator candidate (${CANDIDATES}) is used by a text`);
  const marks = DEFAULT_MARKS.split('').every((c) => free.includes(c)) ? DEFAULT_MARKS : free[0] + free[1];
  const [sep, mark] = marks;

  const parts: string[] = [''];
  const own: string[] = [];
  const same = new Map<Tree, Tree>();
  let node = 0;
  const value = (x: Tree): void => {
    if (typeof x == 'string') parts.push(x);
    else if (Array.isArray(x)) parts.push(`${mark}a${x.length.toString(36)}`), x.forEach(value);
    else if (isObject(x)) {
      const entries = Object.entries(x);
      parts.push(`${mark}o${entries.length.toString(36)}`);
      for (const [key, v] of entries) parts.push(key), value(v);
    } else parts.push(`${mark}n${JSON.stringify(x)}`);
  };
  const walk = (shape: Tree, x: Tree): void => {
    const id = node++;
    if (!sameShape(shape, x) || (!isObject(shape) && same.has(shape) && same.get(shape) !== x)) {
      own.push(id.toString(36));
      return value(x);
    }
    if (!isObject(shape)) {
      if (!same.has(shape)) same.set(shape, x), parts.push(x as string);
      return;
    }
    for (const key of Object.keys(shape)) walk(shape[key], (x as Record<string, Tree>)[key]);
  };
  walk(englishLocale, locale);
  parts[0] = own.join(',');
  const packed = parts.join(sep);
  const args: [packed: string, marks?: string] = marks === DEFAULT_MARKS ? [packed] : [packed, marks];
  let back: unknown;
  try {
    back = unpackLocale(...args);
  } catch {
    back = undefined;
  }
  if (!isSame(back, locale)) {
    throw new Error(`packLocale(${locale.tag}): the packed locale does not unpack to the same object (a value that is not JSON?)`);
  }
  return args;
}
