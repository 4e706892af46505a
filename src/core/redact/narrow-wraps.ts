/**
 * A value cut into narrow lines of one width (8-39 characters: `fold -w 16`, a chat's narrow column), each line's text
 * (after its indent or quote marks, before a trailing ` \`) one run of token characters: two or more lines of the same
 * width W and a last line of at most W, the first maybe after a name on its line (`export API_KEY=<W characters>`,
 * `NAME = "<W characters>`) or under a name that ends the line before (`api_key=`, `auth_token:`), or the line before a
 * blank one (`API key:`, a blank line, the block: round 40). hard-wraps.ts reads
 * lines of 40+ characters; wraps.ts follows a hit on a first line of 24+. The lines are joined (joined.ts: the name
 * line too) and read by the other passes in layouts.ts; a hit that crosses a join is mapped back to its pieces.
 */
import { isTokenChar } from './escapes.js';
import { keyworded } from './hard-wraps.js';
import { atWrapColumn } from './wrap-columns.js';
import { joinCuts, type Reflowed } from './joined.js';
import { anyCompleteForm } from './split.js';
import { pushAll } from '../lists.js';

const MIN_W = 8;
const MAX_W = 39;
/** A line's indent or quote marks (`  > > `). */
const PREFIX = /[ \t]*(?:>[ \t]?)*[ \t]*/y;

/** One line's text: where it starts, where its run of token characters ends, whether that run is the whole text. */
interface Row {
  ls: number;
  from: number;
  runStart: number;
  runEnd: number;
  /** The text after the run: blanks and a `\` (a continuation), or a closing quote and `,;)`. */
  tail: 'none' | 'slash' | 'close' | 'other';
}

function row(text: string, ls: number, le: number): Row {
  PREFIX.lastIndex = ls;
  PREFIX.test(text);
  const from = Math.min(PREFIX.lastIndex, le);
  let e = le;
  if (text.charCodeAt(e - 1) === 13) e--;
  const line = e;
  while (e > from && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  let tail: Row['tail'] = e === line ? 'none' : 'other';
  if (text.charCodeAt(e - 1) === 92) {
    e--;
    while (e > from && text.charCodeAt(e - 1) === 32) e--;
    tail = 'slash';
  }
  let runEnd = e;
  if (tail === 'none' || tail === 'other') {
    let k = e;
    while (k > from && /[,;)]/.test(text[k - 1]!)) k--;
    if (k > from && /["'`]/.test(text[k - 1]!)) k--;
    if (k < e) [runEnd, tail] = [k, 'close'];
    else if (e !== line) tail = 'other';
  }
  let runStart = runEnd;
  while (runStart > from && isTokenChar(text.charCodeAt(runStart - 1))) runStart--;
  return { ls, from, runStart, runEnd, tail };
}

const whole = (r: Row): boolean => r.runStart === r.from;
const width = (r: Row): number => r.runEnd - r.runStart;

/** Random-looking: letters and digits, or letters of both cases. */
const random = (s: string): boolean => /[A-Za-z]/.test(s) && (/\d/.test(s) || (/[a-z]/.test(s) && /[A-Z]/.test(s)));

/** The line before a block ends with a name's `=` or `:` (a ` \` after it): its end, or -1. */
function nameEnd(text: string, r: Row): number {
  let e = r.runEnd;
  while (e > r.from && /[ \t"'`]/.test(text[e - 1]!)) e--;
  const c = text.charCodeAt(e - 1);
  return (c === 61 || c === 58) && e - r.from >= 3 ? r.runEnd : -1;
}

/** The cuts of one block (rows[a..b], b the last), or none when it is no wrapped value. */
function blockCuts(text: string, rows: readonly Row[], before: Row | null): [number, number][] {
  const w = width(rows[0]!);
  const last = rows[rows.length - 1]!;
  if (rows.length < 2 || w < MIN_W || w > MAX_W || width(last) > w || width(last) === 0) return [];
  if (rows.filter((r) => width(r) === w).length < 2) return [];
  if (!random(rows.map((r) => text.slice(r.runStart, r.runEnd)).join(''))) return [];
  const cuts: [number, number][] = [];
  const ne = before && whole(rows[0]!) ? nameEnd(text, before) : -1;
  if (ne !== -1) cuts.push([ne, rows[0]!.runStart]);
  for (let k = 0; k + 1 < rows.length; k++) cuts.push([rows[k]!.runEnd, rows[k + 1]!.runStart]);
  return cuts;
}

/**
 * A provider's token in a narrow column of one full line and its rest (`fc-…` in 20 columns, then 15 characters;
 * `ASIAAZXAXKCDPA` then `RRGBZC`): the cut, read for the providers' shapes only (a label's value of two short lines is
 * no wrapped token: `password:` then `mailserver_default` then `none`). Not after a whole token of a fixed length, nor
 * before another (`rzp_live_…` then `rzp_live_…`: a list of tokens).
 */
function keyedCut(text: string, rows: readonly Row[]): [number, number] | null {
  if (rows.length !== 2) return null;
  const [a, b] = rows as [Row, Row];
  if (width(a) < MIN_W || width(a) > MAX_W || width(b) === 0 || width(b) > width(a)) return null;
  const first = text.slice(a.runStart, a.runEnd);
  if (!keyworded(first) || keyworded(text.slice(b.runStart, b.runEnd)) || anyCompleteForm(first)) return null;
  return [a.runEnd, b.runStart];
}

/** A join whose hits are kept only when a provider's shape found them (keyedCut). */
export type ShapesOnly = Reflowed & { shapesOnly: true };

/** A hard wrap's first line: this wide at least (hard-wraps.ts's MIN_WIDTH). */
const HARD_WIDTH = 40;

/** A name of 1-64 characters ends at `end` (maybe quoted): not the first part of a token with a `=` in it. */
function nameBefore(text: string, from: number, end: number): boolean {
  let e = end;
  if (/["']/.test(text[e - 1] ?? '')) e--;
  let n = e;
  while (n > from && e - n <= 64 && /[\w.-]/.test(text[n - 1]!)) n--;
  return n < e && e - n <= 64;
}

/**
 * A named value cut by a hard wrap: a line of HARD_WIDTH+ characters that ends in a value just opened after a name
 * (`NAME=…`, `"name": "…`, `name: …`, a quote not closed), and a next line whose text starts with 8+ token characters,
 * the two runs random together: the cut between them, or null. The name is judged by the passes that read the join.
 */
function namedCut(text: string, prev: Row, r: Row): [number, number] | null {
  if (prev.tail !== 'none' || prev.runEnd - prev.ls < HARD_WIDTH || prev.runEnd === prev.runStart) return null;
  let b = prev.runStart;
  if (/["']/.test(text[b - 1] ?? '')) b--;
  while (b > prev.from && text.charCodeAt(b - 1) === 32) b--;
  const c = text.charCodeAt(b - 1);
  if ((c !== 61 && c !== 58) || !nameBefore(text, prev.from, b - 1)) return null;
  let e = r.from;
  while (e < text.length && isTokenChar(text.charCodeAt(e))) e++;
  const next = text.slice(r.from, e);
  // `model:`, `x = …`, `f(…`: a key, a setting or a call starts the next line; a word, prose (as in hard-wraps.ts).
  if (/^[ \t]*[:=(]/.test(text.slice(e, e + 3)) || !(random(next) || next.length >= 16)) return null;
  // A word opens the next line (`Configured OPENAI_API_KEY=…` under `BRAVE_API_KEY=…`): a sentence, not a key's rest.
  if (/^[A-Z]?[a-z]+$/.test(next)) return null;
  const first = text.slice(prev.runStart, prev.runEnd);
  // A complete token of a fixed-length form ends there: the next line is not its rest (split.ts).
  if (next.length < 8 || anyCompleteForm(first) || !random(first + next)) return null;
  // A line cut where text is hard-wrapped (wrap-columns.ts), or a provider's token begun (`export ID=AKIA…` in a
  // chat's column; not `eyJ`, which any JSON's base64 starts with): a line of another width ending in a value
  // (`…&useSSL=false`, `config_blob: eyJ…`) is a line of its own.
  const begun = keyworded(first) && !first.startsWith('eyJ');
  if (!begun && !atWrapColumn(text, prev.ls, prev.runEnd - prev.ls)) return null;
  return [prev.runEnd, r.from];
}

/**
 * The narrow wraps of a text joined, and the named values cut by a hard wrap (namedCut) joined. One walk over the
 * lines: a block starts at a line whose run ends it (but for a ` \`) and is 8-39 characters long, and goes on while
 * each next line is one run of that width; a shorter line or one that closes a quote ends it.
 */
export function narrowWraps(text: string): (Reflowed | ShapesOnly)[] {
  const cuts: [number, number][] = [];
  const named: [number, number][] = [];
  let block: Row[] = [];
  let before: Row | null = null;
  let prev: Row | null = null;
  // The row before `prev` when `prev` is blank (a label, a blank line, then the block: round 40).
  let above: Row | null = null;
  // The width of the last named cut's first line.
  let wide = 0;
  const keyed: [number, number][] = [];
  const flush = (): void => {
    const c = block.length > 0 ? blockCuts(text, block, before) : [];
    pushAll(cuts, c);
    const k = c.length === 0 ? keyedCut(text, block) : null;
    if (k !== null) keyed.push(k);
    block = [];
  };
  for (let ls = 0; ls < text.length;) {
    let le = text.indexOf('\n', ls);
    if (le === -1) le = text.length;
    const r = row(text, ls, le);
    const w = width(r);
    const open = block.length > 0 && whole(r) && w > 0 && w <= width(block[0]!) && r.tail !== 'other';
    const goesOn =
      open && block[block.length - 1]!.tail !== 'close' && width(block[block.length - 1]!) === width(block[0]!);
    if (goesOn) block.push(r);
    else {
      flush();
      if (w >= MIN_W && w <= MAX_W && r.tail !== 'other' && r.tail !== 'close') {
        block = [r];
        before = prev && prev.from === prev.runEnd && above ? above : prev;
      }
    }
    // A named cut's next line as wide as the line cut, all token characters, goes on too (round 40: a JSON string's
    // value wrapped at 80 columns over three lines or more).
    const last = named[named.length - 1];
    const chained =
      prev !== null &&
      last?.[1] === prev.from &&
      whole(prev) &&
      prev.tail === 'none' &&
      prev.runEnd - prev.ls === wide &&
      isTokenChar(text.charCodeAt(r.from));
    const cut = prev === null ? null : chained ? ([prev.runEnd, r.from] as [number, number]) : namedCut(text, prev, r);
    if (prev && cut && !chained) wide = prev.runEnd - prev.ls;
    if (cut) named.push(cut);
    above = prev;
    prev = r;
    ls = le + 1;
  }
  flush();
  const shapes = joinCuts(text, keyed);
  const out = [joinCuts(text, cuts), joinCuts(text, named)].filter((j): j is Reflowed => j !== null);
  return shapes === null ? out : [...out, { ...shapes, shapesOnly: true }];
}
