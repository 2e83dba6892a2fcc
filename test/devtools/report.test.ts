import { describe, expect, it } from 'vitest';
import { createHMSErrorStore, getErrorCopy } from 'react-hms-errors';
import { devtoolsRows, formatHMSErrorReport } from 'react-hms-errors/devtools';

describe('formatHMSErrorReport (Copy as JSON)', () => {
  it('never throws on what an SDK or an app may put in a payload: cycles, BigInt, functions, Errors, throwing getters', () => {
    const raw: Record<string, unknown> = { code: 3003, big: 10n, fn: function leave() {}, cause: new TypeError('Failed to fetch') };
    raw.self = raw;
    Object.defineProperty(raw, 'trap', { enumerable: true, get: () => { throw new Error('no'); } });
    const store = createHMSErrorStore({ now: () => 0 });
    store.report(raw);
    store.report(raw); // the same object twice is not a cycle
    const rows = devtoolsRows(store.getState().history, (entry) => getErrorCopy(entry));
    const json = JSON.parse(formatHMSErrorReport(rows, store.getState().stats, { generatedAt: 'now' }));
    expect(json.reports).toHaveLength(2);
    expect(json.reports[1].raw).toEqual(json.reports[0].raw);
    expect(json.reports[0].raw).toMatchObject({
      code: 3003,
      big: '10n',
      fn: '[function leave]',
      cause: { name: 'TypeError', message: 'Failed to fetch' },
      self: '[circular]',
    });
    expect(json.reports[0].raw.trap).toMatch(/^\[unreadable/);
  });
});
