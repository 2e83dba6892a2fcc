import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import {
  useHMSErrorState,
  useHMSErrorStore,
  type HMSErrorCatalogKey,
  type HMSPlatform,
} from '../../src';
import {
  codeKeys,
  fireCode,
  fireStorm,
  optionLabel,
  reconnectedNotification,
  reconnectingNotification,
  reconnectGaveUp,
  removedNotification,
  roomEndedNotification,
} from '../support/scenarios';

export interface ControlPanelProps {
  /** How long the fake network outage of "Reconnect sequence" lasts. */
  reconnectDelayMs: number;
  /** How many errors "Storm" reports in one burst. */
  stormSize: number;
  /** The real-SDK section, rendered by the call screen (it owns the SDK). */
  children?: ReactNode;
}

/** The demo's remote control: fires codes and scenarios into the kit's store. */
export function ControlPanel({ reconnectDelayMs, stormSize, children }: ControlPanelProps) {
  const store = useHMSErrorStore();
  const [platform, setPlatform] = useState<HMSPlatform>('web');
  const [key, setKey] = useState<HMSErrorCatalogKey>('3001');
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  const headingId = useId();
  const codeId = useId();

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  const keys = codeKeys(platform);
  const selected = keys.includes(key) ? key : keys[0];

  const reconnect = () => {
    store.reportNotification(reconnectingNotification());
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      store.reportNotification(reconnectedNotification());
    }, reconnectDelayMs);
    timers.current.add(timer);
  };

  return (
    <aside className="demo-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Control panel</h2>

      <section aria-label="Fire an error">
        <h3>Fire an error</h3>
        <fieldset className="demo-radios">
          <legend>Platform</legend>
          {(['web', 'flutter'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="demo-platform"
                value={value}
                checked={platform === value}
                onChange={() => setPlatform(value)}
              />
              {value === 'web' ? 'Web' : 'Flutter'}
            </label>
          ))}
        </fieldset>
        <label htmlFor={codeId}>Error code</label>
        <select id={codeId} value={selected} onChange={(event) => setKey(event.target.value as HMSErrorCatalogKey)}>
          {keys.map((k) => (
            <option key={k} value={k}>
              {optionLabel(k)}
            </option>
          ))}
        </select>
        <div className="demo-buttons">
          <button type="button" onClick={() => fireCode(store, selected, platform, false)}>
            Fire as toast
          </button>
          <button type="button" onClick={() => fireCode(store, selected, platform, true)}>
            Fire as terminal
          </button>
        </div>
      </section>

      <section aria-label="Scenarios">
        <h3>Scenarios</h3>
        <div className="demo-buttons">
          <button type="button" onClick={() => fireStorm(store, stormSize)}>
            Storm: {stormSize} errors
          </button>
          <button type="button" onClick={reconnect}>
            Reconnect sequence
          </button>
          <button type="button" onClick={() => store.reportNotification(roomEndedNotification())}>
            Host ends the room
          </button>
          <button type="button" onClick={() => store.reportNotification(removedNotification())}>
            Removed by Grace
          </button>
          <button type="button" onClick={() => store.report(reconnectGaveUp())}>
            Reconnection gave up
          </button>
          <button type="button" onClick={() => store.reset()}>
            Reset errors
          </button>
        </div>
      </section>

      {children}

      <ErrorLog />
    </aside>
  );
}

/** The last few reports as the store recorded them: what the developer sees in `history`. */
function ErrorLog() {
  const history = useHMSErrorState((s) => s.history);
  const stats = useHMSErrorState((s) => s.stats);
  const last = history.slice(-6).reverse();
  return (
    <section aria-label="Error log">
      <h3>Error log</h3>
      <p className="demo-muted">
        {stats.reported} reported, {stats.deduplicated} deduplicated
      </p>
      <ol className="demo-log">
        {last.map((record, i) => (
          <li key={`${record.entry.id}-${record.at}-${i}`}>
            <code>{record.entry.code ?? record.entry.catalogKey}</code> {record.outcome} · from{' '}
            {record.sources.join(' + ')}
          </li>
        ))}
      </ol>
    </section>
  );
}
