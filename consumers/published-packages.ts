/**
 * Makes a consumer app use `@gov-appointment/sdk` and `@gov-appointment/widget` as published,
 * not as the workspace's TypeScript sources: every import of them, from the app, the mock API
 * or the widget itself, resolves through the published package.json (its `exports` map) to the
 * built JavaScript in packages/sdk/dist and packages/widget/dist/package, as it would for an
 * app that installed them from npm. `npm run build` writes both.
 *
 * Vite resolves a bare import from the folder of the importing file; the published folders are
 * therefore linked under a node_modules of their own, and imports resolve from there.
 */
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PUBLISHED_FOLDERS = {
  '@gov-appointment/sdk': join(ROOT, 'packages', 'sdk', 'dist'),
  '@gov-appointment/widget': join(ROOT, 'packages', 'widget', 'dist', 'package'),
} as const;
const PUBLISHED_IMPORT = /^@gov-appointment\/(sdk|widget)(\/|$)/;

/**
 * A folder whose node_modules holds links to the published packages, and the file in it that
 * imports resolve from (Vite resolves from the importer's folder only when the file exists).
 */
function linkPublishedPackages(): string {
  const installation = join(ROOT, 'node_modules', '.cache', 'gov-appointment', 'published');
  rmSync(installation, { recursive: true, force: true });
  for (const [name, folder] of Object.entries(PUBLISHED_FOLDERS)) {
    if (!existsSync(join(folder, 'package.json'))) {
      throw new Error(`${folder} is missing: build the packages first (npm run build).`);
    }
    const link = join(installation, 'node_modules', name);
    mkdirSync(join(link, '..'), { recursive: true });
    symlinkSync(folder, link, 'dir');
  }
  const importer = join(installation, 'app.js');
  writeFileSync(importer, '');
  return importer;
}

export function publishedPackages(): Plugin {
  let importer = '';
  return {
    name: 'gov-appointment-published-packages',
    enforce: 'pre',
    buildStart() {
      importer = linkPublishedPackages();
    },
    resolveId(source, _importer, options) {
      if (!PUBLISHED_IMPORT.test(source)) return null;
      return this.resolve(source, importer, { ...options, skipSelf: true });
    },
  };
}
