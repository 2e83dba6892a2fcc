/**
 * In-page half of the storm benchmark, shared by every library's page so that each one is fired
 * and measured by the same code. A page calls `installHarness` with how to show one error and how
 * to count its toast elements, and wraps its app in `<Profiler onRender={onRender}>`.
 *
 * `window.__storm(config)` fires the storm and resolves once the main thread is idle again:
 * time to idle, long tasks and total blocking time (PerformanceObserver 'longtask'), toast
 * elements in the DOM, React commits and the peak JS heap seen while it ran.
 */
import { makeError, type StormError } from './errors';

export interface StormConfig {
  /** Errors in the storm. */
  count: number;
  /** `burst`: all in one synchronous loop. `paced`: one per millisecond on average. */
  pacing: 'burst' | 'paced';
  /** `unique`: every error has its own code. `repeated`: the same code every time. */
  codes: 'unique' | 'repeated';
  /** Plain toast libraries only: pass a fixed toast id (`toast.error(msg, { id })`). */
  withId: boolean;
  /**
   * Where the storm is fired from: `frame`, inside an animation frame callback (so whatever a
   * library renders synchronously shares that frame's task with its style, layout and paint);
   * `task`, from a task of its own right after a frame, as an SDK's network callback would.
   * @defaultValue `'frame'`
   */
  fireFrom?: 'frame' | 'task';
  /** Give up (status `timeout`) when the page is not idle this long after the storm started
   * (paced storms: after their last error was due, i.e. plus `count` ms). */
  timeoutMs: number;
}

export interface StormResult {
  status: 'ok' | 'timeout';
  /** Errors handed to the library. */
  fired: number;
  /** Storm start → last error handed over. */
  fireMs: number;
  /** Storm start → main thread idle again. `null` on timeout. */
  idleMs: number | null;
  /** Last error handed over → main thread idle again. */
  tailMs: number | null;
  longTasks: number;
  /** Sum over long tasks of (duration − 50 ms). */
  tbtMs: number;
  longestTaskMs: number;
  /** The library's toast elements in the DOM once idle. */
  toastsInDom: number;
  /** Every element in the document once idle. */
  domElements: number;
  /** Elements of the library's toaster (its root and everything in it) once idle. */
  toasterElements: number;
  /** React commits (DevTools hook onCommitFiberRoot calls) from storm start until idle. */
  commits: number;
  /** `<Profiler onRender>` calls over the same span: equals `commits` with BENCH_REACT_PROFILING=1, 0 otherwise. */
  profilerCommits: number;
  /** Largest `performance.memory.usedJSHeapSize` sampled (commits, frames, storm ticks). */
  peakHeap: number;
  /** Heap when idle, before any forced GC. */
  idleHeap: number;
  heapSamples: number;
  extra: Record<string, unknown>;
}

export interface Harness {
  /** Shows one error the way a user of the library would. */
  fire(error: StormError, config: StormConfig): void;
  /** The library's toast elements currently in the DOM. */
  countToasts(): number;
  /** The library's toaster root element (the one that holds its toasts), if rendered. */
  toasterRoot(): Element | null;
  /** Anything else worth recording (e.g. the kit's store counters). */
  extra?(): Record<string, unknown>;
}

declare global {
  interface Window {
    /** Set by the hook bench/run.mjs injects into each page, counted by React's DevTools hook. */
    __commits: number;
    __onCommit?: () => void;
    __profilerCommits: number;
    __ready: boolean;
    __storm(config: StormConfig): Promise<StormResult>;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number; totalJSHeapSize: number; jsHeapSizeLimit: number };
  }
}

/** A round (two frames and an idle callback) faster than this counts as a quiet round. */
const QUIET_ROUND_MS = 80;
/** Quiet rounds in a row that make the main thread "idle". */
const QUIET_ROUNDS = 3;

let peakHeap = 0;
let heapSamples = 0;

function heap(): number {
  return performance.memory?.usedJSHeapSize ?? 0;
}

function sampleHeap(): void {
  const used = heap();
  heapSamples++;
  if (used > peakHeap) peakHeap = used;
}

/**
 * `<Profiler id="app" onRender={onRender}>`. A no-op in React's production build, so commits are
 * counted through the DevTools hook (index.html); with BENCH_REACT_PROFILING=1 the pages use
 * react-dom/profiling and this count cross-checks that one.
 */
export function onRender(): void {
  window.__profilerCommits++;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const idleCallback = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve()));
const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function countElements(root: Element | null): number {
  return root ? 1 + root.getElementsByTagName('*').length : 0;
}

export function installHarness(harness: Harness): void {
  window.__commits ??= 0;
  window.__profilerCommits = 0;
  window.__onCommit = sampleHeap;

  window.__storm = async (config) => {
    // Start from a clean task, not from inside the driver's evaluate call.
    await macrotask();
    await frame();
    if (config.fireFrom === 'task') await macrotask();

    const tasks: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask', buffered: false });
    const drain = () => tasks.push(...observer.takeRecords());
    const lastLongTaskEnd = () => {
      drain();
      return tasks.reduce((end, t) => Math.max(end, t.startTime + t.duration), 0);
    };

    peakHeap = 0;
    heapSamples = 0;
    sampleHeap();
    const commits0 = window.__commits;
    const profilerCommits0 = window.__profilerCommits;
    const errors = Array.from({ length: config.count }, (_, i) => makeError(i, config.codes));

    const t0 = performance.now();
    const deadline = t0 + config.timeoutMs + (config.pacing === 'paced' ? config.count : 0);
    let fired = 0;

    if (config.pacing === 'burst') {
      for (; fired < config.count; fired++) harness.fire(errors[fired], config);
    } else {
      // One per millisecond on average: each timer tick hands over every error that is due by
      // now (timers nest down to a 4 ms clamp, and a blocked thread catches up afterwards).
      await new Promise<void>((resolve) => {
        const tick = () => {
          const now = performance.now();
          const due = Math.min(config.count, Math.floor(now - t0) + 1);
          for (; fired < due; fired++) harness.fire(errors[fired], config);
          sampleHeap();
          if (fired >= config.count || now > deadline) resolve();
          else setTimeout(tick, 0);
        };
        tick();
      });
    }
    const tFired = performance.now();
    sampleHeap();

    // Idle = QUIET_ROUNDS rounds in a row of (frame, frame, idle callback), each faster than
    // QUIET_ROUND_MS and with no long task ending inside it; idle from the first one's start.
    let idleAt: number | null = null;
    let quietSince: number | null = null;
    let quietRounds = 0;
    const rounds: number[] = [];
    while (fired >= config.count) {
      const start = performance.now();
      if (start > deadline) break;
      await frame();
      sampleHeap();
      await frame();
      sampleHeap();
      await idleCallback();
      const end = performance.now();
      rounds.push(Math.round(end - start));
      if (end - start < QUIET_ROUND_MS && lastLongTaskEnd() <= start) {
        quietSince ??= start;
        if (++quietRounds >= QUIET_ROUNDS) {
          idleAt = quietSince;
          break;
        }
      } else {
        quietSince = null;
        quietRounds = 0;
      }
    }

    drain();
    observer.disconnect();
    const storm = tasks.filter((t) => t.startTime + t.duration >= t0);
    const result: StormResult = {
      status: idleAt === null ? 'timeout' : 'ok',
      fired,
      fireMs: tFired - t0,
      idleMs: idleAt === null ? null : Math.max(idleAt, tFired) - t0,
      tailMs: idleAt === null ? null : Math.max(0, idleAt - tFired),
      longTasks: storm.length,
      tbtMs: storm.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      longestTaskMs: storm.reduce((max, t) => Math.max(max, t.duration), 0),
      toastsInDom: harness.countToasts(),
      domElements: document.getElementsByTagName('*').length,
      toasterElements: countElements(harness.toasterRoot()),
      commits: window.__commits - commits0,
      profilerCommits: window.__profilerCommits - profilerCommits0,
      peakHeap,
      idleHeap: heap(),
      heapSamples,
      extra: { ...harness.extra?.(), rounds: rounds.length, lastRoundsMs: rounds.slice(-6) },
    };
    return result;
  };

  window.__ready = true;
}
