/**
 * Routes through the widget that several tests take, in any language: to the times of a
 * day, and through every page of a booking and of cancelling it.
 */
import type { MockApi } from '@gov-appointment/mock-server/browser';
import type { AnyLanguagePage } from './any-language-page.js';
import { APPLICANT } from './booking-fixtures.js';

/**
 * From the list of services to the times of a day: chooses the usual service, a centre with
 * a free time, and the first date of the list view.
 */
export async function goToFirstFreeDay(page: AnyLanguagePage, api: MockApi): Promise<void> {
  await page.waitForPage('service');
  await page.openGroupOf();
  await page.activate(page.serviceChoice());
  await page.waitForElement('[part="centre"]');
  await page.activate(page.centreChoice(page.bookableCentreName(api)));
  await page.waitForPage('date');
  await page.activate(page.dateViews().list);
  await page.waitForElement('[part="available-dates"] button');
  await page.activate(page.listedDates()[0] as HTMLButtonElement);
  await page.waitForPage('time');
}

/**
 * Goes through every page of a booking, a failure on the way, then finding and cancelling
 * the booking made, calling `visit` with a name for each page once it is ready.
 */
export async function visitEveryPage(
  page: AnyLanguagePage,
  api: MockApi,
  visit: (where: string) => Promise<void>,
): Promise<void> {
  const hasCentre = (name: string): boolean => {
    try {
      return page.centreChoice(name) !== undefined;
    } catch {
      return false;
    }
  };
  await page.waitForPage('service');
  await page.openGroupOf();
  await visit('service');
  await page.activate(page.serviceChoice());
  // The list may still be filling in when its first centres show.
  const centreName = page.bookableCentreName(api);
  await page.until(
    () =>
      page.root.querySelector('[part="centre"]') !== null && page.idle() && hasCentre(centreName),
    `the centre ${centreName}`,
  );
  await visit('centre');
  await page.activate(page.centreChoice(centreName));
  await page.waitForElement('button[part="day"].available');
  await visit('date, calendar');
  await page.activate(page.dateViews().list);
  await page.waitForElement('[part="available-dates"] button');
  await visit('date, list');
  api.scenarios.use('malformed', { operations: ['getSlots'] });
  await page.activate(page.listedDates()[0] as HTMLButtonElement);
  await page.waitForFailure();
  await visit('time, failure');
  api.scenarios.reset();
  await page.takeNoticeAction();
  await page.until(() => page.freeTimes().length > 0 && page.idle(), 'free times');
  await visit('time');
  await page.holdFirstFreeTime();
  await page.waitForPage('details');
  await visit('details');
  await page.activate(page.submitButton());
  await page.waitForElement('.error-summary');
  await visit('details, mistakes');
  await page.fill(page.applicantField('name'), APPLICANT.name);
  await page.fill(page.applicantField('nationalId'), APPLICANT.nationalId);
  await page.fill(page.applicantField('mobile'), APPLICANT.mobile);
  await page.activate(page.submitButton());
  await page.waitForPage('review');
  await visit('review');
  await page.activate(page.submitButton());
  await page.waitForPage('confirmation');
  await visit('confirmation');
  await page.activate(page.manageFromConfirmation());
  await page.waitForPage('manage-find');
  await visit('manage, find');
  await page.activate(page.submitButton());
  await page.waitForPage('manage-booking');
  await visit('manage, booking');
  await page.activate(page.bookingActions().cancel);
  await page.waitForElement('#cancel-reason');
  await visit('manage, cancel question');
  await page.activate(page.submitButton());
  await page.waitForPage('manage-cancelled');
  await visit('manage, cancelled');
}
