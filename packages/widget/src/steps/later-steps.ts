/**
 * The pages that come after a time is held (details, review, confirmation) and the manage
 * pages with their flow, in a module of their own: the element loads it once its first page is
 * up, so the first page reaches a phone sooner (see controllers/later-steps-loader.ts). The
 * details form's styles come with it and are added to the element when it arrives.
 */
export {
  detailsFormStyles as laterStepsStyles,
  focusErrorSummary,
  renderDetailsForm,
} from '../applicant/details-form.js';
export { ManageFlow } from '../controllers/manage-flow.js';
export { renderConfirmationStep } from './confirmation-step.js';
export {
  renderManageBooking,
  renderManageCancelled,
  renderManageFind,
  renderRescheduleConfirm,
} from './manage-steps.js';
export { renderReviewStep } from './review-step.js';
