import { useCallback, useEffect, useState } from 'react';
import type { HMSErrorCatalogKey, HMSErrorCopy, HMSErrorEntry, HMSErrorKind } from '../core/types';

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

function storage(): Storage | null {
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
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // quota or disabled storage: the home page just won't explain
  }
}

function parse(text: string | null): HMSLastError | null {
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

/**
 * The terminal error that made the person leave the call, for the page "Go home" leads to. Read
 * once after mount (nothing is read during server render) and removed from storage as it is read.
 *
 * @example
 * const { error, dismiss } = useLastHMSError();
 * if (error) return <Banner title={error.title} onClose={dismiss}>{error.hint}</Banner>;
 */
export function useLastHMSError(options: { storageKey?: string } = {}): UseLastHMSErrorResult {
  const key = options.storageKey ?? LAST_ERROR_STORAGE_KEY;
  const [error, setError] = useState<HMSLastError | null>(null);

  useEffect(() => {
    const store = storage();
    if (!store) return;
    let text: string | null = null;
    try {
      text = store.getItem(key);
      store.removeItem(key);
    } catch {
      return;
    }
    const found = parse(text);
    // StrictMode runs this twice: the second run finds nothing and must keep the first's result.
    if (found) setError(found);
  }, [key]);

  const dismiss = useCallback(() => {
    setError(null);
    try {
      storage()?.removeItem(key);
    } catch {
      // nothing to clear
    }
  }, [key]);

  return { error, dismiss };
}
