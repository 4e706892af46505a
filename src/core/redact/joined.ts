/**
 * A derived text where the pieces of a token cut apart (by a layout's columns, by markup between its characters, by a
 * hard wrap) are joined again, and the way back: the other passes read the derived text, and a hit that crosses a
 * join is mapped back to the pieces it came from (each piece replaced in place; what cut them stays as it was).
 */
import type { Hit } from './pass.js';
import { alphabetBreak } from './piece-alphabets.js';

/** A derived text, where each part of it came from (triples: derived start, original start, length), its joins. */
export interface Reflowed {
  text: string;
  parts: number[];
  joins: number[];
}

/** The first index of a sorted list (every `step`-th entry from 0) whose value is greater than `x`, as a step count. */
function firstAbove(list: readonly number[], x: number, step = 1): number {
  let lo = 0;
  let hi = Math.floor((list.length + step - 1) / step);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid * step]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first join strictly inside a hit of the derived text, or undefined (a binary search: linear in the hits). */
export function joinInside(r: Reflowed, h: Hit): number | undefined {
  const j = r.joins[firstAbove(r.joins, h.start)];
  return j !== undefined && j < h.end ? j : undefined;
}

/**
 * The hits in a derived text that cross a join (or touch one: `near`), each as its pieces in the original. Joins and
 * parts are in order: each hit finds its own by a binary search (thousands of joins and hits stay linear).
 */
export function mappedHits(r: Reflowed, hits: readonly Hit[], near = -1): Hit[] {
  const out: Hit[] = [];
  for (const h of hits) {
    // With `near`, a hit that starts or ends at a join (or `near` characters after one) counts too.
    const j = r.joins[firstAbove(r.joins, h.start - near - 1)];
    if (j === undefined || (near < 0 ? j >= h.end : j > h.end)) continue;
    // Pieces of two alphabets are two values (piece-alphabets.ts), whatever read them as one.
    if (j > h.start && j < h.end && alphabetBreak(r.text.slice(h.start, j), r.text.slice(j, h.end))) continue;
    for (let i = Math.max(0, firstAbove(r.parts, h.start, 3) - 1) * 3; i < r.parts.length; i += 3) {
      const [d, o, n] = [r.parts[i]!, r.parts[i + 1]!, r.parts[i + 2]!];
      if (d >= h.end) break;
      const s = Math.max(h.start, d);
      const e = Math.min(h.end, d + n);
      if (s < e) out.push({ ...h, start: o + s - d, end: o + e - d });
    }
  }
  return out;
}

/** Hits sorted, the ones overlapping an earlier one left out. */
export function disjoint(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits.filter((h, i) => i === 0 || h.start >= hits[i - 1]!.end);
}

/** How far a region reaches either side of its joins (enough for a key name before a value). */
const CONTEXT = 256;

const isLineBreak = (c: number): boolean => c === 10 || c === 13;

/**
 * The text with each cut ([start, end) ranges, sorted, not overlapping) taken out, read over the lines around the cuts
 * (at most CONTEXT characters either side, widened to whole runs of non-blank characters); regions apart are
 * separated by a blank line. Null without cuts.
 */
export function joinCuts(text: string, cuts: readonly [number, number][]): Reflowed | null {
  if (cuts.length === 0) return null;
  const out = new Deriving(text);
  for (let k = 0; k < cuts.length;) {
    let start = cuts[k]![0];
    const floor = Math.max(0, start - CONTEXT);
    while (start > floor && !isLineBreak(text.charCodeAt(start - 1))) start--;
    while (start > 0 && start > floor - 64 && text.charCodeAt(start - 1) > 32) start--;
    let at = start;
    for (;;) {
      const [cs, ce] = cuts[k]!;
      out.copy(at, cs);
      out.join();
      at = ce;
      k++;
      if (k >= cuts.length || cuts[k]![0] - at > CONTEXT) break;
    }
    let end = at;
    const ceil = Math.min(text.length, at + CONTEXT);
    while (end < ceil && !isLineBreak(text.charCodeAt(end))) end++;
    while (end < text.length && end < ceil + 64 && text.charCodeAt(end) > 32) end++;
    out.copy(at, end);
    // A blank line apart: a reader of hard wraps does not join the last line of one region to the next's first.
    out.add('\n\n');
  }
  return out.done();
}

/** A derived text being built: pieces of the original copied (and mapped), text added, joins marked. */
export class Deriving {
  private readonly out: Reflowed = { text: '', parts: [], joins: [] };
  private readonly pieces: string[] = [];
  length = 0;
  constructor(private readonly text: string) {}

  /** Copies text[from, to) of the original. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.out.parts.push(this.length, from, to - from);
    this.pieces.push(this.text.slice(from, to));
    this.length += to - from;
  }

  /** Adds text of its own (a separator: maps to nothing). */
  add(s: string): void {
    this.pieces.push(s);
    this.length += s.length;
  }

  /** Marks a join at the current end. */
  join(): void {
    this.out.joins.push(this.length);
  }

  /** The derived text, or null when it holds no join. */
  done(): Reflowed | null {
    if (this.out.joins.length === 0) return null;
    this.out.text = this.pieces.join('');
    return this.out;
  }
}
