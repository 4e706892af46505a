/**
 * Tokens spelled one character at a time (one-step.ts): characters with invisible ones between them (zero-width
 * spaces, joiners, a BOM, soft hyphens), in full-width forms, separated by single spaces or dashes; or as C char
 * arrays `{'s','k',…}` (lists of character codes are byte-lists.ts's).
 *
 * The regexes run only where a cheap scan found room for a match (most text has none): spaced letters where every
 * other character is a space or a dash over 22 characters (spacedWindows), character lists at `','` or `", "` (the
 * shared literal scan),
 * invisible characters in text that holds one (a one-byte string holds none: that test is free).
 */
import type { Candidate } from './candidate.js';
import { literalScan } from './literal-scan.js';
import { caseAndDigitClasses, encodedToken } from './credential-values.js';
import { isAlnum } from './escapes.js';
import { wordiness } from './generic.js';
import { decodedIdentifier } from './learn-gate.js';

/** The fewest characters spelled. */
const MIN = 12;
/** The characters that print as nothing (ignorable.ts: Default_Ignorable_Code_Point). */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const INVISIBLE_RUN = /[\w+/=.~\p{Default_Ignorable_Code_Point}-]{16,}/gu;
const FULL_WIDTH = /[\uff01-\uff5e]/;
const FULL_WIDTH_RUN = /[\w\uff01-\uff5e+/=.~-]{12,}/g;
const SPACED = /(?<![\w+/=.~-])(?:[\w+/=.~-][ -]){11,}[\w+/=.~-](?![\w+/=.~])/g;
/** The shortest spaced run: MIN characters and the separators between them. */
const SPACED_RUN = 2 * MIN - 1;
const CHARS = /(['"])[^'"\\\n]\1(?:[ \t]*,[ \t]*(['"])[^'"\\\n]\2){11,}/y;
/** Where a character list may go on (`'k', 's'`): its first quote is two characters before. */
const CHAR_JOINS = literalScan(["','", "', '", '", "', '","']);

/**
 * A random-looking token spelled out is a secret by itself; spaced out, only with both cases and digits (a list of
 * base-36 numbers, `1a 16 2q …`, reads as one lower-case token).
 */
const randomAlone = (kind: string, d: string): boolean =>
  kind !== 'spaced' || (/[a-z]/.test(d) && /[A-Z]/.test(d) && /\d/.test(d));

function push(out: Candidate[], start: number, end: number, decoded: string | null, kind: string): void {
  if (decoded !== null && decoded.length >= MIN)
    out.push({ ranges: [[start, end]], decoded, kind, random: randomAlone(kind, decoded) });
}

/** The matches of a global regex in text[start, end), read with one character either side (lookarounds). */
function eachIn(
  text: string,
  start: number,
  end: number,
  re: RegExp,
  decode: (m: string) => string | null,
  kind: string,
  out: Candidate[],
): void {
  const from = Math.max(0, start - 1);
  const slice = text.slice(from, Math.min(text.length, end + 1));
  re.lastIndex = 0;
  for (let m = re.exec(slice); m !== null && out.length < 64; m = re.exec(slice))
    push(out, from + m.index, from + m.index + m[0].length, decode(m[0]), kind);
}

const isSep = (c: number): boolean => c === 32 || c === 45;

/** A separator at `k`, `k + 2` and `k + 4`. */
const three = (text: string, k: number): boolean =>
  isSep(text.charCodeAt(k)) && isSep(text.charCodeAt(k + 2)) && isSep(text.charCodeAt(k + 4));

/** How far apart spacedWindows probes the text: a spaced match's separators at odd offsets 1-21 hold one probed. */
const PROBE = 16;

/**
 * The ranges where a token spelled with spaces or dashes may be: the maximal stretches where every two neighbouring
 * positions hold a separator, SPACED_RUN - 1 long or more, that hold a separator with two more 2 and 4 after it. A
 * match (a separator at each odd offset from 1 to 21) has one at a probed position or the next, at most 17 in, with
 * two more after it: a probe every PROBE characters finds it. Prose fails most probes on two reads.
 */
function spacedWindows(text: string): [number, number][] {
  const out: [number, number][] = [];
  const n = text.length;
  const loose = (k: number): boolean => isSep(text.charCodeAt(k)) || isSep(text.charCodeAt(k + 1));
  for (let j = PROBE - 1; j < n; j += PROBE) {
    if (!isSep(text.charCodeAt(j)) && !isSep(text.charCodeAt(j + 1))) continue;
    // A dash is a separator and a spelled character: both positions are tried.
    const s = three(text, j) ? j : three(text, j + 1) ? j + 1 : -1;
    if (s === -1) continue;
    let l = s;
    while (l > 0 && loose(l - 1)) l--;
    let r = s;
    while (r + 1 < n && loose(r + 1)) r++;
    if (r - l + 1 >= SPACED_RUN - 1) out.push([l, Math.min(n, r + 2)]);
    // The next probe past this stretch (r + 1 is no position of it).
    while (j + PROBE <= r) j += PROBE;
  }
  return out;
}

/** Character lists (`{'s', 'k', …}`), tried where the shared scan found a join. */
function charLists(text: string, out: Candidate[]): void {
  let end = 0;
  for (const at of CHAR_JOINS ? CHAR_JOINS(text) : []) {
    const start = at - 2;
    if (start < end || start < 0 || out.length >= 64) continue;
    CHARS.lastIndex = start;
    const m = CHARS.exec(text);
    if (m === null) continue;
    end = start + m[0].length;
    push(out, start, end, chars(m[0]), 'char-list');
  }
}

const chars = (m: string): string => [...m.matchAll(/(['"])([^'"\\\n])\1/g)].map((c) => c[2]).join('');
/** Every other character (a token spelled with single spaces or dashes between its characters). */
const spaced = (m: string): string | null => {
  let s = '';
  for (let i = 0; i < m.length; i += 2) s += m[i];
  return (/[A-Za-z]/.test(s) && /\d/.test(s)) || (/[a-z]/.test(s) && /[A-Z]/.test(s)) ? s : null;
};

/** The fewest characters of a token spread out with gaps of spaces, dots or dashes. */
const SPREAD_MIN = 16;
/** A spread character: a letter, a digit or `_ + / = ~` (`.` and `-` may be gaps). */
const isSpread = (c: number): boolean => isAlnum(c) || c === 95 || c === 43 || c === 47 || c === 61 || c === 126;
/** The longest gap (`  -  `: blanks around a dash, itself maybe a character of the token, ` - - - `). */
const SPREAD_GAP = 7;
const isGap = (c: number): boolean => c === 32 || c === 9 || c === 46 || c === 45;

/**
 * Spread characters that read as a key by themselves: an encoded token (credential-values.ts), not words (a
 * letter-spaced heading, `S t e p  1 2 / 2 0  -  A g e n t 2 …`: random base62's wordiness is 0.64 at the 99th
 * percentile, headings' 0.75-1), no id or base64 of text (learn-gate.ts's decodedIdentifier), not a sequence
 * (`0 1 2 … 9 a b c … f`, a dump's header; the alphabet).
 */
function spreadSecret(chars: string): boolean {
  let steps = 0;
  for (let k = 1; k < chars.length; k++) if (chars.charCodeAt(k) === chars.charCodeAt(k - 1) + 1) steps++;
  const token = encodedToken(chars.slice(0, 128)) && !decodedIdentifier(chars);
  return token && wordiness(chars) < 0.7 && steps * 2 < chars.length;
}

/** Whether text[p] and text[p + 1] may both be in a spread run: spread characters or gaps, not two characters. */
function pairFits(text: string, p: number): boolean {
  const a = text.charCodeAt(p);
  const b = text.charCodeAt(p + 1);
  const sa = isSpread(a);
  const sb = isSpread(b);
  return !(sa && sb) && (sa || isGap(a)) && (sb || isGap(b));
}
/**
 * The fewest characters a run of SPREAD_MIN spans (a gap between each two), and how far apart the text is probed: a
 * run's first SPREAD_SPAN - 1 positions hold a probe, and the position after it is the run's too.
 */
const SPREAD_SPAN = 2 * SPREAD_MIN - 1;
const SPREAD_PROBE = SPREAD_SPAN - 1;
/**
 * Tokens spread out with a gap of 1-7 spaces, dots or dashes between every two characters (`s k - a n t - …`,
 * `g . h . p _ …`, a mix): runs of SPREAD_MIN single characters or more. Every two neighbouring characters of a run
 * fit (pairFits) and a run spans SPREAD_SPAN characters or more, so it holds a probed pair (one every SPREAD_PROBE
 * characters) with its neighbours: only the maximal stretches of fitting pairs around a fitting probe, long enough,
 * are walked (spreadIn: a walk never leaves its stretch). Prose fails most probes or ends them at the next word.
 */
export function spreadCandidates(text: string, out: Candidate[]): void {
  const n = text.length;
  let done = 0;
  for (let j = SPREAD_PROBE - 1; j + 1 < n && out.length < 64; j += SPREAD_PROBE) {
    if (j < done || !pairFits(text, j)) continue;
    let l = j;
    while (l > 0 && pairFits(text, l - 1)) l--;
    let r = j + 1;
    while (r + 1 < n && pairFits(text, r)) r++;
    done = r + 1;
    if (done - l >= SPREAD_SPAN) spreadIn(text, l, done, out);
  }
}

/**
 * The runs of text[from, to), found in one walk (each character read once or twice). Two readings: the run without
 * its blanks (`sk-ant-…`, for the provider shapes) and its characters alone, a secret by itself when it reads as an
 * encoded token (random letters and digits: letter-spaced headings are words).
 */
export function spreadIn(text: string, from: number, to: number, out: Candidate[]): void {
  const n = text.length;
  for (let i = from; i < to && out.length < 64;) {
    if (!isSpread(text.charCodeAt(i)) || (i > 0 && isSpread(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let chars = '';
    let end = i;
    for (let k = i; isSpread(text.charCodeAt(k)) && !isSpread(text.charCodeAt(k + 1));) {
      chars += text[k];
      end = k + 1;
      let g = k + 1;
      while (g < n && g - k - 1 <= SPREAD_GAP && isGap(text.charCodeAt(g))) g++;
      if (g === k + 1 || g - k - 1 > SPREAD_GAP) break;
      k = g;
    }
    if (chars.length >= SPREAD_MIN) {
      const whole = text.slice(i, end);
      // Read by the other passes when it may be one token (a run of many KiB is judged by its characters only).
      if (end - i <= 4096) out.push({ ranges: [[i, end]], decoded: whole.replace(/[ \t]+/g, ''), kind: 'spaced' });
      // Inside a list of short numbers (base 36's `1a 16 2q …` between `2g` and `15`), one case is no key's.
      const listed =
        /(?:^|\s)[a-z\d]{2,3} $/i.test(text.slice(Math.max(0, i - 5), i)) &&
        /^ [a-z\d]{2,3}(?:\s|$)/i.test(text.slice(end, end + 5));
      const secret = spreadSecret(chars) && !(listed && caseAndDigitClasses(chars) < 3);
      out.push({ ranges: [[i, end]], decoded: chars, kind: 'spaced', secret });
    }
    i = Math.max(i + 1, end);
  }
}

/** Candidates of tokens spelled one character at a time. */
export function spelledCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (INVISIBLE.test(text)) {
    const strip = (m: string): string | null => {
      const s = m.replace(/\p{Default_Ignorable_Code_Point}/gu, '');
      return s.length < m.length ? s : null;
    };
    eachIn(text, 0, text.length, INVISIBLE_RUN, strip, 'invisible', out);
  }
  if (FULL_WIDTH.test(text))
    eachIn(
      text,
      0,
      text.length,
      FULL_WIDTH_RUN,
      (m) => (FULL_WIDTH.test(m) ? m.normalize('NFKC') : null),
      'full-width',
      out,
    );
  for (const [s, e] of spacedWindows(text)) eachIn(text, s, e, SPACED, spaced, 'spaced', out);
  spreadCandidates(text, out);
  charLists(text, out);
  return out;
}
