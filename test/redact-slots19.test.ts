/**
 * Round 19, layouts that hide a secret (slots19-corpus.ts): a long value after a prose label past the reader's
 * 160-character cap, Salesforce session ids, Unicode spaces around `=`/`:` or inside a token; each with its twins.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import {
  longPlants,
  plantLeaks,
  salesforcePlants,
  spacePlants,
  twins,
  yamlPlants,
  yamlTwins,
  type Plant,
} from './helpers/slots19-corpus.js';

const r = new Redactor();

function assertNoLeaks(plants: readonly Plant[], min: number): void {
  assert.ok(plants.length >= min, `${plants.length} plants`);
  const leaked = plants.filter((p) => plantLeaks(r.redactString(p.text), p));
  assert.deepEqual(
    leaked.map((p) => `${p.name}: ${JSON.stringify(r.redactString(p.text)).slice(0, 240)}`),
    [],
  );
}

function assertKept(lines: readonly string[], min: number): void {
  assert.ok(lines.length >= min, `${lines.length} lines`);
  const changed = lines.filter((l) => r.redactString(l) !== l);
  assert.deepEqual(
    changed.map((l) => `${JSON.stringify(l)} => ${JSON.stringify(r.redactString(l))}`),
    [],
  );
}

describe('round 19: long values, Salesforce ids, Unicode spaces, YAML anchors', () => {
  for (const seed of [1901, 1902]) {
    it(`seed ${seed}: a long value after a prose label goes out whole, not its first 160 characters`, () =>
      assertNoLeaks(longPlants(seed), 150));
    it(`seed ${seed}: a Salesforce session id is redacted in any placement`, () =>
      assertNoLeaks(salesforcePlants(seed), 40));
    it(`seed ${seed}: Unicode spaces around a mark or inside a token hide nothing`, () =>
      assertNoLeaks(spacePlants(seed), 300));
  }

  for (const seed of [1901, 1902])
    it(`seed ${seed}: a YAML value reaching a secret name through an anchor, an alias or a merge key`, () =>
      assertNoLeaks(yamlPlants(seed), 250));

  it('twin: anchored blocks of ordinary values (images, paths, hosts, words, references) are kept', () =>
    assertKept(yamlTwins(1903), 300));

  it('twin: Unicode-spaced prose, long runs after words and Salesforce-like ids are kept', () =>
    assertKept(twins(1903), 200));

  itIsLinear([
    ['a Salesforce body', 'x'],
    ['Salesforce marks', '!AR'],
    ['prose labels in a run', 'q9-token:'],
    ['no-break spaces and marks', 'a\u00a0=\u3000'],
    ['spaces inside token characters', 'Ab3_x9Kq\u00a0'],
    ['YAML anchors and aliases', 'a: &d\n  - Xk9mQ2vLp7RtAb3Zq8Wn\nb:\n  api_key: *d\n'],
    ['YAML aliases', 'api_key: *d\n'],
  ]);
});
