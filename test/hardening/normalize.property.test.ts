import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CATALOG_KEYS,
  createHMSErrorStore,
  defaultCopy,
  getErrorCopy,
  normalizeHMSError,
  normalizeHMSNotification,
  type HMSErrorCopy,
  type HMSNormalizedError,
} from 'react-hms-errors/core';
import {
  HUGE_STRINGS,
  hostileError,
  hostileNotification,
  Lazy,
  materialize,
  throwingGetters,
  throwingProxy,
} from './arbitraries';
import { copyFor } from '../support/copy';

const KEYS = new Set<string>(CATALOG_KEYS);
const RUNS = { numRuns: Number(process.env.HARDENING_RUNS ?? 200) };

function expectUsable(error: HMSNormalizedError) {
  expect(KEYS.has(error.catalogKey)).toBe(true);
  expect(typeof error.message).toBe('string');
  expect(typeof error.name).toBe('string');
  expect(typeof error.description).toBe('string');
  expect(typeof error.isTerminal).toBe('boolean');
  expect(Number.isFinite(error.timestamp)).toBe(true);
  expect(error.code === null || Number.isInteger(error.code)).toBe(true);
  // Kept text is bounded; the untouched input stays in `raw`.
  expect(error.message.length).toBeLessThanOrEqual(20_001);
  expect(error.description.length).toBeLessThanOrEqual(20_001);
}

function expectPersonCopy(copy: HMSErrorCopy) {
  for (const field of ['title', 'message', 'hint'] as const) {
    expect(typeof copy[field]).toBe('string');
    expect(copy[field].trim()).not.toBe('');
  }
  expect(typeof copy.retryable).toBe('boolean');
}

beforeEach(() => {
  // getErrorCopy logs override failures once in development; keep the output quiet.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('given any value at all', () => {
  it('normalizeHMSError never throws and always resolves to a catalog key with non-empty copy', () => {
    fc.assert(
      fc.property(hostileError, fc.constantFrom(undefined, 'web' as const, 'flutter' as const), (recipe, platform) => {
        const error = normalizeHMSError(materialize(recipe), { platform });
        expectUsable(error);
        expectPersonCopy(defaultCopy[error.catalogKey]);
        expectPersonCopy(getErrorCopy(error));
      }),
      RUNS,
    );
  });

  it('normalizeHMSNotification never throws and yields null or a usable error', () => {
    fc.assert(
      fc.property(hostileNotification, (recipe) => {
        const error = normalizeHMSNotification(materialize(recipe));
        if (error === null) return;
        expectUsable(error);
        expectPersonCopy(getErrorCopy(error));
      }),
      RUNS,
    );
  });

  it('getErrorCopy never throws, whatever it is given, and returns non-empty copy', () => {
    fc.assert(
      fc.property(hostileError, (recipe) => {
        expectPersonCopy(getErrorCopy(materialize(recipe)));
      }),
      RUNS,
    );
  });

  it('getErrorCopy falls back to the default copy when an override throws or returns garbage', () => {
    const garbage = fc.oneof(
      fc.constant(() => {
        throw new Error('override failed');
      }),
      fc.constant(new Lazy('() => throwingProxy()', () => () => throwingProxy())),
      fc.constant(new Lazy('throwingProxy()', () => throwingProxy())),
      throwingGetters,
      fc.record({ title: fc.anything(), message: fc.anything(), hint: fc.anything() }, { requiredKeys: [] }).filter(
        (o) => typeof o.title !== 'string' && typeof o.message !== 'string' && typeof o.hint !== 'string',
      ),
      fc.anything().map((value) => () => value),
    );
    fc.assert(
      fc.property(fc.constantFrom(3001, 3003, 40101, 'NETWORK', 'UNKNOWN'), garbage, (code, override) => {
        const expected = getErrorCopy(code);
        const copy = getErrorCopy(code, { [code]: materialize(override) as never });
        expectPersonCopy(copy);
        expect(copy.title).toBe(expected.title);
        expect(copy.message).toBe(expected.message);
      }),
      RUNS,
    );
  });

  it('store.report never throws and records every hostile report with non-empty copy', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(hostileError, hostileNotification), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (inputs, viaNotification) => {
          const store = createHMSErrorStore({ historySize: 1000 });
          let counted = 0;
          for (const recipe of inputs) {
            const input = materialize(recipe);
            if (viaNotification) {
              if (store.reportNotification(input) !== null || normalizeHMSNotification(input) !== null) counted++;
            } else {
              store.report(input);
              counted++;
            }
          }
          const { history, stats, toasts, terminal } = store.getState();
          // Nothing was dropped: every report is in history or in the counts.
          expect(stats.reported).toBe(counted);
          expect(stats.reported).toBe(history.length + stats.evicted + stats.deduplicated);
          for (const record of history) {
            expect(KEYS.has(record.entry.catalogKey)).toBe(true);
            expectPersonCopy(copyFor(store, record.entry));
          }
          for (const entry of [...toasts, ...(terminal ? [terminal] : [])]) expectPersonCopy(copyFor(store, entry));
        },
      ),
      { numRuns: Math.ceil(RUNS.numRuns / 2) },
    );
  });

  it('survives a Proxy whose every trap throws, as the error, the notification, its data or its code', () => {
    const store = createHMSErrorStore();
    for (const proxy of [throwingProxy(), throwingProxy(() => {})]) {
      expect(normalizeHMSError(proxy).catalogKey).toBe('UNKNOWN');
      expect(normalizeHMSNotification(proxy)).toBeNull();
      expect(normalizeHMSNotification({ type: 'ERROR', data: proxy })!.catalogKey).toBe('UNKNOWN');
      expect(normalizeHMSError({ code: proxy, message: 'Load failed' }).catalogKey).toBe('NETWORK');
      expectPersonCopy(getErrorCopy(proxy));
      expect(store.report(proxy)).not.toBeNull();
      expect(store.reportNotification({ type: 'ERROR', data: proxy })).not.toBeNull();
    }
    expect(store.getState().stats.reported).toBe(4);
  });

  it('store.report keeps megabyte-long texts bounded on the entry and untouched in raw', () => {
    const store = createHMSErrorStore({ maxVisibleToasts: 10 });
    for (const [i, huge] of HUGE_STRINGS.entries()) {
      const entry = store.report({ code: 3002 + i, message: huge, description: huge, name: huge });
      expect(entry).not.toBeNull();
      expect(entry!.message.length).toBeLessThanOrEqual(20_001);
      expect(entry!.raw).toMatchObject({ message: huge });
    }
  });
});
