/**
 * The SDK as an integrator gets it: built and packed with `npm pack`, installed from the
 * tarball into a new project, compiled there by TypeScript with `node16` and with `bundler`
 * module resolution, and run by plain Node against the mock API's HTTP server. This catches
 * what tests on the sources cannot: a missing file in the package, an entry point without
 * declarations, declarations that do not resolve, or a module that does not load in Node.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type RunningHttpServer, startHttpServer } from '@gov-appointment/mock-server/http-server';
import { installConsumer, packPackage, run, writeJson } from '../../../scripts/packed-package.js';
import type { ConsumerRun } from './published-types/consumer.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');
const CONSUMER_SOURCE = fileURLToPath(new URL('./published-types/consumer.ts', import.meta.url));
const SDK_MANIFEST = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { name: string; version: string; exports: Record<string, unknown> };

/** The compiler settings integrators use, one project per module resolution. */
const CONSUMER_PROJECTS = {
  node16: { module: 'node16', moduleResolution: 'node16', rootDir: 'src', outDir: 'out' },
  bundler: { module: 'esnext', moduleResolution: 'bundler', noEmit: true },
} as const;

describe('the published SDK package', () => {
  let workspace: string;
  let consumer: string;
  let packedFiles: string[];
  let server: RunningHttpServer;

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'gov-appointment-sdk-package-'));
    const packed = await packPackage('sdk', workspace);
    packedFiles = [...packed.files];

    consumer = join(workspace, 'consumer');
    await installConsumer(consumer, {
      dependencies: { [SDK_MANIFEST.name]: `file:${packed.tarball}` },
    });
    copyFileSync(CONSUMER_SOURCE, join(consumer, 'src', 'consumer.ts'));
    for (const [name, moduleOptions] of Object.entries(CONSUMER_PROJECTS)) {
      writeJson(join(consumer, `tsconfig.${name}.json`), {
        compilerOptions: {
          target: 'es2022',
          lib: ['es2023', 'dom'],
          strict: true,
          types: [],
          // The package's declarations are checked too, not only the consumer's use of them.
          skipLibCheck: false,
          ...moduleOptions,
        },
        files: ['src/consumer.ts'],
      });
    }
    server = await startHttpServer({ port: 0, log: () => {} });
  });

  after(async () => {
    await server?.close();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('holds the built modules, their declarations, the OpenAPI document and the README only', () => {
    assert.ok(packedFiles.length > 0);
    const unexpected = packedFiles.filter(
      (path) =>
        !/\.(js|d\.ts|js\.map)$/.test(path) &&
        !['package.json', 'README.md', 'openapi.json'].includes(path),
    );
    assert.deepEqual(unexpected, []);
    for (const required of ['index.js', 'index.d.ts', 'schemas/index.d.ts', 'openapi.json']) {
      assert.ok(packedFiles.includes(required), `${required} is not in the package`);
    }
    assert.equal(
      packedFiles.some((path) => path.endsWith('.ts') && !path.endsWith('.d.ts')),
      false,
      'TypeScript sources are packed',
    );
  });

  it('declares the same entry points as the workspace package, each with types', () => {
    const installed = JSON.parse(
      readFileSync(join(consumer, 'node_modules', SDK_MANIFEST.name, 'package.json'), 'utf8'),
    ) as { version: string; exports: Record<string, string | { types: string; default: string }> };

    assert.equal(installed.version, SDK_MANIFEST.version);
    assert.deepEqual(Object.keys(installed.exports), Object.keys(SDK_MANIFEST.exports));
    for (const [entry, target] of Object.entries(installed.exports)) {
      if (entry.endsWith('.json')) continue;
      assert.equal(typeof target, 'object', `${entry} has no types`);
    }
  });

  for (const resolution of Object.keys(CONSUMER_PROJECTS)) {
    it(`type-checks an integrator's code with ${resolution} module resolution`, async () => {
      await run(TSC, ['-p', `tsconfig.${resolution}.json`], consumer);
    });
  }

  it('books a visit from plain Node against the mock API', async () => {
    await run(TSC, ['-p', 'tsconfig.node16.json'], consumer);
    const script = `import { runConsumer } from './out/consumer.js';
console.log(JSON.stringify(await runConsumer(process.argv[1])));`;
    const output = await run(
      process.execPath,
      ['--input-type=module', '--eval', script, server.url],
      consumer,
    );
    const result = JSON.parse(output) as ConsumerRun;

    assert.match(result.reference, /^GA-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.equal(result.status, 'confirmed');
    assert.equal(result.bookingMatchesSchema, true);
    assert.deepEqual(result.missingBooking, {
      isAppointmentsError: true,
      isBookingNotFound: true,
      code: 'booking-not-found',
      status: 404,
    });
    assert.equal(result.nationalIdHeader, 'Applicant-National-Id');
    assert.ok(result.operationCount > 10);
  });

  it('serves the OpenAPI document under its entry point', async () => {
    const script = `import { createRequire } from 'node:module';
const document = createRequire(import.meta.url)('${SDK_MANIFEST.name}/openapi.json');
console.log(JSON.stringify({ openapi: document.openapi, paths: Object.keys(document.paths).length }));`;
    const output = await run(process.execPath, ['--input-type=module', '--eval', script], consumer);
    const document = JSON.parse(output) as { openapi: string; paths: number };

    assert.match(document.openapi, /^3\.1\./);
    assert.ok(document.paths > 5);
  });
});
