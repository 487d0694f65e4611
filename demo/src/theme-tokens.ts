/**
 * The widget's public design tokens as the playground edits them: the eleven colours (one
 * palette per colour scheme), the font stack and the lengths. A theme records only what
 * differs from the widget's own defaults, so a link or a CSS snippet carries just the changes.
 */

/** The `--gov-color-*` tokens, in the order the widget documents them. */
export const COLOUR_TOKENS = [
  'primary',
  'on-primary',
  'surface',
  'surface-raised',
  'text',
  'text-muted',
  'border',
  'error',
  'warning-surface',
  'success',
  'focus',
] as const;

export type ColourToken = (typeof COLOUR_TOKENS)[number];

/** A colour for every token, as `#rrggbb`. */
export type Palette = Readonly<Record<ColourToken, string>>;

/** The two palettes a theme may set; `auto` uses both, following the device. */
export type SchemeName = 'light' | 'dark';

/** Which palette the widget shows: its `theme` attribute. */
export const COLOUR_SCHEMES = ['light', 'dark', 'auto'] as const;
export type ColourScheme = (typeof COLOUR_SCHEMES)[number];

/** What each colour token paints, for the labels of the colour controls. */
export const COLOUR_TOKEN_INFO: Readonly<
  Record<ColourToken, { readonly label: string; readonly use: string }>
> = {
  primary: { label: 'Primary', use: 'Buttons, links and the selected day' },
  'on-primary': { label: 'On primary', use: 'Text on the primary colour' },
  surface: { label: 'Surface', use: 'Background' },
  'surface-raised': { label: 'Raised surface', use: 'Cards, panels and skeletons' },
  text: { label: 'Text', use: 'Body text and headings' },
  'text-muted': { label: 'Muted text', use: 'Hints and secondary text' },
  border: { label: 'Border', use: 'Fields and cards (3:1 at least)' },
  error: { label: 'Error', use: 'Error messages and the urgent hold' },
  'warning-surface': { label: 'Warning surface', use: 'Background of the hold warning' },
  success: { label: 'Success', use: 'The confirmation border' },
  focus: { label: 'Focus', use: 'The focus ring' },
};

/**
 * The widget's own palettes (see the `@cssproperty` list of `<gov-appointment>`): what it
 * shows for a token nobody sets. A browser test compares them with the widget's computed styles.
 */
export const WIDGET_DEFAULT_PALETTES: Readonly<Record<SchemeName, Palette>> = {
  light: {
    primary: '#0b5d4a',
    'on-primary': '#ffffff',
    surface: '#ffffff',
    'surface-raised': '#f4f6f5',
    text: '#1b1f1e',
    'text-muted': '#4a5350',
    border: '#767f7c',
    error: '#b3261e',
    'warning-surface': '#fff4d6',
    success: '#1e6b34',
    focus: '#1a4fd6',
  },
  dark: {
    primary: '#7fd4b8',
    'on-primary': '#00261c',
    surface: '#151918',
    'surface-raised': '#222826',
    text: '#eef2f0',
    'text-muted': '#b9c3bf',
    border: '#8c9794',
    error: '#ffb4ab',
    'warning-surface': '#3d3217',
    success: '#8fd99f',
    focus: '#9bb8ff',
  },
};

/** Font stacks a ministry site is likely to use, each with fallbacks for every script shown. */
export const FONT_STACKS = [
  {
    id: 'system',
    label: 'System interface font',
    stack:
      "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Devanagari', 'Noto Sans Bengali', sans-serif",
  },
  {
    id: 'noto',
    label: 'Noto Sans (all six scripts)',
    stack:
      "'Noto Sans', 'Noto Sans Arabic', 'Noto Nastaliq Urdu', 'Noto Sans Devanagari', 'Noto Sans Bengali', sans-serif",
  },
  {
    id: 'plex-arabic',
    label: 'IBM Plex Sans Arabic',
    stack:
      "'IBM Plex Sans Arabic', 'IBM Plex Sans', 'Noto Sans Devanagari', 'Noto Sans Bengali', system-ui, sans-serif",
  },
  {
    id: 'tajawal',
    label: 'Tajawal',
    stack: "Tajawal, 'Noto Sans Arabic', 'Noto Sans Devanagari', 'Noto Sans Bengali', sans-serif",
  },
  {
    id: 'cairo',
    label: 'Cairo',
    stack: "Cairo, 'Noto Sans Arabic', 'Noto Sans Devanagari', 'Noto Sans Bengali', sans-serif",
  },
  {
    id: 'tahoma',
    label: 'Tahoma (classic Arabic UI)',
    stack: "Tahoma, 'Segoe UI', 'Noto Sans Arabic', 'Nirmala UI', 'Noto Sans Bengali', sans-serif",
  },
  {
    id: 'naskh',
    label: 'Naskh serif (formal)',
    stack:
      "'Noto Naskh Arabic', Amiri, 'Noto Serif', 'Noto Serif Devanagari', 'Noto Serif Bengali', 'Times New Roman', serif",
  },
] as const;

export type FontStackId = (typeof FONT_STACKS)[number]['id'];

/** The length tokens, in rem, with the range the playground offers. */
export const LENGTH_TOKENS = {
  fontSize: {
    property: '--gov-font-size',
    label: 'Base text size',
    min: 0.875,
    max: 1.375,
    step: 0.0625,
    default: 1,
  },
  radius: {
    property: '--gov-radius',
    label: 'Corner radius',
    min: 0,
    max: 1.5,
    step: 0.125,
    default: 0.5,
  },
  space: {
    property: '--gov-space',
    label: 'Spacing unit',
    min: 0.25,
    max: 1,
    step: 0.0625,
    default: 0.5,
  },
  maxWidth: {
    property: '--gov-max-width',
    label: 'Widest the widget grows',
    min: 20,
    max: 64,
    step: 1,
    default: 42,
  },
} as const;

export type LengthToken = keyof typeof LENGTH_TOKENS;

export const LENGTH_TOKEN_NAMES = Object.keys(LENGTH_TOKENS) as LengthToken[];

/** A theme: only the tokens that differ from the widget's defaults. */
export interface ThemeTokens {
  readonly colours: Readonly<Record<SchemeName, Partial<Palette>>>;
  readonly font: FontStackId | null;
  readonly lengths: Readonly<Partial<Record<LengthToken, number>>>;
}

/** The widget exactly as it ships. */
export const DEFAULT_THEME: ThemeTokens = {
  colours: { light: {}, dark: {} },
  font: null,
  lengths: {},
};

const HEX_COLOUR = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `#rgb`, `rrggbb` or `#RRGGBB` as `#rrggbb`; null when it is not a hex colour. */
export function normaliseHexColour(value: string): string | null {
  const match = HEX_COLOUR.exec(value.trim());
  const digits = match?.[1]?.toLowerCase();
  if (!digits) return null;
  const full =
    digits.length === 3 ? [...digits].map((digit) => `${digit}${digit}`).join('') : digits;
  return `#${full}`;
}

export function isFontStackId(value: string): value is FontStackId {
  return FONT_STACKS.some((font) => font.id === value);
}

export function fontStack(id: FontStackId): string {
  return FONT_STACKS.find((font) => font.id === id)?.stack ?? '';
}

/** A length inside its token's range, on its step; null when it is not one. */
export function validLength(token: LengthToken, value: number): number | null {
  const { min, max, step } = LENGTH_TOKENS[token];
  if (!Number.isFinite(value) || value < min || value > max) return null;
  const steps = Math.round((value - min) / step);
  return Math.abs(min + steps * step - value) < 1e-9 ? value : null;
}

/** The colours the widget shows for `scheme` under `theme`: the overrides over the defaults. */
export function effectivePalette(theme: ThemeTokens, scheme: SchemeName): Palette {
  return { ...WIDGET_DEFAULT_PALETTES[scheme], ...theme.colours[scheme] };
}

/** The palettes a colour scheme shows: one, or both for `auto`. */
export function schemesShown(scheme: ColourScheme): readonly SchemeName[] {
  return scheme === 'auto' ? ['light', 'dark'] : [scheme];
}

/** Only the colours that differ from the widget's defaults for `scheme`. */
export function colourOverrides(palette: Partial<Palette>, scheme: SchemeName): Partial<Palette> {
  const overrides: Partial<Record<ColourToken, string>> = {};
  for (const token of COLOUR_TOKENS) {
    const colour = palette[token];
    if (colour !== undefined && colour !== WIDGET_DEFAULT_PALETTES[scheme][token]) {
      overrides[token] = colour;
    }
  }
  return overrides;
}

/** Whether two themes look the same (a token set to the widget's default counts as unset). */
export function themesEqual(a: ThemeTokens, b: ThemeTokens): boolean {
  const sameColours = (['light', 'dark'] as const).every((scheme) => {
    const left = colourOverrides(a.colours[scheme], scheme);
    const right = colourOverrides(b.colours[scheme], scheme);
    return COLOUR_TOKENS.every((token) => left[token] === right[token]);
  });
  const sameLengths = LENGTH_TOKEN_NAMES.every(
    (token) =>
      (a.lengths[token] ?? LENGTH_TOKENS[token].default) ===
      (b.lengths[token] ?? LENGTH_TOKENS[token].default),
  );
  return sameColours && sameLengths && a.font === b.font;
}
