/**
 * With the optional web-font stylesheet linked by the page, every character the widget shows
 * in each language (all its messages, and the names and addresses of the catalogue in that
 * language) is drawn from a font, never as a missing-glyph box, even on a machine with only
 * Latin fonts (as CI is). `document.fonts.check()` says whether the faces a text needs have
 * loaded, but it also answers true for text that no face covers, so each character's width is
 * also compared with the width of a box drawn for a character no font has.
 */
import '../src/define.js';
import { localize } from '@gov-appointment/sdk';
import type { Language, LocalizedText } from '@gov-appointment/sdk/schemas';
import { expect, fixture, html } from '@open-wc/testing';
import type { GovAppointment } from '../src/gov-appointment.js';
import { LANGUAGES } from '../test-helpers/any-language-page.js';
import { API_BASE, useMockApi } from '../test-helpers/booking-fixtures.js';

const STYLESHEET = '/packages/widget/fonts/gov-appointment-fonts.css';

/** The family of the stylesheet's face that each language's script needs, if any. */
const SCRIPT_FAMILY: Readonly<Record<Language, string | null>> = {
  ar: 'Noto Sans Arabic',
  fa: 'Noto Sans Arabic',
  ur: 'Noto Nastaliq Urdu',
  hi: 'Noto Sans Devanagari',
  bn: 'Noto Sans Bengali',
  en: null,
};

/** Characters drawn with no glyph of their own: spaces, joiners and direction marks. */
const INVISIBLE = /[\s\u200b-\u200f\u2028-\u202e\u2060-\u2069\u061c\ufeff]/u;

/** Characters no font here has: a private-use one and an unassigned one. */
const NO_GLYPH = ['\ue000', '\u0378'];

/** Large enough that a glyph's advance differs from the box's in whole pixels. */
const PROBE_SIZE_PX = 64;

type Messages = Record<string, unknown>;

const LOCALE_MODULES: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Messages>>> = {
  ar: async () => (await import('../src/generated/locales/ar.js')).templates,
  ur: async () => (await import('../src/generated/locales/ur.js')).templates,
  hi: async () => (await import('../src/generated/locales/hi.js')).templates,
  bn: async () => (await import('../src/generated/locales/bn.js')).templates,
  fa: async () => (await import('../src/generated/locales/fa.js')).templates,
};

/** The fixed text of a message: a string, or the parts of a `str`/`html` template. */
function textOf(message: unknown): string {
  if (typeof message === 'string') return message;
  const strings = (message as { strings?: readonly string[] } | null)?.strings;
  return strings ? strings.join(' ') : '';
}

/** Every message of the widget in `language` (English: the XLIFF files' sources). */
async function widgetMessages(language: Language): Promise<string[]> {
  if (language !== 'en') return Object.values(await LOCALE_MODULES[language]()).map(textOf);
  const xliff = new DOMParser().parseFromString(
    await (await fetch('/packages/widget/xliff/ar.xlf')).text(),
    'application/xml',
  );
  return [...xliff.querySelectorAll('source')].map((source) => source.textContent ?? '');
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>).en === 'string' &&
    Object.keys(value).every((key) => (LANGUAGES as readonly string[]).includes(key))
  );
}

/** Every text of `value` (the catalogue) in `language`. */
function catalogueTexts(value: unknown, language: Language, found: string[] = []): string[] {
  if (isLocalizedText(value)) found.push(localize(value, language));
  else if (Array.isArray(value)) for (const item of value) catalogueTexts(item, language, found);
  else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) catalogueTexts(item, language, found);
  }
  return found;
}

/** The width of each of `characters`, drawn alone in `fontFamily` as the widget would. */
function renderedWidths(
  characters: readonly string[],
  fontFamily: string,
  language: Language,
  fontWeight: number,
): number[] {
  const probe = document.createElement('div');
  probe.lang = language;
  probe.style.cssText = `position: absolute; inset-inline-start: 0; inset-block-start: 0; font-family: ${fontFamily}; font-size: ${PROBE_SIZE_PX}px; font-weight: ${fontWeight}; white-space: pre;`;
  const spans = characters.map((character) => {
    const span = document.createElement('span');
    span.textContent = character;
    probe.append(span, document.createElement('br'));
    return span;
  });
  document.body.append(probe);
  const widths = spans.map((span) => span.getBoundingClientRect().width);
  probe.remove();
  return widths;
}

/**
 * The ink box of `character` drawn in `font`. A glyph whose advance happens to equal the
 * box's is told apart from the box by the shape it inks.
 */
function inkBox(character: string, font: string): string {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.font = font;
  const metrics = context.measureText(character);
  return [
    metrics.width,
    metrics.actualBoundingBoxLeft,
    metrics.actualBoundingBoxRight,
    metrics.actualBoundingBoxAscent,
    metrics.actualBoundingBoxDescent,
  ]
    .map((length) => length.toFixed(2))
    .join(' ');
}

describe('the widget with its web fonts', () => {
  const mock = useMockApi();

  before(async () => {
    const link = Object.assign(document.createElement('link'), {
      rel: 'stylesheet',
      href: STYLESHEET,
    });
    const loaded = new Promise((resolve, reject) => {
      link.addEventListener('load', resolve);
      link.addEventListener('error', () => reject(new Error(`${STYLESHEET} did not load`)));
    });
    document.head.append(link);
    await loaded;
  });

  after(() => {
    document.head.querySelector(`link[href="${STYLESHEET}"]`)?.remove();
  });

  it('declares one face per script and weight, each limited to its script', () => {
    const faces = [...document.fonts].filter((face) =>
      Object.values(SCRIPT_FAMILY).includes(face.family.replace(/"/g, '')),
    );
    expect(faces.map((face) => `${face.family.replace(/"/g, '')} ${face.weight}`)).to.have.members([
      'Noto Sans Arabic 400',
      'Noto Sans Arabic 600',
      'Noto Nastaliq Urdu 400',
      'Noto Nastaliq Urdu 600',
      'Noto Sans Devanagari 400',
      'Noto Sans Devanagari 600',
      'Noto Sans Bengali 400',
      'Noto Sans Bengali 600',
    ]);
    for (const face of faces) expect(face.unicodeRange, face.family).to.not.equal('U+0-10FFFF');
  });

  for (const language of LANGUAGES) {
    it(`draws every character of the ${language} messages and catalogue from a font`, async function () {
      this.timeout(60_000);
      const element = await fixture<GovAppointment>(
        html`<gov-appointment lang=${language} api-base=${API_BASE}></gov-appointment>`,
      );
      // The widget's own stack for the language, as the page computes it.
      const fontFamily = getComputedStyle(element).fontFamily;
      const texts = [
        ...(await widgetMessages(language)),
        ...catalogueTexts(mock.api.store.catalogue, language),
      ].filter((text) => text.trim() !== '');
      const text = texts.join(' ');
      const characters = [...new Set(text)].filter((character) => !INVISIBLE.test(character));
      expect(characters.length, 'characters to check').to.be.greaterThan(40);

      const family = SCRIPT_FAMILY[language];
      for (const weight of [400, 600]) {
        const font = `${weight} 16px ${fontFamily}`;
        const loadedFaces = await document.fonts.load(font, text);
        expect(document.fonts.check(font, text), `${font} has loaded`).to.equal(true);
        // The language's own script face is among them (the others named in the stack may be
        // too: a shared character, such as the danda or the zero-width non-joiner, is in several
        // scripts' ranges).
        const loadedFamilies = loadedFaces.map((face) => face.family.replace(/"/g, ''));
        if (family) expect(loadedFamilies, `faces loaded at ${weight}`).to.include(family);

        const [box, otherBox] = renderedWidths(NO_GLYPH, fontFamily, language, weight);
        expect(box, 'a missing glyph is drawn as a box of one width').to.equal(otherBox);
        const widths = renderedWidths(characters, fontFamily, language, weight);
        const boxInk = inkBox(NO_GLYPH[0] as string, `${weight} ${PROBE_SIZE_PX}px ${fontFamily}`);
        const boxes = characters.filter(
          (character, index) =>
            widths[index] === box &&
            inkBox(character, `${weight} ${PROBE_SIZE_PX}px ${fontFamily}`) === boxInk,
        );
        expect(
          boxes.map((character) => `U+${character.codePointAt(0)?.toString(16).toUpperCase()}`),
          `characters drawn as boxes at weight ${weight}`,
        ).to.deep.equal([]);
      }
    });
  }
});
