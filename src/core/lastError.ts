import type { HMSErrorCatalogKey, HMSErrorCopy, HMSErrorEntry, HMSErrorKind } from './types';

/** The sessionStorage key the dialog writes before "Go home". */
export const LAST_ERROR_STORAGE_KEY = 'react-hms-errors:last-error';

/** What the home page can tell the person about the error that sent them there. */
export interface HMSLastError {
  code: number | null;
  catalogKey: HMSErrorCatalogKey;
  kind: HMSErrorKind;
  /** The copy as the dialog showed it (overrides and translations applied). */
  title: string;
  message: string;
  hint: string;
  /** When the error happened, ms since epoch. */
  at: number;
}

export interface UseLastHMSErrorResult {
  /** The last terminal error, or `null` (none, already read, dismissed, or during server render). */
  error: HMSLastError | null;
  /** Forgets the error. */
  dismiss: () => void;
}

export function lastErrorStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    // Storage can be disabled (privacy modes, sandboxed iframes): reading it throws.
    return null;
  }
}

/** Written by the dialog just before it navigates home. */
export function rememberLastHMSError(entry: HMSErrorEntry, copy: HMSErrorCopy, key = LAST_ERROR_STORAGE_KEY): void {
  const value: HMSLastError = {
    code: entry.code,
    catalogKey: entry.catalogKey,
    kind: entry.kind,
    title: copy.title,
    message: copy.message,
    hint: copy.hint,
    at: entry.lastAt,
  };
  try {
    lastErrorStorage()?.setItem(key, JSON.stringify(value));
  } catch {
    // quota or disabled storage: the home page just won't explain
  }
}

export function parseLastHMSError(text: string | null): HMSLastError | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<HMSLastError> | null;
    if (!value || typeof value !== 'object') return null;
    if (typeof value.title !== 'string' || typeof value.message !== 'string') return null;
    return {
      code: typeof value.code === 'number' && Number.isFinite(value.code) ? value.code : null,
      catalogKey: (typeof value.catalogKey === 'string' ? value.catalogKey : 'UNKNOWN') as HMSErrorCatalogKey,
      kind: (typeof value.kind === 'string' ? value.kind : 'error') as HMSErrorKind,
      title: value.title,
      message: value.message,
      hint: typeof value.hint === 'string' ? value.hint : '',
      at: typeof value.at === 'number' && Number.isFinite(value.at) ? value.at : 0,
    };
  } catch {
    return null;
  }
}
