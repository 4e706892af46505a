/**
 * Structural leaks (round 18): a secret cut, grouped, joined or wrapped by the text around it, for every prefix family
 * of rules.ts and for prefix-less values under a secret name (struct18-corpus.ts), with the twins of each category:
 * look-alikes that must come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { assertSixteenTimesLinear } from './helpers/child-timer.js';
import { nodeWords } from './helpers/glue15-corpus.js';
import { ESCAPES, escapeTwins, plantLeaks, structPlants } from './helpers/struct18-corpus.js';

const r = new Redactor();

function assertNoLeaks(seed: number, categories: Parameters<typeof structPlants>[1], min: number): void {
  const plants = structPlants(seed, categories);
  assert.ok(plants.length >= min, `${plants.length} plants`);
  const leaked = plants.filter((p) => plantLeaks(r.redactString(p.text), p));
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

  for (const [name, unit] of [
    ['octal escapes', '\\163\\153'],
    ['two-digit octal', '\\63a'],
    ['octal then token characters', '\\163kA'],
    ['backslash digits', '\\1\\12\\123\\1234'],
  ] as const)
    it(`linear: 1 MiB of ${name}`, () => assertSixteenTimesLinear(name, unit, 1000));
});
