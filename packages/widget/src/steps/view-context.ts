/** What every step template needs to speak the user's language. */
import { localize } from '@gov-appointment/sdk';
import type { Language, LocalizedText } from '@gov-appointment/sdk/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import { withoutDirectionControls } from '../format/api-text.js';
import { formatHijriDate, formatLongDate } from '../format/bahrain-time.js';
import { inPageDigits } from '../format/page-digits.js';

export interface ViewContext {
  readonly language: Language;
  readonly direction: 'ltr' | 'rtl';
  /** The Intl numbering system for numbers and dates (`latn`, `arab`, …). */
  readonly numberingSystem: string;
  /** Also give each date in the Hijri (Umm al-Qura) calendar, on a second line. */
  readonly hijri: boolean;
}

/**
 * Text from the API in the user's language (with the SDK's fallback), as a string: without
 * explicit direction controls and with its numbers in the page's digits. For attribute values
 * and spoken-only sentences; on the page, use `text`, which also isolates it.
 */
export function plainText(context: ViewContext, value: LocalizedText): string {
  return inPageDigits(
    withoutDirectionControls(localize(value, context.language)),
    context.numberingSystem,
  );
}

/**
 * Text from the API, ready to show: `plainText` isolated in a `<bdi>`, so that its own
 * direction (an Arabic address inside an English sentence, a trailing mark) cannot reorder
 * the words and punctuation around it.
 */
export function text(context: ViewContext, value: LocalizedText): TemplateResult {
  return html`<bdi>${plainText(context, value)}</bdi>`;
}

/**
 * A calendar date written out in full, with its Hijri (Umm al-Qura) date on a second line
 * when the reader asked for it.
 */
export function renderDate(context: ViewContext, date: string): TemplateResult {
  const gregorian = formatLongDate(date, context.language, context.numberingSystem);
  return html`${gregorian}${
    context.hijri
      ? html`<br /><span class="hijri">${formatHijriDate(date, context.language, context.numberingSystem)}</span>`
      : nothing
  }`;
}
