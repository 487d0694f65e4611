/**
 * The widget's browser builds, both from src/define.ts (which registers the tag):
 *
 * - `vite build`: dist/gov-appointment.min.js, one ES module with lit, the SDK and English,
 *   each other language in its own chunk loaded on demand (for a host serving the folder).
 * - `vite build --mode cdn`: dist/cdn/gov-appointment.js, one self-contained ES module with
 *   every language inlined, for a CDN and `<script integrity>`: Subresource Integrity covers
 *   the one file a page names, so a chunk loaded later would escape the check. Its hash is
 *   written to dist/sri.json as `{ "file", "integrity" }`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const DIST = fileURLToPath(new URL('./dist', import.meta.url));
const ENTRY = fileURLToPath(new URL('./src/define.ts', import.meta.url));
const LATER_STEPS_BUNDLED = fileURLToPath(
  new URL('./src/steps/later-steps-bundled.ts', import.meta.url),
);
const LOCALE_LOADERS_BUNDLED = fileURLToPath(
  new URL('./src/locale-loaders-bundled.ts', import.meta.url),
);
const QR_CODE_BUNDLED = fileURLToPath(
  new URL('./src/confirmation/qr-code-bundled.ts', import.meta.url),
);

/** The SDK's schema modules and contract table, trimmed for the browser (see browserSdk). */
const SDK_SCHEMAS = fileURLToPath(new URL('../sdk/src/schemas/', import.meta.url));

const SDK_OPERATIONS = fileURLToPath(new URL('../sdk/src/contract/operations.ts', import.meta.url));

/** Where the CDN file's integrity hash is recorded. */
const SRI_MANIFEST = join(DIST, 'sri.json');

/**
 * Records the sha384 Subresource Integrity value of the entry file once it is on disk (the
 * bytes a browser will hash, source map comment included) in `manifestFile`.
 */
function subresourceIntegrity(manifestFile: string): Plugin {
  return {
    name: 'gov-appointment-subresource-integrity',
    apply: 'build',
    writeBundle(options, bundle) {
      const entries = Object.values(bundle).filter(
        (output) => output.type === 'chunk' && output.isEntry,
      );
      const [entry] = entries;
      if (!entry || entries.length > 1 || !options.dir) {
        throw new Error('The CDN build must write exactly one entry file.');
      }
      const written = readFileSync(join(options.dir, entry.fileName));
      const integrity = `sha384-${createHash('sha384').update(written).digest('base64')}`;
      const file = relative(DIST, join(options.dir, entry.fileName)).split('\\').join('/');
      writeFileSync(manifestFile, `${JSON.stringify({ file, integrity }, null, 2)}\n`);
    },
  };
}

type AstNode = { type: string; start: number; end: number; [key: string]: unknown };

/** Calls every node of an ESTree tree depth first; a visitor returning false skips the children. */
function walk(value: unknown, visitor: (node: AstNode) => boolean | undefined): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visitor);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const node = value as AstNode;
  if (typeof node.type === 'string' && visitor(node) === false) return;
  for (const key of Object.keys(node)) walk(node[key], visitor);
}

const nameOf = (node: unknown) => (node as { name?: string } | undefined)?.name;

/** Where `<schema>.register(z.globalRegistry, { id, description })` calls are, less the schema. */
function schemaMetadataCuts(program: AstNode): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  walk(program, (node) => {
    if (node.type !== 'CallExpression') return;
    const callee = node.callee as AstNode;
    const [registry] = node.arguments as AstNode[];
    if (
      callee.type === 'MemberExpression' &&
      nameOf(callee.property) === 'register' &&
      registry?.type === 'MemberExpression' &&
      nameOf(registry.property) === 'globalRegistry'
    ) {
      cuts.push([(callee.object as AstNode).end, node.end]);
    }
  });
  return cuts;
}

/**
 * What of an operation only the server side reads: the request schemas (checked by the server
 * and the mock, never by the client) and the problems it may return (listed in the OpenAPI
 * document; the client reads a problem's code from the response).
 */
const SERVER_SIDE_KEYS = new Set(['pathParams', 'query', 'body', 'problems']);

/** Where the server-side entries of `export const operations = [...]` are, each with its comma. */
function serverSideCuts(program: AstNode, code: string): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  walk(program, (node) => {
    if (node.type !== 'VariableDeclarator' || nameOf(node.id) !== 'operations') return;
    walk(node.init, (operation) => {
      if (operation.type !== 'ObjectExpression') return;
      const properties = operation.properties as AstNode[];
      properties.forEach((property, index) => {
        if (!SERVER_SIDE_KEYS.has(nameOf(property.key) ?? '')) return;
        // Up to the next entry, or for the last one through its trailing comma.
        const next = properties[index + 1];
        const end = next
          ? next.start
          : property.end + (/^\s*,/.exec(code.slice(property.end))?.[0].length ?? 0);
        cuts.push([property.start, end]);
      });
      return false;
    });
    return false;
  });
  return cuts;
}

/**
 * Leaves out of the browser builds what of the SDK only the server side reads: the schemas'
 * `.register(z.globalRegistry, { id, description })` (ids and prose for the OpenAPI document)
 * and the contract table's request schemas and problem lists (the client builds requests from
 * typed arguments and never parses them, and reads a problem's code from the response). Once
 * unused, the request schemas themselves drop out. Every response schema and its checks stay,
 * and the SDK's own modules are unchanged: Node users, the mock server and the OpenAPI
 * generator keep all of it. The text cut is replaced by spaces, line breaks kept, so positions
 * and the source map stay exact. A contract table that no longer has the expected shape fails
 * the build rather than silently shipping the request schemas.
 */
function browserSdk(): Plugin {
  return {
    name: 'gov-appointment-browser-sdk',
    enforce: 'pre',
    transform(code, id) {
      const isOperations = id === SDK_OPERATIONS;
      if (!isOperations && !(id.startsWith(SDK_SCHEMAS) && code.includes('globalRegistry'))) {
        return null;
      }
      const program = this.parse(code, { lang: 'ts' }) as unknown as AstNode;
      const cuts = isOperations ? serverSideCuts(program, code) : schemaMetadataCuts(program);
      if (cuts.length === 0) {
        if (isOperations)
          this.error('No request schemas or problem lists found in the contract table.');
        return null;
      }
      let out = code;
      for (const [start, end] of cuts) {
        out = out.slice(0, start) + out.slice(start, end).replace(/[^\n]/g, ' ') + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}

/** The widget's own modules, whose style sheets the browser builds compact. */
const WIDGET_SOURCES = fileURLToPath(new URL('./src/', import.meta.url));

/**
 * Compacts the widget's style sheets (Lit's `css` tagged templates, which a JavaScript
 * minifier leaves as written): comments and the indentation of each line go, about 1 KB gzip
 * of the CDN file. Line breaks stay, so every line of the module keeps its number and the
 * source map stays right outside the sheets. Interpolations are left as they are.
 */
function compactStyleSheets(): Plugin {
  return {
    name: 'gov-appointment-compact-style-sheets',
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(WIDGET_SOURCES) || !code.includes('css`')) return null;
      const quasis: AstNode[] = [];
      walk(this.parse(code, { lang: 'ts' }), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || nameOf(node.tag) !== 'css') return;
        quasis.push(...((node.quasi as AstNode).quasis as AstNode[]));
        return false;
      });
      if (quasis.length === 0) return null;
      let out = '';
      let from = 0;
      for (const quasi of quasis) {
        const sheet = code
          .slice(quasi.start, quasi.end)
          // A comment keeps its line breaks, so that no line moves.
          .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
          .replace(/[ \t]*\n[ \t]*/g, '\n');
        out += code.slice(from, quasi.start) + sheet;
        from = quasi.end;
      }
      return { code: out + code.slice(from), map: null };
    },
  };
}

const shared = {
  target: 'es2022',
  sourcemap: true,
} as const satisfies UserConfig['build'];

/**
 * Minified, without the `@__PURE__` marks of lit, zod and ky (about 270 of them): they only
 * guide tree-shaking, which is done once these files are written (nothing in them is left
 * unused), so a browser would download them for nothing. Licence comments stay.
 */
const minified = {
  minify: true,
  comments: { legal: true, annotation: false, jsdoc: false },
} as const;

/** The npm and self-hosting build: English inside, other languages as chunks. */
const moduleWithLanguageChunks: UserConfig = {
  plugins: [browserSdk(), compactStyleSheets()],
  build: {
    ...shared,
    outDir: DIST,
    emptyOutDir: true,
    lib: {
      entry: ENTRY,
      formats: ['es'],
      fileName: () => 'gov-appointment.min.js',
    },
    rolldownOptions: {
      // Lets modules shared with the on-demand chunks (lit, the localize runtime) stay in the
      // entry file instead of becoming chunks of their own that the entry must also fetch.
      preserveEntrySignatures: 'allow-extension',
      output: {
        ...minified,
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
};

/** The CDN build: one file, every language inside. */
const selfContainedCdnFile: UserConfig = {
  plugins: [browserSdk(), compactStyleSheets(), subresourceIntegrity(SRI_MANIFEST)],
  resolve: {
    // The later pages, the languages and the QR encoder join the one file through static
    // imports: loaded on demand from the same file, they would only be wrapped for nothing (and
    // lit and @lit/localize with them, which the languages and the QR code import).
    alias: [
      { find: /^\.\.\/steps\/later-steps-import\.js$/, replacement: LATER_STEPS_BUNDLED },
      { find: /^\.\/locale-loaders\.js$/, replacement: LOCALE_LOADERS_BUNDLED },
      { find: /^\.\/confirmation\/qr-code-import\.js$/, replacement: QR_CODE_BUNDLED },
    ],
  },
  build: {
    ...shared,
    outDir: join(DIST, 'cdn'),
    emptyOutDir: true,
    lib: {
      entry: ENTRY,
      formats: ['es'],
      fileName: () => 'gov-appointment.js',
    },
    rolldownOptions: {
      output: {
        ...minified,
        codeSplitting: false,
      },
    },
  },
};

export default defineConfig(({ mode }) =>
  mode === 'cdn' ? selfContainedCdnFile : moduleWithLanguageChunks,
);
