import { createContext, useContext } from 'react';
import type { HMSErrorStore } from '../core/index';
import type { FakeHMSActions, FakeHMSNotifications } from '../testing/index';

/** What the decorator gives a story: the fakes it fires into, and its own store. */
export interface HMSErrorSimulator {
  /** Pass to `useHMSErrors({ notifications })` when the screen has its own provider. */
  notifications: FakeHMSNotifications;
  /** Pass as `actions` to your provider to see "Go home" call `leave()`, etc. */
  actions: FakeHMSActions;
  /** The store of the `HMSErrorProvider` the decorator wraps the story in. */
  store: HMSErrorStore;
}

export const HMSErrorSimulatorContext = createContext<HMSErrorSimulator | null>(null);

/** The simulator of the story being rendered, or `null` outside `withHMSErrorSimulator`. */
export function useHMSErrorSimulator(): HMSErrorSimulator | null {
  return useContext(HMSErrorSimulatorContext);
}
