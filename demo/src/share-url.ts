/**
 * The configuration in a query string, so a link reproduces the playground (and the gallery)
 * exactly. Only choices that differ from the defaults are written. Reading trusts nothing: a
 * value that is not one the controls could produce is dropped, so a crafted link can neither
 * inject CSS nor reach the widget with an unexpected attribute. Personal data never goes in.
 */
import {
  DEFAULT_CONFIG,
  DIGITS_CHOICES,
  type DigitsChoice,
  FRAME_WIDTH_NAMES,
  type FrameWidth,
  isLanguage,
  MODES,
  type Mode,
  oneOf,
  type PlaygroundConfig,
} from './playground-config.js';
import { isScenarioChoiceId } from './scenario-choices.js';
import {
  COLOUR_SCHEMES,
  COLOUR_TOKENS,
  type ColourScheme,
  type ColourToken,
  colourOverrides,
  isFontStackId,
  LENGTH_TOKEN_NAMES,
  LENGTH_TOKENS,
  type LengthToken,
  normaliseHexColour,
  type Palette,
  type SchemeName,
  validLength,
} from './theme-tokens.js';

/** Query parameter of each length token. */
const LENGTH_PARAMETERS: Readonly<Record<LengthToken, string>> = {
  fontSize: 'font-size',
  radius: 'radius',
  space: 'space',
  maxWidth: 'max-width',
};

/** Catalogue ids are short lowercase slugs; anything else is not one. */
const CATALOGUE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function colourParameter(scheme: SchemeName, token: ColourToken): string {
  return `${scheme}-${token}`;
}

/** The configuration as query parameters (without `?`), defaults left out. */
export function configToQuery(config: PlaygroundConfig): string {
  const query = new URLSearchParams();
  const put = (name: string, value: string, fallback: string) => {
    if (value !== fallback) query.set(name, value);
  };
  const flag = (name: string, on: boolean) => {
    if (on) query.set(name, '1');
  };
  put('lang', config.language, DEFAULT_CONFIG.language);
  put('mode', config.mode, DEFAULT_CONFIG.mode);
  put('scheme', config.colourScheme, DEFAULT_CONFIG.colourScheme);
  put('digits', config.digits, DEFAULT_CONFIG.digits);
  put('width', config.frameWidth, DEFAULT_CONFIG.frameWidth);
  put('scenario', config.scenario, DEFAULT_CONFIG.scenario);
  if (config.provider) query.set('provider', config.provider);
  if (config.service) query.set('service', config.service);
  if (config.centre) query.set('centre', config.centre);
  flag('lock-service', config.lockService);
  flag('lock-centre', config.lockCentre);
  flag('lock-applicant', config.lockApplicant);
  const { theme } = config;
  if (theme.font) query.set('font', theme.font);
  for (const token of LENGTH_TOKEN_NAMES) {
    const value = theme.lengths[token];
    if (value !== undefined && value !== LENGTH_TOKENS[token].default) {
      query.set(LENGTH_PARAMETERS[token], String(value));
    }
  }
  for (const scheme of ['light', 'dark'] as const) {
    const overrides = colourOverrides(theme.colours[scheme], scheme);
    for (const token of COLOUR_TOKENS) {
      const colour = overrides[token];
      // Without "#", which a URL would have to escape.
      if (colour) query.set(colourParameter(scheme, token), colour.slice(1));
    }
  }
  return query.toString();
}

function catalogueId(value: string | null): string | null {
  return value !== null && CATALOGUE_ID.test(value) ? value : null;
}

function readPalette(query: URLSearchParams, scheme: SchemeName): Partial<Palette> {
  const palette: Partial<Record<ColourToken, string>> = {};
  for (const token of COLOUR_TOKENS) {
    const raw = query.get(colourParameter(scheme, token));
    const colour = raw === null ? null : normaliseHexColour(raw);
    if (colour) palette[token] = colour;
  }
  return colourOverrides(palette, scheme);
}

/** The configuration a query string describes; anything missing or invalid is the default. */
export function configFromQuery(search: string): PlaygroundConfig {
  const query = new URLSearchParams(search);
  const language = query.get('lang') ?? '';
  const scenario = query.get('scenario') ?? '';
  const font = query.get('font') ?? '';
  const lengths: Partial<Record<LengthToken, number>> = {};
  for (const token of LENGTH_TOKEN_NAMES) {
    const raw = query.get(LENGTH_PARAMETERS[token]);
    const value = raw === null || raw.trim() === '' ? null : validLength(token, Number(raw));
    if (value !== null && value !== LENGTH_TOKENS[token].default) lengths[token] = value;
  }
  const service = catalogueId(query.get('service'));
  const centre = service ? catalogueId(query.get('centre')) : null;
  return {
    language: isLanguage(language) ? language : DEFAULT_CONFIG.language,
    mode: oneOf<Mode>(query.get('mode'), MODES, DEFAULT_CONFIG.mode),
    colourScheme: oneOf<ColourScheme>(
      query.get('scheme'),
      COLOUR_SCHEMES,
      DEFAULT_CONFIG.colourScheme,
    ),
    digits: oneOf<DigitsChoice>(query.get('digits'), DIGITS_CHOICES, DEFAULT_CONFIG.digits),
    frameWidth: oneOf<FrameWidth>(query.get('width'), FRAME_WIDTH_NAMES, DEFAULT_CONFIG.frameWidth),
    scenario: isScenarioChoiceId(scenario) ? scenario : DEFAULT_CONFIG.scenario,
    provider: catalogueId(query.get('provider')),
    service,
    centre,
    lockService: service !== null && query.get('lock-service') === '1',
    lockCentre: centre !== null && query.get('lock-centre') === '1',
    lockApplicant: query.get('lock-applicant') === '1',
    theme: {
      font: isFontStackId(font) ? font : null,
      lengths,
      colours: { light: readPalette(query, 'light'), dark: readPalette(query, 'dark') },
    },
  };
}
