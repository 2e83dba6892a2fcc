import { useStore } from 'zustand';
import type { HMSErrorState } from '../core/store';
import { useHMSErrorStoreApi } from './context';

/**
 * Reads one slice of the error state. The component re-renders only when the slice changes
 * (compared with `Object.is`), so `useHMSErrorState((s) => s.terminal)` ignores toast churn.
 */
export function useHMSErrorState<T>(selector: (state: HMSErrorState) => T): T {
  return useStore(useHMSErrorStoreApi(), selector);
}
