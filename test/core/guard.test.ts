import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHMSErrorStore, getErrorCopy } from 'react-hms-errors/core';

// The signalling server is unreachable: the watchdog's TIMEOUT is shown first, then the SDK
// sends its own terminal ERROR 1000 and join() rejects with the same error.
const websocketFailed = { code: 1000, name: 'WebsocketFailedToConnect', action: 'JOIN', isTerminal: true, message: 'x' };
const deviceInUse = { code: 3003, name: 'DeviceInUse', isTerminal: false, trackType: 'video' };

afterEach(() => vi.useRealTimers());

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('guard: a way out that cannot vanish', () => {
  it('keeps a terminal dialog when the SDK error arrives after the timeout and then join() rejects', async () => {
    vi.useFakeTimers();
    const store = createHMSErrorStore();
    const join = deferred();
    const guarded = store.guard(join.promise, { timeoutMs: 30_000, label: 'join' });
    await vi.advanceTimersByTimeAsync(30_000);
    const timeout = store.getState().terminal!;
    expect(timeout).toMatchObject({ kind: 'timeout', catalogKey: 'TIMEOUT' });

    await vi.advanceTimersByTimeAsync(33_000);
    store.reportNotification({ type: 'ERROR', data: websocketFailed });
    // The SDK's error takes the dialog's place, in place: same slot, same id.
    expect(store.getState().terminal).toMatchObject({ code: 1000, id: timeout.id });
    join.reject(websocketFailed);
    await guarded;
    expect(store.getState().terminal).toMatchObject({ code: 1000 });
    // slow notice, timeout, the SDK's error in its place; the rejection is the same error twice.
    expect(store.getState().history.map((r) => r.outcome)).toEqual(['toast', 'dialog', 'updated']);
    expect(store.getState().terminal!.sources).toEqual(['notification', 'guard']);
  });

  it('keeps the timeout dialog when join() rejects late with a non-terminal error', async () => {
    vi.useFakeTimers();
    const store = createHMSErrorStore();
    const join = deferred();
    const guarded = store.guard(join.promise, { timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    join.reject({ code: 2003, name: 'EndpointUnreachable', isTerminal: false });
    await guarded;
    expect(store.getState().terminal).toMatchObject({ kind: 'timeout' });
  });

  it('withdraws the timeout on a late success only if no other terminal error came meanwhile', async () => {
    vi.useFakeTimers();
    const store = createHMSErrorStore();
    const first = deferred();
    const firstGuard = store.guard(first.promise, { timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    first.resolve();
    await firstGuard;
    expect(store.getState().terminal).toBeNull();

    const second = deferred();
    const secondGuard = store.guard(second.promise, { timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    // A second terminal error while the timeout is shown: another guard's timeout is suppressed,
    // but it still counts as a terminal report, so the late success may not clear the slot.
    void store.guard(new Promise(() => {}), { timeoutMs: 0, slowMs: false });
    await vi.advanceTimersByTimeAsync(0);
    second.resolve();
    await secondGuard;
    expect(store.getState().terminal).toMatchObject({ kind: 'timeout' });
  });

  it('leaves a terminal error reported after the timeout alone when the call settles', async () => {
    vi.useFakeTimers();
    const store = createHMSErrorStore();
    const join = deferred();
    const guarded = store.guard(join.promise, { timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    store.report({ code: 40101, name: 'ServerErrors', isTerminal: true });
    join.resolve();
    await guarded;
    expect(store.getState().terminal).toMatchObject({ code: 40101 });
  });

  it('is cleared by the person: dismissTerminal and reset', async () => {
    vi.useFakeTimers();
    const store = createHMSErrorStore();
    void store.guard(new Promise(() => {}), { timeoutMs: 10 });
    await vi.advanceTimersByTimeAsync(10);
    store.dismissTerminal();
    expect(store.getState().terminal).toBeNull();
  });
});

describe('guard: a slow call is announced early', () => {
  it('says "Still connecting…" after 8 s by default, then gives way to the timeout', async () => {
    vi.useFakeTimers();
    const store = createHMSErrorStore();
    void store.guard(new Promise(() => {}), { timeoutMs: 30_000, label: 'join' });
    await vi.advanceTimersByTimeAsync(7_999);
    expect(store.getState().toasts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    const [slow] = store.getState().toasts;
    expect(slow).toMatchObject({ catalogKey: 'SLOW', kind: 'slow', isTerminal: false, route: 'toast', duration: null });
    expect(getErrorCopy(slow).title).toBe('Still connecting…');
    expect(getErrorCopy(slow).hint).toMatch(/keep waiting/);
    await vi.advanceTimersByTimeAsync(22_000);
    const state = store.getState();
    expect(state.toasts).toHaveLength(0);
    expect(state.terminal).toMatchObject({ catalogKey: 'TIMEOUT' });
  });

  it('removes the notice when the call settles, either way', async () => {
    vi.useFakeTimers();
    const store = createHMSErrorStore();
    const ok = deferred();
    const okGuard = store.guard(ok.promise, { timeoutMs: 30_000, slowMs: 2000 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.getState().toasts.map((t) => t.catalogKey)).toEqual(['SLOW']);
    ok.resolve();
    await okGuard;
    expect(store.getState().toasts).toHaveLength(0);

    const failing = deferred();
    const failGuard = store.guard(failing.promise, { slowMs: 100 });
    await vi.advanceTimersByTimeAsync(100);
    failing.reject(deviceInUse);
    await failGuard;
    expect(store.getState().toasts.map((t) => t.catalogKey)).toEqual(['3003']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('can be turned off, and is skipped when the timeout comes first', async () => {
    vi.useFakeTimers();
    const store = createHMSErrorStore();
    void store.guard(new Promise(() => {}), { timeoutMs: 30_000, slowMs: false });
    void store.guard(new Promise(() => {}), { timeoutMs: 5_000 });
    await vi.advanceTimersByTimeAsync(9_000);
    expect(store.getState().history.map((r) => r.entry.catalogKey)).toEqual(['TIMEOUT']);
  });
});
