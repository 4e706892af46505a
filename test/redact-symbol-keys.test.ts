import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rng } from './helpers/fake-secrets.js';
import { damaged, leakCounter } from './helpers/placements.js';
import { symbolKeysCorpus } from './helpers/symbol-keys-corpus.js';

/**
 * Keys with symbols inside under names we know (`OPENAI_KEY: "tTxWQg!PfLnm#z17n9"`: a weak `*_KEY` name took only
 * keys of letters and digits), and keys listed under plural names (`GROQ_KEYS=k1,k2`, `API_KEYS=["…","…"]`: no
 * finder read a plural). Benign twins (references, placeholders, paths, counts, lists of names) stay byte-identical.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 1414));
const corpus = symbolKeysCorpus(rand);
const counter = leakCounter('symbol-keys');

describe('keys with symbols, and lists of keys under plural names', () => {
  it('the corpus is broad', () => {
    assert.ok(corpus.symbols.length >= 100, `${corpus.symbols.length} symbol placements`);
    assert.ok(corpus.lists.length >= 70, `${corpus.lists.length} list placements`);
    assert.ok(corpus.benign.length >= 90, `${corpus.benign.length} benign files`);
  });
  it('redacts keys with symbols under secret and key names', () => {
    assert.deepEqual(counter.leaked('symbols', corpus.symbols), []);
  });
  it('redacts every key of a list under a plural name', () => {
    assert.deepEqual(counter.leaked('lists', corpus.lists), []);
  });
  it('keeps the benign twins byte-identical', () => {
    assert.deepEqual(damaged(corpus.benign), []);
  });
});
