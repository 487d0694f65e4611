/**
 * The docs run: every code block of the READMEs and guides is checked the way its marker says
 * (see `markdown-code-blocks.ts`), against a standalone mock started here on a free port.
 * TypeScript is type-checked against the workspace's packages and the Node examples run; curl
 * commands run; each guide's web page opens in Chromium under its own Content-Security-Policy
 * with the CDN build and its real integrity, and must show the widget's first page. A block
 * that says nothing about itself and cannot be classified fails.
 *
 * Needs the widget's builds (`npm run build`), as `npm test` runs them before this step.
 * Run `npm run docs:examples`.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import ts from 'typescript-api';
import {
  type RunningHttpServer,
  startHttpServer,
} from '../../packages/mock-server/src/http-server.js';
import { installConsumer, packPackage } from '../packed-package.js';
import { cdnBuild, launchChromium, type SiteFile, visitSite } from './example-site.js';
import {
  type CodeBlock,
  codeBlocks,
  commandLines,
  type ExampleKind,
  exampleKind,
} from './markdown-code-blocks.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The API host every guide uses for production. */
const API_PLACEHOLDER = 'https://api.appointments.example.bh';
/** The standalone mock as `npm run mock-server` starts it. */
const MOCK_DEFAULT_ORIGIN = 'http://127.0.0.1:4010';
const WIDGET_DIST = join(ROOT, 'packages', 'widget', 'dist');
const WIDGET_VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'packages', 'widget', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** The READMEs and guides, relative to the root. */
function documentationFiles(): string[] {
  const packageReadmes = readdirSync(join(ROOT, 'packages'))
    .map((name) => join('packages', name, 'README.md'))
    .filter((file) => existsSync(join(ROOT, file)));
  const guides = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name));
  return ['README.md', ...packageReadmes, ...guides].sort();
}

const blocks: CodeBlock[] = documentationFiles().flatMap((file) =>
  codeBlocks(readFileSync(join(ROOT, file), 'utf8'), file),
);
const where = (block: CodeBlock) => `${block.file}:${block.line}`;
const ofKind = (kind: ExampleKind) => blocks.filter((block) => exampleKind(block) === kind);

let mock: RunningHttpServer;
let mockOrigin: string;
let workFolder: string;

/** The code with the documented hosts pointing at the mock started here. */
function againstMock(code: string): string {
  return code.replaceAll(MOCK_DEFAULT_ORIGIN, mockOrigin).replaceAll(API_PLACEHOLDER, mockOrigin);
}

before(async () => {
  mock = await startHttpServer({ port: 0, log: () => {} });
  mockOrigin = new URL(mock.url).origin;
  // Inside the repository, so that the examples resolve the workspace's packages.
  workFolder = mkdtempSync(join(ROOT, '.doc-examples-'));
});

after(async () => {
  await mock.close();
  rmSync(workFolder, { recursive: true, force: true });
});

describe('every code block says how it is checked', () => {
  it('has a known marker, or a language the check classifies', () => {
    const unclassified = blocks.filter((block) => exampleKind(block) === null);
    assert.deepEqual(
      unclassified.map(
        (block) => `${where(block)} (${block.language || 'no language'}): add <!-- example: … -->`,
      ),
      [],
    );
  });

  it('gives a reason for each block it does not run', () => {
    for (const block of ofKind('not-run')) {
      assert.ok((block.marker?.length ?? 0) > 1, `${where(block)}: say why it is not run`);
    }
  });
});

describe("the repository's own commands exist", () => {
  const scripts = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  for (const block of ofKind('command')) {
    it(where(block), () => {
      for (const command of commandLines(block.code).flatMap((line) => line.split('&&'))) {
        const words = command
          .trim()
          .split(/\s+/)
          .filter((word) => !/^[A-Z_]+=/.test(word));
        if (words[0] === 'npm' && words[1] === 'run') {
          assert.ok(words[2] && words[2] in scripts, `npm run ${words[2]}: no such script`);
        } else if (words[0] === 'npm') {
          assert.ok(['ci', 'start', 'test'].includes(words[1] ?? ''), command);
        } else {
          const path = words[0] === 'npx' ? words[2] : words[1];
          assert.ok(path && existsSync(join(ROOT, path)), `${command}: ${path} does not exist`);
        }
      }
    });
  }
});

/** Imports of a block, and its code without them. */
function splitImports(code: string): { imports: string[]; body: string } {
  const source = ts.createSourceFile('block.tsx', code, ts.ScriptTarget.Latest, true);
  const imports = source.statements.filter(ts.isImportDeclaration).map((node) => node.getText());
  let body = code;
  for (const statement of imports) body = body.replace(statement, '');
  return { imports, body };
}

/** One program of a file's `node` blocks: their imports merged at the top, then their code. */
function nodeProgram(fileBlocks: readonly CodeBlock[]): string {
  const named = new Map<string, Set<string>>();
  const whole: string[] = [];
  const bodies: string[] = [];
  for (const block of fileBlocks) {
    const { imports, body } = splitImports(block.code);
    for (const statement of imports) {
      const match = /^import\s*(type\s+)?\{([^}]*)\}\s*from\s*(['"][^'"]+['"]);?$/.exec(
        statement.replace(/\s+/g, ' '),
      );
      if (!match) {
        whole.push(statement);
        continue;
      }
      const [, typeOnly = '', names = '', specifier = ''] = match;
      const set = named.get(specifier) ?? new Set<string>();
      for (const name of names.split(',').map((part) => part.trim())) {
        if (name) set.add(typeOnly ? `type ${name}` : name);
      }
      named.set(specifier, set);
    }
    bodies.push(`// ${where(block)}\n${body}`);
  }
  const merged = [...named].map(
    ([specifier, names]) => `import { ${[...names].join(', ')} } from ${specifier};`,
  );
  return [...new Set(whole), ...merged, '', ...bodies].join('\n');
}

/** Each documentation file's `node` blocks as one program, built once for both checks. */
const nodePrograms = new Map<string, string>();
for (const file of new Set(ofKind('node').map((block) => block.file))) {
  nodePrograms.set(file, nodeProgram(ofKind('node').filter((block) => block.file === file)));
}

/** A file name for a documentation file's example: `packages-sdk-README`. */
const stem = (file: string) => file.replace(/\.md$/, '').replace(/[^\w]+/g, '-');

describe('TypeScript examples type-check', () => {
  it('compiles every node and typecheck block against the workspace packages', async () => {
    const written: string[] = [];
    for (const [file, program] of nodePrograms) {
      const name = `${stem(file)}.ts`;
      writeFileSync(join(workFolder, name), `${program}\nexport {};\n`);
      written.push(name);
    }
    for (const block of ofKind('typecheck')) {
      const extension = block.language === 'tsx' ? 'tsx' : 'ts';
      const name = `${stem(block.file)}-${block.line}.${extension}`;
      writeFileSync(join(workFolder, name), `${block.code}\nexport {};\n`);
      written.push(name);
    }
    writeFileSync(
      join(workFolder, 'tsconfig.json'),
      JSON.stringify({
        extends: '../tsconfig.json',
        compilerOptions: { types: ['node'], allowImportingTsExtensions: true },
        include: written,
      }),
    );
    const result = await run(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', workFolder],
      { cwd: ROOT },
    ).catch((error: { stdout: string }) => ({ stdout: error.stdout, failed: true }));
    assert.ok(!('failed' in result), `Type errors in the docs' examples:\n${result.stdout}`);
  });
});

/**
 * The published package a README's examples are for: they run in a new project with the
 * package packed and installed, as its integrators run them. Other READMEs' examples (of
 * packages used inside this repository) run against the workspace.
 */
const PUBLISHED_README: Record<string, 'sdk'> = { 'packages/sdk/README.md': 'sdk' };

/** A new Node project with the packed package installed; returns its folder. */
async function packedConsumer(name: 'sdk'): Promise<string> {
  const packed = await packPackage(name, workFolder);
  const consumer = join(workFolder, `${name}-consumer`);
  await installConsumer(consumer, {
    dependencies: { [`@gov-appointment/${name}`]: `file:${packed.tarball}` },
  });
  return consumer;
}

describe('Node examples run against the standalone mock', () => {
  // `npx tsx book.ts`, as the SDK's quickstart says, with this repository's tsx.
  const tsx = import.meta.resolve('tsx');
  for (const [file, nodeCode] of nodePrograms) {
    it(file, async () => {
      await mock.api.reset();
      const program = againstMock(nodeCode);
      const published = PUBLISHED_README[file];
      const folder = published ? await packedConsumer(published) : workFolder;
      const path = join(folder, `${stem(file)}.run.ts`);
      writeFileSync(path, program);
      await run(process.execPath, ['--import', tsx, path], { cwd: folder, timeout: 60_000 }).catch(
        (error: { stdout: string; stderr: string }) => {
          assert.fail(`${file}'s example failed:\n${error.stdout}\n${error.stderr}`);
        },
      );
    });
  }
});

describe('curl examples run against the standalone mock', () => {
  for (const block of ofKind('shell')) {
    it(where(block), async () => {
      await mock.api.reset();
      // Every curl fails on an HTTP error status, so a wrong path or body cannot pass.
      const script = `set -euo pipefail\ncurl() { command curl --fail-with-body --silent --show-error "$@"; }\n${againstMock(block.code)}`;
      await run('bash', ['-c', script], { cwd: ROOT, timeout: 30_000 }).catch(
        (error: { stdout: string; stderr: string }) => {
          assert.fail(`${where(block)} failed:\n${error.stdout}\n${error.stderr}`);
        },
      );
    });
  }
});

/** A palette: each `--gov-color-*` token's colour, by the token's short name (`primary`). */
type Palette = Record<string, string>;

/** The widget's default palettes, read from its token layer. */
function defaultPalettes(): { light: Palette; dark: Palette } {
  const source = readFileSync(join(ROOT, 'packages/widget/src/styles/tokens.ts'), 'utf8');
  const read = (text: string): Palette =>
    Object.fromEntries(
      [...text.matchAll(/var\(--gov-color-([a-z-]+), (#[0-9a-f]{6})\)/g)].map((match) => [
        match[1] as string,
        match[2] as string,
      ]),
    );
  const darkStart = source.indexOf('const darkTokens');
  const darkEnd = source.indexOf('`;', darkStart);
  return { dark: read(source.slice(darkStart, darkEnd)), light: read(source.slice(darkEnd)) };
}

/** The colours a stylesheet sets in the rule for `selector`. */
function paletteOf(css: string, selector: string): Palette {
  const start = css.indexOf(`${selector} {`);
  if (start === -1) return {};
  const rule = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...rule.matchAll(/--gov-color-([a-z-]+):\s*(#[0-9a-f]{6})/g)].map((match) => [
      match[1] as string,
      match[2] as string,
    ]),
  );
}

describe("the ministry guide's theme", () => {
  const guide = readFileSync(join(ROOT, 'docs/ministry-guide.md'), 'utf8');
  const defaults = defaultPalettes();
  const stylesheet = blocks.find(
    (block) => block.file === 'docs/ministry-guide.md' && block.language === 'css',
  );

  it('lists the default of every colour token in both palettes', async () => {
    const { CONTRAST_CHECKS } = await import('../../demo/src/contrast.js');
    assert.ok(CONTRAST_CHECKS.length > 0);
    const element = readFileSync(join(ROOT, 'packages/widget/src/gov-appointment.ts'), 'utf8');
    const meanings = Object.fromEntries(
      [...element.matchAll(/@cssproperty \[--gov-color-([a-z-]+)=#[0-9a-f]{6}\] - (.*)/g)].map(
        (match) => [match[1] as string, match[2] as string],
      ),
    );
    const rows = Object.keys(defaults.light).map(
      (token) =>
        `| \`--gov-color-${token}\` | \`${defaults.light[token]}\` | \`${defaults.dark[token]}\` | ${meanings[token]} |`,
    );
    const table = ['| Token | Light | Dark | Meaning |', '| --- | --- | --- | --- |', ...rows].join(
      '\n',
    );
    const startMarker = '<!-- theme-tokens:start -->\n';
    const start = guide.indexOf(startMarker);
    const end = guide.indexOf('\n<!-- theme-tokens:end -->');
    assert.ok(start !== -1 && end > start, 'the guide marks its token table with theme-tokens');
    assert.equal(guide.slice(start + startMarker.length, end), table);
  });

  it('meets WCAG AA in the light and the dark palette, with the ratios the guide states', async () => {
    const { CONTRAST_CHECKS, contrastRatio } = await import('../../demo/src/contrast.js');
    assert.ok(stylesheet, 'the guide has its stylesheet');
    const light = { ...defaults.light, ...paletteOf(stylesheet.code, 'gov-appointment') };
    const dark = {
      ...defaults.dark,
      ...paletteOf(stylesheet.code, "gov-appointment[theme='dark']"),
    };
    const auto = paletteOf(stylesheet.code, "  gov-appointment[theme='auto']");
    assert.deepEqual(auto, paletteOf(stylesheet.code, "gov-appointment[theme='dark']"));
    for (const [name, palette] of Object.entries({ light, dark })) {
      for (const check of CONTRAST_CHECKS) {
        const ratio = contrastRatio(
          palette[check.foreground] as string,
          palette[check.background] as string,
        );
        assert.ok(ratio >= check.minimum, `${check.what} in ${name}: ${ratio.toFixed(2)}:1`);
      }
    }
    const ratio = (palette: Palette, foreground: string, background: string) =>
      contrastRatio(palette[foreground] as string, palette[background] as string).toFixed(2);
    const stated = [
      `links and outlined buttons reach ${ratio(light, 'primary', 'surface')}:1 on the light background`,
      `and ${ratio(dark, 'primary', 'surface')}:1 on the dark`,
      `button text ${ratio(light, 'on-primary', 'primary')}:1 and ${ratio(dark, 'on-primary', 'primary')}:1`,
      `in dark mode would give ${contrastRatio(light.primary as string, defaults.dark.surface as string).toFixed(2)}:1`,
    ];
    const prose = guide.replace(/\s+/g, ' ');
    for (const phrase of stated)
      assert.ok(prose.includes(phrase), `The guide should say: ${phrase}`);
  });
});

/** The header value of a `Content-Security-Policy:` block, on one line. */
function headerValue(code: string): string {
  return code
    .replace(/^\s*Content-Security-Policy:\s*/i, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}

describe('web pages of the guides show the widget under their own CSP', () => {
  let browser: Browser | undefined;
  const sites = new Map<string, CodeBlock[]>();
  for (const block of ofKind('page')) {
    const key = `${block.file} ${block.marker?.[1] ?? ''}`;
    sites.set(key, [...(sites.get(key) ?? []), block]);
  }

  before(async () => {
    // A non-literal specifier: the script is JavaScript that this project does not compile.
    const browsers: { findBrowsers(): { chromium: string | undefined } } = await import(
      '../browsers.mjs' as string
    );
    const executable = browsers.findBrowsers().chromium;
    assert.ok(executable, 'Chromium is needed: run npm run browsers');
    browser = await launchChromium(executable);
  });
  after(() => browser?.close());

  for (const [name, siteBlocks] of sites) {
    it(name, async () => {
      assert.ok(browser);
      await mock.api.reset();
      const cdn = cdnBuild(WIDGET_DIST);
      const files = new Map<string, string>();
      let policy = '';
      for (const block of siteBlocks) {
        const target = block.marker?.[2];
        assert.ok(target, `${where(block)}: say which file of the site this is`);
        if (target === 'header') policy = headerValue(block.code);
        else files.set(target, (files.get(target) ?? '') + block.code);
      }
      assert.ok(policy, `${name}: the site needs its Content-Security-Policy block`);
      const pages = [...files.keys()].filter((url) => url.endsWith('.html'));
      assert.equal(pages.length, 1, `${name}: one HTML page per site`);
      const pageUrl = new URL(pages[0] as string);
      const html = files.get(pageUrl.href) ?? '';
      const cdnUrl = /<script[^>]*\ssrc="([^"]+)"[^>]*\sintegrity=/.exec(html)?.[1];
      assert.ok(cdnUrl, `${name}: the page loads the CDN file with its integrity`);
      assert.match(cdnUrl, new RegExp(`/${WIDGET_VERSION.replaceAll('.', '\\.')}/`));
      const siteFiles: SiteFile[] = [...files].map(([url, body]) => ({
        path: new URL(url).pathname,
        body: body.replace('sha384-…', cdn.integrity),
      }));
      const visit = await visitSite(
        browser,
        { origin: pageUrl.origin, files: siteFiles, contentSecurityPolicy: policy },
        { url: cdnUrl, file: cdn.file },
        {
          page: pageUrl.pathname,
          apiHosts: [API_PLACEHOLDER, MOCK_DEFAULT_ORIGIN],
          mock: mockOrigin,
        },
      );
      assert.deepEqual(visit.violations, []);
      assert.deepEqual(visit.errors, []);
      assert.equal(visit.steps[0], 'service');
      assert.notEqual(visit.heading.trim(), '');
      assert.ok(visit.serviceCount > 0, 'the first page lists services');
      // A page script that runs after the widget's first page opened still learns which it is.
      if (files.size > 1) assert.ok(visit.logged.includes('Booking page opened on service'));
    });
  }
});
