import { describe, expect, it } from 'vitest';
import { decide, makeReport } from '../../src/core/decide';
import { normalizeHMSError, normalizeHMSNotification } from '../../src/core/normalize';
import { initialState } from '../../src/core/state';
import { createHMSErrorStore } from 'react-hms-errors/core';

const policy = { groupingWindowMs: 10_000, dedupeWindowMs: 3_000, maxVisibleToasts: 1 };
const at = 1_000;
const report = (input: unknown, source: 'report' | 'notification' | 'guard' = 'report') => {
  const error = normalizeHMSError(input);
  return makeReport(error, source, error.isTerminal ? 'dialog' : 'toast', at);
};

describe('decide: what decides dialog vs toast, in one pure function', () => {
  it('sends a terminal error to the dialog and a non-terminal one to a toast', () => {
    expect(decide(initialState(), report({ code: 40101, isTerminal: true }), policy).outcome).toBe('dialog');
    expect(decide(initialState(), report({ code: 3003, isTerminal: false }), policy).outcome).toBe('toast');
  });

  it('keeps the slot: a second terminal error is suppressed, but the SDK error replaces a timeout', () => {
    const store = createHMSErrorStore({ now: () => at });
    store.report({ code: 40101, isTerminal: true });
    expect(decide(store.getState(), report({ code: 1003, isTerminal: true }), policy).outcome).toBe('suppressed');

    const timedOut = createHMSErrorStore({ now: () => at });
    timedOut.report({ code: 1, isTerminal: true }, { route: 'dialog' });
    const state = { ...timedOut.getState(), terminal: { ...timedOut.getState().terminal!, kind: 'timeout' as const } };
    expect(decide(state, report({ code: 1000, isTerminal: true }), policy)).toMatchObject({ outcome: 'updated' });
  });

  it('groups, queues, suppresses behind the dialog, and deduplicates a double delivery', () => {
    const store = createHMSErrorStore({ now: () => at, maxVisibleToasts: 1 });
    store.report({ code: 3003, isTerminal: false });
    const state = store.getState();
    expect(decide(state, report({ code: 3003, isTerminal: false }), policy).outcome).toBe('grouped');
    expect(decide(state, report({ code: 3010, isTerminal: false }), policy).outcome).toBe('queued');

    const sdk = createHMSErrorStore({ now: () => at });
    sdk.reportNotification({ type: 'ERROR', data: { code: 40101, isTerminal: true } });
    expect(decide(sdk.getState(), report({ code: 40101, isTerminal: true }, 'guard'), policy).outcome).toBe('dedupe');
    expect(decide(sdk.getState(), report({ code: 3003, isTerminal: false }), policy).outcome).toBe('suppressed');
  });

  it('ignores "reconnected" when nothing was reconnecting, and does not change the state it reads', () => {
    const state = initialState();
    const frozen = JSON.stringify(state);
    const error = normalizeHMSNotification({ type: 'RECONNECTED', data: null })!;
    expect(decide(state, makeReport(error, 'notification', 'toast', at), policy).outcome).toBe('ignored');
    expect(JSON.stringify(state)).toBe(frozen);
  });
});
