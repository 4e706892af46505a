/**
 * The escapes and sequences the normalised view decodes (normalise.ts): JSON/JS/Python escapes,
 * terminal sequences (raw or spelled as escapes) and HTML character references.
 */
import { isIgnorable, isTypoDash } from './ignorable.js';
export const ESC = '\x1b';

export const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
export const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A space or a tab (a code past the text's end, NaN, is none). */
export const isSpaceOrTab = (c: number): boolean => c === 32 || c === 9;
/** A space, a tab or a line break (CR or LF). */
export const isWhiteSpace = (c: number): boolean => isSpaceOrTab(c) || c === 10 || c === 13;
export const isTokenChar = (c: number): boolean => isAlnum(c) || c === 95 || c === 45 || c === 43 || c === 47;

export function hexAt(text: string, at: number, n: number): number {
  if (at + n > text.length) return -1;
  for (let i = at; i < at + n; i++) if (!isHex(text.charCodeAt(i))) return -1;
  return parseInt(text.slice(at, at + n), 16);
}

/**
 * A LaTeX macro whose name starts like an escape (`\texttt{…}`, `\newcommand{…}`, `\begin{…}`, `\frac{…}`): its
 * letters are a name, not a tab, a line break or a backspace, or a key in `\texttt{…}` reads as `exttt{…}` (attack 40).
 */
const LATEX_MACRO =
  /(?:text[a-z]*|title|table|tabular|newcommand|renewcommand|newline|nolinkurl|begin|bibitem|boldsymbol|footnote|frac|fbox|framebox|ref|rule|raisebox)[{[]/y;
/** Whether a LaTeX macro's name starts at `at` (read in place: only after `\t`, `\n`, `\r`, `\b`, `\f`). */
function latexMacro(text: string, at: number): boolean {
  LATEX_MACRO.lastIndex = at;
  return LATEX_MACRO.test(text);
}

/**
 * The escape that starts at `at` (the character after a run of backslashes): the character it
 * stands for and where it ends, or null if it is no escape. `\e` and `\033` count as ESC only
 * before `[` or `]` (a Windows path has `\e`), `\r` followed by an escaped `\n` reads as nothing.
 */
export function decodeEscape(text: string, at: number): { char: string; end: number } | null {
  const c = text[at];
  if ((c === 't' || c === 'n' || c === 'r' || c === 'b' || c === 'f') && latexMacro(text, at)) return null;
  switch (c) {
    case '"':
    case "'":
    case '/':
    case '`':
    case '_': // and below: Markdown's escapes of punctuation (`gsk\_…` as an editor saves a key pasted into a .md file)
    case '*':
    case '-':
    case '.':
    case '#':
    case '+':
    case '!':
    case '~':
    case '|':
      return { char: c, end: at + 1 };
    case 'n':
      return { char: '\n', end: at + 1 };
    case 't':
      return { char: '\t', end: at + 1 };
    case 'r':
      return { char: text[at + 1] === '\\' && /^\\+n/.test(text.slice(at + 1, at + 12)) ? '' : '\n', end: at + 1 };
    case 'b':
      return { char: '\b', end: at + 1 };
    case 'f':
      return { char: '\f', end: at + 1 };
    case 'u': {
      if (text[at + 1] === '{') {
        const close = text.indexOf('}', at + 2);
        if (close === -1 || close - at - 2 < 1 || close - at - 2 > 6) return null;
        const cp = hexAt(text, at + 2, close - at - 2);
        return cp === -1 || cp > 0x10ffff ? null : { char: String.fromCodePoint(cp), end: close + 1 };
      }
      const code = hexAt(text, at + 1, 4);
      return code === -1 ? null : { char: String.fromCharCode(code), end: at + 5 };
    }
    case 'x': {
      const code = hexAt(text, at + 1, 2);
      return code === -1 ? null : { char: String.fromCharCode(code), end: at + 3 };
    }
    case 'e':
      return text[at + 1] === '[' || text[at + 1] === ']' ? { char: ESC, end: at + 1 } : null;
    case '0':
      return text.startsWith('033', at) ? { char: ESC, end: at + 3 } : octalEscape(text, at);
    default:
      return c !== undefined && c >= '1' && c <= '7' ? octalEscape(text, at) : null;
  }
}

const isOctal = (c: number): boolean => c >= 48 && c <= 55;

/**
 * A C, shell `$'…'`, Python bytes or Perl octal escape of two or three digits (`\163`, `\63`, as C reads them: up to
 * three digits, at most 0o377) that stands for a printable character: a token with its first character (or any) so
 * escaped (`\163k-ant-…`) is read as the token. A control character (`\12`, `\0`) or a single digit (a regex's `\1`
 * backreference), or one a blank follows (CSS's hex escapes), is no escape here; a blank is, as `\040`.
 */
function octalEscape(text: string, at: number): { char: string; end: number } | null {
  let end = at;
  while (end < at + 3 && isOctal(text.charCodeAt(end))) end++;
  if (end - at < 2) return null;
  const code = parseInt(text.slice(at, end), 8);
  if (code > 0o377 && end - at === 3) end--;
  const v = parseInt(text.slice(at, end), 8);
  // A CSS escape ends in a blank (`\73 \6b `): its hex is read by code-runs.ts.
  if (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9) return null;
  // A blank written `\040` (zsh's and bash's histories, /proc/mounts): three digits only.
  if (v === 0x20 && end - at === 3) return { char: ' ', end };
  return v >= 0x21 && v <= 0x7e ? { char: String.fromCharCode(v), end } : null;
}

/** True if an escape at `at` (after its backslash run) stands for BEL (`\u0007`, `\x07`, `\a`, `\007`). */
function isEscapedBel(text: string, at: number): number {
  if (text.startsWith('u0007', at)) return at + 5;
  if (text.startsWith('x07', at)) return at + 3;
  if (text.startsWith('007', at)) return at + 3;
  if (text[at] === 'a') return at + 1;
  return -1;
}

/** Where the terminal sequence whose ESC ends just before `at` ends (`at` itself: the ESC alone). */
export function terminalEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 0x5b) {
    // CSI: parameters 0x30-0x3F, intermediates 0x20-0x2F, a final byte 0x40-0x7E.
    let i = at + 1;
    const limit = Math.min(text.length, at + 64);
    while (i < limit && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x3f) i++;
    while (i < limit && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x2f) i++;
    return i < limit && text.charCodeAt(i) >= 0x40 && text.charCodeAt(i) <= 0x7e ? i + 1 : at;
  }
  if (c === 0x5d || c === 0x50 || c === 0x5f || c === 0x5e) {
    // OSC (also DCS, APC, PM): up to BEL or ST (ESC \), raw or escaped.
    const limit = Math.min(text.length, at + 4096);
    for (let i = at + 1; i < limit; i++) {
      const d = text.charCodeAt(i);
      if (d === 0x07) return i + 1;
      if (d === 0x1b) return text[i + 1] === '\\' ? i + 2 : i + 1;
      if (d === 0x0a) return at;
      if (d === 0x5c) {
        let j = i;
        while (text.charCodeAt(j) === 0x5c) j++;
        const bel = isEscapedBel(text, j);
        if (bel !== -1) return bel;
        const esc = decodeEscape(text, j);
        if (esc?.char === ESC || text.startsWith('033', j) || text.startsWith('e', j)) {
          let k = esc ? esc.end : j + (text[j] === 'e' ? 1 : 3);
          while (text.charCodeAt(k) === 0x5c) k++;
          return k;
        }
        i = j - 1;
      }
    }
    return at;
  }
  if (c >= 0x28 && c <= 0x2f) return Math.min(text.length, at + 2); // charset designation: ESC ( B
  if ((c >= 0x40 && c <= 0x5f) || c === 0x3d || c === 0x3e || c === 0x37 || c === 0x38 || c === 0x63) return at + 1;
  return at;
}

/** The next index of `char` at or after `from`, or Infinity. */
export function nextOf(text: string, char: string, from: number): number {
  const i = text.indexOf(char, from);
  return i === -1 ? Infinity : i;
}

/**
 * After an OSC 8 hyperlink's `ESC ] 8 ; params ;` (`]8;` at `from`): where its URI starts, and the raw BEL that ends
 * it before any ESC or escape on its line (Infinity: none); null for params longer than 256 or over a line, or no URI.
 */
export function hyperlinkAt(text: string, from: number): [number, number] | null {
  const k = text.indexOf(';', from + 3);
  // No URI (a link's end, `ESC ] 8 ; ; ST`): the sequence is removed whole (terminalEnd).
  if (k === -1 || k - from > 256 || text.slice(from, k).includes('\n') || /^[\x07\x1b\\]/.test(text[k + 1] ?? '\x07'))
    return null;
  const end = text.slice(k + 1, k + 4097).search(/[\x07\x1b\\\n]/);
  return [k + 1, end !== -1 && text.charCodeAt(k + 1 + end) === 0x07 ? k + 1 + end : Infinity];
}

/** A CSI (at `from`, to `to`) that is not a colour code and may have eaten a token's first character. */
export const csiEats = (text: string, from: number, to: number): boolean =>
  text.charCodeAt(from) === 0x5b &&
  ((to > from + 1 && text.charCodeAt(to - 1) !== 0x6d && to < text.length && isTokenChar(text.charCodeAt(to))) ||
    /[ -/]/.test(text.slice(from + 1, to - 1)));

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  sol: '/',
  lowbar: '_',
  hyphen: '-',
  dash: '\u2010',
  ndash: '\u2013',
  mdash: '\u2014',
  minus: '\u2212',
  period: '.',
  colon: ':',
  equals: '=',
  plus: '+',
  // A blank that does not break (round 37: `Recovery codes:&nbsp;…` between a label and its values).
  nbsp: ' ',
  // Characters that print as nothing (the view removes them: normalise.ts).
  zerowidthspace: '\u200b',
  zwnj: '\u200c',
  zwj: '\u200d',
  nobreak: '\u2060',
  shy: '\u00ad',
  lrm: '\u200e',
  rlm: '\u200f',
};
const ENTITY = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,14}));/;

/**
 * The HTML character reference at `at` (numeric, or a named one, of printable ASCII or a character that prints as
 * nothing) and where it ends, or null.
 */
export function htmlEntity(text: string, at: number): { char: string; end: number } | null {
  const m = ENTITY.exec(text.slice(at, at + 17));
  if (!m) return null;
  const code = m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? parseInt(m[2], 16) : -1;
  const char =
    code === -1
      ? NAMED_ENTITIES[m[3]!.toLowerCase()]
      : code === 0xa0
        ? ' '
        : (code >= 0x20 && code < 0x7f) || isIgnorable(code) || isTypoDash(code)
          ? String.fromCodePoint(code)
          : undefined;
  return char === undefined ? null : { char, end: at + m[0].length };
}

/**
 * Where the UTF-8 of a character that prints as nothing (ignorable.ts) written as `%XX` (`%E2%80%8B`, `%EF%BB%BF`,
 * `%C2%AD`, `%E2%80%8E`, `%F3%A0%80%81`) starting at `i` ends, or -1.
 */
export function encodedZeroWidth(text: string, i: number): number {
  const b0 = hexAt(text, i + 1, 2);
  if (b0 < 0xc2 || b0 > 0xf4) return -1;
  const n = b0 < 0xe0 ? 2 : b0 < 0xf0 ? 3 : 4;
  let c = b0 & (n === 2 ? 0x1f : n === 3 ? 0x0f : 0x07);
  for (let k = 1; k < n; k++) {
    const b = text.charCodeAt(i + 3 * k) === 0x25 ? hexAt(text, i + 3 * k + 1, 2) : -1;
    if ((b & 0xc0) !== 0x80) return -1;
    c = (c << 6) | (b & 0x3f);
  }
  return isIgnorable(c) ? i + 3 * n : -1;
}
