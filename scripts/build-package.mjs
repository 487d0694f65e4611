/**
 * Builds a publishable package of the monorepo: `sdk` into packages/sdk/dist, `widget` into
 * packages/widget/dist/package. Each holds ES modules with their `.d.ts` declarations (tsc with
 * the package's tsconfig.build.json), the files copied beside them (README, OpenAPI document,
 * browser builds, Custom Elements Manifest) and the package.json that consumers see.
 *
 * Inside the monorepo, each package.json points its `exports` at the TypeScript sources, so
 * that the packages, the demo and the tests use one another as they are being edited, with no
 * build in between. The published manifest is derived from it here: the same name, version,
 * dependencies and entry points, each entry point mapped to its built module and declarations.
 * Publish with `npm publish packages/sdk/dist` and `npm publish packages/widget/dist/package`.
 *
 * The widget's declarations import the SDK's by package name (`@gov-appointment/sdk`), so the
 * widget is compiled against the SDK as published: its package is built first, into a
 * scratch folder, and the compiler is pointed at it.
 *
 * Run `node scripts/build-package.mjs <sdk|widget> [output folder]`. The widget's browser
 * builds (`vite build` in packages/widget) must exist first; `npm run build` does both.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The project's TypeScript (7), by path: another package in node_modules also names a `tsc` bin.
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const SCRATCH_PARENT = join(ROOT, 'node_modules', '.cache', 'gov-appointment');

/**
 * @typedef {object} CopiedFile A file or folder of the workspace package placed in the
 *   published one, optionally rewritten on the way.
 * @property {string} from Path in the workspace package.
 * @property {string} to Path in the published package.
 * @property {(text: string) => string} [rewrite] Applied to a file's text.
 *
 * @typedef {object} PackageRecipe
 * @property {string} folder The workspace package, from the repository root.
 * @property {string} outDir Default output, from the workspace package.
 * @property {CopiedFile[]} copied
 * @property {(scratch: string) => Record<string, string[]>} [compilerPaths] Module paths the
 *   compiler needs to find other packages of the monorepo as published; `scratch` is a folder
 *   to build them in, removed after compiling.
 */

/**
 * Module paths in the Custom Elements Manifest name the TypeScript sources; in the package they
 * are the built modules (`src/gov-appointment.ts` → `gov-appointment.js`).
 * @param {string} text
 */
function manifestWithBuiltModules(text) {
  return text.replace(/"src\/([^"]+)\.ts"/g, '"$1.js"');
}

/** @type {Record<string, PackageRecipe>} */
const PACKAGES = {
  sdk: {
    folder: 'packages/sdk',
    outDir: 'dist',
    copied: [
      { from: 'openapi/openapi.json', to: 'openapi.json' },
      { from: 'README.md', to: 'README.md' },
    ],
  },
  widget: {
    folder: 'packages/widget',
    outDir: 'dist/package',
    copied: [
      { from: 'README.md', to: 'README.md' },
      {
        from: 'custom-elements.json',
        to: 'custom-elements.json',
        rewrite: manifestWithBuiltModules,
      },
      { from: 'dist/gov-appointment.min.js', to: 'gov-appointment.min.js' },
      { from: 'dist/gov-appointment.min.js.map', to: 'gov-appointment.min.js.map' },
      { from: 'dist/chunks', to: 'chunks' },
      { from: 'dist/cdn', to: 'cdn' },
      { from: 'dist/sri.json', to: 'sri.json' },
      // The optional web fonts (scripts/prepare-fonts.mjs), with their licences.
      { from: 'fonts', to: 'fonts' },
    ],
    compilerPaths(scratch) {
      const sdk = join(scratch, 'sdk');
      buildPackage('sdk', { outDir: sdk });
      return {
        '@gov-appointment/sdk': [join(sdk, 'index.d.ts')],
        '@gov-appointment/sdk/*': [join(sdk, '*', 'index.d.ts'), join(sdk, '*.d.ts')],
      };
    },
  },
};

/** Fields of the workspace manifest that a consumer's manifest keeps as they are. */
const PUBLISHED_FIELDS = [
  'name',
  'version',
  'description',
  'license',
  'type',
  'engines',
  'dependencies',
  'peerDependencies',
  'peerDependenciesMeta',
];

/**
 * Where a workspace path lands in the published package: sources become their built module
 * or declarations (`./src/schemas/index.ts` → `./schemas/index.js`), copied files and folders
 * their new place (`./dist/cdn/gov-appointment.js` → `./cdn/gov-appointment.js`).
 * @param {PackageRecipe} recipe
 * @param {string} workspacePath
 * @param {'module' | 'types'} kind
 */
function publishedPath(recipe, workspacePath, kind) {
  const source = /^\.\/src\/(.+)\.ts$/.exec(workspacePath);
  if (source) return `./${source[1]}${kind === 'types' ? '.d.ts' : '.js'}`;
  const path = workspacePath.replace(/^\.\//, '');
  if (path === 'package.json') return './package.json';
  for (const file of recipe.copied) {
    if (path === file.from) return `./${file.to}`;
    if (path.startsWith(`${file.from}/`)) return `./${file.to}${path.slice(file.from.length)}`;
  }
  throw new Error(`${recipe.folder}/package.json names ${workspacePath}, which is not built.`);
}

/**
 * The export map consumers see, from the workspace's: every entry point kept, each pointing at
 * built files, with its declarations under `types`.
 * @param {PackageRecipe} recipe
 * @param {Record<string, string | { types?: string, default: string }>} workspaceExports
 */
export function publishedExports(recipe, workspaceExports) {
  return Object.fromEntries(
    Object.entries(workspaceExports).map(([entry, target]) => {
      if (typeof target === 'string') {
        const isSource = target.endsWith('.ts');
        const built = publishedPath(recipe, target, 'module');
        return [
          entry,
          isSource ? { types: publishedPath(recipe, target, 'types'), default: built } : built,
        ];
      }
      return [
        entry,
        {
          ...(target.types ? { types: publishedPath(recipe, target.types, 'types') } : {}),
          default: publishedPath(recipe, target.default, 'module'),
        },
      ];
    }),
  );
}

/**
 * Compiles the package's sources into `outDir` with its tsconfig.build.json. Module paths to
 * other packages of the monorepo are added through a scratch tsconfig that extends it (tsc
 * takes no `paths` flag).
 * @param {PackageRecipe} recipe
 * @param {string} outDir
 */
function compile(recipe, outDir) {
  const buildConfig = join(ROOT, recipe.folder, 'tsconfig.build.json');
  if (!recipe.compilerPaths) {
    runTsc(recipe, buildConfig, outDir);
    return;
  }
  // Inside the repository, so that the declarations built there find their own dependencies
  // (zod, ky) in node_modules as they would in an integrator's project.
  mkdirSync(SCRATCH_PARENT, { recursive: true });
  const scratch = mkdtempSync(join(SCRATCH_PARENT, 'build-'));
  try {
    const project = join(scratch, 'tsconfig.json');
    const paths = recipe.compilerPaths(scratch);
    writeFileSync(project, JSON.stringify({ extends: buildConfig, compilerOptions: { paths } }));
    runTsc(recipe, project, outDir);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * @param {PackageRecipe} recipe
 * @param {string} project
 * @param {string} outDir
 */
function runTsc(recipe, project, outDir) {
  const compiled = spawnSync(TSC, ['-p', project, '--outDir', outDir], {
    cwd: join(ROOT, recipe.folder),
    encoding: 'utf8',
  });
  if (compiled.status !== 0) {
    throw new Error(
      `tsc -p ${recipe.folder}/tsconfig.build.json failed:\n${compiled.stdout}${compiled.stderr}${compiled.error?.message ?? ''}`,
    );
  }
}

/**
 * Builds a package into `outDir` (emptied first) and returns its manifest.
 * @param {string} name `sdk` or `widget`
 * @param {{ outDir?: string }} [options]
 */
export function buildPackage(name, { outDir } = {}) {
  const recipe = PACKAGES[name];
  if (!recipe) {
    throw new Error(`Unknown package "${name}": choose ${Object.keys(PACKAGES).join(' or ')}.`);
  }
  const folder = join(ROOT, recipe.folder);
  const target = outDir ?? join(folder, recipe.outDir);
  rmSync(target, { recursive: true, force: true });

  compile(recipe, target);

  for (const file of recipe.copied) {
    const source = join(folder, file.from);
    if (!existsSync(source)) {
      throw new Error(
        `${recipe.folder}/${file.from} is missing: build the package first (npm run build --workspace ${recipe.folder}).`,
      );
    }
    const destination = join(target, file.to);
    mkdirSync(resolve(destination, '..'), { recursive: true });
    if (file.rewrite) writeFileSync(destination, file.rewrite(readFileSync(source, 'utf8')));
    else cpSync(source, destination, { recursive: true });
  }

  const workspaceManifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  /** @type {Record<string, unknown>} */
  const manifest = {};
  for (const field of PUBLISHED_FIELDS) {
    if (workspaceManifest[field] !== undefined) manifest[field] = workspaceManifest[field];
  }
  const { sideEffects, customElements } = workspaceManifest;
  if (sideEffects !== undefined) {
    manifest.sideEffects = Array.isArray(sideEffects)
      ? sideEffects.map((/** @type {string} */ path) => publishedPath(recipe, path, 'module'))
      : sideEffects;
  }
  if (customElements !== undefined) {
    manifest.customElements = publishedPath(recipe, `./${customElements}`, 'module').slice(2);
  }
  manifest.exports = publishedExports(recipe, workspaceManifest.exports);
  writeFileSync(join(target, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const [name = '', output] = process.argv.slice(2);
    const outDir = output ? resolve(output) : undefined;
    const manifest = buildPackage(name, { outDir });
    const recipe = /** @type {PackageRecipe} */ (PACKAGES[name]);
    console.log(
      `Built ${manifest.name}@${manifest.version} into ${outDir ?? `${recipe.folder}/${recipe.outDir}`} (entry points: ${Object.keys(
        /** @type {object} */ (manifest.exports),
      ).join(', ')})`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
