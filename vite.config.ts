import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { HMSLocale } from './src/core/copy/locale';
import type { packLocale } from './src/core/copy/pack';

/** Every language in src/locales (shape.ts is types only): `react-hms-errors/locales/<tag>`. */
const locales = Object.fromEntries(
  readdirSync('src/locales')
    .filter((file) => /^[a-z]{2}(-[A-Z]{2})?\.ts$/.test(file))
    .map((file) => [`locales/${file.slice(0, -3)}`, `src/locales/${file}`]),
);

const unpacker = fileURLToPath(new URL('./src/core/copy/pack.ts', import.meta.url));

/**
 * Ships each translated locale packed (src/core/copy/pack.ts): the build loads the locale module
 * as written, and its chunk becomes `export default unpackLocale("…")`, only its strings, unpacked
 * at import against the English shape the core holds. Translators keep writing keyed objects;
 * tests import the source. English (`en.ts`) re-exports the core's English and stays as it is.
 */
function packLocales(): Plugin {
  const load = <T>(file: string) => runnerImport<T>(file, { configFile: false, logLevel: 'error' }).then((r) => r.module);
  let packer: Promise<{ packLocale: typeof packLocale }> | undefined;
  return {
    name: 'pack-locales',
    apply: (config, { command }) => command === 'build' && !!config.build?.lib,
    async load(id) {
      const match = /[\\/]src[\\/]locales[\\/]([a-z]{2}(?:-[A-Z]{2})?)\.ts$/.exec(id);
      if (!match || match[1] === 'en') return null;
      packer ??= load(unpacker);
      const [{ packLocale }, { default: locale }] = await Promise.all([packer, load<{ default: HMSLocale }>(id)]);
      const args = packLocale(locale, isDeepStrictEqual).map((arg) => JSON.stringify(arg));
      return {
        code: `import { unpackLocale } from ${JSON.stringify(unpacker)};\nexport default /* @__PURE__ */ unpackLocale(${args.join(', ')});\n`,
        map: { mappings: '' },
      };
    },
  };
}

// Library build: ESM entries (`.`, the React-free `./core`, `./testing`, `./storybook`, `./devtools`), dependencies external.
export default defineConfig({
  plugins: [
    react(),
    packLocales(),
    (() => {
      let outDir = 'dist';
      return {
        name: 'copy-stylesheet',
        configResolved(config) {
          outDir = config.build.outDir;
        },
        closeBundle() {
          mkdirSync(outDir, { recursive: true });
          copyFileSync('src/styles/styles.css', join(outDir, 'styles.css'));
          // Types for `import 'react-hms-errors/styles.css'`, so TypeScript ≥ 5.x's check of
          // side-effect imports passes without the app declaring `*.css` modules.
          writeFileSync(join(outDir, 'styles.css.d.ts'), 'export {};\n');
        },
      } satisfies Plugin;
    })(),
  ],
  build: {
    target: 'es2020',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        testing: 'src/testing/index.ts',
        storybook: 'src/storybook/index.ts',
        devtools: 'src/devtools/index.ts',
        ...locales,
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^zustand($|\/)/, /^@radix-ui\//],
      output: { preserveModules: false },
    },
  },
});
