/** Translated names of the contract's enumerations. */
import type {
  AccessibilityNeed,
  CancellationReason,
  Language,
  Relationship,
} from '@gov-appointment/sdk/schemas';
import { msg } from '@lit/localize';

export function accessibilityNeedName(need: AccessibilityNeed): string {
  switch (need) {
    case 'wheelchair-access':
      return msg('Wheelchair access');
    case 'sign-language-interpreter':
      return msg('Sign language interpreter');
    case 'visual-assistance':
      return msg('Help for someone with low vision');
    case 'other-assistance':
      return msg('Other help');
  }
}

export function relationshipName(relationship: Relationship): string {
  switch (relationship) {
    case 'child':
      return msg('my child');
    case 'parent':
      return msg('my parent');
    case 'spouse':
      return msg('my husband or wife');
    case 'other-relative':
      return msg('another relative');
    case 'other':
      return msg('someone I help');
  }
}

export function cancellationReasonName(reason: CancellationReason): string {
  switch (reason) {
    case 'no-longer-needed':
      return msg('I no longer need it');
    case 'booked-elsewhere':
      return msg('I booked another time or place');
    case 'cannot-attend':
      return msg('I cannot come');
    case 'other':
      return msg('Another reason');
  }
}

/** Each language in its own script, as people look for it in a list. */
export function languageName(language: Language): string {
  const names: Record<Language, string> = {
    ar: 'العربية',
    en: 'English',
    ur: 'اردو',
    hi: 'हिन्दी',
    bn: 'বাংলা',
    fa: 'فارسی',
  };
  return names[language];
}
