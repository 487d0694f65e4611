/**
 * Choosing a language and reading localized text. The API always sends Arabic and English;
 * Urdu, Hindi, Bengali and Farsi only where a translation exists.
 */
import { LANGUAGES, type Language, type LocalizedText } from './schemas/common.js';

/** English is the fallback: every name has it, and it is the most widely read second language. */
const DEFAULT_LANGUAGE: Language = 'en';

/** The primary subtag of a BCP 47 tag, lower-cased: `ar-BH` → `ar`, `fa_IR` → `fa`. */
function primarySubtag(tag: string): string {
  return tag.trim().split(/[-_]/, 1)[0]?.toLowerCase() ?? '';
}

function isLanguage(candidate: string): candidate is Language {
  return (LANGUAGES as readonly string[]).includes(candidate);
}

/**
 * The text in the requested language, with a fixed fallback chain:
 *
 * 1. the requested language, if the text has it and it is not blank;
 * 2. English;
 * 3. Arabic;
 * 4. otherwise the empty string.
 *
 * `language` may be a language of the system (`'ur'`) or any BCP 47 tag (`'ur-PK'`), of which
 * only the primary subtag counts.
 *
 * @example
 * ```ts
 * localize({ ar: 'المنامة', en: 'Manama' }, 'fa'); // 'Manama': no Farsi, so English
 * localize({ ar: 'المنامة', en: 'Manama' }, 'ar-BH'); // 'المنامة'
 * ```
 */
export function localize(text: LocalizedText, language: Language | string): string {
  const requested = primarySubtag(language);
  const order: readonly Language[] = isLanguage(requested) ? [requested, 'en', 'ar'] : ['en', 'ar'];
  for (const candidate of order) {
    const value = text[candidate];
    if (value !== undefined && value.trim() !== '') return value;
  }
  return '';
}

/**
 * The first supported language among BCP 47 tags in order of preference, such as
 * `navigator.languages` or the `lang` attributes from an element outwards. Only the primary
 * subtag counts; empty and missing entries are skipped. English when none is supported.
 *
 * @example
 * ```ts
 * resolveLanguage(['ar-BH', 'en']); // 'ar'
 * resolveLanguage(['fr-FR', 'ur-PK']); // 'ur'
 * resolveLanguage([null, 'de']); // 'en'
 * ```
 */
export function resolveLanguage(candidates: readonly (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const subtag = primarySubtag(candidate);
    if (isLanguage(subtag)) return subtag;
  }
  return DEFAULT_LANGUAGE;
}
