import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHMSErrorStore, getErrorCopy, normalizeHMSNotification, type HMSErrorStore } from 'react-hms-errors/core';
import { hostileError, hostileNotification, materialize, realisticError } from './arbitraries';

interface Limits {
  maxVisibleToasts: number;
  maxQueuedToasts: number;
  historySize: number;
  groupingWindowMs: number;
  dedupeWindowMs: number;
}

type Action =
  | { type: 'report'; error: unknown; isTerminal?: boolean; route?: 'dialog' | 'toast' | 'silent' }
  | { type: 'reportNotification'; notification: unknown }
  | { type: 'dismiss'; pick: number }
  | { type: 'dismissUnknown'; id: string }
  | { type: 'dismissAll' }
  | { type: 'dismissTerminal' }
  | { type: 'reset' }
  | { type: 'guardRejection'; error: unknown }
  | { type: 'guardHang'; timeoutMs: number; terminal: boolean }
  | { type: 'advance'; ms: number };

const anyError = fc.oneof({ weight: 3, arbitrary: realisticError }, { weight: 1, arbitrary: hostileError });

const notification = fc.oneof(
  { weight: 3, arbitrary: realisticError.map((data) => ({ type: 'ERROR', data })) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      { type: 'RECONNECTING', data: { code: 1003, isTerminal: false } },
      { type: 'RECONNECTED', data: null },
      { type: 'ROOM_ENDED', data: { reason: 'host ended', roomEnded: true } },
      { type: 'REMOVED_FROM_ROOM', data: { requestedBy: { name: 'Host' }, reason: 'bye' } },
      { type: 'DEVICE_CHANGE_UPDATE', data: { error: { code: 3002, isTerminal: false } } },
      { type: 'DEVICE_CHANGE_UPDATE', data: {} },
      { type: 'PEER_JOINED', data: {} },
    ),
  },
  { weight: 1, arbitrary: hostileNotification },
);

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ type: fc.constant('report' as const), error: anyError }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('report' as const),
      error: anyError,
      isTerminal: fc.boolean(),
      route: fc.constantFrom('dialog' as const, 'toast' as const, 'silent' as const),
    }),
  },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('reportNotification' as const), notification }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('reportNotification' as const),
      notification: fc.constantFrom(
        { type: 'RECONNECTING', data: { code: 1003, isTerminal: false } },
        { type: 'RECONNECTED', data: null },
      ),
    }),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('dismiss' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('dismissUnknown' as const), id: fc.string() }) },
  { weight: 1, arbitrary: fc.constant({ type: 'dismissAll' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'dismissTerminal' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'reset' as const }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('guardRejection' as const), error: anyError }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('guardHang' as const),
      timeoutMs: fc.integer({ min: 0, max: 5_000 }),
      terminal: fc.boolean(),
    }),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 15_000 }) }) },
);

const limits: fc.Arbitrary<Limits> = fc.record({
  maxVisibleToasts: fc.integer({ min: 1, max: 4 }),
  maxQueuedToasts: fc.integer({ min: 0, max: 4 }),
  historySize: fc.integer({ min: 1, max: 8 }),
  groupingWindowMs: fc.integer({ min: 0, max: 12_000 }),
  dedupeWindowMs: fc.integer({ min: 0, max: 4_000 }),
});

function expectInvariants(store: HMSErrorStore, options: Limits, expectedReported: number) {
  const { toasts, queue, terminal, history, stats } = store.getState();
  expect(toasts.length).toBeLessThanOrEqual(options.maxVisibleToasts);
  expect(queue.length).toBeLessThanOrEqual(options.maxQueuedToasts);
  expect(history.length).toBeLessThanOrEqual(options.historySize);
  // Every report is accounted for: in history, evicted from it, or merged as a double delivery.
  expect(stats.reported).toBe(expectedReported);
  expect(stats.reported).toBe(history.length + stats.evicted + stats.deduplicated);

  // At most one terminal: it is a single slot, and nothing routed to the dialog hides in the toasts.
  const shown = [...toasts, ...queue];
  expect(shown.every((t) => t.route === 'toast')).toBe(true);
  if (terminal) {
    expect(terminal.route).toBe('dialog');
    // Toasts stop competing with the way out.
    expect(shown).toHaveLength(0);
  }
  const ids = [...shown, ...(terminal ? [terminal] : [])].map((t) => t.id);
  expect(new Set(ids).size).toBe(ids.length);
  // A toast only waits while every visible slot is taken.
  if (queue.length > 0) expect(toasts).toHaveLength(options.maxVisibleToasts);
  for (const entry of [...shown, ...(terminal ? [terminal] : [])]) {
    expect(getErrorCopy(entry).title.trim()).not.toBe('');
    expect(entry.count).toBeGreaterThanOrEqual(1);
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('given a store with small random limits', () => {
  it('keeps its invariants after every step of any sequence of reports, dismissals, resets and guards', async () => {
    await fc.assert(
      fc.asyncProperty(limits, fc.array(action, { minLength: 1, maxLength: 40 }), async (options, actions) => {
        let time = 1_000_000;
        const store = createHMSErrorStore({ ...options, now: () => time });
        let reported = 0;
        for (const step of actions) {
          switch (step.type) {
            case 'report':
              store.report(materialize(step.error), { isTerminal: step.isTerminal, route: step.route });
              reported++;
              break;
            case 'reportNotification': {
              const input = materialize(step.notification);
              if (normalizeHMSNotification(input) !== null) reported++;
              store.reportNotification(input);
              break;
            }
            case 'dismiss': {
              const { toasts, queue, terminal } = store.getState();
              const ids = [...toasts, ...queue, ...(terminal ? [terminal] : [])].map((t) => t.id);
              if (ids.length) store.dismiss(ids[step.pick % ids.length]);
              break;
            }
            case 'dismissUnknown':
              store.dismiss(step.id);
              break;
            case 'dismissAll':
              store.dismissAll();
              break;
            case 'dismissTerminal':
              store.dismissTerminal();
              break;
            case 'reset':
              store.reset();
              reported = 0;
              expect(store.getState()).toMatchObject({
                toasts: [],
                queue: [],
                terminal: null,
                history: [],
                stats: { reported: 0, deduplicated: 0, evicted: 0 },
              });
              break;
            case 'guardRejection':
              await store.guard(Promise.reject(materialize(step.error)), { label: 'join' });
              reported++;
              break;
            case 'guardHang':
              void store.guard(new Promise(() => {}), {
                label: 'join',
                timeoutMs: step.timeoutMs,
                timeoutIsTerminal: step.terminal,
              });
              vi.advanceTimersByTime(step.timeoutMs);
              reported++;
              break;
            case 'advance':
              time += step.ms;
              break;
          }
          expectInvariants(store, options, reported);
        }
        store.destroy();
      }),
      {
        numRuns: Number(process.env.HARDENING_RUNS ?? 150),
        examples: [
          // Found by this property: reconnecting news pushed a visible toast into a full queue.
          [
            { maxVisibleToasts: 1, maxQueuedToasts: 0, historySize: 1, groupingWindowMs: 0, dedupeWindowMs: 0 },
            [
              { type: 'report', error: { code: 3003, isTerminal: false } },
              { type: 'reportNotification', notification: { type: 'RECONNECTING', data: { code: 1003, isTerminal: false } } },
            ],
          ],
        ],
      },
    );
  }, 60_000);
});

type WayOutStep =
  | Action
  | { type: 'guardLate'; timeoutMs: number; slowMs: number | false }
  | { type: 'settle'; pick: number; outcome: 'resolve' | 'reject'; error: unknown };

const wayOutStep: fc.Arbitrary<WayOutStep> = fc.oneof(
  { weight: 4, arbitrary: action },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('guardLate' as const),
      timeoutMs: fc.integer({ min: 0, max: 40_000 }),
      slowMs: fc.oneof(fc.constant(false as const), fc.integer({ min: 0, max: 20_000 })),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('settle' as const),
      pick: fc.nat(),
      outcome: fc.constantFrom('resolve' as const, 'reject' as const),
      error: anyError,
    }),
  },
);

describe('given any sequence of reports, guards, late settlements and dismissals', () => {
  it('shows a terminal entry whenever a terminal report came after the last clear by the person', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(wayOutStep, { minLength: 1, maxLength: 40 }), async (steps) => {
        let time = 1_000_000;
        const store = createHMSErrorStore({ historySize: 10_000, now: () => time });
        const pending: { resolve: () => void; reject: (e: unknown) => void; done: Promise<unknown> }[] = [];
        // Terminal reports (kinds) since the person last cleared the slot.
        let terminalSinceClear: string[] = [];
        const seen = () => store.getState().stats.reported;
        for (const step of steps) {
          const before = seen();
          const terminalBefore = store.getState().terminal;
          switch (step.type) {
            case 'report':
              store.report(materialize(step.error), { isTerminal: step.isTerminal, route: step.route });
              break;
            case 'reportNotification':
              store.reportNotification(materialize(step.notification));
              break;
            case 'dismiss': {
              const { toasts, queue, terminal } = store.getState();
              const ids = [...toasts, ...queue, ...(terminal ? [terminal] : [])].map((t) => t.id);
              if (ids.length) store.dismiss(ids[step.pick % ids.length]);
              break;
            }
            case 'dismissUnknown':
              store.dismiss(step.id);
              break;
            case 'dismissAll':
              store.dismissAll();
              break;
            case 'dismissTerminal':
              store.dismissTerminal();
              break;
            case 'reset':
              store.reset();
              pending.length = 0;
              break;
            case 'guardRejection':
              await store.guard(Promise.reject(materialize(step.error)), { label: 'join' });
              break;
            case 'guardHang':
              void store.guard(new Promise(() => {}), { timeoutMs: step.timeoutMs, timeoutIsTerminal: step.terminal });
              await vi.advanceTimersByTimeAsync(step.timeoutMs);
              break;
            case 'guardLate': {
              let resolve!: () => void;
              let reject!: (e: unknown) => void;
              const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
              const done = store.guard(promise, { label: 'join', timeoutMs: step.timeoutMs, slowMs: step.slowMs });
              pending.push({ resolve, reject, done });
              break;
            }
            case 'settle': {
              if (!pending.length) break;
              const [call] = pending.splice(step.pick % pending.length, 1);
              if (step.outcome === 'resolve') call.resolve();
              else call.reject(materialize(step.error));
              await call.done;
              break;
            }
            case 'advance':
              time += step.ms;
              await vi.advanceTimersByTimeAsync(step.ms);
              break;
          }
          const { terminal, history } = store.getState();
          const personCleared =
            step.type === 'reset' ||
            step.type === 'dismissTerminal' ||
            (step.type === 'dismiss' && terminalBefore !== null && terminal === null);
          if (personCleared) terminalSinceClear = [];
          // Any report made during this step (including timers that fired) that went to the dialog.
          const added = history.slice(history.length - Math.max(0, seen() - before));
          if (!personCleared) {
            for (const record of added) if (record.entry.route === 'dialog') terminalSinceClear.push(record.entry.kind);
          }
          // The one exception: a late success withdraws its own timeout when nothing else terminal came.
          const lateSuccess =
            step.type === 'settle' && step.outcome === 'resolve' && terminalBefore?.kind === 'timeout' && terminal === null;
          if (lateSuccess) {
            expect(terminalSinceClear).toEqual(['timeout']);
            terminalSinceClear = [];
          }
          if (terminalSinceClear.length) expect(terminal).not.toBeNull();
        }
        store.destroy();
      }),
      {
        numRuns: Number(process.env.HARDENING_RUNS ?? 150),
        examples: [
          // The bug this guards against: a late rejection withdrew the watchdog's dialog.
          [
            [
              { type: 'guardLate', timeoutMs: 1000, slowMs: false },
              { type: 'advance', ms: 1000 },
              { type: 'settle', pick: 0, outcome: 'reject', error: { code: 2003, isTerminal: false } },
            ],
          ],
        ],
      },
    );
  }, 60_000);
});
