/**
 * Details handed over by the host portal after its own sign-in. They prefill the form; with
 * `lock-applicant` they cannot be edited there, because the portal has verified them.
 */
import type { Language } from '@gov-appointment/sdk/schemas';
import type { ApplicantDraft } from './applicant-validation.js';

/** What a host may prefill. Every field is optional. */
export interface ApplicantPrefill {
  readonly name?: string;
  readonly nationalId?: string;
  readonly mobile?: string;
  readonly email?: string;
}

export type LockableField = keyof ApplicantPrefill;

export function emptyDraft(language: Language): ApplicantDraft {
  return {
    name: '',
    nationalId: '',
    mobile: '',
    email: '',
    bookingForSomeoneElse: false,
    relationship: '',
    accessibilityNeeds: [],
    accessibilityNotes: '',
    notificationLanguage: language,
  };
}

/** The draft with the prefilled fields applied; what the user typed elsewhere stays. */
export function draftFromPrefill(
  draft: ApplicantDraft,
  prefill: ApplicantPrefill | null,
): ApplicantDraft {
  if (!prefill) return draft;
  const given = (value: string | undefined) =>
    typeof value === 'string' && value.trim() !== '' ? value : undefined;
  return {
    ...draft,
    name: given(prefill.name) ?? draft.name,
    nationalId: given(prefill.nationalId) ?? draft.nationalId,
    mobile: given(prefill.mobile) ?? draft.mobile,
    email: given(prefill.email) ?? draft.email,
  };
}

/** The fields the portal gave, which become read-only when locked. */
export function lockedFields(prefill: ApplicantPrefill | null): ReadonlySet<LockableField> {
  const fields = new Set<LockableField>();
  if (!prefill) return fields;
  for (const field of ['name', 'nationalId', 'mobile', 'email'] as const) {
    if (typeof prefill[field] === 'string' && prefill[field].trim() !== '') fields.add(field);
  }
  return fields;
}
