/**
 * Finds the element's language the way the platform does: its own `lang`, else the nearest
 * ancestor's (crossing shadow roots), else `<html lang>`, else English. Watches those
 * attributes so a host page that switches language is followed. Never writes to the host page:
 * only the element's own `dir` is set.
 */
import { resolveLanguage } from '@gov-appointment/sdk';
import type { Language } from '@gov-appointment/sdk/schemas';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, switchLanguage } from '../localization.js';

/** The element and its ancestors, outwards, crossing shadow boundaries. */
function* elementAndAncestors(element: Element): Generator<Element> {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) yield node;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
}

/** The nearest `lang` from the element outwards. */
export function inheritedLanguageTag(element: Element): string | null {
  for (const node of elementAndAncestors(element)) {
    if (node.hasAttribute('lang')) return node.getAttribute('lang');
  }
  return null;
}

export class LocaleController implements ReactiveController {
  /** The language in use once its translations are loaded. */
  language: Language = 'en';
  private readonly observer = new MutationObserver(() => this.resolve());
  private requested: Language | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get direction(): 'ltr' | 'rtl' {
    return directionOf(this.language);
  }

  hostConnected(): void {
    this.observeAncestors();
    this.resolve();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /** Re-reads the language (call when the element's own `lang` changes). */
  resolve(): void {
    // The SDK's rule: the primary subtag if the system serves it, else English.
    const language = resolveLanguage([inheritedLanguageTag(this.host)]);
    if (language === this.requested) return;
    this.requested = language;
    switchLanguage(language).then(() => {
      // A later request may have overtaken this one while its translations loaded.
      if (this.requested !== language) return;
      this.language = language;
      this.host.setAttribute('dir', directionOf(language));
      this.host.requestUpdate();
    });
  }

  private observeAncestors(): void {
    this.observer.disconnect();
    for (const node of elementAndAncestors(this.host)) {
      this.observer.observe(node, { attributes: true, attributeFilter: ['lang'] });
    }
  }
}
