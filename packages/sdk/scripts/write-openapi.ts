/** Writes openapi/openapi.json from the schemas (run after changing the contract). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../src/contract/openapi.js';

const target = fileURLToPath(new URL('../openapi/openapi.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log(`Wrote ${target}`);
