/**
 * Finds the element's language the way the platform does: its own `lang`, else the nearest
 * ancestor's (crossing shadow roots), else `<html lang>`, else English. Watches those
 * attributes so a host page that switches language is followed. Never writes to the host page:
 * only the element's own `dir` is set. A language's translations are a lazily loaded part:
 * when they cannot be fetched the language in use stays, and the host shows why.
 */
import { resolveLanguage } from '@gov-appointment/sdk';
import type { Language } from '@gov-appointment/sdk/schemas';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, switchLanguage } from '../localization.js';
import { LazyPart, type LazyPartEvents } from './lazy-part.js';

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
  /** The translations of the language asked for last, on their way or failed. */
  private translations: LazyPart<void> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly events: Omit<LazyPartEvents, 'arrived'> = { failed: () => {} },
  ) {
    host.addController(this);
  }

  get direction(): 'ltr' | 'rtl' {
    return directionOf(this.language);
  }

  /** Whether the language asked for could not be loaded (the one in use stays). */
  get failed(): boolean {
    return this.translations?.failed ?? false;
  }

  /** Whether trying again failed too. */
  get failedAgain(): boolean {
    return this.translations?.failedAgain ?? false;
  }

  /** Fetches the language asked for again. */
  retry(): void {
    this.translations?.retry();
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
    this.forgetTranslations();
    const translations = new LazyPart(this.host, () => switchLanguage(language), {
      arrived: () => {
        // A later request may have overtaken this one while its translations loaded.
        if (this.requested !== language) return;
        this.language = language;
        this.host.setAttribute('dir', directionOf(language));
      },
      failed: () => {
        if (this.requested === language) this.events.failed();
      },
      recovered: () => {
        if (this.requested === language) this.events.recovered?.();
      },
    });
    this.translations = translations;
    translations.need();
  }

  /** Stops following the language asked for before (and its `online` listener). */
  private forgetTranslations(): void {
    if (!this.translations) return;
    this.translations.hostDisconnected();
    this.host.removeController(this.translations);
    this.translations = null;
  }

  private observeAncestors(): void {
    this.observer.disconnect();
    for (const node of elementAndAncestors(this.host)) {
      this.observer.observe(node, { attributes: true, attributeFilter: ['lang'] });
    }
  }
}
