/**
 * Tokens of a fixed length glued on the right to more token characters (attack 14): `ghp_<36>abc`, `AKIA<16>X`,
 * `lin_api_<40>-x`, `AGE-SECRET-KEY-1…x`, a token then `_suffix`. The shape table's rules end a token before a
 * character that could continue it, so such a token matched none. Here each literal a prefix rule starts with (four
 * characters or more, or three with a `_`, `.` or `-`) that starts a token (also after `_`, `-`, `/`: a name's or a
 * path's part) is read with the rule's regex without its end: when the match stops before more token characters and
 * its body reads as random (a letter and a digit, not one digit at its end alone), the token part is replaced and the
 * characters glued after it stay. A long identifier that merely starts with a prefix (`ghp_cache_…`,
 * `AKIAKeyRotation…`) has no body of the rule's charset and length, or no digits in it.
 */
import { unanchored } from './glued.js';
import { leadingStrings } from './leading.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { END, END_B64, startsToken, type ShapeRule } from './shapes.js';

interface OpenRule {
  id: string;
  /** The rule's regex without its end, sticky. */
  open: RegExp;
}

/** A body reads as random: a letter and a digit (a word or a name after a prefix has no digit, or only at its end). */
function randomBody(body: string): boolean {
  return /[A-Za-z]/.test(body) && /[0-9](?=.*[A-Za-z])|[A-Za-z].*[0-9].*[0-9]/.test(body);
}

/** The literals (four characters or more) of the prefix rules whose source ends with END, each with its rules. */
function openRules(rules: readonly ShapeRule[]): Map<string, OpenRule[]> {
  const byLiteral = new Map<string, OpenRule[]>();
  for (const r of rules) {
    if (!r.prefix || r.caseInsensitive || r.multiLine || r.glued) continue;
    const end = [END, END_B64].find((e) => r.source.endsWith(e));
    if (end === undefined || r.source.includes('(?<s>')) continue;
    let open: RegExp;
    try {
      open = new RegExp(unanchored(r.source.slice(0, -end.length)), 'y');
    } catch {
      continue;
    }
    for (const l of leadingStrings(r.source) ?? []) {
      if (l.length < 3 || (l.length === 3 && !/[._-]/.test(l)) || !/^[\x21-\x7e]+$/.test(l)) continue;
      const list = byLiteral.get(l);
      if (list) list.push({ id: r.id, open });
      else byLiteral.set(l, [{ id: r.id, open }]);
    }
  }
  return byLiteral;
}

const TOKEN_CHAR = /[A-Za-z0-9_-]/;

/** The pass over the shape table's prefix rules, for tokens glued on the right. */
export function rightGluedPass(rules: readonly ShapeRule[]): Pass | null {
  const byLiteral = openRules(rules);
  const literals = [...byLiteral.keys()].sort((a, b) => b.length - a.length);
  const scan = literalScan(literals);
  if (scan === null) return null;
  return runPass((text) => {
    const hits: Hit[] = [];
    let done = 0;
    for (const p of scan(text)) {
      if (p < done) continue;
      const l = literals.find((x) => text.startsWith(x, p));
      if (l === undefined || !startsToken(text, p, true)) continue;
      for (const r of byLiteral.get(l)!) {
        r.open.lastIndex = p;
        const m = r.open.exec(text);
        if (m === null || m.index !== p) continue;
        const stop = p + m[0].length;
        if (stop >= text.length || !TOKEN_CHAR.test(text[stop]!) || !randomBody(m[0].slice(l.length))) continue;
        hits.push({ rule: r.id, start: p, end: stop });
        done = stop;
        break;
      }
    }
    return hits;
  });
}
