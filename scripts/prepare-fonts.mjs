/**
 * Writes the widget's optional web fonts: `packages/widget/fonts/gov-appointment-fonts.css`
 * with the WOFF2 files it names (from the Noto fonts the @fontsource packages publish under
 * the SIL Open Font License), and a copy in `demo/public/fonts/` for the playground.
 *
 * A machine with only Latin fonts (kiosks, thin clients, CI) shows Hindi and Bengali as
 * boxes and Urdu without its letters or its Nastaliq style. A page fixes that by linking the
 * stylesheet from its own origin (`font-src 'self'`). The faces must be declared in the
 * document: browsers ignore `@font-face` inside a shadow root. Each face covers one script
 * through `unicode-range`, so a page downloads only the scripts it shows; Latin text keeps
 * the page's and the system's fonts.
 *
 * Run `node scripts/prepare-fonts.mjs` (`npm run prepare:fonts`), which prints each file's size;
 * the widget's build (and so `npm run build`), `npm start` and the browser tests run it too.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The stylesheet and its files, as the widget package ships them. */
const WEB_FONTS_FOLDER = join(ROOT, 'packages', 'widget', 'fonts');
/** The playground's copy, served from its public folder at `/fonts/`. */
const DEMO_FOLDER = join(ROOT, 'demo', 'public', 'fonts');

/**
 * @typedef {object} ScriptFont One script's face.
 * @property {string} package The @fontsource package.
 * @property {string} family The family name the widget's font stacks name.
 * @property {string} subset The package's subset for the script (its other subsets are Latin).
 * @property {string} languages The widget's languages written in it.
 */

/** @type {ScriptFont[]} */
const SCRIPT_FONTS = [
  {
    package: '@fontsource/noto-sans-arabic',
    family: 'Noto Sans Arabic',
    subset: 'arabic',
    languages: 'ar, fa',
  },
  {
    package: '@fontsource/noto-nastaliq-urdu',
    family: 'Noto Nastaliq Urdu',
    subset: 'arabic',
    languages: 'ur',
  },
  {
    package: '@fontsource/noto-sans-devanagari',
    family: 'Noto Sans Devanagari',
    subset: 'devanagari',
    languages: 'hi',
  },
  {
    package: '@fontsource/noto-sans-bengali',
    family: 'Noto Sans Bengali',
    subset: 'bengali',
    languages: 'bn',
  },
];

/**
 * The weights the widget uses: text at 400, headings, labels and buttons at 600 (and the
 * reference at 700, which the browser draws with the 600 face rather than a faked bold).
 */
const WEIGHTS = [400, 600];

/**
 * The `unicode-range` of a package's subset, from its own map of subsets (`unicode.json`).
 * @param {string} folder
 * @param {string} subset
 */
function unicodeRange(folder, subset) {
  const ranges = JSON.parse(readFileSync(join(folder, 'unicode.json'), 'utf8'));
  const range = ranges[subset];
  if (typeof range !== 'string') throw new Error(`${folder}/unicode.json has no ${subset} subset`);
  return range;
}

/**
 * Writes the stylesheet, the font files and their licences (again only when the installed
 * packages changed). Returns the files a page may download: the fonts and the stylesheet.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {string[]}
 */
export function prepareWebFonts({ log = console.log } = {}) {
  const require = createRequire(join(ROOT, 'package.json'));
  const faces = [];
  /** @type {{ from: string, to: string }[]} */
  const copies = [];
  for (const font of SCRIPT_FONTS) {
    const folder = dirname(require.resolve(`${font.package}/package.json`));
    const name = font.package.split('/')[1];
    const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    copies.push({ from: join(folder, 'LICENSE'), to: `LICENSE-${name}.txt` });
    for (const weight of WEIGHTS) {
      const file = `${name}-${font.subset}-${weight}-normal.woff2`;
      copies.push({ from: join(folder, 'files', file), to: file });
      faces.push(
        [
          `/* ${font.family} ${weight}, ${font.subset} (${font.languages}); ${font.package} ${version} */`,
          '@font-face {',
          `  font-family: '${font.family}';`,
          '  font-style: normal;',
          `  font-weight: ${weight};`,
          // Text stays readable in a fallback font while the face arrives.
          '  font-display: swap;',
          `  src: url('./${file}') format('woff2');`,
          `  unicode-range: ${unicodeRange(folder, font.subset)};`,
          '}',
        ].join('\n'),
      );
    }
  }
  const header = [
    '/*',
    ' * Web fonts for <gov-appointment> (optional): Arabic and Farsi, Urdu in Nastaliq, Hindi and',
    ' * Bengali. Link this file from the page itself, not the element: browsers ignore @font-face',
    ' * inside a shadow root. Serve it with the .woff2 files beside it from your own origin, so',
    " * that `font-src 'self'` allows them. Each face covers one script (unicode-range): a page",
    ' * downloads only the scripts it shows. Noto fonts, SIL Open Font License 1.1 (LICENSE-*.txt).',
    ' * Generated by scripts/prepare-fonts.mjs.',
    ' */',
  ].join('\n');
  const stylesheet = [header, ...faces, ''].join('\n\n');

  for (const folder of [WEB_FONTS_FOLDER, DEMO_FOLDER]) {
    const target = join(folder, 'gov-appointment-fonts.css');
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current !== stylesheet) {
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(folder, { recursive: true });
      for (const copy of copies) copyFileSync(copy.from, join(folder, copy.to));
      writeFileSync(target, stylesheet);
      log(`Wrote the web fonts to ${relative(ROOT, folder)}/`);
    }
  }
  return [
    ...copies.map((copy) => copy.to).filter((file) => !file.startsWith('LICENSE')),
    'gov-appointment-fonts.css',
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // Sizes only from the command line: the browser test runner calls prepareWebFonts on every start.
  for (const file of prepareWebFonts()) {
    const content = readFileSync(join(WEB_FONTS_FOLDER, file));
    console.log(`${file}: ${content.length} bytes (${gzipSync(content).length} gzip)`);
  }
}
