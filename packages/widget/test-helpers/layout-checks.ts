/**
 * What a person sees of the widget's layout, measured in the browser: content pushed sideways
 * out of a narrow screen (WCAG 1.4.10), text cut off (1.4.12), targets too small to touch
 * (2.5.8), a focus with no visible indicator (2.4.7) and control boundaries too faint to see
 * (1.4.11). Each check returns one plain line per problem, starting with `where`.
 */
import { backdropOf, contrastRatio, hex, parseColour, seenOver } from './colour-contrast.js';

/** The smallest a target may be (WCAG 2.5.8). */
export const MINIMUM_TARGET_PX = 24;
/** The size the main controls of a page keep (the widget's `--_target`). */
export const PRIMARY_TARGET_PX = 44;
/** The least contrast a control's boundary or a focus indicator needs against its backdrop. */
export const NON_TEXT_CONTRAST = 3;

/** Text a screen reader reads that is clipped to one pixel on purpose. */
function visuallyHidden(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width <= 1 || box.height <= 1;
}

/** Whether `element` takes up space on the page. */
function rendered(element: Element): boolean {
  return element.getClientRects().length > 0;
}

/** A short, stable description of an element for messages. */
export function describe(element: Element): string {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  const id = element.id ? `#${element.id}` : '';
  const classes = [...element.classList].map((name) => `.${name}`).join('');
  return `<${element.localName}${id}${classes}>${text ? ` "${text}"` : ''}`;
}

/** Sideways scrolling of the widget or its page, and parts sticking out of the viewport. */
export function sidewaysOverflow(host: HTMLElement, where: string): string[] {
  const problems: string[] = [];
  const page = host.ownerDocument.documentElement;
  if (host.scrollWidth > host.clientWidth) {
    // Name the parts past the widget's own edges, so that a failure says what to fix.
    const edges = host.getBoundingClientRect();
    const wider = [...(host.shadowRoot?.querySelectorAll('*') ?? [])]
      .filter((part) => rendered(part) && !visuallyHidden(part))
      .filter((part) => {
        const box = part.getBoundingClientRect();
        const spills = part.scrollWidth > part.clientWidth && part.clientWidth > 0;
        return spills || box.right > edges.right + 0.5 || box.left < edges.left - 0.5;
      })
      .map(describe);
    problems.push(
      `${where}: the widget scrolls sideways (${host.scrollWidth}px in ${host.clientWidth}px)${
        wider.length > 0 ? `; wider than it: ${wider.join(', ')}` : ''
      }`,
    );
  }
  if (page.scrollWidth > page.clientWidth) {
    problems.push(`${where}: the page scrolls sideways (${page.scrollWidth}px)`);
  }
  const viewportWidth = page.clientWidth;
  for (const part of host.shadowRoot?.querySelectorAll('*') ?? []) {
    if (!rendered(part) || visuallyHidden(part)) continue;
    const box = part.getBoundingClientRect();
    if (box.right > viewportWidth + 0.5 || box.left < -0.5) {
      problems.push(`${where}: ${describe(part)} sticks out (${box.left}–${box.right}px)`);
    }
  }
  return problems;
}

/**
 * Content cut off: a box that hides its overflow with more inside than it shows, or a button
 * whose text spills out of it. Form fields are left out: their value scrolls inside them by
 * design, and their scroll size counts the font's whole line box (Nastaliq's is tall) rather
 * than the text painted.
 */
export function clippedContent(root: ShadowRoot, where: string): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (!rendered(element) || visuallyHidden(element)) continue;
    if (element.matches('input, select, textarea')) continue;
    const style = getComputedStyle(element);
    const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
    // A box that hides its overflow cuts whatever passes its padding; a button that shows it
    // looks broken once its text passes its border.
    const button = element.localName === 'button';
    const shownHeight = hides(style.overflowY) ? element.clientHeight : element.offsetHeight;
    const shownWidth = hides(style.overflowX) ? element.clientWidth : element.offsetWidth;
    const checksDown = hides(style.overflowY) || button;
    const checksAcross = hides(style.overflowX) || button;
    if (checksDown && element.scrollHeight > shownHeight + 1) {
      problems.push(
        `${where}: ${describe(element)} cuts its content (${element.scrollHeight}px in ${shownHeight}px)`,
      );
    } else if (checksAcross && element.scrollWidth > shownWidth + 1) {
      problems.push(
        `${where}: ${describe(element)} cuts its content (${element.scrollWidth}px in ${shownWidth}px wide)`,
      );
    }
  }
  return problems;
}

/** Controls a person points at: buttons, links, form fields and disclosure summaries. */
const TARGETS = 'button, a[href], input, select, textarea, summary';

/**
 * The main controls of a page, which keep the comfortable 44 px: the page's main action and
 * the choices that move the booking on (a service, a centre, a date of the list, a time).
 */
const PRIMARY_TARGETS =
  '[part="submit"], button.choose, button[part="slot"], [part="available-dates"] button';

/** Targets smaller than 24 × 24 px, and main controls smaller than 44 px tall. */
export function undersizedTargets(root: ShadowRoot, where: string): string[] {
  const problems: string[] = [];
  for (const target of root.querySelectorAll(TARGETS)) {
    if (!rendered(target) || visuallyHidden(target)) continue;
    const { width, height } = target.getBoundingClientRect();
    if (width < MINIMUM_TARGET_PX - 0.5 || height < MINIMUM_TARGET_PX - 0.5) {
      problems.push(`${where}: ${describe(target)} is ${width}×${height}px`);
    } else if (target.matches(PRIMARY_TARGETS) && height < PRIMARY_TARGET_PX - 0.5) {
      problems.push(`${where}: the main control ${describe(target)} is ${height}px tall`);
    }
  }
  return problems;
}

/**
 * Why the focused `element` shows no usable focus indicator, or null when it shows one: an
 * outline or a box shadow, and an outline colour that stands out from the backdrop.
 */
export function focusIndicatorProblem(element: Element): string | null {
  const style = getComputedStyle(element);
  const outlined = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
  const shadowed = style.boxShadow !== 'none';
  if (!outlined && !shadowed) return `${describe(element)} shows no focus indicator`;
  // `auto` is the browser's own ring, drawn in colours it picks to stand out.
  if (!outlined || style.outlineStyle === 'auto') return null;
  const backdrop = backdropOf(element);
  const ring = seenOver(parseColour(style.outlineColor), backdrop);
  const ratio = contrastRatio(ring, backdrop);
  return ratio < NON_TEXT_CONTRAST
    ? `${describe(element)} has a focus ring of ${hex(ring)} on ${hex(backdrop)} (${ratio.toFixed(2)}:1)`
    : null;
}

/** The colours that can show where a control is: its background and its border, if painted. */
function boundaryColours(control: Element): { colour: string; what: string }[] {
  const style = getComputedStyle(control);
  const colours: { colour: string; what: string }[] = [];
  if (parseColour(style.backgroundColor).alpha > 0) {
    colours.push({ colour: style.backgroundColor, what: 'background' });
  }
  const bordered =
    style.borderBlockStartStyle !== 'none' &&
    Number.parseFloat(style.borderBlockStartWidth) > 0 &&
    parseColour(style.borderBlockStartColor).alpha > 0;
  if (bordered) colours.push({ colour: style.borderBlockStartColor, what: 'border' });
  return colours;
}

/**
 * Controls whose background and border are both under 3:1 against what they sit on (WCAG
 * 1.4.11). Left out: unavailable controls (exempt), link-styled buttons (their text identifies
 * them, and text contrast is axe's to check) and native check boxes (painted by the browser,
 * not the widget's colours).
 */
export function faintControls(root: ShadowRoot, where: string): string[] {
  const problems: string[] = [];
  const controls = root.querySelectorAll('button, input, select, textarea');
  for (const control of controls) {
    if (!rendered(control) || visuallyHidden(control)) continue;
    if (control.matches(':disabled, [aria-disabled="true"]')) continue;
    if (control.matches('input[type="checkbox"], input[type="radio"]')) continue;
    const boundaries = boundaryColours(control);
    // Painted neither way: a link-styled button, told by its text.
    if (boundaries.length === 0) continue;
    const backdrop = backdropOf(control);
    const seen = boundaries.map((boundary) => {
      const colour = seenOver(parseColour(boundary.colour), backdrop);
      return { ...boundary, colour, ratio: contrastRatio(colour, backdrop) };
    });
    if (seen.every((boundary) => boundary.ratio < NON_TEXT_CONTRAST)) {
      const found = seen
        .map(({ what, colour, ratio }) => `${what} ${hex(colour)} ${ratio.toFixed(2)}:1`)
        .join(', ');
      problems.push(`${where}: ${describe(control)} on ${hex(backdrop)}: ${found}`);
    }
  }
  return problems;
}
