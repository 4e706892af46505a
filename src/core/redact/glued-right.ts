/**
 * Tokens glued on the right (round 15): a token of a prefix rule with more token characters after it (`ghp_<36>abc`,
 * `AKIA<16>X`, `lin_api_<40>-x`, `AGE-SECRET-KEY-1…x`, a token then `_suffix`), which the shape table's rules leave
 * (they end a token before a character that could continue it); and a token that starts a URL's or a path's segment
 * (`/v1/sk-…/`, `/tmp/AKIA…/`), which their start leaves (a `/` may be a base64 run's).
 *
 * At each literal a prefix rule starts with, where a token starts cleanly (startsToken, not after `_ - +`: a literal
 * after those is a base64url run's or a name's part, `mask_sk-…`, `<run>_ghp_…`) or after a `/`, the rule's regex is
 * read without its end. A match followed by a character of the token's end class is glued: it is replaced when its
 * literal is distinctive (four characters or more, no word or name fragment such as `key-`, `secret_`, `napi_`) and its
 * body reads as random (readsRandom), so `AIzaSyntheticWrapper…`, `ghp_token_refresh_…`, `AKIAKEYROTATION…` stay.
 * A whole token after a `/` is replaced as the shape pass replaces one after a space. Each regex is tried only at
 * literals outside the token found before, and its body is bounded by its rule, so the pass stays linear.
 */
import { leadingStrings } from './leading.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { END, END_B64, startsToken, literalPrefixRule, type ShapeRule } from './shapes.js';
import { randomAfterWord, readsRandom, unanchored } from './glue-reading.js';

export interface OpenRule {
  id: string;
  /** The rule's regex without its end (and without atStart's lookbehinds), sticky. */
  open: RegExp;
  /** The characters that, right after the match, glue more to it. */
  glue: RegExp;
  /** The characters the rule's end forbids after its token (a match before one is no whole token). */
  more: RegExp;
  /** The literal may start a token glued on the right (distinctive). */
  distinctive: boolean;
}

/** Literals that are a word's or an identifier's start (`key-value`, `secret_key`, `session-`, `napi_create_…`). */
const FRAGMENTS = new Set(['key-', 'secret_', 'sess-', 'napi_', 'api_org_', 'live_', 'test_']);
/** A literal that is a word's fragment (`test_`, `secret_`): never distinctive alone, in text or in a name. */
export const isFragment = (literal: string): boolean => FRAGMENTS.has(literal);

/**
 * The characters after which the scan reports no literal: letters and digits (not `mnrt`: `\n`, `\x1b[0m`), `+-` (`_`
 * is judged in the pass: emphasis).
 */
const NOT_AFTER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklopqsuvwxyz0123456789+-';

/** The prefix rules by literal (two characters or more), each read without its end. */
export function openRules(rules: readonly ShapeRule[]): Map<string, OpenRule[]> {
  const byLiteral = new Map<string, OpenRule[]>();
  for (const r of rules) {
    if (!literalPrefixRule(r) || r.glued || r.source.includes('(?<s>')) continue;
    const end = [END_B64, END].find((e) => r.source.endsWith(e));
    if (end === undefined) continue;
    const open = new RegExp(unanchored(r.source.slice(0, -end.length)), 'y');
    // A rule that ends before no base64 character leaves a base64 run that starts like its token (`EAAA…+…`): only
    // `_` or `-`, which no base64 run holds, glue more to it.
    const glue = end === END ? /[A-Za-z0-9_-]/ : /[_-]/;
    const more = end === END ? glue : /[A-Za-z0-9_+/=-]/;
    for (const l of leadingStrings(r.source) ?? []) {
      // Two characters (Twilio's `SK`) for emphasis only: never distinctive, so never glued on the right.
      if (l.length < 2 || !/^[\x21-\x7e]+$/.test(l)) continue;
      const entry = { id: r.id, open, glue, more, distinctive: l.length >= 4 && !FRAGMENTS.has(l) };
      const list = byLiteral.get(l);
      if (list) list.push(entry);
      else byLiteral.set(l, [entry]);
    }
  }
  return byLiteral;
}

/** The pass over the shape table's prefix rules, for tokens glued on the right or starting a path's segment. */
export function rightGluedPass(rules: readonly ShapeRule[]): Pass | null {
  const byLiteral = openRules(rules);
  const literals = [...byLiteral.keys()].sort((a, b) => b.length - a.length);
  // The literals by their first two characters, longest first.
  const byHead = new Map<string, string[]>();
  for (const l of literals) byHead.set(l.slice(0, 2), [...(byHead.get(l.slice(0, 2)) ?? []), l]);
  const scan = literalScan(literals, NOT_AFTER);
  if (scan === null) return null;
  return runPass((text) => {
    const hits: Hit[] = [];
    let done = 0;
    for (const p of scan(text)) {
      if (p < done) continue;
      // After a `_` or `__` that starts a token: Markdown's emphasis (`_ghp_…_`, `__ghp_…__`), not an identifier's.
      const under = text.charCodeAt(p - 1) === 95;
      const emph = under ? (text.charCodeAt(p - 2) === 95 ? 2 : 1) : 0;
      if (under && !startsToken(text, p - emph)) continue;
      const clean = under || startsToken(text, p);
      if (!clean && text.charCodeAt(p - 1) !== 47) continue;
      for (const l of byHead.get(text.slice(p, p + 2)) ?? []) {
        if (!text.startsWith(l, p)) continue;
        const hit = openHit(text, p, l, byLiteral.get(l)!, clean, emph);
        if (hit === null) continue;
        done = hit.end;
        if (hit.rule !== '') hits.push(hit);
        break;
      }
    }
    return hits;
  });
}

/**
 * The token of one of `rules` at `p` (literal `l`): a hit when it is glued on the right (distinctive literal, random
 * body) or follows a `/`; a hit with no rule when a rule matched there and is left to the shape pass; null if none.
 */
function openHit(
  text: string,
  p: number,
  l: string,
  rules: readonly OpenRule[],
  clean: boolean,
  /** How many `_` open an emphasis before the token (`_sk-…_`, `__hvs.…__`), or 0. */
  emph = 0,
): Hit | null {
  for (const r of rules) {
    r.open.lastIndex = p;
    const m = r.open.exec(text);
    if (m === null) continue;
    const end = p + m[0].length;
    const next = text[end] ?? '';
    const glued = r.glue.test(next);
    if (emph > 0) {
      const hit = emphasisHit(text, p, end, emph, r, l);
      if (hit !== null) return hit;
    }
    // Followed by a base64 character its rule's end forbids: a base64 run's start (not a `/` ending a path's segment).
    if (!glued && r.more.test(next) && (clean || next !== '/')) continue;
    if (!glued && clean) return { rule: '', start: p, end };
    if ((glued ? r.distinctive : true) && readsRandom(m[0].slice(l.length))) return { rule: r.id, start: p, end };
    if (!glued) return { rule: '', start: p, end };
  }
  return null;
}

/**
 * A token in emphasis (`_sk-…_`, `__hvs.…__`, `_…_,`, or its opening alone: `emph` underscores before it), which the
 * shape pass leaves after a `_` for a short prefix: whole (its rule's end, or the closing run then no token character)
 * and random (randomAfterWord: `_sk-learnModel_`, `__fw_voidCanvas__` stay). The rule's body may have read the
 * closing run, which stays.
 */
function emphasisHit(text: string, p: number, end: number, emph: number, r: OpenRule, l: string): Hit | null {
  const close = '_'.repeat(emph);
  let to = -1;
  if (!r.more.test(text[end] ?? '')) to = text.endsWith(close, end) && end - emph > p + l.length ? end - emph : end;
  else if (text.startsWith(close, end) && !/[A-Za-z0-9_+/=-]/.test(text[end + emph] ?? '')) to = end;
  if (to === -1 || !randomAfterWord(text.slice(p + l.length, to))) return null;
  return { rule: r.id, start: p, end: to };
}
