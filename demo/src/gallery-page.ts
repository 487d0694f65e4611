/**
 * The gallery: every state of the widget side by side, in the language and theme of the
 * playground's link. Each tile has its own mock API (all served by one service worker under
 * their own base URLs) and its own widget, which a driver takes to the state.
 */
import { createMockApi, type MockApi } from '@gov-appointment/mock-server';
import { createClient } from '@gov-appointment/sdk';
import '@gov-appointment/widget/define';
import type { GovAppointment } from '@gov-appointment/widget';
import { setupWorker } from 'msw/browser';
import { byId } from './dom-lookup.js';
import {
  findBookableChoice,
  GALLERY_GROUPS,
  type GalleryGroup,
  type GalleryTile,
  type TileWorld,
} from './gallery-states.js';
import { LANGUAGE_CHOICES, type PlaygroundConfig } from './playground-config.js';
import { configFromQuery } from './share-url.js';
import { themeCss } from './theme-css.js';
import { applyThemeCss } from './theme-stylesheet.js';
import { WidgetDriver } from './widget-driver.js';

/** Tiles prepared at once: enough to be quick, few enough for a small laptop. */
const CONCURRENT_TILES = 3;

/** A day: a client this patient makes a request that never ends, for the loading state. */
const NEVER_MS = 86_400_000;

interface TileView {
  readonly tile: GalleryTile;
  readonly api: MockApi;
  readonly stage: HTMLElement;
  readonly status: HTMLElement;
}

function apiBase(tile: GalleryTile): string {
  return `/gallery-api/${tile.id}/v1`;
}

function newWidget(tile: GalleryTile, settings: PlaygroundConfig): GovAppointment {
  const widget = document.createElement('gov-appointment');
  widget.lang = settings.language;
  widget.theme = settings.colourScheme;
  widget.digits = settings.digits === 'language' ? null : settings.digits;
  if (tile.mode) widget.mode = tile.mode;
  if (tile.neverAnswers) {
    widget.client = createClient({
      baseUrl: apiBase(tile),
      language: settings.language,
      timeout: NEVER_MS,
      retry: false,
    });
  } else {
    widget.apiBase = apiBase(tile);
  }
  return widget;
}

/** How the tiles ended up. */
export interface GalleryOutcome {
  readonly ready: readonly string[];
  readonly failed: readonly string[];
}

/**
 * Builds the gallery into the markup of demo/gallery.html for the settings in `search` (a
 * playground query string), starts the mock APIs and drives every tile to its state.
 * Resolves once every tile is ready or has failed.
 */
export async function startGallery(search: string): Promise<GalleryOutcome> {
  const config = configFromQuery(search);
  applyThemeCss(themeCss(config.theme, config.colourScheme));
  byId('playground-link', HTMLAnchorElement).href = `./${search}`;
  const language = LANGUAGE_CHOICES.find((choice) => choice.code === config.language);
  const scheme =
    config.colourScheme === 'auto'
      ? 'following the device’s colour scheme'
      : `${config.colourScheme} colour scheme`;
  byId('gallery-settings', HTMLElement).textContent =
    `Shown in ${language?.englishName ?? config.language}, ${scheme}.`;

  const summary = byId('gallery-status', HTMLElement);
  const views: TileView[] = [];

  function tileFigure(tile: GalleryTile, api: MockApi): HTMLElement {
    const figure = document.createElement('figure');
    figure.className = 'gallery-tile';
    const caption = document.createElement('figcaption');
    const title = Object.assign(document.createElement('p'), {
      className: 'gallery-tile-title',
      id: `tile-${tile.id}-title`,
      textContent: tile.title,
    });
    const again = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'demo-secondary',
      textContent: 'Show again',
    });
    again.setAttribute('aria-describedby', title.id);
    const note = Object.assign(document.createElement('p'), {
      className: 'demo-hint gallery-tile-note',
      textContent: tile.note,
    });
    const status = Object.assign(document.createElement('p'), {
      className: 'gallery-tile-status',
    });
    caption.append(title, again, note, status);
    // Tall states scroll inside the tile: a named, focusable region keyboards can scroll.
    const stage = document.createElement('div');
    stage.className = 'gallery-tile-stage';
    stage.tabIndex = 0;
    stage.setAttribute('role', 'region');
    stage.setAttribute('aria-labelledby', title.id);
    figure.append(caption, stage);
    const view: TileView = { tile, api, stage, status };
    views.push(view);
    again.addEventListener('click', () => void show(view).then(reportProgress));
    return figure;
  }

  function groupSection(group: GalleryGroup, apis: ReadonlyMap<string, MockApi>): HTMLElement {
    const section = document.createElement('section');
    section.className = 'gallery-group';
    section.setAttribute('aria-labelledby', `group-${group.id}`);
    const heading = Object.assign(document.createElement('h2'), {
      id: `group-${group.id}`,
      textContent: group.heading,
    });
    const list = Object.assign(document.createElement('ul'), { className: 'gallery-tiles' });
    for (const tile of group.tiles) {
      const api = apis.get(tile.id);
      if (!api) throw new Error(`No mock API for the tile ${tile.id}`);
      const item = document.createElement('li');
      item.append(tileFigure(tile, api));
      list.append(item);
    }
    section.append(heading, list);
    return section;
  }

  /** (Re)starts a tile's widget on a fresh mock and drives it to its state. */
  async function show(view: TileView): Promise<void> {
    view.api.reset();
    const world: TileWorld = {
      api: view.api,
      language: config.language,
      choice: findBookableChoice(view.api),
      reference: null,
    };
    view.tile.prepare?.(world);
    const widget = newWidget(view.tile, config);
    const driver = new WidgetDriver(widget);
    view.status.dataset.state = 'preparing';
    view.status.textContent = 'Getting there…';
    view.stage.setAttribute('aria-busy', 'true');
    // Inert while driven: the widget moves focus to each new page's heading, which would
    // make this page jump from tile to tile.
    view.stage.inert = true;
    view.stage.replaceChildren(widget);
    try {
      await view.tile.drive(driver, world);
      view.status.dataset.state = 'ready';
      view.status.textContent = 'Ready.';
    } catch (error) {
      view.status.dataset.state = 'failed';
      view.status.textContent = `Could not reach this state: ${error instanceof Error ? error.message : String(error)}.`;
    } finally {
      view.stage.inert = false;
      view.stage.removeAttribute('aria-busy');
    }
  }

  function reportProgress(): void {
    const ready = views.filter((view) => view.status.dataset.state === 'ready').length;
    const failed = views.filter((view) => view.status.dataset.state === 'failed').length;
    const preparing = views.length - ready - failed;
    summary.textContent =
      preparing > 0
        ? `Preparing the states: ${ready} of ${views.length} ready.`
        : failed > 0
          ? `${ready} of ${views.length} states ready; ${failed} could not be reached (see their tiles).`
          : `All ${views.length} states are ready.`;
  }

  const tiles = GALLERY_GROUPS.flatMap((group) => group.tiles);
  const apis = new Map(
    tiles.map((tile) => [tile.id, createMockApi({ baseUrl: apiBase(tile) })] as const),
  );
  byId('gallery-groups', HTMLElement).append(
    ...GALLERY_GROUPS.map((group) => groupSection(group, apis)),
  );

  const worker = setupWorker(...[...apis.values()].flatMap((api) => api.handlers));
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
    onUnhandledRequest: 'bypass',
  });

  reportProgress();
  const queue = [...views];
  await Promise.all(
    Array.from({ length: CONCURRENT_TILES }, async () => {
      for (let view = queue.shift(); view; view = queue.shift()) {
        await show(view);
        reportProgress();
      }
    }),
  );
  const idsIn = (state: string) =>
    views.filter((view) => view.status.dataset.state === state).map((view) => view.tile.id);
  return { ready: idsIn('ready'), failed: idsIn('failed') };
}
