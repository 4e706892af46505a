/**
 * Round 20, layouts that still hid a token (slots20-corpus.ts): characters of Unicode's Default_Ignorable_Code_Point
 * set inside or around a token; each with its twins.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { isIgnorable } from '../src/core/redact/ignorable.js';
import { itIsLinear } from './helpers/child-timer.js';
import { invisiblePlants, invisibleTwins, plantLeaks, type Plant } from './helpers/slots20-corpus.js';

const r = new Redactor();

function assertNoLeaks(plants: readonly Plant[], min: number): void {
  assert.ok(plants.length >= min, `${plants.length} plants`);
  const leaked = plants.filter((p) => plantLeaks(r.redactString(p.text), p));
  assert.deepEqual(
    leaked.map((p) => `${p.name}: ${JSON.stringify(p.text).slice(0, 200)}`),
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

describe('round 20: layouts that hid a token', () => {
  it('the ignorable set is Unicode Default_Ignorable_Code_Point, every code point', () => {
    const wrong: string[] = [];
    const di = /\p{Default_Ignorable_Code_Point}/u;
    for (let cp = 0; cp <= 0x10ffff; cp++)
      if (isIgnorable(cp) !== di.test(String.fromCodePoint(cp))) wrong.push(cp.toString(16));
    assert.deepEqual(wrong, []);
  });

  for (const seed of [2001, 2002])
    it(`seed ${seed}: characters that print as nothing inside or around a token hide nothing`, () =>
      assertNoLeaks(invisiblePlants(seed), 1000));

  it('twin: emoji, bidi marks, fillers and soft hyphens beside ids and words are kept', () =>
    assertKept(invisibleTwins(2003), 500));

  itIsLinear([
    ['bidi marks', '\u200e'],
    ['marks between token characters', 'Ab3\u2066x9K\ufe0f'],
    ['encoded marks', '%E2%80%8E'],
    ['tag characters', 'a\u{e0041}'],
  ]);
});
