/**
 * Runs the Node tests: every `*.test.ts` under `packages/<name>/test/` except the
 * `*.browser.test.ts` files, with `node --test` and tsx. Node 20's test runner does not expand
 * globs, hence this script.
 *
 * Run `node scripts/run-node-tests.mjs [path ...] [node --test options]`: paths (files or
 * folders) limit the run to the test files under them, for example
 * `node scripts/run-node-tests.mjs packages/sdk --test-name-pattern=booking`.
 * Exits with the test runner's status.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = join(ROOT, 'packages');

/** Every Node test file, relative to the repository root, in a stable order. */
function nodeTestFiles() {
  return readdirSync(PACKAGES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const testFolder = join(PACKAGES, entry.name, 'test');
      if (!existsSync(testFolder)) return [];
      return readdirSync(testFolder, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.test.ts') && !file.endsWith('.browser.test.ts'))
        .map((file) => relative(ROOT, join(testFolder, file)));
    })
    .sort();
}

const options = process.argv.slice(2).filter((argument) => argument.startsWith('-'));
const scopes = process.argv
  .slice(2)
  .filter((argument) => !argument.startsWith('-'))
  // npm runs scripts from the root; INIT_CWD is where the command was typed.
  .map((argument) => relative(ROOT, resolve(process.env.INIT_CWD ?? process.cwd(), argument)));

const files = nodeTestFiles().filter(
  (file) =>
    scopes.length === 0 || scopes.some((scope) => file === scope || file.startsWith(scope + sep)),
);
if (files.length === 0) {
  const where = scopes.length > 0 ? scopes.join(', ') : 'packages/*/test';
  console.error(`No Node test files (*.test.ts, not *.browser.test.ts) found under ${where}.`);
  process.exit(1);
}

const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', ...options, ...files],
  { cwd: ROOT, stdio: 'inherit' },
);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
