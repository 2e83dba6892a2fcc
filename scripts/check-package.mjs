#!/usr/bin/env node
// Packs the package as npm would publish it and checks the tarball with publint and
// @arethetypeswrong/cli. Any error fails. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'hmse-pack-'));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
try {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
  );
  const tarball = join(dir, pack.filename);
  console.log(`Packed ${pack.filename}: ${pack.entryCount} files, ${(pack.size / 1024).toFixed(1)} kB`);
  const stray = pack.files.map((f) => f.path).filter((p) => !/^(dist\/|README\.md$|package\.json$|LICENSE$)/.test(p));
  if (stray.length) throw new Error(`Unexpected files in the package: ${stray.join(', ')}`);
  assertCoreHasNoReact();
  assertMainHasNoDevtools();
  run('npx', ['publint', 'run', tarball, '--level', 'warning', '--strict']);
  // ESM-only by design: CommonJS `require` of an ES module is not a supported way in.
  run('npx', ['attw', tarball, '--profile', 'esm-only', '--no-emoji']);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** The main entry must not carry the devtools: an app gets them only by importing `./devtools`. */
function assertMainHasNoDevtools() {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join('dist', file), 'utf8');
    if (code.includes('data-hmse-devtools')) throw new Error(`dist/${file} (reached from the main entry) holds the devtools`);
    for (const [, dep] of code.matchAll(/from\s*["']\.\/([^"']+)["']/g)) visit(dep);
  };
  visit('index.js');
  console.log(`the main entry holds no devtools (${seen.size} files checked)`);
}

/** `./core` must stay usable without React: follow its local imports and look for react. */
function assertCoreHasNoReact() {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join('dist', file), 'utf8');
    if (/from\s*["']react(-dom)?(\/[^"']*)?["']/.test(code)) throw new Error(`dist/${file} (reached from ./core) imports React`);
    for (const [, dep] of code.matchAll(/from\s*["']\.\/([^"']+)["']/g)) visit(dep);
  };
  visit('core.js');
  console.log(`./core imports no React (${seen.size} files checked)`);
}
