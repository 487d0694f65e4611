/**
 * The "Embed code" section: the snippets for the current settings in tabs, each with a copy
 * button, and a visible warning while the release's integrity hash is not known yet.
 */
import { copyWithStatus } from './clipboard-copy.js';
import { setUpTabs } from './code-tabs.js';
import { byId } from './dom-lookup.js';
import {
  type CdnRelease,
  type EmbedSnippets,
  embedSnippets,
  type PrefilledField,
} from './embed-code.js';
import type { PlaygroundConfig } from './playground-config.js';

/** Each snippet, the element showing it, and how its copy button names it. */
const SNIPPETS: readonly { readonly key: keyof EmbedSnippets; readonly what: string }[] = [
  { key: 'html', what: 'HTML' },
  { key: 'script', what: 'script' },
  { key: 'react', what: 'React code' },
  { key: 'vue', what: 'Vue code' },
  { key: 'angular', what: 'Angular code' },
  { key: 'css', what: 'theme CSS' },
];

export class EmbedPanel {
  private snippets: EmbedSnippets | null = null;

  constructor(private readonly release: CdnRelease) {
    setUpTabs(byId('embed-tabs', HTMLElement));
    byId('integrity-note', HTMLElement).hidden = release.integrity !== null;
    const status = byId('copy-status', HTMLElement);
    for (const { key, what } of SNIPPETS) {
      byId(`copy-${key}`, HTMLButtonElement).addEventListener('click', () => {
        if (this.snippets) void copyWithStatus(this.snippets[key], what, status);
      });
    }
  }

  /** Shows the snippets for `config`. */
  show(config: PlaygroundConfig, prefilled: ReadonlySet<PrefilledField>): void {
    const snippets = embedSnippets(config, prefilled, this.release);
    this.snippets = snippets;
    for (const { key } of SNIPPETS) {
      byId(`code-${key}`, HTMLElement).textContent = snippets[key];
    }
  }
}
