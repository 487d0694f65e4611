/**
 * The widget's browser build: one ES module for `<script type="module">` (lit, the SDK and
 * English included), with each other language in its own chunk loaded on demand.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: fileURLToPath(new URL('./src/define.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'gov-appointment.min.js',
    },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: 'locales/[name]-[hash].js',
      },
    },
  },
});
