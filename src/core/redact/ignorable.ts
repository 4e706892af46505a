/**
 * Unicode's Default_Ignorable_Code_Point set (DerivedCoreProperties.txt, as the engine's `\p{…}` class has it):
 * characters a renderer shows as nothing when it cannot show them: zero-width
 * characters, the soft hyphen, bidi marks, embeddings and isolates (U+200E/F, U+202A-E, U+2066-9), variation
 * selectors, Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), invisible math operators (U+2061-4), the combining
 * grapheme joiner, tag characters (U+E0000-E0FFF) and the rest. A view reads each as nothing (normalise.ts), so one
 * inside a token no longer cuts it.
 */
/**
 * The set's ranges, as `\p{Default_Ignorable_Code_Point}` gives them in Node 20 (test/redact-slots20 checks every code
 * point against the class: a table built at start-up from the class cost 30 ms of every run).
 */
const RANGES: readonly (readonly [number, number])[] = [
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfff8],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe0fff],
];

/** True for a default-ignorable code point. */
export function isIgnorable(cp: number): boolean {
  if (cp < 0xad) return false;
  for (const [a, b] of RANGES) if (cp <= b) return cp >= a;
  return false;
}

/** The length (0, 1 or 2 code units) of the default-ignorable character at text[i]. */
export function ignorableAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xad) return 0;
  if (c < 0xd800 || c > 0xdbff) return isIgnorable(c) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && isIgnorable(cp) ? 2 : 0;
}

/** True when `s` is one default-ignorable character (a decoded escape or reference). */
export const isIgnorableChar = (s: string): boolean => s.length > 0 && s.length <= 2 && ignorableAt(s, 0) === s.length;

/** The set and the Unicode spaces (invisibles.ts), for a search. */
export const IGNORABLE_OR_SPACE = /[\p{Default_Ignorable_Code_Point}\u00a0\u2000-\u200a\u202f\u3000]/gu;

/**
 * A typographic dash (hyphen U+2010, non-breaking hyphen U+2011, figure dash, en and em dashes, the horizontal bar,
 * the minus sign, small and full-width hyphen-minus), which copy and paste or a reader turns back into `-`: inside a
 * token (`sk\u2011proj\u2011…`, `re\u2013…`) the view reads `-`, so the token is whole for every pass.
 */
export const isTypoDash = (c: number): boolean =>
  (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63 || c === 0xff0d;
