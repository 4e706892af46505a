/**
 * The text of a list of UTF-16 code units of any length. `String.fromCharCode(...codes)` passes each code as an
 * argument, on the stack: a list of about 120,000 overflowed it (a 200 KiB line of base32-looking letters decoded to
 * 125,000 bytes, and the file was dropped as "could not be read").
 */
export function charsOf(codes: readonly number[]): string {
  let s = '';
  for (let i = 0; i < codes.length; i += 4096) s += String.fromCharCode(...codes.slice(i, i + 4096));
  return s;
}
