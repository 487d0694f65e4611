/**
 * The widget as a ministry's web team gets it from npm: built, packed with `npm pack`,
 * installed from the tarball (with the SDK's tarball, which it depends on) into a new project,
 * then compiled there by TypeScript under the settings `tsc --init` writes and under `bundler`
 * resolution, and bundled by esbuild. This catches what tests on the sources cannot: a
 * TypeScript source or a decorator left in the package, a missing module or chunk, declarations
 * that need the widget's own compiler settings, or an entry point that does not resolve.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { installConsumer, packPackage, run, writeJson } from '../../../scripts/packed-package.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const CONSUMER_SOURCES = ['embed.ts', 'react-app.tsx'];
const WIDGET_MANIFEST = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as {
  name: string;
  version: string;
  exports: Record<string, unknown>;
  devDependencies: Record<string, string>;
};

/** React's types, for the wrapper: the same release the widget is developed against. */
const REACT_TYPES = WIDGET_MANIFEST.devDependencies['@types/react'];
assert.ok(
  REACT_TYPES,
  'packages/widget/package.json has no @types/react to compile the wrapper with',
);

type PublishedExports = Record<string, string | { types: string; default: string }>;

describe('the published widget package', () => {
  let workspace: string;
  let consumer: string;
  let installed: string;
  let packedFiles: readonly string[];

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'gov-appointment-widget-package-'));
    const sdk = await packPackage('sdk', workspace);
    const widget = await packPackage('widget', workspace);
    packedFiles = widget.files;

    consumer = join(workspace, 'consumer');
    await installConsumer(consumer, {
      dependencies: {
        [WIDGET_MANIFEST.name]: `file:${widget.tarball}`,
        '@types/react': REACT_TYPES,
      },
      // The SDK is not on the registry: the widget's dependency on it is met by its tarball.
      overrides: { '@gov-appointment/sdk': `file:${sdk.tarball}` },
    });
    installed = join(consumer, 'node_modules', WIDGET_MANIFEST.name);
    for (const source of CONSUMER_SOURCES) {
      copyFileSync(
        fileURLToPath(new URL(`./published-package/${source}`, import.meta.url)),
        join(consumer, 'src', source),
      );
    }
    // TypeScript's own defaults, as a new project starts: module nodenext, strict, JSX.
    await run(process.execPath, [TSC, '--init'], consumer);
    writeJson(join(consumer, 'tsconfig.defaults.json'), {
      extends: './tsconfig.json',
      compilerOptions: { noEmit: true },
      files: CONSUMER_SOURCES.map((source) => `src/${source}`),
    });
    writeJson(join(consumer, 'tsconfig.bundler.json'), {
      compilerOptions: {
        target: 'es2022',
        lib: ['es2023', 'dom'],
        module: 'esnext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        strict: true,
        types: [],
        noEmit: true,
        // The package's declarations are checked too, not only the consumer's use of them.
        skipLibCheck: false,
      },
      files: CONSUMER_SOURCES.map((source) => `src/${source}`),
    });
  });

  after(() => {
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('holds JavaScript, declarations, the browser builds, the web fonts and their documents only', () => {
    const unexpected = packedFiles.filter(
      (path) =>
        !/\.(js|d\.ts|js\.map)$/.test(path) &&
        !/^fonts\/([\w-]+\.woff2|LICENSE-[\w-]+\.txt|gov-appointment-fonts\.css)$/.test(path) &&
        !['package.json', 'README.md', 'custom-elements.json', 'sri.json'].includes(path),
    );
    assert.deepEqual(unexpected, []);
    for (const required of [
      'index.js',
      'index.d.ts',
      'define.js',
      'define.d.ts',
      'react.js',
      'react.d.ts',
      'events.d.ts',
      'gov-appointment.min.js',
      'cdn/gov-appointment.js',
      'custom-elements.json',
      'sri.json',
      'fonts/gov-appointment-fonts.css',
      'fonts/noto-nastaliq-urdu-arabic-400-normal.woff2',
      'fonts/LICENSE-noto-nastaliq-urdu.txt',
    ]) {
      assert.ok(packedFiles.includes(required), `${required} is not in the package`);
    }
    for (const language of ['ar', 'ur', 'hi', 'bn', 'fa']) {
      assert.ok(
        packedFiles.includes(`generated/locales/${language}.js`),
        `the ${language} translations are not in the package`,
      );
      assert.ok(
        packedFiles.some((path) => new RegExp(`^chunks/${language}-[\\w-]+\\.js$`).test(path)),
        `the single-file build's ${language} chunk is not in the package`,
      );
    }
    assert.equal(
      packedFiles.some((path) => path.endsWith('.ts') && !path.endsWith('.d.ts')),
      false,
      'TypeScript sources are packed',
    );
  });

  it('ships modules without decorators, which browsers cannot run yet', () => {
    const element = readFileSync(join(installed, 'gov-appointment.js'), 'utf8');
    assert.doesNotMatch(element, /^\s*@\w+\(/m);
    assert.match(element, /customElements|LitElement/);
  });

  it('declares the workspace entry points, each module with its types', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      version: string;
      exports: PublishedExports;
      sideEffects: string[];
      customElements: string;
    };

    assert.equal(manifest.version, WIDGET_MANIFEST.version);
    assert.deepEqual(Object.keys(manifest.exports), Object.keys(WIDGET_MANIFEST.exports));
    for (const [entry, target] of Object.entries(manifest.exports)) {
      // Data and the font files: no module, so no declarations.
      if (entry.endsWith('.json') || entry.startsWith('./fonts')) continue;
      assert.equal(typeof target, 'object', `${entry} has no types`);
      if (typeof target === 'string') continue;
      assert.ok(
        existsSync(join(installed, target.default)),
        `${entry}: ${target.default} is missing`,
      );
      assert.ok(existsSync(join(installed, target.types)), `${entry}: ${target.types} is missing`);
    }
    assert.deepEqual(manifest.sideEffects, [
      './define.js',
      './gov-appointment.min.js',
      './cdn/gov-appointment.js',
    ]);
    assert.ok(existsSync(join(installed, manifest.customElements)));
  });

  it('describes the built module in its Custom Elements Manifest', () => {
    const elements = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8')) as {
      modules: { path: string; declarations: { tagName?: string }[] }[];
    };
    const element = elements.modules.find((module) =>
      module.declarations.some((declaration) => declaration.tagName === 'gov-appointment'),
    );

    assert.ok(element, 'no module declares <gov-appointment>');
    assert.equal(element.path, 'gov-appointment.js');
    assert.ok(existsSync(join(installed, element.path)));
  });

  it('records the integrity of the CDN file it holds', () => {
    const { file, integrity } = JSON.parse(readFileSync(join(installed, 'sri.json'), 'utf8')) as {
      file: string;
      integrity: string;
    };
    const hash = createHash('sha384')
      .update(readFileSync(join(installed, file)))
      .digest('base64');

    assert.equal(file, 'cdn/gov-appointment.js');
    assert.equal(integrity, `sha384-${hash}`);
  });

  it("type-checks a web team's code under TypeScript's default settings", async () => {
    await run(process.execPath, [TSC, '-p', 'tsconfig.defaults.json'], consumer);
  });

  it('type-checks it with bundler resolution, the declarations included', async () => {
    await run(process.execPath, [TSC, '-p', 'tsconfig.bundler.json'], consumer);
  });

  it('bundles from the installed package with every language and no TypeScript', async () => {
    const result = await build({
      absWorkingDir: consumer,
      entryPoints: ['src/embed.ts'],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    const fromTheWidget = inputs.filter((path) =>
      path.includes(`node_modules/${WIDGET_MANIFEST.name}/`),
    );

    assert.ok(fromTheWidget.includes(`node_modules/${WIDGET_MANIFEST.name}/define.js`));
    assert.deepEqual(
      fromTheWidget.filter((path) => !path.endsWith('.js')),
      [],
      'the bundle read files other than JavaScript from the widget package',
    );
    for (const language of ['ar', 'ur', 'hi', 'bn', 'fa']) {
      assert.ok(
        fromTheWidget.some((path) => path.endsWith(`/generated/locales/${language}.js`)),
        `the ${language} translations do not resolve`,
      );
    }
    assert.ok(inputs.some((path) => path.includes('node_modules/@gov-appointment/sdk/')));
  });
});
