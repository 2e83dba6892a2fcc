import { describe, expect, it } from 'vitest';
import { createHMSErrorStore } from 'react-hms-errors/core';

// The "why" the devtools show: every history record names the rule that decided its outcome and
// the rule that chose its route.
describe('given a store, each history record keeps why it went where it went', () => {
  const at = 1_000;
  const whys = (store: ReturnType<typeof createHMSErrorStore>) =>
    store.getState().history.map((r) => [r.outcome, r.reason, r.routeRule]);

  it('names the toast rules: a free slot, a repeat within the grouping window, a full screen', () => {
    const store = createHMSErrorStore({ now: () => at, maxVisibleToasts: 1 });
    store.report({ code: 3003, isTerminal: false });
    store.report({ code: 3003, isTerminal: false });
    store.report({ code: 3010, isTerminal: false });
    expect(whys(store)).toEqual([
      ['toast', 'free-slot', 'default'],
      ['grouped', 'same-toast-recently', 'default'],
      ['queued', 'toasts-full', 'default'],
    ]);
  });

  it('names the dialog rules and where the route came from (terminal, the app, the report)', () => {
    const store = createHMSErrorStore({ now: () => at, routes: { 3003: 'silent' } });
    store.report({ code: 40101, isTerminal: true });
    store.report({ code: 1003, isTerminal: true });
    store.report({ code: 3010, isTerminal: false });
    store.report({ code: 3003, isTerminal: false });
    store.report({ code: 3010, isTerminal: false }, { route: 'silent' });
    expect(whys(store)).toEqual([
      ['dialog', 'first-terminal', 'terminal'],
      ['suppressed', 'dialog-open', 'terminal'],
      ['suppressed', 'call-ended', 'default'],
      ['silent', 'routed-silent', 'app-routes'],
      ['silent', 'routed-silent', 'report-option'],
    ]);
  });

  it('names the connection rules and keeps a double delivery on the first record', () => {
    const store = createHMSErrorStore({ now: () => at });
    store.reportNotification({ type: 'RECONNECTED', data: null });
    store.reportNotification({ type: 'RECONNECTING', data: { code: 1003, isTerminal: false } });
    store.reportNotification({ type: 'RECONNECTED', data: null });
    store.reportNotification({ type: 'ERROR', data: { code: 3003, isTerminal: false } });
    store.report({ code: 3003, isTerminal: false }, { source: 'guard' });
    expect(whys(store)).toEqual([
      ['ignored', 'not-reconnecting', 'default'],
      ['toast', 'connection-first', 'default'],
      ['updated', 'connection-in-place', 'default'],
      ['toast', 'free-slot', 'default'],
    ]);
    expect(store.getState().history[3].sources).toEqual(['notification', 'guard']);
  });
});
