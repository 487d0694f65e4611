/**
 * Choosing a whole sentence by the plural rules of the language shown. English has two forms
 * (one, other); Arabic has six (zero, one, two, few, many, other); each language picks its own
 * among the six CLDR categories, so every plural sentence offers all of them to translators.
 */
import { cachedPluralRules } from './intl-cache.js';

/** A CLDR plural category: `zero`, `one`, `two`, `few`, `many` or `other`. */
export type PluralCategory = Intl.LDMLPluralRule;

/**
 * The sentences to choose from, one per category. `other` is required because every language
 * has it; a category the caller does not offer falls back to `other`. Each form is a function
 * so that only the chosen `msg()` runs.
 */
export type PluralForms = { other: () => string } & Partial<Record<PluralCategory, () => string>>;

/**
 * The sentence for `count` in `language`, e.g. for Arabic 2 picks `two` and 11 picks `many`.
 *
 * @example
 * plural(count, language, {
 *   one: () => msg(str`${formatted} place left`, { id: 'places-left.one' }),
 *   other: () => msg(str`${formatted} places left`, { id: 'places-left.other' }),
 * });
 */
export function plural(count: number, language: string, forms: PluralForms): string {
  const category = cachedPluralRules(language).select(count);
  return (forms[category] ?? forms.other)();
}
