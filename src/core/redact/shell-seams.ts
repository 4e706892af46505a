/**
 * A token a shell line spells in quoted pieces glued together (attack 51): `export X=$'\x68\x66\x5f'uJW…` (ANSI-C
 * quoting of its first characters, the view decodes them in place), `Bearer AKIAZS'"TO63V3…"` (a single-quoted piece
 * then a double-quoted one). The shell joins the pieces into one word; the other passes saw two. Here the text is read
 * with each seam (one or two quotes between two token characters) taken out (joined.ts), on lines that show the shell's
 * concatenation (`$'`, `'"`, `"'`), and a hit that crosses a seam is kept, each piece replaced in place. Prose's
 * apostrophes (`don't`) on other lines are left alone.
 */
import { cutViewPass } from './cut-view.js';
import { isTokenChar } from './escapes.js';
import type { Hit, Pass } from './pass.js';

/** A line shows the shell's concatenation of quoted pieces. */
const CONCAT = /\$'|'"|"'/;
const SEAM = /['"]{1,2}/g;

/** The seams between quoted pieces on the lines that show the shell's concatenation. */
function seamCuts(text: string): [number, number][] {
  const cuts: [number, number][] = [];
  let [lineStart, lineEnd, shelly] = [-1, -1, false];
  SEAM.lastIndex = 0;
  for (let m = SEAM.exec(text); m !== null; m = SEAM.exec(text)) {
    const [s, e] = [m.index, m.index + m[0].length];
    if (s >= lineEnd) {
      lineStart = text.lastIndexOf('\n', s) + 1;
      lineEnd = text.indexOf('\n', s);
      if (lineEnd === -1) lineEnd = text.length;
      shelly = CONCAT.test(text.slice(lineStart, lineEnd));
    }
    if (shelly && isTokenChar(text.charCodeAt(s - 1)) && isTokenChar(text.charCodeAt(e))) cuts.push([s, e]);
  }
  return cuts;
}

/** The pass: `detect` gives the other passes' (but `self`'s) hits in a text. */
export function shellSeamViewPass(detect: (text: string, self: Pass) => Hit[]): Pass {
  return cutViewPass(seamCuts, detect, (text) => CONCAT.test(text));
}
