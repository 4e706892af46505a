/**
 * Issue 11, attack 41's false positives (seeded, REDACT_SEED replays; helpers/attack41-benign.ts): CPython's split test
 * digests, a Python `pass` then a call's keyword argument, Perl's dereferences, AWS's documented stand-ins, a Gerrit
 * `Change-Id`. Secrets in the same places are still redacted.
 */
import { describe } from 'node:test';
import { itKeeps, itRedacts } from './helpers/filtered.js';
import { attack41Plants, attack41Twins } from './helpers/attack41-benign.js';

const SEED = Number(process.env.REDACT_SEED ?? 4101);

describe(`attack 41's false positives (seed ${SEED})`, () => {
  itKeeps('digests, keyword arguments, dereferences, AWS stand-ins and a Change-Id', () => attack41Twins(SEED), 6);
  itRedacts('secrets in the same places', () => attack41Plants(SEED + 1), 3);
});
