/**
 * The plain HTML consumer: a page that loads the widget's self-contained CDN file as it is,
 * not bundled, with its Subresource Integrity hash, so the browser checks the built file
 * against the hash that the widget's build published. Built into consumers/html/dist with
 * relative URLs so that it works from any folder (the browser tests open it from the
 * repository root). Needs the widget's CDN build: `npm run build -w packages/widget`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const WIDGET_DIST = fileURLToPath(new URL('../../packages/widget/dist', import.meta.url));
const INTEGRITY_PLACEHOLDER = '%WIDGET_INTEGRITY%';

interface SubresourceIntegrity {
  readonly file: string;
  readonly integrity: string;
}

function readSubresourceIntegrity(): SubresourceIntegrity {
  const manifest = join(WIDGET_DIST, 'sri.json');
  if (!existsSync(manifest)) {
    throw new Error(
      `${manifest} is missing: build the widget first (npm run build -w packages/widget).`,
    );
  }
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as Partial<SubresourceIntegrity>;
  if (
    typeof parsed.file !== 'string' ||
    !/^sha384-[A-Za-z0-9+/]+=*$/.test(parsed.integrity ?? '')
  ) {
    throw new Error(`${manifest} does not hold a file and its sha384 integrity.`);
  }
  return parsed as SubresourceIntegrity;
}

/** Copies the CDN file beside the page, byte for byte, and writes its hash into the page. */
function widgetFromCdn(): Plugin {
  let cdn: SubresourceIntegrity;
  return {
    name: 'widget-from-cdn',
    buildStart() {
      cdn = readSubresourceIntegrity();
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replaceAll(INTEGRITY_PLACEHOLDER, cdn.integrity),
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: cdn.file,
        source: readFileSync(join(WIDGET_DIST, cdn.file)),
      });
      const sourceMap = join(WIDGET_DIST, `${cdn.file}.map`);
      if (existsSync(sourceMap)) {
        this.emitFile({
          type: 'asset',
          fileName: `${cdn.file}.map`,
          source: readFileSync(sourceMap),
        });
      }
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // Holds mockServiceWorker.js (written by scripts/prepare-worker.mjs), served from the root.
  publicDir: fileURLToPath(new URL('../../demo/public', import.meta.url)),
  plugins: [widgetFromCdn()],
  build: {
    // The page bundles the mock API (msw and its seeded catalogue), which a real page would not.
    chunkSizeWarningLimit: 1024,
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
});
