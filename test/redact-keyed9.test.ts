import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATS } from './helpers/keyed-corpus.js';
import { damaged, leakedPlacements } from './helpers/placements.js';

/**
 * keyed9's corpus (helpers/keyed-corpus.ts): values whose only label is a service's name, a section's, an environment
 * write's, a bullet's role or a sentence's. Each placement is planted 6 times with fresh values (REDACT_SEED); no
 * 10-character window may survive, and every look-alike must come out byte-identical. KEYED9_REPORT=1 prints counts.
 */

for (const [name, planted, alikes] of CATS) {
  describe(name, () => {
    it('redacts the planted values', () => {
      let leaks = 0;
      let total = 0;
      const missed = leakedPlacements(planted, 6, {
        onPlant: (l) => {
          total++;
          if (l) leaks++;
        },
      });
      if (process.env.KEYED9_REPORT) console.log(`${name}: ${leaks}/${total} leaked`);
      assert.deepEqual(missed, []);
    });
    it('keeps the look-alikes', () => {
      assert.deepEqual(damaged(alikes), []);
    });
  });
}
