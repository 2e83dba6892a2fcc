import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The e2e app, built like a user's app: `react-hms-errors` is not aliased to the repo's sources.
// The global setup copies this folder out of the repo and unpacks the kit's `npm pack` tarball
// into the copy's node_modules, so the bare import (and `react-hms-errors/styles.css`) resolve
// through the package's own `exports`, as after `npm install ./react-hms-errors-0.1.0.tgz`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  logLevel: 'warn',
  // One chunk is fine for a test app (the SDK alone is ~1 MB).
  build: { target: 'es2020', emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 4096 },
});
