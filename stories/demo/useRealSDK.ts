import { useEffect, useState, useSyncExternalStore } from 'react';
import { HMSLogLevel, HMSReactiveStore, selectRoomState } from '@100mslive/hms-video-store';
import { installFakeBackend } from './fakeBackend';

function createSDK() {
  const hms = new HMSReactiveStore();
  hms.triggerOnSubscribe();
  const actions = hms.getActions();
  actions.setLogLevel(HMSLogLevel.NONE);
  return { hms, actions, notifications: hms.getNotifications(), store: hms.getStore() };
}

export type RealSDK = ReturnType<typeof createSDK>;

/**
 * A real `HMSReactiveStore` for the lifetime of the component, with `window.fetch` replaced by the
 * demo's fake backend while it is mounted (and restored on unmount).
 */
export function useRealSDK(): RealSDK {
  const [sdk] = useState(createSDK);

  useEffect(() => {
    const restoreFetch = installFakeBackend();
    return () => {
      sdk.actions.leave().catch(() => {});
      restoreFetch();
    };
  }, [sdk]);

  return sdk;
}

/** The SDK's room state (`Disconnected`, `Connecting`, `Failed`…), read from its own store. */
export function useSDKRoomState(sdk: RealSDK): string {
  return useSyncExternalStore(
    (onChange) => sdk.store.subscribe(onChange, selectRoomState),
    () => sdk.store.getState(selectRoomState),
  );
}
