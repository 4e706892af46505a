/**
 * Hex-encoded text in a run of base64 characters (base64.ts finds the runs): `736b2d616e74…` is
 * `sk-ant…` spelled in hex, as `xxd -p`, `.hex()` or `Buffer.toString('hex')` print it (or its UTF-16). Digests
 * and other random bytes are passed over on their first eight bytes.
 */
import { isUtf8 } from 'node:buffer';
import { hexAt, isHex } from './escapes.js';

/** The fewest hex digits decoded (16 bytes). */
const MIN_HEX = 32;
const printable = (b: number): boolean => (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d;

/** UTF-16 bytes (a NUL at every other place, either byte order) without their NULs; other bytes as they are. */
function withoutNuls(data: Buffer): Buffer {
  const odd = data[1] === 0 ? 1 : 0;
  for (let i = odd; i < data.length; i += 2) if (data[i] !== 0 || data[i + 1 - 2 * odd] === 0) return data;
  return data.filter((_, i) => (i & 1) !== odd) as Buffer;
}

/**
 * The hex digits at text[start, end) (after a `0x`) when they decode to text: their range and the text; else null.
 * An odd digit at the end is left out (a digit of what follows).
 */
export function hexText(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; decoded: string } | null {
  let s = start;
  if (text.charCodeAt(s) === 48 && (text.charCodeAt(s + 1) | 32) === 120) s += 2;
  for (let i = s; i < s + 16; i += 2) {
    const b = hexAt(text, i, 2);
    if (b < 0 || (!printable(b) && b !== 0)) return null;
  }
  let e = s + 16;
  while (e < end && isHex(text.charCodeAt(e))) e++;
  e -= (e - s) & 1;
  if (e - s < MIN_HEX) return null;
  let data: Buffer = Buffer.from(text.slice(s, e), 'hex');
  // UTF-16 in hex (`0073006b…`, `73006b00…`): read without its NULs; other bytes with NULs are no text.
  if (data.includes(0)) data = withoutNuls(data);
  if (data.length < MIN_HEX / 2 || !isUtf8(data)) return null;
  let shown = 0;
  for (const b of data) if (printable(b) || b >= 0x80) shown++;
  return shown >= data.length * 0.95 ? { start: s, end: e, decoded: data.toString('utf8') } : null;
}
