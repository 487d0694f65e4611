/**
 * The widget's browser builds, both from src/define.ts (which registers the tag):
 *
 * - `vite build`: dist/gov-appointment.min.js, one ES module with lit, the SDK and English,
 *   each other language in its own chunk loaded on demand (for a host serving the folder).
 * - `vite build --mode cdn`: dist/cdn/gov-appointment.js, one self-contained ES module with
 *   every language inlined, for a CDN and `<script integrity>`: Subresource Integrity covers
 *   the one file a page names, so a chunk loaded later would escape the check. Its hash is
 *   written to dist/sri.json as `{ "file", "integrity" }`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const DIST = fileURLToPath(new URL('./dist', import.meta.url));
const ENTRY = fileURLToPath(new URL('./src/define.ts', import.meta.url));
const LATER_STEPS_BUNDLED = fileURLToPath(
  new URL('./src/steps/later-steps-bundled.ts', import.meta.url),
);

/** Where the CDN file's integrity hash is recorded. */
const SRI_MANIFEST = join(DIST, 'sri.json');

/**
 * Records the sha384 Subresource Integrity value of the entry file once it is on disk (the
 * bytes a browser will hash, source map comment included) in `manifestFile`.
 */
function subresourceIntegrity(manifestFile: string): Plugin {
  return {
    name: 'gov-appointment-subresource-integrity',
    apply: 'build',
    writeBundle(options, bundle) {
      const entries = Object.values(bundle).filter(
        (output) => output.type === 'chunk' && output.isEntry,
      );
      const [entry] = entries;
      if (!entry || entries.length > 1 || !options.dir) {
        throw new Error('The CDN build must write exactly one entry file.');
      }
      const written = readFileSync(join(options.dir, entry.fileName));
      const integrity = `sha384-${createHash('sha384').update(written).digest('base64')}`;
      const file = relative(DIST, join(options.dir, entry.fileName)).split('\\').join('/');
      writeFileSync(manifestFile, `${JSON.stringify({ file, integrity }, null, 2)}\n`);
    },
  };
}

const shared = {
  target: 'es2022',
  sourcemap: true,
} as const satisfies UserConfig['build'];

/** The npm and self-hosting build: English inside, other languages as chunks. */
const moduleWithLanguageChunks: UserConfig = {
  build: {
    ...shared,
    outDir: DIST,
    emptyOutDir: true,
    lib: {
      entry: ENTRY,
      formats: ['es'],
      fileName: () => 'gov-appointment.min.js',
    },
    rolldownOptions: {
      // Lets modules shared with the on-demand chunks (lit, the localize runtime) stay in the
      // entry file instead of becoming chunks of their own that the entry must also fetch.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
};

/** The CDN build: one file, every language inside. */
const selfContainedCdnFile: UserConfig = {
  plugins: [subresourceIntegrity(SRI_MANIFEST)],
  resolve: {
    // The later pages join the one file through a static import: loaded on demand from the
    // same file, they would only be wrapped (about 2 KB gzip) for nothing.
    alias: [{ find: /^\.\.\/steps\/later-steps-import\.js$/, replacement: LATER_STEPS_BUNDLED }],
  },
  build: {
    ...shared,
    outDir: join(DIST, 'cdn'),
    emptyOutDir: true,
    lib: {
      entry: ENTRY,
      formats: ['es'],
      fileName: () => 'gov-appointment.js',
    },
    rolldownOptions: {
      output: {
        minify: true,
        codeSplitting: false,
      },
    },
  },
};

export default defineConfig(({ mode }) =>
  mode === 'cdn' ? selfContainedCdnFile : moduleWithLanguageChunks,
);
