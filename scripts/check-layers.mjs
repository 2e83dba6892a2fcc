#!/usr/bin/env node
// The layers, as a check that fails CI on a violation (also run as a test: test/layers.test.ts):
//   src/core        imports nothing of React and nothing of the kit outside src/core
//   src/react       imports only src/core (and React, zustand's React binding)
//   src/components  imports src/react and src/core, never zustand directly
// `import type` counts too: a layer should not even know the shapes of the one above it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const RULES = {
  core: { kit: ['core'], forbid: [/^react(-dom)?(\/|$)/, /^zustand\/react/, /^zustand$/, /^@radix-ui\//] },
  react: { kit: ['core', 'react'], forbid: [/^@radix-ui\//, /^react-dom(\/|$)/] },
  components: { kit: ['core', 'react', 'components'], forbid: [/^zustand(\/|$)/] },
};

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

// `import … from 'x'`, `export … from 'x'`, `import 'x'` and `import('x')`.
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*\(?\s*['"]([^'"]+)['"]/g;

export function checkLayers() {
  const violations = [];
  for (const [layer, rule] of Object.entries(RULES)) {
    const base = join(root, 'src', layer);
    for (const file of files(base)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(IMPORT)) {
        const spec = match[1] ?? match[2];
        const where = relative(root, file);
        if (spec.startsWith('.')) {
          const target = relative(join(root, 'src'), resolve(dirname(file), spec));
          const targetLayer = target.split(/[\\/]/)[0];
          if (target.startsWith('..') || !rule.kit.includes(targetLayer)) violations.push(`${where} imports ${spec} (src/${targetLayer})`);
        } else if (rule.forbid.some((re) => re.test(spec))) {
          violations.push(`${where} imports ${spec}`);
        }
      }
    }
  }
  return violations;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const violations = checkLayers();
  for (const v of violations) console.error(`layer violation: ${v}`);
  if (violations.length) process.exit(1);
  console.log('layers: ok');
}
