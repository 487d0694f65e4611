/**
 * The playground page as a designer uses it: settings change the live widget, the link and
 * the embed code; personal data typed in stays out of both; failing contrast is announced;
 * "Copy" says it copied.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CdnRelease } from '../../../demo/src/embed-code.js';
import { type Playground, startPlayground } from '../../../demo/src/playground.js';
import type { GovAppointment } from '../src/gov-appointment.js';
import { press, typeText } from '../test-helpers/keyboard.js';

const RELEASE: CdnRelease = { version: '0.1.0', file: 'gov-appointment.min.js', integrity: null };

let playground: Playground;
let search = '';
let markup: HTMLElement;
const copied: string[] = [];
let clipboardRefuses = false;

function control<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`No #${id} on the page`);
  return found as T;
}

/** Chooses an option the way a browser reports it: the value, then a change event. */
function choose(id: string, value: string): void {
  const select = control<HTMLSelectElement>(id);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function checkRadio(name: string, value: string): void {
  const radio = document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
  if (!radio) throw new Error(`No ${name} choice ${value}`);
  radio.click();
}

/** Types into a field with real key presses, then leaves it (Tab). */
async function type(id: string, text: string): Promise<void> {
  control<HTMLInputElement>(id).focus();
  await typeText(text);
  await press('Tab');
}

function widget(): GovAppointment {
  return playground.widget();
}

function codeOf(id: string): string {
  return control(id).textContent ?? '';
}

describe('the playground page', () => {
  before(async () => {
    // The page's own markup, as demo/index.html serves it.
    const page = new DOMParser().parseFromString(
      await (await fetch('/demo/index.html')).text(),
      'text/html',
    );
    const styles = Object.assign(document.createElement('link'), {
      rel: 'stylesheet',
      href: '/demo/src/demo.css',
    });
    const loaded = new Promise((resolve) => styles.addEventListener('load', resolve));
    document.head.append(styles);
    await loaded;
    markup = document.createElement('div');
    markup.append(...[...page.body.childNodes].map((node) => document.adoptNode(node)));
    document.body.append(markup);
    // The clipboard itself is the browser's; what the page says about copying is ours.
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: async (text: string) => {
          if (clipboardRefuses) throw new DOMException('Refused', 'NotAllowedError');
          copied.push(text);
        },
      },
    });
    playground = await startPlayground({
      initialSearch: '?lang=ar&width=phone',
      replaceSearch: (next) => {
        search = next;
      },
      release: RELEASE,
    });
  });

  after(() => {
    markup.remove();
  });

  it('opens with the settings of its link', async () => {
    expect(control<HTMLSelectElement>('language').value).to.equal('ar');
    expect(widget().lang).to.equal('ar');
    // The Arabic translations load on demand first.
    await waitUntil(() => widget().getAttribute('dir') === 'rtl', 'the widget never turned RTL', {
      timeout: 5000,
    });
    expect(search).to.equal('?lang=ar&width=phone');
    expect(control('frame').getBoundingClientRect().width).to.equal(360);
    expect(codeOf('code-html')).to.include('lang="ar"');
  });

  it('applies a ready theme to the widget and the theme CSS', async () => {
    choose('preset', 'health');
    await widget().updateComplete;
    expect(getComputedStyle(widget()).getPropertyValue('--_primary').trim()).to.equal('#0b3d91');
    expect(codeOf('code-css')).to.include('--gov-color-primary: #0b3d91;');
    expect(new URLSearchParams(search).get('light-primary')).to.equal('0b3d91');
    expect(control('contrast-status').textContent).to.equal(
      'All colour pairs meet WCAG AA contrast.',
    );
  });

  it('offers and checks both palettes when the widget follows the device', async () => {
    expect(
      control('colour-dark-primary').closest<HTMLElement>('.demo-colour-pair')?.hidden,
    ).to.equal(true);
    checkRadio('scheme', 'auto');
    await widget().updateComplete;
    expect(widget().theme).to.equal('auto');
    expect(
      control('colour-dark-primary').closest<HTMLElement>('.demo-colour-pair')?.hidden,
    ).to.equal(false);
    expect(control('contrast-report').textContent).to.include('Contrast, dark scheme');
    expect(codeOf('code-css')).to.include('@media (prefers-color-scheme: dark) {');
    expect(codeOf('code-html')).to.include('theme="auto"');
  });

  it('warns, in words, when a colour chosen fails WCAG AA', async () => {
    const colours = document.querySelector<HTMLDetailsElement>('details.demo-colours');
    if (!colours) throw new Error('No colour controls');
    colours.open = true;
    const hex = control<HTMLInputElement>('colour-light-on-primary-hex');
    hex.select();
    await type('colour-light-on-primary-hex', '#6f8fc4');
    expect(control('contrast-status').textContent).to.equal(
      '1 colour pair fails WCAG AA contrast.',
    );
    const report = control('contrast-report').textContent ?? '';
    expect(report).to.include('⚠ Below WCAG AA: 1 of 12 checks fail.');
    expect(report).to.match(
      /Text on buttons \(On primary over Primary\): \d\.\d\d:1, fails, needs 4\.5:1/,
    );
    expect(control<HTMLSelectElement>('preset').value).to.equal('custom');
  });

  it('says so when a hex code is not a colour, and keeps the last good one', async () => {
    const hex = control<HTMLInputElement>('colour-light-text-hex');
    hex.select();
    await type('colour-light-text-hex', 'navy');
    expect(control('colour-light-text-error').hidden).to.equal(false);
    expect(hex.getAttribute('aria-invalid')).to.equal('true');
    expect(control<HTMLInputElement>('colour-light-text').value).to.equal('#14213d');
  });

  it('changes the widget and the embed code with the preselection and locks', async () => {
    const services = [...control<HTMLSelectElement>('service').options].map((o) => o.value);
    const service = services.find((value) => value !== '');
    if (!service) throw new Error('The service menu is empty');
    const opened = oneEvent(widget(), 'gov-step-change');
    choose('service', service);
    control<HTMLInputElement>('lock-service').click();
    expect((await opened).detail.step).to.equal('centre');
    await widget().updateComplete;
    expect(widget().service).to.equal(service);
    expect(widget().lockService).to.equal(true);
    expect(codeOf('code-html')).to.include(`service="${service}"`);
    expect(codeOf('code-react')).to.include('lockService');
    expect(new URLSearchParams(search).get('lock-service')).to.equal('1');
  });

  it('keeps the prefilled applicant out of the link and the embed code', async () => {
    await type('applicant-name', 'Maryam Yusuf');
    await type('applicant-national-id', '880412345');
    control<HTMLInputElement>('lock-applicant').click();
    await widget().updateComplete;

    expect(widget().applicant).to.deep.equal({ name: 'Maryam Yusuf', nationalId: '880412345' });
    expect(widget().lockApplicant).to.equal(true);
    const everything = [
      search,
      ...['html', 'script', 'react', 'vue', 'angular', 'css'].map((key) => codeOf(`code-${key}`)),
    ];
    for (const text of everything) {
      expect(text).not.to.include('Maryam');
      expect(text).not.to.include('880412345');
    }
    expect(codeOf('code-script')).to.include('{ name, nationalId }');
    expect(codeOf('code-html')).to.include('lock-applicant');
  });

  it('switches the mock API live and says which behaviour is on', () => {
    choose('scenario', 'unavailable');
    expect(control('api-status').textContent).to.equal('Mock API: Unavailable (503).');
    expect(playground.api.scenarios.active.map((scenario) => scenario.name)).to.deep.equal([
      'unavailable',
    ]);
    choose('scenario', 'normal');
    expect(playground.api.scenarios.active).to.deep.equal([]);
  });

  it('copies the link and says it did, without the personal data', async () => {
    control<HTMLButtonElement>('copy-link').click();
    await waitUntil(() => control('share-status').textContent !== '', 'no copy status');
    expect(control('share-status').textContent).to.equal('Copied: link to these settings.');
    const link = new URL(copied.at(-1) ?? '');
    expect(`${link.search}`).to.equal(search);
    expect(link.href).not.to.include('Maryam');
  });

  it('copies the embed code of the open tab', async () => {
    control<HTMLButtonElement>('tab-vue').click();
    expect(control('panel-vue').hidden).to.equal(false);
    expect(control('panel-html').hidden).to.equal(true);
    control<HTMLButtonElement>('copy-vue').click();
    await waitUntil(() => control('copy-status').textContent !== '', 'no copy status');
    expect(control('copy-status').textContent).to.equal('Copied: Vue code.');
    expect(copied.at(-1)).to.equal(codeOf('code-vue'));
  });

  it('tells the person to copy by hand when the browser refuses', async () => {
    clipboardRefuses = true;
    control<HTMLButtonElement>('copy-css').click();
    await waitUntil(() => control('copy-status').textContent !== '', 'no copy status');
    expect(control('copy-status').textContent).to.equal(
      'Could not copy theme CSS: select the text and copy it yourself.',
    );
    clipboardRefuses = false;
  });

  it('moves between the embed code tabs with the arrow keys', async () => {
    control<HTMLButtonElement>('tab-vue').focus();
    await press('ArrowRight');
    expect(document.activeElement?.id).to.equal('tab-angular');
    expect(control('panel-angular').hidden).to.equal(false);
    await press('Home');
    expect(document.activeElement?.id).to.equal('tab-html');
    expect(control('tab-html').getAttribute('aria-selected')).to.equal('true');
  });

  it('links to the gallery with the same settings', () => {
    const link = control<HTMLAnchorElement>('gallery-link');
    expect(new URL(link.href).search).to.equal(search);
    expect(new URL(link.href).pathname).to.match(/gallery\.html$/);
  });
});
