/**
 * Fam20: families with a weak prefix or none (helpers/fam20-families.ts), each planted with fresh values in thirteen
 * placements, three of them with no label at all (helpers/fam20-corpus.ts); the twin, each family's look-alikes in
 * the same placements, must come out byte for byte. `REDACT_REPORT=1` prints the counts per family.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plants20, twins20 } from './helpers/fam20-corpus.js';
import { FAMILIES20 } from './helpers/fam20-families.js';
import { leaksValue, redactAs } from './helpers/placements.js';

const report = (line: string): void => {
  if (process.env.REDACT_REPORT) console.log(line);
};

describe('fam20: weak-prefix and prefix-less families with no label', () => {
  for (const seed of [2001, 2002]) {
    it(`seed ${seed}: no window of a planted value goes out`, () => {
      const plants = plants20(FAMILIES20, seed);
      assert.ok(plants.length >= 250, `${plants.length}`);
      const leaked = plants.filter((p) => leaksValue(redactAs(p.rel, p.text), p.value));
      for (const f of FAMILIES20)
        report(
          `fam20 ${f.id}: ${leaked.filter((p) => p.family === f.id).length}/${plants.filter((p) => p.family === f.id).length} leaked`,
        );
      assert.deepEqual(
        leaked.map((p) => `${p.family}/${p.placement}: ${JSON.stringify(p.text)}`),
        [],
      );
    });
  }
  it('look-alikes (the prefix in words and names, wrong lengths, wrong alphabets) come out byte for byte', () => {
    const twins = twins20(FAMILIES20, 2003);
    assert.ok(twins.length >= 250, `${twins.length}`);
    const changed = twins
      .map((t) => [t, redactAs(t.rel, t.text)] as const)
      .filter(([t, out]) => out !== t.text)
      .map(([t, out]) => `${t.family}/${t.placement}: ${JSON.stringify(t.text)} -> ${JSON.stringify(out)}`);
    report(`fam20 twins: ${changed.length}/${twins.length} changed`);
    assert.deepEqual(changed, []);
  });
});
