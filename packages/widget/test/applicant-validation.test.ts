import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Applicant, BookingRequest } from '@gov-appointment/sdk/schemas';
import * as z from 'zod/mini';
import {
  type ApplicantDraft,
  FIELD_NAMES,
  type FieldName,
  type FieldProblem,
  fieldFromPointer,
  fieldProblemFromServer,
  fieldProblemMessage,
  normaliseMobile,
  normaliseNationalId,
  toApplicantRequest,
  validateDraft,
  validateField,
} from '../src/applicant/applicant-validation.js';

function draft(overrides: Partial<ApplicantDraft> = {}): ApplicantDraft {
  return {
    name: 'Fatima Ali',
    nationalId: '890123456',
    mobile: '36001234',
    email: '',
    bookingForSomeoneElse: false,
    relationship: '',
    accessibilityNeeds: [],
    accessibilityNotes: '',
    notificationLanguage: 'en',
    ...overrides,
  };
}

function problemOf(field: FieldName, overrides: Partial<ApplicantDraft>): FieldProblem | null {
  return validateField(field, draft(overrides));
}

describe('normaliseNationalId', () => {
  const forms = [
    ['Latin', '890123456'],
    ['Arabic-Indic', '٨٩٠١٢٣٤٥٦'],
    ['Persian', '۸۹۰۱۲۳۴۵۶'],
    ['Devanagari', '८९०१२३४५६'],
    ['Bengali', '৮৯০১২৩৪৫৬'],
    ['grouped with spaces', '890 123 456'],
    ['grouped with dashes', '8901-23456'],
    ['with an en dash and no-break space', '8901–23\u00A0456'],
    ['Arabic-Indic pasted with direction marks', '\u200F٨٩٠١٢٣٤٥٦\u200F'],
  ] as const;

  for (const [form, input] of forms) {
    it(`reads ${form} as 890123456, which is valid`, () => {
      assert.equal(normaliseNationalId(input), '890123456');
      assert.equal(problemOf('nationalId', { nationalId: input }), null);
    });
  }

  it('keeps letters so that validation can reject them', () => {
    assert.equal(normaliseNationalId('89O123456'), '89O123456');
  });
});

describe('normaliseMobile', () => {
  const forms = [
    ['eight digits starting with 3', '36001234', '+97336001234'],
    ['eight digits starting with 6', '66001234', '+97366001234'],
    ['+973 with spaces', '+973 3600 1234', '+97336001234'],
    ['00973', '0097336001234', '+97336001234'],
    ['973 without a plus', '973 36001234', '+97336001234'],
    ['dashes', '3600-1234', '+97336001234'],
    ['parentheses', '(+973) 3600 1234', '+97336001234'],
    ['full stops', '3600.1234', '+97336001234'],
    ['Arabic-Indic digits', '٣٦٠٠١٢٣٤', '+97336001234'],
    ['Arabic-Indic with the country code', '+٩٧٣ ٣٦٠٠ ١٢٣٤', '+97336001234'],
    ['Persian digits', '۳۶۰۰۱۲۳۴', '+97336001234'],
    ['Devanagari digits', '३६००१२३४', '+97336001234'],
    ['Bengali digits', '৩৬০০১২৩৪', '+97336001234'],
    ['a paste wrapped in direction marks', '\u202A+973 3600 1234\u202C', '+97336001234'],
    ['eight digits that start with 973', '97312345', '+97397312345'],
  ] as const;

  for (const [form, input, expected] of forms) {
    it(`reads ${form}`, () => {
      assert.equal(normaliseMobile(input), expected);
    });
  }

  it('gives a Bahraini landline in E.164 too (validation then rejects it)', () => {
    assert.equal(normaliseMobile('1753 1234'), '+97317531234');
  });

  for (const input of ['3600123', '360012345', '+971 50 123 4567', '0044 20 7946 0000', 'abc']) {
    it(`gives null for ${input}, which is not a Bahraini number`, () => {
      assert.equal(normaliseMobile(input), null);
    });
  }
});

describe('validateField', () => {
  describe('name', () => {
    const accepted = [
      'Fatima Ali',
      'محمد عبدالله الخليفة',
      'فاطمة',
      "Mary-Jane O'Connor",
      'Anne-Marie D’Souza',
      'علی\u200Cرضا احمدی',
      'रमेश कुमार',
      'José Ñúñez',
      'Li',
      `  ${'A'.repeat(120)}  `,
    ];
    for (const name of accepted) {
      it(`accepts ${JSON.stringify(name.slice(0, 30))}`, () => {
        assert.equal(problemOf('name', { name }), null);
      });
    }

    const rejected: [string, FieldProblem][] = [
      ['', 'required'],
      ['   ', 'required'],
      ['\u200F', 'required'],
      ['A', 'name-too-short'],
      ['ع', 'name-too-short'],
      ['A'.repeat(121), 'name-too-long'],
      ['12345', 'name-invalid'],
      ['٣٤٥', 'name-invalid'],
      ['--', 'name-invalid'],
      ["' -", 'name-invalid'],
      ['Fatima3', 'name-invalid'],
      ['Fatima@Ali', 'name-invalid'],
    ];
    for (const [name, problem] of rejected) {
      it(`rejects ${JSON.stringify(name.slice(0, 30))} as ${problem}`, () => {
        assert.equal(problemOf('name', { name }), problem);
      });
    }
  });

  describe('national ID', () => {
    const rejected: [string, FieldProblem][] = [
      ['', 'required'],
      [' - ', 'required'],
      ['89012345', 'national-id-length'],
      ['٨٩٠١٢٣٤٥', 'national-id-length'],
      ['8901234567', 'national-id-length'],
      ['89O123456', 'national-id-digits'],
      ['CPR890123456', 'national-id-digits'],
      ['890.123.456', 'national-id-digits'],
    ];
    for (const [nationalId, problem] of rejected) {
      it(`rejects ${JSON.stringify(nationalId)} as ${problem}`, () => {
        assert.equal(problemOf('nationalId', { nationalId }), problem);
      });
    }
  });

  describe('mobile', () => {
    for (const mobile of ['36001234', '+973 6600 1234', '۳۶۰۰۱۲۳۴', '00973-3600-1234']) {
      it(`accepts ${mobile}`, () => {
        assert.equal(problemOf('mobile', { mobile }), null);
      });
    }
    const rejected: [string, FieldProblem][] = [
      ['', 'required'],
      [' ( ) ', 'required'],
      ['3600123', 'mobile-format'],
      ['+971 50 123 4567', 'mobile-format'],
      ['36OO1234', 'mobile-format'],
      ['17531234', 'mobile-not-mobile'],
      ['+973 1753 1234', 'mobile-not-mobile'],
      ['٨٠٠٨٠٠٠٠', 'mobile-not-mobile'],
    ];
    for (const [mobile, problem] of rejected) {
      it(`rejects ${JSON.stringify(mobile)} as ${problem}`, () => {
        assert.equal(problemOf('mobile', { mobile }), problem);
      });
    }
  });

  describe('email', () => {
    it('is optional', () => {
      assert.equal(problemOf('email', { email: '' }), null);
      assert.equal(problemOf('email', { email: '   ' }), null);
    });
    it('accepts an address with spaces around it', () => {
      assert.equal(problemOf('email', { email: ' fatima.ali@example.bh ' }), null);
    });
    for (const email of ['fatima', 'fatima@', '@example.bh', 'fatima@example', 'a b@example.bh']) {
      it(`rejects ${email} as email-format`, () => {
        assert.equal(problemOf('email', { email }), 'email-format');
      });
    }
  });

  describe('relationship', () => {
    it('is asked only when booking for someone else', () => {
      assert.equal(problemOf('relationship', { bookingForSomeoneElse: false }), null);
      assert.equal(
        problemOf('relationship', { bookingForSomeoneElse: true, relationship: '' }),
        'relationship-required',
      );
      assert.equal(
        problemOf('relationship', { bookingForSomeoneElse: true, relationship: 'child' }),
        null,
      );
    });
  });

  describe('accessibility notes', () => {
    it('accepts up to 500 characters and rejects more', () => {
      assert.equal(problemOf('accessibilityNotes', { accessibilityNotes: '' }), null);
      assert.equal(problemOf('accessibilityNotes', { accessibilityNotes: 'a'.repeat(500) }), null);
      assert.equal(
        problemOf('accessibilityNotes', { accessibilityNotes: 'a'.repeat(501) }),
        'notes-too-long',
      );
    });
  });
});

describe('validateDraft', () => {
  it('is empty for a valid draft', () => {
    assert.equal(validateDraft(draft()).size, 0);
  });

  it('lists every problem in the order of the form', () => {
    const problems = validateDraft(
      draft({
        name: '',
        nationalId: '123',
        mobile: '1234',
        email: 'nope',
        bookingForSomeoneElse: true,
        accessibilityNotes: 'x'.repeat(501),
      }),
    );
    assert.deepEqual(
      [...problems],
      [
        ['name', 'required'],
        ['nationalId', 'national-id-length'],
        ['mobile', 'mobile-format'],
        ['email', 'email-format'],
        ['relationship', 'relationship-required'],
        ['accessibilityNotes', 'notes-too-long'],
      ],
    );
    assert.deepEqual([...problems.keys()], [...FIELD_NAMES]);
  });
});

describe('toApplicantRequest', () => {
  it('normalises every digit system, trims text and leaves optional parts null', () => {
    const request = toApplicantRequest(
      draft({
        name: '  \u200Fمحمد   عبدالله ',
        nationalId: '٨٩٠١ ٢٣٤٥٦',
        mobile: '+٩٧٣ ٣٦٠٠-١٢٣٤',
        email: '  ',
        accessibilityNotes: ' \n ',
        notificationLanguage: 'ar',
      }),
    );
    assert.deepEqual(request, {
      applicant: {
        name: 'محمد عبدالله',
        nationalId: '890123456',
        mobile: '+97336001234',
        email: null,
        bookingFor: null,
      },
      accessibilityNeeds: [],
      accessibilityNotes: null,
      notificationLanguage: 'ar',
    });
    assert.deepEqual(z.parse(Applicant, request.applicant), request.applicant);
  });

  it('carries the email, the relationship, the needs and the notes', () => {
    const request = toApplicantRequest(
      draft({
        mobile: '۶۶۰۰ ۱۲۳۴',
        email: ' fatima@example.bh ',
        bookingForSomeoneElse: true,
        relationship: 'parent',
        accessibilityNeeds: ['sign-language-interpreter', 'wheelchair-access', 'wheelchair-access'],
        accessibilityNotes: ' Please meet us at the main entrance. ',
        notificationLanguage: 'fa',
      }),
    );
    assert.deepEqual(request.applicant, {
      name: 'Fatima Ali',
      nationalId: '890123456',
      mobile: '+97366001234',
      email: 'fatima@example.bh',
      bookingFor: { relationship: 'parent' },
    });
    assert.deepEqual(request.accessibilityNeeds, [
      'wheelchair-access',
      'sign-language-interpreter',
    ]);
    assert.equal(request.accessibilityNotes, 'Please meet us at the main entrance.');
    assert.equal(request.notificationLanguage, 'fa');
    assert.deepEqual(z.parse(Applicant, request.applicant), request.applicant);
    assert.ok(z.safeParse(BookingRequest, { holdId: 'hold-1', ...request }).success);
  });

  it('leaves bookingFor null when the box was unticked after choosing a relationship', () => {
    const request = toApplicantRequest(
      draft({ bookingForSomeoneElse: false, relationship: 'child' }),
    );
    assert.equal(request.applicant.bookingFor, null);
  });

  it('refuses a draft that has problems, naming the fields but not their values', () => {
    assert.throws(
      () => toApplicantRequest(draft({ nationalId: '123', mobile: '17531234' })),
      (error: unknown) =>
        error instanceof RangeError &&
        /nationalId, mobile/.test(error.message) &&
        !error.message.includes('17531234'),
    );
  });
});

describe('server validation errors', () => {
  it('maps pointers into the booking request to form fields', () => {
    assert.equal(fieldFromPointer('/applicant/name'), 'name');
    assert.equal(fieldFromPointer('/applicant/nationalId'), 'nationalId');
    assert.equal(fieldFromPointer('/applicant/mobile'), 'mobile');
    assert.equal(fieldFromPointer('/applicant/email'), 'email');
    assert.equal(fieldFromPointer('/applicant/bookingFor/relationship'), 'relationship');
    assert.equal(fieldFromPointer('/accessibilityNotes'), 'accessibilityNotes');
    assert.equal(fieldFromPointer('/holdId'), null);
    assert.equal(fieldFromPointer('/accessibilityNeeds/0'), null);
  });

  it('turns server codes into the problems the form explains', () => {
    const cases: [string, string, ReturnType<typeof fieldProblemFromServer>][] = [
      ['/applicant/mobile', 'format', { field: 'mobile', problem: 'mobile-format' }],
      ['/applicant/name', 'required', { field: 'name', problem: 'required' }],
      ['/applicant/name', 'too-short', { field: 'name', problem: 'name-too-short' }],
      ['/applicant/name', 'too-long', { field: 'name', problem: 'name-too-long' }],
      ['/applicant/nationalId', 'format', { field: 'nationalId', problem: 'national-id-length' }],
      ['/applicant/email', 'format', { field: 'email', problem: 'email-format' }],
      [
        '/applicant/bookingFor/relationship',
        'required',
        { field: 'relationship', problem: 'relationship-required' },
      ],
      [
        '/accessibilityNotes',
        'too-long',
        { field: 'accessibilityNotes', problem: 'notes-too-long' },
      ],
      ['/notificationLanguage', 'invalid', null],
    ];
    for (const [pointer, code, expected] of cases) {
      assert.deepEqual(fieldProblemFromServer({ pointer, code }), expected, `${pointer} ${code}`);
    }
  });
});

describe('fieldProblemMessage', () => {
  it('says what to enter', () => {
    assert.equal(
      fieldProblemMessage('nationalId', 'required'),
      'Enter the national ID number: 9 digits, as on the ID card',
    );
    assert.equal(
      fieldProblemMessage('mobile', 'mobile-format'),
      'Enter a Bahraini mobile number, 8 digits starting with 3 or 6',
    );
    assert.equal(fieldProblemMessage('name', 'required'), 'Enter the full name, as on the ID card');
  });

  it('has a distinct message for every problem a field can have', () => {
    const problemsByField: Record<FieldName, FieldProblem[]> = {
      name: ['required', 'name-too-short', 'name-too-long', 'name-invalid'],
      nationalId: ['required', 'national-id-digits', 'national-id-length'],
      mobile: ['required', 'mobile-format', 'mobile-not-mobile'],
      email: ['email-format'],
      relationship: ['relationship-required'],
      accessibilityNotes: ['notes-too-long'],
    };
    for (const [field, problems] of Object.entries(problemsByField) as [
      FieldName,
      FieldProblem[],
    ][]) {
      const messages = problems.map((problem) => fieldProblemMessage(field, problem));
      for (const message of messages) assert.ok(message.length > 10, `${field}: ${message}`);
      const distinct = new Set(messages);
      // A missing mobile and a malformed one ask for the same thing; everything else differs.
      const expectedDistinct = field === 'mobile' ? problems.length - 1 : problems.length;
      assert.equal(distinct.size, expectedDistinct, `${field}: ${messages.join(' | ')}`);
    }
  });
});
