/**
 * The cuts between the elements of an array that code joins (grouped.ts reads them joined by the passes that need no
 * context): quoted elements between commas or blanks (`["sk-an", "t-api03-…"]`, C's `{"…", "…"}`, PHP's `array('…',
 * '…')`, Lua's `{…}`, Rust's `concat!(…)`, a shell's `("…" "…")`, over lines, with a comment after each), and bare ones
 * (a YAML flow `[a, b]` or block list, Ruby's `%w[a b]`, a shell's `k=(a b)`). Only a provider's shape, a known value
 * or the user's pattern read over a cut makes a hit, so the arrays' brackets need not be whole.
 */
import { isTokenChar } from './escapes.js';
import { charKinds } from './glue-reading.js';
import { anyCompleteForm } from './split.js';

const isElementChar = (c: number): boolean => isTokenChar(c) || c === 46 || c === 61;
/** A quoted element may also hold a password's symbols (`!#$%*@^`); a bare one may not (YAML's own). */
const isQuotedChar = (c: number): boolean =>
  isElementChar(c) || c === 33 || c === 35 || c === 36 || c === 37 || c === 42 || c === 64 || c === 94;
/** The most elements a token is split over, and the longest element read. */
const MAX_ELEMENTS = 64;
const MAX_ELEMENT = 256;
const MAX_GAP = 64;

/** The length of the run of element characters that ends at `at` (`forward`: starts there). */
function runLength(text: string, at: number, forward: boolean, is = isElementChar): number {
  let k = at;
  if (forward) while (k < text.length && k - at < MAX_ELEMENT && is(text.charCodeAt(k))) k++;
  else while (k > 0 && at - k < MAX_ELEMENT && is(text.charCodeAt(k - 1))) k--;
  return Math.abs(k - at);
}

/** A cut between two elements: the closing quote to the next opening one, the elements around it. */
export interface ElementCut {
  cut: [number, number];
  left: [number, number];
  right: [number, number];
}

/** From `at`, past blanks and a line comment (`// part`, `# part`, `-- part`) to the next non-blank, within MAX_GAP. */
function skipGap(text: string, at: number): number {
  let k = at;
  while (k < text.length && k - at < MAX_GAP) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9 || c === 10 || c === 13) k++;
    else if (text.startsWith('//', k) || c === 35 || text.startsWith('-- ', k)) {
      while (k < text.length && k - at < MAX_GAP && text.charCodeAt(k) !== 10) k++;
    } else break;
  }
  return k;
}

/** A quote that closes an element, followed by `,` or blanks, then the next element's opening quote. */
const CLOSING = /["'`](?:,|[ \t](?=[ \t]*["'`]))/g;

/** Whether blanks and then a `:` follow `at` within MAX_GAP (read in place: a slice per pair cost GC on long lists). */
function colonAfter(text: string, at: number): boolean {
  for (let k = at; k < text.length && k - at < MAX_GAP; k++) {
    const c = text.charCodeAt(k);
    if (c === 58) return true;
    if (!(c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || /\s/.test(text[k]!)))
      return false;
  }
  return false;
}

/** Two whole quoted elements of element characters side by side (`", "`, `' '`, over lines and comments). */
function quotedPairs(text: string): ElementCut[] {
  const out: ElementCut[] = [];
  CLOSING.lastIndex = 0;
  for (let m = CLOSING.exec(text); m !== null; m = CLOSING.exec(text)) {
    const i = m.index;
    const quote = text.charCodeAt(i);
    const k = skipGap(text, i + 1 + (m[0].length - 1));
    if (text.charCodeAt(k) !== quote) continue;
    const ls = i - runLength(text, i, false, isQuotedChar);
    const re = k + 1 + runLength(text, k + 1, true, isQuotedChar);
    if (ls === i || re === k + 1 || text.charCodeAt(ls - 1) !== quote || text.charCodeAt(re) !== quote) continue;
    // Two characters alone (`'s', 'k'`): a list of characters, which spelled.ts reads whole; a cut per pair of them
    // made 1 MiB of `'s', ` cost 200,000 cuts (redact-bytes22's linearity).
    if (i - ls === 1 && re - k === 2) continue;
    // No JSON object's value and next key: no `:` after the second.
    if (colonAfter(text, re + 1)) continue;
    out.push({ cut: [i, k + 1], left: [ls, i], right: [k + 1, re] });
  }
  return out;
}

/** A bare list's opening: YAML's flow `[`, Ruby's `%w[` (`%w(`, `%i[`), a shell array's `=(`. */
const BARE_OPEN = /(?:%[wWiI][[({]|=\(|(?:^|[:=]\s*)\[)(?=[A-Za-z0-9_+/-])/gm;
/** A YAML block list's items: `- value` alone on lines of one indent. */
const YAML_ITEM = /^([ \t]*)- ([A-Za-z0-9_+/=.-]+)[ \t]*$/gm;

/** Bare elements between `, ` or blanks after BARE_OPEN, and YAML block lists: each pair of neighbours. */
function barePairs(text: string): ElementCut[] {
  const out: ElementCut[] = [];
  BARE_OPEN.lastIndex = 0;
  for (let m = BARE_OPEN.exec(text); m !== null; m = BARE_OPEN.exec(text)) {
    let at = m.index + m[0].length;
    for (let n = 0; n < MAX_ELEMENTS; n++) {
      const e = at + runLength(text, at, true);
      let k = e;
      if (text.charCodeAt(k) === 44) k++;
      while (k < text.length && k - e < MAX_GAP && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      if (k === e || !isElementChar(text.charCodeAt(k))) break;
      const re = k + runLength(text, k, true);
      out.push({ cut: [e, k], left: [at, e], right: [k, re] });
      at = k;
    }
    BARE_OPEN.lastIndex = Math.max(BARE_OPEN.lastIndex, at);
  }
  let last: RegExpExecArray | null = null;
  YAML_ITEM.lastIndex = 0;
  for (let m = YAML_ITEM.exec(text); m !== null; m = YAML_ITEM.exec(text)) {
    const start = m.index + m[1]!.length + 2;
    if (last && last.index + last[0].length + 1 === m.index && last[1] === m[1]) {
      const le = last.index + last[1]!.length + 2 + last[2]!.length;
      out.push({ cut: [le, start], left: [le - last[2]!.length, le], right: [start, start + m[2]!.length] });
    }
    last = m;
  }
  return out;
}

/**
 * An element that is a `NAME=value` pair (a compose file's `- MISTRAL_API_KEY=sk-…` then `- WORKERS=4`), not a piece
 * of a token: an `=` with more than `=` after it (base64's padding ends a piece).
 */
const namesValue = (text: string, [from, to]: readonly [number, number]): boolean => /=[^=]/.test(text.slice(from, to));

/** A run of neighbouring elements: its pairs in order (each next cut right after an element). */
export type ElementRun = readonly ElementCut[];

/** The runs of elements of the text's arrays (at most MAX_ELEMENTS pairs each: a longer one is a list of values). */
export function elementRuns(text: string): ElementRun[] {
  // The last text's runs: grouped.ts and named-elements.ts read the same piece.
  if (text === memo.text) {
    // (an equal text in another string is kept in its place: caches.ts)
    memo.text = text;
    return memo.runs;
  }
  memo.text = text;
  memo.runs = readRuns(text);
  return memo.runs;
}
const memo: { text: string | null; runs: ElementRun[] } = { text: null, runs: [] };

function readRuns(text: string): ElementRun[] {
  const pairs = [...quotedPairs(text), ...barePairs(text)]
    .filter((p) => !namesValue(text, p.left) && !namesValue(text, p.right))
    .sort((a, b) => a.cut[0] - b.cut[0]);
  const runs: ElementRun[] = [];
  for (let i = 0; i < pairs.length;) {
    let j = i + 1;
    while (j < pairs.length && pairs[j]!.cut[0] === pairs[j - 1]!.right[1]) j++;
    if (j - i <= MAX_ELEMENTS) runs.push(pairs.slice(i, j));
    i = j;
  }
  return runs;
}

/** The elements of a run, in order, as [start, end) ranges. */
export const runElements = (run: ElementRun): [number, number][] => [run[0]!.left, ...run.map((p) => p.right)];

/**
 * The cuts of every run of elements that together read as random, 16 characters or more, the first element no
 * complete token of its own.
 */
export function elementCuts(text: string): [number, number][] {
  const cuts: [number, number][] = [];
  for (const run of elementRuns(text)) {
    const first = text.slice(run[0]!.left[0], run[0]!.left[1]);
    const joined = runElements(run)
      .map(([a, b]) => text.slice(a, b))
      .join('');
    const { digit, lower, upper } = charKinds(joined);
    const random = (digit && (lower || upper)) || (lower && upper);
    if (joined.length >= 16 && (random || upper) && !anyCompleteForm(first)) for (const p of run) cuts.push(p.cut);
  }
  return cuts;
}
