/**
 * Variable-length tokens hard-wrapped at a fixed width (a terminal's, `fold`'s, an editor's), the continuation lines
 * maybe indented or quoted (`> `): a JSON Web Token whose header, middle and signature go out on lines of their own,
 * a Slack token, a fine-grained PAT. wraps.ts follows a value some pass found on its first line; here no pass needs
 * to: a line of at least MIN_WIDTH characters that ends in a token's characters, followed by a line whose text
 * (after its indent or quote marks) starts with more of them, is joined to it when the two runs read as one random
 * token (MIN_RUN characters together, letters and digits, or letters of both cases) and a line of the same chain has
 * the first one's width. A wrapper that breaks after hyphens (Python's textwrap) leaves shorter lines ending in `-`
 * inside a chain: they neither set its width nor break it. The joined lines are read by the other passes (joined.ts);
 * only a hit that crosses a join is kept, each piece replaced in place.
 */
import { isTokenChar } from './escapes.js';
import { charKinds } from './glue-reading.js';
import { disjoint, joinCuts, joinInside, mappedHits } from './joined.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { SHAPE_RULES } from './rules.js';
import { anyCompleteForm, completeForm } from './split.js';
import { most } from '../lists.js';

const MIN_WIDTH = 24;
/**
 * A first line this wide at least gives the chain its width, as does one the token starts (a shorter one after a name
 * or a prompt may be a line's end).
 */
const WIDTH_FROM_FIRST = 40;
const MIN_RUN = 24;
/** The same after a keyword: an AWS key id is 20 characters, a Razorpay key 23. */
const MIN_KEYED_RUN = 16;
/** A continuation line's indent or quote marks (`  > > `), taken out with the line break. */
const PREFIX = /[ \t]*(?:>[ \t]?)*[ \t]*/y;

/** A token character or `.` (a JSON Web Token's). */
const runChar = (c: number): boolean => isTokenChar(c) || c === 46 || c === 61;

/**
 * A run that assigns a name (`LOG_LEVEL=info`, `EXA_API_KEY=demo`: the next entry of a `.env`, attack 46): an `=` with
 * a value after it, where a token's own `=` is padding at its end.
 */
const ASSIGNS = /^[A-Za-z_][\w.-]*=[^=]/;

/** Random-looking: letters and digits, or letters of both cases. */
function random(s: string): boolean {
  const { digit, lower, upper } = charKinds(s);
  return (digit && (lower || upper)) || (lower && upper);
}

/** Where a line's text starts after its indent or quote marks. */
function textStart(text: string, ls: number): number {
  PREFIX.lastIndex = ls;
  PREFIX.test(text);
  return PREFIX.lastIndex;
}

/** A token's prefix: a letter, up to five letters or digits, and its separator (`phx_`, `sk.`, `ya29.`). */
const PREFIX_SHAPE = /^[A-Za-z][A-Za-z0-9]{0,5}[._-]/;

/**
 * True when the next line's run starts another token, not a piece of the chain's (`head`: its first characters): a
 * provider's keyword starts it, or the head is near its start (`maya29.…` under `ya29.…`), or it has the head's
 * prefix shape with the separator in the same place (`phc_…` under `phx_…`, `pk.eyJ…` under `sk.eyJ…`).
 */
function anotherToken(next: string, head: string): boolean {
  if (next.slice(0, 8).includes(head.slice(0, 3)) || KEYWORDS.some((k) => next.startsWith(k))) return true;
  const a = PREFIX_SHAPE.exec(head);
  const b = PREFIX_SHAPE.exec(next);
  return a !== null && b !== null && a[0].length === b[0].length && a[0].at(-1) === b[0].at(-1);
}

/**
 * The line break at `nl` and the next line's prefix, when the lines around it read as one wrapped token; `width`: the
 * chain's first line's length and its text's (a later line has one of them), or null; `head`: the chain's token's
 * first eight characters.
 */
function cutAt(
  text: string,
  ls: number,
  nl: number,
  width: [number, number] | null,
  head: string,
  chained = false,
): [number, number] | null {
  const end = text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  // Inside a chain, a line the wrap broke after a hyphen may be short (`svcacct-FLlc3elD0-` before a piece too long).
  const hyphen = text.charCodeAt(end - 1) === 45;
  if ((end - ls < MIN_WIDTH && !(chained && hyphen)) || !runChar(text.charCodeAt(end - 1))) return null;
  // A line the wrap broke after a hyphen is shorter (Python's textwrap: `… is sk-` then `svcacct-…`).
  const short = width !== null && hyphen && end - ls < width[0];
  if (width !== null && end - ls !== width[0] && end - textStart(text, ls) !== width[1] && !short) return null;
  let s = end;
  while (s > ls && runChar(text.charCodeAt(s - 1))) s--;
  const from = textStart(text, nl + 1);
  let e = from;
  while (e < text.length && runChar(text.charCodeAt(e))) e++;
  const piece = text.slice(s, end);
  // The line ends in a keyword alone (`… is cio`, `notes sk_`), one the wrap cut (`… is tvl` then `y-eViI3…`), or a
  // keyword's token begun (`llx-e`, `AKIAVT4`, after a name's `=` too): a shorter token may go on (an AWS key id's 20).
  const body = piece.slice(piece.lastIndexOf('=') + 1);
  const bare = WHOLE.has(body) || cutKeyword(text, s, end, from) !== -1;
  // The keywords the body starts with, read once for both questions below.
  const starts = bare ? [] : KEYWORDS.filter((k) => body.startsWith(k));
  const keyed = bare || starts.length > 0;
  // A keyword and a few characters of its body (`llx-e`): a longer body of words is a name (`phx_update_ignore_x`).
  const begun = bare || starts.some((k) => body.length - k.length <= 8);
  // A keyword alone, then a word the wrap broke after its hyphen (`sk-` then `svcacct-` alone): the chain goes on.
  const broken = bare && text.charCodeAt(e - 1) === 45 && /^\r?\n/.test(text.slice(e, e + 2));
  if (e === from || (end - s + e - from < (keyed ? MIN_KEYED_RUN : MIN_RUN) && !broken)) return null;
  const next = text.slice(from, e);
  // A word that starts the next line's prose or command (`curl -H …`, `Thanks.`) is no piece: a piece is random or
  // long.
  // A word capitalised to start a sentence (`Keep it safe.`, `Success! You are …`) is no mix of cases.
  // After a keyword's token just begun, capitals go on (`AKIALYGY` then `PZFPQMXMDWRR`: not `README` after a whole
  // token); digits alone go on a full line of hex digits in a chain (`…aec93d490feaa2d06ce` then `11028`), not on a
  // first line (an access log's `…&code=<hex>` then `200 1532 bytes`).
  // (`y` a vowel too: `My notes …`, `By then …` after a whole Resend key; abbreviations: `Mr.`, `Dr.`, `Pls`.)
  const word = /^[A-Z]?(?=[a-z]*[aeiouy])[a-z]+$|^(?:Mrs?|Ms|Dr|St|Pls|Thx|Hmm|Nb)$/.test(next);
  const goesOn =
    random(next) ||
    (begun && /^[A-Z0-9]+$/.test(next)) ||
    (width !== null && /^\d+$/.test(next) && /[0-9a-f]{16}$/.test(piece));
  if ((!goesOn || word) && next.length < 16 && !broken) return null;
  // `sha256: …`, `model=…`, `f(…`: a key or a call starts the next line, as in wraps.ts.
  if (/^(?:[ \t]*[:=]|\()/.test(text.slice(e, e + 3)) || ASSIGNS.test(next)) return null;
  // A keyword with no body goes on at the next line, whatever starts it (`sk_` then `live_…`, itself a keyword).
  if (bare) return [end, from];
  // A provider's keyword, or the chain's own first characters, start another token there (`mfa.…` under `mfa.…`,
  // `sb_publishable_…` under `sb_secret_…`), not a piece of this one.
  if (anotherToken(next, head)) return null;
  // The line's own piece is random too (`phx_update_ignore_reference_x` over a random line is two words' lines), a
  // keyword's token begun, or a word the wrap broke after its hyphen inside a chain (`sk-` then `svcacct-` alone).
  return random(piece) || begun || (chained && hyphen) ? [end, from] : null;
}

/**
 * Where a keyword the line's end cut starts in the run text[s, end) (the run's start, or after its last `=`), the next
 * line's text at `from` completing it (`sk-` then `lf-…`; `e2b` then `_…`), or -1.
 */
function cutKeyword(text: string, s: number, end: number, from: number): number {
  let eq = end - 1;
  while (eq >= s && text.charCodeAt(eq) !== 61) eq--;
  for (const at of eq >= s ? [s, eq + 1] : [s]) {
    const keywords = HEADS.get(text.slice(at, end));
    if (keywords === undefined) continue;
    const joined = text.slice(at, end) + text.slice(from, from + MAX_KEYWORD);
    if (keywords.some((k) => joined.startsWith(k))) return at;
  }
  return -1;
}

/**
 * The starts of keywords a wrap cut, which the keyword scan finds whole on neither line: in the last run of token
 * characters (64 at most) of each line at least MIN_WIDTH long (cutKeyword).
 */
function cutStarts(text: string): number[] {
  const starts: number[] = [];
  for (let ls = 0, nl = text.indexOf('\n'); nl !== -1; ls = nl + 1, nl = text.indexOf('\n', ls)) {
    const end = text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    if (end - ls < MIN_WIDTH || !runChar(text.charCodeAt(end - 1))) continue;
    let s = end;
    while (s > ls && end - s < 64 && runChar(text.charCodeAt(s - 1))) s--;
    const at = s === ls || !runChar(text.charCodeAt(s - 1)) ? cutKeyword(text, s, end, textStart(text, nl + 1)) : -1;
    if (at !== -1) starts.push(at);
  }
  return starts;
}

/**
 * The line break at `nl` after a first line shorter than the wrap's width (an editor's wrap at a blank, a value pasted
 * on a line of its own): a provider's prefix at `p` (a keyword that ends in `_`, `-` or `.`) and at most 8 more
 * characters end the line (`OPENAI_API_KEY: sk-proj-`, `token ghp_hhJ`), and a random run of MIN_RUN characters or more
 * starts the next one and ends it (but for a closing quote or comma). The next line starts the chain's width.
 */
function shortCut(text: string, p: number, nl: number): [number, number] | null {
  const end = text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  let k = '';
  for (const w of PREFIXES) if (w.length > k.length && text.startsWith(w, p)) k = w;
  if (k === '' || end - p - k.length > 8) return null;
  // A token alone on its line is one of a list (look-alikes one per line), not a label's value the wrap cut short.
  if (textStart(text, text.lastIndexOf('\n', p - 1) + 1) >= p) return null;
  const from = textStart(text, nl + 1);
  let e = from;
  while (e < text.length && runChar(text.charCodeAt(e))) e++;
  const next = text.slice(from, e);
  if (next.length < MIN_RUN || !random(next) || ASSIGNS.test(next) || anotherToken(next, text.slice(p, p + 8)))
    return null;
  return /^["'`]?[,;]?[ \t]*(?:\r?\n|$)/.test(text.slice(e, e + 8)) ? [end, from] : null;
}

/**
 * The line breaks (with the next line's prefix) inside hard-wrapped tokens: from the lines where a provider's
 * keyword (`starts`, in order) starts a run of token characters that reaches the line's end, on while each next line
 * has the first one's width.
 */
function wrapCuts(text: string, starts: readonly number[]): [number, number][] {
  const cuts: [number, number][] = [];
  let done = 0;
  let lineEnd = -1;
  for (const p of starts) {
    // A keyword inside a token (its random body) starts none.
    if (p < done || isTokenChar(text.charCodeAt(p - 1))) continue;
    // One search per line, not per keyword (a long line holds many).
    if (p > lineEnd) lineEnd = text.indexOf('\n', p);
    let nl = lineEnd;
    if (nl === -1) break;
    let e = p;
    while (e < nl && runChar(text.charCodeAt(e))) e++;
    if (e < nl && !(e === nl - 1 && text.charCodeAt(e) === 13)) continue;
    let width: [number, number] | null = null;
    for (let ls = text.lastIndexOf('\n', p) + 1; nl !== -1; ls = nl + 1, nl = text.indexOf('\n', ls)) {
      // The chain's lines are read once (a keyword in them starts no other).
      done = nl;
      const first = ls <= p;
      const cut: [number, number] | null =
        cutAt(text, ls, nl, width, text.slice(p, p + 8), !first) ?? (first ? shortCut(text, p, nl) : null);
      if (cut === null) break;
      // The next lines of the chain have the width of its first (of the second, after a short first).
      const own = first && p === textStart(text, ls);
      // A line broken after a hyphen gives none (cutAt).
      const hyphen = text.charCodeAt(cut[0] - 1) === 45;
      if (!hyphen && (!first || own || cut[0] - ls >= WIDTH_FROM_FIRST))
        width ??= [cut[0] - ls, cut[0] - textStart(text, ls)];
      cuts.push(cut);
    }
  }
  return cuts;
}

/** The provider shapes' keywords, but those of punctuation (`:AA`). */
const KEYWORDS = SHAPE_RULES.flatMap((r) => r.keywords).filter((k) => /^[A-Za-z0-9][\x20-\x7e]+$/.test(k));
/** The keywords that are a token's prefix (`sk-proj-`, `ghp_`, `hvs.`): a short first line may hold one (shortCut). */
const PREFIXES = KEYWORDS.filter((k) => /^[A-Za-z][A-Za-z0-9_-]*[._-]$/.test(k));
const WHOLE = new Set(KEYWORDS);
/** Whether `s` starts with a provider's keyword (`fc-`, `re_`, `AKIA`, `dapi`). */
export const keyworded = (s: string): boolean => KEYWORDS.some((k) => s.startsWith(k));
const MAX_KEYWORD = most(KEYWORDS.map((k) => k.length));
/** Each proper head of a keyword (`tv`, `tvl`, `tvly`) and the keywords it starts. */
const HEADS = new Map<string, string[]>();
for (const k of new Set(KEYWORDS))
  for (let n = 1; n < k.length; n++) HEADS.set(k.slice(0, n), [...(HEADS.get(k.slice(0, n)) ?? []), k]);

/** The pass: `detect` gives the other passes' hits in a text (the wrapped lines joined). */
export function hardWrapPass(detect: (text: string) => Hit[]): Pass {
  // Found by the shared literal scan (literal-scan.ts).
  const scan = literalScan(KEYWORDS)!;
  const pass = runPass((text) => {
    const cut = cutStarts(text);
    const starts = cut.length === 0 ? scan(text) : [...new Set([...scan(text), ...cut])].sort((a, b) => a - b);
    const joined = starts.length > 0 ? joinCuts(text, wrapCuts(text, starts)) : null;
    if (!joined) return [];
    // A complete token of a fixed-length form at the line's end does not take the next line (split.ts), whatever
    // found it (a key name's value).
    const whole = (h: Hit): boolean => {
      const j = joinInside(joined, h);
      if (j === undefined) return false;
      let s = j;
      while (s > h.start && runChar(joined.text.charCodeAt(s - 1))) s--;
      return completeForm(h.rule, joined.text.slice(h.start, j)) || anyCompleteForm(joined.text.slice(s, j));
    };
    return disjoint(
      mappedHits(
        joined,
        detect(joined.text).filter((h) => !whole(h)),
      ),
    );
  });
  return { ...pass, lineWidths: true };
}
