/**
 * The React consumer, built into consumers/react/dist with relative URLs so that it works from
 * any folder (the browser tests open it from the repository root).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // Holds mockServiceWorker.js (written by scripts/prepare-worker.mjs), served from the root.
  publicDir: fileURLToPath(new URL('../../demo/public', import.meta.url)),
  build: {
    // The page bundles the mock API (msw and its seeded catalogue), which a real page would not.
    chunkSizeWarningLimit: 1024,
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
});
