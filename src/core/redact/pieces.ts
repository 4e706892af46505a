/**
 * Keys assembled from string pieces (one-step.ts): a list of string literals (`["…", "…"].join("")`,
 * `"".join([…])`, a JSON array under any name), literals concatenated with `+`, across a `\` line continuation or
 * side by side (Python's and C's adjacent literals), shell variables used together (`A=…`, `B=…`, `"$A$B"`), and
 * lines labelled `part 1: …`, `part 2: …`. The pieces are joined and scanned; when the join holds a key, each piece
 * is replaced by its own placeholder.
 */
import type { Candidate } from './candidate.js';

type Range = readonly [number, number];
const LIST = /\[\s*(?:(["'`])[\w+/=.~:-]{2,200}\1\s*,\s*){1,15}(["'`])[\w+/=.~:-]{2,200}\2\s*,?\s*\]/g;
/** A string literal (not a key: no `:` after it) in a chain of literals. */
const LIT = (n: number): string => `(["'\`])[\\w+/=.~:-]{2,200}\\${n}(?![ \\t]*:)`;
/** What joins two literals: `+`, a `\` line continuation, an indented next line (inside parentheses), blanks. */
const SEP = String.raw`(?:[ \t]*\+[ \t]*(?:\\?\r?\n[ \t]*)?|[ \t]*\\\r?\n[ \t]*(?:\+[ \t]*)?|\r?\n[ \t]*\+[ \t]*|[ \t]*\r?\n[ \t]+|[ \t]+)`;
const CHAIN = new RegExp(`${LIT(1)}(?:${SEP}${LIT(2)}){1,15}`, 'g');
const PART = /\bpart\s*#?(\d)\s*(?:of\s*\d\s*)?[:=)]\s*[`"']?([\w+/=.~-]{4,200})/gi;
const USE = /\$\{?([A-Za-z_]\w*)\}?\$\{?([A-Za-z_]\w*)\}?(?:\$\{?([A-Za-z_]\w*)\}?)?/g;

const AT_LITERAL = /(["'`])([\w+/=.~:-]{2,200})\1/y;
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

function matches(text: string, re: RegExp, kind: string, out: Candidate[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && out.length < 64; m = re.exec(text)) {
    const c = literals(m[0], m.index, kind);
    if (c) out.push(c);
    re.lastIndex = m.index + m[0].length;
  }
}

/** `part 1: …` lines, joined in their numbers' order (1, 2, …). */
function parts(text: string, out: Candidate[]): void {
  const found: { n: number; range: Range; value: string }[] = [];
  PART.lastIndex = 0;
  for (let m = PART.exec(text); m !== null && found.length < 16; m = PART.exec(text)) {
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

/** Shell variables used side by side (`"$A$B"`): the values assigned to them above. */
function shellJoins(text: string, out: Candidate[]): void {
  USE.lastIndex = 0;
  for (let m = USE.exec(text); m !== null && out.length < 64; m = USE.exec(text)) {
    const ranges: Range[] = [];
    let decoded = '';
    for (const name of [m[1], m[2], m[3]].filter((n): n is string => n !== undefined)) {
      const before = text.slice(Math.max(0, m.index - 4096), m.index);
      const defs = [
        ...before.matchAll(new RegExp(`(?:^|[\\s;])(?:export\\s+)?${name}=(["']?)([\\w+/=.~-]{2,200})\\1`, 'gm')),
      ];
      const def = defs[defs.length - 1];
      if (!def) return;
      const at = Math.max(0, m.index - 4096) + def.index + def[0].length - def[2]!.length - def[1]!.length;
      ranges.push([at, at + def[2]!.length]);
      decoded += def[2];
    }
    if (decoded.length >= 16) out.push({ ranges, decoded, kind: 'pieces' });
  }
}

/** Candidates of keys in pieces. */
export function pieceCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (text.includes('[')) matches(text, LIST, 'pieces', out);
  matches(text, CHAIN, 'pieces', out);
  if (/part/i.test(text)) parts(text, out);
  if (text.includes('$')) shellJoins(text, out);
  return out;
}
