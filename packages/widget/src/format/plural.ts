/**
 * Choosing a whole sentence by the plural rules of the language shown. English has two forms
 * (one, other); Arabic has six (zero, one, two, few, many, other); each language picks its own
 * among the six CLDR categories.
 *
 * A counted phrase is written as a native speaker writes it, which for one and two is often a
 * word rather than a digit: Arabic "خدمة واحدة" and the dual "خدمتان", never "الخدمات: ٢".
 * So the forms are:
 * - `exactlyOne`, for the count 1 in every language ("One service", "خدمة واحدة",
 *   "একটি সেবা"), with no number in it;
 * - `zero` and `two`, which among the widget's languages only Arabic has, and which stand for
 *   exactly 0 and 2 there, also with no number in them;
 * - `few`, `many` and `other`, which carry the number in the page's digits.
 * The CLDR `one` category needs no sentence of its own: it is 1 alone in Arabic, English and
 * Urdu (taken by `exactlyOne`), and 0 or 1 in Hindi, Bengali and Farsi, where 0 reads as
 * `other` does ("0 सेवाएँ").
 */
import { cachedPluralRules } from './intl-cache.js';

/** A CLDR plural category: `zero`, `one`, `two`, `few`, `many` or `other`. */
export type PluralCategory = Intl.LDMLPluralRule;

/**
 * The sentences to choose from. `other` is required because every language has it; a
 * category the caller does not offer falls back to `other`. Each form is a function so that
 * only the chosen `msg()` runs.
 */
export type PluralForms = { other: () => string; exactlyOne?: () => string } & Partial<
  Record<PluralCategory, () => string>
>;

/**
 * The sentence for `count` in `language`: `exactlyOne` for 1 when offered, else by category,
 * e.g. for Arabic 2 picks `two` and 11 picks `many`.
 *
 * @example
 * plural(count, language, {
 *   exactlyOne: () => msg('One place left', { id: 'places-left.exactly-one' }),
 *   other: () => msg(str`${formatted} places left`, { id: 'places-left.other' }),
 * });
 */
export function plural(count: number, language: string, forms: PluralForms): string {
  if (count === 1 && forms.exactlyOne) return forms.exactlyOne();
  const category = cachedPluralRules(language).select(count);
  return (forms[category] ?? forms.other)();
}
