/**
 * The names assistive technology gives elements, computed the simple way the widget's markup
 * needs: `aria-label`, then `aria-labelledby`, then a `<label for>` in the same root, then the
 * text content that is not `aria-hidden`.
 */

/** The text a screen reader reads from `node`, leaving out `aria-hidden` parts. */
export function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  // Node types rather than `instanceof`, so that elements in a frame's document count too.
  if (
    node.nodeType === Node.ELEMENT_NODE &&
    (node as Element).getAttribute('aria-hidden') === 'true'
  ) {
    return '';
  }
  return [...node.childNodes].map(textOf).join('');
}

/** `textOf` with runs of white space collapsed, as it is spoken. */
export function spokenText(node: Node): string {
  return textOf(node).replace(/\s+/g, ' ').trim();
}

/** The accessible name of `element`. */
export function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  const root = element.getRootNode() as ShadowRoot | Document;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(' ')
      .map((id) => {
        const labelElement = root.getElementById(id);
        return labelElement ? textOf(labelElement) : '';
      })
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  if (element.id) {
    const forLabel = root.querySelector(`label[for="${CSS.escape(element.id)}"]`);
    if (forLabel) return spokenText(forLabel);
  }
  return spokenText(element);
}
