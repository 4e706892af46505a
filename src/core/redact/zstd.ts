/**
 * zstd carriers: decoded with fzstd (pure JavaScript, MIT), loaded only when a stream starts with
 * the zstd magic. Before decoding, the frames are walked by their block headers (no decoding): a
 * frame whose window is over the cap, or frames whose blocks may decode to more than the cap, are a
 * bomb, and the decoder never allocates for them.
 */
import { optional } from './optional.js';

interface Fzstd {
  decompress(dat: Uint8Array): Uint8Array;
}

const BLOCK_MAX = 128 * 1024;

/**
 * The most bytes the zstd frames of `data` decode to, from their headers and block headers, and
 * where they end (skippable frames included); 'corrupt' when the headers do not hold together,
 * 'too-large' past `max` (or a window over it).
 */
function zstdBound(data: Buffer, max: number): { bound: number; end: number } | 'corrupt' | 'too-large' {
  let p = 0;
  let bound = 0;
  while (p + 4 <= data.length) {
    const magic = data.readUInt32LE(p);
    if ((magic & 0xfffffff0) === 0x184d2a50) {
      if (p + 8 > data.length) return 'corrupt';
      p += 8 + data.readUInt32LE(p + 4);
      continue;
    }
    if (magic !== 0xfd2fb528) break;
    const fhd = data[p + 4];
    if (fhd === undefined) return 'corrupt';
    const single = (fhd >> 5) & 1;
    const fcsCode = fhd >> 6;
    const fcsBytes = [single, 2, 4, 8][fcsCode]!;
    const didBytes = [0, 1, 2, 4][fhd & 3]!;
    let q = p + 5;
    let window = 0;
    if (!single) {
      const wd = data[q++] ?? 0;
      const base = 2 ** (10 + (wd >> 3));
      window = base + (base / 8) * (wd & 7);
    }
    q += didBytes;
    if (single) {
      window =
        fcsBytes === 1
          ? (data[q] ?? 0)
          : fcsBytes === 2
            ? data.readUInt16LE(q) + 256
            : fcsBytes === 4
              ? data.readUInt32LE(q)
              : Number(data.readBigUInt64LE(q));
    }
    q += fcsBytes;
    if (window > max) return 'too-large';
    const blockMax = Math.min(BLOCK_MAX, Math.max(window, 1));
    for (let last = 0; !last;) {
      if (q + 3 > data.length) return 'corrupt';
      const h = data[q]! | (data[q + 1]! << 8) | (data[q + 2]! << 16);
      last = h & 1;
      const type = (h >> 1) & 3;
      const size = h >>> 3;
      if (type === 3) return 'corrupt';
      bound += type === 2 ? blockMax : size;
      q += 3 + (type === 1 ? 1 : size);
      if (bound > max) return 'too-large';
    }
    if ((fhd >> 2) & 1) q += 4;
    p = q;
  }
  return { bound, end: p };
}

/** The decoded bytes of the zstd frames at the start of `data`, or why they could not be had. */
export function unzstd(data: Buffer, max: number): Buffer | 'no-decoder' | 'corrupt' | 'too-large' {
  const walked = zstdBound(data, max);
  if (typeof walked === 'string') return walked;
  if (walked.bound > max) return 'too-large';
  const z = optional<Fzstd>('fzstd');
  if (!z) return 'no-decoder';
  try {
    const out = z.decompress(data.subarray(0, walked.end));
    return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  } catch {
    return 'corrupt';
  }
}
