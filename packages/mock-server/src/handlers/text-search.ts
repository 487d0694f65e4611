/**
 * Free-text search over localized names. People type without diacritics, with or without
 * hamza, and in any letter case, so both sides are folded to a plain form before comparing.
 */
import type { LocalizedText } from '@gov-appointment/sdk/schemas';

const LATIN_MARKS = /[\u0300-\u036f]/g;
/** Harakat, hamza and madda marks, superscript alef, Quranic annotation marks, tatweel. */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const LETTER_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/[\u0622\u0623\u0625\u0671\u0672\u0673]/g, '\u0627'], // آ أ إ ٱ → ا
  [/[\u0649\u06cc\u06d2]/g, '\u064a'], // ى ی ے → ي
  [/\u0629/g, '\u0647'], // ة → ه
  [/\u06a9/g, '\u0643'], // ک → ك
];
const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/** The form text is compared in: case-folded, without marks, letter variants unified. */
export function foldForSearch(text: string): string {
  // NFKD splits letters from their marks (أ into ا and hamza), so the marks can be dropped.
  let folded = text.normalize('NFKD').replace(LATIN_MARKS, '').replace(ARABIC_MARKS, '');
  for (const [pattern, replacement] of LETTER_FOLDS) folded = folded.replace(pattern, replacement);
  folded = folded.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO));
  });
  return folded.toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/**
 * A matcher for a query: every word must appear in one of the texts, in any language.
 * An empty or missing query matches everything.
 */
export function searchMatcher(
  query: string | undefined,
): (texts: readonly LocalizedText[]) => boolean {
  const words = query ? foldForSearch(query).split(' ').filter(Boolean) : [];
  if (words.length === 0) return () => true;
  return (texts) => {
    const haystack = texts
      .flatMap((text) => Object.values(text).filter((value) => typeof value === 'string'))
      .map(foldForSearch)
      .join('\n');
    return words.every((word) => haystack.includes(word));
  };
}
