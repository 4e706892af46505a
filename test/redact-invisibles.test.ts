/**
 * invisibles.ts's names say what its code does: isIgnorable (ignorable.ts) is the characters that print as nothing,
 * isUnicodeSpace the Unicode spaces, and nextZeroWidthOrSpace's search finds both kinds and nothing else (normalise.ts
 * stops at each to remove the first kind and read the second as a space). A character added to one must be added to
 * the other.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isIgnorable, isTypoDash } from '../src/core/redact/ignorable.js';
import { isUnicodeSpace, nextZeroWidthOrSpace } from '../src/core/redact/invisibles.js';

const hex = (c: number): string => `U+${c.toString(16).padStart(4, '0')}`;

describe('invisibles', () => {
  it('the two kinds are apart, and the known members of each are in it', () => {
    for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x200e, 0x2060, 0x2066, 0xfe0f, 0x3164, 0xfeff]) {
      assert.ok(isIgnorable(c), hex(c));
      assert.ok(!isUnicodeSpace(c), hex(c));
    }
    for (const c of [0xa0, 0x2000, 0x2005, 0x200a, 0x202f, 0x3000]) {
      assert.ok(isUnicodeSpace(c), hex(c));
      assert.ok(!isIgnorable(c), hex(c));
    }
    for (const c of [0x20, 0x09, 0x41, 0x2028, 0xfffe]) assert.ok(!isIgnorable(c) && !isUnicodeSpace(c));
  });

  it('nextZeroWidthOrSpace finds exactly the characters of the three kinds (round 23: typographic dashes)', () => {
    const codes = Array.from({ length: 0xffff }, (_, c) => c).filter((c) => c < 0xd800 || c > 0xdfff);
    const text = codes.map((c) => `x${String.fromCharCode(c)}`).join('');
    const found: number[] = [];
    for (let at = nextZeroWidthOrSpace(text, 0); at !== Infinity; at = nextZeroWidthOrSpace(text, at + 1))
      found.push(text.charCodeAt(at));
    const kinds = (c: number): boolean => isIgnorable(c) || isUnicodeSpace(c) || isTypoDash(c);
    assert.deepEqual(found.map(hex), codes.filter(kinds).map(hex));
    assert.equal(nextZeroWidthOrSpace('plain ascii text', 0), Infinity);
    assert.equal(nextZeroWidthOrSpace('a\u00a0b\u200bc', 2), 3);
  });
});
