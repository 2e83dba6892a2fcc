import { useEffect } from 'react';
import { prepareFormatters } from '../core/copy/format';

type IdleWindow = {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Once the page is idle after the toasts mount, makes the language's number format and plural
 * rules, so that the first toast with a count ("×3", "+2 more") does not pay for them: a page's
 * first `Intl.NumberFormat` loads ICU's number data, 10–50 ms in Chromium. Nothing renders from
 * it and nothing waits for it; without `requestIdleCallback` (Safari) a timer does it.
 */
export function usePrepareFormatters(tag: string): void {
  useEffect(() => {
    const idle = window as IdleWindow;
    if (typeof idle.requestIdleCallback === 'function') {
      const handle = idle.requestIdleCallback(() => prepareFormatters(tag), { timeout: 2000 });
      return () => idle.cancelIdleCallback?.(handle);
    }
    const timer = setTimeout(() => prepareFormatters(tag), 200);
    return () => clearTimeout(timer);
  }, [tag]);
}
