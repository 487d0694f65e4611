/**
 * Writes MSW's service worker script to `demo/public/mockServiceWorker.js`, where the demo (Vite's
 * public folder) and the browser tests (served at `/mockServiceWorker.js`) pick it up.
 *
 * npm 11 does not run dependencies' install scripts, so msw's own postinstall never copies the
 * worker: this script does it with `msw init`. The worker and the `msw` library in the page must
 * come from the same release (the worker checks the library's integrity checksum), so the file
 * is regenerated whenever it differs from the installed release and its version is verified
 * against the version the workspaces pin.
 *
 * Run `node scripts/prepare-worker.mjs`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORKER_FOLDER = join(ROOT, 'demo', 'public');

/** The generated worker script, served at `/mockServiceWorker.js`. */
export const MOCK_SERVICE_WORKER_FILE = join(WORKER_FOLDER, 'mockServiceWorker.js');

/** Workspaces whose pinned `msw` version the worker must match. */
const MSW_DEPENDENTS = ['demo', 'packages/mock-server'];

/**
 * @param {string} path
 * @returns {Record<string, unknown>}
 */
function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * The `msw` release a workspace resolves, with its folder.
 * @param {string} workspace
 */
function installedMsw(workspace) {
  const resolve = createRequire(join(ROOT, workspace, 'package.json')).resolve;
  const packageFile = resolve('msw/package.json');
  return { folder: dirname(packageFile), version: String(readJson(packageFile).version) };
}

/**
 * The `PACKAGE_VERSION` a worker script declares.
 * @param {string} script
 */
function workerVersion(script) {
  return /const PACKAGE_VERSION = '([^']+)'/.exec(script)?.[1];
}

/**
 * Makes sure the worker script exists and matches the installed msw release. Returns the
 * msw version. Throws when the workspaces disagree on the version or the copy fails.
 * @param {{ log?: (line: string) => void }} [options]
 */
export function prepareMockServiceWorker({ log = console.log } = {}) {
  const installs = MSW_DEPENDENTS.map((workspace) => ({ workspace, ...installedMsw(workspace) }));
  const [reference] = installs;
  if (!reference) throw new Error('No workspace depends on msw.');
  for (const install of installs) {
    const pinned = readJson(join(ROOT, install.workspace, 'package.json')).dependencies;
    const wanted = /** @type {Record<string, string> | undefined} */ (pinned)?.msw;
    if (wanted !== install.version || install.folder !== reference.folder) {
      throw new Error(
        `${install.workspace} pins msw ${wanted} but resolves ${install.version} at ${install.folder}; run npm ci so that every workspace shares one msw.`,
      );
    }
  }
  const source = readFileSync(join(reference.folder, 'lib', 'mockServiceWorker.js'), 'utf8');
  const current = existsSync(MOCK_SERVICE_WORKER_FILE)
    ? readFileSync(MOCK_SERVICE_WORKER_FILE, 'utf8')
    : undefined;
  if (current !== source) {
    const target = relative(ROOT, WORKER_FOLDER);
    log(`Writing the msw ${reference.version} service worker to ${target}/`);
    const result = spawnSync('npx', ['--no', 'msw', 'init', target, '--no-save'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (result.status !== 0) {
      throw new Error(
        `npx msw init ${target} --no-save failed (${result.error?.message ?? `exit status ${result.status}`}).`,
      );
    }
  }
  const written = readFileSync(MOCK_SERVICE_WORKER_FILE, 'utf8');
  if (workerVersion(written) !== reference.version || written !== source) {
    throw new Error(
      `${MOCK_SERVICE_WORKER_FILE} declares msw ${workerVersion(written)} but ${reference.version} is installed.`,
    );
  }
  return reference.version;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const version = prepareMockServiceWorker();
    console.log(
      `Mock service worker ready (msw ${version}): ${relative(ROOT, MOCK_SERVICE_WORKER_FILE)}`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
