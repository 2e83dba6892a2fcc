import { useId } from 'react';
import { useHMSErrorStore } from '../../src';
import { reconnectingNotification, trackError } from '../support/scenarios';
import type { DemoMedia } from './useDemoMedia';

const USB_CAMERA = { deviceId: 'demo-cam-usb', kind: 'videoinput', label: 'USB camera', groupId: 'usb' } as const;

/**
 * Errors a person can get out of without the app writing a callback, and the browser events
 * that make them go away. The kit's buttons call the `actions` the demo gave the provider.
 */
export function RecoveryPanel({ media }: { media: DemoMedia }) {
  const store = useHMSErrorStore();
  const headingId = useId();
  const { fake, set } = media;
  const interruption = (type: 'TRACK_INTERRUPTION_START' | 'TRACK_INTERRUPTION_END') => ({
    type,
    data: { type: 'audio', reason: 'Another app took the microphone' },
  });

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Recovery</h3>
      <p className="demo-muted">The kit's own buttons fix these; the browser events below clear them.</p>
      <div className="demo-buttons">
        <button
          type="button"
          onClick={() => {
            set({ cameraOn: false });
            store.report(trackError(3003, 'DeviceInUse', 'video'));
          }}
        >
          Camera in use
        </button>
        <button
          type="button"
          onClick={() => {
            set({ micOn: false });
            store.report(trackError(3015, 'TrackError', 'audio'));
          }}
        >
          Microphone silent
        </button>
        <button
          type="button"
          onClick={() => {
            set({ sharing: false });
            store.report(trackError(3003, 'DeviceInUse', 'screen'));
          }}
        >
          Screen share failed
        </button>
        <button
          type="button"
          onClick={() => {
            set({ cameraOn: false });
            store.report(trackError(3014, 'SelectedDeviceMissing', 'video'));
          }}
        >
          Camera disconnected
        </button>
        <button type="button" onClick={() => store.report(trackError(3008, 'AutoplayBlocked', 'audio'))}>
          Autoplay blocked
        </button>
        <button
          type="button"
          onClick={() => {
            fake.setPermission('camera', 'denied');
            set({ cameraOn: false });
            store.report(trackError(3001, 'CantAccessCaptureDevice', 'video'));
          }}
        >
          Camera blocked
        </button>
        <button
          type="button"
          onClick={() => {
            fake.unplug('videoinput');
            set({ cameraOn: false });
            store.report(trackError(3002, 'DeviceNotAvailable', 'video'));
          }}
        >
          No camera
        </button>
        <button type="button" onClick={() => store.reportNotification(interruption('TRACK_INTERRUPTION_START'))}>
          Microphone taken by a call
        </button>
        <button type="button" onClick={() => store.reportNotification(interruption('TRACK_INTERRUPTION_END'))}>
          Call over
        </button>
      </div>
      <h4>Browser events</h4>
      <div className="demo-buttons">
        <button type="button" onClick={() => fake.setPermission('camera', 'granted')}>
          Allow the camera
        </button>
        <button type="button" onClick={() => fake.plugIn(USB_CAMERA)}>
          Plug in a camera
        </button>
        <button
          type="button"
          onClick={() => {
            store.reportNotification(reconnectingNotification());
            fake.setOnline(false);
          }}
        >
          Go offline
        </button>
        <button type="button" onClick={() => fake.setOnline(true)}>
          Back online
        </button>
      </div>
      <dl className="demo-facts">
        <dt>Camera</dt>
        <dd data-testid="demo-camera">
          {media.state.camera} · {media.state.cameraOn ? 'on' : 'off'}
        </dd>
        <dt>Microphone</dt>
        <dd data-testid="demo-microphone">
          {media.state.microphone} · {media.state.micOn ? 'on' : 'off'}
        </dd>
        <dt>Screen share</dt>
        <dd data-testid="demo-sharing">{media.state.sharing ? 'on' : 'off'}</dd>
      </dl>
    </section>
  );
}
