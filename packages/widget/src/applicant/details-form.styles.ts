/**
 * Styles of the details form. They read the element's private token aliases (`--_error`,
 * `--_focus`, …, see styles/tokens.ts) and use logical properties only, so one stylesheet
 * serves left-to-right and right-to-left pages.
 */
import { css } from 'lit';

export const detailsFormStyles = css`
  .details-form {
    /* Field widths follow the space the widget has, not the size of the host page. */
    container-type: inline-size;
  }

  .details-form .field {
    margin-block: 0 calc(var(--_space) * 3);
  }

  .details-form label,
  .details-form legend {
    display: block;
    font-weight: 600;
    margin-block: 0 calc(var(--_space) / 2);
  }

  .details-form fieldset {
    border: 0;
    padding: 0;
    margin-inline: 0;
    min-inline-size: 0;
  }

  .details-form legend {
    padding: 0;
    font-size: 1.125em;
  }

  .details-form .hint {
    color: var(--_text-muted);
    font-weight: normal;
    margin-block: 0 calc(var(--_space) / 2);
  }

  .details-form .input {
    display: block;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    inline-size: 100%;
    min-block-size: var(--_target);
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }

  .details-form textarea.input {
    min-block-size: 7.5rem;
    resize: vertical;
  }

  .details-form .width-national-id {
    max-inline-size: 14ch;
  }

  .details-form .width-phone {
    max-inline-size: 20ch;
  }

  .details-form .width-language {
    max-inline-size: 20rem;
  }

  /* Phones: every input spans the width, the easiest target for a thumb. */
  @container (max-width: 30rem) {
    .details-form .width-national-id,
    .details-form .width-phone,
    .details-form .width-language {
      max-inline-size: none;
    }
  }

  .details-form .input:focus-visible,
  .details-form input[type='checkbox']:focus-visible,
  .details-form .error-summary-link:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Read-only: a tinted box with a dashed border (the shape stays in forced colours). */
  .details-form .input[readonly] {
    background: var(--_surface-raised);
    border-style: dashed;
  }

  .details-form .input-with-prefix {
    display: flex;
    align-items: stretch;
    inline-size: 100%;
  }

  .details-form .input-with-prefix .prefix {
    display: flex;
    align-items: center;
    padding-inline: var(--_space);
    font-weight: 600;
    background: var(--_surface-raised);
    border: 2px solid var(--_border);
    border-inline-end: 0;
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }

  .details-form .input-with-prefix .input {
    flex: 1;
    min-inline-size: 0;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }

  /* A problem is marked three ways: a bar beside the question, a thicker border, the text. */
  .details-form .field-invalid {
    border-inline-start: 0.25rem solid var(--_error);
    padding-inline-start: calc(var(--_space) * 1.5);
  }

  .details-form [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 3px;
  }

  .details-form .error-message {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) / 2);
    margin-block: 0 calc(var(--_space) / 2);
    color: var(--_error);
    font-weight: 600;
  }

  .details-form .error-icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.125em;
  }

  .details-form .error-summary {
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    margin-block: 0 calc(var(--_space) * 3);
  }

  .details-form .error-summary h3 {
    font-size: 1.125em;
    margin-block: 0 var(--_space);
  }

  .details-form .error-summary-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .details-form .error-summary-link {
    display: inline-flex;
    align-items: center;
    justify-content: flex-start;
    min-block-size: var(--_target);
    min-inline-size: 0;
    padding: 0;
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    color: var(--_error);
    background: transparent;
    border: 0;
    cursor: pointer;
  }

  .details-form .checkboxes {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-block-end: calc(var(--_space) * 2);
  }

  /* The label fills the row, so the whole row (at least 44 px tall) ticks the box. */
  .details-form .checkbox {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: var(--_target);
  }

  .details-form .checkbox input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }

  .details-form .checkbox label {
    flex: 1;
    margin: 0;
    padding-block: calc(var(--_space) / 2);
    font-weight: normal;
    cursor: pointer;
  }

  .details-form .conditional {
    margin-block-start: var(--_space);
    margin-inline-start: 0.75rem;
    padding-inline-start: calc(var(--_space) * 2);
    border-inline-start: 0.25rem solid var(--_border);
  }

  .details-form .conditional.field-invalid {
    border-inline-start-color: var(--_error);
  }

  .details-form .note {
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 1.5);
    background: var(--_surface-raised);
    border-inline-start: 0.25rem solid var(--_border);
  }

  /* The last question of the group: the group's own margin follows. */
  .details-form .notes {
    margin-block-end: 0;
  }

  .details-form .character-count {
    margin-block: calc(var(--_space) / 2) 0;
    color: var(--_text-muted);
  }

  .details-form .character-count.over {
    color: var(--_error);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .details-form .error-summary-link {
      color: LinkText;
    }

    .details-form .input-with-prefix .prefix {
      background: Canvas;
    }
  }
`;
