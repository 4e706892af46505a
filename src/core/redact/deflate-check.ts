/**
 * A cheap test of a deflate stream's first block (RFC 1951), read without decoding it: binary data
 * holds a zlib header by chance every few KiB, and starting Node's decoder costs some 300 µs each,
 * so a header found inside other data is decoded only when the block after it can start a stream
 * zlib accepts: a stored block's length and its complement, a dynamic block's code-length code
 * complete, a fixed block's first 32 symbols with no distance past the bytes already written.
 */

const LEN_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
];
const CLEN_ORDER_COUNT = 19;

class End extends Error {}

/** Whether the deflate data starting at byte `at` of `buf` can be a stream's start. */
export function deflateCanStart(buf: Buffer, at: number): boolean {
  let pos = at * 8;
  const bit = (): number => {
    const byte = buf[pos >> 3];
    if (byte === undefined) throw new End();
    return (byte >> (pos++ & 7)) & 1;
  };
  const bits = (n: number): number => {
    let v = 0;
    for (let k = 0; k < n; k++) v |= bit() << k;
    return v;
  };
  try {
    bits(1);
    const type = bits(2);
    if (type === 3) return false;
    if (type === 0) {
      const p = (pos + 7) >> 3;
      return p + 4 <= buf.length && (buf.readUInt16LE(p) ^ buf.readUInt16LE(p + 2)) === 0xffff;
    }
    if (type === 2) {
      const hlit = bits(5);
      const hdist = bits(5);
      const hclen = bits(4) + 4;
      if (hlit > 29 || hdist > 29 || hclen > CLEN_ORDER_COUNT) return false;
      let kraft = 0;
      for (let k = 0; k < hclen; k++) {
        const len = bits(3);
        if (len > 0) kraft += 1 << (7 - len);
      }
      return kraft === 128;
    }
    return fixedBlock(bit, bits);
  } catch {
    // The data ends inside the block's start: too short to tell, decoded (it is short).
    return true;
  }
}

/** A fixed-Huffman block's first 32 symbols: literals, the end, or a length and a distance within the output. */
function fixedBlock(bit: () => number, bits: (n: number) => number): boolean {
  let out = 0;
  for (let n = 0; n < 32; n++) {
    let code = 0;
    for (let k = 0; k < 7; k++) code = (code << 1) | bit();
    let sym: number;
    if (code <= 23) sym = 256 + code;
    else {
      code = (code << 1) | bit();
      if (code >= 0x30 && code <= 0xbf) sym = code - 0x30;
      else if (code >= 0xc0 && code <= 0xc7) sym = 280 + code - 0xc0;
      else sym = 144 + ((code << 1) | bit()) - 0x190;
    }
    if (sym === 256) return true;
    if (sym < 256) {
      out++;
      continue;
    }
    if (sym > 285) return false;
    const li = sym - 257;
    const length = LEN_BASE[li]! + (li >= 8 && li < 28 ? bits((li >> 2) - 1) : 0);
    let dcode = 0;
    for (let k = 0; k < 5; k++) dcode = (dcode << 1) | bit();
    if (dcode > 29) return false;
    const dist = DIST_BASE[dcode]! + (dcode >= 4 ? bits((dcode >> 1) - 1) : 0);
    if (dist > out) return false;
    out += length;
  }
  return true;
}
