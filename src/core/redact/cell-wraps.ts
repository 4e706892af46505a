/**
 * A value wrapped inside its cell of a box-drawn table whose other cells go on filled (`│ ya29.a0J6…Rln │ answered │`
 * then `│ BNS1Rln_p0r…Ip-E │ answered │`): a coordination table or a CLI's table narrows a column and wraps the token
 * in it onto the next rows, at the same columns. wraps.ts follows a value in the last cell, or in a row whose other
 * cells are blank; this follows it in any cell. A value that fills its cell (to one space before the border) goes on
 * in the same cell of the next row when that row has borders at the same two columns and the cell holds one run of
 * token characters; a run that stops short is the value's end when it reads as random (a letter and a digit, or an
 * inner capital).
 */
import { lineEndWithin } from './line-heads.js';
import type { Hit } from './pass.js';
import { isRunChar } from './split.js';

/** `│`, `┃`, `║`, `|`. */
export const isBorder = (c: number): boolean => c === 0x2502 || c === 0x2503 || c === 0x2551 || c === 124;
const MAX_ROWS = 8;

/** The [start, end) of the run in text[a, b) between blanks, when the cell holds exactly one; else null. */
function cellRun(text: string, a: number, b: number): [number, number] | null {
  let s = a;
  while (s < b && text.charCodeAt(s) === 32) s++;
  let e = s;
  while (e < b && isRunChar(text.charCodeAt(e))) e++;
  let pad = e;
  while (pad < b && text.charCodeAt(pad) === 32) pad++;
  return e > s && pad === b ? [s, e] : null;
}

/**
 * The pieces of a hit's value on the rows after it, in the same cell of a box-drawn table; `from` is the start of the
 * hit's line. Empty when the hit is no cell's whole content or does not fill it.
 */
export function cellTails(text: string, h: Hit, from: number): Hit[] {
  // The hit's cell: a border, one space, the hit, at most one space, a border.
  let left = h.start - 1;
  if (text.charCodeAt(left) === 32) left--;
  let right = h.end;
  if (text.charCodeAt(right) === 32) right++;
  if (left < from || !isBorder(text.charCodeAt(left)) || !isBorder(text.charCodeAt(right))) return [];
  const [l, r] = [left - from, right - from];
  const out: Hit[] = [];
  // A row's end looked for within a row's width (a one-line text is not read to its end at every hit).
  let lineEnd = lineEndWithin(text, right, 1024);
  for (let n = 0; n < MAX_ROWS && lineEnd !== -1; n++) {
    const next = lineEnd + 1;
    if (!isBorder(text.charCodeAt(next + l)) || !isBorder(text.charCodeAt(next + r))) break;
    // The next row must be a row: no line break inside the cell's columns.
    const cell = text.slice(next, next + r);
    if (cell.includes('\n')) break;
    const run = cellRun(text, next + l + 1, next + r);
    if (run === null) break;
    const value = text.slice(run[0], run[1]);
    const full = r - l - 1 - (run[1] - run[0]) <= 2 && run[0] === next + l + 2;
    if (!full && !(/\d/.test(value) && /[A-Za-z]/.test(value)) && !/[a-z][A-Z]/.test(value)) break;
    out.push({ ...h, start: run[0], end: run[1] });
    if (!full) break;
    lineEnd = lineEndWithin(text, next + r, 1024);
  }
  return out;
}

/** The offsets of the box-drawing borders of the line [from, to), when it starts (after blanks) with one. */
function bordersOf(text: string, from: number, to: number): number[] | null {
  let i = from;
  while (i < to && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  if (c !== 0x2502 && c !== 0x2503 && c !== 0x2551) return null;
  const out: number[] = [];
  for (; i < to; i++) if (isBorder(text.charCodeAt(i))) out.push(i - from);
  return out.length >= 2 ? out : null;
}

const sameColumns = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The cuts that join each cell of a box-drawn row to the same cell of the next row, where the first is one run of
 * token characters that fills it and the second one run from its start: `[end of the run, start of the next)`. One
 * column per pair of rows (the first that wraps), so that the cuts do not overlap.
 */
export function columnCuts(text: string): [number, number][] {
  const cuts: [number, number][] = [];
  let [from, prev, prevFrom] = [0, null as number[] | null, 0];
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    // A row is at most a few hundred characters: a longer line is no table's row.
    const cols = to - from <= 1024 ? bordersOf(text, from, to) : null;
    if (cols !== null && prev !== null && sameColumns(cols, prev))
      for (let k = 0; k + 1 < cols.length; k++) {
        const [l, r] = [cols[k]!, cols[k + 1]!];
        const above = cellRun(text, prevFrom + l + 1, prevFrom + r);
        const below = cellRun(text, from + l + 1, from + r);
        if (above === null || below === null || r - l - 1 - (above[1] - above[0]) > 2) continue;
        if (below[0] !== from + l + 2 || (cuts.length > 0 && cuts[cuts.length - 1]![1] > above[1])) continue;
        cuts.push([above[1], below[0]]);
        break;
      }
    [prev, prevFrom] = [cols, from];
    from = to + 1;
  }
  return cuts;
}
