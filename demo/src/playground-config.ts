/**
 * Everything the playground lets a designer choose, as one value: it is what the share link
 * encodes, what the embed code describes and what the gallery reads. The prefilled applicant
 * is personal data and deliberately not part of it.
 */
import type { Language } from '@gov-appointment/sdk/schemas';
import type { ScenarioChoiceId } from './scenario-choices.js';
import { type ColourScheme, DEFAULT_THEME, type ThemeTokens } from './theme-tokens.js';

/** The six languages, each named in itself (as a language menu should). */
export const LANGUAGE_CHOICES: readonly {
  readonly code: Language;
  readonly name: string;
  readonly englishName: string;
}[] = [
  { code: 'ar', name: 'العربية', englishName: 'Arabic' },
  { code: 'en', name: 'English', englishName: 'English' },
  { code: 'ur', name: 'اردو', englishName: 'Urdu' },
  { code: 'hi', name: 'हिन्दी', englishName: 'Hindi' },
  { code: 'bn', name: 'বাংলা', englishName: 'Bengali' },
  { code: 'fa', name: 'فارسی', englishName: 'Farsi' },
];

export const MODES = ['book', 'manage'] as const;
export type Mode = (typeof MODES)[number];

/** `language` leaves the choice to the widget: the digits that language usually prints. */
export const DIGITS_CHOICES = ['language', 'native', 'latin'] as const;
export type DigitsChoice = (typeof DIGITS_CHOICES)[number];

/** How wide the space the host page gives the widget is. */
export type FrameWidth = 'phone' | 'tablet' | 'desktop';

/** Widths in CSS pixels of the page widths offered; `desktop` takes all the room there is. */
export const FRAME_WIDTHS: Readonly<Record<FrameWidth, number | null>> = {
  phone: 360,
  tablet: 768,
  desktop: null,
};

export interface PlaygroundConfig {
  readonly language: Language;
  readonly mode: Mode;
  readonly colourScheme: ColourScheme;
  readonly digits: DigitsChoice;
  readonly frameWidth: FrameWidth;
  readonly scenario: ScenarioChoiceId;
  /** Limit the services to one ministry or authority. */
  readonly provider: string | null;
  readonly service: string | null;
  readonly centre: string | null;
  readonly lockService: boolean;
  readonly lockCentre: boolean;
  readonly lockApplicant: boolean;
  readonly theme: ThemeTokens;
}

export const DEFAULT_CONFIG: PlaygroundConfig = {
  language: 'en',
  mode: 'book',
  colourScheme: 'light',
  digits: 'language',
  frameWidth: 'desktop',
  scenario: 'normal',
  provider: null,
  service: null,
  centre: null,
  lockService: false,
  lockCentre: false,
  lockApplicant: false,
  theme: DEFAULT_THEME,
};

export const FRAME_WIDTH_NAMES = Object.keys(FRAME_WIDTHS) as FrameWidth[];

/** `value` when it is one of `allowed`, else `fallback`: how every choice is read back. */
export function oneOf<T extends string>(
  value: string | null,
  allowed: readonly T[],
  fallback: T,
): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function isLanguage(value: string): value is Language {
  return LANGUAGE_CHOICES.some((choice) => choice.code === value);
}
