/**
 * Finds the element's language the way the platform does: its own `lang`, else the nearest
 * ancestor's (crossing shadow roots), else `<html lang>`, else English. Watches those
 * attributes so a host page that switches language is followed. Never writes to the host page:
 * only the element's own `dir` is set.
 */
import type { Language } from '@gov-appointment/sdk/schemas';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, switchLanguage } from '../localization.js';

const SUPPORTED: ReadonlySet<string> = new Set(['ar', 'en', 'ur', 'hi', 'bn', 'fa']);

/** The first supported primary subtag of a BCP 47 tag, e.g. `ar-BH` gives `ar`. */
export function supportedLanguage(tag: string | null | undefined): Language | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && SUPPORTED.has(primary) ? (primary as Language) : null;
}

/** The nearest `lang` from the element outwards, crossing shadow boundaries. */
export function inheritedLanguageTag(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
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
    const language = supportedLanguage(inheritedLanguageTag(this.host)) ?? 'en';
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
    let node: Node | null = this.host;
    while (node) {
      if (node instanceof Element) {
        this.observer.observe(node, { attributes: true, attributeFilter: ['lang'] });
      }
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
  }
}
