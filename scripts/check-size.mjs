/**
 * Checks built files against the size budgets in `size-budgets.json`: each entry names a file, a
 * label and a budget in bytes after gzip (and, optionally, after brotli). Sizes are measured
 * with the strongest settings servers and CDNs use for static files (gzip level 9, brotli
 * quality 11), so they are what a user downloads.
 *
 * Run `node scripts/check-size.mjs [budgets.json]` after `npm run build`. Exits non-zero when a
 * file is over budget or missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD_COMMAND = 'npm run build';

/**
 * @typedef {object} Budget
 * @property {string} file Path from the repository root.
 * @property {string} label What the file is, for people.
 * @property {number} gzip Most bytes allowed after gzip.
 * @property {number} [brotli] Most bytes allowed after brotli.
 * @property {string} [note] Why the budget is what it is.
 *
 * @typedef {object} Measurement
 * @property {Budget} budget
 * @property {{ raw: number, gzip: number, brotli: number } | undefined} size Missing file: undefined.
 * @property {string[]} problems Why the file fails its budget; empty when within it.
 */

/**
 * @param {unknown} value
 * @param {string} source
 * @returns {Budget[]}
 */
function parseBudgets(value, source) {
  if (!Array.isArray(value) || value.length === 0) {
    throw new Error(`${source} must be a non-empty array of budgets.`);
  }
  return value.map((entry, index) => {
    const where = `${source}[${index}]`;
    const isByteCount = (/** @type {unknown} */ count) =>
      Number.isInteger(count) && /** @type {number} */ (count) > 0;
    if (typeof entry?.file !== 'string' || typeof entry.label !== 'string') {
      throw new Error(`${where} needs a "file" and a "label".`);
    }
    if (entry.note !== undefined && typeof entry.note !== 'string') {
      throw new Error(`${where}: "note" must be text.`);
    }
    if (!isByteCount(entry.gzip) || (entry.brotli !== undefined && !isByteCount(entry.brotli))) {
      throw new Error(`${where}: "gzip" (and "brotli" if given) must be positive byte counts.`);
    }
    return entry;
  });
}

/**
 * Measures every budgeted file.
 * @param {Budget[]} budgets
 * @returns {Measurement[]}
 */
export function measure(budgets) {
  return budgets.map((budget) => {
    const path = resolve(ROOT, budget.file);
    if (!existsSync(path)) {
      return { budget, size: undefined, problems: [`missing: build it with \`${BUILD_COMMAND}\``] };
    }
    const content = readFileSync(path);
    const size = {
      raw: content.length,
      gzip: gzipSync(content, { level: 9 }).length,
      brotli: brotliCompressSync(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }).length,
    };
    const problems = [];
    if (size.gzip > budget.gzip) problems.push(`gzip ${size.gzip - budget.gzip} B over budget`);
    if (budget.brotli !== undefined && size.brotli > budget.brotli) {
      problems.push(`brotli ${size.brotli - budget.brotli} B over budget`);
    }
    return { budget, size, problems };
  });
}

/** @param {number} bytes */
const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** @param {number} bytes */
const withKilobytes = (bytes) => `${bytes} B (${kilobytes(bytes)})`;

/**
 * @param {string[][]} rows First row: headings.
 * @param {boolean[]} alignRight Per column.
 */
function table(rows, alignRight) {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) => {
          const width = widths?.[column] ?? 0;
          return alignRight[column] ? cell.padStart(width) : cell.padEnd(width);
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * The report of a set of measurements: per file, its label with the figures, then its path.
 * @param {Measurement[]} measurements
 */
export function report(measurements) {
  const rows = [['File', 'Raw', 'Gzip', 'Brotli', 'Gzip budget', 'Used', 'Result']];
  for (const { budget, size, problems } of measurements) {
    const brotliBudget = budget.brotli ? ` of ${kilobytes(budget.brotli)}` : '';
    rows.push(
      [
        budget.label,
        size ? withKilobytes(size.raw) : '',
        size ? withKilobytes(size.gzip) : '',
        size ? `${withKilobytes(size.brotli)}${brotliBudget}` : '',
        withKilobytes(budget.gzip),
        size ? `${Math.round((size.gzip / budget.gzip) * 100)}%` : '',
        problems.length > 0 ? `FAIL: ${problems.join('; ')}` : 'ok',
      ],
      [`  ${budget.file}`, '', '', '', '', '', ''],
    );
  }
  return table(rows, [false, true, true, true, true, true, false]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const budgetsFile = process.argv[2] ?? 'size-budgets.json';
  const source = resolve(ROOT, budgetsFile);
  try {
    const measurements = measure(
      parseBudgets(JSON.parse(readFileSync(source, 'utf8')), budgetsFile),
    );
    console.log(report(measurements));
    const failures = measurements.filter((measurement) => measurement.problems.length > 0);
    console.log(
      failures.length === 0
        ? `\nAll ${measurements.length} files within their budgets (${budgetsFile}).`
        : `\n${failures.length} of ${measurements.length} files fail their budgets (${budgetsFile}).`,
    );
    if (failures.length > 0) process.exitCode = 1;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
