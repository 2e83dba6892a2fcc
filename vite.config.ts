import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';

/** Every language in src/locales (shape.ts is types only): `react-hms-errors/locales/<tag>`. */
const locales = Object.fromEntries(
  readdirSync('src/locales')
    .filter((file) => /^[a-z]{2}(-[A-Z]{2})?\.ts$/.test(file))
    .map((file) => [`locales/${file.slice(0, -3)}`, `src/locales/${file}`]),
);

// Library build: ESM entries (`.`, the React-free `./core`, `./testing`, `./storybook`, `./devtools`), dependencies external.
export default defineConfig({
  plugins: [
    react(),
    {
      name: 'copy-stylesheet',
      closeBundle() {
        mkdirSync('dist', { recursive: true });
        copyFileSync('src/styles/styles.css', 'dist/styles.css');
        // Types for `import 'react-hms-errors/styles.css'`, so TypeScript ≥ 5.x's check of
        // side-effect imports passes without the app declaring `*.css` modules.
        writeFileSync('dist/styles.css.d.ts', 'export {};\n');
      },
    },
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
