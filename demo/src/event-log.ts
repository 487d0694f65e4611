/**
 * Lists the events the widget sends to its host page, newest first, as a developer wiring
 * the page would want to see them: the name and the `detail` it carries.
 */
const WIDGET_EVENTS = [
  'gov-step-change',
  'gov-hold-placed',
  'gov-hold-expired',
  'gov-booked',
  'gov-cancelled',
  'gov-rescheduled',
  'gov-error',
] as const;

/** Enough to follow a whole booking and manage session without the page growing forever. */
const KEPT_ENTRIES = 100;

/** Logs the events of `widget` into `list`; returns a function that stops listening. */
export function logWidgetEvents(widget: HTMLElement, list: HTMLOListElement): () => void {
  const record = (event: Event) => {
    const item = document.createElement('li');
    const time = document.createElement('time');
    const now = new Date();
    time.dateTime = now.toISOString();
    time.textContent = now.toLocaleTimeString('en-GB');
    const name = Object.assign(document.createElement('code'), { textContent: event.type });
    const detail = (event as Event & { detail?: unknown }).detail;
    item.append(time, ' ', name, ` ${JSON.stringify(detail)}`);
    list.prepend(item);
    while (list.children.length > KEPT_ENTRIES) list.lastElementChild?.remove();
  };
  for (const type of WIDGET_EVENTS) widget.addEventListener(type, record);
  return () => {
    for (const type of WIDGET_EVENTS) widget.removeEventListener(type, record);
  };
}
