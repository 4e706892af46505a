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
import { startsToken } from './rules.js';

interface WholeForm {
  rule: string;
  keywords: readonly string[];
  /** The complete token (anchored when compiled). */
  whole: string;
}

/** Families with a documented fixed-length form (the rule ids are those of rules.ts). */
const FORMS: readonly WholeForm[] = [
  { rule: 'anthropic-api-key', keywords: ['sk-ant-'], whole: 'sk-ant-[a-z]{3,8}\\d{2}-[A-Za-z0-9_-]{93}AA' },
  {
    rule: 'openai-api-key',
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-'],
    whole: 'sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}',
  },
  { rule: 'openrouter-api-key', keywords: ['sk-or-v1-'], whole: 'sk-or-v1-[a-f0-9]{64}' },
  { rule: 'github-token', keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], whole: 'gh[pousr]_[A-Za-z0-9]{36}' },
  { rule: 'github-fine-grained-pat', keywords: ['github_pat_'], whole: 'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}' },
  { rule: 'gitlab-token', keywords: ['glpat-'], whole: 'glpat-[A-Za-z0-9_-]{20}' },
  { rule: 'google-api-key', keywords: ['AIza'], whole: 'AIza[0-9A-Za-z_-]{35}' },
  {
    rule: 'stripe-secret-key',
    keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
    whole: '[sr]k_(?:live|test)_[A-Za-z0-9]{99}',
  },
  { rule: 'sendgrid-api-key', keywords: ['SG.'], whole: 'SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}' },
  { rule: 'groq-api-key', keywords: ['gsk_'], whole: 'gsk_[A-Za-z0-9]{52}' },
  { rule: 'xai-api-key', keywords: ['xai-'], whole: 'xai-[A-Za-z0-9]{80}' },
  { rule: 'huggingface-token', keywords: ['hf_'], whole: 'hf_[A-Za-z]{34}' },
  { rule: 'perplexity-api-key', keywords: ['pplx-'], whole: 'pplx-[A-Za-z0-9]{48}' },
  { rule: 'npm-token', keywords: ['npm_'], whole: 'npm_[A-Za-z0-9]{36}' },
];

const WHOLE = new Map(FORMS.map((f) => [f.rule, new RegExp(`^(?:${f.whole})$`)]));
/** True when `value` is a complete token of its rule's fixed-length form (wraps.ts never extends one). */
export const completeForm = (rule: string, value: string): boolean => WHOLE.get(rule)?.test(value) ?? false;
/** True when `value` is a complete token of any fixed-length form. */
export const anyCompleteForm = (value: string): boolean => [...WHOLE.values()].some((re) => re.test(value));
const KEYWORDS: readonly (readonly [string, string])[] = FORMS.flatMap((f) =>
  f.keywords.map((k) => [k, f.rule] as const),
);

/** The longest form, so the join stops early. */
const MAX_JOINED = 200;
const MAX_PIECES = 8;
/** The shortest first piece followed (a keyword and a few characters). */
const MIN_FIRST = 8;
/** The shortest known value followed across pieces (a known value is any secret the user holds: learned.ts). */
const MIN_KNOWN = 16;
/** A piece: a run of token characters (base64, base64url, and the `.` and `~` some forms hold). */
const PIECE = /[A-Za-z0-9_+/=.~-]+/y;
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
): [number, number][] {
  const pieces: [number, number][] = [];
  let joined = '';
  let best = 0;
  for (let i = at; pieces.length < MAX_PIECES;) {
    PIECE.lastIndex = i;
    const p = PIECE.exec(text);
    if (!p) break;
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
function runBefore(text: string, end: number): [number, number] {
  let e = end;
  while (e > 0 && isTrail(text.charCodeAt(e - 1))) e--;
  // A concatenation operator left at the end of the line (`"…" +`), then the literal's closing quote.
  if (e > 0 && isQuoteOrOp(text.charCodeAt(e - 1))) e = beforeLiteralEnd(text, e);
  let s = e;
  while (s > 0 && e - s < MAX_JOINED && isRunChar(text.charCodeAt(s - 1))) s--;
  return [s, e];
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
  while (i < n && isRunChar(text.charCodeAt(i))) i++;
  if (i - start < 4) return false;
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
      const tryRun = (end: number): void => {
        const [s, e] = runBefore(text, end);
        if (e - s < MIN_FIRST || s < done) return;
        const cut = knownAt(text, s, e, known(), hits);
        if (cut !== -1) {
          done = cut;
          return;
        }
        // A token starts the run or follows a `=`, `.` or `~` inside it (startsToken): only those places are tried.
        for (let at = s; at < e - 3; at++) {
          if (at > s && !isInnerBoundary(text.charCodeAt(at - 1))) continue;
          const rule = ruleAt(text, at);
          if (rule === null || !startsToken(text, at)) continue;
          const pieces = joinFrom(text, at, WHOLE.get(rule)!);
          for (const [start, stop] of pieces) hits.push({ rule, start, end: stop });
          if (pieces.length > 0) done = pieces[pieces.length - 1]![1];
          return;
        }
      };
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1))
        if (mayEndPiece(text, nl) && continues(text, nl + 1)) tryRun(nl);
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
