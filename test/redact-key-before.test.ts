/**
 * provider-maps.ts reads the key before a map entry's value backwards (keyAndQuoteBefore) where a regex anchored at
 * the value was tried at each of the 40 characters before it: both must read the same key and quote, or none, on
 * generated texts of names, quotes, escapes, blanks and separators.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyAndQuoteBefore } from '../src/core/redact/provider-maps.js';
import { rng } from './helpers/fake-secrets.js';

const BEFORE = /(?<![\w.-])([A-Za-z][\w.-]{1,30})(?:\\?["'`])?[ \t]*(?::|=>|=)[ \t]*(\\?["'`]?)$/;
const PIECES = ['openai', 'groq', 'k', '9x', 'a.b-c_d', 'x'.repeat(31), 'y'.repeat(29), '"', "'", '`', '\\', ' ', '\t'];
const MORE = [':', '=', '=>', '>', '==', ':=', '{', ',', '\n', 'é', '-', '.', '_'];

describe('the key before a value', () => {
  it('is what the anchored regex finds in the 40 characters before it', () => {
    const rand = rng(5);
    const pick = (xs: readonly string[]): string => xs[Math.floor(rand() * xs.length)]!;
    let found = 0;
    for (let n = 0; n < 20000; n++) {
      let s = '';
      for (let k = 1 + Math.floor(rand() * 9); k > 0; k--) s += rand() < 0.6 ? pick(PIECES) : pick(MORE);
      // Half of them shaped as an entry: a name, a quote, blanks, a separator, blanks, a quote (each maybe odd).
      if (n % 2 === 0) s += pick(PIECES) + pick(['', '"', '\\"', "'"]) + pick(['', ' ', '\t ']) + pick(MORE);
      if (n % 2 === 0) s += pick(['', ' ', '\t']) + pick(['', '"', '\\"', '\\', '`', "'"]);
      const text = `${s}VALUE`;
      const start = text.length - 5;
      const m = BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      const expected = m === null ? null : [m[1], m[2]];
      assert.deepEqual(keyAndQuoteBefore(text, start), expected, JSON.stringify(text));
      if (m !== null) found++;
    }
    assert.ok(found > 800, `only ${found} keys read`);
  });
});
