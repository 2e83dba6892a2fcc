#!/usr/bin/env node
/**
 * `npm run bench`: error storms through react-hms-errors, sonner and react-hot-toast in a real
 * Chromium, plus the store's throughput and memory in Node. See docs/performance.md.
 *
 * Environment:
 *   BENCH_REPS=5          repetitions of every storm (fresh page each)
 *   BENCH_QUICK=1         smoke run: 1 repetition, 1,000-error storms only
 *   BENCH_LONG_REPS=3     at most this many repetitions of the 10-second paced 10,000 storms
 *   BENCH_TIMEOUT_MS=30000  a storm not idle this long after its last error is due is a "timeout"
 *   BENCH_SIZES=1000,10000  storm sizes
 *   BENCH_LIBS=kit,sonner,hot-toast
 *   BENCH_FILTER=regex    only storms whose key (e.g. 10000/paced/repeated+id) matches
 *   BENCH_REACT_PROFILING=1  build with react-dom/profiling (cross-checks the commit count)
 *   BENCH_FIRE_FROM=frame   fire each storm inside an animation frame callback (default), or
 *                           `task`: from a task of its own right after a frame, as an SDK's
 *                           network callback would (see harness.ts)
 *   BENCH_OUT=path.json     where to write the run (default bench/results/latest.json)
 *   CHROMIUM_PATH=/usr/bin/chromium
 *
 * `node bench/run.mjs --from bench/results/latest.json` prints a saved run's tables again.
 */
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const outDir = path.join(here, '.out');
const resultsDir = path.join(here, 'results');

const QUICK = process.env.BENCH_QUICK === '1';
const REPS = QUICK ? 1 : positiveInt(process.env.BENCH_REPS, 5);
const TIMEOUT_MS = positiveInt(process.env.BENCH_TIMEOUT_MS, 30_000);
/** Paced 10,000-error storms last 10 s each: they run at most this many times. */
const LONG_REPS = Math.min(REPS, positiveInt(process.env.BENCH_LONG_REPS, 3));
const isLong = (s) => s.pacing === 'paced' && s.count >= 5000;
const SIZES = QUICK ? [1000] : (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const LIBS = (process.env.BENCH_LIBS ?? 'kit,sonner,hot-toast').split(',');
const PROFILING = process.env.BENCH_REACT_PROFILING === '1';
const FILTER = process.env.BENCH_FILTER ? new RegExp(process.env.BENCH_FILTER) : null;
const FIRE_FROM = process.env.BENCH_FIRE_FROM === 'task' ? 'task' : 'frame';
const CHROMIUM = chromiumPath;
// Exact (unquantised) performance.memory.usedJSHeapSize.
const CHROMIUM_ARGS = [...chromiumArgs, '--enable-precise-memory-info'];
const LIB_NAMES = { kit: 'react-hms-errors', sonner: 'sonner', 'hot-toast': 'react-hot-toast' };

/**
 * Counts React commits in a production build: React calls the DevTools hook's onCommitFiberRoot
 * once per commit (<Profiler onRender> is a no-op outside profiling builds). The hook must exist
 * before react-dom loads, so it goes into every page's <head> as a classic inline script.
 */
function commitCounter() {
  const hook = `
      window.__commits = 0;
      window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
        isDisabled: false,
        supportsFiber: true,
        renderers: new Map(),
        inject: function () { return 1; },
        onCommitFiberRoot: function () { window.__commits++; if (window.__onCommit) window.__onCommit(); },
        onCommitFiberUnmount: function () {},
        onPostCommitFiberRoot: function () {},
        checkDCE: function () {},
      };`;
  return {
    name: 'bench-commit-counter',
    transformIndexHtml: () => [{ tag: 'script', children: hook, injectTo: 'head-prepend' }],
  };
}

function positiveInt(value, fallback) {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

const log = (...args) => console.error(...args);
const LOAD_AT_START = os.loadavg().map((x) => +x.toFixed(2));
const started = Date.now();

// ── Scenarios ───────────────────────────────────────────────────────────────────────────────
/** One row of the table. The kit has no id variant: its repeated storm stands in for both rows. */
function scenariosFor(sizes) {
  const list = [];
  for (const count of sizes) {
    for (const pacing of ['burst', 'paced']) {
      list.push({ count, pacing, codes: 'unique', withId: false });
      list.push({ count, pacing, codes: 'repeated', withId: false });
      list.push({ count, pacing, codes: 'repeated', withId: true });
    }
  }
  return FILTER ? list.filter((s) => FILTER.test(scenarioKey(s))) : list;
}
const scenarioKey = (s) => `${s.count}/${s.pacing}/${s.codes}${s.withId ? '+id' : ''}`;
const scenarios = scenariosFor(SIZES);
const scenarioLabel = (s) =>
  `${s.count.toLocaleString('en-US')} ${s.pacing === 'burst' ? 'burst' : '1/ms'}, ${
    s.codes === 'unique' ? 'unique codes' : s.withId ? 'one code, id' : 'one code'
  }`;
/** The run that measures `lib` for this row (the kit's repeated storm serves the id row too). */
const runKeyFor = (lib, s) => (lib === 'kit' && s.withId ? scenarioKey({ ...s, withId: false }) : scenarioKey(s));

// ── Build ───────────────────────────────────────────────────────────────────────────────────
async function buildPages() {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  for (const lib of LIBS) {
    const root = path.join(here, 'pages', lib);
    await build({
      configFile: false,
      root,
      base: './',
      mode: 'production',
      logLevel: 'error',
      plugins: [react(), commitCounter()],
      // Plain production React, as users ship it; commits are counted through the DevTools hook.
      // BENCH_REACT_PROFILING=1 swaps in react-dom/profiling so <Profiler onRender> counts too.
      resolve: PROFILING ? { alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] } : {},
      build: {
        outDir: path.join(outDir, 'pages', lib),
        emptyOutDir: true,
        minify: true,
        reportCompressedSize: false,
      },
    });
  }
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(here, 'node', 'store-bench.ts')],
    outfile: path.join(outDir, 'node', 'store-bench.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node18',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
}

// ── Store-only benchmark (child process, --expose-gc) ───────────────────────────────────────
function storeBench() {
  const child = spawnSync(process.execPath, ['--expose-gc', path.join(outDir, 'node', 'store-bench.mjs')], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', ...(QUICK ? { STORE_TRIALS: '2' } : {}) },
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`store bench failed:\n${child.stderr}`);
  return JSON.parse(child.stdout);
}

// ── Static server ───────────────────────────────────────────────────────────────────────────
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })),
  );
}

// ── Browser ─────────────────────────────────────────────────────────────────────────────────
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), ms))),
  ]);
}
const TIMED_OUT = Symbol('timed out');

async function launch() {
  const { chromium } = await import('playwright-core');
  // Playwright gives every launch a fresh temporary --user-data-dir.
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/** One storm on a fresh page. Returns the page's result plus heap before and after a forced GC. */
async function runStorm(browser, origin, lib, s) {
  const context = await browser.newContext();
  const errors = [];
  let hung = false;
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    const cdp = await context.newCDPSession(page);
    await page.goto(`${origin}/${lib}/index.html`);
    await page.waitForFunction(() => window.__ready === true);
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r())));
    await cdp.send('HeapProfiler.collectGarbage');
    const baseHeap = await page.evaluate(() => performance.memory.usedJSHeapSize);
    const config = { count: s.count, pacing: s.pacing, codes: s.codes, withId: s.withId, timeoutMs: TIMEOUT_MS, fireFrom: FIRE_FROM };
    const result = await withTimeout(
      page.evaluate((c) => window.__storm(c), config),
      TIMEOUT_MS + (s.pacing === 'paced' ? s.count : 0) + 5_000,
    );
    if (result === TIMED_OUT) {
      hung = true;
      return { status: 'timeout', hung: true, baseHeap, errors };
    }
    const gc = await withTimeout(cdp.send('HeapProfiler.collectGarbage'), 30_000);
    const finalHeap =
      gc === TIMED_OUT ? null : await page.evaluate(() => performance.memory.usedJSHeapSize);
    return { ...result, baseHeap, finalHeap, errors };
  } finally {
    const closed = await withTimeout(context.close().then(() => true, () => true), hung ? 5_000 : 30_000);
    if (closed === TIMED_OUT) browser.__broken = true;
  }
}

// ── Statistics and the table ────────────────────────────────────────────────────────────────
function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

const METRICS = [
  { key: 'idleMs', title: 'Time to idle: storm start → main thread idle (ms)', fmt: 'ms' },
  { key: 'tailMs', title: 'Idle after the last error: last error handed over → idle (ms)', fmt: 'ms' },
  { key: 'longTasks', title: 'Long tasks (count)', fmt: 'int' },
  { key: 'tbtMs', title: 'Total blocking time (ms)', fmt: 'ms' },
  { key: 'toastsInDom', title: 'Toast elements in the DOM once idle', fmt: 'int' },
  { key: 'toasterElements', title: "Toaster elements in the DOM once idle (the toaster's root and everything in it)", fmt: 'int' },
  { key: 'peakHeapMB', title: 'Peak JS heap during the storm (MB)', fmt: 'mb' },
  { key: 'finalHeapMB', title: 'JS heap once idle, after GC (MB)', fmt: 'mb' },
  { key: 'commits', title: 'React commits', fmt: 'int' },
];

function summarise(runs) {
  const out = {};
  for (const [key, list] of Object.entries(runs)) {
    const ok = list.filter((r) => r.status === 'ok');
    const timeouts = list.filter((r) => r.status === 'timeout').length;
    const notRun = list.find((r) => r.status === 'not-run');
    const m = { runs: list.length, ok: ok.length, timeouts, notRun: notRun?.reason ?? null };
    for (const { key: metric } of METRICS) m[metric] = median(ok.map((r) => r[metric]));
    out[key] = m;
  }
  return out;
}

function fmt(value, kind) {
  if (value === null || value === undefined) return '–';
  if (kind === 'mb') return value.toFixed(1);
  if (kind === 'ms') return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1);
  return Math.round(value).toLocaleString('en-US');
}

function cell(m, metric, kind) {
  if (!m) return 'n/a';
  if (m.ok === 0 && m.notRun) return `not run (${m.notRun.replace(/\d+/, (n) => Number(n).toLocaleString('en-US'))})`;
  if (m.ok === 0) return m.timeouts ? `timeout (${m.timeouts}/${m.runs})` : 'error';
  const v = fmt(m[metric], kind);
  return m.timeouts ? `${v} (${m.timeouts}/${m.runs} timeout)` : v;
}

/** Below this a value is noise, not a cost: ms metrics under 1 ms, counts of 0. */
const NEGLIGIBLE = { ms: 1, mb: 0, int: 0.5 };

function ratio(kit, other, metric, kind) {
  if (!kit || !other) return 'n/a';
  if (other.ok === 0 && (other.timeouts || other.notRun)) return kit.ok ? '≪ (lib timeout)' : '–';
  const a = kit[metric];
  const b = other[metric];
  if (a === null || b === null || a === undefined || b === undefined) return '–';
  const floor = NEGLIGIBLE[kind] ?? 0;
  if (a < floor && b < floor) return '=';
  if (a < floor) return '≈0';
  if (b < floor || b === 0) return '∞';
  const r = a / b;
  return r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r >= 0.1 ? r.toFixed(2) : r.toPrecision(2);
}

function table(medians, meta) {
  const lines = [];
  const LIBS = Object.keys(meta.libs);
  const others = LIBS.filter((l) => l !== 'kit');
  const limit = meta.timeoutMs / 1000;
  for (const { key: metric, title, fmt: kind } of METRICS) {
    lines.push(`### ${title}`, '');
    const head = ['storm', ...LIBS.map((l) => LIB_NAMES[l])];
    if (LIBS.includes('kit')) head.push(...others.map((l) => `kit/${l}`));
    lines.push(`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
    for (const s of scenariosFor(meta.sizes)) {
      const row = [scenarioLabel(s)];
      for (const lib of LIBS) {
        const m = medians[`${lib}|${runKeyFor(lib, s)}`];
        row.push(cell(m, metric, kind) + (lib === 'kit' && s.withId ? '*' : ''));
      }
      if (LIBS.includes('kit')) {
        const kit = medians[`kit|${runKeyFor('kit', s)}`];
        for (const lib of others) row.push(ratio(kit, medians[`${lib}|${runKeyFor(lib, s)}`], metric, kind));
      }
      lines.push(`| ${row.join(' | ')} |`);
    }
    lines.push('');
  }
  lines.push(
    '`*` the kit has no toast ids: it groups a repeated error by itself, so its one-code storm is',
    'compared with both variants of the other libraries. Ratios are kit ÷ library (below 1: the kit',
    `used less). "timeout (k/n)": k of n runs not idle within ${limit} s (paced storms: ${limit} s after`,
    'their last error); a library that timed out is not run again on that storm, nor on the same',
    'storm at a larger size ("not run"). "=": both negligible (under 1 ms,',
    'or zero); "≈0": the kit\'s is negligible and the library\'s is not.',
  );
  return lines.join('\n');
}

function storeTable(store) {
  const t = store.throughput;
  const m = store.memory;
  const n = (x) => Math.round(x).toLocaleString('en-US');
  const mb = (x) => (x / 1024 / 1024).toFixed(2);
  return [
    '### Store only (Node, no React, no DOM)',
    '',
    `| storm | reports/s (median of ${t.unique.trials} × ${n(t.unique.reportsPerTrial)}) | µs/report | heap retained after ${n(m.unique.reports)} reports, after GC | history / cap | visible / max | queued / max | stats |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...['unique', 'repeated'].map((k) => {
      const mem = m[k];
      return `| ${k === 'unique' ? 'unique codes' : 'one code'} | ${n(t[k].perSecond)} | ${t[k].microsecondsPerReport.toFixed(1)} | ${mb(mem.retainedBytes)} MB | ${mem.historyLength} / ${mem.historyCap} | ${mem.visible} / ${mem.maxVisible} | ${mem.queued} / ${mem.maxQueued} | reported ${n(mem.stats.reported)}, evicted ${n(mem.stats.evicted)}, largest count ${n(mem.largestCount)} |`;
    }),
    '',
  ].join('\n');
}

function report(meta, medians, store) {
  const { reps, longReps } = meta;
  return [
    `## Storm benchmark — medians of ${reps} run${reps > 1 ? 's' : ''}` +
      (longReps < reps && meta.sizes.some((n) => n >= 5000) ? ` (${longReps} for the 10-second paced storms)` : ''),
    '',
    `${meta.date.slice(0, 10)} · Chromium ${meta.chromium} (headless) · Node ${meta.node} · ${meta.nproc} × ${meta.cpu} · ` +
      `${meta.wallSeconds} s wall · storms fired from ${meta.fireFrom === 'task' ? 'a task of their own' : 'an animation frame callback'} · load average ${meta.loadAverage.atStart[0]} at start, ${meta.loadAverage.atEnd[0]} at end`,
    '',
    table(medians, meta),
    '',
    storeTable(store),
  ].join('\n');
}

// ── Main ────────────────────────────────────────────────────────────────────────────────────
async function main() {
  // `node bench/run.mjs --from bench/results/latest.json`: print the tables of a saved run again.
  const from = process.argv.indexOf('--from');
  if (from !== -1) {
    const saved = JSON.parse(readFileSync(process.argv[from + 1], 'utf8'));
    console.log(report(saved.meta, saved.medians, saved.store));
    return;
  }
  log(`bench: reps=${REPS} (paced ≥5,000: ${LONG_REPS}) sizes=${SIZES.join(',')} libs=${LIBS.join(',')} timeout=${TIMEOUT_MS}ms${QUICK ? ' (quick)' : ''}`);
  mkdirSync(resultsDir, { recursive: true });
  log('building pages (vite, production) and the store bench (esbuild)…');
  await buildPages();

  log('store-only benchmark (node --expose-gc)…');
  const store = storeBench();

  const { server, origin } = await serve(path.join(outDir, 'pages'));
  let browser = await launch();
  const chromiumVersion = browser.version();
  const raw = [];
  const runs = {};
  const gaveUp = new Set();

  try {
    for (let rep = 0; rep < REPS; rep++) {
      for (let i = 0; i < scenarios.length; i++) {
        const s = scenarios[i];
        if (isLong(s) && rep >= LONG_REPS) continue;
        const libs = LIBS.filter((lib) => !(lib === 'kit' && s.withId));
        // Alternate: a different library goes first for every storm and every repetition.
        const shift = (rep + i) % libs.length;
        const order = libs.slice(shift).concat(libs.slice(0, shift));
        for (const lib of order) {
          const key = `${lib}|${scenarioKey(s)}`;
          runs[key] ??= [];
          if (gaveUp.has(key)) {
            raw.push({ lib, scenario: scenarioKey(s), rep, status: 'skipped-after-timeout' });
            continue;
          }
          // A library that could not finish the same storm at a smaller size is not run bigger.
          const smaller = SIZES.filter((n) => n < s.count).find((n) => gaveUp.has(`${lib}|${scenarioKey({ ...s, count: n })}`));
          if (smaller) {
            const record = { lib, scenario: scenarioKey(s), rep, status: 'not-run', reason: `timed out at ${smaller}` };
            raw.push(record);
            runs[key].push(record);
            gaveUp.add(key);
            log(`[${rep + 1}/${REPS}] ${LIB_NAMES[lib].padEnd(16)} ${scenarioKey(s).padEnd(24)} NOT RUN (timed out at ${smaller})`);
            continue;
          }
          if (browser.__broken || !browser.isConnected()) {
            await withTimeout(browser.close().catch(() => {}), 10_000);
            browser = await launch();
          }
          const t = Date.now();
          let r;
          try {
            r = await runStorm(browser, origin, lib, s);
          } catch (error) {
            r = { status: 'error', error: String(error) };
            browser.__broken = true;
          }
          const record = {
            lib,
            scenario: scenarioKey(s),
            rep,
            ...r,
            peakHeapMB: r.peakHeap ? r.peakHeap / 2 ** 20 : null,
            finalHeapMB: r.finalHeap ? r.finalHeap / 2 ** 20 : null,
            wallMs: Date.now() - t,
          };
          raw.push(record);
          runs[key].push(record);
          if (r.status !== 'ok') gaveUp.add(key);
          log(
            `[${rep + 1}/${REPS}] ${LIB_NAMES[lib].padEnd(16)} ${scenarioKey(s).padEnd(24)} ` +
              (r.status === 'ok'
                ? `idle ${fmt(r.idleMs, 'ms')} ms, TBT ${fmt(r.tbtMs, 'ms')} ms, ${r.longTasks} long, ` +
                  `${r.toastsInDom} toasts (${r.toasterElements} elements), ${r.commits} commits, peak ${fmt(record.peakHeapMB, 'mb')} MB` +
                  (r.errors?.length ? `, page errors: ${r.errors.length}` : '')
                : `${r.status.toUpperCase()}${r.error ? `: ${r.error}` : ''}`),
          );
        }
      }
    }
  } finally {
    await withTimeout(browser.close().catch(() => {}), 10_000);
    server.close();
  }

  const medians = summarise(runs);
  const meta = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: chromiumVersion,
    nproc: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    reps: REPS,
    longReps: LONG_REPS,
    quick: QUICK,
    timeoutMs: TIMEOUT_MS,
    sizes: SIZES,
    libs: Object.fromEntries(LIBS.map((l) => [l, LIB_NAMES[l]])),
    wallSeconds: Math.round((Date.now() - started) / 1000),
    loadAverage: { atStart: LOAD_AT_START, atEnd: os.loadavg().map((x) => +x.toFixed(2)) },
    reactBuild: PROFILING ? 'react-dom/profiling' : 'production',
    fireFrom: FIRE_FROM,
  };
  const text = report(meta, medians, store);
  console.log(text);
  const file = process.env.BENCH_OUT ? path.resolve(process.env.BENCH_OUT) : path.join(resultsDir, QUICK ? 'quick.json' : 'latest.json');
  writeFileSync(file, JSON.stringify({ meta, store, medians, raw, table: text }, null, 2) + '\n');
  log(`\nwrote ${path.relative(repo, file)} in ${meta.wallSeconds} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
