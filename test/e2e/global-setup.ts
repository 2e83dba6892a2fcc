// Builds what a user would install and serves the e2e app, once for the whole e2e project:
// 1. `npm run build` (the kit's dist/), 2. `npm pack` (the tarball npm would publish),
// 3. a copy of ./app in a temp dir OUTSIDE the repo, with the tarball unpacked into its
//    node_modules as `npm install ./react-hms-errors-0.1.0.tgz` would put it, 4. `vite build`
//    of that app, 5. `vite preview` on 127.0.0.1 and a free port.
// Outside the repo because inside it `import 'react-hms-errors'` would resolve to the repo's own
// dist/ by package self-reference (its package.json is named react-hms-errors), never the tarball.
// The app's other dependencies (React, the SDK, Vite) are symlinks to the repo's node_modules,
// standing in for an install without the network.
// `.ci/run` runs the tests before its own build step, so nothing here relies on a previous build.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string;
  }
}

const repo = fileURLToPath(new URL('../..', import.meta.url));
const appSource = fileURLToPath(new URL('./app', import.meta.url));

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'hmse-e2e-'));
  try {
    return await buildAndServe(project, work);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

async function buildAndServe(project: TestProject, work: string) {
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

  run('npm', ['run', 'build', '--silent']);
  const [pack] = JSON.parse(run('npm', ['pack', '--json', '--silent', '--pack-destination', work])) as { filename: string }[];
  const tarball = join(work, pack.filename);

  const app = join(work, 'app');
  cpSync(appSource, app, { recursive: true, filter: (path) => !path.includes('node_modules') });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'hmse-e2e-app', private: true, type: 'module', dependencies: { 'react-hms-errors': `file:${tarball}` } }),
  );
  const modules = join(app, 'node_modules');
  mkdirSync(join(modules, 'react-hms-errors'), { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', join(modules, 'react-hms-errors'), '--strip-components=1']);
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (name !== 'react-hms-errors' && !name.startsWith('.')) symlinkSync(join(repo, 'node_modules', name), join(modules, name));
  }

  const configFile = join(app, 'vite.config.ts');
  const outDir = join(work, 'app-dist');
  await build({ configFile, build: { outDir } });
  const port = await freePort();
  const server = await preview({ configFile, build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
  project.provide('e2eBaseUrl', `http://127.0.0.1:${port}`);

  return async () => {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  };
}
