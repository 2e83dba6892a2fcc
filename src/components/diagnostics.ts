import type { HMSLocale } from '../core/copy/locale';
import { englishLocale } from '../core/copy/locale-en';
import type { HMSErrorCopy, HMSErrorEntry } from '../core/types';

function isoTime(ms: number): string {
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) ? date.toISOString() : String(ms);
}

/**
 * The text "Copy details" puts on the clipboard and the details disclosure shows: what support
 * needs to find the error in the SDK's logs. Plain text; the SDK's own message is included as is.
 */
export function formatDiagnostics(
  entry: HMSErrorEntry,
  copy: HMSErrorCopy,
  userAgent: string,
  locale: HMSLocale = englishLocale,
): string {
  const f = locale.diagnostics;
  const { field, list } = locale.punctuation;
  const lines: [string, string | number | null | undefined][] = [
    [f.code, entry.code ?? f.none],
    [f.name, entry.name],
    [f.action, entry.action],
    [f.message, entry.message],
    [f.description, entry.description],
    [f.shownAs, copy.title],
    [f.catalogKey, entry.catalogKey],
    [f.kind, entry.kind],
    [f.terminal, entry.isTerminal ? f.yes : f.no],
    [f.platform, entry.platform],
    [f.time, isoTime(entry.lastAt)],
    [f.count, entry.count > 1 ? entry.count : undefined],
    [f.sources, entry.sources.join(list)],
    [f.userAgent, userAgent],
    [f.developerNote, copy.developerNote],
  ];
  return lines
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([label, value]) => `${label}${field}${value}`)
    .join('\n');
}
