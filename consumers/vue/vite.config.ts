/**
 * The Vue consumer, on the packages as published (see ../published-packages.ts), built into consumers/vue/dist with relative URLs so that it works from any
 * folder (the browser tests open it from the repository root).
 */
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { publishedPackages } from '../published-packages.js';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // Holds mockServiceWorker.js (written by scripts/prepare-worker.mjs), served from the root.
  publicDir: fileURLToPath(new URL('../../demo/public', import.meta.url)),
  plugins: [
    publishedPackages(),
    vue({
      // `gov-` tags are custom elements: Vue leaves them to the browser instead of resolving
      // them as Vue components (and warning that none is registered).
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('gov-') } },
    }),
  ],
  build: {
    // The page bundles the mock API (msw and its seeded catalogue), which a real page would not.
    chunkSizeWarningLimit: 1024,
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
});
