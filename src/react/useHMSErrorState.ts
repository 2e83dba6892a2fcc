import { useStore } from 'zustand';
import type { HMSErrorState, HMSErrorStore } from '../core/store';
import { useHMSErrorStore } from './context';

/**
 * Reads one slice of the error state. The component re-renders only when the slice changes
 * (compared with `Object.is`), so `useHMSErrorState((s) => s.terminal)` ignores toast churn.
 * Reads the nearest provider's store unless one is given.
 */
export function useHMSErrorState<T>(selector: (state: HMSErrorState) => T, store?: HMSErrorStore | null): T {
  return useStore(useHMSErrorStore(store), selector);
}
