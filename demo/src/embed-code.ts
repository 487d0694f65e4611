/**
 * The code a ministry's developers paste to show the widget as configured: plain HTML with
 * the CDN build, React, Vue 3 and Angular, plus the theme as CSS. Personal data never appears:
 * a prefilled applicant becomes a reference to the portal's own signed-in user.
 */
import type { PlaygroundConfig } from './playground-config.js';
import { themeCss } from './theme-css.js';

/** Where the page's API answers in the snippets (the playground itself uses its mock). */
export const EMBED_API_BASE = 'https://api.example.gov.bh/v1';

/** The CDN file's name when the widget's CDN build has not run yet. */
export const DEFAULT_CDN_FILE = 'gov-appointment.min.js';

/** Where a file of a release is published on the CDN. */
export function cdnScriptUrl(release: CdnRelease): string {
  return `https://cdn.example.gov.bh/gov-appointment/${release.version}/${release.file}`;
}

/** Shown instead of the integrity hash until the CDN file of the release has been built. */
export const INTEGRITY_PLACEHOLDER = 'sha384-<computed at build>';

/** The CDN file a snippet loads. */
export interface CdnRelease {
  readonly version: string;
  /** The file's name in the release's folder on the CDN. */
  readonly file: string;
  /** The Subresource Integrity value of the file, or null when it is not built yet. */
  readonly integrity: string | null;
}

/** The applicant fields the host fills from its signed-in user (names only, never values). */
export type PrefilledField = 'name' | 'nationalId' | 'mobile' | 'email';

export interface EmbedSnippets {
  readonly html: string;
  /** The module script a plain HTML page loads to handle events (inline scripts break CSP). */
  readonly script: string;
  readonly react: string;
  readonly vue: string;
  readonly angular: string;
  readonly css: string;
}

interface Attribute {
  /** As written in HTML, Vue and Angular templates. */
  readonly attribute: string;
  /** As a React prop. */
  readonly prop: string;
  /** null for a boolean attribute. */
  readonly value: string | null;
}

function attributesOf(config: PlaygroundConfig, prefilled: ReadonlySet<PrefilledField>) {
  const attributes: Attribute[] = [
    { attribute: 'api-base', prop: 'apiBase', value: EMBED_API_BASE },
    { attribute: 'lang', prop: 'lang', value: config.language },
  ];
  const add = (attribute: string, prop: string, value: string | null) =>
    attributes.push({ attribute, prop, value });
  if (config.mode !== 'book') add('mode', 'mode', config.mode);
  if (config.provider) add('provider', 'provider', config.provider);
  if (config.service) add('service', 'service', config.service);
  if (config.service && config.lockService) add('lock-service', 'lockService', null);
  if (config.centre) add('centre', 'centre', config.centre);
  if (config.centre && config.lockCentre) add('lock-centre', 'lockCentre', null);
  if (config.colourScheme !== 'light') add('theme', 'theme', config.colourScheme);
  if (config.digits !== 'language') add('digits', 'digits', config.digits);
  if (prefilled.size > 0 && config.lockApplicant) add('lock-applicant', 'lockApplicant', null);
  return attributes;
}

function htmlAttributes(attributes: readonly Attribute[], indent: string): string {
  return attributes
    .map(
      ({ attribute, value }) =>
        `${indent}${value === null ? attribute : `${attribute}="${value}"`}`,
    )
    .join('\n');
}

function reactProps(attributes: readonly Attribute[], indent: string): string {
  return attributes
    .map(({ prop, value }) => `${indent}${value === null ? prop : `${prop}="${value}"`}`)
    .join('\n');
}

/** What the host passes as `applicant`, described by the fields it fills. */
function applicantComment(prefilled: ReadonlySet<PrefilledField>): string {
  return `{ ${[...prefilled].join(', ')} } of the person signed in to your portal`;
}

function htmlSnippet(
  attributes: readonly Attribute[],
  release: CdnRelease,
  config: PlaygroundConfig,
): string {
  const integrity = release.integrity ?? INTEGRITY_PLACEHOLDER;
  return [
    '<!-- In <head>: the widget, pinned to one release and checked by the browser. -->',
    '<script',
    '  type="module"',
    `  src="${cdnScriptUrl(release)}"`,
    `  integrity="${integrity}"`,
    '  crossorigin="anonymous"',
    '></script>',
    '<!-- Your stylesheet holds the theme (see "Theme CSS"). -->',
    '<link rel="stylesheet" href="/css/site.css" />',
    '<script type="module" src="/js/booking.js"></script>',
    '',
    '<!-- Where the booking should appear: -->',
    `<gov-appointment\n${htmlAttributes(attributes, '  ')}\n></gov-appointment>`,
    ...(config.language === 'ar' || config.language === 'ur' || config.language === 'fa'
      ? ['', '<!-- The widget sets its own direction (dir="rtl") from lang. -->']
      : []),
  ].join('\n');
}

function scriptSnippet(prefilled: ReadonlySet<PrefilledField>): string {
  return [
    '// /js/booking.js: a module script, because a strict Content-Security-Policy blocks inline ones.',
    "const booking = document.querySelector('gov-appointment');",
    '',
    ...(prefilled.size > 0
      ? [
          `// ${applicantComment(prefilled)}, from your own session code:`,
          '// set in script only, never in the URL or the page markup.',
          'booking.applicant = await getSignedInApplicant();',
          '',
        ]
      : []),
    "booking.addEventListener('gov-booked', (event) => {",
    '  const { reference, serviceId, centreId, start } = event.detail;',
    '  // Show the reference on your page, or record the completed booking.',
    '});',
    "booking.addEventListener('gov-error', (event) => {",
    '  const { code, step } = event.detail;',
    '  // The widget has already told the person what to do; log it for your team.',
    '});',
  ].join('\n');
}

function reactSnippet(
  attributes: readonly Attribute[],
  prefilled: ReadonlySet<PrefilledField>,
): string {
  const withApplicant = prefilled.size > 0;
  return [
    `import type { ${withApplicant ? 'ApplicantPrefill, ' : ''}GovBookedEvent } from '@gov-appointment/widget';`,
    "import { GovAppointment } from '@gov-appointment/widget/react';",
    '',
    ...(withApplicant
      ? [
          `/** @param signedInApplicant ${applicantComment(prefilled)}. */`,
          'export function Booking({ signedInApplicant }: { signedInApplicant: ApplicantPrefill }) {',
        ]
      : ['export function Booking() {']),
    '  return (',
    '    <GovAppointment',
    reactProps(attributes, '      '),
    ...(withApplicant ? ['      applicant={signedInApplicant}'] : []),
    '      onGovBooked={(event: GovBookedEvent) => {',
    '        const { reference } = event.detail;',
    '        // Show the reference, or record the completed booking.',
    '      }}',
    '    />',
    '  );',
    '}',
    '',
    '// Add the theme CSS to your global stylesheet.',
  ].join('\n');
}

function vueSnippet(
  attributes: readonly Attribute[],
  prefilled: ReadonlySet<PrefilledField>,
): string {
  const withApplicant = prefilled.size > 0;
  return [
    '<script setup lang="ts">',
    "import '@gov-appointment/widget/define';",
    `import type { ${withApplicant ? 'ApplicantPrefill, ' : ''}GovBookedEvent } from '@gov-appointment/widget';`,
    '',
    ...(withApplicant
      ? [
          'defineProps<{',
          `  /** ${applicantComment(prefilled)}. */`,
          '  signedInApplicant: ApplicantPrefill;',
          '}>();',
          '',
        ]
      : []),
    'function onBooked(event: GovBookedEvent) {',
    '  const { reference } = event.detail;',
    '  // Show the reference, or record the completed booking.',
    '}',
    '</script>',
    '',
    '<template>',
    '  <gov-appointment',
    htmlAttributes(attributes, '    '),
    ...(withApplicant ? ['    :applicant="signedInApplicant"'] : []),
    '    @gov-booked="onBooked"',
    '  />',
    '</template>',
    '',
    '<!--',
    '  Tell Vue that <gov-appointment> is a custom element, in vite.config.ts:',
    '  vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === "gov-appointment" } } })',
    '  Add the theme CSS to your global stylesheet.',
    '-->',
  ].join('\n');
}

function angularSnippet(
  attributes: readonly Attribute[],
  prefilled: ReadonlySet<PrefilledField>,
): string {
  const withApplicant = prefilled.size > 0;
  return [
    `import { Component, CUSTOM_ELEMENTS_SCHEMA${withApplicant ? ', Input' : ''} } from '@angular/core';`,
    "import '@gov-appointment/widget/define';",
    `import type { ${withApplicant ? 'ApplicantPrefill, ' : ''}GovBookedEvent } from '@gov-appointment/widget';`,
    '',
    '@Component({',
    "  selector: 'app-booking',",
    '  standalone: true,',
    '  // <gov-appointment> is a web component, not an Angular one.',
    '  schemas: [CUSTOM_ELEMENTS_SCHEMA],',
    '  template: `',
    '    <gov-appointment',
    htmlAttributes(attributes, '      '),
    ...(withApplicant ? ['      [applicant]="signedInApplicant"'] : []),
    '      (gov-booked)="onBooked($event)"',
    '    ></gov-appointment>',
    '  `,',
    '})',
    'export class BookingComponent {',
    ...(withApplicant
      ? [
          `  /** ${applicantComment(prefilled)}. */`,
          '  @Input({ required: true }) signedInApplicant!: ApplicantPrefill;',
          '',
        ]
      : []),
    '  onBooked(event: Event): void {',
    '    const { reference } = (event as GovBookedEvent).detail;',
    '    // Show the reference, or record the completed booking.',
    '  }',
    '}',
    '',
    '// Add the theme CSS to styles.css (global styles).',
  ].join('\n');
}

/** Every snippet for `config`. */
export function embedSnippets(
  config: PlaygroundConfig,
  prefilled: ReadonlySet<PrefilledField>,
  release: CdnRelease,
): EmbedSnippets {
  const attributes = attributesOf(config, prefilled);
  const css = themeCss(config.theme, config.colourScheme);
  return {
    html: htmlSnippet(attributes, release, config),
    script: scriptSnippet(prefilled),
    react: reactSnippet(attributes, prefilled),
    vue: vueSnippet(attributes, prefilled),
    angular: angularSnippet(attributes, prefilled),
    css: css === '' ? "/* The widget's own theme: no tokens to set. */" : css,
  };
}
