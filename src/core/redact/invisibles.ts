/**
 * Characters a view reads otherwise than they are written (normalise.ts): those that print as nothing (zero-width
 * characters, a soft hyphen, which shows only at a line's end, bidi marks, variation selectors, Hangul fillers: the
 * Default_Ignorable_Code_Point set, ignorable.ts) are removed; Unicode spaces (no-break U+00A0,
 * U+2000-U+200A, narrow no-break U+202F, ideographic U+3000) read as an ASCII space, or as nothing inside a token;
 * typographic dashes (ignorable.ts's isTypoDash) as `-` inside a token.
 */
import { decodeEscape, isTokenChar } from './escapes.js';
import { IGNORABLE_OR_SPACE, isIgnorableChar, isTypoDash } from './ignorable.js';
export { isTypoDash } from './ignorable.js';
export { ignorableAt, isIgnorableChar } from './ignorable.js';

/**
 * Characters that print as nothing (Default_Ignorable_Code_Point: ignorable.ts; a soft hyphen shows only at a line's
 * end), Unicode spaces (read as ' ') and typographic dashes (isTypoDash): the search finds the three kinds.
 */
const ZERO_WIDTH_OR_SPACE = new RegExp(
  `${IGNORABLE_OR_SPACE.source.slice(0, -1)}\\u2010-\\u2015\\u2212\\ufe63\\uff0d]`,
  'gu',
);

export const isUnicodeSpace = (c: number): boolean =>
  c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
export const isSpaceOrDash = (c: number): boolean => isUnicodeSpace(c) || isTypoDash(c);

/**
 * The next zero-width character, Unicode space or typographic dash at or after `from`, or Infinity (a search of a
 * one-byte text costs 0.3 ms per MB).
 */
export function nextZeroWidthOrSpace(text: string, from: number): number {
  ZERO_WIDTH_OR_SPACE.lastIndex = from;
  return ZERO_WIDTH_OR_SPACE.exec(text)?.index ?? Infinity;
}

/**
 * The run of Unicode spaces at text[i] (`from` bounds the look back): its end, and whether it is inside a token (token
 * characters on both sides, the 8 before it not lower-case letters or a capital then lower-case ones:
 * `sk-ant-api03-…\u00a0…`, `AIzaSyAb\u00a0…`, not `password\u00a0hunter2`, `Password\u00a0…`), where it reads as
 * nothing and the original line is read too (a token followed by a word).
 */
export function unicodeSpaceRun(text: string, i: number, from: number): { to: number; inToken: boolean } {
  let to = i + 1;
  while (isUnicodeSpace(text.charCodeAt(to))) to++;
  let at = i;
  const inRun = (c: number): boolean => isTokenChar(c) || c === 0x2e;
  while (at > from && i - at < 8 && inRun(text.charCodeAt(at - 1))) at--;
  const before = text.slice(at, i);
  const inToken = i - at === 8 && /[^A-Za-z]|[a-z][A-Z]|^[A-Z]+$/.test(before) && isTokenChar(text.charCodeAt(to));
  return { to, inToken };
}

/** A typographic dash read as `-` (a decoded `&ndash;`, `&#8209;`); anything else as it is. */
export const dashAsHyphen = (s: string): string => (s.length === 1 && isTypoDash(s.charCodeAt(0)) ? '-' : s);

/**
 * The view's edit at text[i] of a run of Unicode spaces (unicodeSpaceRun: ' ', or nothing inside a token) or of a
 * typographic dash (`-` between two token characters, `sk\u2011proj\u2011…`; elsewhere none, char null); lossy when
 * the line as written must be read too (`API key\u2014sk-…`: the dash was a separator there).
 */
export function spaceOrDashEdit(
  text: string,
  i: number,
  from: number,
  prev: number,
): { to: number; char: string | null; lossy: boolean } {
  if (!isTypoDash(text.charCodeAt(i))) {
    const run = unicodeSpaceRun(text, i, from);
    return { to: run.to, char: run.inToken ? '' : ' ', lossy: run.inToken };
  }
  const inToken = isTokenChar(prev) && isTokenChar(text.charCodeAt(i + 1));
  return { to: i + 1, char: inToken ? '-' : null, lossy: inToken };
}

/**
 * Where the low half of an escaped surrogate pair (`\udb40\udc41`, `high` decoded, the next escape at `at`) of a
 * character that prints as nothing (a tag character) ends, or -1.
 */
export function ignorablePairEnd(text: string, high: string, at: number): number {
  const c = high.charCodeAt(0);
  if (high.length !== 1 || c < 0xd800 || c > 0xdbff || text.charCodeAt(at) !== 0x5c) return -1;
  const low = decodeEscape(text, at + 1);
  return low && isIgnorableChar(high + low.char) ? low.end : -1;
}
