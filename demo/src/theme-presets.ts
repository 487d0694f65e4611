/**
 * Ready themes in the manner of real ministry sites. Each sets both palettes in full, so the
 * widget looks deliberate in light and dark, and every pair of `CONTRAST_CHECKS` meets WCAG AA
 * in both (a browser test holds them to it).
 */
import type { ThemeTokens } from './theme-tokens.js';

export interface ThemePreset {
  readonly id: string;
  readonly label: string;
  readonly theme: ThemeTokens;
}

/** Colours shared by every preset: states whose meaning people already know. */
const LIGHT_STATES = {
  error: '#b3261e',
  'warning-surface': '#fff4d6',
  success: '#1e6b34',
} as const;

const DARK_STATES = {
  error: '#ffb4ab',
  'warning-surface': '#3d3217',
  success: '#8fd99f',
} as const;

export const THEME_PRESETS: readonly ThemePreset[] = [
  {
    id: 'interior',
    label: 'Interior (deep red)',
    theme: {
      font: 'tahoma',
      lengths: { radius: 0.25 },
      colours: {
        light: {
          primary: '#8c1d2a',
          'on-primary': '#ffffff',
          surface: '#ffffff',
          'surface-raised': '#f8f3f3',
          text: '#221a1b',
          'text-muted': '#5b4f50',
          border: '#8a7b7c',
          focus: '#1a4fd6',
          ...LIGHT_STATES,
          error: '#a3141d',
        },
        dark: {
          primary: '#ffb3b6',
          'on-primary': '#560d17',
          surface: '#1b1516',
          'surface-raised': '#2a2122',
          text: '#f6eeee',
          'text-muted': '#d3c3c4',
          border: '#9d8b8c',
          focus: '#9bb8ff',
          ...DARK_STATES,
        },
      },
    },
  },
  {
    id: 'health',
    label: 'Health (navy)',
    theme: {
      font: 'system',
      lengths: { radius: 0.5 },
      colours: {
        light: {
          primary: '#0b3d91',
          'on-primary': '#ffffff',
          surface: '#ffffff',
          'surface-raised': '#f1f5fb',
          text: '#14213d',
          'text-muted': '#475467',
          border: '#7a8599',
          focus: '#b54708',
          ...LIGHT_STATES,
        },
        dark: {
          primary: '#a8c7fa',
          'on-primary': '#062e6f',
          surface: '#0f1729',
          'surface-raised': '#1c2740',
          text: '#f1f5f9',
          'text-muted': '#c5cfdc',
          border: '#8592a8',
          focus: '#fdba74',
          ...DARK_STATES,
        },
      },
    },
  },
  {
    id: 'e-government',
    label: 'e-Government (teal)',
    theme: {
      font: 'plex-arabic',
      lengths: { radius: 0.75 },
      colours: {
        light: {
          primary: '#00676b',
          'on-primary': '#ffffff',
          surface: '#ffffff',
          'surface-raised': '#eff7f7',
          text: '#102a2b',
          'text-muted': '#44585a',
          border: '#718a8b',
          focus: '#5b21b6',
          ...LIGHT_STATES,
        },
        dark: {
          primary: '#6fd6d9',
          'on-primary': '#003739',
          surface: '#0e1b1c',
          'surface-raised': '#1a2a2b',
          text: '#e8f4f4',
          'text-muted': '#b3c8c9',
          border: '#7f999a',
          focus: '#c4b5fd',
          ...DARK_STATES,
        },
      },
    },
  },
  {
    id: 'justice',
    label: 'Justice (sand and brown)',
    theme: {
      font: 'naskh',
      lengths: { radius: 0.125 },
      colours: {
        light: {
          primary: '#6b4423',
          'on-primary': '#ffffff',
          surface: '#fffdf8',
          'surface-raised': '#f5eee1',
          text: '#2b2118',
          'text-muted': '#5a4c3f',
          border: '#8c7a66',
          focus: '#1a4fd6',
          ...LIGHT_STATES,
          'warning-surface': '#fdebc8',
        },
        dark: {
          primary: '#e6c39a',
          'on-primary': '#3b2410',
          surface: '#1d1813',
          'surface-raised': '#2b241c',
          text: '#f6efe6',
          'text-muted': '#d2c4b3',
          border: '#9c8b78',
          focus: '#9bb8ff',
          ...DARK_STATES,
        },
      },
    },
  },
];

export function findPreset(id: string): ThemePreset | undefined {
  return THEME_PRESETS.find((preset) => preset.id === id);
}
