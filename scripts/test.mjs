#!/usr/bin/env node
// `npm test`: every vitest project (jsdom, SSR, real Chromium, Storybook stories, React 18), then
// the testing kit under jest against the built package, then one plain "N passed, N failed" line
// from both JSON reports. Arguments go to vitest; with any, jest is left out (a targeted run).
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

// jest: `react-hms-errors/testing` in an app's jest + Testing Library setup, against dist/ (built
// here, JavaScript only). ESM test files need Node's VM modules flag.
const jestResults = '.jest-results.json';
rmSync(jestResults, { force: true });
let jestStatus = 0;
if (process.argv.length <= 2) {
  console.log('\nBuilding dist/ for the jest run…');
  jestStatus = run('npx', ['vite', 'build', '--logLevel', 'warn']);
  if (jestStatus === 0) {
    jestStatus = run(process.execPath, [
      '--experimental-vm-modules',
      'node_modules/jest/bin/jest.js',
      '--config',
      'test/jest/jest.config.mjs',
      '--json',
      `--outputFile=${jestResults}`,
    ]);
  }
}

/** Passed and failed tests of a vitest or jest JSON report (same shape); a file that fails to load counts as one failure. */
function counts(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const broken = report.testResults.filter(
    (f) => f.status === 'failed' && !f.assertionResults.some((t) => t.status === 'failed'),
  ).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + broken };
}

const vitestCounts = counts(results);
if (vitestCounts) {
  const jestCounts = counts(jestResults) ?? { passed: 0, failed: jestStatus === 0 ? 0 : 1 };
  const summary = `${vitestCounts.passed + jestCounts.passed} passed, ${vitestCounts.failed + jestCounts.failed} failed`;
  writeFileSync(summaryFile, `${summary}\n`);
  console.log(`\n${summary}`);
}
process.exit(status || jestStatus);
