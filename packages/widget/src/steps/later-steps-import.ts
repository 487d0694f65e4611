/**
 * How the later pages' module is fetched: on its own, after the first page. The self-contained
 * CDN build swaps this file for later-steps-bundled.ts (see vite.config.ts), since its single
 * file holds every module anyway.
 */
export const importLaterSteps = () => import('./later-steps.js');
