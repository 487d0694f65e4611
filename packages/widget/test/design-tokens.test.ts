/**
 * The design tokens hold together: every private alias a style reads is defined, every one
 * defined is read, and every public `--gov-*` token is both read and documented for ministries.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SOURCE = fileURLToPath(new URL('../src', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const sources = sourceFiles(SOURCE).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const tokens = sources.find((source) => source.path.endsWith('styles/tokens.ts'))?.text ?? '';
const element = sources.find((source) => source.path.endsWith('gov-appointment.ts'))?.text ?? '';

function matches(text: string, pattern: RegExp): Set<string> {
  return new Set([...text.matchAll(pattern)].map((match) => match[1] as string));
}

const defined = matches(tokens, /(--_[a-z-]+)\s*:/g);
const read = new Set(sources.flatMap((source) => [...matches(source.text, /var\((--_[a-z-]+)/g)]));
const publicRead = matches(tokens, /var\(\s*(--gov-[a-z-]+)/g);
const documented = matches(element, /@cssproperty \[(--gov-[a-z-]+)=/g);

describe('design tokens', () => {
  it('defines every private alias that a style reads', () => {
    assert.deepEqual([...read].filter((token) => !defined.has(token)).sort(), []);
  });

  it('reads every private alias it defines', () => {
    assert.deepEqual([...defined].filter((token) => !read.has(token)).sort(), []);
  });

  it('reads public tokens only in the token layer', () => {
    for (const source of sources) {
      if (source.path.endsWith('styles/tokens.ts')) continue;
      assert.doesNotMatch(source.text, /var\(\s*--gov-/, `${source.path} reads a --gov-* token`);
    }
  });

  it('documents exactly the public tokens it reads', () => {
    assert.ok(publicRead.size >= 10);
    assert.deepEqual([...documented].sort(), [...publicRead].sort());
  });
});
