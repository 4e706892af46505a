/**
 * Issue 11, round 40 (seeded, REDACT_SEED replays), from an independent attacker's leaks (attack 40): lists of
 * recovery codes with no label (helpers/round40-codes.ts).
 */
import { describe } from 'node:test';
import { itKeeps, itRedacts } from './helpers/filtered.js';
import { itIsLinear } from './helpers/child-timer.js';
import { codeListPlants, codeListTwins } from './helpers/round40-codes.js';

const SEED = Number(process.env.REDACT_SEED ?? 4001);

describe(`round 40 (seed ${SEED})`, () => {
  itRedacts('lists of recovery codes with no label', () => codeListPlants(SEED), 16);
  itKeeps(
    'dates, versions, hashes, phones, ISBNs, parts, words, colours and numbers in lists',
    () => codeListTwins(SEED),
    24,
  );

  describe('linear time', () => {
    itIsLinear([
      ['codes a blank apart', 'ab1cd-ef2gh '],
      ['undashed codes', 'a1b2c3d4e5,'],
      ['digit pairs', '1234 5678\n'],
      ['runs of letters and digits', 'a1'],
    ]);
  });
});
