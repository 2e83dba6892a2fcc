import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

export const browserProvider = () =>
  playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } });

const inChromium = () => ({
  enabled: true,
  headless: true,
  provider: browserProvider(),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

const react18 = fileURLToPath(new URL('./compat/react18/node_modules/', import.meta.url));

const projects: TestProjectInlineConfiguration[] = [
  {
    extends: true,
    define: { __EXPECTED_REACT_MAJOR__: 19 },
    test: {
      name: 'unit',
      environment: 'jsdom',
      globals: true,
      include: ['test/**/*.test.{ts,tsx}'],
      exclude: ['test/browser/**', 'test/ssr/**', 'test/e2e/**'],
      setupFiles: ['test/setup.ts'],
    },
  },
  {
    extends: true,
    test: {
      name: 'ssr',
      environment: 'node',
      globals: true,
      include: ['test/ssr/**/*.test.{ts,tsx}'],
    },
  },
  {
    extends: true,
    test: {
      name: 'browser',
      globals: true,
      include: ['test/browser/**/*.browser.test.{ts,tsx}'],
      setupFiles: ['test/browser/setup.ts'],
      browser: inChromium(),
    },
  },
  {
    // The built package in a small Vite app with the real SDK, driven in Chromium by Playwright
    // (see test/e2e/global-setup.ts: builds, packs and serves it once).
    extends: true,
    test: {
      name: 'e2e',
      environment: 'node',
      include: ['test/e2e/**/*.e2e.test.ts'],
      globalSetup: ['test/e2e/global-setup.ts'],
      testTimeout: 90_000,
      hookTimeout: 120_000,
    },
  },
  {
    // Every story in stories/ (render + play function + axe, WCAG 2.2 AA) as a test in Chromium.
    extends: true,
    plugins: [storybookTest({ configDir: '.storybook' })],
    test: {
      name: 'storybook',
      browser: inChromium(),
    },
  },
  {
    // Every story again with the browser in dark mode: the kit follows `prefers-color-scheme` by
    // default (colorScheme 'system'), so axe checks the dark palette on every story too.
    extends: true,
    plugins: [storybookTest({ configDir: '.storybook' })],
    test: {
      name: 'storybook-dark',
      browser: {
        ...inChromium(),
        provider: playwright({
          launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
          contextOptions: { colorScheme: 'dark' },
        }),
      },
    },
  },
];

// The same hook, store, dialog and toast tests against React 18 (installed by `npm test` into
// compat/react18, see scripts/test.mjs).
if (existsSync(`${react18}react-dom`)) {
  projects.push({
    extends: true,
    resolve: {
      alias: [
        { find: /^react$/, replacement: `${react18}react/index.js` },
        { find: /^react\/jsx-runtime$/, replacement: `${react18}react/jsx-runtime.js` },
        { find: /^react\/jsx-dev-runtime$/, replacement: `${react18}react/jsx-dev-runtime.js` },
        { find: /^react-dom$/, replacement: `${react18}react-dom/index.js` },
        { find: /^react-dom\/client$/, replacement: `${react18}react-dom/client.js` },
        { find: /^react-dom\/server$/, replacement: `${react18}react-dom/server.node.js` },
        { find: /^react-dom\/test-utils$/, replacement: `${react18}react-dom/test-utils.js` },
        // Its own copy, so that its `require('react-dom')` finds React DOM 18.
        { find: /^@testing-library\/react$/, replacement: `${react18}@testing-library/react/dist/index.js` },
        // …and user-event must share its DOM testing library, whose events that copy wraps in act().
        { find: /^@testing-library\/dom$/, replacement: `${react18}@testing-library/dom/dist/index.js` },
      ],
      // ESM builds first: the CommonJS builds of Radix's helpers would `require('react')` 19.
      mainFields: ['module', 'main'],
    },
    define: { __EXPECTED_REACT_MAJOR__: 18 },
    test: {
      name: 'react18',
      environment: 'jsdom',
      globals: true,
      include: [
        'test/react/**/*.test.{ts,tsx}',
        'test/components/**/*.test.{ts,tsx}',
        'test/hardening/lifecycle.test.tsx',
        'test/hardening/hydration.test.tsx',
      ],
      setupFiles: ['test/setup.ts'],
      // Radix's dialog renders through react-remove-scroll and its helpers: inline them too, or
      // they load React 19 next to the aliased React 18 ("Objects are not valid as a React child").
      server: {
        deps: {
          inline: [
            /zustand/,
            /@radix-ui/,
            /react-remove-scroll/,
            /react-style-singleton/,
            /use-sidecar/,
            /use-callback-ref/,
            /@testing-library\/user-event/,
          ],
        },
      },
    },
  });
}

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  plugins: [react()],
  // Tests import the kit the way apps do (`react-hms-errors`, `react-hms-errors/core`…), from source.
  resolve: {
    alias: [
      { find: /^react-hms-errors$/, replacement: src('index.ts') },
      { find: /^react-hms-errors\/styles\.css$/, replacement: src('styles/styles.css') },
      { find: /^react-hms-errors\/(core|testing|storybook|devtools)$/, replacement: src('$1/index.ts') },
      { find: /^react-hms-errors\/locales\/([\w-]+)$/, replacement: src('locales/$1.ts') },
    ],
  },
  // Pre-bundle what the Chromium projects import, so that Vite never discovers a dependency
  // mid-run and reloads the page (a fresh clone's first run would otherwise be flaky).
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'zustand',
      'zustand/vanilla',
      'zustand/react/shallow',
      '@radix-ui/react-dialog',
      '@testing-library/react',
      'axe-core',
      'react-router',
      '@100mslive/hms-video-store',
    ],
  },
  test: { projects },
});
