/**
 * Judges an answer against the published OpenAPI document (`@gov-appointment/sdk/openapi.json`):
 * the status must be documented for the operation, the media type must be one it lists, a
 * JSON body must validate against its schema (JSON Schema 2020-12, with Ajv as the SDK's own
 * tests use), and a problem's `code` must be one the document lists for that status.
 */
import { createRequire } from 'node:module';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Exchange } from './api-client.js';

interface MediaType {
  readonly schema?: Record<string, unknown>;
}
interface ResponseObject {
  readonly content?: Readonly<Record<string, MediaType>>;
  readonly 'x-problem-codes'?: readonly string[];
}
interface OperationObject {
  readonly operationId: string;
  readonly responses: Readonly<Record<string, ResponseObject>>;
}
interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, OperationObject>>>>;
  readonly components: { readonly schemas: Readonly<Record<string, object>> };
}

const requireJson = createRequire(import.meta.url);

/** The OpenAPI document the SDK publishes. */
function publishedDocument(): OpenApiDocument {
  return requireJson('@gov-appointment/sdk/openapi.json') as OpenApiDocument;
}

export class ResponseValidator {
  readonly #operations = new Map<string, OperationObject>();
  readonly #ajv: Ajv2020;
  readonly #compiled = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument = publishedDocument()) {
    for (const item of Object.values(document.paths)) {
      for (const operation of Object.values(item)) {
        this.#operations.set(operation.operationId, operation);
      }
    }
    // Not strict: the document may carry extension keywords this kit does not know yet.
    this.#ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(this.#ajv);
    for (const [id, schema] of Object.entries(document.components.schemas)) {
      this.#ajv.addSchema(schema, `#/components/schemas/${id}`);
    }
  }

  /** Everything wrong with one answer, as sentences; empty when it conforms. */
  violations(exchange: Exchange): string[] {
    if (exchange.operationId === null) return [];
    const where = `${exchange.operationId} ${exchange.status}`;
    const operation = this.#operations.get(exchange.operationId);
    if (!operation) return [`${where}: the document has no operation ${exchange.operationId}.`];
    const response = operation.responses[String(exchange.status)] ?? operation.responses.default;
    if (!response) return [`${where}: status ${exchange.status} is not documented.`];
    const mediaTypes = Object.keys(response.content ?? {});
    if (mediaTypes.length === 0) {
      return exchange.text === '' ? [] : [`${where}: the document allows no body here.`];
    }
    const contentType = (exchange.headers.get('Content-Type') ?? '').split(';')[0]?.trim() ?? '';
    const mediaType = mediaTypes.find((type) => type.toLowerCase() === contentType.toLowerCase());
    if (!mediaType) {
      return [
        `${where}: Content-Type "${contentType || '(none)'}" is not one of ${mediaTypes.join(', ')}.`,
      ];
    }
    if (!mediaType.includes('json')) return [];
    if (exchange.json === undefined) return [`${where}: the body is not valid JSON.`];
    const problems: string[] = [];
    const schema = response.content?.[mediaType]?.schema;
    const validate = schema ? this.#validatorFor(schema) : null;
    if (validate && !validate(exchange.json)) {
      for (const error of (validate.errors ?? []).slice(0, 5)) {
        problems.push(
          `${where}: body ${error.instancePath || '/'} ${error.message ?? 'is invalid'}.`,
        );
      }
    }
    const codes = response['x-problem-codes'];
    const code = (exchange.json as { code?: unknown }).code;
    if (codes && typeof code === 'string' && !codes.includes(code)) {
      problems.push(`${where}: problem code "${code}" is not documented for this status.`);
    }
    return problems;
  }

  #validatorFor(schema: Record<string, unknown>): ValidateFunction {
    const ref = typeof schema.$ref === 'string' ? schema.$ref : null;
    const key = ref ?? JSON.stringify(schema);
    let validate = this.#compiled.get(key);
    if (!validate) {
      validate = (ref ? this.#ajv.getSchema(ref) : this.#ajv.compile(schema)) as ValidateFunction;
      this.#compiled.set(key, validate);
    }
    return validate;
  }
}
