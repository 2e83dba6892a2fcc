import { useCallback, useEffect, useState } from 'react';
import {
  LAST_ERROR_STORAGE_KEY,
  lastErrorStorage as storage,
  parseLastHMSError as parse,
  type HMSLastError,
  type UseLastHMSErrorResult,
} from '../core/lastError';

export { LAST_ERROR_STORAGE_KEY, type HMSLastError, type UseLastHMSErrorResult };

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
