#!/usr/bin/env node
/**
 * Where a fresh page's storm goes: builds one bench page (unminified, so functions keep their
 * names), fires one storm with the DevTools protocol's sampling profiler and a timeline trace
 * running, and prints self time by function and by file, and the main thread's time by trace
 * event (script, style, layout, paint, GC, compile).
 *
 *   node bench/profile.mjs [lib=kit] [count=1000] [codes=unique] [reps=3]
 *   PROFILE_MINIFY=1   profile the minified build instead (what `npm run bench` measures)
 *   PROFILE_WARM=1     fire one storm first and profile the second one on the same page
 */
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [lib = 'kit', countArg = '1000', codes = 'unique', repsArg = '3'] = process.argv.slice(2);
const count = Number(countArg);
const reps = Number(repsArg);
const outDir = path.join(here, '.out', 'profile');
const MINIFY = process.env.PROFILE_MINIFY === '1';
const WARM = process.env.PROFILE_WARM === '1';
/** PROFILE_CPU=0: the trace alone (the sampling profiler slows scripts down by about half). */
const CPU = process.env.PROFILE_CPU !== '0';

const hook = `
  window.__commits = 0;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    isDisabled: false, supportsFiber: true, renderers: new Map(), inject: function () { return 1; },
    onCommitFiberRoot: function () { window.__commits++; if (window.__onCommit) window.__onCommit(); },
    onCommitFiberUnmount: function () {}, onPostCommitFiberRoot: function () {}, checkDCE: function () {},
  };`;

async function build() {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    configFile: false,
    root: path.join(here, 'pages', lib),
    base: './',
    mode: 'production',
    logLevel: 'error',
    plugins: [react(), { name: 'commits', transformIndexHtml: () => [{ tag: 'script', children: hook, injectTo: 'head-prepend' }] }],
    build: { outDir: path.join(outDir, lib), emptyOutDir: true, minify: MINIFY, reportCompressedSize: false },
  });
}

function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = http.createServer((req, res) => {
    const file = path.normalize(path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

/** Self time per node of a CPU profile, in ms. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    const dt = (deltas[i + 1] ?? 0) / 1000;
    self.set(id, (self.get(id) ?? 0) + dt);
  }
  const byFn = new Map();
  const byFile = new Map();
  for (const [id, ms] of self) {
    const { callFrame: f } = byId.get(id);
    const file = f.url ? f.url.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '.js') : `(${f.functionName || 'program'})`;
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  // Inclusive time of every function name (a recursive name counts once per sample).
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map();
  for (const [id, ms] of self) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at).callFrame.functionName;
      if (!name || seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  }
  return { byFn, byFile, total };
}

const TRACE_NAMES = {
  FunctionCall: 'script (FunctionCall)',
  EvaluateScript: 'script (EvaluateScript)',
  RunMicrotasks: 'script (microtasks)',
  'v8.compile': 'compile (v8.compile)',
  'V8.CompileLazy': 'compile (lazy)',
  'v8.parseOnBackground': 'compile (background parse)',
  UpdateLayoutTree: 'style recalc',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  MinorGC: 'GC (minor)',
  MajorGC: 'GC (major)',
  'V8.GC_SCAVENGER': 'GC (scavenge, nested)',
  ParseHTML: 'parse HTML',
  TimerFire: 'timer',
  FireAnimationFrame: 'rAF',
  FireIdleCallback: 'idle callback',
};

function sumTrace(events, t0us, t1us) {
  const out = new Map();
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  for (const e of events) {
    if (main && (e.pid !== main.pid || e.tid !== main.tid)) continue;
    if (e.ph !== 'X' || e.ts < t0us || e.ts > t1us) continue;
    const label = TRACE_NAMES[e.name];
    if (!label) continue;
    out.set(label, (out.get(label) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return out;
}

function longestTask(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = (e) => !main || (e.pid === main.pid && e.tid === main.tid);
  const tasks = events.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && onMain(e));
  const longest = tasks.sort((a, b) => b.dur - a.dur)[0];
  if (!longest) return null;
  const parts = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !onMain(e) || e === longest || e.ts < longest.ts || e.ts + (e.dur ?? 0) > longest.ts + longest.dur) continue;
    if ((e.dur ?? 0) < 200) continue;
    parts.set(e.name, (parts.get(e.name) ?? 0) + e.dur / 1000);
  }
  return { dur: longest.dur, parts };
}

function top(map, n) {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
}

async function main() {
  await build();
  const { server, origin } = await serve(outDir);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const fnTotals = new Map();
  const fileTotals = new Map();
  const traceTotals = new Map();
  const totalTotals = new Map();
  const taskTotals = new Map();
  const longestTasks = [];
  const results = [];
  try {
    for (let rep = 0; rep < reps; rep++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(`${origin}/${lib}/index.html`);
      await page.waitForFunction(() => window.__ready === true);
      await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r())));
      const config = { count, pacing: 'burst', codes, withId: false, timeoutMs: 30_000 };
      if (WARM) {
        await page.evaluate((c) => window.__storm(c), config);
        await page.evaluate(() => new Promise((r) => setTimeout(r, 6000)));
      }
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_INTERVAL_US ?? 100) });
      const events = [];
      cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
      const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: {
          includedCategories: ['toplevel', 'devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.compile', 'blink', 'loading'],
        },
      });
      if (CPU) await cdp.send('Profiler.start');
      const marks = await page.evaluate(async (c) => {
        const before = performance.timeOrigin + performance.now();
        const r = await window.__storm(c);
        return { r, before, after: performance.timeOrigin + performance.now() };
      }, config);
      const { profile } = CPU ? await cdp.send('Profiler.stop') : { profile: null };
      await cdp.send('Tracing.end');
      await traced;
      if (profile) {
        const { byFn, byFile, total } = selfTimes(profile);
        for (const [k, v] of total) totalTotals.set(k, (totalTotals.get(k) ?? 0) + v / reps);
        for (const [k, v] of byFn) fnTotals.set(k, (fnTotals.get(k) ?? 0) + v / reps);
        for (const [k, v] of byFile) fileTotals.set(k, (fileTotals.get(k) ?? 0) + v / reps);
      }
      const trace = sumTrace(events, 0, Infinity);
      for (const [k, v] of trace) traceTotals.set(k, (traceTotals.get(k) ?? 0) + v / reps);
      // The storm's longest task and what it is made of.
      const longest = longestTask(events);
      if (longest) {
        longestTasks.push(+(longest.dur / 1000).toFixed(1));
        for (const [k, v] of longest.parts) taskTotals.set(k, (taskTotals.get(k) ?? 0) + v / reps);
      }
      const { idleMs, tailMs, fireMs, longTasks, longestTaskMs, toastsInDom, domElements, commits } = marks.r;
      results.push({ idleMs, tailMs, fireMs, longTasks, longestTaskMs, toastsInDom, domElements, commits });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`# ${lib}, ${count} ${codes}, ${WARM ? 'warm (second storm)' : 'fresh page'}, ${MINIFY ? 'minified' : 'unminified'}, mean of ${reps}`);
  console.table(results);
  console.log('\n## main thread by trace event (ms)');
  for (const [k, v] of top(traceTotals, 30)) console.log(`${v.toFixed(2).padStart(8)}  ${k}`);
  console.log(`\n## the longest task (${longestTasks.join(', ')} ms), by trace event (ms, nested events counted in their parents too)`);
  for (const [k, v] of top(taskTotals, 30)) console.log(`${v.toFixed(2).padStart(8)}  ${k}`);
  console.log('\n## self time by file (ms)');
  for (const [k, v] of top(fileTotals, 15)) console.log(`${v.toFixed(2).padStart(8)}  ${k}`);
  console.log('\n## inclusive time by function name (ms)');
  for (const [k, v] of top(totalTotals, 60)) console.log(`${v.toFixed(2).padStart(8)}  ${k}`);
  console.log('\n## self time by function (ms)');
  for (const [k, v] of top(fnTotals, 45)) console.log(`${v.toFixed(2).padStart(8)}  ${k}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
