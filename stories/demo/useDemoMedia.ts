import { useLayoutEffect, useMemo, useState } from 'react';
import type { HMSActionsLike } from '../../src';
import { trackError } from '../support/scenarios';
import { createFakeMedia, type FakeMedia } from './fakeMedia';
import type { RealSDK } from './useRealSDK';

export interface DemoMediaState {
  cameraOn: boolean;
  micOn: boolean;
  sharing: boolean;
  camera: string;
  microphone: string;
}

export interface DemoMedia {
  state: DemoMediaState;
  set: (patch: Partial<DemoMediaState>) => void;
  fake: FakeMedia;
  /** What the kit receives as `actions`: the real SDK's where they can run here, the mock call's for tracks. */
  actions: HMSActionsLike;
}

/** A short wait, so the recovery buttons' busy state can be seen. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 400));

/**
 * The mock call's camera, microphone and screen share, and the actions object the demo gives
 * `<HMSErrorProvider actions>`. The room has no real media, so track actions change the mock
 * call's state (and fail like the SDK while the browser blocks the device); `leave`, `join` and
 * `unblockAudio` are the real SDK's.
 */
export function useDemoMedia(sdk: RealSDK): DemoMedia {
  const [fake] = useState(createFakeMedia);
  // Before any effect of the kit runs: its watchers query these APIs when they start.
  useLayoutEffect(() => {
    fake.install();
    return () => fake.uninstall();
  }, [fake]);
  const [state, setState] = useState<DemoMediaState>({
    cameraOn: true,
    micOn: true,
    sharing: false,
    camera: 'Built-in camera',
    microphone: 'Built-in microphone',
  });
  const set = (patch: Partial<DemoMediaState>) => setState((s) => ({ ...s, ...patch }));

  const actions = useMemo<HMSActionsLike>(() => {
    const labelOf = async (deviceId: string | undefined) =>
      (await navigator.mediaDevices.enumerateDevices()).find((d) => d.deviceId === deviceId)?.label;
    return {
      leave: () => sdk.actions.leave(),
      join: (config: Parameters<RealSDK['actions']['join']>[0]) => sdk.actions.join(config),
      unblockAudio: async () => {
        try {
          await sdk.actions.unblockAudio();
        } catch (error) {
          // The SDK sets up audio with preview() or join(); before that there is nothing to unblock.
          if (!(error instanceof TypeError)) throw error;
        }
      },
      setLocalVideoEnabled: async (enabled: boolean) => {
        await pause();
        if (enabled && fake.permission('camera') === 'denied') throw trackError(3001, 'CantAccessCaptureDevice', 'video');
        set({ cameraOn: enabled });
      },
      setLocalAudioEnabled: async (enabled: boolean) => {
        await pause();
        if (enabled && fake.permission('microphone') === 'denied') throw trackError(3001, 'CantAccessCaptureDevice', 'audio');
        set({ micOn: enabled });
      },
      setScreenShareEnabled: async (enabled: boolean) => {
        await pause();
        set({ sharing: enabled });
      },
      setVideoSettings: async ({ deviceId }) => {
        await pause();
        set({ camera: (await labelOf(deviceId)) ?? 'Camera', cameraOn: true });
      },
      setAudioSettings: async ({ deviceId }) => {
        await pause();
        set({ microphone: (await labelOf(deviceId)) ?? 'Microphone', micOn: true });
      },
    };
  }, [sdk, fake]);

  return { state, set, fake, actions };
}
