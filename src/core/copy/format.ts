/*
 * The one message formatter, used for catalog copy, labels and permission steps.
 *
 * A template is plain text with placeholders:
 * - `{name}`: a value, inserted literally (a function replacer, so `$&` in a display name stays
 *   `$&`); numbers go through `Intl.NumberFormat` for the locale;
 * - `{name:form}`: one grammatical form of a value that has several (device names: German
 *   `{device:acc}` → "Ihre Kamera", Russian cases…); `{name}` is the form called `default`;
 * - `{count, plural, one {# second} other {# seconds}}`: ICU-style plural chosen with
 *   `Intl.PluralRules` (zero, one, two, few, many, other; `=0`, `=1`… exact matches first);
 *   `#` is the number, formatted for the locale;
 * - `{reason, select, none {…} other {… {reason} …}}`: `none` when the value is absent or empty,
 *   else the option named like the value, else `other`.
 * A placeholder with no value stays as written, so a missing value is visible, not silent.
 */

/** A value that fills a placeholder: text, a number, or named grammatical forms. */
export type HMSMessageValue = string | number | HMSWordForms;

/** Grammatical forms of one word; `default` fills `{name}`, any other key fills `{name:key}`. */
export interface HMSWordForms {
  default: string;
  [form: string]: string;
}

/** First Strong Isolate … Pop Directional Isolate: keeps a name's direction from flipping the sentence. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** Wraps a name so that an Arabic name does not reorder an English sentence (and the reverse). */
export const isolate = (text: string): string => `${FSI}${text}${PDI}`;

// Intl objects are costly to make (tens of µs each) and every count in a toast needs one: one of
// each per language tag, made on first use.
const pluralRules = new Map<string, Intl.PluralRules | null>();
const numberFormats = new Map<string, Intl.NumberFormat | null>();

function make<T>(create: (tag: string) => T, tag: string): T | null {
  try {
    return create(tag);
  } catch {
    try {
      return create('en');
    } catch {
      return null;
    }
  }
}

function plural(tag: string): Intl.PluralRules | null {
  let rules = pluralRules.get(tag);
  if (rules === undefined) pluralRules.set(tag, (rules = make((t) => new Intl.PluralRules(t), tag)));
  return rules;
}

/**
 * Makes the language's plural rules and number format ahead of the first count shown: a page's
 * first `Intl.NumberFormat` loads ICU's number data, 10–50 ms in Chromium, which would otherwise
 * land in the render of the first toast that shows a count ("×3", "+2 more"). Cheap when done.
 */
export function prepareFormatters(tag: string): void {
  plural(tag);
  formatNumber(0, tag);
}

function formatNumber(value: number, tag: string): string {
  let format = numberFormats.get(tag);
  if (format === undefined) numberFormats.set(tag, (format = make((t) => new Intl.NumberFormat(t), tag)));
  try {
    return format ? format.format(value) : String(value);
  } catch {
    return String(value);
  }
}

/** Finds the `}` that closes the `{` at `open`, counting nested braces. */
function closing(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    const char = template[i];
    if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i;
  }
  return -1;
}

function selectPlural(body: string, count: number, tag: string, values: Record<string, HMSMessageValue>, fallbacks: Record<string, HMSMessageValue>): string | null {
  const options = readOptions(body);
  if (!options) return null;
  const category = plural(tag)?.select(count) ?? (count === 1 ? 'one' : 'other');
  const chosen = options.get(`=${count}`) ?? options.get(category) ?? options.get('other');
  if (chosen === undefined) return null;
  const number = formatNumber(count, tag);
  // `#` is the number only at this level: a nested plural formats its own.
  return formatMessage(chosen.replace(/#/g, () => number), values, tag, fallbacks);
}

function selectOption(body: string, value: HMSMessageValue | undefined, tag: string, values: Record<string, HMSMessageValue>, fallbacks: Record<string, HMSMessageValue>): string | null {
  const options = readOptions(body);
  if (!options) return null;
  const key = value === undefined || value === '' ? 'none' : typeof value === 'object' ? value.default : String(value);
  const chosen = options.get(key) ?? options.get('other');
  return chosen === undefined ? null : formatMessage(chosen, values, tag, fallbacks);
}

function readOptions(body: string): Map<string, string> | null {
  const options = new Map<string, string>();
  const option = /\s*(=?[\w-]+)\s*\{/g;
  let match: RegExpExecArray | null;
  while ((match = option.exec(body))) {
    const open = match.index + match[0].length - 1;
    const end = closing(body, open);
    if (end < 0) return null;
    options.set(match[1], body.slice(open + 1, end));
    option.lastIndex = end + 1;
  }
  return options;
}

function valueText(value: HMSMessageValue | undefined, form: string | undefined, tag: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return formatNumber(value, tag);
  if (typeof value === 'string') return form ? null : value;
  if (typeof value === 'object') {
    const text = form ? value[form] : value.default;
    return typeof text === 'string' ? text : typeof value.default === 'string' ? value.default : null;
  }
  return null;
}

const own = (values: Record<string, HMSMessageValue>, name: string): HMSMessageValue | undefined =>
  Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;

/**
 * Fills a template for the language `tag` (BCP 47). Never throws. `fallbacks` fill simple
 * placeholders whose value is absent (`{requestedBy}` → "Someone"); `select` ignores them.
 *
 * @example formatMessage('In {n, plural, one {# second} other {# seconds}}', { n: 2 }, 'en') // "In 2 seconds"
 */
export function formatMessage(
  template: string,
  values: Record<string, HMSMessageValue>,
  tag = 'en',
  fallbacks: Record<string, HMSMessageValue> = {},
): string {
  const source = String(template);
  let out = '';
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('{', i);
    if (open < 0) {
      out += source.slice(i);
      break;
    }
    out += source.slice(i, open);
    const end = closing(source, open);
    if (end < 0) {
      out += source.slice(open);
      break;
    }
    const inner = source.slice(open + 1, end);
    const complex = /^\s*(\w+)\s*,\s*(plural|select)\s*,([\s\S]*)$/.exec(inner);
    let replacement: string | null = null;
    if (complex) {
      const value = own(values, complex[1]);
      if (complex[2] === 'select') replacement = selectOption(complex[3], value, tag, values, fallbacks);
      else if (typeof value === 'number') replacement = selectPlural(complex[3], value, tag, values, fallbacks);
    } else {
      const simple = /^(\w+)(?::(\w+))?$/.exec(inner);
      if (simple) {
        const value = own(values, simple[1]) ?? own(fallbacks, simple[1]);
        replacement = valueText(value, simple[2], tag);
      }
    }
    out += replacement ?? source.slice(open, end + 1);
    i = end + 1;
  }
  return out;
}
