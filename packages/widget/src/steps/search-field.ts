/** A search box over a list, with the count of what it finds read out as it changes. */
import { html, type TemplateResult } from 'lit';

export interface SearchField {
  /** Prefix of the ids: `<name>-search` for the input, `<name>-count` for the count. */
  readonly name: string;
  readonly label: string;
  readonly query: string;
  /** "12 centres", "Loading…" or why nothing was found; announced politely. */
  readonly status: string;
  readonly onQuery: (query: string) => void;
}

export function renderSearchField(field: SearchField): TemplateResult {
  return html`
    <div class="field" role="search">
      <label for="${field.name}-search">${field.label}</label>
      <input
        id="${field.name}-search"
        type="search"
        autocomplete="off"
        .value=${field.query}
        aria-describedby="${field.name}-count"
        @input=${(event: InputEvent) => field.onQuery((event.target as HTMLInputElement).value)}
      />
    </div>
    <p id="${field.name}-count" class="hint" role="status">${field.status}</p>
  `;
}
