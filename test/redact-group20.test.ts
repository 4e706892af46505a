/**
 * Round 20, tokens cut apart by the structure around them (group20-corpus.ts): groups between other separators and
 * of mixed sizes, arrays that more languages join, tables with no padding, HTML, TSV/CSV, grid and one-column tables;
 * for every prefix family of rules.ts (and values under a secret name where a name before the groups counts). Twins
 * (group20-twins.ts): addresses, versions, dotted ids, dumps, arrays of words, ids, hashes and code's names, tables
 * of hashes, ids, words and numbers, must come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { nodeWords } from './helpers/glue15-corpus.js';
import { JOINED, SEPARATED } from './helpers/group20-corpus.js';
import { arrayTwins, separatorTwins } from './helpers/group20-twins.js';
import { plantLeaks, structPlants } from './helpers/struct18-corpus.js';

const r = new Redactor();
/** Leaks left per seed of SEPARATED (2,085 plants: 26 leak; 1,607 and 1,615 did on 75e81f5). */
const LEFT_GROUPS = 30;

function leaked(seed: number, categories: Parameters<typeof structPlants>[1], named: boolean): string[] {
  const plants = structPlants(seed, categories, named);
  assert.ok(plants.length >= 1000, `${plants.length} plants`);
  return plants.filter((p) => plantLeaks(r.redactString(p.text), p)).map((p) => `${p.name}: ${p.text.slice(0, 160)}`);
}

function changed(lines: readonly string[], min: number): string[] {
  assert.ok(lines.length >= min, `${lines.length} lines`);
  return lines.filter((l) => r.redactString(l) !== l).map((l) => `${l} => ${r.redactString(l)}`);
}

describe('round 20: a token cut apart by the structure around it', () => {
  for (const seed of [2001, 2002])
    it(`seed ${seed}: groups between tabs, dots, colons, bullets, bars, slashes, underscores, NBSP, or mixed`, () =>
      // Open: groups of 3 between no-break spaces after a capitalised word (`Use AIz acf …`), a token's own separator
      // between groups (`sk-a.nt-a.`), groups of mixed sizes between dashes (group20-corpus.ts: MIXED_DASH).
      assert.ok(leaked(seed, { groups: SEPARATED }, true).length <= LEFT_GROUPS));

  it('twin: addresses, versions, dotted ids, times, dates, paths, dumps, ISBNs, phones, cards, bullets are kept', () =>
    assert.deepEqual(changed(separatorTwins(2003, nodeWords(800)), 1000), []));

  for (const seed of [2001, 2002])
    it(`seed ${seed}: a token over the elements of a C, PHP, Lua, YAML, Ruby, Rust, Go or shell array goes out redacted`, () =>
      // Open: a value with no prefix under a secret name (only the rules that need no context read an array joined).
      assert.deepEqual(leaked(seed, { arrays: JOINED }, false), []));

  it('twin: arrays of words, ids, paths, hashes and code names in those languages are kept', () =>
    assert.deepEqual(changed(arrayTwins(2003, nodeWords(800)), 500), []));

  itIsLinear([
    ['groups between tabs', 'aB3d\t'],
    ['groups between colons', 'aB3d:'],
    ['groups between dots', 'aB3d.'],
    ['groups between underscores', 'aB3d_'],
    ['groups between bullets', 'aB3d • '],
    ['groups between no-break spaces', 'aB3d\u00a0'],
    ['groups of mixed sizes', 'aB3 cD4eF gH5iJ6 '],
    ['quoted elements between blanks', '"a1B" '],
    ['quoted elements with comments', '"a1B", // x\n'],
    ['a bare list', '%w[a1B '],
    ['a shell array', 'k=(a1B c2D '],
    ['YAML items', '  - a1B\n'],
  ]);
});
