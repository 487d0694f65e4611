/**
 * The widget's API reference, generated from its source: runs the Custom Elements Manifest
 * analyzer on packages/widget (see its custom-elements-manifest.config.mjs) to write
 * packages/widget/custom-elements.json, then renders the attributes and properties, events,
 * CSS custom properties and CSS parts listed there as the tables between
 * `<!-- api:start -->` and `<!-- api:end -->` in packages/widget/README.md.
 *
 * Run `node scripts/generate-api-docs.mjs` to write both, or with `--check` to fail, writing
 * nothing, when either differs from what the source gives (as `npm test` does).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cli as analyze } from '@custom-elements-manifest/analyzer/cli.js';
import { cell, code, markedSection, table, withApiSection } from './markdown-api-section.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WIDGET = join(ROOT, 'packages', 'widget');
const MANIFEST_FILE = join(WIDGET, 'custom-elements.json');
const README_FILE = join(WIDGET, 'README.md');
const WRITE_COMMAND = 'npm run api-docs';

/**
 * @typedef {{ text?: string }} TypeText
 * @typedef {{ name: string, description?: string, default?: string, type?: TypeText }} Named
 * @typedef {Named & { kind: string, privacy?: string, static?: boolean, attribute?: string, reflects?: boolean }} Member
 * @typedef {Named & { fieldName?: string }} Attribute
 * @typedef {{
 *   kind: string, name: string, tagName?: string, summary?: string, description?: string,
 *   members?: Member[], attributes?: Attribute[], events?: Named[], cssParts?: Named[],
 *   cssProperties?: Named[], slots?: Named[]
 * }} Declaration
 * @typedef {{ modules: { path: string, declarations?: Declaration[] }[] }} Manifest
 */

/** The manifest as the analyzer makes it from the current source. */
async function currentManifest() {
  const manifest = await analyze({
    argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
    cwd: WIDGET,
    noWrite: true,
  });
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * The README section for one custom element.
 * @param {Declaration} element
 */
function elementSection(element) {
  const publicMembers = (element.members ?? []).filter(
    (member) => !member.static && (member.privacy ?? 'public') === 'public',
  );
  const properties = publicMembers.filter((member) => member.kind === 'field');
  const methods = publicMembers.filter((member) => member.kind === 'method');
  const attributeOf = (/** @type {Member} */ property) =>
    element.attributes?.find((attribute) => attribute.fieldName === property.name)?.name ??
    property.attribute;
  const sections = [
    `### Attributes and properties\n\nA property with no attribute takes objects or functions: set it from script.\n\n${table(
      ['Attribute', 'Property', 'Type', 'Default', 'Meaning'],
      properties.map((property) => [
        code(attributeOf(property)),
        code(property.name),
        code(property.type?.text),
        code(property.default),
        `${cell(property.description)}${property.reflects ? ' Reflected to the attribute.' : ''}`,
      ]),
    )}`,
  ];
  if (methods.length > 0) {
    sections.push(
      `### Methods\n\n${table(
        ['Method', 'Meaning'],
        methods.map((method) => [code(method.name), cell(method.description)]),
      )}`,
    );
  }
  if (element.events?.length) {
    sections.push(
      `### Events\n\n${table(
        ['Event', 'Class', 'Meaning'],
        element.events.map((event) => [
          code(event.name),
          code(event.type?.text),
          cell(event.description),
        ]),
      )}`,
    );
  }
  if (element.cssProperties?.length) {
    sections.push(
      `### CSS custom properties\n\n${table(
        ['Property', 'Default', 'Meaning'],
        element.cssProperties.map((property) => [
          code(property.name),
          code(property.default),
          cell(property.description),
        ]),
      )}`,
    );
  }
  if (element.cssParts?.length) {
    sections.push(
      `### CSS parts\n\n${table(
        ['Part', 'What it is'],
        element.cssParts.map((part) => [code(part.name), cell(part.description)]),
      )}`,
    );
  }
  if (element.slots?.length) {
    sections.push(
      `### Slots\n\n${table(
        ['Slot', 'What goes in it'],
        element.slots.map((slot) => [code(slot.name || '(default)'), cell(slot.description)]),
      )}`,
    );
  }
  return sections.join('\n\n');
}

/**
 * The generated part of the README, markers included.
 * @param {string} manifestText
 */
export function apiSection(manifestText) {
  /** @type {Manifest} */
  const manifest = JSON.parse(manifestText);
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName);
  if (elements.length === 0) {
    throw new Error('custom-elements.json describes no custom element (is @tag set?).');
  }
  const body = elements.map(elementSection).join('\n\n');
  return markedSection(
    body,
    `Generated from custom-elements.json by \`${WRITE_COMMAND}\`: edit the element's TSDoc, not this section.`,
  );
}

/**
 * Generates both files; writes them, or with `check` lists those that are out of date.
 * @param {{ check?: boolean }} [options]
 * @returns {Promise<string[]>} The files that were (or, with `check`, would be) changed.
 */
export async function generateApiDocs({ check = false } = {}) {
  const manifest = await currentManifest();
  const readme = readFileSync(README_FILE, 'utf8');
  const outputs = [
    { file: MANIFEST_FILE, text: manifest },
    {
      file: README_FILE,
      text: withApiSection(readme, apiSection(manifest), relative(ROOT, README_FILE)),
    },
  ];
  const changed = outputs.filter(
    ({ file, text }) => !existsSync(file) || readFileSync(file, 'utf8') !== text,
  );
  if (!check) for (const { file, text } of changed) writeFileSync(file, text);
  return changed.map(({ file }) => relative(ROOT, file));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const check = process.argv.includes('--check');
  try {
    const changed = await generateApiDocs({ check });
    if (check && changed.length > 0) {
      console.error(
        `Out of date with the widget's source: ${changed.join(', ')}. Run \`${WRITE_COMMAND}\` and commit the result.`,
      );
      process.exitCode = 1;
    } else if (check) {
      console.log('The widget manifest and its README API section match the source.');
    } else {
      console.log(changed.length > 0 ? `Wrote ${changed.join(', ')}` : 'Already up to date.');
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
