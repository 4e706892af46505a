/**
 * Issue 11, round 40 (seeded, REDACT_SEED replays), from an independent attacker's leaks (attack 40): lists of
 * recovery codes with no label (helpers/round40-codes.ts); a value split or wrapped so that one piece survived
 * (helpers/round40-splits.ts).
 */
import { describe } from 'node:test';
import { itKeeps, itRedacts } from './helpers/filtered.js';
import { itIsLinear } from './helpers/child-timer.js';
import { codeListPlants, codeListTwins } from './helpers/round40-codes.js';
import { gluedPlants, joinedPlants, SPLIT_TWINS, wrapPlants } from './helpers/round40-splits.js';

const SEED = Number(process.env.REDACT_SEED ?? 4001);

describe(`round 40 (seed ${SEED})`, () => {
  itRedacts('lists of recovery codes with no label', () => codeListPlants(SEED), 16);
  itKeeps(
    'dates, versions, hashes, phones, ISBNs, parts, words, colours and numbers in lists',
    () => codeListTwins(SEED),
    24,
  );
  itRedacts('a value continued by a backslash glued inside it', () => gluedPlants(SEED + 1), 7);
  itRedacts(
    "a URL's password or a hex key cut into literals or a block scalar's lines",
    () => joinedPlants(SEED + 2),
    10,
  );
  itRedacts(
    'a key in 12-character lines below a blank line, a JSON string at 80 columns',
    () => wrapPlants(SEED + 3),
    6,
  );
  itKeeps(
    'continued commands, joined strings, hashes and wrapped prose beside the new readings',
    () => SPLIT_TWINS,
    10,
  );

  describe('linear time', () => {
    itIsLinear([
      ['codes a blank apart', 'ab1cd-ef2gh '],
      ['undashed codes', 'a1b2c3d4e5,'],
      ['digit pairs', '1234 5678\n'],
      ['runs of letters and digits', 'a1'],
      ['glued continuations', 'a\\\n'],
      ['indented continuations', '  ab\\\n  '],
      ['80-column rows', `${'a'.repeat(79)}\n`],
      ['named rows', `{"k": "${'a1'.repeat(30)}\n`],
    ]);
  });
});
