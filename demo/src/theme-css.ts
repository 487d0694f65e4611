/**
 * A theme written as the CSS a host page adds to its stylesheet: custom properties on the
 * `gov-appointment` element, which inherit into its shadow DOM.
 */
import {
  COLOUR_TOKENS,
  type ColourScheme,
  colourOverrides,
  effectivePalette,
  fontStack,
  LENGTH_TOKEN_NAMES,
  LENGTH_TOKENS,
  type Palette,
  type SchemeName,
  type ThemeTokens,
} from './theme-tokens.js';

const SELECTOR = 'gov-appointment';

function declarations(entries: readonly (readonly [string, string])[], indent: string): string {
  return entries.map(([property, value]) => `${indent}${property}: ${value};`).join('\n');
}

function colourDeclarations(palette: Partial<Palette>): [string, string][] {
  return COLOUR_TOKENS.flatMap((token): [string, string][] => {
    const colour = palette[token];
    return colour ? [[`--gov-color-${token}`, colour]] : [];
  });
}

/**
 * The CSS a host page adds to give `<gov-appointment theme="…">` this theme. Only the palette
 * the scheme shows is written; for `auto`, the dark one sits in a `prefers-color-scheme` query.
 * The playground applies this very text, so what is previewed is what is copied.
 */
export function themeCss(theme: ThemeTokens, scheme: ColourScheme): string {
  const shared: [string, string][] = [];
  if (theme.font) shared.push(['--gov-font-family', fontStack(theme.font)]);
  for (const token of LENGTH_TOKEN_NAMES) {
    const value = theme.lengths[token];
    if (value !== undefined && value !== LENGTH_TOKENS[token].default) {
      shared.push([LENGTH_TOKENS[token].property, `${value}rem`]);
    }
  }
  const baseScheme: SchemeName = scheme === 'dark' ? 'dark' : 'light';
  const base = [
    ...shared,
    ...colourDeclarations(colourOverrides(theme.colours[baseScheme], baseScheme)),
  ];
  const rules: string[] = [];
  if (base.length > 0) rules.push(`${SELECTOR} {\n${declarations(base, '  ')}\n}`);
  if (scheme === 'auto') {
    // A light colour set above would also show on dark devices: give each such token its
    // dark value (the theme's or the widget's own) again.
    const light = colourOverrides(theme.colours.light, 'light');
    const darkPalette = effectivePalette(theme, 'dark');
    const darkOverrides = colourOverrides(theme.colours.dark, 'dark');
    const dark = colourDeclarations(
      Object.fromEntries(
        COLOUR_TOKENS.filter((token) => token in light || token in darkOverrides).map((token) => [
          token,
          darkPalette[token],
        ]),
      ),
    );
    if (dark.length > 0) {
      rules.push(
        `@media (prefers-color-scheme: dark) {\n  ${SELECTOR} {\n${declarations(dark, '    ')}\n  }\n}`,
      );
    }
  }
  return rules.join('\n\n');
}
