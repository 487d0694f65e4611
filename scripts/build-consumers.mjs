/**
 * Builds the consumer apps under consumers/ (a plain HTML page on the CDN file, a React app on
 * the React wrapper, a Vue app on the custom element), each with Vite into its own `dist/`,
 * after type-checking each one that has a tsconfig.json as its own project. The browser tests
 * (packages/widget/test/consumer-*.browser.test.ts) open the built pages.
 *
 * Needs the widget's build (`npm run build`): the HTML page takes its CDN file and hash.
 * Run `node scripts/build-consumers.mjs [name ...]` (default: every consumer).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The project's TypeScript (7), by path: another package in node_modules also names a `tsc` bin.
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** Every consumer app, by its folder under consumers/. */
export const CONSUMERS = ['html', 'react', 'vue'];

/**
 * Type-checks (when it has a tsconfig.json) and builds one consumer.
 * @param {string} name
 */
export async function buildConsumer(name) {
  const folder = join(ROOT, 'consumers', name);
  const tsconfig = join(folder, 'tsconfig.json');
  if (existsSync(tsconfig)) {
    const checked = spawnSync(TSC, ['-p', tsconfig], { cwd: ROOT, encoding: 'utf8' });
    if (checked.status !== 0) {
      throw new Error(
        `Type errors in consumers/${name}:\n${checked.stdout}${checked.stderr}${checked.error?.message ?? ''}`,
      );
    }
  }
  await build({ configFile: join(folder, 'vite.config.ts'), logLevel: 'warn' });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const requested = process.argv.slice(2);
  const unknown = requested.filter((name) => !CONSUMERS.includes(name));
  if (unknown.length > 0) {
    console.error(
      `Unknown consumer ${unknown.join(', ')}; the consumers are ${CONSUMERS.join(', ')}.`,
    );
    process.exit(1);
  }
  try {
    for (const name of requested.length > 0 ? requested : CONSUMERS) {
      const started = performance.now();
      await buildConsumer(name);
      console.log(
        `Built consumers/${name}/dist in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
