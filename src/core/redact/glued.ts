/**
 * Tokens glued to what is around them with no separator (attack 13): two tokens written one after the other
 * (`ghp_…ghp_…`, `ntn_…ghp_…`, `xoxb-…ghp_…`: a concatenation in a log, JSON without spaces, base64 of two tokens) and
 * a token glued to a word or a name (`tokenghp_…`, `MY_KEYghp_…`, `Bearerghp_…`). The shape table's rules start a
 * token only after a character that cannot continue one (or `_ - + /` for a distinctive prefix) and end it before
 * one, so both were missed.
 *
 * Here every distinctive literal a prefix rule starts with (four characters or more with a `_` or `-`: `ghp_`,
 * `sk-ant-`, `xoxb-`, `npm_`; strongPrefix) is a candidate where the shape pass does not take it: glued to a letter or
 * digit before it, or with another such literal glued after it. The rule's regex is tried on the text from the literal
 * to the next literal (a token glued to the next one ends there), so each character is read once for all candidates
 * (a hostile line of `Xghp_` repeats is linear). A token glued to a word must also read as random (a capital and a
 * letter or digit, or a prefix of its own with a digit, capital or inner separator and two kinds of characters), so
 * `monkey-<md5>` and prose stay; `sk-learn`, `task-…`, `/tmp/ghp_cache` and hashes are no candidates or no match.
 */
import { isAlnum, isTokenChar } from './escapes.js';
import { leadingStrings } from './leading.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { gluedEnd, startsToken, strongPrefix, literalPrefixRule, type ShapeRule } from './shapes.js';
import { wordGluedFinder } from './glued-words.js';
import { charKinds, TRIES, unanchored, WINDOW } from './glue-reading.js';

interface GluedRule {
  id: string;
  /** The rule's regex from its literal on, sticky, without the lookbehind of atStart (the pass decides the start). */
  sticky: RegExp;
  /** A glued literal of this rule has a digit, a capital or a separator inside (`sk-ant-`, `e2b_`, `dop_v1_`). */
  marked: boolean;
}

/** A body glued to a word reads as random: a capital and a letter or digit; with a marked prefix, any two kinds. */
export function randomBody(body: string, marked: boolean): boolean {
  const { upper, lower, digit } = charKinds(body);
  if (upper && (lower || digit)) return true;
  return marked && lower && digit;
}

/** A prefix rule's distinctive literals (strongPrefix, printable ASCII): its leading strings and its keywords. */
export const strongLiterals = (r: ShapeRule): string[] =>
  [...(leadingStrings(r.source) ?? []), ...r.keywords].filter((l) => strongPrefix(l) && /^[\x21-\x7e]+$/.test(l));

/** The distinctive literals of the prefix rules, each with the rules it may start. */
function gluedRules(rules: readonly ShapeRule[]): Map<string, GluedRule[]> {
  const byLiteral = new Map<string, GluedRule[]>();
  for (const r of rules) {
    if (!literalPrefixRule(r) || r.glued) continue;
    const literals = new Set(strongLiterals(r));
    if (literals.size === 0) continue;
    const sticky = new RegExp(unanchored(gluedEnd(r.source)), 'dy');
    for (const l of literals) {
      const marked = /[A-Z0-9]|.[_-]./.test(l.slice(0, -1));
      const entry = { id: r.id, sticky, marked };
      const list = byLiteral.get(l);
      if (list) list.push(entry);
      else byLiteral.set(l, [entry]);
    }
  }
  return byLiteral;
}

/**
 * The literal at `at` (of those starting with its character, longest first), or null (the scan's positions are
 * case-folded candidates). Each position tried every literal: ` _ghp_` repeated, 1 MiB, spent 380 ms here.
 */
function literalAt(text: string, at: number, byHead: ReadonlyMap<number, readonly string[]>): string | null {
  for (const l of byHead.get(text.charCodeAt(at)) ?? []) if (text.startsWith(l, at)) return l;
  return null;
}

/** Literals by their first character, longest first. */
export function literalsByHead(literals: readonly string[]): Map<number, string[]> {
  const byHead = new Map<number, string[]>();
  for (const l of [...literals].sort((a, b) => b.length - a.length)) {
    const list = byHead.get(l.charCodeAt(0));
    if (list) list.push(l);
    else byHead.set(l.charCodeAt(0), [l]);
  }
  return byHead;
}

/** The pass over the shape table's prefix rules. */
export function gluedTokenPass(rules: readonly ShapeRule[]): Pass | null {
  const byLiteral = gluedRules(rules);
  const literals = [...byLiteral.keys()].sort((a, b) => b.length - a.length);
  const byHead = literalsByHead(literals);
  const scan = literalScan(literals);
  const afterWords = wordGluedFinder(rules);
  if (scan === null || afterWords === null) return null;
  return runPass((text) => {
    const hits: Hit[] = [];
    // The confirmed literals, in order (one per position: the longest).
    const at: number[] = [];
    const lit: string[] = [];
    for (const p of scan(text)) {
      if (at.length > 0 && at[at.length - 1] === p) continue;
      const l = literalAt(text, p, byHead);
      if (l === null) continue;
      at.push(p);
      lit.push(l);
    }
    let done = 0;
    for (let i = 0; i < at.length; i++) {
      const q = at[i]!;
      if (q < done) continue;
      const gluedAfter = i + 1 < at.length && at[i + 1]! - q <= WINDOW && isTokenChar(text.charCodeAt(at[i + 1]! - 1));
      const clean = startsToken(text, q, true);
      const gluedBefore = !clean && isAlnum(text.charCodeAt(q - 1));
      // The shape pass takes a token that starts cleanly and has no token glued after it.
      if ((clean && !gluedAfter) || (!clean && !gluedBefore)) continue;
      const hit = tokenAt(text, q, i, at, byLiteral.get(lit[i]!)!, gluedBefore ? lit[i]!.length : -1);
      if (hit === null) continue;
      hits.push(hit);
      done = hit.end;
    }
    return joinHits(hits, afterWords(text));
  });
}

/** Two lists of hits in order, joined in order; a hit overlapping one kept before it is dropped. */
function joinHits(a: Hit[], b: Hit[]): Hit[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: Hit[] = [];
  let end = -1;
  for (const h of [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end)) {
    if (h.start < end) continue;
    out.push(h);
    end = h.end;
  }
  return out;
}

/**
 * The token of one of `rules` at `q` (the i-th literal), ending at a later glued literal (the next one, or one of the
 * next TRIES when a random body holds a literal), or where the rule's own end says when none is glued: null if none.
 */
function tokenAt(
  text: string,
  q: number,
  i: number,
  at: readonly number[],
  rules: readonly GluedRule[],
  /** The literal's length when the token is glued to a letter or digit before it (its body must be random), or -1. */
  literal: number,
): Hit | null {
  const limit = Math.min(text.length, q + WINDOW);
  for (let k = i + 1; k <= i + TRIES; k++) {
    const next = k < at.length ? at[k]! : -1;
    const glued = next !== -1 && next <= limit && isTokenChar(text.charCodeAt(next - 1));
    let end = glued ? next : next !== -1 && next < limit ? next : limit;
    const piece = text.slice(q, end);
    const nl = piece.indexOf('\n');
    if (nl !== -1) end = q + nl;
    for (const r of rules) {
      r.sticky.lastIndex = 0;
      const m = r.sticky.exec(nl === -1 ? piece : piece.slice(0, nl));
      if (m === null) continue;
      const stop = q + m[0].length;
      // Ends where a glued literal starts, or before a character that ends a token (not cut by the window).
      if (!(glued && stop === end) && stop < text.length && /[A-Za-z0-9_-]/.test(text[stop]!)) continue;
      const s = m.indices?.groups?.['s'];
      const [from, to] = s ? [q + s[0], q + s[1]] : [q, stop];
      if (literal >= 0 && !randomBody(text.slice(q + literal, to), r.marked)) continue;
      return { rule: r.id, start: from, end: to };
    }
    if (!glued) break;
  }
  return null;
}
