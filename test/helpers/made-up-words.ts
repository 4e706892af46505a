/**
 * Made-up words of three or four syllables (`jogemobu`), as passphrase generators with word lists of their own make
 * them, and phrases of them: none is a BIP-39 word by design, so a rule that reads BIP-39's list alone does not find
 * them. Seeded (fake-secrets.ts' SeededGen).
 */
import type { SeededGen } from './fake-secrets.js';

const CONSONANTS = [...'bdfgkmnprstvz'];
const VOWELS = [...'aeiou'];

/** One made-up word; never one that says the value is not real (`fake`, `demo`, `test`: a placeholder's). */
export function madeUpWord(g: SeededGen): string {
  // Three or four syllables: two-syllable words are too often a language's small words (`pero`, `sono`, `dove`).
  const w = Array.from({ length: 3 + g.int(2) }, () => `${g.one(CONSONANTS)}${g.one(VOWELS)}`).join('');
  return /^(?:fake|demo|dummy|temp|test|sample|none|mock)/.test(w) ? madeUpWord(g) : w;
}

/** `n` made-up words joined by `sep`. */
export const madeUpPhrase = (g: SeededGen, sep: string, n = 4): string =>
  Array.from({ length: n }, () => madeUpWord(g)).join(sep);

/** A number of two digits, as a generator's "add a number" option adds. */
export const twoDigits = (g: SeededGen): string => String(10 + g.int(90));
