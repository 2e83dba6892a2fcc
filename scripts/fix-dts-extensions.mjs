#!/usr/bin/env node
// tsc keeps the source's extensionless relative imports in .d.ts files; Node's ESM resolution
// (TypeScript's node16/nodenext) needs explicit ones. Rewrite `./x` to `./x.js` or `./x/index.js`.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (path.endsWith('.d.ts')) yield path;
  }
}

const specifier = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*?)\2/g;
for (const file of walk('dist')) {
  const source = readFileSync(file, 'utf8');
  const fixed = source.replace(specifier, (match, lead, quote, spec) => {
    if (/\.(js|mjs|cjs|json|css)$/.test(spec)) return match;
    const target = resolve(dirname(file), spec);
    const ext = existsSync(`${target}.d.ts`) ? '.js' : existsSync(join(target, 'index.d.ts')) ? '/index.js' : null;
    if (!ext) throw new Error(`${file}: cannot resolve ${spec}`);
    return `${lead}${quote}${spec}${ext}${quote}`;
  });
  if (fixed !== source) writeFileSync(file, fixed);
}
