import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createHMSErrorStore, type HMSErrorStore, type HMSErrorStoreOptions } from '../core/store';
import type { HMSLocale } from '../core/copy/locale';
import { HMSErrorSDKActionsContext, HMSErrorStoreContext } from './context';
import { HMSErrorLocaleContext } from './locale';

export interface HMSErrorProviderProps extends HMSErrorStoreOptions {
  /** Use this store instead of creating one (e.g. to report from outside React). */
  store?: HMSErrorStore;
  /**
   * The language of every text the kit shows: a complete locale from
   * `react-hms-errors/locales/<tag>` (`import es from 'react-hms-errors/locales/es'`). May change
   * at run time. @defaultValue English
   */
  locale?: HMSLocale;
  children?: ReactNode;
}

/**
 * Scopes one error store to a subtree. Store options are read once, when the store is created;
 * `onEntry`, `actions` and `locale` may change between renders, and `actions` (the SDK's `useHMSActions()` /
 * `hms.getActions()`) also apply to a store given with `store`.
 */
export function HMSErrorProvider({ store: given, locale, children, ...options }: HMSErrorProviderProps) {
  const onEntry = useRef(options.onEntry);
  onEntry.current = options.onEntry;
  const [store] = useState(
    () =>
      given ??
      createHMSErrorStore({
        ...options,
        onEntry: (entry, info) => onEntry.current?.(entry, info),
      }),
  );
  const active = given ?? store;
  useEffect(() => () => active.destroy(), [active]);
  return (
    <HMSErrorStoreContext.Provider value={active}>
      <HMSErrorSDKActionsContext.Provider value={options.actions ?? null}>
        <HMSErrorLocaleContext.Provider value={locale ?? null}>{children}</HMSErrorLocaleContext.Provider>
      </HMSErrorSDKActionsContext.Provider>
    </HMSErrorStoreContext.Provider>
  );
}
