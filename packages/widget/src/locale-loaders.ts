/**
 * How each language's translations are fetched: as a chunk of their own, the first time the
 * language is shown. The self-contained CDN build swaps this file for locale-loaders-bundled.ts
 * (see vite.config.ts), since its single file holds every language anyway.
 */
import type { targetLocales } from './generated/locale-codes.js';

/** The loaders of each target language. */
export type LocaleLoaders = Record<
  (typeof targetLocales)[number],
  () => Promise<typeof import('./generated/locales/ar.js')>
>;

// A static map (not a template-literal import) so that every bundler can see the modules.
export const localeLoaders: LocaleLoaders = {
  ar: () => import('./generated/locales/ar.js'),
  ur: () => import('./generated/locales/ur.js'),
  hi: () => import('./generated/locales/hi.js'),
  bn: () => import('./generated/locales/bn.js'),
  fa: () => import('./generated/locales/fa.js'),
};
