/**
 * Wallet seed phrases with no label before them (issue 11, category 5): twelve or more words in a row, every one of
 * them from the BIP-39 English list, in a code string (`os.getenv("SEED", "<words>")`, `let seed = "<words>"`), a
 * config value, a command's argument or a sentence. Under a label (`mnemonic:`, `seed phrase is`) secret-lists.ts
 * finds them; here the words themselves are the evidence: the list leaves out the words prose is made of (`the`,
 * `and`, `of`, `to`, `is`, `with`), so twelve of its words in a row are a phrase, not a sentence. On 630 MB of real
 * text (/usr/share, /usr/lib, /usr/include, node_modules, this repository: 53,186 files) no such run occurs.
 * A run in alphabetical order is the word list itself (a copy of BIP-39's english.txt), and one that repeats its words
 * is a small vocabulary's text: both kept.
 *
 * Words are separated by blanks, or by a line break (with the indentation and list number of a numbered list:
 * `1. word` on each line); a JSON array of words (`["word", …]`) is not read here: lists of ordinary words in code
 * (colours, fruit) are written that way.
 */
import { BIP39_ENGLISH } from './bip39-english.js';
import { runPass, type Pass } from './pass.js';

const BIP39 = new Set(BIP39_ENGLISH);
/** Fewest words of a phrase: BIP-39's shortest is 12. */
const FEWEST = 12;
/**
 * A run of twelve or more lowercase words of 3 to 8 letters (BIP-39's lengths), blanks or a line break between them;
 * each word is then looked up. The words' bound and the separator's shape keep the regex linear.
 */
const RUN =
  /(?<![A-Za-z0-9_-])[a-z]{3,8}(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*(?:\d{1,2}[.):][ \t]*)?)[a-z]{3,8}){11,}(?![A-Za-z0-9_-])/g;
const WORD = /[a-z]+/g;

/** True for words in alphabetical order: a copy of the list, not a phrase. */
export const ascending = (words: readonly string[]): boolean => words.every((w, i) => i === 0 || words[i - 1]! < w);

/**
 * Words drawn at random from 2,048, as a wallet draws them: not in alphabetical order (a copy of the list), and hardly
 * a word twice (two repeats in 24 random words happen about once in a hundred phrases; a text made of a small
 * vocabulary, `alpha river alpha build river`, repeats its words all the time).
 */
const phraseLike = (words: readonly string[]): boolean => !ascending(words) && new Set(words).size >= words.length - 2;

/** The [start, end) of each stretch of twelve or more BIP-39 words in a run of words starting at `at`. */
function phrasesIn(run: string, at: number, out: [number, number][]): void {
  const words: { w: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(run); m !== null; m = WORD.exec(run))
    words.push({ w: m[0], start: at + m.index, end: at + m.index + m[0].length });
  let first = 0;
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && BIP39.has(words[i]!.w)) continue;
    const stretch = words.slice(first, i);
    if (stretch.length >= FEWEST && phraseLike(stretch.map((x) => x.w)))
      out.push([stretch[0]!.start, stretch[stretch.length - 1]!.end]);
    first = i + 1;
  }
}

/** A hash of a word's letters, as `chains` computes it while it reads them. */
const hashOf = (w: string): number => {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
};
/**
 * BIP-39's words by their hash's low 16 bits: a word whose bit is clear is no BIP-39 word (about one word in thirty
 * that is none shares a bit with one: it is only read further).
 */
const HASHES = new Uint8Array(1 << 16);
for (const w of BIP39_ENGLISH) HASHES[hashOf(w) & 0xffff] = 1;
/** Character classes of `chains`: 1 a lowercase letter, 2 a character of RUN's separators (blanks, digits, `.)`:). */
const CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) CLASS[c] = 1;
for (const c of ' \t\r\n0123456789.):') CLASS[c.charCodeAt(0)] = 2;

/**
 * Calls `read(from, to)` for each stretch of text where RUN can find a phrase, read in one pass over the characters:
 * whole runs of 3 to 8 lowercase letters with nothing but RUN's separator characters between them, twelve of them in
 * a row spelling words whose hash is a BIP-39 word's. Every word of a RUN match is such a run (its lookarounds and
 * separators end each word at a character that is no letter), so a match never crosses a stretch's end, and RUN reads
 * a stretch (with a character either side for its lookarounds) as it reads it in the whole text; a stretch without
 * twelve such words in a row holds no phrase. Prose (`the`, `and`, `with` are no BIP-39 words) is passed over here.
 */
function chains(text: string, read: (from: number, to: number) => void): void {
  const n = text.length;
  let start = -1;
  let end = 0;
  let inRow = 0;
  let enough = false;
  for (let i = 0; i <= n;) {
    const c = i < n ? text.charCodeAt(i) : 0;
    const k = c < 128 ? CLASS[c]! : 0;
    let j = i + 1;
    if (k === 1) {
      let h = c;
      for (let d = text.charCodeAt(j); d >= 97 && d <= 122; d = text.charCodeAt(++j)) h = (Math.imul(h, 31) + d) | 0;
      if (j - i >= 3 && j - i <= 8) {
        if (start === -1) start = i;
        end = j;
        inRow = HASHES[h & 0xffff] === 1 ? inRow + 1 : 0;
        if (inRow >= FEWEST) enough = true;
        i = j;
        continue;
      }
    } else if (k === 2) {
      i = j;
      continue;
    }
    // A character no run holds, or a word of another length: the stretch ends.
    if (enough) read(start, end);
    start = -1;
    inRow = 0;
    enough = false;
    i = j;
  }
}

/** The [start, end) of each phrase in `slice`, a piece of a text from `at`: RUN over it, its runs' words read. */
export function phrasesOf(slice: string, at: number, found: [number, number][]): void {
  RUN.lastIndex = 0;
  for (let m = RUN.exec(slice); m !== null; m = RUN.exec(slice)) phrasesIn(m[0], at + m.index, found);
}

/**
 * The pass of seed phrases found by their words alone: phrasesOf over the stretches `chains` finds (with the character
 * before and after each, which RUN's lookarounds read), not over the whole text.
 */
export function seedPhrasePass(): Pass {
  return runPass(function seedPhraseHits(text) {
    const found: [number, number][] = [];
    chains(text, (from, to) => {
      const at = Math.max(0, from - 1);
      phrasesOf(text.slice(at, Math.min(text.length, to + 1)), at, found);
    });
    return found.map(([start, end]) => ({ rule: 'seed-phrase', start, end }));
  });
}
