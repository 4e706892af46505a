/**
 * Seed phrases written as a numbered grid (round 23, issue 11 category 3): `1. word  2. word  3. word` across rows,
 * or down columns, in plain lines or in the cells of any table (Markdown, Org, LaTeX `&`, MediaWiki, AsciiDoc, CSV),
 * with or without a label. A wallet prints its recovery phrase so; the numbers are the evidence: 12, 15, 18, 21 or 24
 * numbered words, each number from 1 on once, each word alone in its cell and on BIP-39's English list, not in
 * alphabetical order (a copy of the list). seed-phrases.ts and secret-lists.ts read the words in a row, where nothing
 * but blanks or a line break and a number stand between them; here a table's syntax may (up to `GAP` characters).
 * Runs only on text holding `12.` or `12)`.
 */
import { BIP39_ENGLISH } from './bip39-english.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { ascending } from './seed-phrases.js';

const BIP39 = new Set(BIP39_ENGLISH);
/** A numbered word, alone in its cell: no letter after it but past blanks (`1. add the file` is prose). */
const NUMBERED = /(?<![\w.])(\d{1,2})[.)][ \t]{0,4}([a-z]{3,8})(?![\w-])(?![ \t]{0,8}[A-Za-z])/g;
/** The most characters between two numbered words of one grid: a table's row end and rule (`\\ \hline`). */
const GAP = 160;

interface Word {
  n: number;
  word: string;
  start: number;
  end: number;
}

/** The words of a grid when its numbers are 1 to 12, 15, 18, 21 or 24, each once, and the words a phrase. */
function phrase(run: Word[]): Word[] | null {
  const n = run.length;
  if (n < 12 || n > 24 || n % 3 !== 0) return null;
  const byNumber: (Word | undefined)[] = [];
  for (const w of run) {
    if (w.n < 1 || w.n > n || byNumber[w.n] || !BIP39.has(w.word)) return null;
    byNumber[w.n] = w;
  }
  const words = byNumber.slice(1).map((w) => w!.word);
  return !ascending(words) && new Set(words).size >= n - 2 ? run : null;
}

export function seedGridHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let run: Word[] = [];
  const close = (): void => {
    for (const w of phrase(run) ?? []) hits.push({ rule: 'seed-phrase', start: w.start, end: w.end });
    run = [];
  };
  NUMBERED.lastIndex = 0;
  for (let m = NUMBERED.exec(text); m !== null; m = NUMBERED.exec(text)) {
    const start = m.index + m[0].length - m[2]!.length;
    const w = { n: Number(m[1]), word: m[2]!, start, end: start + m[2]!.length };
    // A new grid: far from the last word, or numbered from 1 again.
    if (run.length > 0 && (m.index - run.at(-1)!.end > GAP || w.n === 1)) close();
    run.push(w);
  }
  close();
  return hits;
}

export function seedGridPass(): Pass {
  const pass = runPass(seedGridHits);
  pass.requires = (text) => text.includes('12.') || text.includes('12)');
  return pass;
}
