// Size budgets (`npm run size`, enforced by .ci/run). Measured as an app ships them: minified by
// esbuild with UTF-8 output, as Vite and other bundlers emit text (esbuild's own default writes every
// non-ASCII letter as a 6-byte \uXXXX escape, which would weigh a Russian or Hindi locale by its
// escapes, not its words), then gzipped.
const utf8 = (config) => ({ ...config, charset: 'utf8' });

// A translated locale ships packed (src/core/copy/pack.ts): its chunk is its strings and a call of
// `unpackLocale`, which lives in a chunk shared by every locale (dist/pack-*.js, measured once
// below) and reads the English shape the core already holds. Each locale is measured alone, what
// it adds to an app that has the kit: the shared chunks it imports (`../*.js`) are left out, and
// the output stays ESM, as the chunk is (esbuild's default IIFE would add a `require` shim that
// no app ships in place of that import).
const sharedChunksExternal = {
  name: 'shared-chunks-external',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/[^/]+\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};
const ownChunk = (config) => ({
  ...utf8(config),
  format: 'esm',
  plugins: [...(config.plugins ?? []), sharedChunksExternal],
});

export default [
  {
    name: "headless core: store + normalize + copy (react-hms-errors/core, with zustand)",
    path: "dist/core.js",
    import: "{ createHMSErrorStore, normalizeHMSError, getErrorCopy }",
    gzip: true,
    modifyEsbuildConfig: utf8,
    limit: "15.6 kB"
  },
  {
    name: "whole kit, our code only (HMSErrorProvider + HMSErrorUI + useHMSErrors)",
    path: "dist/index.js",
    import: "{ HMSErrorProvider, HMSErrorUI, useHMSErrors, useLastHMSError }",
    ignore: [
      "react",
      "react-dom",
      "zustand",
      "@radix-ui/react-dialog"
    ],
    gzip: true,
    modifyEsbuildConfig: utf8,
    limit: "30.2 kB"
  },
  {
    name: "whole kit with its dependencies (zustand, Radix Dialog; React external)",
    path: "dist/index.js",
    import: "{ HMSErrorProvider, HMSErrorUI, useHMSErrors, useLastHMSError }",
    ignore: [
      "react",
      "react-dom"
    ],
    gzip: true,
    modifyEsbuildConfig: utf8,
    limit: "44.3 kB"
  },
  {
    name: "everything exported, with dependencies (adds developerNotes / defaultCopy)",
    path: "dist/index.js",
    import: "*",
    ignore: [
      "react",
      "react-dom"
    ],
    gzip: true,
    modifyEsbuildConfig: utf8,
    limit: "55.4 kB"
  },
  {
    name: "pre-join checklist (HMSPreflight, with dependencies; React external)",
    path: "dist/index.js",
    import: "{ HMSErrorProvider, HMSPreflight }",
    ignore: [
      "react",
      "react-dom"
    ],
    gzip: true,
    modifyEsbuildConfig: utf8,
    limit: "19.5 kB"
  },
  {
    name: "testing kit (react-hms-errors/testing, everything; React external)",
    path: "dist/testing.js",
    import: "*",
    ignore: [
      "react",
      "react-dom"
    ],
    gzip: true,
    modifyEsbuildConfig: utf8,
    limit: "6.6 kB"
  },
  {
    name: "Storybook simulator (react-hms-errors/storybook, with the kit; React external)",
    path: "dist/storybook.js",
    import: "{ withHMSErrorSimulator }",
    ignore: [
      "react",
      "react-dom"
    ],
    gzip: true,
    modifyEsbuildConfig: utf8,
    limit: "49.5 kB"
  },
  {
    name: "devtools inspector (react-hms-errors/devtools, with the kit; React external)",
    path: "dist/devtools.js",
    import: "{ HMSErrorDevtools }",
    ignore: ["react", "react-dom"],
    gzip: true,
    modifyEsbuildConfig: utf8,
    limit: "18.5 kB"
  },
  {
    name: "locale en (react-hms-errors/locales/en; the English it shares with the core is counted there)",
    path: "dist/locales/en.js",
    gzip: true,
    modifyEsbuildConfig: utf8,
    limit: "6 kB"
  },
  {
    name: "locale unpacker (shared by every packed locale, loaded once; the English shape it reads is the core's)",
    path: "dist/pack-*.js",
    import: "*",
    gzip: true,
    modifyEsbuildConfig: ownChunk,
    limit: "0.5 kB"
  },
  {
    name: "locale ar (react-hms-errors/locales/ar, Arabic)",
    path: "dist/locales/ar.js",
    gzip: true,
    modifyEsbuildConfig: ownChunk,
    limit: "6 kB"
  },
  {
    name: "locale de (react-hms-errors/locales/de, German)",
    path: "dist/locales/de.js",
    gzip: true,
    modifyEsbuildConfig: ownChunk,
    limit: "6 kB"
  },
  {
    name: "locale es (react-hms-errors/locales/es, Spanish)",
    path: "dist/locales/es.js",
    gzip: true,
    modifyEsbuildConfig: ownChunk,
    limit: "6 kB"
  },
  {
    name: "locale fr (react-hms-errors/locales/fr, French)",
    path: "dist/locales/fr.js",
    gzip: true,
    modifyEsbuildConfig: ownChunk,
    limit: "6 kB"
  },
  {
    name: "locale he (react-hms-errors/locales/he, Hebrew)",
    path: "dist/locales/he.js",
    gzip: true,
    modifyEsbuildConfig: ownChunk,
    limit: "6 kB"
  },
  {
    name: "locale hi (react-hms-errors/locales/hi, Hindi)",
    path: "dist/locales/hi.js",
    gzip: true,
    modifyEsbuildConfig: ownChunk,
    limit: "6 kB"
  },
  {
    name: "locale id (react-hms-errors/locales/id, Indonesian)",
    path: "dist/locales/id.js",
    gzip: true,
    modifyEsbuildConfig: ownChunk,
    limit: "6 kB"
  },
  {
    name: "locale it (react-hms-errors/locales/it, Italian)",
    path: "dist/locales/it.js",
    gzip: true,
    modifyEsbuildConfig: ownChunk,
    limit: "6 kB"
  },
  {
    name: "locale ja (react-hms-errors/locales/ja, Japanese)",
    path: "dist/locales/ja.js",
    gzip: true,
    modifyEsbuildConfig: ownChunk,
    limit: "6 kB"
  },
  {
    name: "locale ko (react-hms-errors/locales/ko, Korean)",
    path: "dist/locales/ko.js",
    gzip: true,
    modifyEsbuildConfig: ownChunk,
    limit: "6 kB"
  },
  {
    name: "locale nl (react-hms-errors/locales/nl, Dutch)",
    path: "dist/locales/nl.js",
    gzip: true,
    modifyEsbuildConfig: ownChunk,
    limit: "6 kB"
  },
  {
    name: "locale pl (react-hms-errors/locales/pl, Polish)",
    path: "dist/locales/pl.js",
    gzip: true,
    modifyEsbuildConfig: ownChunk,
    limit: "6 kB"
  },
  {
    name: "locale pt-BR (react-hms-errors/locales/pt-BR, Portuguese (Brazil))",
    path: "dist/locales/pt-BR.js",
    gzip: true,
    modifyEsbuildConfig: ownChunk,
    limit: "6 kB"
  },
  {
    name: "locale ru (react-hms-errors/locales/ru, Russian)",
    path: "dist/locales/ru.js",
    gzip: true,
    modifyEsbuildConfig: ownChunk,
    limit: "6 kB"
  },
  {
    name: "locale tr (react-hms-errors/locales/tr, Turkish)",
    path: "dist/locales/tr.js",
    gzip: true,
    modifyEsbuildConfig: ownChunk,
    limit: "6 kB"
  },
  {
    name: "locale uk (react-hms-errors/locales/uk, Ukrainian)",
    path: "dist/locales/uk.js",
    gzip: true,
    modifyEsbuildConfig: ownChunk,
    limit: "6 kB"
  },
  {
    name: "locale zh-CN (react-hms-errors/locales/zh-CN, Chinese (Simplified))",
    path: "dist/locales/zh-CN.js",
    gzip: true,
    modifyEsbuildConfig: ownChunk,
    limit: "6 kB"
  },
  {
    name: "stylesheet (react-hms-errors/styles.css)",
    path: "dist/styles.css",
    gzip: true,
    modifyEsbuildConfig: utf8,
    limit: "3 kB"
  }
];
