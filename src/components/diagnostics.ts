import type { HMSErrorCopy, HMSErrorEntry } from '../core/types';

function isoTime(ms: number): string {
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) ? date.toISOString() : String(ms);
}

/**
 * The text "Copy details" puts on the clipboard and the details disclosure shows: what support
 * needs to find the error in the SDK's logs. Plain text; the SDK's own message is included as is.
 */
export function formatDiagnostics(entry: HMSErrorEntry, copy: HMSErrorCopy, userAgent: string): string {
  const lines: [string, string | number | null | undefined][] = [
    ['Code', entry.code ?? 'none'],
    ['Name', entry.name],
    ['Action', entry.action],
    ['Message', entry.message],
    ['Description', entry.description],
    ['Shown as', copy.title],
    ['Catalog key', entry.catalogKey],
    ['Kind', entry.kind],
    ['Terminal', entry.isTerminal ? 'yes' : 'no'],
    ['Platform', entry.platform],
    ['Time', isoTime(entry.lastAt)],
    ['Count', entry.count > 1 ? entry.count : undefined],
    ['Sources', entry.sources.join(', ')],
    ['User agent', userAgent],
    ['Developer note', copy.developerNote],
  ];
  return lines
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
}
