/**
 * A token continued over a line break by a backslash glued to it (round 40, attack 40 class D): the shell drops a
 * `\` and the line break after it inside a word (`--token r8_abc\` then `def --region …`), and so do double-quoted
 * strings of the shell, Python and YAML (`"eyJ….\` then `sig"`). continuations.ts reads such a value after a secret
 * name and `=` or `:`; a flag's value, a header's or one with no name before it was read only up to the break, and its
 * rest on the next line went out. Here the text is read with those breaks taken out (joined.ts) by the other passes,
 * and a hit that crosses one is kept, each piece replaced in place. A break is joined when a token character stands
 * before the backslash and after the line break; the next line may be indented no deeper than the first (a shell
 * line in a YAML or Markdown block): a deeper indent after a backslash begins the next word (`a\` then `  b`).
 */
import { isSpaceOrTab, isTokenChar } from './escapes.js';
import { cutViewPass } from './cut-view.js';
import type { Hit, Pass } from './pass.js';

/** A token character or `.` (a JSON Web Token's). */
const pieceChar = (c: number): boolean => isTokenChar(c) || c === 46;

/** The indentation of the line holding `at`. */
function indentAt(text: string, at: number): number {
  const s = text.lastIndexOf('\n', at - 1) + 1;
  let i = s;
  while (i < at && isSpaceOrTab(text.charCodeAt(i))) i++;
  return i - s;
}

const BREAK = /\\\r?\n/g;

/** The glued continuations: a backslash, the line break and the next line's indent, between two token characters. */
function gluedBreaks(text: string): [number, number][] {
  const cuts: [number, number][] = [];
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m !== null; m = BREAK.exec(text)) {
    const i = m.index;
    if (i === 0 || !pieceChar(text.charCodeAt(i - 1)) || text.charCodeAt(i - 2) === 92) continue;
    const s = i + m[0].length;
    let e = s;
    while (e - s < 64 && isSpaceOrTab(text.charCodeAt(e))) e++;
    if (!pieceChar(text.charCodeAt(e)) || e - s > indentAt(text, i)) continue;
    cuts.push([i, e]);
  }
  return cuts;
}

/** The pass: `detect` gives the other passes' (but `self`'s) hits in a text. */
export function continuedViewPass(detect: (text: string, self: Pass) => Hit[]): Pass {
  return cutViewPass(gluedBreaks, detect, (text) => text.includes('\\\n') || text.includes('\\\r\n'));
}
