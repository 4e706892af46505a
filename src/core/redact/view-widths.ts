/**
 * Whether the normalised view (normalise.ts) kept the widths of a hit's lines, for the passes that read lines' widths
 * (a hard wrap's, a log's columns: hard-wraps.ts, layouts.ts). Decoding changes a line's width (`password%253D…` is 20
 * characters shorter decoded): a URL-encoded line that decodes to a wrap column's width was read as cut there, its
 * value joined with the next line's first word, which was learned and replaced in every file (attack 57). Terminal
 * sequences and a line's `\r` are no width (a terminal wraps at its visible columns, which the view keeps).
 */
import { toOriginal, type View } from './view-map.js';

/** A terminal's sequences: CSI, OSC (ended by BEL or ST), other ESC sequences. */
const TERMINAL = /\x1b(?:\[[0-9;?<=>!]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])/g;

/** The view's line [vs, ve) has the width of the original it came from (terminal sequences and `\r` aside). */
function sameWidth(text: string, view: View, vs: number, ve: number): boolean {
  if (ve <= vs) return true;
  const [os, oe] = toOriginal(view, vs, ve);
  if (oe - os === ve - vs) return true;
  return text.slice(os, oe).replace(TERMINAL, '').replace(/\r$/, '').length === ve - vs;
}

/** Whether the view kept the widths of the line holding view position `p` and of the line before it. */
export function widthsKept(text: string, view: View, p: number): boolean {
  const v = view.text;
  const vs = v.lastIndexOf('\n', p - 1) + 1;
  let ve = v.indexOf('\n', p);
  if (ve === -1) ve = v.length;
  if (!sameWidth(text, view, vs, ve)) return false;
  return vs === 0 || sameWidth(text, view, v.lastIndexOf('\n', vs - 2) + 1, vs - 1);
}
