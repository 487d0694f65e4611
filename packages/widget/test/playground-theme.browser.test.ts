/**
 * The playground's theming as a designer relies on it: contrast measured the WCAG way, ready
 * themes that pass AA, the widget's own defaults known exactly, and theme CSS that the widget
 * really shows.
 */
import '../src/define.js';
import { expect, fixture, html } from '@open-wc/testing';
import { checkContrast, contrastRatio, formatRatio } from '../../../demo/src/contrast.js';
import { themeCss } from '../../../demo/src/theme-css.js';
import { THEME_PRESETS } from '../../../demo/src/theme-presets.js';
import { applyThemeCss } from '../../../demo/src/theme-stylesheet.js';
import {
  COLOUR_TOKENS,
  DEFAULT_THEME,
  effectivePalette,
  LENGTH_TOKEN_NAMES,
  LENGTH_TOKENS,
  normaliseHexColour,
  type SchemeName,
  WIDGET_DEFAULT_PALETTES,
} from '../../../demo/src/theme-tokens.js';
import type { GovAppointment } from '../src/gov-appointment.js';

/** What the widget resolves one of its private token aliases to, as the browser computes it. */
function resolvedToken(widget: GovAppointment, alias: string): string {
  return getComputedStyle(widget).getPropertyValue(alias).trim().toLowerCase();
}

async function widgetIn(scheme: SchemeName): Promise<GovAppointment> {
  return fixture<GovAppointment>(html`<gov-appointment theme=${scheme}></gov-appointment>`);
}

describe('playground contrast', () => {
  it('measures contrast as WCAG defines it', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#ffffff', '#ffffff')).to.be.closeTo(1, 1e-9);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 is not.
    expect(contrastRatio('#767676', '#ffffff')).to.be.at.least(4.5);
    expect(contrastRatio('#777777', '#ffffff')).to.be.below(4.5);
  });

  it('never shows a failing ratio rounded up to a pass', () => {
    expect(formatRatio(contrastRatio('#777777', '#ffffff'))).to.equal('4.47:1');
    expect(formatRatio(4.4999)).to.equal('4.49:1');
  });

  it('finds the failing pair in a palette', () => {
    const palette = { ...WIDGET_DEFAULT_PALETTES.light, 'on-primary': '#8fb3a8' };
    const failures = checkContrast(palette).filter((result) => !result.passes);
    expect(failures.map((result) => result.check.what)).to.deep.equal(['Text on buttons']);
  });

  it("passes every check with the widget's own colours, light and dark", () => {
    for (const scheme of ['light', 'dark'] as const) {
      const failures = checkContrast(WIDGET_DEFAULT_PALETTES[scheme]).filter((r) => !r.passes);
      expect(failures, scheme).to.deep.equal([]);
    }
  });

  it('passes every check with every ready theme, light and dark', () => {
    expect(THEME_PRESETS.length).to.be.at.least(4);
    for (const preset of THEME_PRESETS) {
      for (const scheme of ['light', 'dark'] as const) {
        const failures = checkContrast(effectivePalette(preset.theme, scheme))
          .filter((result) => !result.passes)
          .map((result) => `${result.check.what} ${formatRatio(result.ratio)}`);
        expect(failures, `${preset.label}, ${scheme}`).to.deep.equal([]);
      }
    }
  });
});

describe('playground theme tokens', () => {
  afterEach(() => applyThemeCss(''));

  it("knows the widget's own colours exactly, light and dark", async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const widget = await widgetIn(scheme);
      for (const token of COLOUR_TOKENS) {
        expect(resolvedToken(widget, `--_${token}`), `${scheme} ${token}`).to.equal(
          WIDGET_DEFAULT_PALETTES[scheme][token],
        );
      }
    }
  });

  it("knows the widget's own lengths", async () => {
    const widget = await widgetIn('light');
    const aliases = {
      fontSize: '--_font-size',
      radius: '--_radius',
      space: '--_space',
      maxWidth: '--_max-width',
    };
    for (const token of LENGTH_TOKEN_NAMES) {
      expect(resolvedToken(widget, aliases[token]), token).to.equal(
        `${LENGTH_TOKENS[token].default}rem`,
      );
    }
  });

  it('reads hex colours the way designers write them', () => {
    expect(normaliseHexColour('#0B5D4A')).to.equal('#0b5d4a');
    expect(normaliseHexColour('0b5d4a')).to.equal('#0b5d4a');
    expect(normaliseHexColour('#fa0')).to.equal('#ffaa00');
    expect(normaliseHexColour('red')).to.equal(null);
    expect(normaliseHexColour('#0b5d4a; color: red')).to.equal(null);
  });

  it('writes no CSS for the widget as it ships', () => {
    expect(themeCss(DEFAULT_THEME, 'light')).to.equal('');
    expect(themeCss(DEFAULT_THEME, 'auto')).to.equal('');
  });

  it('gives the widget the light palette of a ready theme', async () => {
    const preset = THEME_PRESETS[0];
    if (!preset) throw new Error('No ready theme');
    applyThemeCss(themeCss(preset.theme, 'light'));
    const widget = await widgetIn('light');
    const palette = effectivePalette(preset.theme, 'light');
    for (const token of COLOUR_TOKENS) {
      expect(resolvedToken(widget, `--_${token}`), token).to.equal(palette[token]);
    }
    expect(resolvedToken(widget, '--_radius')).to.equal(`${preset.theme.lengths.radius}rem`);
  });

  it('gives a dark widget the dark palette, not the light one', async () => {
    const preset = THEME_PRESETS[1];
    if (!preset) throw new Error('No second ready theme');
    applyThemeCss(themeCss(preset.theme, 'dark'));
    const widget = await widgetIn('dark');
    const palette = effectivePalette(preset.theme, 'dark');
    for (const token of COLOUR_TOKENS) {
      expect(resolvedToken(widget, `--_${token}`), token).to.equal(palette[token]);
    }
  });

  it('on devices set to dark, puts back the dark colour of a token changed only for light', () => {
    const theme = { ...DEFAULT_THEME, colours: { light: { primary: '#8c1d2a' }, dark: {} } };
    const css = themeCss(theme, 'auto');
    expect(css).to.equal(
      [
        'gov-appointment {',
        '  --gov-color-primary: #8c1d2a;',
        '}',
        '',
        '@media (prefers-color-scheme: dark) {',
        '  gov-appointment {',
        `    --gov-color-primary: ${WIDGET_DEFAULT_PALETTES.dark.primary};`,
        '  }',
        '}',
      ].join('\n'),
    );
  });
});
