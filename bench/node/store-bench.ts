/**
 * Store-only throughput and memory, in Node, no React and no DOM. Bundled by bench/run.mjs and run
 * as `node --expose-gc`; prints one JSON object on stdout.
 */
import { createHMSErrorStore } from '../../src/core/index';
import { makeError } from '../pages/shared/errors';

declare const gc: (() => void) | undefined;

/** Reports kept in the store for the memory measurement. */
const REPORTS = Number(process.env.STORE_REPORTS ?? 100_000);
/** Reports per timed throughput trial, and trials (median taken). */
const TRIAL_REPORTS = Number(process.env.STORE_TRIAL_REPORTS ?? 20_000);
const TRIALS = Number(process.env.STORE_TRIALS ?? 5);

function collect(): void {
  if (typeof gc !== 'function') throw new Error('run with node --expose-gc');
  for (let i = 0; i < 3; i++) gc();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function throughput(codes: 'unique' | 'repeated') {
  const errors = Array.from({ length: TRIAL_REPORTS }, (_, i) => makeError(i % 10_000, codes));
  // Warm up the JIT on a throwaway store.
  const warm = createHMSErrorStore();
  for (let i = 0; i < 10_000; i++) warm.report(errors[i % errors.length]);
  const rates: number[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    const store = createHMSErrorStore();
    const start = process.hrtime.bigint();
    for (let i = 0; i < TRIAL_REPORTS; i++) store.report(errors[i]);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    rates.push(TRIAL_REPORTS / (ms / 1000));
  }
  return {
    reportsPerTrial: TRIAL_REPORTS,
    trials: TRIALS,
    perSecond: median(rates),
    microsecondsPerReport: 1e6 / median(rates),
    all: rates.map(Math.round),
  };
}

function memory(codes: 'unique' | 'repeated') {
  collect();
  const before = process.memoryUsage().heapUsed;
  const store = createHMSErrorStore();
  for (let i = 0; i < REPORTS; i++) store.report(makeError(i % 10_000, codes));
  collect();
  const after = process.memoryUsage().heapUsed;
  const s = store.getState();
  const result = {
    reports: REPORTS,
    heapBefore: before,
    heapAfter: after,
    retainedBytes: after - before,
    historyLength: s.history.length,
    historyCap: store.options.historySize,
    visible: s.toasts.length,
    maxVisible: store.options.maxVisibleToasts,
    queued: s.queue.length,
    maxQueued: store.options.maxQueuedToasts,
    stats: s.stats,
    largestCount: s.toasts.concat(s.queue).reduce((max, t) => Math.max(max, t.count), 0),
  };
  return { store, result };
}

const out = {
  node: process.version,
  throughput: { unique: throughput('unique'), repeated: throughput('repeated') },
  memory: {} as Record<string, unknown>,
};
for (const codes of ['unique', 'repeated'] as const) {
  const { store, result } = memory(codes);
  out.memory[codes] = result;
  store.reset();
}
process.stdout.write(JSON.stringify(out));
