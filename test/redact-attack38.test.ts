/**
 * Issue 11, attack 38's false positives (seeded, REDACT_SEED replays): rule messages with a count under a password's
 * name, and values beside code that names a key without holding it (helpers/attack38-benign.ts).
 */
import { describe } from 'node:test';
import { itKeeps, itRedacts } from './helpers/filtered.js';
import { codeNameTwins, messageTwins, nearPlants } from './helpers/attack38-benign.js';

const SEED = Number(process.env.REDACT_SEED ?? 3801);

describe(`attack 38's false positives (seed ${SEED})`, () => {
  itKeeps('rule messages with a count under a password name, in 13 languages', () => messageTwins(SEED), 26);
  itKeeps('digests beside code that names a key (`apiKey:process.env.X`, `getenv`)', () => codeNameTwins(SEED), 6);
  itRedacts('keys named in prose, a comment or a fallback, passwords under `pw` or `=`', () => nearPlants(SEED + 1), 7);
});
