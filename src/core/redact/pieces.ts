/**
 * Keys assembled from string pieces (one-step.ts): a list of string literals (`["…", "…"].join("")`,
 * `"".join([…])`, a JSON array under any name), literals concatenated with `+`, across a `\` line continuation or
 * side by side (Python's and C's adjacent literals), shell variables used together (`A=…`, `B=…`, `"$A$B"`), and
 * lines labelled `part 1: …`, `part 2: …`. The pieces are joined and scanned; when the join holds a key, each piece
 * is replaced by its own placeholder. The regexes are tried only where a match may start (joins.ts, and `part`
 * found by the shared literal scan).
 */
import { randomKey } from './assembled.js';
import type { Candidate } from './candidate.js';
import { chainStarts, dollars, listStarts } from './joins.js';
import { literalScan } from './literal-scan.js';

type Range = readonly [number, number];
const LIST = /\[\s*(?:(["'`])[\w+/=.~:-]{2,200}\1\s*,\s*){1,15}(["'`])[\w+/=.~:-]{2,200}\2\s*,?\s*\]/y;
/** A string literal (not a key: no `:` after it) in a chain of literals. */
const LIT = (n: number): string => `(["'\`])[\\w+/=.~:-]{2,200}\\${n}(?![ \\t]*:)`;
/** What joins two literals: `+`, a `\` line continuation, an indented next line (inside parentheses), blanks. */
const SEP = String.raw`(?:[ \t]*\+[ \t]*(?:\\?\r?\n[ \t]*)?|[ \t]*\\\r?\n[ \t]*(?:\+[ \t]*)?|\r?\n[ \t]*\+[ \t]*|[ \t]*\r?\n[ \t]+|[ \t]+)`;
const CHAIN = new RegExp(`${LIT(1)}(?:${SEP}${LIT(2)}){1,15}`, 'y');
const PART = /\bpart\s*#?(\d)\s*(?:of\s*\d\s*)?[:=)]\s*[`"']?([\w+/=.~-]{4,200})/iy;
const PART_AT = literalScan(['part']);
const USE = /\$\{?([A-Za-z_]\w*)\}?\$\{?([A-Za-z_]\w*)\}?(?:\$\{?([A-Za-z_]\w*)\}?)?/y;

const AT_LITERAL = /(["'`])([\w+/=.~:-]{2,200})\1/y;
/** Rust's `concat!(…)` and `format!("{}{}", …)` of literals (the format string's own text is a piece too). */
const MACRO = /(concat|format)!\(\s*((?:"[\w+/=.~:{}$%-]{0,200}"\s*,\s*){1,16}"[\w+/=.~:$%-]{0,200}")\s*,?\s*\)/y;
const MACRO_AT = literalScan(['concat!(', 'format!(']);
const MACRO_LIT = /"([^"]*)"/g;
const BETWEEN = /[\s+\\,[\]]*/y;

/** The literals' contents in a match at `start` (literals and what joins them, only): their ranges and the join. */
function literals(match: string, start: number, kind: string): Candidate | null {
  const ranges: Range[] = [];
  let decoded = '';
  for (let p = 0; p < match.length;) {
    BETWEEN.lastIndex = p;
    if (BETWEEN.exec(match)) p = BETWEEN.lastIndex;
    AT_LITERAL.lastIndex = p;
    const m = AT_LITERAL.exec(match);
    if (!m) break;
    ranges.push([start + p + 1, start + p + 1 + m[2]!.length]);
    decoded += m[2];
    p = AT_LITERAL.lastIndex;
  }
  return ranges.length >= 2 && decoded.length >= 16 ? { ranges, decoded, kind } : null;
}

/** The matches of a sticky regex at the places given (in order), not overlapping. */
function* stickyAt(text: string, re: RegExp, starts: Iterable<number>): Generator<RegExpExecArray> {
  let end = 0;
  for (const at of starts) {
    if (at < end) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) continue;
    end = at + m[0].length;
    yield m;
  }
}

function matches(text: string, re: RegExp, starts: readonly number[], out: Candidate[]): void {
  for (const m of stickyAt(text, re, starts)) {
    if (out.length >= 64) return;
    const c = literals(m[0], m.index, 'pieces');
    if (c) out.push(c);
  }
}

/** Where `part` starts a word. */
const partStarts = (text: string): number[] =>
  (PART_AT ? PART_AT(text) : []).filter((at) => at === 0 || !/\w/.test(text[at - 1]!));

/** `part 1: …` lines, joined in their numbers' order (1, 2, …). */
function parts(text: string, out: Candidate[]): void {
  const found: { n: number; range: Range; value: string }[] = [];
  for (const m of stickyAt(text, PART, partStarts(text))) {
    if (found.length >= 16) break;
    const start = m.index + m[0].length - m[2]!.length;
    found.push({ n: Number(m[1]), range: [start, start + m[2]!.length], value: m[2]! });
  }
  const first = found.findIndex((f) => f.n === 1 || f.n === 0);
  if (first === -1) return;
  const run = [found[first]!];
  for (let k = first + 1; k < found.length && found[k]!.n === run[run.length - 1]!.n + 1; k++) run.push(found[k]!);
  if (run.length >= 2)
    out.push({ ranges: run.map((f) => f.range), decoded: run.map((f) => f.value).join(''), kind: 'pieces' });
}

/** Rust's `concat!` and `format!` of literals: the pieces in the order they make the string. */
function macros(text: string, out: Candidate[]): void {
  for (const m of stickyAt(text, MACRO, MACRO_AT ? MACRO_AT(text) : [])) {
    if (out.length >= 64) return;
    const lits = [...m[2]!.matchAll(MACRO_LIT)].map((l): Range => {
      const s = m.index + m[0].indexOf(m[2]!) + l.index + 1;
      return [s, s + l[1]!.length];
    });
    let ranges = lits;
    if (m[1] === 'format') {
      // The format string's text and its `{}` filled in order by the other literals.
      const [fs, fe] = lits[0]!;
      const args = lits.slice(1);
      ranges = [];
      let at = fs;
      for (let k = text.indexOf('{}', fs); k !== -1 && k < fe; k = text.indexOf('{}', k + 2)) {
        if (k > at) ranges.push([at, k]);
        const arg = args.shift();
        if (!arg) return;
        ranges.push(arg);
        at = k + 2;
      }
      if (at < fe) ranges.push([at, fe]);
      if (args.length > 0 || ranges.some(([a, b]) => /[{}]/.test(text.slice(a, b)))) continue;
    }
    ranges = ranges.filter(([a, b]) => b > a);
    const decoded = ranges.map(([a, b]) => text.slice(a, b)).join('');
    if (ranges.length >= 2 && decoded.length >= 16) out.push({ ranges, decoded, kind: 'pieces' });
  }
}

/** The value last assigned to shell variable `name` in the 4096 characters before `at`: its range. */
function assigned(text: string, name: string, at: number): Range | null {
  const from = Math.max(0, at - 4096);
  const re = new RegExp(`(?:^|[\\s;])(?:export\\s+)?${name}=(["']?)([\\w+/=.~-]{2,200})\\1`, 'gm');
  const defs = [...text.slice(from, at).matchAll(re)];
  const def = defs[defs.length - 1];
  if (!def) return null;
  const start = from + def.index + def[0].length - def[2]!.length - def[1]!.length;
  return [start, start + def[2]!.length];
}

/** Shell variables used side by side (`"$A$B"`): the values assigned to them above. */
function shellJoins(text: string, out: Candidate[]): void {
  for (const m of stickyAt(text, USE, dollars(text))) {
    if (out.length >= 64) return;
    const names = [m[1], m[2], m[3]].filter((n): n is string => n !== undefined);
    const ranges = names.map((name) => assigned(text, name, m.index));
    if (ranges.some((r) => r === null)) continue;
    const decoded = ranges.map((r) => text.slice(r![0], r![1])).join('');
    // A random key assembled from variables is a secret by itself (assembled.ts).
    if (decoded.length >= 16)
      out.push({ ranges: ranges as Range[], decoded, kind: 'pieces', secret: randomKey(decoded) });
  }
}

/** Candidates of keys in pieces. */
export function pieceCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  matches(text, LIST, listStarts(text), out);
  matches(text, CHAIN, chainStarts(text), out);
  parts(text, out);
  macros(text, out);
  if (text.includes('$')) shellJoins(text, out);
  return out;
}
