/**
 * Key/value layouts of 2026 tools (round 20, kv20-corpus.ts): a secret's name and its value in separate fields of one
 * structure (OpenTelemetry attributes, HAR, Postman, ECS, GraphQL), over many secret names and value shapes; and the
 * twins, the same layouts with non-secret names and ordinary values, that must come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { dumpPlants, dumpTwins, kvLeaks, pairPlants, pairTwins, type KvPlant } from './helpers/kv20-corpus.js';

const r = new Redactor();

function assertNoLeaks(plants: readonly KvPlant[], min: number): void {
  assert.ok(plants.length >= min, `${plants.length} plants`);
  const leaked = plants.filter((p) => kvLeaks(r.redactString(p.text), p));
  assert.deepEqual(
    leaked.map((p) => `${p.name}: ${p.text.slice(0, 240)}`),
    [],
  );
}

function assertKept(texts: readonly string[], min: number): void {
  assert.ok(texts.length >= min, `${texts.length} texts`);
  const changed = texts.filter((t) => r.redactString(t) !== t);
  assert.deepEqual(
    changed.map((t) => `${t} => ${r.redactString(t)}`),
    [],
  );
}

describe('kv20: a name and its value in separate fields (category 1)', () => {
  for (const seed of [2001, 2002])
    it(`seed ${seed}: OpenTelemetry attributes (string, array, value first, inside a string) go out redacted`, () =>
      assertNoLeaks(
        pairPlants(seed).filter((p) => p.name.startsWith('otel')),
        300,
      ));

  it('twin: the same layouts with non-secret names and ordinary values are kept', () =>
    assertKept(pairTwins(2003), 350));
});

describe('kv20: dumps of language runtimes (category 2)', () => {
  for (const seed of [2011, 2012])
    it(`seed ${seed}: PHP var_dump and print_r (private, protected), Ruby, Python and Go reprs go out redacted`, () =>
      assertNoLeaks(dumpPlants(seed), 650));

  it('twin: the same dumps with non-secret names and ordinary values are kept', () => assertKept(dumpTwins(2013), 400));
});

describe('kv20: the new readers stay linear', () => {
  itIsLinear([
    ['stringValue fields', '{"stringValue":"a"},'],
    ['attribute keys', '"key":"api_key","value":{"stringValue":"'],
    ['var_dump lengths', '["password"]=>\n  string(4000) "'],
    ['var_dump short values', '["password"]=>\n  string(4) "ab'],
    ['print_r names', '[api_key] => '],
  ]);
});
