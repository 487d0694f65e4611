/**
 * WCAG 2.2 contrast of the colour pairs the widget actually paints: text needs 4.5:1
 * (1.4.3, the widget's text is normal size), borders and the focus ring 3:1 (1.4.11).
 */
import type { ColourToken, Palette } from './theme-tokens.js';

/** One pair of tokens drawn on each other, and the ratio WCAG AA asks of it. */
export interface ContrastCheck {
  readonly foreground: ColourToken;
  readonly background: ColourToken;
  readonly minimum: 4.5 | 3;
  /** What a person would see fail, e.g. "Button text on the primary colour". */
  readonly what: string;
}

export interface ContrastResult {
  readonly check: ContrastCheck;
  readonly ratio: number;
  readonly passes: boolean;
}

export const CONTRAST_CHECKS: readonly ContrastCheck[] = [
  { foreground: 'text', background: 'surface', minimum: 4.5, what: 'Text on the background' },
  { foreground: 'on-primary', background: 'primary', minimum: 4.5, what: 'Text on buttons' },
  {
    foreground: 'primary',
    background: 'surface',
    minimum: 4.5,
    what: 'Links and outlined buttons',
  },
  { foreground: 'text-muted', background: 'surface', minimum: 4.5, what: 'Hints' },
  { foreground: 'text', background: 'surface-raised', minimum: 4.5, what: 'Text on cards' },
  {
    foreground: 'text-muted',
    background: 'surface-raised',
    minimum: 4.5,
    what: 'Hints on cards',
  },
  {
    foreground: 'primary',
    background: 'surface-raised',
    minimum: 4.5,
    what: 'Outlined buttons on cards',
  },
  { foreground: 'error', background: 'surface', minimum: 4.5, what: 'Error messages' },
  {
    foreground: 'text',
    background: 'warning-surface',
    minimum: 4.5,
    what: 'Text of the hold warning',
  },
  { foreground: 'border', background: 'surface', minimum: 3, what: 'Field and card borders' },
  { foreground: 'focus', background: 'surface', minimum: 3, what: 'Focus ring' },
  { foreground: 'success', background: 'surface', minimum: 3, what: 'Confirmation border' },
];

/** The red, green and blue channels of `#rrggbb`, 0 to 255. */
function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** Relative luminance of an sRGB colour `#rrggbb` (WCAG 2.2 definition), 0 to 1. */
export function relativeLuminance(hex: string): number {
  const [red, green, blue] = channels(hex).map((channel) => {
    const srgb = channel / 255;
    return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** The contrast ratio of two colours `#rrggbb`, from 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort(
    (a, b) => b - a,
  ) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * Every check of `CONTRAST_CHECKS` against a palette. A ratio passes only if it reaches the
 * minimum before rounding: 4.49:1 is a failure even though it reads as 4.5.
 */
export function checkContrast(palette: Palette): ContrastResult[] {
  return CONTRAST_CHECKS.map((check) => {
    const ratio = contrastRatio(palette[check.foreground], palette[check.background]);
    return { check, ratio, passes: ratio >= check.minimum };
  });
}

/** A ratio as people quote it: "4.52:1" (rounded down, so a failure never reads as a pass). */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
