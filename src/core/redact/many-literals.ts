/**
 * A search for many literals at once (the known and learned values, by the thousand). Every literal
 * is at least L characters long, so any occurrence covers one of the positions p = 0, S, 2S, … with
 * S = L - W + 1 and the W characters from p inside it: the literals are indexed by the hash of
 * each window at offsets 0 … S-1, and the text is hashed at every S-th position only (W = 4); where
 * the bit table says a window may be one, the literals with that window are compared. Its cost does
 * not grow with the number of literals (a regex alternation of 256 values cost about 25 ms per MB,
 * 1,024 values 450 ms: learned.ts).
 */

const BASE = 0x01000193;
const TABLE_BITS = 20;
const MASK = (1 << TABLE_BITS) - 1;
const W_MAX = 4;

export interface LiteralMatch {
  start: number;
  end: number;
  value: string;
}

export class LiteralSet {
  private readonly w: number;
  private readonly stride: number;
  private readonly table = new Uint8Array(1 << (TABLE_BITS - 3));
  /** By window hash: the literals holding that window, with its offset in them. */
  private readonly byHash = new Map<number, { value: string; offset: number }[]>();

  constructor(literals: readonly string[]) {
    const usable = [...new Set(literals)].filter((l) => l.length > 0).sort((a, b) => b.length - a.length);
    const min = Math.min(...usable.map((l) => l.length));
    this.w = Math.min(W_MAX, min);
    this.stride = usable.length === 0 ? 1 : min - this.w + 1;
    for (const value of usable) {
      for (let offset = 0; offset < this.stride; offset++) {
        const h = this.hashAt(value, offset);
        const s = (h ^ (h >>> 13)) & MASK;
        this.table[s >>> 3]! |= 1 << (s & 7);
        const list = this.byHash.get(h);
        if (list) list.push({ value, offset });
        else this.byHash.set(h, [{ value, offset }]);
      }
    }
  }

  private hashAt(text: string, at: number): number {
    let h = 0;
    for (let i = 0; i < this.w; i++) h = (Math.imul(h, BASE) + text.charCodeAt(at + i)) | 0;
    return h;
  }

  /** The matches in text, left to right, longest at each position, none overlapping; `first`: stop after one. */
  find(text: string, first = false): LiteralMatch[] {
    const found: LiteralMatch[] = [];
    const { w, stride, table, byHash } = this;
    if (byHash.size === 0) return found;
    for (let p = 0, last = text.length - w; p <= last; p += stride) {
      let h = 0;
      for (let i = 0; i < w; i++) h = (Math.imul(h, BASE) + text.charCodeAt(p + i)) | 0;
      const s = (h ^ (h >>> 13)) & MASK;
      if ((table[s >>> 3]! & (1 << (s & 7))) === 0) continue;
      for (const { value, offset } of byHash.get(h) ?? []) {
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
