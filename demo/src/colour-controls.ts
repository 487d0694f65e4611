/**
 * One group per colour token, with a colour picker and a hex field for each palette in use:
 * designers get brand colours as hex codes, and pick the rest by eye. A hex field that does
 * not hold a colour says so and changes nothing until it does.
 */
import {
  COLOUR_TOKEN_INFO,
  COLOUR_TOKENS,
  type ColourToken,
  colourOverrides,
  effectivePalette,
  normaliseHexColour,
  type Palette,
  type SchemeName,
  type ThemeTokens,
} from './theme-tokens.js';

const SCHEME_LABELS: Readonly<Record<SchemeName, string>> = {
  light: 'Light',
  dark: 'Dark',
};

interface ColourField {
  readonly pair: HTMLElement;
  readonly picker: HTMLInputElement;
  readonly hex: HTMLInputElement;
  readonly error: HTMLElement;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<Pick<HTMLElementTagNameMap[K], 'id' | 'className' | 'textContent'>> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), properties);
}

export class ColourControls {
  private readonly fields = new Map<string, ColourField>();

  /** Builds the groups inside `container`; `onChange` runs when a colour really changes. */
  constructor(
    container: HTMLElement,
    private readonly onChange: () => void,
  ) {
    for (const token of COLOUR_TOKENS) container.append(this.tokenGroup(token));
  }

  /** The colours chosen, as overrides of the widget's defaults. */
  palettes(): Record<SchemeName, Partial<Palette>> {
    const read = (scheme: SchemeName) => {
      const palette: Partial<Record<ColourToken, string>> = {};
      for (const token of COLOUR_TOKENS) {
        palette[token] = this.field(scheme, token).picker.value;
      }
      return colourOverrides(palette, scheme);
    };
    return { light: read('light'), dark: read('dark') };
  }

  /** Shows the colours of `theme`. */
  show(theme: ThemeTokens): void {
    for (const scheme of ['light', 'dark'] as const) {
      const palette = effectivePalette(theme, scheme);
      for (const token of COLOUR_TOKENS) {
        const field = this.field(scheme, token);
        field.picker.value = palette[token];
        field.hex.value = palette[token];
        this.setError(field, false);
      }
    }
  }

  /** Offers only the palettes the widget shows (both when it follows the device). */
  showSchemes(schemes: readonly SchemeName[]): void {
    for (const scheme of ['light', 'dark'] as const) {
      for (const token of COLOUR_TOKENS) {
        this.field(scheme, token).pair.hidden = !schemes.includes(scheme);
      }
    }
  }

  private field(scheme: SchemeName, token: ColourToken): ColourField {
    const field = this.fields.get(`${scheme}-${token}`);
    if (!field) throw new Error(`No colour field for ${scheme} ${token}`);
    return field;
  }

  private tokenGroup(token: ColourToken): HTMLFieldSetElement {
    const info = COLOUR_TOKEN_INFO[token];
    const group = element('fieldset', { className: 'demo-colour' });
    const legend = element('legend');
    legend.append(
      element('span', { className: 'demo-colour-name', textContent: info.label }),
      element('span', { className: 'demo-hint', textContent: info.use }),
    );
    group.append(legend);
    for (const scheme of ['light', 'dark'] as const) {
      group.append(this.colourPair(scheme, token));
    }
    return group;
  }

  private colourPair(scheme: SchemeName, token: ColourToken): HTMLElement {
    const id = `colour-${scheme}-${token}`;
    const pair = element('div', { className: 'demo-colour-pair' });
    const pickerLabel = element('label', { textContent: SCHEME_LABELS[scheme] });
    pickerLabel.htmlFor = id;
    const picker = element('input', { id });
    picker.type = 'color';
    const hexLabel = element('label', {
      className: 'visually-hidden',
      textContent: `${SCHEME_LABELS[scheme]}, hex code`,
    });
    hexLabel.htmlFor = `${id}-hex`;
    const hex = element('input', { id: `${id}-hex`, className: 'demo-hex' });
    hex.type = 'text';
    hex.spellcheck = false;
    hex.autocomplete = 'off';
    hex.maxLength = 7;
    hex.setAttribute('aria-describedby', `${id}-error`);
    const error = element('p', {
      id: `${id}-error`,
      className: 'demo-error',
      textContent: 'Enter a colour as # and 6 hex digits, like #0b5d4a.',
    });
    error.hidden = true;
    const field: ColourField = { pair, picker, hex, error };
    this.fields.set(`${scheme}-${token}`, field);

    picker.addEventListener('input', () => {
      hex.value = picker.value;
      this.setError(field, false);
      this.onChange();
    });
    hex.addEventListener('input', () => {
      const colour = normaliseHexColour(hex.value);
      if (!colour) return;
      this.setError(field, false);
      if (colour !== picker.value) {
        picker.value = colour;
        this.onChange();
      }
    });
    // Only once the person has finished typing is an unreadable value worth a message.
    hex.addEventListener('change', () => {
      const colour = normaliseHexColour(hex.value);
      this.setError(field, colour === null);
      if (colour) hex.value = colour;
    });
    pair.append(pickerLabel, picker, hexLabel, hex, error);
    return pair;
  }

  private setError(field: ColourField, invalid: boolean): void {
    field.error.hidden = !invalid;
    field.hex.setAttribute('aria-invalid', invalid ? 'true' : 'false');
  }
}
