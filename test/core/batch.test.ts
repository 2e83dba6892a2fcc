// Batching (issue 9): every report of one task is in getState() at once, and subscribers hear of
// them in one notification. React's test mode (IS_REACT_ACT_ENVIRONMENT, set by Testing Library)
// publishes at once instead, as React itself flushes inside act(): these tests turn it off.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHMSErrorStore } from 'react-hms-errors/core';

const actFlag = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let saved: boolean | undefined;
beforeEach(() => {
  saved = actFlag.IS_REACT_ACT_ENVIRONMENT;
  actFlag.IS_REACT_ACT_ENVIRONMENT = false;
});
afterEach(() => {
  actFlag.IS_REACT_ACT_ENVIRONMENT = saved;
});

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const codes = [3003, 1006, 4006, 3010, 3015, 2003, 6000, 4001];

describe('a store batching its notifications per task', () => {
  it('tells subscribers once about a burst of 1,000 reports, with getState() current after each', async () => {
    const store = createHMSErrorStore();
    const heard: number[] = [];
    store.subscribe((state) => heard.push(state.stats.reported));

    for (let i = 0; i < 1000; i++) {
      const entry = store.report({ code: codes[i % codes.length], isTerminal: false });
      expect(entry).not.toBeNull(); // report() still answers synchronously
      expect(store.getState().stats.reported).toBe(i + 1);
    }
    expect(heard).toEqual([]);

    // Not from a microtask of the reporting task: the publish (and so React's render) is a task of
    // its own, so a burst's work and its render are two shorter tasks instead of one long one.
    await Promise.resolve();
    expect(heard).toEqual([]);
    await nextTask();
    expect(heard).toEqual([1000]);
    await nextTask();
    expect(heard).toEqual([1000]);
  });

  it('tells them once per task: two bursts in two tasks are two notifications', async () => {
    const store = createHMSErrorStore();
    let notifications = 0;
    store.subscribe(() => notifications++);
    store.report({ code: 3003, isTerminal: false });
    store.report({ code: 1006, isTerminal: false });
    await nextTask();
    store.report({ code: 40101, isTerminal: true });
    store.dismissAll();
    await nextTask();
    expect(notifications).toBe(2);
    expect(store.getState().terminal).toMatchObject({ code: 40101 });
  });

  it('hands subscribers the previous published state with the new one', async () => {
    const store = createHMSErrorStore();
    const pairs: [number, number][] = [];
    store.subscribe((state, previous) => pairs.push([previous.toasts.length, state.toasts.length]));
    store.report({ code: 3003, isTerminal: false });
    store.report({ code: 1006, isTerminal: false });
    await nextTask();
    store.report({ code: 4006, isTerminal: false });
    await nextTask();
    expect(pairs).toEqual([
      [0, 2],
      [2, 3],
    ]);
  });

  it('publishes at once on flush(), and stays silent when nothing changed', async () => {
    const store = createHMSErrorStore();
    let notifications = 0;
    store.subscribe(() => notifications++);
    store.report({ code: 3003, isTerminal: false });
    store.flush();
    expect(notifications).toBe(1);
    await nextTask();
    expect(notifications).toBe(1);
    store.dismiss('no-such-id');
    await nextTask();
    expect(notifications).toBe(1);
  });

  it('keeps a guard’s rejection and the SDK’s notification of it in one notification', async () => {
    const store = createHMSErrorStore();
    let notifications = 0;
    store.subscribe(() => notifications++);
    const error = { code: 40101, name: 'ServerErrors', message: 'bad token', isTerminal: true };
    store.reportNotification({ type: 'ERROR', data: error });
    await store.guard(Promise.reject(error));
    await nextTask();
    expect(store.getState().history).toHaveLength(1); // one report, two sources
    expect(store.getState().history[0]!.sources).toEqual(['notification', 'guard']);
    expect(notifications).toBeLessThanOrEqual(2);
  });

  it('publishes each change at once in React’s act() environment, as React renders inside act()', () => {
    actFlag.IS_REACT_ACT_ENVIRONMENT = true;
    const store = createHMSErrorStore();
    let notifications = 0;
    store.subscribe(() => notifications++);
    store.report({ code: 3003, isTerminal: false });
    store.report({ code: 1006, isTerminal: false });
    expect(notifications).toBe(2);
  });
});

describe('a storm appends to one history array, never to one anybody has seen', () => {
  const codesOf = (history: { entry: { code: number | null } }[]) => history.map((r) => r.entry.code);

  it('leaves a history read with getState() exactly as it was', async () => {
    const store = createHMSErrorStore({ historySize: 5 });
    for (let i = 0; i < 4; i++) store.report({ code: 3000 + i, isTerminal: false });
    const seen = store.getState().history;
    const frozen = [...seen];
    for (let i = 4; i < 12; i++) store.report({ code: 3000 + i, isTerminal: false });
    expect(seen).toEqual(frozen);
    expect(seen).toHaveLength(4);
    const now = store.getState();
    expect(now.history).not.toBe(seen);
    expect(codesOf(now.history)).toEqual([3007, 3008, 3009, 3010, 3011]);
    expect(now.stats).toEqual({ reported: 12, deduplicated: 0, evicted: 7 });
  });

  it('leaves the state a subscriber was given exactly as it was', async () => {
    const store = createHMSErrorStore({ historySize: 3 });
    const given: { history: unknown[]; copy: unknown[] }[] = [];
    store.subscribe((state) => given.push({ history: state.history, copy: [...state.history] }));
    store.report({ code: 3003, isTerminal: false });
    store.report({ code: 3010, isTerminal: false });
    await nextTask();
    for (let i = 0; i < 5; i++) store.report({ code: 4001 + i, isTerminal: false });
    await nextTask();
    expect(given).toHaveLength(2);
    expect(given[0].history).toEqual(given[0].copy);
    expect(given[0].history).toHaveLength(2);
    expect(codesOf(given[1].history as never)).toEqual([4003, 4004, 4005]);
  });

  it('counts a read from onEntry as seen too', () => {
    const reads: unknown[][] = [];
    const store = createHMSErrorStore({
      onEntry: () => {
        const { history } = store.getState();
        reads.push(history);
      },
    });
    for (let i = 0; i < 3; i++) store.report({ code: 3003 + i, isTerminal: false });
    expect(reads.map((h) => h.length)).toEqual([1, 2, 3]);
    expect(new Set(reads).size).toBe(3);
  });

  it('changes the lists and the state object in place only while nobody has seen them', async () => {
    const store = createHMSErrorStore({ maxVisibleToasts: 2, maxQueuedToasts: 2 });
    const snapshot = (state: ReturnType<typeof store.getState>) => ({
      toasts: state.toasts.map((t) => [t.code, t.count]),
      queue: state.queue.map((t) => [t.code, t.count]),
      stats: { ...state.stats },
      connection: state.connection,
    });
    // Fill both toasts and the queue, then read: these lists are now seen.
    for (const code of [3003, 1006, 4006, 3010]) store.report({ code, isTerminal: false });
    const seen = store.getState();
    const before = snapshot(seen);
    const lists = { toasts: seen.toasts, queue: seen.queue, stats: seen.stats };
    // A storm that groups into a toast, groups into a queued toast and pushes the queue past its bound.
    for (let i = 0; i < 50; i++) store.report({ code: [3003, 3010, 6000, 4001][i % 4], isTerminal: false });
    expect(snapshot(seen)).toEqual(before);
    expect(seen.toasts).toBe(lists.toasts);
    expect(seen.stats).toBe(lists.stats);
    const now = store.getState();
    expect(now).not.toBe(seen);
    expect(now.toasts.map((t) => [t.code, t.count])).toEqual([
      [3003, 14],
      [1006, 1],
    ]);
    expect(now.queue.map((t) => t.code)).toEqual([4001, 3010]);
    expect(now.stats.reported).toBe(54);
    // And a state published to subscribers is not rewritten by the next task's storm.
    const published: ReturnType<typeof snapshot>[] = [];
    const given: ReturnType<typeof store.getState>[] = [];
    store.subscribe((state) => {
      given.push(state);
      published.push(snapshot(state));
    });
    store.report({ code: 3003, isTerminal: false });
    await nextTask();
    for (let i = 0; i < 10; i++) store.report({ code: 3003, isTerminal: false });
    await nextTask();
    expect(given.map(snapshot)).toEqual(published);
    expect(given[1].toasts[0].count).toBe(25);
  });
});
