/** The pieces every page shares: heading, progress, the way back, failures, the hold's clock. */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { ErrorDescription, NumberStyle } from '../errors/error-messages.js';
import { cachedNumberFormat } from '../format/intl-cache.js';
import { formatNumber } from '../format/number-format.js';
import { plural } from '../format/plural.js';
import { getLocale } from '../localization.js';

export interface StepFrame {
  readonly heading: string;
  /**
   * Position among the booking steps, e.g. 2 of 6, written in the reader's digits; omitted
   * outside the booking path.
   */
  readonly progress?: { readonly current: string; readonly total: string };
  readonly back?: { readonly label: string; readonly onClick: () => void };
  readonly notice?: TemplateResult | typeof nothing;
  readonly body: TemplateResult | TemplateResult[] | typeof nothing;
}

/** The page's heading, for the element to move focus to. */
export const STEP_HEADING_SELECTOR = '#step-heading';
/** The confirmation's heading above the check-in code (`#check-in-heading`). */
export const CHECK_IN_HEADING_SELECTOR = '#check-in-heading';

/**
 * A page of the widget. Its heading is focused when the page opens (by the element), so a
 * screen reader announces where the user now is.
 */
export function renderStepFrame(frame: StepFrame): TemplateResult {
  return html`
    <section aria-labelledby="step-heading">
      ${
        frame.back
          ? html`<div class="back">
            <button type="button" class="link" @click=${frame.back.onClick}>
              <span aria-hidden="true">‹</span> ${frame.back.label}
            </button>
          </div>`
          : nothing
      }
      ${
        frame.progress
          ? html`<p class="progress">
            ${msg(str`Step ${frame.progress.current} of ${frame.progress.total}`)}
          </p>`
          : nothing
      }
      <h2 id="step-heading" tabindex="-1">${frame.heading}</h2>
      ${frame.notice ?? nothing} ${frame.body}
    </section>
  `;
}

/** The notice's title, for the element to move focus to. */
export const NOTICE_TITLE_SELECTOR = '#notice-title';

export interface NoticeActions {
  readonly onRetry?: () => void;
  readonly onChooseTime?: () => void;
  readonly onStartOver?: () => void;
  readonly onReload?: () => void;
  /** Seconds still to wait before a retry is allowed (rate limits). */
  readonly waitSeconds?: number;
  /** The reader's language and digits, for the countdown. */
  readonly numberStyle?: NumberStyle;
}

/**
 * A failure with what to do about it. Announced through the element's live region; its title
 * takes focus when the failure replaced what the person was on (`NOTICE_TITLE_SELECTOR`).
 */
export function renderNotice(
  description: ErrorDescription | null,
  actions: NoticeActions = {},
): TemplateResult | typeof nothing {
  if (!description) return nothing;
  const waiting = (actions.waitSeconds ?? 0) > 0;
  return html`
    <div class="notice" part="notice" role="group" aria-labelledby="notice-title">
      <h3 id="notice-title" tabindex="-1">${description.title}</h3>
      <p>${description.detail}</p>
      ${
        description.requestId
          ? html`<p class="hint">
            ${msg('Reference for the help desk:')}
            <span class="ltr">${description.requestId}</span>
          </p>`
          : nothing
      }
      <div class="actions">
        ${
          description.recovery === 'retry' && actions.onRetry
            ? html`<button
              type="button"
              aria-disabled=${waiting ? 'true' : 'false'}
              @click=${() => {
                if (!waiting) actions.onRetry?.();
              }}
            >
              ${waiting ? retryCountdown(actions.waitSeconds ?? 0, actions.numberStyle) : msg('Try again')}
            </button>`
            : nothing
        }
        ${
          description.recovery === 'choose-time' && actions.onChooseTime
            ? html`<button type="button" @click=${actions.onChooseTime}>
              ${msg('Choose another time')}
            </button>`
            : nothing
        }
        ${
          description.recovery === 'reload' && actions.onReload
            ? html`<button type="button" @click=${actions.onReload}>
              ${msg('Reload the page')}
            </button>`
            : nothing
        }
        ${
          description.recovery === 'start-over' && actions.onStartOver
            ? html`<button type="button" @click=${actions.onStartOver}>
              ${msg('Start again')}
            </button>`
            : nothing
        }
      </div>
    </div>
  `;
}

/** "Try again in 1 second" or "… in 5 seconds", by the plural rules of the language shown. */
function retryCountdown(seconds: number, style: NumberStyle | undefined): string {
  const count = style
    ? formatNumber(seconds, style.language, style.numberingSystem)
    : String(seconds);
  return plural(seconds, style?.language ?? getLocale(), {
    exactlyOne: () => msg('Try again in one second', { id: 'retry-countdown.exactly-one' }),
    two: () => msg('Try again in two seconds', { id: 'retry-countdown.two' }),
    few: () => msg(str`Try again in ${count} seconds`, { id: 'retry-countdown.few' }),
    many: () => msg(str`Try again in ${count} seconds`, { id: 'retry-countdown.many' }),
    other: () => msg(str`Try again in ${count} seconds`, { id: 'retry-countdown.other' }),
  });
}

/** Placeholder blocks the size of the content to come, so nothing jumps when it arrives. */
export function renderSkeleton(rows = 4): TemplateResult {
  return html`<div class="skeleton" aria-hidden="true">
    ${Array.from({ length: rows }, () => html`<span></span>`)}
  </div>`;
}

/** `m:ss`, digits in the given numbering system. */
export function formatCountdown(
  seconds: number,
  numberingSystem: string,
  language: string,
): string {
  const twoDigits = cachedNumberFormat(language, { numberingSystem, minimumIntegerDigits: 2 });
  const minutes = cachedNumberFormat(language, { numberingSystem }).format(
    Math.floor(seconds / 60),
  );
  return `${minutes}:${twoDigits.format(seconds % 60)}`;
}

export interface HoldBanner {
  readonly secondsLeft: number;
  readonly extensionsRemaining: number;
  readonly extending: boolean;
  readonly numberingSystem: string;
  readonly language: string;
  readonly onExtend: () => void;
}

/** The time left on the held place, for the element to move focus to. */
export const HOLD_TIME_SELECTOR = '#hold-time';
/** The button asking for more time. */
export const EXTEND_HOLD_SELECTOR = '#extend-hold';

/**
 * The time left on the held place, with the way to get more (WCAG 2.2.1) for as many times as
 * the API says are left. While a request for more time runs the button stays focusable and
 * ignores presses: a disabled button would drop the keyboard focus to the page's body.
 */
export function renderHoldBanner(banner: HoldBanner): TemplateResult {
  const urgent = banner.secondsLeft <= 120;
  const time = formatCountdown(banner.secondsLeft, banner.numberingSystem, banner.language);
  return html`
    <div class="hold ${urgent ? 'urgent' : ''}" part="hold">
      <p id="hold-time" tabindex="-1">
        ${msg(str`We are keeping this time for you for ${time} more.`)}
      </p>
      ${
        banner.extensionsRemaining > 0
          ? html`<button
            id="extend-hold"
            type="button"
            class="secondary"
            aria-disabled=${banner.extending ? 'true' : 'false'}
            @click=${() => {
              if (!banner.extending) banner.onExtend();
            }}
          >
            ${msg('I need more time')}
          </button>`
          : nothing
      }
    </div>
  `;
}
