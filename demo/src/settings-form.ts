/**
 * The settings panel of the playground: builds the menus and controls the markup leaves to
 * script, shows a configuration and reads one back. The form is the single source of truth:
 * every change is read whole, so no control can drift from what the widget shows.
 */
import type { Catalogue } from '@gov-appointment/mock-server';
import type { ApplicantPrefill } from '@gov-appointment/widget';
import { showCatalogueChoices } from './catalogue-choices.js';
import { ColourControls } from './colour-controls.js';
import { byId, checkedRadio, checkRadio } from './dom-lookup.js';
import type { PrefilledField } from './embed-code.js';
import {
  DEFAULT_CONFIG,
  DIGITS_CHOICES,
  type DigitsChoice,
  FRAME_WIDTH_NAMES,
  type FrameWidth,
  isLanguage,
  LANGUAGE_CHOICES,
  MODES,
  type Mode,
  oneOf,
  type PlaygroundConfig,
} from './playground-config.js';
import { isScenarioChoiceId, SCENARIO_CHOICES, scenarioChoice } from './scenario-choices.js';
import { THEME_PRESETS } from './theme-presets.js';
import {
  COLOUR_SCHEMES,
  type ColourScheme,
  DEFAULT_THEME,
  FONT_STACKS,
  isFontStackId,
  LENGTH_TOKEN_NAMES,
  LENGTH_TOKENS,
  type LengthToken,
  schemesShown,
  type ThemeTokens,
  themesEqual,
} from './theme-tokens.js';

/** The preset menu's value for the widget's own theme, and for a theme of one's own. */
const WIDGET_THEME = 'widget';
const CUSTOM_THEME = 'custom';

/** "0.5rem (8 px)": designers think in pixels, the tokens are in rem. */
function describeLength(value: number): string {
  return `${value}rem (${Math.round(value * 16)} px)`;
}

export class SettingsForm {
  private readonly colours: ColourControls;
  private readonly lengths = new Map<LengthToken, HTMLInputElement>();
  private readonly menus: {
    readonly provider: HTMLSelectElement;
    readonly service: HTMLSelectElement;
    readonly centre: HTMLSelectElement;
  };

  /**
   * Builds the controls inside `form`, filled from `catalogue`; `onChange` runs after every
   * change a person makes.
   */
  constructor(
    private readonly form: HTMLFormElement,
    private readonly catalogue: Catalogue,
    private readonly onChange: () => void,
  ) {
    this.menus = {
      provider: byId('provider', HTMLSelectElement),
      service: byId('service', HTMLSelectElement),
      centre: byId('centre', HTMLSelectElement),
    };
    byId('language', HTMLSelectElement).replaceChildren(
      ...LANGUAGE_CHOICES.map((choice) => {
        const option = new Option(`${choice.name} (${choice.englishName})`, choice.code);
        option.lang = choice.code;
        return option;
      }),
    );
    byId('preset', HTMLSelectElement).replaceChildren(
      new Option("The widget's own (green)", WIDGET_THEME),
      ...THEME_PRESETS.map((preset) => new Option(preset.label, preset.id)),
      Object.assign(new Option('Your own colours', CUSTOM_THEME), { disabled: true }),
    );
    byId('font', HTMLSelectElement).replaceChildren(
      new Option("The widget's own (system fonts)", ''),
      ...FONT_STACKS.map((font) => new Option(font.label, font.id)),
    );
    byId('scenario', HTMLSelectElement).replaceChildren(
      ...SCENARIO_CHOICES.map((choice) => new Option(choice.label, choice.id)),
    );
    this.buildLengthControls(byId('length-controls', HTMLElement));
    this.colours = new ColourControls(byId('colour-controls', HTMLElement), () => this.changed());

    byId('reset-theme', HTMLButtonElement).addEventListener('click', () => {
      this.showTheme(DEFAULT_THEME);
      this.changed();
    });
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('change', (event) => this.controlChanged(event));
    form.addEventListener('input', (event) => {
      // Ranges and text update as they move; colour fields report through ColourControls.
      if (event.target instanceof HTMLInputElement && event.target.type === 'range') {
        this.changed();
      }
    });
  }

  /** Shows `config` in every control. */
  show(config: PlaygroundConfig): void {
    byId('language', HTMLSelectElement).value = config.language;
    checkRadio(this.form, 'digits', config.digits);
    checkRadio(this.form, 'scheme', config.colourScheme);
    checkRadio(this.form, 'width', config.frameWidth);
    checkRadio(this.form, 'mode', config.mode);
    byId('scenario', HTMLSelectElement).value = config.scenario;
    this.showCatalogue(config);
    byId('lock-service', HTMLInputElement).checked = config.lockService;
    byId('lock-centre', HTMLInputElement).checked = config.lockCentre;
    byId('lock-applicant', HTMLInputElement).checked = config.lockApplicant;
    this.showTheme(config.theme);
    this.refreshDependents(config);
  }

  /** The configuration the controls show. */
  read(): PlaygroundConfig {
    const language = byId('language', HTMLSelectElement).value;
    const scenario = byId('scenario', HTMLSelectElement).value;
    const value = (id: string) => byId(id, HTMLSelectElement).value || null;
    const service = value('service');
    const centre = service ? value('centre') : null;
    return {
      language: isLanguage(language) ? language : DEFAULT_CONFIG.language,
      digits: oneOf<DigitsChoice>(
        checkedRadio(this.form, 'digits'),
        DIGITS_CHOICES,
        DEFAULT_CONFIG.digits,
      ),
      colourScheme: oneOf<ColourScheme>(
        checkedRadio(this.form, 'scheme'),
        COLOUR_SCHEMES,
        DEFAULT_CONFIG.colourScheme,
      ),
      frameWidth: oneOf<FrameWidth>(
        checkedRadio(this.form, 'width'),
        FRAME_WIDTH_NAMES,
        DEFAULT_CONFIG.frameWidth,
      ),
      mode: oneOf<Mode>(checkedRadio(this.form, 'mode'), MODES, DEFAULT_CONFIG.mode),
      scenario: isScenarioChoiceId(scenario) ? scenario : DEFAULT_CONFIG.scenario,
      provider: value('provider'),
      service,
      centre,
      lockService: service !== null && byId('lock-service', HTMLInputElement).checked,
      lockCentre: centre !== null && byId('lock-centre', HTMLInputElement).checked,
      lockApplicant: byId('lock-applicant', HTMLInputElement).checked,
      theme: this.readTheme(),
    };
  }

  /** The prefilled applicant, as typed; it lives in this page only. */
  applicant(): ApplicantPrefill | null {
    const prefill: Record<PrefilledField, string> = {
      name: byId('applicant-name', HTMLInputElement).value.trim(),
      nationalId: byId('applicant-national-id', HTMLInputElement).value.trim(),
      mobile: byId('applicant-mobile', HTMLInputElement).value.trim(),
      email: byId('applicant-email', HTMLInputElement).value.trim(),
    };
    const given = Object.entries(prefill).filter(([, value]) => value !== '');
    return given.length > 0 ? Object.fromEntries(given) : null;
  }

  /** Which applicant fields are prefilled (for the embed code, which never shows values). */
  prefilledFields(): ReadonlySet<PrefilledField> {
    return new Set(Object.keys(this.applicant() ?? {}) as PrefilledField[]);
  }

  private readTheme(): ThemeTokens {
    const font = byId('font', HTMLSelectElement).value;
    const lengths: Partial<Record<LengthToken, number>> = {};
    for (const [token, input] of this.lengths) {
      const value = Number(input.value);
      if (value !== LENGTH_TOKENS[token].default) lengths[token] = value;
    }
    return {
      colours: this.colours.palettes(),
      font: isFontStackId(font) ? font : null,
      lengths,
    };
  }

  private showTheme(theme: ThemeTokens): void {
    this.colours.show(theme);
    byId('font', HTMLSelectElement).value = theme.font ?? '';
    for (const [token, input] of this.lengths) {
      input.value = String(theme.lengths[token] ?? LENGTH_TOKENS[token].default);
    }
  }

  private showCatalogue(config: Pick<PlaygroundConfig, 'provider' | 'service' | 'centre'>): void {
    showCatalogueChoices(this.catalogue, this.menus, config);
  }

  private buildLengthControls(container: HTMLElement): void {
    for (const token of LENGTH_TOKEN_NAMES) {
      const spec = LENGTH_TOKENS[token];
      const id = `length-${token}`;
      const label = Object.assign(document.createElement('label'), { textContent: spec.label });
      label.htmlFor = id;
      const input = Object.assign(document.createElement('input'), {
        id,
        type: 'range',
        min: String(spec.min),
        max: String(spec.max),
        step: String(spec.step),
        value: String(spec.default),
      });
      const output = document.createElement('output');
      output.htmlFor.add(id);
      output.id = `${id}-value`;
      input.setAttribute('aria-describedby', output.id);
      const row = Object.assign(document.createElement('div'), { className: 'demo-range' });
      row.append(input, output);
      container.append(label, row);
      this.lengths.set(token, input);
    }
  }

  private controlChanged(event: Event): void {
    const target = event.target;
    if (target instanceof HTMLSelectElement && target.id === 'preset') {
      const preset = THEME_PRESETS.find((candidate) => candidate.id === target.value);
      this.showTheme(preset ? preset.theme : DEFAULT_THEME);
    } else if (
      target instanceof HTMLSelectElement &&
      (target.id === 'provider' || target.id === 'service')
    ) {
      const { provider, service, centre } = this.read();
      this.showCatalogue({ provider, service, centre });
    }
    this.changed();
  }

  private changed(): void {
    this.refreshDependents(this.read());
    this.onChange();
  }

  /** Controls whose state follows others: lock toggles, visible palettes, readouts, preset. */
  private refreshDependents(config: PlaygroundConfig): void {
    const lockService = byId('lock-service', HTMLInputElement);
    lockService.disabled = config.service === null;
    if (lockService.disabled) lockService.checked = false;
    const lockCentre = byId('lock-centre', HTMLInputElement);
    lockCentre.disabled = config.centre === null;
    if (lockCentre.disabled) lockCentre.checked = false;
    this.colours.showSchemes(schemesShown(config.colourScheme));
    for (const [token, input] of this.lengths) {
      const output = byId(`length-${token}-value`, HTMLOutputElement);
      output.value = describeLength(Number(input.value));
    }
    const preset = THEME_PRESETS.find((candidate) => themesEqual(candidate.theme, config.theme));
    byId('preset', HTMLSelectElement).value = themesEqual(config.theme, DEFAULT_THEME)
      ? WIDGET_THEME
      : (preset?.id ?? CUSTOM_THEME);
    byId('scenario-description', HTMLElement).textContent = scenarioChoice(
      config.scenario,
    ).description;
  }
}
