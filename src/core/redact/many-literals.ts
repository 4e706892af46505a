/**
 * A search for many literals at once (the known and learned values, by the thousand). Every literal
 * is at least L characters long, so any occurrence covers one of the positions p = 0, S, 2S, … with
 * S = L - W + 1 and the W characters from p inside it: the literals are indexed by the hash of
 * each window at offsets 0 … S-1, and the text is hashed at every S-th position only (W = 4); where
 * the bit table says a window may be one, the literals with that window are compared. Its cost does
 * not grow with the number of literals (a regex alternation of 256 values cost about 25 ms per MB,
 * 1,024 values 450 ms: learned.ts). Literals that share a window (7,000 keys all starting `sk-proj-`) are told
 * apart by the hash of their first L characters, not compared one by one: 10 MB with 7,000 such keys took 3.0 s
 * compared one by one.
 */
import { least, pushAll } from '../lists.js';

const BASE = 0x01000193;
const TABLE_BITS = 20;
const MASK = (1 << TABLE_BITS) - 1;
const W_MAX = 4;

interface LiteralMatch {
  start: number;
  end: number;
  value: string;
}

/** Above this many literals with one window, they are looked up by their head's hash, not compared one by one. */
const BUCKET_SCAN = 8;

function hashSpan(text: string, at: number, n: number): number {
  let h = 0;
  for (let i = 0; i < n; i++) h = (Math.imul(h, BASE) + text.charCodeAt(at + i)) | 0;
  return h;
}

/** A large bucket's literals by the window's offset in them, then by the hash of their first L characters. */
type Heads = Map<number, Map<number, number[]>>;

export class LiteralSet {
  private readonly w: number;
  private readonly stride: number;
  /** The shortest literal's length (L). */
  private readonly min: number;
  private readonly values: string[];
  private readonly table = new Uint8Array(1 << (TABLE_BITS - 3));
  /**
   * By window hash: the literals holding that window, each as (its index × S + the window's offset in it); one entry
   * is kept as a number, not an array (most windows are in one literal: 20,000 literals made 900,000 of them).
   */
  private readonly byHash = new Map<number, number | number[]>();
  /** The large buckets' lookup by head, built when first probed. */
  private readonly heads = new Map<number, Heads>();

  constructor(literals: readonly string[]) {
    this.values = [...new Set(literals)].filter((l) => l.length > 0).sort((a, b) => b.length - a.length);
    this.min = least(this.values.map((l) => l.length));
    this.w = Math.min(W_MAX, this.min);
    this.stride = this.values.length === 0 ? 1 : this.min - this.w + 1;
    this.values.forEach((value, vi) => {
      for (let offset = 0; offset < this.stride; offset++) {
        const h = hashSpan(value, offset, this.w);
        const s = (h ^ (h >>> 13)) & MASK;
        this.table[s >>> 3]! |= 1 << (s & 7);
        const entry = vi * this.stride + offset;
        const had = this.byHash.get(h);
        if (had === undefined) this.byHash.set(h, entry);
        else if (typeof had === 'number') this.byHash.set(h, [had, entry]);
        else had.push(entry);
      }
    });
  }

  private headsOf(h: number, entries: readonly number[]): Heads {
    let heads = this.heads.get(h);
    if (heads) return heads;
    heads = new Map();
    for (const e of entries) {
      const offset = e % this.stride;
      const byHead = heads.get(offset) ?? new Map<number, number[]>();
      heads.set(offset, byHead);
      const k = hashSpan(this.values[(e - offset) / this.stride]!, 0, this.min);
      byHead.set(k, [...(byHead.get(k) ?? []), e]);
    }
    this.heads.set(h, heads);
    return heads;
  }

  /** The entries of window hash h that may start at p - their offset (those whose head hashes as the text's). */
  private candidates(text: string, p: number, h: number): readonly number[] {
    const e = this.byHash.get(h);
    if (e === undefined) return [];
    if (typeof e === 'number') return [e];
    if (e.length <= BUCKET_SCAN) return e;
    const out: number[] = [];
    for (const [offset, byHead] of this.headsOf(h, e)) {
      const start = p - offset;
      if (start >= 0 && start + this.min <= text.length)
        pushAll(out, byHead.get(hashSpan(text, start, this.min)) ?? []);
    }
    return out;
  }

  /** The matches in text, left to right, longest at each position, none overlapping; `first`: stop after one. */
  find(text: string, first = false): LiteralMatch[] {
    const found: LiteralMatch[] = [];
    const { w, stride, table, values } = this;
    if (values.length === 0) return found;
    for (let p = 0, last = text.length - w; p <= last; p += stride) {
      const h = hashSpan(text, p, w);
      const s = (h ^ (h >>> 13)) & MASK;
      if ((table[s >>> 3]! & (1 << (s & 7))) === 0) continue;
      for (const e of this.candidates(text, p, h)) {
        const offset = e % stride;
        const value = values[(e - offset) / stride]!;
        const start = p - offset;
        if (start < 0 || !text.startsWith(value, start)) continue;
        found.push({ start, end: start + value.length, value });
        if (first) return found;
      }
    }
    // Leftmost, longest at each start, none overlapping (as a regex alternation of the literals, longest first).
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: LiteralMatch[] = [];
    for (const m of found) if (out.length === 0 || m.start >= out[out.length - 1]!.end) out.push(m);
    return out;
  }

  /** True if text holds any of the literals. */
  test(text: string): boolean {
    return this.find(text, true).length > 0;
  }
}

/**
 * LiteralSets for a list of literals that only grows (values learned one at a time): the literals in groups, each
 * searched by a set of its own, a group merged with the one before it when it grows as large (as a binary counter),
 * so a literal is indexed O(log n) times in all, not once per value learned after it (60,000 values learned one by one
 * rebuilt one set of them all before each search: 48 s). The matches are those of one set of all of them.
 */
export class GrowingLiteralSet {
  private readonly groups: { values: string[]; set: LiteralSet | null }[] = [];
  private count = 0;

  /**
   * Adds the values of all[count, upTo) that `keep` keeps (a list shorter than the one grown before: a new set of it).
   */
  grow(all: readonly { value: string }[], keep: (value: string) => boolean, upTo = all.length): GrowingLiteralSet {
    if (upTo < this.count) return new GrowingLiteralSet().grow(all, keep, upTo);
    const added = all.slice(this.count, upTo).flatMap((v) => (keep(v.value) ? [v.value] : []));
    this.count = upTo;
    if (added.length === 0) return this;
    this.groups.push({ values: added, set: null });
    for (
      let n = this.groups.length;
      n >= 2 && this.groups[n - 1]!.values.length >= this.groups[n - 2]!.values.length;
      n--
    ) {
      const last = this.groups.pop()!;
      this.groups[n - 2] = { values: [...this.groups[n - 2]!.values, ...last.values], set: null };
    }
    return this;
  }

  find(text: string): LiteralMatch[] {
    if (this.groups.length === 0) return [];
    if (this.groups.length === 1) return (this.groups[0]!.set ??= new LiteralSet(this.groups[0]!.values)).find(text);
    const found = this.groups.flatMap((g) => (g.set ??= new LiteralSet(g.values)).find(text));
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: LiteralMatch[] = [];
    for (const m of found) if (out.length === 0 || m.start >= out[out.length - 1]!.end) out.push(m);
    return out;
  }
}
