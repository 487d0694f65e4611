/**
 * Styles of the date grid and of the list of next available dates, layered on the widget's
 * tokens (`--_…` aliases of the public `--gov-…` tokens) and base styles. Every state also
 * has a shape or text-decoration cue, which does not rely on colour perception and survives
 * forced-colors mode (where backgrounds are dropped but borders and text decoration stay).
 */
import { css } from 'lit';

export const dateGridStyles = css`
  .date-grid {
    container-type: inline-size;
    color: var(--_text);
  }

  .month-header {
    display: flex;
    align-items: center;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }

  .month-label {
    flex: 1;
    margin: 0;
    font-size: 1.125rem;
    font-weight: 700;
    text-align: center;
  }

  .month-nav {
    position: relative;
    inline-size: var(--_target);
    block-size: var(--_target);
    padding: 0;
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }

  .month-nav[aria-disabled='true'] {
    border-style: dashed;
    color: var(--_text-muted);
  }

  .chevron {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* The chevrons point along the reading direction: "previous" points right in Arabic. */
  [dir='rtl'] .chevron {
    transform: scaleX(-1);
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }

  th {
    padding-block: calc(var(--_space) / 2);
    font-size: 0.8125rem;
    font-weight: 600;
    text-align: center;
    color: var(--_text-muted);
  }

  /* No padding on narrow screens: seven 40 px cells must fit in a 320 px wide page. */
  td {
    padding: 0;
    text-align: center;
  }

  .day {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 2px;
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 40px;
    min-block-size: var(--_target);
    padding: 2px 0;
    border: 1px solid transparent;
    background: transparent;
    color: var(--_text);
    font-variant-numeric: tabular-nums;
  }

  .day.available {
    border-color: var(--_border);
    background: var(--_surface);
    font-weight: 600;
  }

  .day.available:hover {
    background: var(--_surface-raised);
  }

  /* Unavailable days stay fully legible: they are read to learn why they are unavailable. */
  .day.closed,
  .day.fully-booked,
  .day.loading {
    color: var(--_text-muted);
    cursor: default;
    opacity: 1;
  }

  .day.closed .day-number,
  .key-sample.closed {
    text-decoration-line: line-through;
  }

  .day[aria-current='date'] .day-number,
  .key-sample.today {
    text-decoration-line: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 3px;
  }

  .day.closed[aria-current='date'] .day-number {
    text-decoration-line: underline line-through;
  }

  .day[aria-pressed='true'] {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }

  .day:focus-visible {
    z-index: 1;
  }

  .marker {
    display: inline-block;
    box-sizing: border-box;
    inline-size: 8px;
    block-size: 8px;
    border-radius: 50%;
  }

  /* A filled dot drawn with a border, which forced-colors mode keeps. */
  .day.available .marker,
  .marker.available {
    border: 4px solid var(--_success);
  }

  .day.available[aria-pressed='true'] .marker {
    border-color: currentColor;
  }

  .day.fully-booked .marker,
  .marker.fully-booked {
    border: 2px solid currentColor;
  }

  .ramadan-marker {
    position: absolute;
    inset-block-start: 1px;
    inset-inline-end: 3px;
    font-size: 0.6875rem;
    line-height: 1;
  }

  .grid-status {
    margin-block: var(--_space) 0;
    color: var(--_text-muted);
  }

  .calendar-key {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin-block: calc(var(--_space) * 1.5) 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }

  .calendar-key li {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }

  .key-sample,
  .ramadan-sample {
    min-inline-size: 1.5em;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }

  @container (min-inline-size: 22rem) {
    td {
      padding: 2px;
    }

    .day {
      min-block-size: 3rem;
    }
  }

  .available-dates-list {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .available-date {
    justify-content: flex-start;
    inline-size: 100%;
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    text-align: start;
  }

  .available-date:hover {
    background: var(--_surface-raised);
  }

  .available-date[aria-pressed='true'] {
    border-color: var(--_primary);
    border-inline-start-width: 6px;
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .day[aria-pressed='true'],
    .available-date[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }

    .day.available .marker,
    .marker.available {
      border-color: currentColor;
    }

    /* Forced colours paint even transparent borders: only bookable days keep a box. */
    .day:not(.available) {
      border-style: none;
      padding: 3px 1px;
    }

    .day.closed,
    .day.fully-booked,
    .month-nav[aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
