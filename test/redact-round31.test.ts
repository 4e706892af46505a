/**
 * Issue 11, round 31: a key's first part alone, with no mark after it (seeded, REDACT_SEED replays): a message that
 * pastes a key in halves, a note that quotes how it starts, a log line or a table cell that cut it (stubs.ts).
 * Twins: names, placeholders, versions and alphabets after the same prefixes, and ids after prefixes no key has.
 */
import { describe } from 'node:test';
import { itIsLinear } from './helpers/child-timer.js';
import { itKeeps, itRedacts } from './helpers/filtered.js';
import {
  CLAUSE_TWINS,
  clausePlants,
  regionTwins,
  SPACED_TWINS,
  spacedPlants,
  stubPlants,
  stubTwins,
} from './helpers/round31-corpus.js';

const SEED = Number(process.env.REDACT_SEED ?? 3101);

describe(`round 31: a key's first part alone (seed ${SEED})`, () => {
  itRedacts(
    'a key cut after its prefix and sixteen characters or more is redacted wherever it is written',
    () => stubPlants(SEED),
    60,
  );

  itKeeps(
    'names, placeholders, versions and ids after the same prefixes come out byte for byte',
    () => stubTwins(SEED + 1),
    40,
  );

  describe('linear on long inputs', () => {
    itIsLinear([
      ['one key part repeated', 'npm_4Fh8sK2mQ9xLp7Rt '],
      ['prefixes glued in a run', 'ghp_sk-ant-api03-'],
      ['placeholders after a prefix', 'glpat-xxxxxxxxxxxxxxxx '],
    ]);
  });
});

describe(`round 31: passwords of blank-separated parts (seed ${SEED})`, () => {
  itRedacts(
    "an app password's groups or a generator's words with a number are redacted in prose, configs, commands, URLs",
    () => spacedPlants(SEED + 2),
    60,
  );

  itKeeps('the same cues before words, rules, references and numbers come out byte for byte', () => SPACED_TWINS);

  describe('linear on long inputs', () => {
    itIsLinear([
      ['password cues before words', 'password abcd efgh '],
      ['pgpass lines', 'h:1:d:u:a b c d-1\n'],
      ['cues and numbered words', 'pass: ab cd ef gh-1 '],
      ['cues of other scripts on one line', '密码='],
      ['URL users on one line', 'x://u@v:w '],
    ]);
  });
});

describe(`round 31: clauses, mail accounts' URLs, notes and base64 over two lines (seed ${SEED})`, () => {
  itRedacts(
    "a key after a clause and a comma, a URL's password after a mail account, a key after `revoked?:`, a base64 key's second line are redacted",
    () => clausePlants(SEED + 3),
    30,
  );

  itKeeps(
    'the same shapes holding words, a user alone, a reference and a second value come out byte for byte',
    () => CLAUSE_TWINS,
  );
});

describe('round 31: regions of a text joined apart', () => {
  itKeeps("two narrow columns' regions apart are not read as one hard-wrapped token", () => regionTwins(SEED + 4));
});
