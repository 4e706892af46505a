/**
 * Text a recipient reads back from its Unicode dress (attack 51), candidates of the one-step decoders (one-step.ts):
 * - a combining mark after each character (`A̶I̶z̶a̶…`: a strike-through or underline generator's U+0336, U+0332) and
 *   enclosed letters and digits (`ⒶⓀⒾⒶ…`, `🄰`): read in NFKC, the marks taken out;
 * - Unicode tag characters (U+E0020-E007E, invisible: "ASCII smuggling" of a prompt), each an ASCII character;
 * - variation selectors carrying bytes (U+FE00-FE0F are 0-15, U+E0100-E01EF 16-255), the emoji smuggling trick.
 * Each starts only on text holding one of those characters, reads a bounded run and is kept only when it decodes to
 * MIN printable ASCII characters or more.
 */
import type { Candidate } from './candidate.js';

const MIN = 12;
const MAX_OUT = 64;

/** Combining marks (the blocks a decorating generator uses). */
const MARKS = '\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f';
/** Enclosed alphanumerics (circled, parenthesised), and the supplement's squared, circled letters (U+1F100-1F19F). */
const ENCLOSED = '\\u2460-\\u24ff';
// Classes of combining marks on purpose (each mark is matched alone, then taken out): no misleading class.
/* eslint-disable no-misleading-character-class */
const HINT = new RegExp(`[${MARKS}${ENCLOSED}\\ufe00-\\ufe0f]|\\ud83c[\\udd00-\\udd9f]|\\udb40[\\udc00-\\uddef]`);
const DRESSED = new RegExp(
  `(?:[\\w+/=.~:-][${MARKS}]*|[${ENCLOSED}][${MARKS}]*|\\ud83c[\\udd00-\\udd9f]){${MIN},2048}`,
  'g',
);
const MARK = new RegExp(`[${MARKS}]`, 'g');
/* eslint-enable no-misleading-character-class */
const TAGS = /(?:\udb40[\udc20-\udc7e]){12,2048}/g;
const SELECTORS = /(?:[\ufe00-\ufe0f]|\udb40[\udd00-\uddef]){12,2048}/g;

const printableAscii = (s: string): boolean => s.length >= MIN && /^[\x20-\x7e]+$/.test(s);

function dressedRuns(text: string, out: Candidate[]): void {
  DRESSED.lastIndex = 0;
  for (let m = DRESSED.exec(text); m !== null && out.length < MAX_OUT; m = DRESSED.exec(text)) {
    if (!HINT.test(m[0])) continue;
    const decoded = m[0].normalize('NFKC').replace(MARK, '');
    if (printableAscii(decoded))
      out.push({ ranges: [[m.index, m.index + m[0].length]], decoded, kind: 'unicode-dress', random: true });
  }
}

function tagRuns(text: string, out: Candidate[]): void {
  TAGS.lastIndex = 0;
  for (let m = TAGS.exec(text); m !== null && out.length < MAX_OUT; m = TAGS.exec(text)) {
    const decoded = [...m[0]].map((c) => String.fromCharCode(c.codePointAt(0)! - 0xe0000)).join('');
    if (printableAscii(decoded))
      out.push({ ranges: [[m.index, m.index + m[0].length]], decoded, kind: 'unicode-tags', random: true });
  }
}

function selectorRuns(text: string, out: Candidate[]): void {
  SELECTORS.lastIndex = 0;
  for (let m = SELECTORS.exec(text); m !== null && out.length < MAX_OUT; m = SELECTORS.exec(text)) {
    const bytes = [...m[0]].map((c) => {
      const cp = c.codePointAt(0)!;
      return cp <= 0xfe0f ? cp - 0xfe00 : cp - 0xe0100 + 16;
    });
    const decoded = Buffer.from(bytes).toString('utf8');
    if (printableAscii(decoded))
      out.push({ ranges: [[m.index, m.index + m[0].length]], decoded, kind: 'unicode-selectors', random: true });
  }
}

/** Candidates of every dress above, on text that holds one of their characters. */
export function decoratedCandidates(text: string): Candidate[] {
  if (!HINT.test(text)) return [];
  const out: Candidate[] = [];
  dressedRuns(text, out);
  if (text.includes('\udb40')) {
    tagRuns(text, out);
    selectorRuns(text, out);
  } else if (/[\ufe00-\ufe0f]/.test(text)) selectorRuns(text, out);
  return out;
}
