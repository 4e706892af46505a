/**
 * Issue 11, attack 43 (seeded, REDACT_SEED replays; helpers/attack43-corpus.ts), and attack 41's false positives
 * mended beside it: a locale's sentence under `token:`, an AWS ARN's resource name, a call's argument given a variable,
 * a build's name with a short digest under `key:`, a box table's merged row under a `password` column.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filtered, itKeeps, itRedacts, leaksWindow, learningRedactor } from './helpers/filtered.js';
import { WS } from './helpers/planted.js';
import {
  ATTACK41_FP_TWINS,
  ATTACK43_TWINS,
  dottedWrapPlants,
  loginPlants,
  namedPlants,
  tailPlants,
} from './helpers/attack43-corpus.js';
import { itIsLinear } from './helpers/child-timer.js';

const SEED = Number(process.env.REDACT_SEED ?? 4301);

describe(`attack 43 (seed ${SEED})`, () => {
  itRedacts(
    "a provider's token inside a longer value under a secret's name: the value goes whole",
    () => tailPlants(SEED),
    6,
  );
  itRedacts(
    "HAProxy's insecure passwords, hex under auth, redis AUTH inside a line, vault_ names",
    () => namedPlants(SEED + 1),
    14,
  );
  itRedacts('an account and its password in a sentence about logging in', () => loginPlants(SEED + 3), 4);
  itRedacts('a dotted token hard-wrapped in prose', () => dottedWrapPlants(SEED + 2), 3);
  itKeeps('signatures, CVSROOTs, WASM blobs and look-alikes beside the new readings', () => ATTACK43_TWINS, 11);
  itKeeps(
    "attack 41's false positives: locales, ARNs, variables in calls, build names, merged table rows",
    () => ATTACK41_FP_TWINS,
    7,
  );

  it('a wrapped key goes whole, and a file name on the next line is no piece of it', () => {
    const key = 'Tq4wZ8nR2cVb7Lm3Xp9Ks5Hd1Jf6Gy0e';
    const line = `We tried the configuration from the docs; the deploy token is ${key}`;
    const text = `${line.slice(0, 80)}\n${line.slice(80)} and\nmain.py is the entry point; config.prod.json the rest.\n`;
    const out = filtered(learningRedactor(), `${WS}/notes.txt`, text);
    assert.ok(!leaksWindow(out, key), out);
    assert.ok(out.endsWith('\nmain.py is the entry point; config.prod.json the rest.\n'), out);
  });

  describe('linear time', () => {
    itIsLinear([
      ['insecure passwords', 'user a insecure-password '],
      ['redis AUTH in a line', '(AUTH default x) '],
      ['dotted wraps', 'token is aB3dE5fG7hJ9kL1m\nnP3qR5.sT7uV9wX1yZ '],
      ['login sentences', 'log in with '],
      ['to log in', 'use a / b to log in '],
    ]);
  });
});
