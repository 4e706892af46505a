/**
 * Tokens in a file or folder name (paths16). A name glues words to a token with `_`, `-` and `.` on either
 * side (`notes_ghp_…_v2.md`, `copy-sk-…-v2.json`, `alpha.sk-helicone-….old`) and cuts tokens short (`notes_<the first
 * 24 characters of a ghp_ token>.md`), which the shape table's rules leave in text: a token must start and end cleanly
 * there, and a separator before or after continues it. In a name, a separator ends a word, so here a literal a prefix
 * rule starts with (glued-right.ts's open rules) starts a token at the name's start or after any character but a
 * letter or a digit, and the rule's body read without its end is a token:
 * - whole: followed by the name's end or a character other than a letter or a digit (`-v2`, `.json`);
 * - glued on the right to letters or digits, as glued-right.ts reads text: a distinctive literal and a random body;
 * - cut short: no rule's body fits, but the run of token characters after the literal, without the words glued
 *   after it, reads as random (glued-right.ts's readsRandom: 12 letters and digits or more; 16 characters after a
 *   literal of three, `sk-`, `hf_`).
 * Each is replaced up to the end of its run of token characters. Names are short and the literals are looked up by
 * the two characters at each start, so a name costs one pass over its characters and a bounded regex per literal.
 */
import type { NameSecret } from '../name-judge.js';
import { readsRandom } from './glue-reading.js';
import { isFragment, openRules, type OpenRule } from './glued-right.js';
import { wordsAndNumbers } from './learn-gate.js';
import { SHAPE_RULES } from './rules.js';
import { literalPrefixRule, type ShapeRule } from './shapes.js';

export interface NameToken {
  rule: string;
  start: number;
  end: number;
}

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// Letters, digits, `_`, `-` and base64's `+`.
const isRun = (c: number): boolean => isAlnum(c) || c === 95 || c === 45 || c === 43;

/**
 * The end of the run of token characters from `p`: letters, digits, `_`, `-`, and a `.` before a piece that reads as
 * a token's (8 characters or more with a digit or a capital: `pat….<hex>`, `dt0c01.….…`), not an extension.
 */
function runEnd(name: string, p: number): number {
  let e = p;
  for (;;) {
    while (e < name.length && isRun(name.charCodeAt(e))) e++;
    if (name[e] !== '.') return e;
    let f = e + 1;
    while (f < name.length && isRun(name.charCodeAt(f))) f++;
    if (f - e - 1 < 8 || !/[0-9A-Z]/.test(name.slice(e + 1, f))) return e;
    e = f;
  }
}

/** A run without the words glued after it (`_alpha`, `-v2`, `_notes`): what is judged random. */
const withoutGlue = (run: string): string => run.replace(/(?:[-_.](?:[a-z]{2,12}|v\d{1,3}))+$/, '');

/** A group of 6 hex digits or more that mixes letters and digits (a UUID's or a hash's piece). */
const HEX_GROUP = /(?:^|[-_.])(?=[0-9a-f]{0,7}[a-f])(?=[0-9a-f]{0,7}\d)[0-9a-f]{6,}(?=[-_.]|$)/;

/** The letters and digits of a run (its separators dropped). */
const alnumCount = (s: string): number => s.replace(/[^A-Za-z0-9]/g, '').length;

/** A literal of a prefix rule: the rules read without their end that start with it (none: judged cut short only). */
interface Literal {
  id: string;
  rules: readonly OpenRule[];
}

/** The literals names are read for: the open rules' (glued-right.ts) and every prefix rule's keyword. */
function literalsOf(rules: readonly ShapeRule[]): Map<string, Literal> {
  const out = new Map<string, Literal>();
  for (const [l, open] of openRules(rules)) out.set(l, { id: open[0]!.id, rules: open });
  for (const r of rules) {
    if (!literalPrefixRule(r)) continue;
    for (const k of r.keywords)
      if (k.length >= 3 && /^[A-Za-z0-9]/.test(k) && !out.has(k)) out.set(k, { id: r.id, rules: [] });
  }
  return out;
}

/** How much of a name is read. */
const MAX_NAME = 1024;

/** A scanner of names over the prefix rules of `rules`. */
export function nameTokenScanner(rules: readonly ShapeRule[]): (name: string) => NameToken[] {
  const literals = literalsOf(rules);
  const byHead = new Map<string, string[]>();
  for (const l of [...literals.keys()].sort((a, b) => b.length - a.length))
    byHead.set(l.slice(0, 2), [...(byHead.get(l.slice(0, 2)) ?? []), l]);
  return (whole) => {
    // A name is at most 255 bytes (NAME_MAX); longer text is read up to MAX_NAME, so a run of `sk-sk-…` stays linear.
    const name = whole.length > MAX_NAME ? whole.slice(0, MAX_NAME) : whole;
    const found: NameToken[] = [];
    for (let p = 0; p < name.length - 2; p++) {
      if (p > 0 && isAlnum(name.charCodeAt(p - 1))) continue;
      for (const l of byHead.get(name.slice(p, p + 2)) ?? []) {
        if (!name.startsWith(l, p)) continue;
        const hit = tokenAt(name, p, l, literals.get(l)!);
        if (hit === null) continue;
        found.push(hit);
        p = hit.end - 1;
        break;
      }
    }
    return found;
  };
}

/** The token at `p` (literal `l`), whole, glued or cut short; null if none. */
function tokenAt(name: string, p: number, l: string, lit: Literal): NameToken | null {
  const from = p + l.length + (name[p + l.length] === '.' ? 1 : 0);
  const run = runEnd(name, from);
  for (const r of lit.rules) {
    r.open.lastIndex = p;
    const m = r.open.exec(name);
    if (m === null) continue;
    const end = p + m[0].length;
    const next = name.charCodeAt(end);
    if (end === name.length || !isAlnum(next)) return { rule: r.id, start: p, end: Math.max(end, run) };
    if (r.distinctive && readsRandom(m[0].slice(l.length))) return { rule: r.id, start: p, end: Math.max(end, run) };
  }
  // Cut short: the run after the literal, without the words glued after it, reads as random; never after a word's
  // fragment (`test_wait3.cpython-310.pyc`, a test module's cache, read as a cut Mollie key).
  if (isFragment(l)) return null;
  const body = withoutGlue(name.slice(from, run));
  // Words and numbers are a module's name (`access_token_box.cpython-38.pyc`), not a key's start; a hex group of
  // letters and digits is no word (`cbaf61fe-625e-425`: a UUID cut short).
  if ((l.length >= 4 ? alnumCount(body) < 12 : body.length < 16) || !readsRandom(body)) return null;
  if (wordsAndNumbers(body) && !HEX_GROUP.test(body)) return null;
  return { rule: lit.id, start: p, end: run };
}

const scanName = nameTokenScanner(SHAPE_RULES);

/** `name` with each token replaced by its placeholder. */
function replaced(name: string, tokens: readonly NameToken[]): string {
  let out = '';
  let at = 0;
  for (const t of tokens) {
    out += `${name.slice(at, t.start)}[REDACTED:${t.rule}]`;
    at = t.end;
  }
  return out + name.slice(at);
}

/** What `shown` changed of `name`: one span, and the placeholders it put there. */
function changed(name: string, shown: string): NameToken[] {
  let head = 0;
  while (head < name.length && name[head] === shown[head]) head++;
  let tail = 0;
  while (tail < name.length - head && name.at(-1 - tail) === shown.at(-1 - tail)) tail++;
  const rule = /\[REDACTED:([^\]]+)\]/.exec(shown.slice(head, shown.length - tail))?.[1] ?? 'secret';
  return [{ rule, start: head, end: name.length - tail }];
}

/** True when `shown` holds 10 characters of `token` in a row. */
function showsPart(shown: string, token: string): boolean {
  for (let i = 0; i + 10 <= token.length; i++) if (shown.includes(token.slice(i, i + 10))) return true;
  return false;
}

/** Spans sorted and merged where they overlap (the first one's rule kept). */
function merged(spans: NameToken[]): NameToken[] {
  const out: NameToken[] = [];
  for (const t of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && t.start < last.end) last.end = Math.max(last.end, t.end);
    else out.push({ ...t });
  }
  return out;
}

/**
 * The verdicts of `found` with the tokens scanName finds in each name: the name shown with both replaced (a reading
 * that replaced part of a token, `token <generic-secret>` of a spaced stem, is widened to the whole token).
 */
export function withNameTokens(names: readonly string[], found: readonly (NameSecret | null)[]): (NameSecret | null)[] {
  return names.map((name, i) => {
    const was = found[i] ?? null;
    const tokens = scanName(name);
    if (tokens.length === 0) return was;
    // A reading that left no 10 characters of any token is kept as it is shown (control characters shown as spaces).
    if (was && tokens.every((t) => !showsPart(was.shown, name.slice(t.start, t.end)))) return was;
    const spans = merged(was ? [...tokens, ...changed(name, was.shown)] : tokens);
    const rules = [...new Set([...(was?.rules ?? []), ...tokens.map((t) => t.rule)])];
    return { rules, shown: replaced(name, spans) };
  });
}
