/** Layout and the shared pieces of every step: headings, buttons, cards, notices, skeletons. */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--_max-width);
    padding: calc(var(--_space) * 2);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }

  /*
   * Each page is a size container, so its layout follows the space the host page gives the
   * widget, not the screen. (The host itself is not one: that would collapse it to zero
   * width inside a host's flex row.)
   */
  section {
    container-type: inline-size;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  h2 {
    font-size: 1.5em;
    line-height: 1.25;
    margin-block: 0 calc(var(--_space) * 2);
  }

  h3 {
    font-size: 1.125em;
    margin-block: calc(var(--_space) * 2) var(--_space);
  }

  /*
   * Headings and messages take focus only when the widget moves it there (a new page, a
   * failure, the error summary): the ring shows where it went whatever the last input was
   * (WCAG 2.4.7), which :focus-visible alone does not after a pointer press.
   */
  [tabindex='-1']:is(h2, h3, p):focus {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /*
   * Nastaliq's letters reach far above and below a line of the height set for Urdu headings
   * (its natural line is about 2.5 times the font size): the ring drawn around such a line
   * would cross the words. A line as tall as the font asks for keeps them inside it.
   */
  :host(:lang(ur)) [tabindex='-1']:is(h2, h3, p) {
    line-height: normal;
  }

  p {
    margin-block: 0 var(--_space);
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .progress {
    color: var(--_text-muted);
    margin-block-end: var(--_space);
  }

  /* Codes, numbers and references read left to right and never break at their hyphens. */
  .ltr {
    direction: ltr;
    unicode-bidi: isolate;
    white-space: nowrap;
  }

  button,
  .button {
    font: inherit;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-block: calc(var(--_space) * 1);
    padding-inline: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
    text-align: center;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
  }

  button.secondary,
  .button.secondary {
    background: transparent;
    color: var(--_primary);
  }

  button.link {
    background: transparent;
    border-color: transparent;
    color: var(--_primary);
    text-decoration: underline;
    padding-inline: calc(var(--_space) / 2);
  }

  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  button:focus-visible,
  .button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  a {
    color: var(--_primary);
  }

  /* A phone number is tapped on a phone: it gets a whole target, not a line of text (WCAG 2.5.8). */
  a[href^='tel:'] {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-start: calc(var(--_space) * 2);
  }

  .back {
    margin-block-end: var(--_space);
  }

  input[type='search'],
  input[type='text'],
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    min-block-size: var(--_target);
    inline-size: 100%;
    padding-inline: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }

  label {
    display: block;
    font-weight: 600;
    margin-block-end: calc(var(--_space) / 2);
  }

  .field {
    margin-block-end: calc(var(--_space) * 2);
  }

  .field .error {
    color: var(--_error);
    font-weight: 600;
    margin-block: 0 calc(var(--_space) / 2);
  }

  .field input[aria-invalid='true'] {
    border-color: var(--_error);
    border-inline-start-width: 0.375rem;
  }

  .hint,
  .hijri {
    color: var(--_text-muted);
    font-weight: normal;
  }

  ul.choices {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }

  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    background: var(--_surface);
  }

  .card h3,
  .card h4 {
    margin-block: 0 calc(var(--_space) / 2);
    font-size: 1.0625em;
  }

  .card button.choose {
    margin-block-start: var(--_space);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    color: var(--_text-muted);
    margin: 0;
    padding: 0;
  }

  dl.meta div {
    display: flex;
    gap: calc(var(--_space) / 2);
  }

  dl.meta dt {
    font-weight: 600;
  }

  dl.meta dd {
    margin: 0;
  }

  details summary {
    cursor: pointer;
    min-block-size: var(--_target);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space);
    color: var(--_primary);
    list-style: none;
  }

  details summary::-webkit-details-marker {
    display: none;
  }

  /* Chevrons are drawn with physical borders and turned to face the reading direction. */
  details summary::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-bottom: 2px solid currentColor;
    border-right: 2px solid currentColor;
    transform: rotate(-45deg);
    margin-inline-end: 0.25em;
  }

  :host([dir='rtl']) details summary::before {
    transform: rotate(135deg);
  }

  /* Open points down in both directions; the host selector keeps it above the RTL rule. */
  details[open] > summary::before,
  :host([dir='rtl']) details[open] > summary::before {
    transform: rotate(45deg);
  }

  .group {
    border-block-end: 1px solid var(--_border);
  }

  .group h3 {
    margin: 0;
  }

  button.disclosure {
    inline-size: 100%;
    justify-content: space-between;
    flex-wrap: wrap;
    background: transparent;
    border-color: transparent;
    color: var(--_text);
    font-weight: 600;
    padding-inline: calc(var(--_space) / 2);
    text-align: start;
  }

  button.disclosure::after {
    content: '';
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-bottom: 2px solid var(--_primary);
    border-right: 2px solid var(--_primary);
    transform: rotate(45deg);
  }

  button.disclosure[aria-expanded='true']::after {
    transform: rotate(-135deg);
  }

  button.disclosure > span:first-child {
    flex: 1 1 12rem;
  }

  .group > ul {
    margin-block: var(--_space) calc(var(--_space) * 2);
  }

  .notice {
    border-inline-start: 0.375rem solid var(--_error);
    background: var(--_surface-raised);
    padding: calc(var(--_space) * 1.5);
    margin-block-end: calc(var(--_space) * 2);
    border-radius: var(--_radius);
  }

  .notice h3 {
    margin-block-start: 0;
  }

  .notice.info {
    border-inline-start-color: var(--_primary);
  }

  .hold {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin-block-end: calc(var(--_space) * 2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }

  .hold.urgent {
    background: var(--_warning-surface);
    border-color: var(--_error);
  }

  .hold p {
    margin: 0;
    flex: 1 1 12rem;
  }

  .skeleton {
    display: grid;
    gap: var(--_space);
  }

  .skeleton span {
    display: block;
    block-size: 4.5rem;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    animation: pulse 1.5s ease-in-out infinite;
  }

  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton span {
      animation: none;
    }
  }

  .summary-list {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(7rem, 1fr) 2fr auto;
    column-gap: calc(var(--_space) * 2);
  }

  /* Rows share the list's columns, so labels, values and links line up. */
  .summary-list > div {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    padding-block: var(--_space);
    border-block-end: 1px solid var(--_border);
    align-items: baseline;
  }

  .summary-list dt {
    font-weight: 600;
  }

  .summary-list dd {
    margin: 0;
  }

  .summary-list dd:last-child:not(:nth-child(2)) {
    justify-self: end;
  }

  @container (max-width: 30rem) {
    .summary-list {
      grid-template-columns: 1fr;
    }

    .summary-list dd:last-child:not(:nth-child(2)) {
      justify-self: start;
    }
  }

  .slots {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr));
    gap: var(--_space);
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .slots button {
    inline-size: 100%;
    flex-direction: column;
    gap: 0;
  }

  .slots .places {
    font-size: 0.875em;
  }

  /* The booking's own time when moving it: marked by its shape too, not by its words alone. */
  .slots button.current {
    border-style: dashed;
  }

  /*
   * Large, but never wider than a 320 px screen: references are random, and wide letters
   * (W, M) overflowed the panel. The line may break after a hyphen rather than scroll.
   */
  .reference.ltr {
    font-size: 1.75em;
    font-weight: 700;
    letter-spacing: 0.05em;
    white-space: normal;
  }

  .confirmation-panel {
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 2);
  }

  .qr {
    inline-size: 10rem;
    block-size: 10rem;
    background: #ffffff;
    padding: 0.5rem;
  }

  @media (forced-colors: active) {
    .notice,
    .hold,
    .card,
    .confirmation-panel {
      border: 2px solid CanvasText;
    }

    button {
      border: 2px solid ButtonText;
    }

    /* Forced colours drop the fill that marks the chosen view or time: it is kept, as for days. */
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }

  @media print {
    :host {
      max-inline-size: none;
      padding: 0;
      color: #000000;
      background: #ffffff;
    }

    .actions,
    .back,
    .progress,
    .hold,
    .no-print {
      display: none;
    }
  }
`;
