/**
 * Structural leaks (round 18): a secret cut, grouped, joined or wrapped by the text around it, for every prefix family
 * of rules.ts and for prefix-less values under a secret name (struct18-corpus.ts), with the twins of each category:
 * look-alikes that must come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { nodeWords } from './helpers/glue15-corpus.js';
import {
  ARRAYS,
  ESCAPES,
  escapeTwins,
  GROUPS,
  groupTwins,
  plantLeaks,
  structPlants,
} from './helpers/struct18-corpus.js';

const r = new Redactor();

/** `allowed`: the leaks left open (listed in the README), at most that many. */
function assertNoLeaks(
  seed: number,
  categories: Parameters<typeof structPlants>[1],
  min: number,
  { named = true, allowed = 0 } = {},
): void {
  const plants = structPlants(seed, categories, named);
  assert.ok(plants.length >= min, `${plants.length} plants`);
  const leaked = plants.filter((p) => plantLeaks(r.redactString(p.text), p));
  if (allowed > 0 && leaked.length <= allowed) return;
  assert.deepEqual(
    leaked.map((p) => `${p.name}: ${p.text.slice(0, 200)}`),
    [],
  );
}

function assertKept(lines: readonly string[], min: number): void {
  assert.ok(lines.length >= min, `${lines.length} lines`);
  const changed = lines.filter((l) => r.redactString(l) !== l);
  assert.deepEqual(
    changed.map((l) => `${l} => ${r.redactString(l)}`),
    [],
  );
}

describe('structural leaks: escapes on some characters only (category 4)', () => {
  for (const seed of [1801, 1802])
    it(`seed ${seed}: a token or named value with its first (or some) characters escaped goes out redacted`, () =>
      assertNoLeaks(seed, { escapes: ESCAPES }, 1500));

  it('twin: escapes in ordinary text (words, paths, colour codes, regexes, binary reprs) are kept', () =>
    assertKept(escapeTwins(1803, nodeWords(600)), 500));

  itIsLinear([
    ['octal escapes', '\\163\\153'],
    ['two-digit octal', '\\63a'],
    ['octal then token characters', '\\163kA'],
    ['backslash digits', '\\1\\12\\123\\1234'],
  ]);
});

describe('structural leaks: a token in groups, or over an array that code joins (categories 1 and 2)', () => {
  for (const seed of [1811, 1812])
    it(`seed ${seed}: a token or named value printed in groups of a few characters goes out redacted`, () =>
      // Open: a token whose own dashes fall between groups of 4 between dashes (`mfa.…`) may keep a tail.
      assertNoLeaks(seed, { groups: GROUPS }, 650, { allowed: 3 }));

  for (const seed of [1821, 1822])
    // A value with no prefix split over elements is left to its name (open: the name is not read around the array).
    it(`seed ${seed}: a token split over joined array elements goes out redacted`, () =>
      assertNoLeaks(seed, { arrays: ARRAYS }, 750, { named: false }));

  it('twin: prose in short words, numbers, dumps, ids and arrays of ordinary strings are kept', () =>
    assertKept(groupTwins(1813, nodeWords(800)), 500));

  itIsLinear([
    ['groups of 4 between blanks', 'ab1C '],
    ['groups of 4 between dashes', 'ab1C-'],
    ['groups of 8 between blanks', 'Ab1cD2eF '],
    ['words of 4 between blanks', 'this '],
    ['a dash', '-'],
    ['array elements', '"a1B", '],
    ['quotes and commas', '",'],
  ]);
});
