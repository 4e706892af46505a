/**
 * A quoted value a printer wrapped onto the next lines before its closing quote (attack 48): rich's locals panel
 * (`│ key = '+roH…ZQ` / `│   KLR1…QN` / `│   2FElOFFlCg=='`), a logger's or a REPL's fixed width, an editor's soft wrap
 * saved. A quote, a run of a token's characters to its line's end, then lines that are each one such run (after an
 * indent, a panel's border or a prompt's `>`), the last closed by the same quote within MAX_LINES: what a quote opens
 * it holds up to where it closes. The text is read with those breaks taken out (joined.ts) by the other passes (the
 * name before the quote counts), and a hit that crosses one is kept, each piece replaced in place.
 */
import { isBorder } from './cell-wraps.js';
import { cutViewPass } from './cut-view.js';
import { isSpaceOrTab } from './escapes.js';
import type { Hit, Pass } from './pass.js';
import { isRunChar } from './split.js';

const MAX_LINES = 8;
const QUOTE = /["']/g;

/** A space, a tab or a `\r` (a line's end before its `\n`). */
const isBlank = (c: number): boolean => isSpaceOrTab(c) || c === 13;

/** Past blanks from `i`: the line break there (or -1 when something else stands before it). */
function breakAfter(text: string, i: number): number {
  while (isBlank(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 10 ? i : -1;
}

/** The cuts of the chain a quote at `q` opens, or [] (no chain, or no closing quote); `end`: where reading stopped. */
function chainAt(text: string, q: number): { cuts: [number, number][]; end: number } {
  const quote = text.charCodeAt(q);
  let e = q + 1;
  while (isRunChar(text.charCodeAt(e))) e++;
  let nl = e - q > 8 ? breakAfter(text, e) : -1;
  const cuts: [number, number][] = [];
  for (let n = 0; n < MAX_LINES && nl !== -1; n++) {
    let s = nl + 1;
    while (isBlank(text.charCodeAt(s)) || text.charCodeAt(s) === 62 || isBorder(text.charCodeAt(s))) s++;
    const from = s;
    while (isRunChar(text.charCodeAt(s))) s++;
    if (s === from) break;
    cuts.push([e, from]);
    if (text.charCodeAt(s) === quote) return { cuts, end: s };
    e = s;
    nl = breakAfter(text, s);
  }
  return { cuts: [], end: e };
}

/** Every chain's cuts, in order. */
function openQuoteCuts(text: string): [number, number][] {
  const cuts: [number, number][] = [];
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(text); m !== null; m = QUOTE.exec(text)) {
    const chain = chainAt(text, m.index);
    for (const c of chain.cuts) cuts.push(c);
    QUOTE.lastIndex = Math.max(QUOTE.lastIndex, chain.end);
  }
  return cuts;
}

/** The pass: `detect` gives the other passes' (but `self`'s) hits in a text. */
export function openQuoteViewPass(detect: (text: string, self: Pass) => Hit[]): Pass {
  return cutViewPass(openQuoteCuts, detect, (text) => text.includes('\n'));
}
