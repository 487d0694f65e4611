/**
 * Every language's translations as part of the same file, for the self-contained CDN build:
 * static imports let the bundler hoist them with the rest, where dynamic ones would wrap them,
 * and with them lit and @lit/localize, in code that defers their start for nothing.
 */
import * as ar from './generated/locales/ar.js';
import * as bn from './generated/locales/bn.js';
import * as fa from './generated/locales/fa.js';
import * as hi from './generated/locales/hi.js';
import * as ur from './generated/locales/ur.js';
import type { LocaleLoaders } from './locale-loaders.js';

export const localeLoaders: LocaleLoaders = {
  ar: () => Promise.resolve(ar),
  ur: () => Promise.resolve(ur),
  hi: () => Promise.resolve(hi),
  bn: () => Promise.resolve(bn),
  fa: () => Promise.resolve(fa),
};
