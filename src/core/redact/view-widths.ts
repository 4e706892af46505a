/**
 * Whether the normalised view (normalise.ts) kept the widths of a hit's lines, for the passes that read lines' widths
 * (a hard wrap's, a log's columns: hard-wraps.ts, layouts.ts). Decoding changes a line's width (`password%253D…` is 20
 * characters shorter decoded): a URL-encoded line that decodes to a wrap column's width was read as cut there, its
 * value joined with the next line's first word, which was learned and replaced in every file (attack 57). Terminal
 * sequences and a line's `\r` are no width (a terminal wraps at its visible columns, which the view keeps).
 */
import type { Hit } from './pass.js';
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

/**
 * For view positions: whether the view kept the widths of the line holding it and of the line before it. Each line is
 * judged once (a long line of many hits: each read it whole).
 */
function widthsKeeper(text: string, view: View): (p: number) => boolean {
  const v = view.text;
  const lines = new Map<number, boolean>();
  const kept = (vs: number): boolean => {
    let known = lines.get(vs);
    if (known === undefined) {
      const ve = v.includes('\n', vs) ? v.indexOf('\n', vs) : v.length;
      known = sameWidth(text, view, vs, ve);
      lines.set(vs, known);
    }
    return known;
  };
  return (p) => {
    const vs = v.lastIndexOf('\n', p - 1) + 1;
    return kept(vs) && (vs === 0 || kept(v.lastIndexOf('\n', vs - 2) + 1));
  };
}

/**
 * Whether the view's line break at `nl` had a terminal sequence right before it in the original (`…<token>ESC[0m` then
 * the break): the program ended what it printed there, a terminal's wrap puts no sequence inside a token (attack 58: a
 * Bearer token's colour reset, then a Stripe id on the next line read as the token's rest).
 */
function codeBeforeBreak(text: string, view: View, nl: number): boolean {
  if (nl <= 0) return false;
  const [, oe] = toOriginal(view, nl - 1, nl);
  const tail = text.slice(oe, oe + 64);
  return /^\x1b\[[0-9;]*m(?:\x1b\[[0-9;]*m)*\r?\n/.test(tail);
}

/**
 * The hits (on the view) on lines whose widths the view kept, and on lines after such (widthsKeeper); not the rest of a
 * value joined across a break that a terminal sequence ended in the original (codeBeforeBreak): a piece that starts
 * the line after a piece of the same rule ending its line.
 */
export function keptWidths(text: string, view: View, hits: Hit[]): Hit[] {
  if (view.vStart.length === 0 || hits.length === 0) return hits;
  const kept = widthsKeeper(text, view);
  const v = view.text;
  const rest = (h: Hit, i: number): boolean => {
    const a = hits[i - 1];
    if (a === undefined || a.rule !== h.rule || !/^\r?\n$/.test(v.slice(a.end, h.start))) return false;
    return codeBeforeBreak(text, view, v.indexOf('\n', a.end));
  };
  return hits.filter((h, i) => kept(h.start) && !rest(h, i));
}
