/**
 * What a screen reader says for every control, on every page of a booking and of finding and
 * cancelling it, in each of the six languages. In Chromium the names and descriptions are the
 * browser's own accessibility tree (DevTools protocol, test-helpers/accessibility-tree-command.mjs);
 * in Firefox and WebKit, which offer no such protocol to the tests, they are computed from the
 * markup (test-helpers/accessible-name.ts).
 *
 * The checks are properties, not wording, so that a change of phrasing cannot break them:
 * - every control has a name, and no raw code in it: no catalogue id, no ISO date or time,
 *   no booking reference without words around it;
 * - outside English, no Latin letters, except in what must stay Latin: the booking reference
 *   (read out at the counter as it is printed), an email address, "CPR" (the name the
 *   national ID number goes by in Bahrain, printed so on its documents, which people of every
 *   language look for), and "English" where the language choice names each language in its
 *   own script;
 * - numbers in the page's one digit system (the widget's choice for the language);
 * - a calendar day says its weekday in the language and its date, and a bookable one also the
 *   places left; a time says its range (start and end).
 */
import '../src/define.js';
import type { Language } from '@gov-appointment/sdk/schemas';
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { defaultDigitsFor, numberingSystemFor } from '../src/format/numbering.js';
import { accessibleName, spokenText } from '../test-helpers/accessible-name.js';
import { AnyLanguagePage, LANGUAGES } from '../test-helpers/any-language-page.js';
import { API_BASE, useMockApi } from '../test-helpers/booking-fixtures.js';
import { visitEveryPage } from '../test-helpers/widget-walks.js';

/** A control as the accessibility tree gives it (see accessibility-tree-command.mjs). */
interface SpokenControl {
  readonly role: string;
  readonly name: string;
  readonly description: string;
  readonly part: string;
  readonly id: string;
  readonly className: string;
  readonly disabled: boolean;
}

/** The booking reference, which is printed and read out as it is (in any digits). */
const REFERENCE = /GA-[\p{Nd}A-Z]{4}-[\p{Nd}A-Z]{4}/gu;
/** The national ID number's name in Bahrain, in brackets after the translated name. */
const NATIONAL_ID_NAME = /\(CPR\)/g;
/** English named in English among the languages offered. */
const ENGLISH_ENDONYM = new Intl.DisplayNames(['en'], { type: 'language' }).of('en') ?? 'English';
/** An email address, which stays in Latin letters in every language. */
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const ISO_TIME = /\d{2}:\d{2}:\d{2}|T\d{2}:\d{2}/;
const LATIN_LETTER = /[A-Za-z]/;

const ROLE_OF_TAG: Readonly<Record<string, string>> = {
  button: 'button',
  a: 'link',
  select: 'combobox',
  textarea: 'textbox',
};

/** The controls of the widget, computed from the markup (for engines without the protocol). */
function controlsFromMarkup(page: AnyLanguagePage): SpokenControl[] {
  const root = page.root;
  return [...root.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea')]
    .filter(
      (element) => element.getClientRects().length > 0 && !element.closest('[aria-hidden="true"]'),
    )
    .map((element) => {
      const type = element.getAttribute('type') ?? 'text';
      const role =
        element.getAttribute('role') ??
        ROLE_OF_TAG[element.localName] ??
        (type === 'checkbox' || type === 'radio' ? type : 'textbox');
      const description = (element.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter(Boolean)
        .map((id) => root.getElementById(id))
        .map((described) => (described ? spokenText(described) : ''))
        .join(' ')
        .trim();
      return {
        role,
        name: accessibleName(element),
        description,
        part: element.getAttribute('part') ?? '',
        id: element.id,
        className: element.getAttribute('class') ?? '',
        disabled: element.getAttribute('aria-disabled') === 'true',
      };
    });
}

/** What a screen reader is given for each control now shown. */
async function spokenControls(page: AnyLanguagePage): Promise<SpokenControl[]> {
  const fromBrowser = await executeServerCommand<SpokenControl[] | false, undefined>(
    'accessibility-tree',
  );
  return fromBrowser === false ? controlsFromMarkup(page) : fromBrowser;
}

/** The ten digits of a numbering system, zero first. */
function digitsOf(numberingSystem: string): string {
  return (
    new Intl.NumberFormat('en', { numberingSystem, useGrouping: false }).format(123456789) +
    new Intl.NumberFormat('en', { numberingSystem }).format(0)
  );
}

/** The names of the week's days in `language`, long and short. */
function weekdayNames(language: Language): string[] {
  const names: string[] = [];
  for (const weekday of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(language, { weekday, timeZone: 'UTC' });
    // 4 to 10 January 1970: a Sunday to a Saturday.
    for (let day = 4; day <= 10; day += 1) names.push(format.format(Date.UTC(1970, 0, day)));
  }
  return names;
}

/** The runs of digits of any system in `text`. */
function digitRuns(text: string): string[] {
  return text.match(/\p{Nd}+/gu) ?? [];
}

interface Expectations {
  readonly language: Language;
  readonly digits: string;
  readonly weekdays: readonly string[];
  readonly catalogueIds: ReadonlySet<string>;
}

/** What is wrong with what a screen reader says for `control`, as sentences. */
function problemsOf(control: SpokenControl, expected: Expectations): string[] {
  const problems: string[] = [];
  const { name, description } = control;
  const said = `${name} ${description}`.trim();
  const label = `${control.role} "${name}"${description ? ` (${description})` : ''}`;
  if (name === '') problems.push(`a ${control.role} (${control.part || control.id}) has no name`);
  const words = new Set(said.split(/[^\p{L}\p{Nd}-]+/u));
  for (const id of expected.catalogueIds) {
    if (words.has(id)) problems.push(`${label} says the code ${id}`);
  }
  if (ISO_DATE.test(said) || ISO_TIME.test(said))
    problems.push(`${label} says an ISO date or time`);
  const withoutReference = said.replace(REFERENCE, '');
  if (withoutReference !== said && !/\p{L}/u.test(withoutReference)) {
    problems.push(`${label} says a reference with no words`);
  }
  const withoutLatinParts =
    control.role === 'option' && name === ENGLISH_ENDONYM
      ? description
      : withoutReference.replace(EMAIL, '').replace(NATIONAL_ID_NAME, '');
  if (expected.language !== 'en' && LATIN_LETTER.test(withoutLatinParts)) {
    problems.push(`${label} has Latin letters`);
  }
  const otherDigits = [...withoutLatinParts].filter(
    (character) => /\p{Nd}/u.test(character) && !expected.digits.includes(character),
  );
  if (otherDigits.length > 0) {
    problems.push(`${label} has digits of another system (${otherDigits.join('')})`);
  }
  const runs = digitRuns(withoutLatinParts);
  if (control.part === 'day') {
    if (!expected.weekdays.some((weekday) => said.includes(weekday))) {
      problems.push(`${label}: a day without its weekday`);
    }
    const bookable = control.className.split(' ').includes('available');
    if (runs.length < (bookable ? 2 : 1)) {
      problems.push(`${label}: a day without its date${bookable ? ' and places left' : ''}`);
    }
  }
  if (control.part === 'slot' && runs.length < 4) {
    problems.push(`${label}: a time without its start and end`);
  }
  return problems;
}

describe('<gov-appointment> as a screen reader says it', () => {
  const mock = useMockApi();

  // The translations are compiled on first request; load them once before the first walk so
  // that the first language's wait for its page is the page's, not the compiler's.
  before(async function () {
    this.timeout(60_000);
    await Promise.all([
      import('../src/generated/locales/ar.js'),
      import('../src/generated/locales/ur.js'),
      import('../src/generated/locales/hi.js'),
      import('../src/generated/locales/bn.js'),
      import('../src/generated/locales/fa.js'),
    ]);
  });

  for (const language of LANGUAGES) {
    it(`names every control of a booking and its cancelling in ${language} as a person expects`, async function () {
      this.timeout(120_000);
      const page = await AnyLanguagePage.render(
        html`<gov-appointment lang=${language} api-base=${API_BASE}></gov-appointment>`,
      );
      const { catalogue } = mock.api.store;
      const expected: Expectations = {
        language,
        digits: digitsOf(
          numberingSystemFor(language, page.element.digits ?? defaultDigitsFor(language)),
        ),
        weekdays: weekdayNames(language),
        catalogueIds: new Set(
          [...catalogue.services, ...catalogue.centres, ...catalogue.providers].map(
            (entry) => entry.id,
          ),
        ),
      };
      const problems: string[] = [];
      const kindsSeen = new Set<string>();
      await visitEveryPage(page, mock.api, async (where) => {
        const controls = await spokenControls(page);
        expect(controls.length, `controls on the ${where} page`).to.be.greaterThan(0);
        for (const control of controls) {
          kindsSeen.add(control.part || control.role);
          for (const problem of problemsOf(control, expected))
            problems.push(`${where}: ${problem}`);
        }
      });

      // The walk met the kinds of control the checks are about.
      expect([...kindsSeen]).to.include.members(['day', 'slot', 'textbox', 'button']);
      expect(problems).to.deep.equal([]);
    });
  }
});
