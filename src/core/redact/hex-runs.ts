/**
 * Hex-encoded text in a run of base64 characters (base64.ts finds the runs): `736b2d616e74…` is
 * `sk-ant…` spelled in hex, as `xxd -p`, `.hex()` or `Buffer.toString('hex')` print it. Digests
 * and other random bytes are passed over on their first eight bytes.
 */
import { isUtf8 } from 'node:buffer';
import { hexAt, isHex } from './escapes.js';

/** The fewest hex digits decoded (16 bytes). */
const MIN_HEX = 32;
const printable = (b: number): boolean => (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d;

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
    if (b < 0 || !printable(b)) return null;
  }
  let e = s + 16;
  while (e < end && isHex(text.charCodeAt(e))) e++;
  e -= (e - s) & 1;
  if (e - s < MIN_HEX) return null;
  const data = Buffer.from(text.slice(s, e), 'hex');
  if (!isUtf8(data)) return null;
  let shown = 0;
  for (const b of data) if (printable(b) || b >= 0x80) shown++;
  return shown >= data.length * 0.95 ? { start: s, end: e, decoded: data.toString('utf8') } : null;
}
