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
    /*
     * The ministry's font first, then the font of the language's script, then those of the
     * other scripts (for names and addresses written in another one). With no ministry font,
     * the script's font leads: the faces of the optional web-font stylesheet
     * (fonts/gov-appointment-fonts.css) carry these family names and cover only their script,
     * so Latin text keeps the system font. (Chromium draws boxes, even once the faces have
     * loaded, for text first laid out with system-ui ahead of a face still loading.)
     */
    --_script-font: system-ui;
    --_font: var(--gov-font-family, var(--_script-font), system-ui, 'Segoe UI', Roboto),
      var(--_script-font), 'Noto Sans Arabic', 'Noto Sans Devanagari', 'Noto Sans Bengali',
      Tahoma, sans-serif;
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

  :host(:lang(ar)),
  :host(:lang(fa)) {
    --_script-font: 'Noto Sans Arabic', 'Segoe UI', 'Geeza Pro';
  }

  :host(:lang(hi)) {
    --_script-font: 'Noto Sans Devanagari', 'Nirmala UI', 'Kohinoor Devanagari', Mangal;
  }

  :host(:lang(bn)) {
    --_script-font: 'Noto Sans Bengali', 'Nirmala UI', 'Kohinoor Bangla', Vrinda;
  }

  /*
   * Nastaliq is how Urdu is read; its tall letters and deep descenders need more room
   * between lines.
   */
  :host(:lang(ur)) {
    line-height: 2.2;
    --_script-font: 'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Urdu Typesetting';
  }

  /*
   * A ministry's font seldom has Devanagari or Bengali letters, and its Arabic letters are not
   * Nastaliq: for these languages the script's font comes first (its web face covers only that
   * script, so Latin text keeps the ministry's font).
   */
  :host(:lang(hi)),
  :host(:lang(bn)),
  :host(:lang(ur)) {
    --_font: var(--_script-font), var(--gov-font-family, system-ui, 'Segoe UI', Roboto),
      'Noto Sans Arabic', 'Noto Sans Devanagari', 'Noto Sans Bengali', Tahoma, sans-serif;
  }
`;
