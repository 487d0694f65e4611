/** What every step template needs to speak the user's language. */
import { localize } from '@gov-appointment/sdk';
import type { Language, LocalizedText } from '@gov-appointment/sdk/schemas';

export interface ViewContext {
  readonly language: Language;
  readonly direction: 'ltr' | 'rtl';
  /** The Intl numbering system for numbers and dates (`latn`, `arab`, …). */
  readonly numberingSystem: string;
}

/** Text from the API in the user's language (with the SDK's fallback). */
export function text(context: ViewContext, value: LocalizedText): string {
  return localize(value, context.language);
}
