/**
 * The normalised view (normalise.ts) of text whose only edits are colour codes (`ESC [ params m`, what a coloured log
 * is full of): the view ViewBuilder makes, its text made by one native replace instead of a join of the thousands of
 * pieces between the codes (the join was half of normalise's time on bench:redact's log text).
 */
import { ESC, htmlEntity, isTokenChar } from './escapes.js';
import type { View } from './view-map.js';

/** The colour codes ViewBuilder.escape removes: ESC, `[`, digits and `;`, `m`, shorter than 64 characters. */
const CODES = /\x1b\[[0-9;]{0,61}m/g;

/**
 * The view of text holding no other character a view decodes than ESC and `&`, or undefined when one of its ESCs
 * starts no colour code or one of its `&` a character reference (ViewBuilder then reads them). A code glued between two
 * token characters (of the view) is lossy, as ViewBuilder.escape says.
 */
export function colourView(text: string): View | undefined {
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) if (htmlEntity(text, i)) return undefined;
  const vStart: number[] = [];
  const oStart: number[] = [];
  const oLen: number[] = [];
  const lossyAt: number[] = [];
  // The end of the last code, the view's character before it, and how much the codes before have removed.
  let copied = 0;
  let lastChar = -1;
  let removed = 0;
  for (let i = text.indexOf(ESC); i !== -1; i = text.indexOf(ESC, copied)) {
    if (text.charCodeAt(i + 1) !== 0x5b) return undefined;
    let k = i + 2;
    let d = text.charCodeAt(k);
    while ((d >= 0x30 && d <= 0x39) || d === 0x3b) d = text.charCodeAt(++k);
    if (d !== 0x6d || k - i >= 64) return undefined;
    const to = k + 1;
    const prev = i > copied ? text.charCodeAt(i - 1) : lastChar;
    if (isTokenChar(prev) && to < text.length && isTokenChar(text.charCodeAt(to))) lossyAt.push(i);
    if (i > copied) lastChar = prev;
    vStart.push(i - removed);
    oStart.push(i);
    oLen.push(to - i);
    removed += to - i;
    copied = to;
  }
  if (vStart.length === 0) return undefined;
  const vLen = new Array<number>(vStart.length).fill(0);
  return { text: text.replace(CODES, ''), lossy: lossyAt.length > 0, lossyAt, vStart, vLen, oStart, oLen };
}
