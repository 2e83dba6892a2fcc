import { createContext, useContext } from 'react';
import type { HMSErrorStore } from '../core/store';
import type { HMSActionsLike } from '../core/types';

export const HMSErrorStoreContext = createContext<HMSErrorStore | null>(null);

/** The provider's `actions` prop; applies to a store the provider was given, too. */
export const HMSErrorSDKActionsContext = createContext<HMSActionsLike | null>(null);

/** The SDK actions the kit may call: the nearest provider's `actions`, else the store's own option. */
export function useHMSSDKActions(store: HMSErrorStore | null | undefined): HMSActionsLike | null {
  const fromProvider = useContext(HMSErrorSDKActionsContext);
  return fromProvider ?? store?.options.actions ?? null;
}

/**
 * The one store lookup: the store given, else the nearest `HMSErrorProvider`'s. Throws a setup
 * error without either.
 */
export function useHMSErrorStore(given?: HMSErrorStore | null): HMSErrorStore {
  const fromContext = useContext(HMSErrorStoreContext);
  const store = given ?? fromContext;
  if (!store) {
    throw new Error('[react-hms-errors] No store found: render this inside <HMSErrorProvider> (or pass `store`).');
  }
  return store;
}
