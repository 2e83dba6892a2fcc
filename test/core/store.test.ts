import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHMSErrorStore, getErrorCopy, type HMSErrorStoreOptions } from 'react-hms-errors/core';

function clockedStore(options: HMSErrorStoreOptions = {}) {
  let time = 1_000_000;
  const store = createHMSErrorStore({ now: () => time, ...options });
  return { store, advance: (ms: number) => (time += ms) };
}

const deviceInUse = { code: 3003, name: 'DeviceInUse', isTerminal: false, trackType: 'video' };
const tokenError = { code: 40101, name: 'ServerErrors', isTerminal: true };

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createHMSErrorStore', () => {
  describe('routing', () => {
    it('puts a terminal error in the terminal slot and a non-terminal one in a toast', () => {
      const store = createHMSErrorStore();
      store.report(deviceInUse);
      expect(store.getState().toasts).toHaveLength(1);
      store.report(tokenError);
      const state = store.getState();
      expect(state.terminal).toMatchObject({ code: 40101, route: 'dialog' });
      expect(state.connection).toBe('disconnected');
    });

    it('keeps the first terminal error and records later ones as suppressed', () => {
      const store = createHMSErrorStore();
      const first = store.report(tokenError);
      store.report({ code: 1003, isTerminal: true });
      const state = store.getState();
      expect(state.terminal?.id).toBe(first?.id);
      expect(state.history.map((r) => r.outcome)).toEqual(['dialog', 'suppressed']);
    });

    it('clears toasts when the dialog opens and keeps later toasts out of the way (history only)', () => {
      const store = createHMSErrorStore({ maxVisibleToasts: 1 });
      store.report(deviceInUse);
      store.report({ code: 3002, isTerminal: false });
      store.report(tokenError);
      expect(store.getState()).toMatchObject({ toasts: [], queue: [] });
      store.report({ code: 3010, isTerminal: false });
      expect(store.getState().toasts).toEqual([]);
      expect(store.getState().history.at(-1)?.outcome).toBe('suppressed');
    });

    it('honours per-key, per-code and functional route overrides', () => {
      const store = createHMSErrorStore({ routes: { 3003: 'dialog', '3010': 'silent', ROOM_ENDED: 'toast' } });
      store.report({ code: 3010, isTerminal: false });
      expect(store.getState().toasts).toHaveLength(0);
      expect(store.getState().history[0].outcome).toBe('silent');
      store.reportNotification({ type: 'ROOM_ENDED', data: { reason: 'done' } });
      expect(store.getState().toasts[0]).toMatchObject({ kind: 'room-ended', route: 'toast' });
      store.report(deviceInUse);
      expect(store.getState().terminal).toMatchObject({ code: 3003, route: 'dialog' });

      const fn = createHMSErrorStore({ routes: (e) => (e.code === 3002 ? 'silent' : undefined) });
      fn.report({ code: 3002 });
      fn.report({ code: 3003 });
      expect(fn.getState().toasts.map((t) => t.code)).toEqual([3003]);
    });

    it('lets one report override terminal flag and route', () => {
      const store = createHMSErrorStore();
      store.report(deviceInUse, { isTerminal: true });
      expect(store.getState().terminal?.code).toBe(3003);
      const other = createHMSErrorStore();
      other.report(tokenError, { route: 'toast' });
      expect(other.getState().toasts[0].code).toBe(40101);
    });
  });

  describe('grouping', () => {
    it('merges the same error within the window into one toast with a count, and records every report', () => {
      const { store, advance } = clockedStore();
      store.report(deviceInUse);
      advance(1000);
      store.report(deviceInUse);
      store.report(deviceInUse);
      const { toasts, history } = store.getState();
      expect(toasts).toHaveLength(1);
      expect(toasts[0]).toMatchObject({ count: 3, lastAt: toasts[0].firstAt + 1000 });
      expect(history.map((r) => r.outcome)).toEqual(['toast', 'grouped', 'grouped']);
      expect(new Set(history.map((r) => r.entry.id)).size).toBe(1);
    });

    it('starts a new toast once the window has passed since the last repeat', () => {
      const { store, advance } = clockedStore({ groupingWindowMs: 5000 });
      store.report(deviceInUse);
      advance(5001);
      store.report(deviceInUse);
      expect(store.getState().toasts).toHaveLength(2);
    });

    it('merges unlisted codes that show the same fallback copy', () => {
      const store = createHMSErrorStore();
      store.report({ code: 1001 });
      store.report({ code: 1002 });
      expect(store.getState().toasts).toHaveLength(1);
      expect(store.getState().toasts[0]).toMatchObject({ catalogKey: 'range.1xxx', count: 2 });
      expect(store.getState().history.map((r) => r.entry.code)).toEqual([1001, 1002]);
    });

    it('does not merge different track types or different codes', () => {
      const store = createHMSErrorStore();
      store.report(deviceInUse);
      store.report({ ...deviceInUse, trackType: 'audio' });
      store.report({ code: 3002 });
      expect(store.getState().toasts).toHaveLength(3);
    });
  });

  describe('limits', () => {
    it('queues toasts beyond the visible maximum and promotes them on dismiss', () => {
      const store = createHMSErrorStore({ maxVisibleToasts: 2 });
      const codes = [3002, 3003, 3004, 3005];
      codes.forEach((code) => store.report({ code }));
      expect(store.getState().toasts.map((t) => t.code)).toEqual([3002, 3003]);
      expect(store.getState().queue.map((t) => t.code)).toEqual([3004, 3005]);
      store.dismiss(store.getState().toasts[0].id);
      expect(store.getState().toasts.map((t) => t.code)).toEqual([3003, 3004]);
      expect(store.getState().queue.map((t) => t.code)).toEqual([3005]);
    });

    it('keeps the queue bounded, dropping the oldest waiting toast (still in history)', () => {
      const store = createHMSErrorStore({ maxVisibleToasts: 1, maxQueuedToasts: 2 });
      [3002, 3003, 3004, 3005].forEach((code) => store.report({ code }));
      expect(store.getState().queue.map((t) => t.code)).toEqual([3004, 3005]);
      expect(store.getState().history).toHaveLength(4);
    });

    it('bounds history and counts what it evicted', () => {
      const store = createHMSErrorStore({ historySize: 5, groupingWindowMs: 0 });
      for (let i = 0; i < 12; i++) store.report({ code: 3000 + (i % 4) });
      const { history, stats } = store.getState();
      expect(history).toHaveLength(5);
      expect(stats).toEqual({ reported: 12, deduplicated: 0, evicted: 7 });
    });

    it('dismissAll empties visible and queued toasts but keeps the dialog; reset clears everything', () => {
      const store = createHMSErrorStore({ maxVisibleToasts: 1 });
      store.report({ code: 3002 });
      store.report({ code: 3003 });
      store.dismissAll();
      expect(store.getState()).toMatchObject({ toasts: [], queue: [] });
      store.report(tokenError);
      store.dismissAll();
      expect(store.getState().terminal).not.toBeNull();
      store.reset();
      expect(store.getState()).toMatchObject({ terminal: null, history: [], stats: { reported: 0, deduplicated: 0, evicted: 0 } });
    });

    it('dismissing the terminal entry or calling dismissTerminal clears the dialog', () => {
      const store = createHMSErrorStore();
      const entry = store.report(tokenError)!;
      store.dismiss(entry.id);
      expect(store.getState().terminal).toBeNull();
      store.report(tokenError);
      store.dismissTerminal();
      expect(store.getState().terminal).toBeNull();
    });
  });

  describe('durations', () => {
    it('sets durations by severity and none for toasts with an action, connection toasts and dialogs', () => {
      const store = createHMSErrorStore({ durations: { warning: 1234 }, maxVisibleToasts: 10 });
      const error = store.report({ code: 3003 })!;
      const autoplay = store.report({ code: 3008 })!;
      const reconnecting = store.reportNotification({ type: 'RECONNECTING', data: { code: 1003 } })!;
      expect(error.duration).toBe(error.meta.severity === 'warning' ? 1234 : null);
      expect(autoplay.meta.action).toBe('unblock-audio');
      expect(autoplay.duration).toBeNull();
      expect(reconnecting.duration).toBeNull();
      expect(store.report(tokenError)!.duration).toBeNull();
    });
  });

  describe('connection', () => {
    it('shows one reconnecting toast that turns into a short reconnected toast in place', () => {
      const store = createHMSErrorStore();
      const reconnecting = store.reportNotification({ type: 'RECONNECTING', data: { code: 1003, isTerminal: false } })!;
      expect(store.getState().connection).toBe('reconnecting');
      store.reportNotification({ type: 'RECONNECTING', data: { code: 1003, isTerminal: false } });
      expect(store.getState().toasts).toHaveLength(1);
      store.reportNotification({ type: 'RECONNECTED', data: null });
      const { toasts, connection } = store.getState();
      expect(connection).toBe('connected');
      expect(toasts).toHaveLength(1);
      expect(toasts[0]).toMatchObject({ id: reconnecting.id, kind: 'reconnected', catalogKey: 'RECONNECTED' });
      expect(toasts[0].duration).toBeGreaterThan(0);
    });

    it('puts connection news in front even when the toasts are full', () => {
      const store = createHMSErrorStore({ maxVisibleToasts: 2 });
      store.report({ code: 3002 });
      store.report({ code: 3003 });
      store.reportNotification({ type: 'RECONNECTING', data: { code: 1003 } });
      expect(store.getState().toasts.map((t) => t.kind)).toEqual(['reconnecting', 'error']);
      expect(store.getState().queue).toHaveLength(1);
    });

    it('derives connection: a dismissed reconnecting toast does not mean the call is back', () => {
      const store = createHMSErrorStore();
      const reconnecting = store.reportNotification({ type: 'RECONNECTING', data: { code: 1003, isTerminal: false } })!;
      store.dismiss(reconnecting.id);
      expect(store.getState().toasts).toHaveLength(0);
      expect(store.getState().connection).toBe('reconnecting');
      // RECONNECTED still has a reconnecting to end: the person hears that the call is back.
      store.reportNotification({ type: 'RECONNECTED', data: null });
      expect(store.getState().connection).toBe('connected');
      expect(store.getState().toasts.map((t) => t.kind)).toEqual(['reconnected']);
    });

    it('derives connection when the app routes connection news to history only', () => {
      const store = createHMSErrorStore({ routes: { RECONNECTING: 'silent', RECONNECTED: 'silent' } });
      store.reportNotification({ type: 'RECONNECTING', data: { code: 1003, isTerminal: false } });
      expect(store.getState()).toMatchObject({ connection: 'reconnecting', toasts: [] });
      store.reportNotification({ type: 'RECONNECTED', data: null });
      expect(store.getState()).toMatchObject({ connection: 'connected', toasts: [] });
    });

    it('is disconnected exactly while there is a terminal entry, whatever came before', () => {
      const store = createHMSErrorStore();
      store.reportNotification({ type: 'RECONNECTING', data: { code: 1003, isTerminal: false } });
      store.report(tokenError);
      expect(store.getState().connection).toBe('disconnected');
      store.reportNotification({ type: 'RECONNECTED', data: null });
      expect(store.getState().connection).toBe('disconnected');
      store.dismissTerminal();
      expect(store.getState()).toMatchObject({ terminal: null, connection: 'connected' });
    });

    it('ignores a RECONNECTED that follows no reconnecting', () => {
      const store = createHMSErrorStore();
      store.reportNotification({ type: 'RECONNECTED', data: null });
      expect(store.getState().toasts).toHaveLength(0);
      expect(store.getState().history[0].outcome).toBe('ignored');
    });

    it('opens the dialog when 1003 turns terminal after the retries give up', () => {
      const store = createHMSErrorStore();
      store.reportNotification({ type: 'RECONNECTING', data: { code: 1003, isTerminal: false } });
      store.reportNotification({
        type: 'ERROR',
        data: { code: 1003, isTerminal: true, description: 'Network lost. [WS] Could not recover after 60000 milliseconds' },
      });
      expect(store.getState().terminal).toMatchObject({ code: 1003, catalogKey: '1003' });
      expect(store.getState().toasts).toEqual([]);
    });

    it('makes ROOM_ENDED and REMOVED_FROM_ROOM terminal with their own copy', () => {
      const store = createHMSErrorStore();
      store.reportNotification({ type: 'REMOVED_FROM_ROOM', data: { requestedBy: { name: 'Grace' }, reason: 'x' } });
      const terminal = store.getState().terminal!;
      expect(terminal.catalogKey).toBe('REMOVED_FROM_ROOM');
      expect(`${getErrorCopy(terminal).title} ${getErrorCopy(terminal).message}`).toContain('Grace');
      const ended = createHMSErrorStore();
      ended.reportNotification({ type: 'ROOM_ENDED', data: { reason: 'over', roomEnded: true } });
      expect(ended.getState().terminal?.catalogKey).toBe('ROOM_ENDED');
    });
  });

  describe('onEntry', () => {
    it('is called once per new or grouped entry, and its errors are contained', () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const calls: string[] = [];
      const store = createHMSErrorStore({
        onEntry: (entry, info) => {
          calls.push(`${entry.code}:${info.outcome}:${entry.count}`);
          throw new Error('analytics down');
        },
      });
      store.report(deviceInUse);
      store.report(deviceInUse);
      store.report(tokenError);
      expect(calls).toEqual(['3003:toast:1', '3003:grouped:2', '40101:dialog:1']);
      expect(store.getState().history).toHaveLength(3);
      expect(console.error).toHaveBeenCalledTimes(1);
    });
  });

  describe('double delivery', () => {
    it('counts a notification and the matching rejection once, in either order', async () => {
      for (const order of [['notification', 'guard'], ['guard', 'notification']] as const) {
        const store = createHMSErrorStore();
        for (const source of order) {
          if (source === 'notification') store.reportNotification({ type: 'ERROR', data: tokenError });
          else await store.guard(Promise.reject(Object.assign(new Error('x'), tokenError)));
        }
        const { history, terminal, stats } = store.getState();
        expect(history).toHaveLength(1);
        expect(history[0].sources).toEqual(order);
        expect(terminal?.sources).toEqual(order);
        expect(stats.deduplicated).toBe(1);
      }
    });

    it('does not merge two notifications of the same error (those are repeats, grouped instead)', () => {
      const store = createHMSErrorStore();
      store.reportNotification({ type: 'ERROR', data: deviceInUse });
      store.reportNotification({ type: 'ERROR', data: deviceInUse });
      expect(store.getState().toasts[0].count).toBe(2);
      expect(store.getState().history).toHaveLength(2);
    });

    it('does not merge once the dedupe window has passed', async () => {
      const { store, advance } = clockedStore({ dedupeWindowMs: 100 });
      store.reportNotification({ type: 'ERROR', data: deviceInUse });
      advance(500);
      await store.guard(Promise.reject(deviceInUse));
      expect(store.getState().history).toHaveLength(2);
    });
  });

  describe('guard', () => {
    it('resolves with the value of a call that succeeds and reports nothing', async () => {
      const store = createHMSErrorStore();
      await expect(store.guard(Promise.resolve(42))).resolves.toBe(42);
      await expect(store.guard(() => Promise.resolve('fn'))).resolves.toBe('fn');
      expect(store.getState().history).toHaveLength(0);
    });

    it('reports a rejection and resolves undefined, or re-throws when asked', async () => {
      const store = createHMSErrorStore();
      await expect(store.guard(Promise.reject(deviceInUse))).resolves.toBeUndefined();
      await expect(store.guard(Promise.reject({ code: 3002 }), { rethrow: true })).rejects.toMatchObject({ code: 3002 });
      expect(store.getState().toasts.map((t) => t.sources)).toEqual([['guard'], ['guard']]);
    });

    it('reports a call that never settles as "did not complete in time", terminal with retry', async () => {
      vi.useFakeTimers();
      const store = createHMSErrorStore();
      void store.guard(new Promise(() => {}), { timeoutMs: 30_000, label: 'join' });
      await vi.advanceTimersByTimeAsync(29_999);
      expect(store.getState().terminal).toBeNull();
      await vi.advanceTimersByTimeAsync(1);
      expect(store.getState().terminal).toMatchObject({ kind: 'timeout', catalogKey: 'TIMEOUT', action: 'JOIN', sources: ['watchdog'] });
      expect(store.getState().terminal!.meta.retryable).toBe(true);
    });

    it('withdraws the timeout error when the call settles late, and shows the real error if it rejects', async () => {
      vi.useFakeTimers();
      const store = createHMSErrorStore();
      let reject!: (e: unknown) => void;
      const pending = store.guard(new Promise((_, r) => (reject = r)), { timeoutMs: 1000 });
      await vi.advanceTimersByTimeAsync(1000);
      expect(store.getState().terminal?.kind).toBe('timeout');
      reject(tokenError);
      await pending;
      expect(store.getState().terminal?.code).toBe(40101);
    });

    it('cancels pending watchdogs on destroy', async () => {
      vi.useFakeTimers();
      const store = createHMSErrorStore();
      void store.guard(new Promise(() => {}), { timeoutMs: 1000 });
      expect(vi.getTimerCount()).toBe(1);
      store.destroy();
      expect(vi.getTimerCount()).toBe(0);
    });
  });

  describe('connect', () => {
    it('subscribes once per notifications object however many times it is connected', () => {
      const listeners = new Set<(n: unknown) => void>();
      const notifications = {
        onNotification: vi.fn((cb: (n: unknown) => void) => {
          listeners.add(cb);
          return () => listeners.delete(cb);
        }),
      };
      const store = createHMSErrorStore();
      const offA = store.connect(notifications);
      const offB = store.connect(notifications);
      expect(notifications.onNotification).toHaveBeenCalledTimes(1);
      listeners.forEach((cb) => cb({ type: 'ERROR', data: deviceInUse }));
      listeners.forEach((cb) => cb({ type: 'PEER_JOINED', data: {} }));
      expect(store.getState().history).toHaveLength(1);
      offA();
      offA();
      expect(listeners.size).toBe(1);
      offB();
      expect(listeners.size).toBe(0);
    });

    it('tolerates objects without onNotification or whose subscription throws', () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const store = createHMSErrorStore();
      expect(() => store.connect({} as never)()).not.toThrow();
      expect(() => store.connect({ onNotification: () => { throw new Error('x'); } })()).not.toThrow();
    });
  });
});
