/**
 * A key cut in two around an ellipsis to get it past a scanner or a reader (attack 42: `credential (split for
 * safety): AIzaSy… ... …Wy7`, a webhook's URL cut in its path): the two pieces are joined again (joined.ts), the other
 * passes read the joined text, and a hit that crosses the join is mapped back to both pieces. Only an ellipsis with
 * blanks on both sides between two runs of token characters, six or more each, one of them with a digit or a capital
 * after a small letter (a word's ellipsis, `wait ... what`, and code's spreads and ranges, `...args`, `a1b2...c3d4`,
 * stay apart).
 */
import { isSpaceOrTab } from './escapes.js';
import { joinCuts, type Reflowed } from './joined.js';

const TOKEN = /[A-Za-z0-9_+/=-]/;
/** The fewest characters of each piece, the most read of each (a piece is judged by its first or last RUN). */
const MIN = 6;
const RUN = 64;

/** The run of token characters that ends at `end` (backwards) or starts at `start`. */
function runBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && end - s < RUN && TOKEN.test(text.charAt(s - 1))) s--;
  return text.slice(s, end);
}
function runAfter(text: string, start: number): string {
  let e = start;
  while (e < text.length && e - start < RUN && TOKEN.test(text.charAt(e))) e++;
  return text.slice(start, e);
}

/** A key's piece rather than a word: a digit, or a capital after a small letter. */
const keyish = (piece: string): boolean => /\d/.test(piece) || /[a-z][A-Z]/.test(piece);

/** The ellipses (`...` and longer runs of dots, `…`) in order: each kind's next one found once (linear). */
function* ellipses(text: string): Generator<[number, number]> {
  let dots = text.indexOf('...');
  let one = text.indexOf('…');
  while (dots !== -1 || one !== -1) {
    if (one === -1 || (dots !== -1 && dots < one)) {
      let e = dots + 3;
      while (text.charCodeAt(e) === 46) e++;
      yield [dots, e];
      dots = text.indexOf('...', e);
    } else {
      yield [one, one + 1];
      one = text.indexOf('…', one + 1);
    }
  }
}

/** The text with each key's pieces joined across its ellipsis, or none. */
export function ellipsisJoins(text: string): Reflowed[] {
  const cuts: [number, number][] = [];
  for (const e of ellipses(text)) {
    // Blanks on both sides (at most 8 read each way: a run of blanks is read once).
    let s = e[0];
    let end = e[1];
    while (s > 0 && e[0] - s < 8 && isSpaceOrTab(text.charCodeAt(s - 1))) s--;
    while (end < text.length && end - e[1] < 8 && isSpaceOrTab(text.charCodeAt(end))) end++;
    if (s === e[0] || end === e[1]) continue;
    const left = runBefore(text, s);
    const right = runAfter(text, end);
    if (left.length < MIN || right.length < MIN || !(keyish(left) || keyish(right))) continue;
    cuts.push([s, end]);
  }
  const joined = joinCuts(text, cuts);
  return joined === null ? [] : [joined];
}
