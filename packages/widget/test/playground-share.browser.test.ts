/**
 * What leaves the playground: the share link (the whole configuration, nothing personal,
 * nothing a crafted link could abuse) and the embed code developers paste.
 */
import { expect } from '@open-wc/testing';
import {
  type CdnRelease,
  embedSnippets,
  INTEGRITY_PLACEHOLDER,
} from '../../../demo/src/embed-code.js';
import { DEFAULT_CONFIG, type PlaygroundConfig } from '../../../demo/src/playground-config.js';
import { configFromQuery, configToQuery } from '../../../demo/src/share-url.js';
import { THEME_PRESETS } from '../../../demo/src/theme-presets.js';
import { themesEqual } from '../../../demo/src/theme-tokens.js';

const INTERIOR = THEME_PRESETS.find((preset) => preset.id === 'interior');
if (!INTERIOR) throw new Error('The Interior theme is missing');

const CONFIGURED: PlaygroundConfig = {
  language: 'ar',
  mode: 'book',
  colourScheme: 'auto',
  digits: 'latin',
  frameWidth: 'phone',
  scenario: 'hold-expiry',
  provider: 'iga',
  service: 'id-card-renewal',
  centre: 'sitra-egov',
  lockService: true,
  lockCentre: false,
  lockApplicant: true,
  theme: { ...INTERIOR.theme, lengths: { ...INTERIOR.theme.lengths, fontSize: 1.125 } },
};

const BUILT: CdnRelease = {
  version: '0.1.0',
  file: 'gov-appointment.js',
  integrity: 'sha384-abc123',
};
const NOT_BUILT: CdnRelease = { version: '0.1.0', file: 'gov-appointment.min.js', integrity: null };

describe('playground share link', () => {
  it('is empty for the defaults', () => {
    expect(configToQuery(DEFAULT_CONFIG)).to.equal('');
    expect(configFromQuery('')).to.deep.equal(DEFAULT_CONFIG);
  });

  it('gives back the same configuration', () => {
    const { theme, ...choices } = configFromQuery(`?${configToQuery(CONFIGURED)}`);
    const { theme: expectedTheme, ...expectedChoices } = CONFIGURED;
    expect(choices).to.deep.equal(expectedChoices);
    // Colours equal to the widget's own are not written: the theme looks the same, in fewer words.
    expect(themesEqual(theme, expectedTheme)).to.equal(true);
    expect(theme.font).to.equal('tahoma');
    expect(theme.lengths).to.deep.equal({ radius: 0.25, fontSize: 1.125 });
  });

  it('is readable: choices by name, colours as hex', () => {
    const query = new URLSearchParams(configToQuery(CONFIGURED));
    expect(query.get('lang')).to.equal('ar');
    expect(query.get('scheme')).to.equal('auto');
    expect(query.get('service')).to.equal('id-card-renewal');
    expect(query.get('lock-service')).to.equal('1');
    expect(query.get('light-primary')).to.equal('8c1d2a');
    expect(query.get('font-size')).to.equal('1.125');
    expect(query.has('lock-centre')).to.equal(false);
  });

  it('drops what the controls could never produce', () => {
    const crafted = configFromQuery(
      '?lang=xx&mode=delete&scheme=neon&digits=roman&width=9000&scenario=evil' +
        '&light-primary=red;}body{display:none&dark-text=12345g&radius=99&space=0.3' +
        '&font=Comic%20Sans&service=../../etc&centre=x&lock-service=1&provider=%3Cscript%3E',
    );
    expect(crafted).to.deep.equal(DEFAULT_CONFIG);
  });

  it('keeps a lock only with what it locks', () => {
    const config = configFromQuery('?lock-service=1&lock-centre=1&centre=sitra-egov');
    expect(config.lockService).to.equal(false);
    expect(config.centre).to.equal(null);
    expect(config.lockCentre).to.equal(false);
  });
});

describe('playground embed code', () => {
  const prefilled = new Set(['name', 'nationalId'] as const);

  it('loads the pinned CDN build with its integrity hash', () => {
    const { html } = embedSnippets(CONFIGURED, new Set(), BUILT);
    expect(html).to.include(
      'src="https://cdn.example.gov.bh/gov-appointment/0.1.0/gov-appointment.js"',
    );
    expect(html).to.include('integrity="sha384-abc123"');
    expect(html).to.include('crossorigin="anonymous"');
  });

  it('marks the integrity hash as still to come before the CDN file is built', () => {
    const { html } = embedSnippets(CONFIGURED, new Set(), NOT_BUILT);
    expect(html).to.include(`integrity="${INTEGRITY_PLACEHOLDER}"`);
    expect(html).to.include('/gov-appointment/0.1.0/gov-appointment.min.js"');
    expect(INTEGRITY_PLACEHOLDER).to.equal('sha384-<computed at build>');
  });

  it('sets the attributes chosen, in the form each framework writes them', () => {
    const snippets = embedSnippets(CONFIGURED, prefilled, BUILT);
    for (const markup of [snippets.html, snippets.vue, snippets.angular]) {
      expect(markup).to.include('api-base="https://api.example.gov.bh/v1"');
      expect(markup).to.include('lang="ar"');
      expect(markup).to.include('service="id-card-renewal"');
      expect(markup).to.match(/\n\s+lock-service\n/);
      expect(markup).to.include('centre="sitra-egov"');
      expect(markup).not.to.include('lock-centre');
      expect(markup).to.include('theme="auto"');
      expect(markup).to.include('digits="latin"');
      expect(markup).to.match(/\n\s+lock-applicant\n/);
    }
    expect(snippets.react).to.include(
      "import { GovAppointment } from '@gov-appointment/widget/react';",
    );
    expect(snippets.react).to.include('apiBase="https://api.example.gov.bh/v1"');
    expect(snippets.react).to.match(/\n\s+lockService\n/);
    expect(snippets.react).to.include('onGovBooked={');
    expect(snippets.vue).to.include('@gov-booked="onBooked"');
    expect(snippets.vue).to.include('isCustomElement');
    expect(snippets.angular).to.include('schemas: [CUSTOM_ELEMENTS_SCHEMA]');
    expect(snippets.angular).to.include('(gov-booked)="onBooked($event)"');
  });

  it('hands the applicant over from the host, never as values', () => {
    const snippets = embedSnippets(CONFIGURED, prefilled, BUILT);
    expect(snippets.script).to.include('booking.applicant = await getSignedInApplicant();');
    expect(snippets.script).to.include('{ name, nationalId }');
    expect(snippets.react).to.include('applicant={signedInApplicant}');
    expect(snippets.vue).to.include(':applicant="signedInApplicant"');
    expect(snippets.angular).to.include('[applicant]="signedInApplicant"');
  });

  it('leaves the applicant out when nothing is prefilled', () => {
    const snippets = embedSnippets(CONFIGURED, new Set(), BUILT);
    for (const snippet of Object.values(snippets)) {
      expect(snippet).not.to.include('applicant');
    }
  });

  it('puts the theme in CSS, the dark palette under prefers-color-scheme', () => {
    const { css } = embedSnippets(CONFIGURED, new Set(), BUILT);
    expect(css).to.match(/^gov-appointment \{\n/);
    expect(css).to.include('  --gov-font-size: 1.125rem;');
    expect(css).to.include('  --gov-color-primary: #8c1d2a;');
    expect(css).to.include('@media (prefers-color-scheme: dark) {');
    expect(css).to.include('    --gov-color-primary: #ffb3b6;');
  });

  it('says there is nothing to set for the widget as it ships', () => {
    const { css } = embedSnippets(DEFAULT_CONFIG, new Set(), BUILT);
    expect(css).to.equal("/* The widget's own theme: no tokens to set. */");
  });
});
