import { useEffect } from 'react';
import { autoResolves } from '../core/recovery';
import type { HMSErrorStore } from '../core/store';
import { watchDevices, watchPermissions } from '../core/watch';

/**
 * Runs the store's auto-resolutions (see `autoResolve`) while mounted: permission changes and
 * `devicechange` turn their toasts into good news. Stopped on unmount; StrictMode's second
 * mount starts them once again, never twice at a time.
 */
export function useHMSRecoveryWatchers(store: HMSErrorStore): void {
  useEffect(() => {
    const option = store.options.autoResolve;
    const nav: Navigator | undefined = typeof navigator === 'undefined' ? undefined : navigator;
    const stops = [
      autoResolves(option, 'permissions') ? watchPermissions(store, nav?.permissions) : undefined,
      autoResolves(option, 'devices') ? watchDevices(store, nav?.mediaDevices) : undefined,
    ];
    return () => {
      for (const stop of stops) stop?.();
    };
  }, [store]);
}
