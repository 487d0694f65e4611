/**
 * One localization runtime per page (a limit of @lit/localize): every <gov-appointment> on a
 * page shares the active locale. The element asks for its language; the last request wins.
 */

import type { Language } from '@gov-appointment/sdk';
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { localeLoaders } from './locale-loaders.js';

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => localeLoaders[locale as keyof typeof localeLoaders](),
});

export { getLocale };

/**
 * Switches the page's widget locale; resolves once its translations are loaded, rejects when
 * they could not be fetched (the language in use stays).
 */
export async function switchLanguage(language: Language): Promise<void> {
  if (getLocale() === language) return;
  try {
    await setLocale(language);
  } catch (error) {
    // @lit/localize keeps a language that failed as the one loading and would answer the next
    // request for it with the same failure: settling back on the language in use clears that,
    // so that asking again fetches again.
    await setLocale(getLocale());
    throw error;
  }
}

const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(['ar', 'ur', 'fa']);

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}
