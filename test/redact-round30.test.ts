/**
 * Issue 11, round 30, placements attack 29 found leaking (seeded, REDACT_SEED replays):
 * - a provider's token hard-wrapped in prose, cut anywhere (inside its prefix too: `… is tvl` then `y-…`), prose
 *   after it on its last line;
 * - a token in a narrow column of one full line and its rest;
 * - chat messages in other languages: inflected password words, a copula after the value, a passphrase or sentence
 *   before words of another script, a full-width colon, guillemets and curly quotes, credentials words with a pair.
 * Twins: prose and columns wrapped the same way holding ids, hashes, UUIDs and words; the messages holding words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { changedOutputs, leakedPlants, learningRedactor } from './helpers/filtered.js';
import {
  afterTokenLines,
  CHAT_TWINS,
  chatPlants,
  LABEL_TWINS,
  namedCutPlants,
  narrowColumnPlants,
  wrappedProsePlants,
  wrapTwins,
} from './helpers/round30-corpus.js';

const SEED = Number(process.env.REDACT_SEED ?? 3001);

describe(`round 30: tokens hard-wrapped in prose and in narrow columns (seed ${SEED})`, () => {
  it('a token folded in prose at a terminal or editor width, cut anywhere, is redacted', () => {
    const ps = wrappedProsePlants(SEED);
    assert.ok(ps.length >= 100, `${ps.length} plants`);
    assert.deepEqual(leakedPlants(ps), [], `of ${ps.length}`);
  });

  it('a token in a narrow column of one full line and its rest is redacted', () => {
    const ps = narrowColumnPlants(SEED + 1);
    assert.ok(ps.length >= 30, `${ps.length} plants`);
    assert.deepEqual(leakedPlants(ps), [], `of ${ps.length}`);
  });

  it('prose and columns folded the same way holding ids, hashes and words come out byte for byte', () => {
    const twins = wrapTwins(SEED + 2);
    assert.ok(twins.length >= 80, `${twins.length} twins`);
    assert.deepEqual(changedOutputs(learningRedactor(), twins), []);
  });

  it('a password, passphrase or key in a chat message of another language is redacted', () => {
    const ps = chatPlants(SEED + 3);
    assert.ok(ps.length >= 60, `${ps.length} plants`);
    assert.deepEqual(leakedPlants(ps), [], `of ${ps.length}`);
  });

  it('the same messages holding words, names, ids and references come out byte for byte', () => {
    assert.deepEqual(changedOutputs(learningRedactor(), CHAT_TWINS), []);
  });

  it("a wrapped AWS key id after a name's `=` is redacted", () => {
    assert.deepEqual(leakedPlants(namedCutPlants(SEED + 4)), []);
  });

  it('two short lines under a label and the line after a token that ends its line come out as they were', () => {
    assert.deepEqual(changedOutputs(learningRedactor(), LABEL_TWINS), []);
    const r = new Redactor();
    const changed = afterTokenLines(SEED + 5).filter(([t, second]) => r.redactString(t).split('\n')[1] !== second);
    assert.deepEqual(changed, []);
  });

  describe('linear on long inputs', () => {
    itIsLinear([
      ['lines that end in a keyword head', `${'word '.repeat(5)}sk\n-x `],
      ['long lines that end in a keyword head', `${'a'.repeat(30)} tvl\ny-`],
      ['possessive password words', 'Şifrem a;b '],
      ['credentials pairs', 'Zugangsdaten: a / '],
      ['curly quotes', '‘x’ '],
      ['generator brackets', 'パスワード：a{b(c'],
    ]);
  });
});
