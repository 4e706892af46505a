/**
 * Text in wide encodings a recipient's editor reads: UTF-32 (with or without a byte-order mark,
 * either byte order; decoded by hand, Node has no UTF-32 decoder) and UTF-16 (TextDecoder), as
 * UTF-8 bytes to scan.
 */

/** The byte order of UTF-32 text (by its mark, or three NULs in each code unit of its first 64 bytes), or null. */
function utf32Order(buf: Buffer): 'le' | 'be' | null {
  if (buf.length < 8) return null;
  if (buf.readUInt32LE(0) === 0xfeff) return 'le';
  if (buf.readUInt32BE(0) === 0xfeff) return 'be';
  const n = Math.min(buf.length & ~3, 64);
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 4) {
    if (buf[i] !== 0 && buf[i + 1] === 0 && buf[i + 2] === 0 && buf[i + 3] === 0) le++;
    if (buf[i] === 0 && buf[i + 1] === 0 && buf[i + 2] === 0 && buf[i + 3] !== 0) be++;
  }
  return le >= (n / 4) * 0.75 ? 'le' : be >= (n / 4) * 0.75 ? 'be' : null;
}

/** UTF-32 text decoded to UTF-8 (a code point out of range reads as a line break), or null when it is none. */
export function utf32Text(buf: Buffer): Buffer | null {
  const order = utf32Order(buf);
  if (!order) return null;
  let out = '';
  for (let i = 0; i + 4 <= buf.length; i += 4) {
    const cp = order === 'le' ? buf.readUInt32LE(i) : buf.readUInt32BE(i);
    out += cp < 0x110000 && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\n';
  }
  return Buffer.from(out, 'utf8');
}

/** The byte order of UTF-16 text (its mark, or a NUL at every other byte of its first 64 bytes), or null. */
function utf16Order(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (buf.length < 8) return null;
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  const n = Math.min(buf.length & ~1, 64);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even++;
    if (buf[i + 1] === 0) odd++;
  }
  return odd >= (n / 2) * 0.75 && even === 0 ? 'utf-16le' : even >= (n / 2) * 0.75 && odd === 0 ? 'utf-16be' : null;
}

/** UTF-32 or UTF-16 text decoded to a string, or null when `buf` reads as neither. */
export function wideText(buf: Buffer): string | null {
  const u32 = utf32Text(buf);
  if (u32) return u32.toString('utf8');
  const order = utf16Order(buf);
  return order ? new TextDecoder(order).decode(buf) : null;
}
