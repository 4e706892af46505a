/* eslint-disable max-lines -- the pieces' readers share one character table; the forms are in whole-forms.ts. */
/**
 * Tokens cut in pieces: hard-wrapped at a column width, soft-wrapped onto indented lines, cut by a
 * TUI box's borders, a shell line continuation, or split into string literals that the code
 * concatenates (`"…" + "…"`, Python's and C's adjacent literals). Each piece alone is too short
 * for its family's rule, or leaves the tail out.
 *
 * The principle: a family whose documented form has a fixed length (GitHub's `ghp_` + 36,
 * Anthropic's `sk-ant-api03-` + 93 + `AA`, ...) is joined again across such separators, and the
 * pieces are redacted only when, joined, they make exactly one complete token of that form, with
 * each piece a whole run of token characters. A token that ends its line and is complete already
 * never takes the next line (the join would be longer than the form), so a git SHA or a word on
 * the line after a key is never eaten. A known value (learned.ts) is joined the same way: its
 * pieces must spell it exactly. Each piece is replaced by its own placeholder, so quotes,
 * indentation and line breaks between them stay (a Python or JS file still parses).
 */
import type { Hit, Pass } from './pass.js';
import { alphabetBreak } from './piece-alphabets.js';
import { startsToken } from './rules.js';
import { COLON_FORMS, KEYWORDS, WHOLE } from './whole-forms.js';
export { anyCompleteForm, completeForm } from './whole-forms.js';

/** The longest form, so the join stops early. */
const MAX_JOINED = 200;
const MAX_PIECES = 8;
/** The shortest first piece followed (a keyword and a few characters). */
const MIN_FIRST = 8;
/** The shortest known value followed across pieces (a known value is any secret the user holds: learned.ts). */
const MIN_KNOWN = 16;
/** A piece: a run of token characters (base64, base64url, and the `.` and `~` some forms hold). */
const PIECE = /[A-Za-z0-9_+/=.~-]+/y;
/** A piece of a form that holds a `:` (COLON_FORMS). */
const PIECE_COLON = /[A-Za-z0-9_+/=.~:-]+/y;
/**
 * What may separate two pieces: a line break with the indentation, comment or quote marker and
 * TUI box border around it (a hard or soft wrap); a backslash line continuation; the end of one
 * string literal and the start of the next, with `+` (JS, Java, C#), `.` (PHP), `&` (VB) or `||`
 * (SQL) or nothing (Python, C) between them.
 */
const SEPARATOR = new RegExp(
  [
    String.raw`[ \t]*(?:[│┃║|][ \t]*)?\\?\r?\n[ \t]*(?:(?:[│┃║|>#*]|//)[ \t]*)?`,
    String.raw`["'\x60][ \t]*(?:\+|\.|&|\|\||\\?\r?\n)?\s*(?:\+|\.|&|\|\|)?[ \t]*["'\x60]`,
  ].join('|'),
  'y',
);

/** The pieces of a token cut by separators, starting at `at`; the count that makes a whole form, or 0. */
function joinFrom(
  text: string,
  at: number,
  whole: RegExp | string | ((joined: string) => boolean),
  piece = PIECE,
): [number, number][] {
  const pieces: [number, number][] = [];
  let joined = '';
  let best = 0;
  for (let i = at; pieces.length < MAX_PIECES;) {
    piece.lastIndex = i;
    const p = piece.exec(text);
    if (!p) break;
    // A piece drawn from another alphabet than the one before it is another value (piece-alphabets.ts); a known value's
    // pieces spell it, whatever their characters.
    if (pieces.length > 0 && typeof whole !== 'string' && alphabetBreak(joined, p[0])) break;
    pieces.push([i, i + p[0].length]);
    joined += p[0];
    if (joined.length > MAX_JOINED) break;
    if (
      pieces.length >= 2 &&
      (typeof whole === 'string' ? joined === whole : typeof whole === 'function' ? whole(joined) : whole.test(joined))
    )
      best = pieces.length;
    if (typeof whole === 'string' && !whole.startsWith(joined)) break;
    SEPARATOR.lastIndex = i + p[0].length;
    const s = SEPARATOR.exec(text);
    if (!s) break;
    i = s.index + s[0].length;
  }
  return pieces.slice(0, best);
}

/**
 * Character classes, looked up in one table (the pass reads the ends and starts of all lines): LEAD is what continues()
 * passes over before a piece (blanks, box borders, `>`, `#`, `*`, `/`), KEY_HEAD a keyword's first character.
 */
const [RUN, TRAIL, QUOTE, QUOTE_OR_OP, LEAD, KEY_HEAD] = [1, 2, 4, 8, 16, 32] as const;
const CLASS = new Uint8Array(65536);
const mark = (chars: string, bit: number): void => {
  for (const c of chars) CLASS[c.charCodeAt(0)]! |= bit;
};
mark('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+/=.~', RUN);
/** Blanks, a line continuation's backslash and box borders at the end of a line. */
mark(' \t\r\\|\u2502\u2503\u2551', TRAIL | LEAD);
mark('"\'`', QUOTE | QUOTE_OR_OP);
mark('+.&|', QUOTE_OR_OP);
mark('>#*/', LEAD);

export const isRunChar = (c: number): boolean => (CLASS[c]! & RUN) !== 0;
/** The keywords by their first two characters. */
const BY_HEAD = new Map<string, (readonly [string, string])[]>();
for (const kw of KEYWORDS) BY_HEAD.set(kw[0].slice(0, 2), [...(BY_HEAD.get(kw[0].slice(0, 2)) ?? []), kw]);
for (const kw of KEYWORDS) CLASS[kw[0].charCodeAt(0)]! |= KEY_HEAD;
/** The rule of the keyword that starts at `at`, or null. */
function ruleAt(text: string, at: number): string | null {
  if ((CLASS[text.charCodeAt(at)]! & KEY_HEAD) === 0) return null;
  const list = BY_HEAD.get(text.slice(at, at + 2));
  if (!list) return null;
  for (const [k, rule] of list) if (text.startsWith(k, at)) return rule;
  return null;
}
/** Run characters that end a token inside a run (`KEY=tok`, `a.tok`). */
const isInnerBoundary = (c: number): boolean => c === 61 || c === 46 || c === 126;

/**
 * `+` between two literals on one line (JS, Java, C#), found with indexOf: a regex that tries
 * each quote or operator of the text cost more than the rest of the pass. The other operators
 * (`.`, `&`, `||`) and Python's adjacent literals are found at the end of a line (runBefore).
 */
const CONCAT = '+';
const isQuote = (c: number): boolean => (CLASS[c]! & QUOTE) !== 0;
const isTrail = (c: number): boolean => (CLASS[c]! & TRAIL) !== 0;
const isQuoteOrOp = (c: number): boolean => (CLASS[c]! & QUOTE_OR_OP) !== 0;

/**
 * Where the closing quote of a literal ends the text before `e`, with blanks and a concatenation operator (`+`, `.`,
 * `&`, `||`) after it: `/(["'\x60])[ \t]*(?:\+|\.|&|\|\|)?$/` on the 8 characters before `e`, read backwards. Or `e`.
 */
function beforeLiteralEnd(text: string, e: number): number {
  const from = Math.max(0, e - 8);
  let k = e - 1;
  if (isQuote(text.charCodeAt(k))) return k;
  if (text.charCodeAt(k) === 124 && text.charCodeAt(k - 1) === 124 && k - 1 >= from) k -= 2;
  else if (text.charCodeAt(k) === 43 || text.charCodeAt(k) === 46 || text.charCodeAt(k) === 38) k--;
  else return e;
  while (k >= from && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k >= from && isQuote(text.charCodeAt(k)) ? k : e;
}

/**
 * The run of token characters that ends at `end`, after skipping blanks, a box border, a concatenation operator and a
 * closing quote.
 */
function runBefore(text: string, end: number, colon = false): [number, number] {
  let e = end;
  while (e > 0 && isTrail(text.charCodeAt(e - 1))) e--;
  // A concatenation operator left at the end of the line (`"…" +`), then the literal's closing quote.
  if (e > 0 && isQuoteOrOp(text.charCodeAt(e - 1))) e = beforeLiteralEnd(text, e);
  let s = e;
  while (s > 0 && e - s < MAX_JOINED && (isRunChar(text.charCodeAt(s - 1)) || (colon && text.charCodeAt(s - 1) === 58)))
    s--;
  return [s, e];
}

/**
 * The rules of the keywords that text[at, e) (two or more characters, the end of a run) is the start of: a token cut
 * inside its prefix (`gh` | `p_…`).
 */
function cutKeywordRules(text: string, at: number, e: number): string[] {
  const head = text.slice(at, e);
  if (head.length < 2 || head.length > 12) return [];
  const rules = KEYWORDS.filter(([k]) => k.length > head.length && k.startsWith(head)).map(([, rule]) => rule);
  return [...new Set(rules)];
}

/**
 * True when the line that ends at `end` ends in a first piece shorter than MIN_FIRST that starts a token: a keyword or
 * its start (`xoxb`, `sk-an`), or two digits or more (a Telegram bot id cut short).
 */
function mayEndShort(text: string, end: number): boolean {
  let e = end;
  while (e > 0 && isTrail(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && e - s < MIN_FIRST && isRunChar(text.charCodeAt(s - 1))) s--;
  if (e - s < 2 || e - s >= MIN_FIRST) return false;
  const run = text.slice(s, e);
  return /^\d+$/.test(run) || KEYWORDS.some(([k]) => k.startsWith(run) || run.startsWith(k));
}

/**
 * True when the line that ends at `end` may end the first piece of a form that holds a `:` (mayEndPiece failed): its
 * last 4 to 12 characters are token characters and `:`, one of them a `:` (`https:`, `https://hoo`, `12345678:`).
 */
function mayEndColon(text: string, end: number): boolean {
  let e = end;
  while (e > 0 && isTrail(text.charCodeAt(e - 1))) e--;
  let colon = false;
  let k = e;
  for (; k > 0 && e - k < 12; k--) {
    const c = text.charCodeAt(k - 1);
    if (c === 58) colon = true;
    else if (!isRunChar(c)) break;
  }
  return colon && e - k >= 4;
}

/**
 * False when the line that ends at `end` cannot end a first piece: after its blanks and box border, no token
 * character, quote or operator (runBefore would find no run), or a run of token characters too short for a first
 * piece (tryRun would pass it over). Most JSON and YAML lines end in `,`, `{` or `[`, most lines of prose in a short
 * word: their next line is not read.
 */
function mayEndPiece(text: string, end: number): boolean {
  let e = end;
  while (e > 0 && isTrail(text.charCodeAt(e - 1))) e--;
  const c = text.charCodeAt(e - 1);
  if (isQuoteOrOp(c)) return true;
  if (!isRunChar(c)) return false;
  // The farthest of the last MIN_FIRST characters first: a line of prose ends in a shorter word (one read).
  if (e < MIN_FIRST || !isRunChar(text.charCodeAt(e - MIN_FIRST))) return false;
  for (let k = e - 2; k > e - MIN_FIRST; k--) if (!isRunChar(text.charCodeAt(k))) return false;
  return true;
}

/**
 * True if the line at `at` can continue a token: after indentation, a box border, a comment or
 * quote marker and an opening quote, a run of 4 or more token characters that ends the line or
 * is followed by a blank, a quote or a box border. Prose and JSON lines fail within a few
 * characters, so the line before them is never read.
 */
function continues(text: string, at: number): boolean {
  let i = at;
  const n = text.length;
  while (i < n && (CLASS[text.charCodeAt(i)]! & LEAD) !== 0) i++;
  if (i < n && isQuote(text.charCodeAt(i))) i++;
  const start = i;
  // A `:` before more of the run (`1:AA…`, the rest of a Telegram bot token: COLON_FORMS), not a key's (`key: v`).
  while (i < n && (isRunChar(text.charCodeAt(i)) || (text.charCodeAt(i) === 58 && isRunChar(text.charCodeAt(i + 1)))))
    i++;
  // The last characters of a token alone on their line (`eW8`, `│ eW8 │`) may be shorter.
  let t = i;
  while (t < n && isTrail(text.charCodeAt(t))) t++;
  if (i - start < 4 && !(i > start && (t === n || text.charCodeAt(t) === 10))) return false;
  if (i === n) return true;
  const c = text.charCodeAt(i);
  return c === 10 || isTrail(c) || isQuote(c);
}

type Known = { name: string; value: string };
/** Many known values (the list only grows): their first MIN_FIRST characters, and each by its value. */
let manyIndex: { of: readonly Known[]; size: number; first: Set<string>; byValue: Map<string, Known> } | null = null;

function indexed(values: readonly Known[]): NonNullable<typeof manyIndex> {
  if (manyIndex?.of !== values || manyIndex.size > values.length)
    manyIndex = { of: values, size: 0, first: new Set(), byValue: new Map() };
  // Values learned since: added, not the index rebuilt (7,000 values learned one by one rebuilt it 7,000 times).
  for (const v of values.slice(manyIndex.size))
    if (v.value.length >= MIN_KNOWN) {
      manyIndex.first.add(v.value.slice(0, MIN_FIRST));
      manyIndex.byValue.set(v.value, v);
    }
  manyIndex.size = values.length;
  return manyIndex;
}

/**
 * Many values: where a value may start in the run (its first MIN_FIRST characters are there), the pieces from there
 * are joined and the joins looked up whole. Comparing each value sharing those characters (7,000 keys starting
 * `sk-proj-`) cost 3.1 s for a `.env` of them.
 */
function knownManyAt(t: string, s: number, e: number, values: readonly Known[], hits: Hit[]): number {
  const { first, byValue } = indexed(values);
  for (let at = s; at + MIN_FIRST <= e; at++) {
    if (!first.has(t.slice(at, at + MIN_FIRST))) continue;
    const pieces = joinFrom(t, at, (joined) => byValue.has(joined));
    if (pieces.length === 0 || pieces[0]![1] !== e) continue;
    const { name } = byValue.get(pieces.map(([a, b]) => t.slice(a, b)).join(''))!;
    for (const [start, stop] of pieces)
      hits.push({ rule: 'known-value', start, end: stop, label: `known-value:${name}` });
    return pieces[pieces.length - 1]![1];
  }
  return -1;
}

/**
 * Where the first MIN_FIRST characters of `value` first are in the run t[s, e), or -1. Searched in the run only
 * (indexOf on the whole text read on to its end for every run and value), in place (a copy of each run cost more).
 */
function headIn(t: string, s: number, e: number, value: string): number {
  const first = value.charCodeAt(0);
  for (let at = s; at + MIN_FIRST <= e; at++) {
    if (t.charCodeAt(at) !== first) continue;
    let k = 1;
    while (k < MIN_FIRST && t.charCodeAt(at + k) === value.charCodeAt(k)) k++;
    if (k === MIN_FIRST) return at;
  }
  return -1;
}

/**
 * A known value whose start is in the run text[s, e) and whose rest follows in pieces: its
 * pieces are added to `hits`; returns where the last piece ends, or -1.
 */
function knownAt(
  t: string,
  s: number,
  e: number,
  values: readonly { name: string; value: string }[],
  hits: Hit[],
): number {
  if (values.length > 16) return knownManyAt(t, s, e, values, hits);
  for (const { name, value } of values) {
    if (value.length < MIN_KNOWN) continue;
    const at = headIn(t, s, e, value);
    if (at === -1 || !value.startsWith(t.slice(at, e))) continue;
    const pieces = joinFrom(t, at, value);
    for (const [start, stop] of pieces)
      hits.push({ rule: 'known-value', start, end: stop, label: `known-value:${name}` });
    if (pieces.length > 0) return pieces[pieces.length - 1]![1];
  }
  return -1;
}

/**
 * A form that holds a `:` (a webhook's URL, a Telegram bot token) whose first piece ends at `end`, from the run of
 * token characters and `:` there: its pieces are added to `hits`; returns where the last one ends, or `done`.
 */
function colonPieces(text: string, end: number, done: number, hits: Hit[]): number {
  const [s, e] = runBefore(text, end, true);
  if (e - s < 2 || s < done) return done;
  for (let at = s; at < e - 1; at++) {
    const c = text.charCodeAt(at);
    if (c !== 104 && !(c >= 48 && c <= 57)) continue;
    for (const f of COLON_FORMS) {
      f.colon!.lastIndex = at;
      const head =
        f.keywords.length === 0
          ? f.colon!.test(text)
          : f.keywords.some((k) => text.startsWith(k, at) || k.startsWith(text.slice(at, e)));
      if (!head) continue;
      const pieces = joinFrom(text, at, f.re, PIECE_COLON);
      for (const [start, stop] of pieces) hits.push({ rule: f.rule, start, end: stop });
      if (pieces.length > 0) return pieces[pieces.length - 1]![1];
    }
  }
  return done;
}

/**
 * The pass: each piece of a token rejoined from pieces is a hit of the token's rule. A scan for
 * the keywords over the whole text cost a fifth of the redactor's time: instead only the run of
 * token characters that ends each line (and each literal followed by a concatenation) is searched
 * for a keyword, since the first piece of a cut token ends there.
 */
export function splitTokenPass(known: () => readonly { name: string; value: string }[] = () => []): Pass {
  return {
    finder: null,
    regex: /(?!)/g,
    resolve: () => null,
    run(text: string): Hit[] {
      const hits: Hit[] = [];
      // A one-line text without a `+` has no pieces to join (most small files: no closure made for them).
      if (text.length < MIN_FIRST || (!text.includes('\n') && !text.includes(CONCAT))) return hits;
      let done = -1;
      const tryRun = (end: number, short = false): void => {
        const [s, e] = runBefore(text, end);
        if ((e - s < MIN_FIRST && !short) || s < done) return;
        const cut = knownAt(text, s, e, known(), hits);
        if (cut !== -1) {
          done = cut;
          return;
        }
        // A token starts the run or follows a `=`, `.` or `~` inside it (startsToken): only those places are tried; a
        // run that ends in the first characters of a keyword (`TOKEN=gh`) may hold the rest on the next line.
        for (let at = s; at < e - 1; at++) {
          if (at > s && !isInnerBoundary(text.charCodeAt(at - 1))) continue;
          const whole = at < e - 3 ? ruleAt(text, at) : null;
          const rules = whole !== null ? [whole] : cutKeywordRules(text, at, e);
          if (rules.length === 0 || !startsToken(text, at)) continue;
          for (const rule of rules) {
            const pieces = joinFrom(text, at, WHOLE.get(rule)!);
            for (const [start, stop] of pieces) hits.push({ rule, start, end: stop });
            if (pieces.length > 0) {
              done = pieces[pieces.length - 1]![1];
              return;
            }
          }
          if (whole !== null) return;
        }
        done = colonPieces(text, end, done, hits);
      };
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
        if (mayEndPiece(text, nl)) {
          if (continues(text, nl + 1)) tryRun(nl);
        } else if (mayEndColon(text, nl) && continues(text, nl + 1)) done = colonPieces(text, nl, done, hits);
        else if (mayEndShort(text, nl) && continues(text, nl + 1)) tryRun(nl, true);
      }
      // `"…" + "…"`: searched for from the `+` (rare in prose; a space is everywhere and made indexOf slow).
      for (let at = text.indexOf(CONCAT); at !== -1; at = text.indexOf(CONCAT, at + 1)) {
        if (
          text.charCodeAt(at - 1) === 32 &&
          text.charCodeAt(at + 1) === 32 &&
          isQuote(text.charCodeAt(at - 2)) &&
          isQuote(text.charCodeAt(at + 2))
        )
          tryRun(at - 1);
      }
      hits.sort((a, b) => a.start - b.start);
      return hits;
    },
  };
}
