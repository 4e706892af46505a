/**
 * Tokens glued on the left to a word that names a secret (leak 17): `apikeysk-…`, `tokenAKIA…`, `KEY=Bearersk-ant-…`,
 * `passwordhf_…`, `myTokenya29.…`. glued.ts finds a token glued to any word only for a distinctive prefix (`ghp_`,
 * `xoxb-`); a short or unseparated prefix (`sk-`, `hf_`, `AKIA`, `hvs.`, `pa-`) is inside many words and identifiers
 * (`task-…`, `half_…`, `mask-…`), so here it starts a token only right after a secret word (`key`, `token`,
 * `secret`, `password`, `pass`, `pwd`, `bearer`, `auth`, `cred`, `credential`, any case, ending the run of letters
 * it is glued to). The rule's regex must then match from the prefix to the token's end and its body read as random
 * (randomAfterWord), so `tokenize`, `keyskip`, `passwordsk-learnModel` and `Bearerpa-config` stay.
 *
 * The words are found by the shared literal scan (literal-scan.ts: no scan of its own), and at each word's end only
 * the rules whose literal starts with the two characters there are tried, each up to a later candidate (tokenAfter):
 * the pass stays linear (a line of `tokensk-` repeated is read a few times).
 */
import { isAlnum } from './escapes.js';
import { literalScan } from './literal-scan.js';
import { randomAfterWord, TRIES, unanchored, WINDOW } from './glue-reading.js';
import { leadingStrings } from './leading.js';
import type { Hit } from './pass.js';
import { literalPrefixRule, type ShapeRule } from './shapes.js';

/** Words that name a secret, lowercase (the scan is case-folded; a word confirms in any case). */
const WORDS = [
  'key',
  'token',
  'secret',
  'password',
  'passwd',
  'pass',
  'pwd',
  'bearer',
  'auth',
  'cred',
  'creds',
  'credential',
  'credentials',
];

interface WordRule {
  id: string;
  literal: string;
  sticky: RegExp;
}

/** The prefix rules by the first two characters of their leading literals, longest literal first. */
function wordRules(rules: readonly ShapeRule[]): Map<string, WordRule[]> {
  const byHead = new Map<string, WordRule[]>();
  for (const r of rules) {
    if (!literalPrefixRule(r)) continue;
    const sticky = new RegExp(unanchored(r.source), 'dy');
    for (const literal of new Set(leadingStrings(r.source) ?? [])) {
      if (literal.length < 2 || !/^[A-Za-z0-9][\x21-\x7e]+$/.test(literal)) continue;
      const head = literal.slice(0, 2);
      const list = byHead.get(head) ?? [];
      list.push({ id: r.id, literal, sticky });
      byHead.set(head, list);
    }
  }
  for (const list of byHead.values()) list.sort((a, b) => b.literal.length - a.literal.length);
  return byHead;
}

const isTokenChar = (c: number): boolean => isAlnum(c) || c === 95 || c === 45 || c === 43 || c === 47 || c === 61;

/** True when text[p, p + w.length) is `w` (lowercase) in any case. */
function wordAt(text: string, p: number, w: string): boolean {
  for (let i = 0; i < w.length; i++) if ((text.charCodeAt(p + i) | 32) !== w.charCodeAt(i)) return false;
  return true;
}

/** Where a word's variant suffix (`_`, `-`, then `v`/`V` and one or two digits, or digits alone) ends, or -1. */
function variantEnd(text: string, at: number): number {
  let i = at;
  const c = text.charCodeAt(i);
  if (c === 95 || c === 45) i++;
  if ((text.charCodeAt(i) | 32) === 118 && isDigit(text.charCodeAt(i + 1))) i++;
  const digits = i;
  while (i < digits + 2 && isDigit(text.charCodeAt(i))) i++;
  return i === at || (i === digits && i !== at + 1) ? -1 : i;
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The finder of tokens glued to a secret word, or null when the words cannot be scanned for. */
export function wordGluedFinder(rules: readonly ShapeRule[]): ((text: string) => Hit[]) | null {
  const byHead = wordRules(rules);
  const scan = literalScan(WORDS);
  if (scan === null) return null;
  return (text) => {
    // The candidates: where a word ends and a rule's literal starts (one per position, in order).
    const at: number[] = [];
    const lists: WordRule[][] = [];
    for (const p of scan(text)) {
      for (const w of WORDS) {
        const end = p + w.length;
        if (end >= text.length || !wordAt(text, p, w)) continue;
        // Right after the word, or after a variant of it (`key1`, `KEY_V2`, `token_2`, `api_key_`, `PASSWORD-`).
        for (const e of [end, variantEnd(text, end)]) {
          if (e === -1 || e >= text.length || !isAlnum(text.charCodeAt(e))) continue;
          if (at.length > 0 && at[at.length - 1]! >= e) continue;
          const list = byHead.get(text.slice(e, e + 2));
          if (list === undefined || !list.some((r) => text.startsWith(r.literal, e))) continue;
          at.push(e);
          lists.push(list);
          break;
        }
      }
    }
    const hits: Hit[] = [];
    let done = 0;
    for (let i = 0; i < at.length; i++) {
      if (at[i]! < done) continue;
      const hit = tokenAfter(text, i, at, lists[i]!);
      if (hit === null) continue;
      hits.push(hit);
      done = hit.end;
    }
    return hits;
  };
}

/**
 * The token of one of `list` at the i-th candidate (its literal there, the rule's regex to a token's end, a random
 * body), or null. The regex reads up to a later candidate (the next, or one of the next TRIES when a random body holds
 * a secret word and a literal), so a line of `tokensk-` repeated is read a few times, not once per candidate.
 */
function tokenAfter(text: string, i: number, at: readonly number[], list: readonly WordRule[]): Hit | null {
  const e = at[i]!;
  const limit = Math.min(text.length, e + WINDOW);
  for (let k = i + 1; k <= i + TRIES; k++) {
    const next = k < at.length && at[k]! < limit ? at[k]! : -1;
    const piece = text.slice(e, next === -1 ? limit : next);
    for (const r of list) {
      if (!piece.startsWith(r.literal)) continue;
      r.sticky.lastIndex = 0;
      const m = r.sticky.exec(piece);
      if (m === null) continue;
      const stop = e + m[0].length;
      // The rule's own end forbids what continues its token, but the piece may have cut one off.
      if (m[0].length === piece.length && stop < text.length && isTokenChar(text.charCodeAt(stop))) continue;
      const s = m.indices?.groups?.['s'];
      const [from, to] = s ? [e + s[0], e + s[1]] : [e, stop];
      if (!randomAfterWord(text.slice(e + r.literal.length, to))) continue;
      return { rule: r.id, start: from, end: to };
    }
    if (next === -1) break;
  }
  return null;
}
