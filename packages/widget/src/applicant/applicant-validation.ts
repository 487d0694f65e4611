/**
 * The applicant's details as typed, the checks a person sees as they fill the form, and the
 * normalised request the API receives. The checks mirror the SDK's `Applicant` and
 * `BookingRequest` schemas, so a draft that passes here is accepted by the server.
 */
import {
  AccessibilityNeed,
  Applicant,
  type BookingRequest,
  type FieldError,
  type Language,
  MobileNumber,
  type Relationship,
} from '@gov-appointment/sdk/schemas';
import { msg } from '@lit/localize';
import * as z from 'zod/mini';
import { normaliseDigits, stripBidiControls } from './digits.js';

/**
 * What the person typed and chose, verbatim: nothing is trimmed or converted until the
 * request is built, so a mistake can be corrected without retyping.
 */
export type ApplicantDraft = {
  name: string;
  nationalId: string;
  mobile: string;
  email: string;
  bookingForSomeoneElse: boolean;
  relationship: Relationship | '';
  accessibilityNeeds: AccessibilityNeed[];
  accessibilityNotes: string;
  notificationLanguage: Language;
};

/** The form fields that can be wrong, in the order the form shows them. */
export const FIELD_NAMES = [
  'name',
  'nationalId',
  'mobile',
  'email',
  'relationship',
  'accessibilityNotes',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** Why a field is not accepted. Each has its own message (see `fieldProblemMessage`). */
export type FieldProblem =
  | 'required'
  | 'name-too-short'
  | 'name-too-long'
  | 'name-invalid'
  | 'national-id-length'
  | 'national-id-digits'
  | 'mobile-format'
  | 'mobile-not-mobile'
  | 'email-format'
  | 'relationship-required'
  | 'notes-too-long';

/** The applicant's part of a `BookingRequest`: everything but the hold. */
export type ApplicantRequest = Omit<BookingRequest, 'holdId'>;

export const NAME_MIN_LENGTH = 2;
export const NAME_MAX_LENGTH = 120;
export const NATIONAL_ID_LENGTH = 9;
export const NOTES_MAX_LENGTH = 500;

/** Spaces and the dash characters people and phones put between groups of digits. */
const DIGIT_GROUP_SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g;
/** As above, plus the parentheses and full stops of written phone numbers. */
const PHONE_SEPARATORS = /[\s\-\u2010-\u2015\u2212().]/g;
/** Bahrain's country code written as `+973`, `00973` or `973`, then the eight-digit number. */
const BAHRAINI_NUMBER = /^(?:\+973|00973|973)?(\d{8})$/;
/**
 * Letters and combining marks of any script (Arabic, Latin and the others), the joiners that
 * Persian and Urdu spelling needs, spaces, hyphens and apostrophes.
 */
const NAME_CHARACTERS = /^(?:[\p{L}\p{M} \-\u2010\u2011'\u2018\u2019]|\u200C|\u200D)+$/u;
const LETTER = /\p{L}/u;
const EMAIL = Applicant.shape.email;

/**
 * The national ID with every digit system turned into Latin digits and the spaces and dashes
 * people type between groups removed. Any other character is kept, so that validation can
 * say what is wrong with it.
 */
export function normaliseNationalId(input: string): string {
  return normaliseDigits(input).replace(DIGIT_GROUP_SEPARATORS, '');
}

/**
 * A Bahraini phone number in E.164 (`+973` then eight digits), from the eight digits alone or
 * with the country code as `+973`, `00973` or `973`, written with spaces, dashes, parentheses
 * or full stops, in any accepted digit system. `null` when it is not a Bahraini number.
 * The result may be a landline: `validateField` tells mobiles apart.
 */
export function normaliseMobile(input: string): string | null {
  const match = BAHRAINI_NUMBER.exec(normaliseDigits(input).replace(PHONE_SEPARATORS, ''));
  return match ? `+973${match[1]}` : null;
}

/** The name without invisible direction marks, surrounding spaces or runs of spaces. */
export function normaliseName(input: string): string {
  return stripBidiControls(input).replace(/\s+/g, ' ').trim();
}

function nameProblem(input: string): FieldProblem | null {
  const name = normaliseName(input);
  if (name === '') return 'required';
  if (!NAME_CHARACTERS.test(name) || !LETTER.test(name)) return 'name-invalid';
  // UTF-16 length, as the server's schema counts it.
  if (name.length < NAME_MIN_LENGTH) return 'name-too-short';
  if (name.length > NAME_MAX_LENGTH) return 'name-too-long';
  return null;
}

function nationalIdProblem(input: string): FieldProblem | null {
  const nationalId = normaliseNationalId(input);
  if (nationalId === '') return 'required';
  if (!/^\d+$/.test(nationalId)) return 'national-id-digits';
  if (nationalId.length !== NATIONAL_ID_LENGTH) return 'national-id-length';
  return null;
}

function mobileProblem(input: string): FieldProblem | null {
  if (normaliseDigits(input).replace(PHONE_SEPARATORS, '') === '') return 'required';
  const mobile = normaliseMobile(input);
  if (mobile === null) return 'mobile-format';
  if (!z.safeParse(MobileNumber, mobile).success) return 'mobile-not-mobile';
  return null;
}

function emailProblem(input: string): FieldProblem | null {
  const email = input.trim();
  if (email === '') return null;
  return z.safeParse(EMAIL, email).success ? null : 'email-format';
}

/**
 * What is wrong with one field of the draft, or `null` when it is acceptable. Email and notes
 * are optional; the relationship is asked only when booking for someone else.
 */
export function validateField(field: FieldName, draft: ApplicantDraft): FieldProblem | null {
  switch (field) {
    case 'name':
      return nameProblem(draft.name);
    case 'nationalId':
      return nationalIdProblem(draft.nationalId);
    case 'mobile':
      return mobileProblem(draft.mobile);
    case 'email':
      return emailProblem(draft.email);
    case 'relationship':
      return draft.bookingForSomeoneElse && draft.relationship === ''
        ? 'relationship-required'
        : null;
    case 'accessibilityNotes':
      return draft.accessibilityNotes.length > NOTES_MAX_LENGTH ? 'notes-too-long' : null;
  }
}

/** Every problem in the draft, in the order the form shows the fields (empty when valid). */
export function validateDraft(draft: ApplicantDraft): Map<FieldName, FieldProblem> {
  const problems = new Map<FieldName, FieldProblem>();
  for (const field of FIELD_NAMES) {
    const problem = validateField(field, draft);
    if (problem) problems.set(field, problem);
  }
  return problems;
}

/**
 * The request body's applicant part, normalised: Latin digits, E.164 mobile, trimmed text,
 * `email` and `accessibilityNotes` null when empty, `bookingFor` null unless booking for
 * someone else.
 *
 * @throws {RangeError} when the draft does not pass `validateDraft` (a form must not submit).
 */
export function toApplicantRequest(draft: ApplicantDraft): ApplicantRequest {
  const problems = validateDraft(draft);
  const mobile = normaliseMobile(draft.mobile);
  if (problems.size > 0 || mobile === null) {
    throw new RangeError(`Applicant details are not valid: ${[...problems.keys()].join(', ')}`);
  }
  const email = draft.email.trim();
  const notes = draft.accessibilityNotes.trim();
  return {
    applicant: {
      name: normaliseName(draft.name),
      nationalId: normaliseNationalId(draft.nationalId),
      mobile,
      email: email === '' ? null : email,
      bookingFor:
        draft.bookingForSomeoneElse && draft.relationship !== ''
          ? { relationship: draft.relationship }
          : null,
    },
    // Canonical order and no repeats, whatever order the boxes were ticked in.
    accessibilityNeeds: AccessibilityNeed.options.filter((need) =>
      draft.accessibilityNeeds.includes(need),
    ),
    accessibilityNotes: notes === '' ? null : notes,
    notificationLanguage: draft.notificationLanguage,
  };
}

const FIELD_BY_POINTER: Readonly<Record<string, FieldName>> = {
  '/applicant/name': 'name',
  '/applicant/nationalId': 'nationalId',
  '/applicant/mobile': 'mobile',
  '/applicant/email': 'email',
  '/applicant/bookingFor': 'relationship',
  '/applicant/bookingFor/relationship': 'relationship',
  '/accessibilityNotes': 'accessibilityNotes',
};

/**
 * The form field a server validation error points at (an RFC 6901 pointer into the booking
 * request, e.g. `/applicant/mobile`), or `null` for a part of the request the form does not
 * show.
 */
export function fieldFromPointer(pointer: string): FieldName | null {
  return FIELD_BY_POINTER[pointer] ?? null;
}

/** The problem to show when the server finds a field wrong in a way it does not detail. */
const GENERAL_PROBLEM: Readonly<Record<FieldName, FieldProblem>> = {
  name: 'name-invalid',
  nationalId: 'national-id-length',
  mobile: 'mobile-format',
  email: 'email-format',
  relationship: 'relationship-required',
  accessibilityNotes: 'notes-too-long',
};

/**
 * The field and problem to show for one of the server's validation errors, or `null` when it
 * concerns nothing the person can change in the form. The server's codes are `required`,
 * `format`, `too-short`, `too-long` and `invalid`.
 */
export function fieldProblemFromServer(
  error: Pick<FieldError, 'pointer' | 'code'>,
): { field: FieldName; problem: FieldProblem } | null {
  const field = fieldFromPointer(error.pointer);
  if (!field) return null;
  if (error.code === 'required') {
    return { field, problem: field === 'relationship' ? 'relationship-required' : 'required' };
  }
  if (field === 'name' && error.code === 'too-short') return { field, problem: 'name-too-short' };
  if (field === 'name' && error.code === 'too-long') return { field, problem: 'name-too-long' };
  return { field, problem: GENERAL_PROBLEM[field] };
}

function requiredMessage(field: FieldName): string {
  switch (field) {
    case 'name':
      return msg('Enter the full name, as on the ID card');
    case 'nationalId':
      return msg('Enter the national ID number: 9 digits, as on the ID card');
    case 'mobile':
      return msg('Enter a Bahraini mobile number, 8 digits starting with 3 or 6');
    case 'email':
      return msg('Enter an email address, like name@example.com');
    case 'relationship':
      return msg('Select who the appointment is for');
    case 'accessibilityNotes':
      return msg('Tell the centre what help is needed');
  }
}

/**
 * The message for a problem, in the active language: it says what to enter, not only what
 * is wrong.
 */
export function fieldProblemMessage(field: FieldName, problem: FieldProblem): string {
  switch (problem) {
    case 'required':
      return requiredMessage(field);
    case 'name-too-short':
      return msg('Full name must be 2 characters or more');
    case 'name-too-long':
      return msg('Full name must be 120 characters or fewer');
    case 'name-invalid':
      return msg('Full name must only include letters, spaces, hyphens and apostrophes');
    case 'national-id-length':
      return msg('National ID number must be 9 digits, as on the ID card');
    case 'national-id-digits':
      return msg('National ID number must only include digits: 9 digits, as on the ID card');
    case 'mobile-format':
      return msg('Enter a Bahraini mobile number, 8 digits starting with 3 or 6');
    case 'mobile-not-mobile':
      return msg(
        'This is not a mobile number. Enter a mobile number starting with 3 or 6, so that the confirmation can be sent by SMS',
      );
    case 'email-format':
      return msg('Enter an email address like name@example.com, or leave it empty');
    case 'relationship-required':
      return msg('Select who the appointment is for');
    case 'notes-too-long':
      return msg('Notes must be 500 characters or fewer');
  }
}
