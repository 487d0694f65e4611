/**
 * Design tokens in two layers. System tokens (`--gov-color-primary`, `--gov-font-family`, …)
 * are what a ministry sets to make the widget look like its site; every one has a default
 * that meets WCAG 2.2 AA contrast on its own. Component styles read only the private
 * `--_…` aliases below, so each public token is read in exactly one place.
 */
import { css } from 'lit';

/** The dark defaults, used for `theme="dark"` and for `theme="auto"` on a dark device. */
const darkTokens = css`
  --_primary: var(--gov-color-primary, #7fd4b8);
  --_on-primary: var(--gov-color-on-primary, #00261c);
  --_surface: var(--gov-color-surface, #151918);
  --_surface-raised: var(--gov-color-surface-raised, #222826);
  --_text: var(--gov-color-text, #eef2f0);
  --_text-muted: var(--gov-color-text-muted, #b9c3bf);
  --_border: var(--gov-color-border, #8c9794);
  --_error: var(--gov-color-error, #ffb4ab);
  --_warning-surface: var(--gov-color-warning-surface, #3d3217);
  --_success: var(--gov-color-success, #8fd99f);
  --_focus: var(--gov-color-focus, #9bb8ff);
  color-scheme: dark;
`;

export const tokens = css`
  :host {
    --_primary: var(--gov-color-primary, #0b5d4a);
    --_on-primary: var(--gov-color-on-primary, #ffffff);
    --_surface: var(--gov-color-surface, #ffffff);
    --_surface-raised: var(--gov-color-surface-raised, #f4f6f5);
    --_text: var(--gov-color-text, #1b1f1e);
    --_text-muted: var(--gov-color-text-muted, #4a5350);
    --_border: var(--gov-color-border, #767f7c);
    --_error: var(--gov-color-error, #b3261e);
    --_warning-surface: var(--gov-color-warning-surface, #fff4d6);
    --_success: var(--gov-color-success, #1e6b34);
    --_focus: var(--gov-color-focus, #1a4fd6);
    --_font: var(
      --gov-font-family,
      system-ui,
      'Segoe UI',
      'Noto Sans',
      'Noto Sans Arabic',
      'Noto Sans Devanagari',
      'Noto Sans Bengali',
      Tahoma,
      sans-serif
    );
    --_font-size: var(--gov-font-size, 1rem);
    --_radius: var(--gov-radius, 0.5rem);
    --_space: var(--gov-space, 0.5rem);
    --_max-width: var(--gov-max-width, 42rem);
    --_target: 2.75rem;
    color-scheme: light;
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }

  /* Nastaliq is how Urdu is read; its tall letters need more room between lines. */
  :host(:lang(ur)) {
    line-height: 2.2;
    --_font: var(
      --gov-font-family,
      'Noto Nastaliq Urdu',
      'Jameel Noori Nastaleeq',
      'Urdu Typesetting',
      'Noto Sans Arabic',
      system-ui,
      sans-serif
    );
  }
`;
