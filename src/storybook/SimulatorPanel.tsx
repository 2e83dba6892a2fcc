import { useId, useState, type CSSProperties } from 'react';
import type { HMSErrorCatalogKey } from '../core/index';
import { HMS_SCENARIOS, type HMSScenarioName } from '../testing/index';
import { SIMULATED_KEYS, simulatedKeyLabel, simulatedNotification, type HMSSimulatedTerminal } from './catalogEvents';
import type { HMSErrorSimulator } from './context';

export type HMSErrorSimulatorPosition = 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';

const SCENARIO_LABELS: Record<HMSScenarioName, string> = {
  reconnectThenRecover: 'Reconnect, then recover (3 s)',
  reconnectThenGiveUp: 'Reconnect, then give up (60 s)',
  doubleDelivery: 'Double delivery (notification + rejection)',
  hangingJoin: 'Join that never settles',
  storm: 'Storm of 100 errors',
  permissionDeniedThenGranted: 'Camera denied, then allowed (5 s)',
  interruption: 'Microphone interrupted (5 s)',
};

// Its own look (it is a developer tool, not part of the kit's UI), WCAG AA contrast on dark.
const styles = {
  root: (position: HMSErrorSimulatorPosition): CSSProperties => ({
    position: 'fixed',
    [position.startsWith('top') ? 'top' : 'bottom']: 12,
    [position.endsWith('left') ? 'left' : 'right']: 12,
    zIndex: 2147483000,
    maxWidth: 'min(360px, calc(100vw - 24px))',
    font: '13px/1.4 system-ui, sans-serif',
    color: '#f6f8fa',
    background: '#1f2328',
    border: '1px solid #57606a',
    borderRadius: 8,
    boxShadow: '0 6px 20px rgba(0,0,0,0.35)',
  }),
  toggle: {
    font: 'inherit',
    fontWeight: 600,
    color: 'inherit',
    background: 'transparent',
    border: 0,
    padding: '8px 12px',
    cursor: 'pointer',
    width: '100%',
    textAlign: 'left',
  } satisfies CSSProperties,
  body: { display: 'grid', gap: 8, padding: '0 12px 12px' } satisfies CSSProperties,
  label: { display: 'grid', gap: 2 } satisfies CSSProperties,
  select: { font: 'inherit', maxWidth: '100%', color: '#1f2328', background: '#ffffff' } satisfies CSSProperties,
  button: {
    font: 'inherit',
    color: '#ffffff',
    background: '#0a58ca',
    border: 0,
    borderRadius: 6,
    padding: '6px 10px',
    cursor: 'pointer',
  } satisfies CSSProperties,
  status: { margin: 0, color: '#d0d7de', minHeight: '1.4em' } satisfies CSSProperties,
};

export interface SimulatorPanelProps {
  simulator: HMSErrorSimulator;
  defaultOpen: boolean;
  position: HMSErrorSimulatorPosition;
}

/** The in-canvas panel: fire any catalog key or scenario into the story's fakes. */
export function SimulatorPanel({ simulator, defaultOpen, position }: SimulatorPanelProps) {
  const id = useId();
  const [open, setOpen] = useState(defaultOpen);
  const [key, setKey] = useState<HMSErrorCatalogKey>(SIMULATED_KEYS[0]);
  const [terminal, setTerminal] = useState<HMSSimulatedTerminal>('default');
  const [scenario, setScenario] = useState<HMSScenarioName>('reconnectThenRecover');
  const [status, setStatus] = useState('');

  const fire = () => {
    const notification = simulatedNotification(key, terminal);
    if (!notification) return;
    simulator.notifications.emit(notification);
    setStatus(`Sent ${notification.type} for ${key}.`);
  };

  const runScenario = () => {
    const { notifications, actions, store } = simulator;
    // Scenarios about a pending join need one: start it through the simulator's own store.
    if (scenario === 'doubleDelivery' || scenario === 'hangingJoin') {
      actions.join.hang();
      void store.guard(() => actions.join({ userName: 'storybook', authToken: 'simulated' }), {
        label: 'join',
        timeoutMs: 15_000,
      });
    }
    setStatus(`Running: ${SCENARIO_LABELS[scenario]}.`);
    void HMS_SCENARIOS[scenario]({ notifications, actions }).then(
      () => setStatus(`Finished: ${SCENARIO_LABELS[scenario]}.`),
      () => setStatus(`Failed: ${SCENARIO_LABELS[scenario]}.`),
    );
  };

  return (
    <aside aria-label="Error simulator" style={styles.root(position)} data-hmse-simulator="">
      <button
        type="button"
        style={styles.toggle}
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? '▾' : '▸'} Error simulator
      </button>
      <div id={`${id}-body`} hidden={!open} style={open ? styles.body : undefined}>
        <label style={styles.label}>
          Catalog code
          <select style={styles.select} value={key} onChange={(e) => setKey(e.target.value as HMSErrorCatalogKey)}>
            {SIMULATED_KEYS.map((k) => (
              <option key={k} value={k}>
                {simulatedKeyLabel(k)}
              </option>
            ))}
          </select>
        </label>
        <label style={styles.label}>
          Terminal
          <select style={styles.select} value={terminal} onChange={(e) => setTerminal(e.target.value as HMSSimulatedTerminal)}>
            <option value="default">As the SDK sends it</option>
            <option value="terminal">Terminal</option>
            <option value="non-terminal">Not terminal</option>
          </select>
        </label>
        <button type="button" style={styles.button} onClick={fire}>
          Send error
        </button>
        <label style={styles.label}>
          Scenario
          <select style={styles.select} value={scenario} onChange={(e) => setScenario(e.target.value as HMSScenarioName)}>
            {(Object.keys(SCENARIO_LABELS) as HMSScenarioName[]).map((name) => (
              <option key={name} value={name}>
                {SCENARIO_LABELS[name]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" style={styles.button} onClick={runScenario}>
          Run scenario
        </button>
        <p role="status" style={styles.status}>
          {status}
        </p>
      </div>
    </aside>
  );
}
