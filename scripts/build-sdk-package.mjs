/**
 * Builds the publishable `@gov-appointment/sdk` into packages/sdk/dist: ES modules with their
 * `.d.ts` declarations (tsc with packages/sdk/tsconfig.build.json), the OpenAPI document, the
 * README, and the package.json that consumers see.
 *
 * Inside the monorepo, packages/sdk/package.json points its `exports` at the TypeScript
 * sources, so that the widget, the mock and their tests use the SDK as it is being edited
 * with no build in between. The published manifest is derived from it here: the same name,
 * version, dependencies and entry points, each entry point mapped to its built module and
 * declarations. Publish with `npm publish packages/sdk/dist`.
 *
 * Run `node scripts/build-sdk-package.mjs [output folder]` (default packages/sdk/dist).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SDK = join(ROOT, 'packages', 'sdk');
// The project's TypeScript (7), by path: another package in node_modules also names a `tsc` bin.
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** The SDK's own files copied beside the modules, from packages/sdk to the package root. */
const COPIED_FILES = [
  { from: 'openapi/openapi.json', to: 'openapi.json' },
  { from: 'README.md', to: 'README.md' },
];

/** Fields of the workspace manifest that a consumer's manifest keeps as they are. */
const PUBLISHED_FIELDS = [
  'name',
  'version',
  'description',
  'license',
  'type',
  'engines',
  'sideEffects',
  'dependencies',
];

/**
 * Where a workspace path lands in the published package: sources become their built module
 * (`./src/schemas/index.ts` → `./schemas/index.js`), copied files their new name.
 * @param {string} workspacePath
 * @returns {{ types?: string, default: string }}
 */
function publishedTarget(workspacePath) {
  const source = /^\.\/src\/(.+)\.ts$/.exec(workspacePath);
  if (source) return { types: `./${source[1]}.d.ts`, default: `./${source[1]}.js` };
  const copied = COPIED_FILES.find((file) => `./${file.from}` === workspacePath);
  if (copied) return { default: `./${copied.to}` };
  throw new Error(`packages/sdk/package.json exports ${workspacePath}, which is not built.`);
}

/**
 * The export map consumers see, from the workspace's: every entry point kept, each pointing at
 * built files, with its declarations under `types`.
 * @param {Record<string, string | { types?: string, default: string }>} workspaceExports
 */
export function publishedExports(workspaceExports) {
  return Object.fromEntries(
    Object.entries(workspaceExports).map(([entry, target]) => {
      const built = publishedTarget(typeof target === 'string' ? target : target.default);
      return [entry, built.types ? built : built.default];
    }),
  );
}

/**
 * Builds the package into `outDir` (emptied first) and returns its manifest.
 * @param {{ outDir?: string }} [options]
 */
export function buildSdkPackage({ outDir = join(SDK, 'dist') } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  const compiled = spawnSync(TSC, ['-p', join(SDK, 'tsconfig.build.json'), '--outDir', outDir], {
    cwd: SDK,
    encoding: 'utf8',
  });
  if (compiled.status !== 0) {
    throw new Error(
      `tsc -p packages/sdk/tsconfig.build.json failed:\n${compiled.stdout}${compiled.stderr}${compiled.error?.message ?? ''}`,
    );
  }
  for (const file of COPIED_FILES) {
    const target = join(outDir, file.to);
    mkdirSync(resolve(target, '..'), { recursive: true });
    copyFileSync(join(SDK, file.from), target);
  }
  const workspaceManifest = JSON.parse(readFileSync(join(SDK, 'package.json'), 'utf8'));
  /** @type {Record<string, unknown>} */
  const manifest = {};
  for (const field of PUBLISHED_FIELDS) {
    if (workspaceManifest[field] !== undefined) manifest[field] = workspaceManifest[field];
  }
  manifest.exports = publishedExports(workspaceManifest.exports);
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const outDir = process.argv[2] ? resolve(process.argv[2]) : undefined;
    const manifest = buildSdkPackage({ outDir });
    console.log(
      `Built ${manifest.name}@${manifest.version} into ${outDir ?? 'packages/sdk/dist'} (entry points: ${Object.keys(
        /** @type {object} */ (manifest.exports),
      ).join(', ')})`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
