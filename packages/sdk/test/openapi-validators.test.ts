/**
 * The published document through two independent linters besides the schema validator of
 * `openapi.test.ts`: Spectral's OpenAPI ruleset (every rule, not only the recommended ones)
 * and Redocly's strict recommended rules. Integrators use both; a document that either
 * complains about is one they cannot follow literally.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import spectralCore, { type RulesetDefinition } from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';

const committed = JSON.parse(
  readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8'),
) as { paths: Record<string, Record<string, { parameters: { in: string }[] }>> };

interface Finding {
  readonly rule: string;
  readonly severity: string;
  readonly where: string;
  readonly message: string;
}

const SPECTRAL_SEVERITY = ['error', 'warning', 'information', 'hint'] as const;

async function spectralFindings(document: unknown): Promise<Finding[]> {
  const { Spectral, Document } = spectralCore;
  const spectral = new Spectral();
  // The rulesets package declares `oas` with a type that spectral-core's own
  // `RulesetDefinition` does not accept (its rules' inferred types are wider than the
  // definitions'); at run time it is exactly the ruleset spectral-core loads.
  const everyRule: [RulesetDefinition, 'all'] = [oas as RulesetDefinition, 'all'];
  spectral.setRuleset({ extends: [everyRule] });
  const results = await spectral.run(
    new Document(JSON.stringify(document, null, 2), spectralParsers.Json, 'openapi.json'),
  );
  return results.map((result) => ({
    rule: String(result.code),
    severity: SPECTRAL_SEVERITY[result.severity] ?? String(result.severity),
    where: result.path.join('.'),
    message: result.message,
  }));
}

async function redoclyFindings(document: unknown): Promise<Finding[]> {
  const config = await createConfig({ extends: ['recommended-strict'] });
  const problems = await lintFromString({
    source: JSON.stringify(document),
    absoluteRef: '/openapi.json',
    config,
  });
  return problems.map((problem) => ({
    rule: problem.ruleId,
    severity: problem.severity,
    where: problem.location[0]?.pointer ?? '',
    message: problem.message,
  }));
}

/** The document as it was published before its shared path parameters were declared. */
function withoutPathParameter(path: string, method: string): unknown {
  const broken = structuredClone(committed);
  const operation = broken.paths[path]?.[method];
  assert.ok(operation, `${method} ${path} is in the document`);
  operation.parameters = operation.parameters.filter((parameter) => parameter.in !== 'path');
  return broken;
}

describe('published OpenAPI document, linted', () => {
  it('passes every rule of Spectral’s OpenAPI ruleset with no finding at all', async () => {
    assert.deepEqual(await spectralFindings(committed), []);
  });

  it('passes Redocly’s strict recommended rules with no finding at all', async () => {
    assert.deepEqual(await redoclyFindings(committed), []);
  });

  it('fails under both linters when an operation lacks a path parameter', async () => {
    const broken = withoutPathParameter('/bookings/{reference}/cancel', 'post');
    const spectral = await spectralFindings(broken);
    assert.ok(
      spectral.some((finding) => finding.rule === 'path-params' && finding.severity === 'error'),
      JSON.stringify(spectral),
    );
    const redocly = await redoclyFindings(broken);
    assert.ok(
      redocly.some(
        (finding) => finding.rule === 'path-parameters-defined' && finding.severity === 'error',
      ),
      JSON.stringify(redocly),
    );
  });
});
