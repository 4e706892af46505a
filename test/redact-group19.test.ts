/**
 * Round 19, tokens cut apart by the text around them (group19-corpus.ts): printed in groups of 4 to 8 between blanks
 * or dashes, and split over the elements of an array that code joins; for every prefix family of rules.ts and for
 * values under a secret name. Twins: hex dumps, SQL tuples, changelogs, addresses, ids, digit groups, code and word
 * lists, joined arrays of words and ids, git logs, beside secret words, must come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { nodeWords } from './helpers/glue15-corpus.js';
import { CELLS, cellTwins, groupTwins19, MORE_ARRAYS, MORE_GROUPS } from './helpers/group19-corpus.js';
import { ARRAYS, GROUPS, plantLeaks, structPlants } from './helpers/struct18-corpus.js';

const r = new Redactor();

function leaked(seed: number, categories: Parameters<typeof structPlants>[1], named: boolean): string[] {
  const plants = structPlants(seed, categories, named);
  assert.ok(plants.length >= 500, `${plants.length} plants`);
  return plants.filter((p) => plantLeaks(r.redactString(p.text), p)).map((p) => `${p.name}: ${p.text.slice(0, 160)}`);
}

describe('round 19: a token printed in groups, or over an array that code joins', () => {
  for (const seed of [1901, 1902]) {
    it(`seed ${seed}: groups of 4 to 8 between blanks or dashes go out redacted`, () =>
      // Open: a token whose own separators fall between groups (Discord's `mfa.`, `rzp_l-ive_g-`) may keep a tail.
      assert.ok(leaked(seed, { groups: [...GROUPS, ...MORE_GROUPS] }, true).length <= 3));
    it(`seed ${seed}: a token split over a joined array's elements goes out redacted`, () =>
      assert.deepEqual(leaked(seed, { arrays: [...ARRAYS, ...MORE_ARRAYS] }, false), []));
  }

  it('twin: dumps, SQL tuples, changelogs, addresses, ids, digit groups, lists and joined arrays are kept', () => {
    const lines = groupTwins19(1903, nodeWords(800));
    assert.ok(lines.length >= 800, `${lines.length} lines`);
    const changed = lines.filter((l) => r.redactString(l) !== l);
    assert.deepEqual(
      changed.map((l) => `${l} => ${r.redactString(l)}`),
      [],
    );
  });

  for (const seed of [1911, 1912])
    it(`seed ${seed}: a token split across a table row's cells side by side goes out redacted`, () =>
      // Open: a cell that ends in a word's letters (`| esec | ret_… |`, a label's `| prod |`) is read as a label.
      assert.ok(leaked(seed, { cells: CELLS }, false).length <= 12));

  it('twin: tables of words, ids, hashes and model names in cells side by side are kept', () => {
    const lines = cellTwins(1913, nodeWords(800));
    const changed = lines.filter((l) => r.redactString(l) !== l);
    assert.deepEqual(
      changed.map((l) => `${l} => ${r.redactString(l)}`),
      [],
    );
  });

  itIsLinear([
    ['cells between bars', 'aB3dE6 | '],
    ['blanks around bars', '   |   '],
    ['groups of 5 between dashes', 'aB3dE-'],
    ['groups of 8 between dashes', 'aB3dE6gH-'],
    ['hex groups after an offset', '00000000: 6170 '],
    ['elements in brackets', '["a1B", "c2D"], '],
  ]);
});
