/**
 * The simple transforms of a known value a recipient turns back in one step, searched for as known values too: the
 * value reversed and in rot13, and its pieces (every 12-character window of a random-looking value: a key split in
 * two or three, each piece of 12 characters or more, on separate lines, in a JSON array, in prose). Encodings that
 * change its characters (hex, base64, base32, char codes, spelled out) are decoded and scanned where they are found
 * (base64.ts, hex-runs.ts, one-step.ts).
 */
import { randomToken } from './context.js';
import { rot13 } from './flipped.js';

/** The most values whose transforms are searched for. */
export const VARIED = 256;

/** The shortest piece found. */
export const PIECE = 12;

/** A window that is a piece of a key, not of a word: letters and digits, or both cases. */
const pieceLike = (w: string): boolean =>
  /^[\w+/=~-]+$/.test(w) && ((/[A-Za-z]/.test(w) && /\d/.test(w)) || (/[a-z]/.test(w) && /[A-Z]/.test(w)));

/** Each value's variants (the pass is rebuilt as values are learned: computed once per value). */
const memo = new Map<string, string[]>();

/** The values to search for besides `value` itself. */
export function variants(value: string): string[] {
  let v = memo.get(value);
  if (v === undefined) {
    if (memo.size >= 4 * VARIED) memo.clear();
    memo.set(value, (v = compute(value)));
  }
  return v;
}

function compute(value: string): string[] {
  if (value.length < 16 || value.length > 256 || value.includes('.') || !randomToken(value)) return [];
  const out = new Set<string>([[...value].reverse().join(''), rot13(value)]);
  if (value.length >= 2 * PIECE) {
    const stride = value.length <= 128 ? 1 : 4;
    for (let i = 0; i + PIECE <= value.length; i += stride) {
      const w = value.slice(i, i + PIECE);
      if (pieceLike(w)) out.add(w);
    }
  }
  out.delete(value);
  return [...out];
}
