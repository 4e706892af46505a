/**
 * The lines of a hex dump (`xxd`, `hexdump -C`, `od -A x -t x1z`): an offset, then hex bytes in groups of 1 to 8
 * (`xxd -g`), then maybe the characters. Shared by dumps.ts, which decodes a block of them whole, and byte-lists.ts,
 * which leaves the rows of such a block to it.
 */
import { lineEndWithin, lineStartWithin } from './line-heads.js';

/**
 * One dump line: an offset (xxd `00000010:`, hexdump/od `00000010`, `curl --trace`'s `0010:`,
 * `10000:` past 64 KiB), then hex bytes in
 * groups of 1 to 8 (`xxd -g`), then maybe the characters.
 */
export const DUMP_LINE =
  /^[ \t]*(?:[0-9a-fA-F]{6,8}:?|[0-9a-fA-F]{4,5}:)(?:[ \t]+(?:[0-9a-fA-F]{2}){1,8}){2,64}[ \t]*(?:[ \t].*)?$/;

/** The longest row read: `xxd -c 64` and its characters (a longer line is no row, and is not read again). */
const MAX_ROW = 400;

/** Whether the line starting at `start` (its `\r` aside) is a dump line of at most MAX_ROW characters. */
function dumpRowAt(text: string, start: number): boolean {
  const nl = lineEndWithin(text, start, MAX_ROW);
  return nl !== -1 && DUMP_LINE.test(text.slice(start, nl).replace(/\r$/, ''));
}

/**
 * Whether `at` is on a dump line beside another (the line before or after it): a row of a block that dumps.ts
 * decodes whole, whose 16 bytes alone are a cut piece of what the dump holds (a UUID's or a hash's middle), not a
 * token of their own.
 */
export function inDumpBlock(text: string, at: number): boolean {
  // Every scan bounded by a row's longest: a one-line text of many lists is not walked back at each.
  const start = lineStartWithin(text, at, MAX_ROW);
  if (start === -1 || !dumpRowAt(text, start)) return false;
  const end = lineEndWithin(text, at, MAX_ROW);
  if (end !== -1 && end + 1 < text.length && dumpRowAt(text, end + 1)) return true;
  const before = start > 0 ? lineStartWithin(text, start - 1, MAX_ROW) : -1;
  return before !== -1 && dumpRowAt(text, before);
}
