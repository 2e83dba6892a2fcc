// A small 100ms app wired the way the README tells a user to: the real vanilla SDK, the kit's
// provider with the SDK's actions, the hook fed by the SDK's notifications, a guarded join and the
// kit's UI. The test drives it in Chromium and fakes only the network (see ../app.e2e.test.ts).
import { HMSReactiveStore, selectRoomState } from '@100mslive/hms-video-store';
import { StrictMode, useState, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { HMSErrorProvider, HMSErrorUI, useHMSErrors } from 'react-hms-errors';
import 'react-hms-errors/styles.css';

/** What the test reads back: calls the person cannot see, and what was on screen when. */
export interface E2EProbe {
  leaveCalls: number;
  /** How the SDK's own `join()` promise ended, and when (ms since the click). */
  join: { outcome: 'pending' | 'resolved' | 'rejected'; code?: number; atMs?: number } | null;
  /** Every dialog and toast title as it appeared and went, in order, ms since the click. */
  seen: { kind: 'dialog' | 'toast'; title: string; event: 'shown' | 'changed' | 'gone'; atMs: number }[];
  roomStates: string[];
}
declare global {
  interface Window {
    e2e: E2EProbe;
  }
}

const query = new URLSearchParams(window.location.search);
const msParam = (name: string) => (query.has(name) ? Number(query.get(name)) : undefined);
const timeoutMs = msParam('timeoutMs') ?? 30_000;
const slowMs = msParam('slowMs');

/** The SDK checks only that the token is three base64url parts; nothing here reaches a server. */
const b64url = (value: unknown) => btoa(typeof value === 'string' ? value : JSON.stringify(value)).replace(/=+$/, '');
const authToken = [
  { alg: 'HS256', typ: 'JWT' },
  { access_key: 'key', room_id: 'room', user_id: 'user', role: 'host', type: 'app', version: 2 },
  'signature',
]
  .map(b64url)
  .join('.');
const initEndpoint = 'https://init.e2e.test';

const probe: E2EProbe = { leaveCalls: 0, join: null, seen: [], roomStates: [] };
window.e2e = probe;
let clickedAt = performance.now();
const since = () => Math.round(performance.now() - clickedAt);

const hms = new HMSReactiveStore();
hms.triggerOnSubscribe();
const hmsActions = hms.getActions();
const hmsStore = hms.getStore();
const notifications = hms.getNotifications();

// Count leave() calls without changing what it does.
const leave = hmsActions.leave.bind(hmsActions);
hmsActions.leave = () => {
  probe.leaveCalls += 1;
  return leave();
};
hmsStore.subscribe((state) => probe.roomStates.push(state), selectRoomState);

// Record each dialog and toast title when it appears, changes and goes, in order.
const shown = new Map<Element, { kind: 'dialog' | 'toast'; title: string }>();
const titleOf = (el: Element) => {
  if (el.getAttribute('role') !== 'alertdialog') return el.querySelector('p span')?.textContent ?? '';
  const labelledBy = el.getAttribute('aria-labelledby');
  return (labelledBy && document.getElementById(labelledBy)?.textContent) || '';
};
new MutationObserver(() => {
  for (const [el, what] of shown) {
    if (el.isConnected) continue;
    shown.delete(el);
    probe.seen.push({ ...what, event: 'gone', atMs: since() });
  }
  for (const el of document.querySelectorAll('[role="alertdialog"], [data-hmse-toast]')) {
    const title = titleOf(el);
    const before = shown.get(el);
    if (!title || before?.title === title) continue;
    const kind = el.getAttribute('role') === 'alertdialog' ? 'dialog' : 'toast';
    shown.set(el, { kind, title });
    probe.seen.push({ kind, title, event: before ? 'changed' : 'shown', atMs: since() });
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true });

function useRoomState() {
  return useSyncExternalStore(
    (onChange) => hmsStore.subscribe(onChange, selectRoomState),
    () => hmsStore.getState(selectRoomState),
  );
}

function Call() {
  const { guard } = useHMSErrors({ notifications });
  const roomState = useRoomState();

  const join = () => {
    clickedAt = performance.now();
    probe.join = { outcome: 'pending' };
    void guard(
      () => {
        const joining = hmsActions.join({ userName: 'Ada', authToken, initEndpoint });
        joining.then(
          () => (probe.join = { outcome: 'resolved', atMs: since() }),
          (error: { code?: number }) => (probe.join = { outcome: 'rejected', code: error?.code, atMs: since() }),
        );
        return joining;
      },
      { timeoutMs, slowMs, label: 'join' },
    );
  };

  return (
    <main>
      <h1>Call</h1>
      <p>Room: {roomState}</p>
      <button type="button" onClick={join}>
        Join
      </button>
    </main>
  );
}

function Home() {
  return (
    <main>
      <h1>Home</h1>
      <p>You left the call.</p>
    </main>
  );
}

function App() {
  const [path, setPath] = useState(window.location.pathname);
  // Client-side navigation, as a router would do it: the provider stays mounted.
  const goHome = () => {
    window.history.pushState(null, '', '/home');
    setPath('/home');
  };
  return (
    <HMSErrorProvider actions={hmsActions}>
      {path === '/home' ? <Home /> : <Call />}
      <HMSErrorUI onNavigateHome={goHome} />
    </HMSErrorProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
