/**
 * Issue 11, round 31: a key's first part alone, with no mark after it (seeded, REDACT_SEED replays): a message that
 * pastes a key in halves, a note that quotes how it starts, a log line or a table cell that cut it (stubs.ts).
 * Twins: names, placeholders, versions and alphabets after the same prefixes, and ids after prefixes no key has.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { itIsLinear } from './helpers/child-timer.js';
import { changedOutputs, leakedPlants, learningRedactor } from './helpers/filtered.js';
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
  it('a key cut after its prefix and sixteen characters or more is redacted wherever it is written', () => {
    const ps = stubPlants(SEED);
    assert.ok(ps.length >= 60, `${ps.length} plants`);
    assert.deepEqual(leakedPlants(ps), [], `of ${ps.length}`);
  });

  it('names, placeholders, versions and ids after the same prefixes come out byte for byte', () => {
    const twins = stubTwins(SEED + 1);
    assert.ok(twins.length >= 40, `${twins.length} twins`);
    assert.deepEqual(changedOutputs(learningRedactor(), twins), []);
  });

  describe('linear on long inputs', () => {
    itIsLinear([
      ['one key part repeated', 'npm_4Fh8sK2mQ9xLp7Rt '],
      ['prefixes glued in a run', 'ghp_sk-ant-api03-'],
      ['placeholders after a prefix', 'glpat-xxxxxxxxxxxxxxxx '],
    ]);
  });
});

describe(`round 31: passwords of blank-separated parts (seed ${SEED})`, () => {
  it("an app password's groups or a generator's words with a number are redacted in prose, configs, commands, URLs", () => {
    const ps = spacedPlants(SEED + 2);
    assert.ok(ps.length >= 60, `${ps.length} plants`);
    assert.deepEqual(leakedPlants(ps), [], `of ${ps.length}`);
  });

  it('the same cues before words, rules, references and numbers come out byte for byte', () => {
    assert.deepEqual(changedOutputs(learningRedactor(), SPACED_TWINS), []);
  });

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
  it("a key after a clause and a comma, a URL's password after a mail account, a key after `revoked?:`, a base64 key's second line are redacted", () => {
    const ps = clausePlants(SEED + 3);
    assert.ok(ps.length >= 30, `${ps.length} plants`);
    assert.deepEqual(leakedPlants(ps), [], `of ${ps.length}`);
  });

  it('the same shapes holding words, a user alone, a reference and a second value come out byte for byte', () => {
    assert.deepEqual(changedOutputs(learningRedactor(), CLAUSE_TWINS), []);
  });
});

describe('round 31: regions of a text joined apart', () => {
  it("two narrow columns' regions apart are not read as one hard-wrapped token", () => {
    assert.deepEqual(changedOutputs(learningRedactor(), regionTwins(SEED + 4)), []);
  });
});
