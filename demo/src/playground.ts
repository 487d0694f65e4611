/**
 * The playground: the widget on the mock API in a service worker, with every setting a
 * designer needs. The settings live in the query string (reload or share the link to get the
 * same page back); the embed code, the theme CSS and the gallery link follow them.
 */
import type { MockApi } from '@gov-appointment/mock-server';
import { startMockWorker } from '@gov-appointment/mock-server/browser';
import '@gov-appointment/widget/define';
import { GovAppointment } from '@gov-appointment/widget';
import { copyWithStatus } from './clipboard-copy.js';
import { contrastSummary, renderContrastReport } from './contrast-report.js';
import { byId } from './dom-lookup.js';
import type { CdnRelease } from './embed-code.js';
import { EmbedPanel } from './embed-panel.js';
import { logWidgetEvents } from './event-log.js';
import type { FrameWidth, PlaygroundConfig } from './playground-config.js';
import { PreviewFrame } from './preview-frame.js';
import { applyScenarioChoice, type ScenarioChoiceId, scenarioChoice } from './scenario-choices.js';
import { SettingsForm } from './settings-form.js';
import { configFromQuery, configToQuery } from './share-url.js';
import { themeCss } from './theme-css.js';
import { applyThemeCss } from './theme-stylesheet.js';
import { schemesShown } from './theme-tokens.js';
import { configureWidget } from './widget-configuration.js';

/** Where the page's widget finds the mock API. */
export const PLAYGROUND_API_BASE = '/api/v1';

export interface PlaygroundPage {
  /** The query string the page was opened with (`?…`), holding the settings. */
  readonly initialSearch: string;
  /** Called with the new query string (`?…` or '') whenever the settings change. */
  readonly replaceSearch: (search: string) => void;
  /** The widget release the embed code loads from the CDN. */
  readonly release: CdnRelease;
}

export interface Playground {
  /** The widget on show (the restart button replaces it). */
  readonly widget: () => GovAppointment;
  /** The mock API behind it. */
  readonly api: MockApi;
}

/**
 * Starts the mock API, then brings the playground markup (demo/index.html) to life: the
 * settings shown from the query string, applied to the widget, and followed from then on.
 */
export async function startPlayground(page: PlaygroundPage): Promise<Playground> {
  const { api } = await startMockWorker({ baseUrl: PLAYGROUND_API_BASE, quiet: true });

  const frame = new PreviewFrame(byId('frame', HTMLElement), byId('frame-size', HTMLElement));
  const embed = new EmbedPanel(page.release);
  const eventList = byId('events', HTMLOListElement);
  const apiStatus = byId('api-status', HTMLElement);
  const contrastStatus = byId('contrast-status', HTMLElement);
  const galleryLink = byId('gallery-link', HTMLAnchorElement);

  let widget = byId('widget', GovAppointment);
  let stopLogging = logWidgetEvents(widget, eventList);
  let shownWidth: FrameWidth | null = null;
  let appliedScenario: ScenarioChoiceId | null = null;

  const settings = new SettingsForm(byId('settings', HTMLFormElement), api.store.catalogue, () =>
    apply(settings.read()),
  );

  function useScenario(id: ScenarioChoiceId): void {
    applyScenarioChoice(api.scenarios, id);
    appliedScenario = id;
    apiStatus.textContent = `Mock API: ${scenarioChoice(id).label}.`;
  }

  /** Brings the page in line with `config`: widget, mock, theme, link, embed code, report. */
  function apply(config: PlaygroundConfig): void {
    configureWidget(widget, config, PLAYGROUND_API_BASE, settings.applicant());
    if (config.scenario !== appliedScenario) useScenario(config.scenario);
    if (config.frameWidth !== shownWidth) {
      frame.setWidth(config.frameWidth);
      shownWidth = config.frameWidth;
    }
    applyThemeCss(themeCss(config.theme, config.colourScheme));

    const query = configToQuery(config);
    const search = query ? `?${query}` : '';
    page.replaceSearch(search);
    galleryLink.href = `./gallery.html${search}`;

    embed.show(config, settings.prefilledFields());

    const schemes = schemesShown(config.colourScheme);
    renderContrastReport(byId('contrast-report', HTMLElement), config.theme, schemes);
    // Announced only when the verdict changes, not on every step of a colour picker.
    const summary = contrastSummary(config.theme, schemes);
    if (contrastStatus.textContent !== summary) contrastStatus.textContent = summary;
  }

  /** A fresh widget on a fresh mock: no bookings or holds left from earlier tries. */
  function restart(): void {
    api.reset();
    appliedScenario = null;
    stopLogging();
    const fresh = document.createElement('gov-appointment');
    fresh.id = 'widget';
    widget.replaceWith(fresh);
    widget = fresh;
    stopLogging = logWidgetEvents(widget, eventList);
    const config = settings.read();
    apply(config);
    apiStatus.textContent = `The widget started again. Mock API: ${scenarioChoice(config.scenario).label}.`;
  }

  byId('restart', HTMLButtonElement).addEventListener('click', restart);
  byId('copy-link', HTMLButtonElement).addEventListener('click', () => {
    const query = configToQuery(settings.read());
    const link = `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
    void copyWithStatus(link, 'link to these settings', byId('share-status', HTMLElement));
  });

  settings.show(configFromQuery(page.initialSearch));
  apply(settings.read());
  return { widget: () => widget, api };
}
