/**
 * Where text is hard-wrapped: the evidence that a line break cut a value, for the readers that join a line's value with
 * the next line's start (wraps.ts' wrappedTails, narrow-wraps.ts' namedCut). A line of any width that ends in a value,
 * then a line that starts with a word holding digits (`password=…` then `ssh-ed25519 AAAA… ci@build`, `…&useSSL=false`
 * then `task-o2u2… risk-high`) is two lines: joined, the next line's word was redacted, learned, and redacted in every
 * file (attack 57).
 */
/**
 * The columns a hard wrap cuts at (`fold -w 40`, base64's 64 and 76, an editor's 72, 79, 80, 100, 120): a value on the
 * line after its label (next-lines.ts) that ends at one of them and goes on at the next line's start was wrapped.
 */
export const WRAP_COLUMNS = new Set([32, 40, 48, 50, 60, 64, 70, 72, 76, 78, 79, 80, 100, 120]);

/** The length of the line break at `i` (`\n`, `\r\n`, or `\n` escaped in a JSON string), or 0. */
export function breakAt(text: string, i: number): number {
  if (text.charCodeAt(i) === 13) return text.charCodeAt(i + 1) === 10 ? 2 : 0;
  if (text.charCodeAt(i) === 10) return 1;
  return text.charCodeAt(i) === 92 && text.charCodeAt(i + 1) === 110 ? 2 : 0;
}

/** The length of the line break that ends right before `at` (`\n`, `\r\n`, or their escapes in a JSON string), or 0. */
function breakBefore(text: string, at: number): number {
  if (text.charCodeAt(at - 1) === 10) return text.charCodeAt(at - 2) === 13 ? 2 : 1;
  if (text.charCodeAt(at - 1) !== 110 || text.charCodeAt(at - 2) !== 92) return 0;
  return text.charCodeAt(at - 3) === 114 && text.charCodeAt(at - 4) === 92 ? 4 : 2;
}

/**
 * Whether a line [from, from + width) ends where text is hard-wrapped: at a wrap column (WRAP_COLUMNS), or at the width
 * of the line before it (a terminal's capture, wrapped at its own width), its breaks real or escaped (a JSON log's).
 */
export function atWrapColumn(text: string, from: number, width: number): boolean {
  if (WRAP_COLUMNS.has(width)) return true;
  const br = breakBefore(text, from);
  if (br === 0 || width <= 0) return false;
  const before = from - br;
  // Read back at most one character past the width (a longer line is no wrap at it).
  let start = before;
  while (start > 0 && before - start <= width && breakBefore(text, start) === 0) start--;
  return before - start === width && (start === 0 || breakBefore(text, start) > 0);
}
