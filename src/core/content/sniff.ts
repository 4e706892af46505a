/** gh refuses a file whose first 3,072 bytes hold one of these (mimetype's binary test). */
const SNIFF_BYTES = 3072;
const isGhBinaryByte = (b: number): boolean =>
  b <= 0x08 || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f);
/** Text that starts like these is detected as a binary type by gh's sniffer, so it cannot be a text file. */
const BINARY_MAGIC = ['%PDF-', '%!PS', 'GIF87a', 'GIF89a', '{\\rtf'].map((m) => Buffer.from(m, 'latin1'));

/** Thrown while streaming a file read as text that turns out not to be text. */
export class NotText extends Error {}

/**
 * True when a chunk at `offset` in its file shows the file is not text: a binary magic number at
 * the start, a NUL anywhere, or a control byte where gh sniffs (its first 3,072 bytes).
 * Invalid UTF-8 is the decoder's to find.
 */
export function looksBinary(chunk: Buffer, offset: number): boolean {
  if (offset === 0 && BINARY_MAGIC.some((m) => chunk.subarray(0, m.length).equals(m))) return true;
  if (chunk.indexOf(0) !== -1) return true;
  for (let i = 0, end = Math.min(chunk.length, SNIFF_BYTES - offset); i < end; i++) {
    if (isGhBinaryByte(chunk[i]!)) return true;
  }
  return false;
}

const NON_WHITESPACE = /\S/;

/** True if the chunk holds anything but whitespace (ASCII fast path, Unicode-aware otherwise). */
export function hasContent(chunk: Buffer): boolean {
  for (let i = 0; i < chunk.length; i++) {
    const b = chunk[i]!;
    if (b >= 0x80) return NON_WHITESPACE.test(chunk.toString('utf8'));
    if (b > 0x20) return true;
  }
  return false;
}
