// The testing kit under jest + Testing Library, against the BUILT package (dist/), as an app that
// installed it would run it. ESM: run with `node --experimental-vm-modules` (scripts/test.mjs does).
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default {
  rootDir: root,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/test/jest/**/*.jest.mjs'],
  // Plain ESM JavaScript: nothing to transform.
  transform: {},
  // The package's own entries, built (`react-hms-errors/testing` → dist/testing.js), as its exports map says.
  moduleNameMapper: {
    '^react-hms-errors$': '<rootDir>/dist/index.js',
    '^react-hms-errors/(core|testing|storybook|devtools)$': '<rootDir>/dist/$1.js',
  },
};
