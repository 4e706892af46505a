/**
 * The lines of a YAML block below its header's line (a block scalar after `key: |` or `key: >-`, the block under an
 * anchor alone on its line): formats.ts' block scalars, unlisted-pass.ts' transliterated names and yaml-aliases.ts'
 * anchors read them alike.
 */
import { isSpaceOrTab, isWhiteSpace } from './escapes.js';

export interface BlockReading {
  /** At most this many lines are read. */
  max?: number;
  /** A blank line ends the block (a name's value read with no parser: what runs on past it is another thing). */
  stopAtBlank?: boolean;
}

/**
 * From `from` (the start of the first line under the header), the lines indented deeper than `indent`, up to the first
 * that is not; blank lines are passed over unless `stopAtBlank`. Each line's [start, end): its content, indent and
 * trailing blanks (and a `\r`) off.
 */
export function blockLines(text: string, from: number, indent: number, reading: BlockReading = {}): [number, number][] {
  const { max = Number.POSITIVE_INFINITY, stopAtBlank = false } = reading;
  const lines: [number, number][] = [];
  let pos = from;
  while (pos < text.length && lines.length < max) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd === -1) lineEnd = text.length;
    let start = pos;
    while (start < lineEnd && isSpaceOrTab(text.charCodeAt(start))) start++;
    let end = lineEnd;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end === start) {
      if (stopAtBlank) break;
    } else {
      if (start - pos <= indent) break;
      lines.push([start, end]);
    }
    pos = lineEnd + 1;
  }
  return lines;
}
