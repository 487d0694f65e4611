/**
 * The date grid without the DOM: which dates a month shows in which cells, and where each key
 * of the WAI-ARIA APG date picker grid moves the focus.
 */
import {
  addDays,
  addMonths,
  compareDates,
  daysInMonth,
  monthOf,
  weekdayOf,
} from '../format/bahrain-time.js';

/** One row of the grid: seven dates in display order, `null` for cells outside the month. */
export type GridWeek = readonly (string | null)[];

/**
 * The weeks of a month (`YYYY-MM`) as rows of seven cells, the first column being
 * `weekStart` (0 is Sunday, 6 is Saturday).
 */
export function monthGrid(month: string, weekStart: number): GridWeek[] {
  const first = `${month}-01`;
  const leadingBlanks = (weekdayOf(first) - weekStart + 7) % 7;
  const cells: (string | null)[] = Array.from({ length: leadingBlanks }, () => null);
  for (let day = 0; day < daysInMonth(month); day += 1) cells.push(addDays(first, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: GridWeek[] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return weeks;
}

/** Where a move may go and how the grid is laid out. */
export interface FocusMoveOptions {
  /** Text direction: in right-to-left grids the next day is on the left. */
  dir: 'ltr' | 'rtl';
  /** Earliest date the focus may reach. */
  min: string;
  /** Latest date the focus may reach. */
  max: string;
  /** First column of the grid (0 is Sunday). */
  weekStart: number;
  /** With Page Up/Page Down, moves by a year instead of a month. */
  shiftKey: boolean;
}

/** `date` limited to the range [`min`, `max`]. */
export function clampDate(date: string, min: string, max: string): string {
  if (compareDates(date, min) < 0) return min;
  if (compareDates(date, max) > 0) return max;
  return date;
}

/**
 * The date that key `key` (a `KeyboardEvent.key`) moves the focus to from `date`, kept within
 * [`min`, `max`], or `null` when the key is not a grid navigation key:
 * - ArrowRight/ArrowLeft: the next/previous day (mirrored in right-to-left grids, where the
 *   next day is on the left);
 * - ArrowDown/ArrowUp: the same weekday next/previous week;
 * - Home/End: the first/last day of the week row (by `weekStart`), staying within the month
 *   because the grid shows no other month's days in that row;
 * - PageDown/PageUp: the same day next/previous month (with Shift: year), clamped to the end
 *   of a shorter month.
 */
export function moveFocus(date: string, key: string, options: FocusMoveOptions): string | null {
  const forward = options.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = options.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  const monthStep = options.shiftKey ? 12 : 1;
  const column = (weekdayOf(date) - options.weekStart + 7) % 7;
  let target: string;
  switch (key) {
    case forward:
      target = addDays(date, 1);
      break;
    case backward:
      target = addDays(date, -1);
      break;
    case 'ArrowDown':
      target = addDays(date, 7);
      break;
    case 'ArrowUp':
      target = addDays(date, -7);
      break;
    case 'Home':
      target = withinMonthOf(date, addDays(date, -column));
      break;
    case 'End':
      target = withinMonthOf(date, addDays(date, 6 - column));
      break;
    case 'PageDown':
      target = addMonths(date, monthStep);
      break;
    case 'PageUp':
      target = addMonths(date, -monthStep);
      break;
    default:
      return null;
  }
  return clampDate(target, options.min, options.max);
}

/** `target` pulled back into `date`'s month when it falls in the month before or after. */
function withinMonthOf(date: string, target: string): string {
  const month = monthOf(date);
  const firstDay = `${month}-01`;
  const lastDay = addDays(addMonths(firstDay, 1), -1);
  return clampDate(target, firstDay, lastDay);
}
