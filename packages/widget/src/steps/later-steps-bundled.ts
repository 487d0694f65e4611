/**
 * The later pages' module as part of the same file, for the self-contained CDN build: a static
 * import lets the bundler hoist it with the rest (a dynamic one would wrap it and cost about
 * 2 KB gzip for nothing, as there is no other file to fetch).
 */
import * as laterSteps from './later-steps.js';

export const importLaterSteps = () => Promise.resolve(laterSteps);
