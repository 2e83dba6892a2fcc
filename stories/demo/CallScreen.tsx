import { useNavigate } from 'react-router';
import { useHMSErrorState } from '../../src';
import { ControlPanel } from './ControlPanel';
import { RealSDKPanel } from './RealSDKPanel';
import { RecoveryPanel } from './RecoveryPanel';
import type { DemoMedia } from './useDemoMedia';
import type { RealSDK } from './useRealSDK';

const PEOPLE = [
  { name: 'Ada (you)', initials: 'A', hue: '#1d4ed8' },
  { name: 'Grace', initials: 'G', hue: '#7e22ce' },
  { name: 'Linus', initials: 'L', hue: '#0f766e' },
  { name: 'Margaret', initials: 'M', hue: '#b45309' },
];

const CONNECTION_LABEL = { connected: 'Connected', reconnecting: 'Reconnecting…', disconnected: 'Disconnected' } as const;

export interface CallScreenProps {
  sdk: RealSDK;
  /** The mock call's camera, microphone and screen share (the kit's recovery buttons change them). */
  media: DemoMedia;
  reconnectDelayMs: number;
  stormSize: number;
}

/** A mock call: tiles, a control bar, and the demo's control panel. */
export function CallScreen({ sdk, media, reconnectDelayMs, stormSize }: CallScreenProps) {
  const navigate = useNavigate();
  const connection = useHMSErrorState((s) => s.connection);
  const muted = !media.state.micOn;
  const cameraOff = !media.state.cameraOn;

  return (
    <div className="demo-call">
      <header className="demo-header">
        <h1>Weekly sync</h1>
        <p className="demo-pill" data-state={connection} role="status">
          {CONNECTION_LABEL[connection]}
        </p>
      </header>
      <div className="demo-body">
        <main className="demo-stage">
          <ul className="demo-grid" aria-label="Participants">
            {PEOPLE.map((person, i) => (
              <li key={person.name} className="demo-tile">
                <span className="demo-avatar" style={{ background: person.hue }} aria-hidden="true">
                  {person.initials}
                </span>
                <span className="demo-name">
                  {person.name}
                  {i === 0 && muted ? ' · muted' : ''}
                  {i === 0 && cameraOff ? ' · camera off' : ''}
                </span>
              </li>
            ))}
          </ul>
          <nav className="demo-bar" aria-label="Call controls">
            <button type="button" aria-pressed={muted} onClick={() => media.set({ micOn: muted })}>
              Mute
            </button>
            <button type="button" aria-pressed={cameraOff} onClick={() => media.set({ cameraOn: cameraOff })}>
              Camera off
            </button>
            <button type="button" className="demo-leave" onClick={() => navigate('/')}>
              Leave
            </button>
          </nav>
        </main>
        <ControlPanel reconnectDelayMs={reconnectDelayMs} stormSize={stormSize}>
          <RecoveryPanel media={media} />
          <RealSDKPanel sdk={sdk} />
        </ControlPanel>
      </div>
    </div>
  );
}
