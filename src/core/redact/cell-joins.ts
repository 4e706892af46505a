/**
 * A token split across the cells of a table row (`| sk-ant-api03-abc | def… |`, `│ ghp_… │ … │`), as an answer lays a
 * wide key out or a TUI cuts one: the text is read with each ` | ` between two cells of token characters taken out,
 * by the passes that need no context (the known values, the provider shapes, the user's patterns: a table of ids or
 * words side by side reads as no token), and only a hit that crosses a cut is kept, each cell's piece replaced in
 * place (the bars stay: the table still renders). A cell that holds a complete token keeps to itself.
 */
import { isSpaceOrTab, isTokenChar } from './escapes.js';
import { disjoint, joinCuts, joinInside, mappedHits } from './joined.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { anyCompleteForm } from './split.js';

/** A table's column bar: ASCII, or a box-drawing vertical. */
const BAR = /[|\u2502\u2503\u2551]/g;
/** The longest cell read, and the most blanks beside a bar. */
const MAX_CELL = 256;
const MAX_PAD = 64;

const WORD = /^[A-Z]?[a-z]+$/;
const isCellChar = (c: number): boolean => isTokenChar(c) || c === 46;

/** The cuts (` | `: one cell's run's end to the next one's start) between two cells of token characters. */
export function cellCuts(text: string): [number, number][] {
  const cuts: [number, number][] = [];
  BAR.lastIndex = 0;
  for (let m = BAR.exec(text); m !== null; m = BAR.exec(text)) {
    let s = m.index;
    while (s > 0 && m.index - s < MAX_PAD && isSpaceOrTab(text.charCodeAt(s - 1))) s--;
    let e = m.index + 1;
    while (e < text.length && e - m.index < MAX_PAD && isSpaceOrTab(text.charCodeAt(e))) e++;
    if (s === m.index || e === m.index + 1) continue;
    let ls = s;
    while (ls > 0 && s - ls < MAX_CELL && isCellChar(text.charCodeAt(ls - 1))) ls--;
    let re = e;
    while (re < text.length && re - e < MAX_CELL && isCellChar(text.charCodeAt(re))) re++;
    // Whole cells: a blank before the left run and after the right one (the next bar's padding).
    const padded = isSpaceOrTab(text.charCodeAt(ls - 1)) && isSpaceOrTab(text.charCodeAt(re));
    if (s - ls < 4 || re - e < 4 || !padded) continue;
    // A word in the left cell is a label (`| prod | sk-… |`), no token's head: joined, it would hide the token's start.
    if (WORD.test(text.slice(ls, s))) continue;
    cuts.push([s, e]);
  }
  return cuts;
}

/**
 * The pass: `detect` gives the hits of the passes that need no context in a text (the text with its cuts out). Its
 * cuts are `cuts`'s: a row's cells side by side (cellCuts) or a column's cells one under the other (columnCuts:
 * cell-wraps.ts, a token wrapped in its cell while the row's other cells go on filled).
 */
export function cellJoinPass(
  detect: (text: string) => Hit[],
  cuts: (text: string) => [number, number][] = cellCuts,
): Pass {
  return runPass((text) => {
    const joined = joinCuts(text, cuts(text));
    if (!joined) return [];
    // A complete token before a join stays alone (its rule found it): the join took the next cell's start.
    const hits = detect(joined.text).filter((h) => {
      const j = joinInside(joined, h);
      return j === undefined || !anyCompleteForm(joined.text.slice(h.start, j));
    });
    return disjoint(mappedHits(joined, hits));
  });
}
