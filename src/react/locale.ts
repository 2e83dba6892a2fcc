import { createContext, useContext } from 'react';
import { resolveLocale } from '../core/copy/getErrorCopy';
import type { HMSLocale } from '../core/copy/locale';

/** The provider's `locale`; `null` means English. */
export const HMSErrorLocaleContext = createContext<HMSLocale | null>(null);

/** The nearest provider's locale, checked whole (an incomplete one gives English), or English. */
export function useHMSLocale(): HMSLocale {
  return resolveLocale(useContext(HMSErrorLocaleContext));
}
