/// <reference types="vite/client" />
/**
 * The widget release the embed code points at, fixed when the playground is built: the
 * widget package's version, and the CDN file with its Subresource Integrity hash from
 * `packages/widget/dist/sri.json`, which the widget's CDN build writes as
 * `{ "file": "cdn/gov-appointment.js", "integrity": "sha384-…" }`.
 */
import { version } from '../../packages/widget/package.json';
import { type CdnRelease, DEFAULT_CDN_FILE } from './embed-code.js';

// A glob, not an import, so that a missing file (no widget build yet) is simply no match.
const manifests = import.meta.glob<Record<string, unknown>>('../../packages/widget/dist/sri.json', {
  eager: true,
  import: 'default',
});

const SUBRESOURCE_INTEGRITY = /^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/;

function fromManifest(): Pick<CdnRelease, 'file' | 'integrity'> {
  for (const manifest of Object.values(manifests)) {
    const { file, integrity } = manifest;
    if (
      typeof file === 'string' &&
      typeof integrity === 'string' &&
      SUBRESOURCE_INTEGRITY.test(integrity)
    ) {
      // The CDN serves the build's folder: the file goes by its own name there.
      return { file: file.split('/').at(-1) ?? file, integrity };
    }
  }
  return { file: DEFAULT_CDN_FILE, integrity: null };
}

export const CDN_RELEASE: CdnRelease = { version, ...fromManifest() };
