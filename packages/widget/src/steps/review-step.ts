/** Step 6: everything on one page, each part with a way back to change it. */
import type { Centre, Service, Slot } from '@gov-appointment/sdk/schemas';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { type ApplicantDraft, toApplicantRequest } from '../applicant/applicant-validation.js';
import type { BookingStep } from '../events.js';
import { formatTimeRange } from '../format/bahrain-time.js';
import { cachedListFormat } from '../format/intl-cache.js';
import { formatMoney, formatPhoneNumber } from '../format/number-format.js';
import { inPageDigits } from '../format/page-digits.js';
import { accessibilityNeedName, languageName, relationshipName } from './names.js';
import { renderDate, text, type ViewContext } from './view-context.js';

export interface ReviewStepOptions {
  readonly context: ViewContext;
  readonly service: Service;
  readonly centre: Centre;
  readonly slot: Slot;
  readonly draft: ApplicantDraft;
  readonly submitting: boolean;
  /** Steps whose choice the host page fixed (`lock-service`, `lock-centre`): not changeable. */
  readonly fixedSteps: ReadonlySet<BookingStep>;
  readonly onChange: (step: BookingStep) => void;
  readonly onConfirm: () => void;
}

interface Row {
  readonly label: string;
  readonly value: TemplateResult | string;
  readonly step: BookingStep;
  readonly changeLabel: string;
}

export function renderReviewStep(options: ReviewStepOptions): TemplateResult {
  const { context, service, centre, slot, draft } = options;
  const applicant = toApplicantRequest(draft);
  const date = renderDate(context, slot.start.slice(0, 10));
  const time = formatTimeRange(slot.start, slot.end, context.language, context.numberingSystem);
  const rows: Row[] = [
    {
      label: msg('Service'),
      value: text(context, service.name),
      step: 'service',
      changeLabel: msg('Change service'),
    },
    {
      label: msg('Centre'),
      value: html`${text(context, centre.name)}<br />${text(context, centre.address)}`,
      step: 'centre',
      changeLabel: msg('Change centre'),
    },
    {
      label: msg('Date'),
      value: date,
      step: 'date',
      changeLabel: msg('Change date'),
    },
    {
      label: msg('Time'),
      value: time,
      step: 'time',
      changeLabel: msg('Change time'),
    },
    {
      label: msg('Name'),
      value: html`<bdi>${applicant.applicant.name}</bdi>`,
      step: 'details',
      changeLabel: msg('Change name'),
    },
    {
      label: msg('National ID'),
      // Checked and sent in Latin digits; read back in the page's, as typed.
      value: html`<span class="ltr">${inPageDigits(applicant.applicant.nationalId, context.numberingSystem)}</span>`,
      step: 'details',
      changeLabel: msg('Change national ID'),
    },
    {
      label: msg('Mobile'),
      value: html`<span class="ltr">${formatPhoneNumber(applicant.applicant.mobile, context.numberingSystem)}</span>`,
      step: 'details',
      changeLabel: msg('Change mobile number'),
    },
    {
      label: msg('Email'),
      value: applicant.applicant.email
        ? html`<span class="ltr">${applicant.applicant.email}</span>`
        : msg('Not given'),
      step: 'details',
      changeLabel: msg('Change email'),
    },
    {
      label: msg('Who is attending'),
      value: applicant.applicant.bookingFor
        ? msg(str`Someone else (${relationshipName(applicant.applicant.bookingFor.relationship)})`)
        : msg('Me'),
      step: 'details',
      changeLabel: msg('Change who is attending'),
    },
    {
      label: msg('Help at the centre'),
      value:
        applicant.accessibilityNeeds.length > 0
          ? cachedListFormat(context.language, { type: 'conjunction' }).format(
              applicant.accessibilityNeeds.map(accessibilityNeedName),
            )
          : msg('None'),
      step: 'details',
      changeLabel: msg('Change help needed'),
    },
    {
      label: msg('Messages in'),
      value: languageName(applicant.notificationLanguage),
      step: 'details',
      changeLabel: msg('Change language of messages'),
    },
  ];
  return html`
    <dl class="summary-list" part="summary">
      ${rows.map(
        (row) => html`<div>
          <dt>${row.label}</dt>
          <dd>${row.value}</dd>
          ${
            options.fixedSteps.has(row.step)
              ? nothing
              : html`<dd>
                <button type="button" class="link" @click=${() => options.onChange(row.step)}>
                  ${row.changeLabel}
                </button>
              </dd>`
          }
        </div>`,
      )}
    </dl>
    ${
      service.fee
        ? html`<p>
          ${msg(
            str`Fee: ${formatMoney(service.fee, context.language, context.numberingSystem)}, paid as the ministry explains after booking.`,
          )}
        </p>`
        : nothing
    }
    <div class="actions">
      <button
        type="button"
        part="submit"
        aria-disabled=${options.submitting ? 'true' : 'false'}
        @click=${() => {
          if (!options.submitting) options.onConfirm();
        }}
      >
        ${options.submitting ? msg('Booking…') : msg('Confirm booking')}
      </button>
    </div>
  `;
}
