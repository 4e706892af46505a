/**
 * Issue 11, attack 43 (seeded, REDACT_SEED replays; helpers/attack43-corpus.ts), and attack 41's false positives
 * mended beside it: a locale's sentence under `token:`, an AWS ARN's resource name, a call's argument given a variable,
 * a build's name with a short digest under `key:`, a box table's merged row under a `password` column.
 */
import { describe } from 'node:test';
import { itKeeps } from './helpers/filtered.js';
import { ATTACK41_FP_TWINS } from './helpers/attack43-corpus.js';

describe('attack 43', () => {
  itKeeps(
    "attack 41's false positives: locales, ARNs, variables in calls, build names, merged table rows",
    () => ATTACK41_FP_TWINS,
    7,
  );
});
