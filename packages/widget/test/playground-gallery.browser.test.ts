/**
 * The gallery page: every tile's widget reaches its state, in a right-to-left language with
 * its own digits and a dark theme, so the drivers depend on nothing a translation changes.
 */
import { expect } from '@open-wc/testing';
import { startGallery } from '../../../demo/src/gallery-page.js';
import { GALLERY_GROUPS } from '../../../demo/src/gallery-states.js';
import type { GovAppointment } from '../src/gov-appointment.js';

describe('the gallery page', () => {
  let markup: HTMLElement;

  before(async () => {
    const page = new DOMParser().parseFromString(
      await (await fetch('/demo/gallery.html')).text(),
      'text/html',
    );
    markup = document.createElement('div');
    markup.append(...[...page.body.childNodes].map((node) => document.adoptNode(node)));
    document.body.append(markup);
  });

  after(() => {
    markup.remove();
  });

  it('takes every tile to its state, in Farsi with Persian digits, dark', async function () {
    // Nineteen widgets, three at a time; the slowest state waits out two retries of a 503.
    this.timeout(150_000);
    const outcome = await startGallery('?lang=fa&digits=native&scheme=dark');

    const everyTile = GALLERY_GROUPS.flatMap((group) => group.tiles.map((tile) => tile.id));
    expect(outcome.failed).to.deep.equal([]);
    expect([...outcome.ready].sort()).to.deep.equal([...everyTile].sort());
    expect(document.getElementById('gallery-status')?.textContent).to.equal(
      `All ${everyTile.length} states are ready.`,
    );
    const widgets = [...document.querySelectorAll<GovAppointment>('gov-appointment')];
    expect(widgets).to.have.length(everyTile.length);
    for (const widget of widgets) {
      expect(widget.lang).to.equal('fa');
      expect(widget.getAttribute('dir')).to.equal('rtl');
      expect(widget.theme).to.equal('dark');
      expect(widget.closest('[inert]'), 'a tile left inert').to.equal(null);
    }
  });

  it('names each tile and lets keyboards scroll it', () => {
    const stages = [...document.querySelectorAll<HTMLElement>('.gallery-tile-stage')];
    for (const stage of stages) {
      expect(stage.getAttribute('role')).to.equal('region');
      expect(stage.tabIndex).to.equal(0);
      const title = document.getElementById(stage.getAttribute('aria-labelledby') ?? '');
      expect(title?.textContent).to.not.equal('');
    }
  });

  it('links back to the playground with the same settings', () => {
    const link = document.getElementById('playground-link') as HTMLAnchorElement;
    expect(new URL(link.href).search).to.equal('?lang=fa&digits=native&scheme=dark');
  });
});
