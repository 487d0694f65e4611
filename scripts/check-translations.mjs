/**
 * Checks the widget's translations (`packages/widget/xliff/*.xlf`) and the locale modules built
 * from them (`packages/widget/src/generated/`). Fails when, for a checked locale:
 * - a message has no translation, or an empty one (missing);
 * - a translation is the English text itself (untranslated), unless the message has no words
 *   (only placeholders and punctuation) or `xliff/identical-ok.json` lists it with a reason;
 * - a translation leaves out, repeats or invents a placeholder (`<x id="…" equiv-text="…"/>`);
 * - the XLIFF file is stale: `lit-localize extract` would change it (messages were added,
 *   removed or reworded in the source code);
 * - the committed locale module differs from what `lit-localize build` makes of the XLIFF.
 *
 * Extraction and build run into a temporary folder: the real files are never written.
 *
 * Run `node scripts/check-translations.mjs [--locales=ar,ur]` (or `npm run translations`).
 * Without `--locales`, every target locale of `lit-localize.json` is checked. Prints counts per
 * locale and every problem; exits non-zero when there is any.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WIDGET = join(ROOT, 'packages', 'widget');
const CONFIG_FILE = join(WIDGET, 'lit-localize.json');
const IDENTICAL_OK_FILE = join(WIDGET, 'xliff', 'identical-ok.json');
const EXTRACT_COMMAND = 'npm run localize:extract --workspace packages/widget';
const BUILD_COMMAND = 'npm run localize:build --workspace packages/widget';

/**
 * @typedef {object} TransUnit
 * @property {string} id
 * @property {string} source The source's XML content, placeholders included.
 * @property {string | undefined} target The target's XML content; undefined when absent.
 *
 * @typedef {object} LocaleReport
 * @property {string} locale
 * @property {number} total Messages in the XLIFF file.
 * @property {string[]} missing Ids without a translation.
 * @property {string[]} untranslated Ids whose translation is the English text.
 * @property {string[]} placeholders Descriptions of placeholder mismatches.
 * @property {string[]} stale What extraction would change in the XLIFF file.
 * @property {string[]} build What differs between the committed and the rebuilt module.
 * @property {string[]} allowlist Problems with this locale's entries in identical-ok.json.
 */

/** @param {string} text */
function decodeXml(text) {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

/**
 * The trans-units of an XLIFF 1.2 file as lit-localize writes it.
 * @param {string} xml
 * @returns {TransUnit[]}
 */
function parseXliff(xml) {
  return [...xml.matchAll(/<trans-unit\s[^>]*?id="([^"]*)"[^>]*>([\s\S]*?)<\/trans-unit>/g)].map(
    ([, id = '', body = '']) => {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
      const target = /<target(?:\s[^>]*)?\/>/.test(body)
        ? ''
        : /<target(?:\s[^>]*)?>([\s\S]*?)<\/target>/.exec(body)?.[1];
      return { id: decodeXml(id), source, target };
    },
  );
}

/**
 * The placeholders of a message in order of appearance, each written as
 * `<x id="…" equiv-text="…"/>` whatever its attribute order or spacing.
 * @param {string} content
 */
function placeholdersOf(content) {
  return [...content.matchAll(/<x\b([^>]*)\/>|<ph\b([^>]*)>([\s\S]*?)<\/ph>/g)].map((match) => {
    const attributes = match[1] ?? match[2] ?? '';
    const id = /\bid="([^"]*)"/.exec(attributes)?.[1] ?? '';
    const text = match[1] !== undefined ? /\bequiv-text="([^"]*)"/.exec(attributes)?.[1] : match[3];
    return `<x id="${id}" equiv-text="${decodeXml(text ?? '')}"/>`;
  });
}

/** @param {string} content The message without its placeholders, whitespace collapsed. */
function wordsOf(content) {
  return decodeXml(content.replace(/<x\b[^>]*\/>|<ph\b[^>]*>[\s\S]*?<\/ph>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A message as a person reads it in a list, placeholders shown as their expressions:
 * "Up to ${maximum} characters."
 * @param {string} content
 */
function readable(content) {
  return decodeXml(
    content.replace(
      /<x\b[^>]*\bequiv-text="([^"]*)"[^>]*\/>|<ph\b[^>]*>([\s\S]*?)<\/ph>/g,
      (_, equivText, phText) => equivText ?? phText ?? '',
    ),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** @param {string} content */
function hasWords(content) {
  return /\p{L}/u.test(wordsOf(content));
}

/**
 * Placeholders in `from` that `to` lacks, counting repeats.
 * @param {string[]} from
 * @param {string[]} to
 */
function lacking(from, to) {
  const rest = [...to];
  return from.filter((placeholder) => {
    const index = rest.indexOf(placeholder);
    if (index === -1) return true;
    rest.splice(index, 1);
    return false;
  });
}

/**
 * The allowlist of translations that may equal the English text: `{ "<locale>": [{ "id",
 * "reason" }] }`. A missing file is an empty list.
 * @param {readonly string[]} targetLocales
 * @returns {Promise<Map<string, Map<string, string>>>} locale → id → reason
 */
async function readIdenticalOk(targetLocales) {
  /** @type {unknown} */
  let parsed;
  try {
    parsed = JSON.parse(await readFile(IDENTICAL_OK_FILE, 'utf8'));
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return new Map();
    throw error;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${IDENTICAL_OK_FILE} must be an object keyed by locale.`);
  }
  const allowlist = new Map();
  for (const [locale, entries] of Object.entries(parsed)) {
    if (!targetLocales.includes(locale)) {
      throw new Error(`${IDENTICAL_OK_FILE}: "${locale}" is not a target locale.`);
    }
    if (!Array.isArray(entries)) {
      throw new Error(`${IDENTICAL_OK_FILE}: "${locale}" must be a list of { "id", "reason" }.`);
    }
    const reasons = new Map();
    for (const entry of entries) {
      if (typeof entry?.id !== 'string' || typeof entry.reason !== 'string' || !entry.reason) {
        throw new Error(
          `${IDENTICAL_OK_FILE}: every "${locale}" entry needs an "id" and a non-empty "reason".`,
        );
      }
      reasons.set(entry.id, entry.reason);
    }
    allowlist.set(locale, reasons);
  }
  return allowlist;
}

/**
 * Checks one locale's XLIFF file on its own: missing, untranslated, placeholders, allowlist.
 * @param {string} locale
 * @param {string} xml
 * @param {Map<string, string>} identicalOk
 * @returns {LocaleReport}
 */
function checkXliff(locale, xml, identicalOk) {
  const units = parseXliff(xml);
  /** @type {LocaleReport} */
  const report = {
    locale,
    total: units.length,
    missing: [],
    untranslated: [],
    placeholders: [],
    stale: [],
    build: [],
    allowlist: [],
  };
  const ids = new Set(units.map((unit) => unit.id));
  for (const id of identicalOk.keys()) {
    if (!ids.has(id)) report.allowlist.push(`${id}: no such message (remove it from the list)`);
  }
  for (const unit of units) {
    if (unit.target === undefined || unit.target.trim() === '') {
      report.missing.push(`${unit.id}: "${readable(unit.source)}"`);
      continue;
    }
    const identical = wordsOf(unit.target) === wordsOf(unit.source);
    if (identical && hasWords(unit.source) && !identicalOk.has(unit.id)) {
      report.untranslated.push(`${unit.id}: "${readable(unit.source)}"`);
    }
    if (!identical && identicalOk.has(unit.id)) {
      report.allowlist.push(`${unit.id}: is translated now (remove it from the list)`);
    }
    const sourcePlaceholders = placeholdersOf(unit.source);
    const targetPlaceholders = placeholdersOf(unit.target);
    const dropped = lacking(sourcePlaceholders, targetPlaceholders);
    const added = lacking(targetPlaceholders, sourcePlaceholders);
    if (dropped.length > 0 || added.length > 0) {
      const parts = [
        ...dropped.map((placeholder) => `leaves out ${placeholder}`),
        ...added.map((placeholder) => `has ${placeholder}, which the source does not`),
      ];
      report.placeholders.push(`${unit.id}: ${parts.join('; ')}`);
    }
  }
  return report;
}

/**
 * What extraction changes in an XLIFF file, by message; formatting when only that differs.
 * @param {string} committed
 * @param {string} extracted
 * @returns {string[]}
 */
function describeStaleness(committed, extracted) {
  if (committed === extracted) return [];
  const before = new Map(parseXliff(committed).map((unit) => [unit.id, unit.source]));
  const after = new Map(parseXliff(extracted).map((unit) => [unit.id, unit.source]));
  const changes = [];
  for (const [id, source] of after) {
    if (!before.has(id)) changes.push(`new in the source code: ${id} "${readable(source)}"`);
    else if (before.get(id) !== source) changes.push(`reworded in the source code: ${id}`);
  }
  for (const id of before.keys()) {
    if (!after.has(id)) changes.push(`no longer in the source code: ${id}`);
  }
  return changes.length > 0 ? changes : ['layout or order differs from what extraction writes'];
}

/**
 * Runs lit-localize's extraction and build on the real sources and XLIFF files, writing only
 * into a temporary folder. Returns where extraction left the XLIFF files and where the build
 * wrote the locale modules, or why lit-localize refused to build (then nothing is built), or
 * the extraction errors.
 * @param {{ sourceLocale: string, targetLocales: string[], output: Record<string, unknown>,
 *   interchange: Record<string, unknown>, inputFiles?: string[], tsConfig?: string }} config
 * @param {string} work
 * @returns {Promise<{ xliffDir: string, localesDir: string, localeCodes: string,
 *   buildRefusals: string[] } | { errors: string }>}
 */
async function regenerate(config, work) {
  const require = createRequire(join(WIDGET, 'package.json'));
  const tools = (/** @type {string} */ path) =>
    import(pathToFileURL(require.resolve(`@lit/localize-tools/lib/${path}`)).href);
  const [{ readConfigFileAndWriteSchema }, { RuntimeLitLocalizer }, typescript] = await Promise.all(
    [tools('config.js'), tools('modes/runtime.js'), tools('typescript.js')],
  );

  const realXliffDir = join(WIDGET, /** @type {string} */ (config.interchange.xliffDir));
  const xliffDir = join(work, 'xliff');
  const localesDir = join(work, 'locales');
  const localeCodes = join(work, 'locale-codes.ts');
  await mkdir(xliffDir);
  for (const file of await readdir(realXliffDir)) {
    if (file.endsWith('.xlf')) await copyFile(join(realXliffDir, file), join(xliffDir, file));
  }
  // Patterns are absolute so that the temporary config reads the real sources.
  const widgetGlobBase = WIDGET.split(sep).join(posix.sep);
  const workConfig = {
    ...config,
    ...(config.inputFiles
      ? { inputFiles: config.inputFiles.map((pattern) => posix.join(widgetGlobBase, pattern)) }
      : {}),
    ...(config.tsConfig ? { tsConfig: join(WIDGET, config.tsConfig) } : {}),
    output: { ...config.output, outputDir: localesDir, localeCodesModule: localeCodes },
    interchange: { ...config.interchange, xliffDir },
  };
  const workConfigFile = join(work, 'lit-localize.json');
  await writeFile(workConfigFile, JSON.stringify(workConfig, null, 2));

  const localizer = new RuntimeLitLocalizer(readConfigFileAndWriteSchema(workConfigFile));
  const { errors } = localizer.extractSourceMessages();
  if (errors.length > 0) {
    return { errors: typescript.stringifyDiagnostics(errors) };
  }
  // lit-localize refuses to build when a translation's placeholders do not match the source.
  const { errors: buildRefusals } = localizer.validateTranslations();
  if (buildRefusals.length === 0) {
    // The build warns for every untranslated message; those are reported here, per locale.
    const warn = console.warn;
    console.warn = () => {};
    try {
      await localizer.build();
    } finally {
      console.warn = warn;
    }
  }
  await localizer.writeInterchangeFiles();
  return { xliffDir, localesDir, localeCodes, buildRefusals };
}

/** @param {string} path */
async function readIfPresent(path) {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The locales named by `--locales=ar,ur`, or all target locales.
 * @param {string[]} argv
 * @param {string[]} targetLocales
 */
function requestedLocales(argv, targetLocales) {
  const option = argv.find((argument) => argument.startsWith('--locales='));
  if (!option) return targetLocales;
  const locales = option
    .slice('--locales='.length)
    .split(',')
    .map((locale) => locale.trim())
    .filter(Boolean);
  const unknown = locales.filter((locale) => !targetLocales.includes(locale));
  if (locales.length === 0 || unknown.length > 0) {
    throw new Error(
      `--locales takes a comma-separated list of ${targetLocales.join(', ')}; got "${option}".`,
    );
  }
  return locales;
}

/** @param {string} title @param {string[]} lines */
function printList(title, lines) {
  if (lines.length === 0) return;
  console.log(`    ${title} (${lines.length}):`);
  for (const line of lines) console.log(`      - ${line}`);
}

/**
 * Compares each checked locale's committed files with the regenerated ones and checks its
 * XLIFF file; one report per locale.
 * @param {{ xliffDir: string, localesDir: string, buildRefusals: string[] }} regenerated
 * @param {readonly string[]} locales
 * @param {Map<string, Map<string, string>>} identicalOk
 * @returns {Promise<LocaleReport[]>}
 */
async function checkLocales(regenerated, locales, identicalOk) {
  const extension = config.output.language === 'js' ? 'js' : 'ts';
  /** @type {LocaleReport[]} */
  const reports = [];
  for (const locale of locales) {
    const xliffFile = `${config.interchange.xliffDir}/${locale}.xlf`;
    const committedXliff = (await readIfPresent(join(WIDGET, xliffFile))) ?? '';
    const report = checkXliff(locale, committedXliff, identicalOk.get(locale) ?? new Map());
    const extracted = await readFile(join(regenerated.xliffDir, `${locale}.xlf`), 'utf8');
    report.stale = committedXliff
      ? describeStaleness(committedXliff, extracted)
      : [`${xliffFile} does not exist`];
    const moduleFile = `${config.output.outputDir}/${locale}.${extension}`;
    if (regenerated.buildRefusals.length > 0) {
      const own = regenerated.buildRefusals.some((refusal) =>
        refusal.includes(` ${locale} localization `),
      );
      report.build.push(
        own
          ? 'lit-localize build refuses this XLIFF until its placeholder errors are fixed'
          : 'not rebuilt: placeholder errors in another locale stop lit-localize build',
      );
    } else {
      const committedModule = await readIfPresent(join(WIDGET, moduleFile));
      const rebuiltModule = await readFile(
        join(regenerated.localesDir, `${locale}.${extension}`),
        'utf8',
      );
      if (committedModule === undefined) report.build.push(`${moduleFile} does not exist`);
      else if (committedModule !== rebuiltModule) report.build.push(`${moduleFile} differs`);
    }
    reports.push(report);
  }
  return reports;
}

/**
 * Prints one line of counts per locale, then its problems.
 * @param {readonly LocaleReport[]} reports
 * @returns {boolean} whether any locale has a problem
 */
function printReports(reports) {
  let failed = false;
  console.log(`Translations of <gov-appointment> (${reports.map((r) => r.locale).join(', ')}):`);
  for (const report of reports) {
    const translated = report.total - report.missing.length - report.untranslated.length;
    const problems =
      report.missing.length +
      report.untranslated.length +
      report.placeholders.length +
      report.stale.length +
      report.build.length +
      report.allowlist.length;
    failed ||= problems > 0;
    console.log(
      `  ${problems > 0 ? 'FAIL' : 'ok  '}  ${report.locale}: ${report.total} messages, ` +
        `${translated} translated, ${report.missing.length} missing, ` +
        `${report.untranslated.length} untranslated, ` +
        `${report.placeholders.length} placeholder errors, ` +
        `XLIFF ${report.stale.length > 0 ? 'stale' : 'up to date'}, ` +
        `built module ${report.build.length > 0 ? 'stale' : 'up to date'}`,
    );
    if (report.total > 0 && report.missing.length === report.total) {
      console.log(`    missing: all ${report.total} messages (nothing is translated yet)`);
    } else {
      printList('missing', report.missing);
    }
    printList('untranslated (same as English)', report.untranslated);
    printList('placeholders', report.placeholders);
    printList(`XLIFF stale, run ${EXTRACT_COMMAND}`, report.stale);
    printList(`built module stale, run ${BUILD_COMMAND}`, report.build);
    printList('xliff/identical-ok.json', report.allowlist);
  }
  return failed;
}

const config = JSON.parse(await readFile(CONFIG_FILE, 'utf8'));
const locales = requestedLocales(process.argv.slice(2), config.targetLocales);
const identicalOk = await readIdenticalOk(config.targetLocales);

const work = await mkdtemp(join(tmpdir(), 'gov-appointment-translations-'));
let failed = false;
try {
  const regenerated = await regenerate(config, work);
  if ('errors' in regenerated) {
    console.error('lit-localize cannot read the messages in the source code:\n');
    console.error(regenerated.errors);
    failed = true;
  } else {
    failed = printReports(await checkLocales(regenerated, locales, identicalOk));
    const codesFile = config.output.localeCodesModule;
    const committedCodes = await readIfPresent(join(WIDGET, codesFile));
    const rebuiltCodes = await readIfPresent(regenerated.localeCodes);
    if (rebuiltCodes !== undefined && committedCodes !== rebuiltCodes) {
      console.log(`  FAIL  ${codesFile} differs from what the build writes, run ${BUILD_COMMAND}`);
      failed = true;
    }
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
if (failed) {
  console.log('\nHow to translate, extract, build and check: packages/widget/TRANSLATING.md');
}
process.exitCode = failed ? 1 : 0;
