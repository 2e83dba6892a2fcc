// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';

// What an app's Vite build makes of the devtools' production check: Vite replaces
// `process.env.NODE_ENV` in dependencies, so the check must be written in a form it replaces.
const devtools = fileURLToPath(new URL('../../src/devtools/HMSErrorDevtools.tsx', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'hmse-devtools-build-'));
writeFileSync(join(dir, 'main.js'), `import { isProductionBuild } from ${JSON.stringify(devtools)};\nglobalThis.result = isProductionBuild();\n`);
// The kit's own development warnings (a throwing callback, a bad override) use the same check.
const dev = fileURLToPath(new URL('../../src/core/dev.ts', import.meta.url));
writeFileSync(
  join(dir, 'warn.js'),
  `import { createDevWarner } from ${JSON.stringify(dev)};\nlet logged = 0;\nconst original = console.error;\nconsole.error = () => { logged++; };\ncreateDevWarner()('id', 'failed');\nconsole.error = original;\nglobalThis.result = logged;\n`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bundle(mode: 'production' | 'development', entry = 'main.js'): Promise<string> {
  // As `vite build` from an app's shell, not from inside vitest (NODE_ENV=test would win).
  vi.stubEnv('NODE_ENV', mode);
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    mode,
    root: dir,
    // An app build (not library mode, which keeps `process.env` for its consumers). The kit's
    // dependencies stay external: only the check matters here.
    build: {
      write: false,
      minify: false,
      modulePreload: false,
      rolldownOptions: { input: join(dir, entry), external: [/^react/, /^zustand/, /^@radix-ui\//] },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  vi.unstubAllEnvs();
  const [first] = Array.isArray(output) ? output : [output];
  return first.output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
}

describe('isProductionBuild in an app bundled by Vite', () => {
  it('is true in a production build, in a browser with no `process`', async () => {
    const code = await bundle('production');
    expect(code).not.toMatch(/process\.env\.NODE_ENV\s*===/);
    const result = await run(code);
    expect(result).toBe(true);
  }, 60_000);

  it('is false in a development build', async () => {
    expect(await run(await bundle('development'))).toBe(false);
  }, 60_000);
});

describe("the kit's development warnings in an app bundled by Vite", () => {
  it('are silent in a production build and logged in development', async () => {
    expect(await run(await bundle('production', 'warn.js'))).toBe(0);
    expect(await run(await bundle('development', 'warn.js'))).toBe(1);
  }, 60_000);
});

/** Runs the bundle where `process` does not exist, as in a browser. */
async function run(code: string): Promise<unknown> {
  const scope = { result: undefined as unknown };
  // Imports of the external dependencies are not needed by the check: drop them.
  const body = code.replace(/^import\b.*$/gm, '').replaceAll('globalThis.result', 'scope.result');
  new Function('scope', 'process', body)(scope, undefined);
  return scope.result;
}
