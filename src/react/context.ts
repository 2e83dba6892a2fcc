import { createContext, useContext } from 'react';
import type { HMSErrorStore } from '../core/store';

export const HMSErrorStoreContext = createContext<HMSErrorStore | null>(null);

/** The store of the nearest `HMSErrorProvider`. Throws a setup error outside one. */
export function useHMSErrorStoreApi(): HMSErrorStore {
  const store = useContext(HMSErrorStoreContext);
  if (!store) {
    throw new Error(
      '[react-hms-errors] No store found: render this inside <HMSErrorProvider> (or pass `store`).',
    );
  }
  return store;
}
