/**
 * A key put together in code under any name (round 23, one-step.ts's finders): string literals concatenated (`+`,
 * PHP's `.`, side by side as Python's and the shell's `"ab""cd"`, across lines in parentheses), templated
 * (`${'ab'}${'cd'}`, f-strings' `{'ab'}{'cd'}`, `"%s%s" % (…)`, `"{}{}".format(…)`, `Sprintf("%s%s", …)`), appended
 * (`.append("ab").append("cd")`, `'ab'.concat('cd')`) or listed and joined with no separator (`[…].join('')`,
 * `"".join(…)`, `String.join("", …)`, `string.Concat(…)`, `strings.Join([]string{…}, "")`, `concat!`, `implode('',
 * …)`, `listOf(…).joinToString("")`, `[…].joined()`, `[…].concat()`); and a literal reversed in code (`"…"[::-1]`,
 * `reversed('…')`, `.split('').reverse().join('')`, `strrev('…')`, `rev <<< "…"`, `.reverse`). Splitting a random
 * string into literals or writing it backwards is what hides a key: a join or a reversal that reads as a random token
 * (credential-values.ts's randomToken or symbolKey; not hex digits, a UUID or words) is a secret by itself, whatever
 * the name; one that starts like a provider's prefix is given to the other passes. Literals are found by one global
 * regex of bounded literals; a gap between two is read only up to GAP_MAX characters, a context up to CONTEXT.
 */
import type { Candidate } from './candidate.js';
import { randomToken, symbolKey } from './credential-values.js';
import { alphabetRun } from './benign.js';

type Range = readonly [number, number];
interface Lit {
  at: number;
  end: number;
  v: string;
}

/** A literal of up to 64 characters with no blank, quote or backslash (a piece of a key; `""` is one, and no piece). */
const LIT = /(["'`])([^"'`\s\\]{0,64})\1/g;
const GAP_MAX = 40;
const KEY_AFTER = /^[ \t]?:(?!:)/;
const CONTEXT = 48;
/** Gaps that concatenate: `+`, `.`, nothing, `}${`, `}{`, `).append(`, `.concat(`, `].concat([`. */
const JOINING = /^(?:\s*[+.]\s*|\}\$\{|\}\{|\)\s*\.\s*append\s*\(\s*|\]?\s*\)?\s*\.\s*concat\s*\(\s*\[?\s*|)$/;
/** Gaps of a list: a comma (the list must be joined: JOIN_BEFORE, JOIN_AFTER). */
const LISTING = /^\s*,\s*$/;
/** Blanks: Python's implicit concatenation after `=` or `(` (one line, or lines in parentheses). */
const BLANKS = /^\s+$/;
const JOIN_BEFORE =
  /(?:join|Join|Concat|concat!?|implode|printf|Sprintf|format|listOf|arrayOf)\s*\(\s*(?:(["'`])\1\s*,\s*)?(?:\[\]string\s*\{|new\s*(?:string\s*)?\[\]\s*\{|\[|\(|listOf\(|arrayOf\()?\s*$/;
const JOIN_AFTER =
  /^\s*[\])}]{0,2}\s*\)?\s*\.\s*(?:join\s*\(\s*(?:(["'`])\1)?\s*\)|join\b(?!\s*\()|concat\s*\(\s*\)|joined\s*\(\s*\)|joinToString\s*\(\s*(?:""\s*)?\))|^\s*\}\s*,\s*(["'`])\2\s*\)/;
/** A join with a separator (`",".join([`, `strings.Join(…, "-")`, `.join(" ")`): words or ids listed, no key. */
const SEPARATED_BEFORE = /(["'`])[^"'`]+\1\s*\.\s*join\s*\(\s*[[(]?\s*$/;
const SEPARATED_AFTER = /^\s*[\])}]{0,2}\s*(?:,\s*|\)?\s*\.\s*join(?:ToString)?\s*\(\s*)(["'`])[^"'`]+\1/;
/** A format string of placeholders only (`%s%s`, `{}{}`), filled by the literals after it. */
const FORMAT = /^(?:%s|\{\})+$/;
const FORMAT_GAP = /^\s*(?:%\s*\(|\.\s*format\s*\(|,)\s*$/;
const REVERSING = /\[::-1\]|\.reverse\b|\breversed\s*\(|\bstrrev\s*\(|\brev\s*<<<|\bStringBuilder\s*\(/;
/** A provider's prefix or a URL's scheme and user at the start (the other passes judge the join: round 40). */
const PREFIXED = /^(?:[A-Za-z][A-Za-z0-9]{1,11}[-_.]|[a-z][a-z0-9+.-]{1,15}:\/\/[^/\s]*:)/;

const WORD_ID = /^[A-Za-z]+\d*(?:_\d+)?$/;
/** The name assigned just before (`label = `, `const tokenUrl = `, `cache_dir := `): its last word. */
const ASSIGNED = /([A-Za-z_$][\w$]*)\s*(?::\s*[\w.<>[\]]+\s*)?(?::=|=|:)\s*[^=:]*$/;
const WHAT =
  /^(?:label|title|text|caption|message|msg|name|id|ids|uuid|guid|url|uri|path|dir|file|filename|hash|sha\d*|md5|digest|checksum|etag|class|classname|classes|css|style|query|sql|nonce|model|version|slug|selector|expected)$/;
/** True when the name assigned before says what the value is, and it is no secret (`label`, `tokenUrl`, `sha256`). */
function saysWhat(before: string): boolean {
  const name = ASSIGNED.exec(before)?.[1];
  if (name === undefined) return false;
  // PHP's and Perl's sigil is no part of the word (`$digest`).
  const words = name.replace(/^\$+/, '').split(/_|(?<=[a-z0-9])(?=[A-Z])/);
  return WHAT.test(words[words.length - 1]!.toLowerCase());
}

/** True when `s` reads as a random key: not hex digits, a UUID or an id of dashes and hex. */
/** Words and numbers between separators (`claude-3-opus-20240229`, `text-embedding-3-small`, `gpt-4o`, `llama-70b`). */
const wordsAndNumbers = (s: string): boolean =>
  s.split(/[-_.:/]+/).every((w) => /^(?:[a-z]+|[A-Z][a-z]*|[A-Z]+|\d+[a-z]{0,2}|v\d+)$/.test(w));

export function randomKey(s: string): boolean {
  if (s.length < 16 || s.length > 256 || /^[0-9a-fA-F-]+$/.test(s)) return false;
  // A run of the alphabet (`ABCDEFGHIJ…`, an RFC's unreserved characters spelled out) is typed, not drawn.
  if (wordsAndNumbers(s) || alphabetRun(s)) return false;
  return randomToken(s) || symbolKey(s);
}

/**
 * The literals assigned to a name right there (`const k = '…' +`), not an argument of a call (a test's expected digest
 * cut over lines: `self.check('sha384', b"", "38b0…"+` then `"274e…"`, attack 41).
 */
const ASSIGNED_HERE = /[A-Za-z_$][\w$]*\s*(?::\s*[\w.<>[\]]+\s*)?(?::=|=)\s*\(?\s*$/;

/**
 * A hex key cut into literals of 8 or more digits each (round 40: `'…' +` then `'…'` under `k`): 32 to 128 hex digits
 * of one case, letters and digits mixed. A digest is written whole (or named: saysWhat); cut, it reads as a key hidden.
 */
function splitHex(decoded: string, pieces: readonly Lit[]): boolean {
  if (!/^(?:[0-9a-f]{32,128}|[0-9A-F]{32,128})$/.test(decoded) || pieces.some((p) => p.v.length < 8)) return false;
  const letters = decoded.replace(/\d/g, '').length;
  return letters >= 6 && decoded.length - letters >= 6 && new Set(decoded).size >= 10;
}

/** How the gap between two literals joins them: 'join', 'list', 'blank', or null (they are apart). */
function gapKind(gap: string): 'join' | 'list' | 'blank' | 'lines' | null {
  if (gap.length > GAP_MAX) return null;
  if (JOINING.test(gap)) return 'join';
  if (LISTING.test(gap) || FORMAT_GAP.test(gap)) return 'list';
  return BLANKS.test(gap) ? (gap.includes('\n') ? 'lines' : 'blank') : null;
}

/** The candidate of a run of literals (null when its joins do not make one string). */
function runCandidate(text: string, run: readonly Lit[], kinds: readonly string[]): Candidate | null {
  let pieces = run;
  let formatted = false;
  if (FORMAT.test(run[0]!.v) && FORMAT_GAP.test(text.slice(run[0]!.end + 1, run[1]!.at - 1))) {
    pieces = run.slice(1);
    formatted = run[0]!.v.length / 2 === pieces.length;
    kinds = kinds.slice(1);
  }
  if (pieces.length < 2) return null;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const before = text.slice(Math.max(0, first.at - 1 - CONTEXT), first.at - 1);
  if (kinds.includes('list') && !formatted) {
    const after = text.slice(last.end + 1, last.end + 1 + CONTEXT);
    if (SEPARATED_BEFORE.test(before) || SEPARATED_AFTER.test(after)) return null;
    if (!JOIN_BEFORE.test(before) && !JOIN_AFTER.test(after) && !kinds.includes('join')) return null;
  }
  if (kinds.includes('blank') && !/[=(]\s*$/.test(before)) return null;
  // Literals on lines of their own are one string inside parentheses only (`x = (\n  "ab"\n  "cd"\n)`).
  if (kinds.includes('lines') && !/\(\s*$/.test(before)) return null;
  const decoded = pieces.map((p) => p.v).join('');
  // Words and ids listed (`"ArrowUp", "x86_64"`, `'org_807114', 'req_291629'`), or a name that says what it holds.
  const secret =
    !pieces.every((p) => WORD_ID.test(p.v) || wordsAndNumbers(p.v)) &&
    !saysWhat(before) &&
    (randomKey(decoded) || (splitHex(decoded, pieces) && !kinds.includes('list') && ASSIGNED_HERE.test(before)));
  if (!secret && !(decoded.length >= 16 && PREFIXED.test(decoded))) return null;
  return { ranges: pieces.map((p): Range => [p.at, p.end]), decoded, kind: 'pieces', secret };
}

/** A literal written backwards in code: its candidate, turned back. */
function reversal(text: string, lit: Lit): Candidate | null {
  if (lit.v.length < 16) return null;
  const around = text.slice(Math.max(0, lit.at - 1 - 20), lit.end + 1 + CONTEXT).split('\n');
  const line = around.find((l) => l.includes(lit.v)) ?? '';
  if (!REVERSING.test(line)) return null;
  const decoded = [...lit.v].reverse().join('');
  const secret = !saysWhat(line.slice(0, line.indexOf(lit.v))) && randomKey(decoded);
  if (!secret && !PREFIXED.test(decoded)) return null;
  return { ranges: [[lit.at, lit.end]], decoded, kind: 'reversed', secret };
}

/** The most pieces one candidate joins (a key of 512 characters in pieces of 8). */
const MAX_RUN = 64;

/** The candidates of keys joined from literals or reversed in code. */
export function assembledCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const reversing = text.includes('rev') || text.includes('::-1');
  let run: Lit[] = [];
  let kinds: string[] = [];
  const flush = (): void => {
    if (run.length >= 2) {
      const c = runCandidate(text, run, kinds);
      if (c) out.push(c);
    }
  };
  LIT.lastIndex = 0;
  for (let m = LIT.exec(text); m !== null && out.length < 64; m = LIT.exec(text)) {
    const lit = { at: m.index + 1, end: m.index + 1 + m[2]!.length, v: m[2]! };
    if (reversing) {
      const r = reversal(text, lit);
      if (r) out.push(r);
    }
    const prev = run[run.length - 1];
    // A key (`"client_secret":`), an empty literal or punctuation (`","` between JSON strings) is no piece.
    const piece = /[A-Za-z0-9]/.test(lit.v) && !KEY_AFTER.test(text.slice(lit.end + 1, lit.end + 3));
    const kind = prev && piece ? gapKind(text.slice(prev.end + 1, m.index)) : null;
    // A run longer than any key's pieces (a list of 1 MiB of `'s', `) is judged in windows of MAX_RUN: linear.
    if (kind === null || run.length >= MAX_RUN) {
      flush();
      [run, kinds] = [piece ? [lit] : [], []];
    } else {
      run.push(lit);
      kinds.push(kind);
    }
  }
  flush();
  return out;
}
