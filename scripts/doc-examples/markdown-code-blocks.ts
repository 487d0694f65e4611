/**
 * The fenced code blocks of a Markdown file, each with the `<!-- example: … -->` marker that
 * says how the docs check runs it. The marker is an HTML comment on the line right above the
 * fence, so readers of the rendered page never see it:
 *
 * - `<!-- example: node -->` (the default for `ts`): type-checked, then run in Node against the
 *   standalone mock with the file's other `node` blocks, in order, as one program.
 * - `<!-- example: typecheck -->`: type-checked only (code for a browser or a framework).
 * - `<!-- example: shell -->` (the default for `sh` blocks of curl commands): run with bash
 *   against the standalone mock; every curl fails on an HTTP error.
 * - `<!-- example: page <name> <path> -->`: one file of a web site (`/booking.html`,
 *   `/js/booking.js`, `/css/booking.css`), or `header` for the Content-Security-Policy it is
 *   served with; blocks of one name are one site, opened in Chromium.
 * - `<!-- example: not-run <why> -->`: shown only (installing, publishing, a fragment).
 *
 * An `sh` block of this repository's own commands (`npm run <script>`, `node <file>`) needs
 * no marker: the check makes sure the script or file exists. Blocks in a generated API section
 * (between `<!-- api:start -->` and `<!-- api:end -->`) are signatures read from the source,
 * which the generators keep true, and are left out.
 */

export type ExampleKind = 'node' | 'typecheck' | 'shell' | 'page' | 'not-run' | 'command';

export interface CodeBlock {
  /** The Markdown file, relative to the repository root. */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The fence's info string's first word (`ts`, `sh`, `html`), or `''`. */
  readonly language: string;
  readonly code: string;
  /** The marker's words after `example:`, or `null` when the block has none. */
  readonly marker: readonly string[] | null;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/;
const MARKER = /^\s*<!--\s*example:\s*(.*?)\s*-->\s*$/;

/** Every fenced block of a Markdown text, in order, but those of generated API sections. */
export function codeBlocks(markdown: string, file: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  let generated = false;
  for (let index = 0; index < lines.length; index += 1) {
    const text = lines[index] ?? '';
    if (text.trim() === '<!-- api:start -->') generated = true;
    if (text.trim() === '<!-- api:end -->') generated = false;
    const opening = generated ? null : FENCE.exec(text);
    if (!opening) continue;
    const [, indent = '', fence = '', language = ''] = opening;
    const start = index;
    const body: string[] = [];
    index += 1;
    while (index < lines.length && !(lines[index] ?? '').trim().startsWith(fence)) {
      body.push((lines[index] ?? '').slice(indent.length));
      index += 1;
    }
    const markerMatch = MARKER.exec(lines[start - 1] ?? '');
    blocks.push({
      file,
      line: start + 1,
      language: language.toLowerCase(),
      code: `${body.join('\n')}\n`,
      marker: markerMatch ? (markerMatch[1] ?? '').split(/\s+/).filter(Boolean) : null,
    });
  }
  return blocks;
}

/** One line of a shell block that runs one of this repository's own commands. */
const REPOSITORY_COMMAND =
  /^(?:[A-Z_]+=\S+\s+)*(?:npm (?:ci|start|test|run [\w:-]+)|node \S+|npx tsx \S+)(?:\s.*)?$/;

/**
 * How a block is checked: its marker's kind, else the default for its language, else `null`
 * (the check then fails: every block must say what it is).
 */
export function exampleKind(block: CodeBlock): ExampleKind | null {
  if (block.marker) {
    const [kind] = block.marker;
    const known: readonly ExampleKind[] = ['node', 'typecheck', 'shell', 'page', 'not-run'];
    return known.includes(kind as ExampleKind) ? (kind as ExampleKind) : null;
  }
  if (block.language === 'ts') return 'node';
  if (block.language === 'sh') {
    const commands = commandLines(block.code);
    if (commands.length === 0) return null;
    if (commands.every((line) => line.startsWith('curl '))) return 'shell';
    if (commands.every((line) => REPOSITORY_COMMAND.test(line))) return 'command';
  }
  return null;
}

/** The commands of a shell block: its lines without comments, continuations joined. */
export function commandLines(code: string): string[] {
  return code
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '');
}
