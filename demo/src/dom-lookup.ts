/**
 * Finds the elements a page's markup promises, failing loudly when one is missing or of the
 * wrong kind, so a renamed id is caught on load rather than by a silent dead control.
 */

/** The element with `id` in `root`, checked to be an instance of `kind`. */
export function byId<T extends Element>(
  id: string,
  kind: abstract new (...args: never[]) => T,
  root: Document | DocumentFragment = document,
): T {
  const found = root.getElementById(id);
  if (!(found instanceof kind)) {
    throw new Error(`The page has no ${kind.name} #${id}`);
  }
  return found;
}

/** The checked radio button of the group `name` inside `form`, or null. */
export function checkedRadio(form: HTMLFormElement, name: string): string | null {
  const radios = form.elements.namedItem(name);
  return radios instanceof RadioNodeList ? radios.value || null : null;
}

/** Checks the radio button of group `name` whose value is `value`. */
export function checkRadio(form: HTMLFormElement, name: string, value: string): void {
  const radios = form.elements.namedItem(name);
  if (radios instanceof RadioNodeList) radios.value = value;
}
