/**
 * The tables of docs/implementer-guide.md, generated from the contract so that the guide can
 * never promise what the API does not do: every problem code with its HTTP status, when it
 * happens, whether and how a client may retry and whether the answer is recorded under the
 * idempotency key (`problemDocs`, `PROBLEM_STATUS`, the operation table); the field-error codes
 * (`fieldErrorDocs`); the shared numbers (`CONTRACT_RULES`, described by their TSDoc); the
 * fields that carry the change and hold rules (described by their TSDoc in the schemas); and
 * the operations with the headers each needs.
 *
 * Run `npm run implementer-docs` to write the sections, or with `--check` to fail, writing
 * nothing, when they differ from the contract (as `npm test` does).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// The root's TypeScript 7 is native and has no JavaScript compiler API: 5.9 is installed
// under this alias for reading declarations only.
import ts from 'typescript-api';
import {
  cacheControlFor,
  PREFLIGHT_HEADERS,
} from '../packages/mock-server/src/handlers/http-headers.ts';
import { operations } from '../packages/sdk/src/contract/operations.ts';
import { fieldErrorDocs, problemDocs } from '../packages/sdk/src/contract/problem-docs.ts';
import { CONTRACT_RULES } from '../packages/sdk/src/contract/rules.ts';
import { PROBLEM_STATUS } from '../packages/sdk/src/schemas/problem.ts';
import { cell, code, table, withNamedSection } from './markdown-api-section.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GUIDE = join(ROOT, 'docs', 'implementer-guide.md');
const SDK_SOURCE = join(ROOT, 'packages', 'sdk', 'src');
const RULES_SOURCE = join(SDK_SOURCE, 'contract', 'rules.ts');
const WRITE_COMMAND = 'npm run implementer-docs';

/** What each `retry` of `problemDocs` tells a client to do. */
const RETRY = {
  never: 'No: the same request fails the same way.',
  'after-retry-after': 'Yes, the same request with the same key, once `Retry-After` has passed.',
  'same-request': 'Yes, the same request with the same key.',
  'after-correcting': 'Once corrected, as a new request with a new key.',
  'with-new-key': 'Yes, as a new attempt with a new key.',
};

/**
 * The schema fields that carry a business rule per resource, as `[schema, property, source
 * file under packages/sdk/src]`: their TSDoc states the rule.
 * @type {[string, string, string][]}
 */
const RULE_FIELDS = [
  ['Service', 'changeCutoffMinutes', 'schemas/catalogue.ts'],
  ['Booking', 'changeableUntil', 'schemas/bookings.ts'],
  ['Hold', 'extensionsRemaining', 'schemas/holds.ts'],
];

function problemsTable() {
  const codes = /** @type {(keyof typeof PROBLEM_STATUS)[]} */ (Object.keys(PROBLEM_STATUS));
  const rows = codes.map((problem) => {
    const returnedBy = operations
      .filter((operation) =>
        /** @type {readonly string[]} */ (operation.problems).includes(problem),
      )
      .map((operation) => operation.id);
    const doc = problemDocs[problem];
    return [
      code(problem),
      String(PROBLEM_STATUS[problem]),
      cell(doc.when),
      cell(RETRY[doc.retry]),
      doc.recorded ? 'yes' : 'no',
      returnedBy.length === operations.length
        ? 'every operation'
        : returnedBy.length === 0
          ? // Not an answer of one operation's: a refusal before any request is read.
            'any request, before it is read'
          : returnedBy.map((id) => code(id)).join(', '),
    ];
  });
  return table(
    ['`code`', 'HTTP', 'When', 'May the client retry?', 'Recorded under the key', 'Returned by'],
    rows,
  );
}

function fieldErrorsTable() {
  return table(
    ['`code`', 'Meaning'],
    Object.entries(fieldErrorDocs).map(([fieldCode, meaning]) => [code(fieldCode), cell(meaning)]),
  );
}

/**
 * The TSDoc of each property assignment in a source file, by property name.
 * @param {string} file
 * @returns {Map<string, string>}
 */
function propertyDescriptions(file) {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const descriptions = new Map();
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
      const text = ts
        .getJSDocCommentsAndTags(node)
        .map((doc) => (typeof doc.comment === 'string' ? doc.comment : ''))
        .join(' ')
        .trim();
      if (text) descriptions.set(node.name.text, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return descriptions;
}

function rulesTable() {
  const descriptions = propertyDescriptions(RULES_SOURCE);
  const rows = Object.entries(CONTRACT_RULES).map(([name, value]) => {
    const description = descriptions.get(name);
    if (!description) throw new Error(`CONTRACT_RULES.${name} has no TSDoc to describe it.`);
    const shown =
      typeof value === 'object'
        ? Object.entries(value)
            .map(([key, part]) => `${key}: ${part}`)
            .join(', ')
        : String(value);
    return [code(name), code(shown), cell(description)];
  });
  return table(['Rule (`CONTRACT_RULES`)', 'Value', 'Meaning'], rows);
}

function ruleFieldsTable() {
  const rows = RULE_FIELDS.map(([schema, property, file]) => {
    const description = propertyDescriptions(join(SDK_SOURCE, file)).get(property);
    if (!description) throw new Error(`${schema}.${property} has no TSDoc in ${file}.`);
    return [code(`${schema}.${property}`), cell(description)];
  });
  return table(['Field', 'Rule'], rows);
}

function operationsTable() {
  const rows = operations.map((operation) => [
    code(operation.id),
    code(`${operation.method} ${operation.path}`),
    String(operation.success.status),
    operation.idempotencyKey === 'none' ? '' : operation.idempotencyKey,
    operation.verification ? 'required' : '',
    operation.ifMatch ? 'required' : '',
    // The `Cache-Control` of a successful answer, as the reference mock sends it.
    code(cacheControlFor(operation, true)),
  ]);
  return table(
    [
      'Operation',
      'Request',
      'Success',
      '`Idempotency-Key`',
      '`Applicant-National-Id`',
      '`If-Match`',
      '`Cache-Control`',
    ],
    rows,
  );
}

/** The CORS headers as one sentence, from the preflight answer of the reference mock. */
function corsStatement() {
  /** @param {string} name */
  const header = (name) => {
    const value = PREFLIGHT_HEADERS[name];
    if (!value) throw new Error(`The mock's preflight answer has no ${name}.`);
    return code(`${name}: ${value}`);
  };
  return [
    `Answer every origin with ${header('Access-Control-Allow-Origin')} (the API uses no cookies;`,
    `list the ministries' origins instead if your policy asks), preflight requests with`,
    `${header('Access-Control-Allow-Methods')}, ${header('Access-Control-Allow-Headers')} and`,
    `${header('Access-Control-Max-Age')}, and every answer with`,
    `${header('Access-Control-Expose-Headers')}, so that browser clients can read them.`,
  ].join(' ');
}

/** The guide with every generated section brought up to date. */
/** @param {string} guide */
export function implementerGuide(guide) {
  const note = `Generated from the contract in packages/sdk/src by \`${WRITE_COMMAND}\`: edit the contract, not this table.`;
  /** @type {[string, string][]} */
  const sections = [
    ['operations', operationsTable()],
    ['problems', problemsTable()],
    ['field-errors', fieldErrorsTable()],
    ['rules', rulesTable()],
    ['rule-fields', ruleFieldsTable()],
    ['cors', corsStatement()],
  ];
  return sections.reduce(
    (text, [name, body]) => withNamedSection(text, name, body, note, 'docs/implementer-guide.md'),
    guide,
  );
}

const check = process.argv.includes('--check');
const current = readFileSync(GUIDE, 'utf8');
const updated = implementerGuide(current);
if (updated === current) {
  console.log('The tables of docs/implementer-guide.md match the contract.');
} else if (check) {
  console.error(
    `The tables of docs/implementer-guide.md are out of date with the contract. Run \`${WRITE_COMMAND}\` and commit the result.`,
  );
  process.exitCode = 1;
} else {
  writeFileSync(GUIDE, updated);
  console.log('Wrote docs/implementer-guide.md');
}
