/**
 * Fam19: families that had no rule (Asana, Twitch, Salesforce, BIP-38, Trello, and gitleaks' families a MassGen user
 * can hold that we lacked: helpers/fam19-families.ts), each planted with fresh values in ten placements under names
 * that say nothing (helpers/fam19-corpus.ts); the twin, each family's look-alikes in the same placements, must come
 * out byte for byte. `REDACT_REPORT=1` prints the counts per family.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fam19Plants, fam19Twins } from './helpers/fam19-corpus.js';
import { FAMILIES } from './helpers/fam19-families.js';
import { leaksValue, redactAs } from './helpers/placements.js';

const report = (line: string): void => {
  if (process.env.REDACT_REPORT) console.log(line);
};

describe('fam19: families with no rule before', () => {
  for (const seed of [1901, 1902]) {
    it(`seed ${seed}: no window of a planted value goes out`, () => {
      const plants = fam19Plants(seed);
      assert.ok(plants.length >= 600, `${plants.length}`);
      const leaked = plants.filter((p) => leaksValue(redactAs(p.rel, p.text), p.value));
      for (const f of FAMILIES)
        report(
          `fam19 ${f.id}: ${leaked.filter((p) => p.family === f.id).length}/${plants.filter((p) => p.family === f.id).length} leaked`,
        );
      assert.deepEqual(
        leaked.map((p) => `${p.family}/${p.placement}: ${JSON.stringify(p.text)}`),
        [],
      );
    });
  }
  it('look-alikes (the prefix in words and names, wrong lengths, wrong alphabets) come out byte for byte', () => {
    const twins = fam19Twins(1903);
    assert.ok(twins.length >= 600, `${twins.length}`);
    const changed = twins
      .map((t) => [t, redactAs(t.rel, t.text)] as const)
      .filter(([t, out]) => out !== t.text)
      .map(([t, out]) => `${t.family}/${t.placement}: ${JSON.stringify(t.text)} -> ${JSON.stringify(out)}`);
    report(`fam19 twins: ${changed.length}/${twins.length} changed`);
    assert.deepEqual(changed, []);
  });
});
