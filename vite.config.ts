/**
 * The designers' playground: `npm start` serves demo/ with the mock API running in a service
 * worker, so the widget works with no backend. `npm run build` writes a static copy to
 * demo/dist.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const demo = fileURLToPath(new URL('./demo', import.meta.url));

export default defineConfig({
  root: demo,
  // Holds mockServiceWorker.js, which must be served from the site root to control the page.
  publicDir: fileURLToPath(new URL('./demo/public', import.meta.url)),
  server: { port: 5173, strictPort: false, open: false },
  preview: { port: 4173 },
  build: {
    outDir: fileURLToPath(new URL('./demo/dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The playground bundles the mock API (msw and the seeded catalogue of 100 centres), which a
    // ministry's page never loads; the widget's own budgets are in size-budgets.json.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      // The playground and the gallery of every state.
      input: {
        playground: fileURLToPath(new URL('./demo/index.html', import.meta.url)),
        gallery: fileURLToPath(new URL('./demo/gallery.html', import.meta.url)),
      },
    },
  },
});
