/**
 * A value under a key name, written as string literals the code concatenates: `const apiKey = "…" + "…";`,
 * Python's `api_key = ("…" "…")` (also over lines). The key-name layer reads the first literal only; here every
 * literal of the chain is redacted when the name, judged with the joined value (judgeAssignment), says secret.
 * Read only at a junction of two literals (a quote, blanks or `+`, a quote), after a backward check that a literal
 * of 4+ characters after `=` or `:` ends there. A literal followed by `:` is the next entry's key (`"client_secret":`
 * on the line after `JWT_SECRET='…'`), no piece of the value.
 */
import { isGenericSecretName } from './generic.js';
import { baseName, isSecretKey, isWeakSecretKey, judgeAssignment } from './key-names.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { isRunChar } from './split.js';
import { literalScan } from './literal-scan.js';
import { shapeOf } from './continuations.js';

/** The rule of a value's pieces judged joined (code-defaults.ts, named-elements.ts and here). */
export const PIECE_RULE = 'split-secret-value';

/** A language's concatenation operator: `+`, PHP's and Perl's `.`, Lua's `..`, VB's `&`, SQL's `||`. */
const OP = String.raw`(?:\+|\.\.?|&|\|\|)`;
/**
 * What joins two literals: an operator (VB's ` _` and a line break after it), a line break (a `\` before it, or
 * PowerShell's backtick: round 39; an operator after it), blanks, or a template's `}${` (`${"…"}${"…"}`). Each blank
 * run is followed by a character that ends it (linear on a long run).
 */
const BREAK = String.raw`[\\\x60]?\r?\n[ \t]*`;
const SEP = String.raw`(?:[ \t]*${OP}[ \t]*(?:_[ \t]*)?(?:${BREAK})?|[ \t]*(?:_[ \t]*)?${BREAK}(?:${OP}[ \t]*)?|[ \t]+|\}\$\{)`;
/** A literal's characters (a password's symbols too); a literal is up to 4 KiB (an AWS session token is 400+). */
const PIECE = '[A-Za-z0-9_+/=.~!@#$%^*-]';
/** A closing quote, what joins, an opening quote (C#'s `@"`); or the shell's `"…"'…'`, quotes of two kinds touching. */
export const JUNCTION = new RegExp(String.raw`["'\x60]${SEP}@?["'\x60]|"'|'"`, 'g');
/** A name, what assigns (`=`, `:`, `:=`, VB's `As String =`, a call's `,`, `#define`'s blanks), the literals. */
const CHAIN = new RegExp(
  String.raw`([A-Za-z_][A-Za-z0-9_.-]{0,63})(?:\\?["'\]]){0,2}(?:[ \t]+As[ \t]+\w+)?(?:[ \t]*(?::=|=|:|,)|(?=[ \t]))` +
    String.raw`[ \t]*(?:\(|\x60\$\{)?\s*@?(["'\x60])(${PIECE}{1,4096})\2` +
    String.raw`((?:(?:${SEP})?@?(["'\x60])${PIECE}{1,4096}\5(?![ \t]*:)){1,8})`,
  'y',
);
const LITERAL = /(["'`])([A-Za-z0-9_+/=.~!@#$%^*-]{1,4096})\1/g;

/**
 * Where to look for a name before the literal that ends at the quote `q`: the literal must follow `=`, `:` or `,`
 * (blanks, `(`, a template's `` `${ ``, C#'s `@` between), or a `#define NAME`; else -1. A plain backward scan, so
 * minified code's `"a"+"b"` costs a few characters each.
 */
function assignmentAt(text: string, q: number): number {
  let i = q - 1;
  while (i > q - 4098 && i >= 0 && isLiteralChar(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  if (q - 1 - i < 1 || (c !== 34 && c !== 39 && c !== 96)) return -1;
  let j = i - 1;
  while (j > i - 64 && j >= 0 && /[\s(`${@]/.test(text[j]!)) j--;
  if (text[j] === '=' || text[j] === ':' || text[j] === ',') return j;
  if (!isNameChar(text.charCodeAt(j))) return -1;
  const head = text.slice(Math.max(0, j - 96), j + 1);
  return /(?:^|\n)[ \t]*#[ \t]*define[ \t]+[A-Za-z_]\w*$/.test(head) ? j + 1 : -1;
}

export const mayBeSecretName = (name: string): boolean =>
  isSecretKey(name) || isWeakSecretKey(name) || isGenericSecretName(baseName(name));
/** A literal's character (PIECE): a run's, or a password's symbol. */
const isLiteralChar = (c: number): boolean =>
  isRunChar(c) || c === 33 || c === 35 || c === 36 || c === 37 || c === 42 || c === 64 || c === 94;
const isNameChar = (c: number): boolean => isRunChar(c) && c !== 43 && c !== 47 && c !== 61 && c !== 126;

/** The name that ends at `e` (inclusive): where it starts and ends, or null; VB's `apiKey As String` gives `apiKey`. */
function nameBefore(text: string, e: number, depth = 0): [number, number] | null {
  let b = e;
  while (b > e - 64 && b >= 0 && isNameChar(text.charCodeAt(b))) b--;
  if (b === e) return null;
  const as = depth === 0 ? /[ \t]+As[ \t]+$/.exec(text.slice(Math.max(0, b - 16), b + 1)) : null;
  return as ? nameBefore(text, b - as[0].length, 1) : [b + 1, e + 1];
}

/** The chain of literals under a secret-ish name that holds the junction at `at`. */
function chainAt(text: string, at: number, junction: string): RegExpExecArray | null {
  const eq = assignmentAt(text, at);
  if (eq === -1) return null;
  // Back over `:` of `:=`, blanks, a closing quote or bracket (`"api_key":`, `["X"] =`), then the name.
  let e = eq - 1;
  while (e > eq - 6 && e >= 0 && /[:\s"'\]\\]/.test(text[e]!)) e--;
  const name = nameBefore(text, e);
  // Any name when the chain goes over a line (round 39: `$k = "sk-proj-…" + \``): then a provider's shape must judge.
  if (name === null || (!mayBeSecretName(text.slice(name[0], name[1])) && !/\n/.test(junction))) return null;
  const b = name[0];
  // A call's `,` follows a quoted name that opens it (`define('API_KEY', …)`, `VALUES ('api_key', …)`).
  if (text[eq] === ',' && !/\(\s*["']$/.test(text.slice(Math.max(0, b - 8), b))) return null;
  CHAIN.lastIndex = b;
  const c = CHAIN.exec(text);
  return c !== null && c.index + c[0].length > at ? c : null;
}

/**
 * A junction starts with a quote then a blank, `+` or a line break: those pairs found by the shared literal scan, and
 * JUNCTION tried there only (sticky), not searched for over all the text (every quote of a JSON log tried).
 */
const JUNCTION_STARTS = literalScan(
  // A backtick after the quote: PowerShell's line continuation (`"…" + \`` then the next line's literal: round 39).
  ['"', "'", '`'].flatMap((q) => [' ', '\t', '+', '\r', '\n', '.', '&', '|', '}', '"', "'", '`'].map((c) => q + c)),
);
const JUNCTION_AT = new RegExp(JUNCTION.source, 'y');

/** The first junction at or after `from` (called with `from` increasing), as JUNCTION's exec from there finds it. */
export function junctions(text: string): (from: number) => RegExpExecArray | null {
  const starts = JUNCTION_STARTS?.(text);
  if (!starts) {
    return (from) => {
      JUNCTION.lastIndex = from;
      return JUNCTION.exec(text);
    };
  }
  let k = 0;
  return (from) => {
    for (; k < starts.length; k++) {
      if (starts[k]! < from) continue;
      JUNCTION_AT.lastIndex = starts[k]!;
      const m = JUNCTION_AT.exec(text);
      if (m !== null) return m;
    }
    return null;
  };
}

/**
 * A joined value that may be a key: 8+ characters with a digit or both cases, not a URL or a path (`"https://" +
 * host`, `"~/.config/" + "app/"`): words and paths are joined too, and a strong name alone would take them.
 */
export const keyLike = (v: string): boolean =>
  v.length >= 8 && (/\d/.test(v) || (/[a-z]/.test(v) && /[A-Z]/.test(v))) && !/^(?:[~.]*\/|[a-z]+:\/\/)/.test(v);

function concatHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const next = junctions(text);
  let from = 0;
  for (let m = next(0); m !== null; m = next(from)) {
    const c = chainAt(text, m.index, m[0]);
    if (c === null) {
      from = m.index + 1;
      continue;
    }
    const tail = c[0].length - c[4]!.length;
    const pieces = [...c[4]!.matchAll(LITERAL)];
    const joined = c[3]! + pieces.map((p) => p[2]).join('');
    const secretName = mayBeSecretName(c[1]!);
    const rule = !keyLike(joined) ? null : secretName ? judgeAssignment(c[1]!, joined) : shapeOf(joined);
    from = c.index + c[0].length;
    if (rule === null) continue;
    // Each literal is a piece of the value, never a value of its own: not learned (learn-hits.ts), so another token
    // that starts like the first piece (an AWS session token's `IQoJb3JpZ2lu`) is not cut where the piece ends.
    const first = c.index + tail - 1 - c[3]!.length;
    hits.push({ rule: PIECE_RULE, start: first, end: first + c[3]!.length });
    for (const p of pieces)
      hits.push({
        rule: PIECE_RULE,
        start: c.index + tail + p.index + 1,
        end: c.index + tail + p.index + 1 + p[2]!.length,
      });
  }
  return hits;
}

export function concatPass(): Pass {
  return runPass(concatHits);
}
