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
import { changedOutputs, itKeeps, itRedacts, leakedPlants, learningRedactor } from './helpers/filtered.js';
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
  itRedacts(
    'a token folded in prose at a terminal or editor width, cut anywhere, is redacted',
    () => wrappedProsePlants(SEED),
    100,
  );

  itRedacts(
    'a token in a narrow column of one full line and its rest is redacted',
    () => narrowColumnPlants(SEED + 1),
    30,
  );

  itKeeps(
    'prose and columns folded the same way holding ids, hashes and words come out byte for byte',
    () => wrapTwins(SEED + 2),
    80,
  );

  itRedacts(
    'a password, passphrase or key in a chat message of another language is redacted',
    () => chatPlants(SEED + 3),
    60,
  );

  itKeeps('the same messages holding words, names, ids and references come out byte for byte', () => CHAT_TWINS);

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
