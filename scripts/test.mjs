#!/usr/bin/env node
// `npm test`: every vitest project (jsdom, SSR, real Chromium, Storybook stories, React 18),
// then one plain "N passed, N failed" line from vitest's JSON report.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...opts }).status ?? 1;

// React 18 lives in its own folder so the root can keep React 19 (see vitest.config.ts).
if (!existsSync('compat/react18/node_modules/react-dom')) {
  console.log('Installing the React 18 test harness (compat/react18)…');
  if (run('npm', ['ci', '--prefix', 'compat/react18', '--no-audit', '--no-fund']) !== 0) process.exit(1);
}

const results = '.vitest-results.json';
const summaryFile = '.vitest-summary.txt';
rmSync(results, { force: true });
rmSync(summaryFile, { force: true });
const status = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${results}`,
  ...process.argv.slice(2),
]);

if (existsSync(results)) {
  const report = JSON.parse(readFileSync(results, 'utf8'));
  // A file that fails to load has no failed tests of its own: count it as one failure.
  const broken = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
  ).length;
  const summary = `${report.numPassedTests} passed, ${report.numFailedTests + broken} failed`;
  writeFileSync(summaryFile, `${summary}\n`);
  console.log(`\n${summary}`);
}
process.exit(status);
