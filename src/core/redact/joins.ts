/**
 * Where literals joined in code may start (pieces.ts), found without trying its regexes at every position of a text:
 * a list's `[` before a quote; the opening quote of a literal closed just before a join (a `+`, a line break with
 * or without a `\` before it, or blanks then another literal's quote: the shared literal scan finds a quote then a
 * space; a tab alone between two literals on one line is not looked for); a `$` of a shell variable. The regexes are
 * then tried at these places only (sticky).
 */
import { isSpaceOrTab, isWhiteSpace } from './escapes.js';
import { charSet } from './line-heads.js';
import { literalScan } from './literal-scan.js';

/** The characters of a literal piece (pieces.ts's `[\w+/=.~:-]`). */
const PIECE_CHARS = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+/=.~:-');
/** The longest piece (pieces.ts). */
const PIECE_MAX = 200;
const QUOTE_SPACE = literalScan(['" ', "' ", '` ']);

const isQuote = (c: number): boolean => c === 34 || c === 39 || c === 96;

/** The index before the blanks that end at `k` (inclusive). */
function blanksBack(text: string, k: number): number {
  while (k >= 0 && isSpaceOrTab(text.charCodeAt(k))) k--;
  return k;
}

/** The line break before `k` (inclusive; `\r\n` too), or -1 when there is none there. */
function breakBack(text: string, k: number): number {
  if (text.charCodeAt(k) !== 10) return -1;
  return text.charCodeAt(k - 1) === 13 ? k - 2 : k - 1;
}

/** The closing quotes of literals a join follows, sorted, without repeats. */
function closingQuotes(text: string): number[] {
  const out: number[] = [];
  const push = (k: number): void => {
    if (k >= 0 && isQuote(text.charCodeAt(k))) out.push(k);
  };
  // `"a" + "b"`, `"a"\n    + "b"`.
  for (let i = text.indexOf('+'); i !== -1; i = text.indexOf('+', i + 1)) {
    const k = blanksBack(text, i - 1);
    const nl = breakBack(text, k);
    push(nl === -1 ? k : blanksBack(text, nl));
  }
  // `"a" \` then a line break; `"a"` then a line break and an indented literal.
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    let k = text.charCodeAt(i - 1) === 13 ? i - 2 : i - 1;
    if (text.charCodeAt(k) === 92) k--;
    push(blanksBack(text, k));
  }
  // `"a" "b"`.
  for (const at of QUOTE_SPACE ? QUOTE_SPACE(text) : []) {
    let k = at + 1;
    while (isSpaceOrTab(text.charCodeAt(k))) k++;
    if (isQuote(text.charCodeAt(k))) out.push(at);
  }
  out.sort((a, b) => a - b);
  return out;
}

/**
 * True when what follows `k` may join a literal to the next: blanks, line breaks, backslashes or `+` (one at least),
 * then a quote (pieces.ts's SEP is made of those characters; the next literal starts with a quote).
 */
function joinAfter(text: string, k: number): boolean {
  let i = k;
  for (let c = text.charCodeAt(i); isWhiteSpace(c) || c === 92 || c === 43; c = text.charCodeAt(++i));
  return i > k && isQuote(text.charCodeAt(i));
}

/**
 * The opening quotes of the literals before joins, in order: where a chain of literals may start. Only those a join
 * and a quote follow (the closing quote of a JSON value before a line break is not tried).
 */
export function chainStarts(text: string): number[] {
  const out: number[] = [];
  for (const q of closingQuotes(text)) {
    if (!joinAfter(text, q + 1)) continue;
    const quote = text.charCodeAt(q);
    let o = q - 1;
    const limit = Math.max(-1, q - PIECE_MAX - 2);
    while (o > limit && PIECE_CHARS[text.charCodeAt(o)] === 1) o--;
    if (o > limit && q - o > 2 && text.charCodeAt(o) === quote && out[out.length - 1] !== o) out.push(o);
  }
  return out;
}

/** The `[` followed by blanks or line breaks then a quote: where a list of literals may start. */
export function listStarts(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', i + 1)) {
    let k = i + 1;
    for (let c = text.charCodeAt(k); isWhiteSpace(c); c = text.charCodeAt(++k));
    if (isQuote(text.charCodeAt(k))) out.push(i);
  }
  return out;
}

/** Every `$`. */
export function dollars(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('$'); i !== -1; i = text.indexOf('$', i + 1)) out.push(i);
  return out;
}
