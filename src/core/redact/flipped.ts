/**
 * Keys with a provider prefix written backwards or in rot13 (one-step.ts): found by the reversed or rot13 form of a
 * distinctive prefix (`-tna-ks`, `fx-nag-`, `_phg`, `tuc_`, …) and read as the whole run of token characters around
 * it, turned back. The other passes then say whether it is a key. The forms are found by the shared literal scan
 * (ASCII case folded: each place is checked for a form in its case).
 */
import type { Candidate } from './candidate.js';
import { literalScan } from './literal-scan.js';

/** Distinctive prefixes (rules.ts), at least four characters. */
const PREFIXES = [
  'sk-ant-',
  'sk-proj-',
  'sk-svcacct-',
  'sk-admin-',
  'sk-or-v1-',
  'ghp_',
  'gho_',
  'ghu_',
  'ghs_',
  'ghr_',
  'github_pat_',
  'glpat-',
  'gsk_',
  'sk_live_',
  'sk_test_',
  'rk_live_',
  'xoxb-',
  'xoxp-',
  'xoxa-',
  'xapp-',
  'hf_',
  'AIza',
  'AKIA',
  'pplx-',
  'xai-',
  'npm_',
];

export const rot13 = (s: string): string =>
  s.replace(/[A-Za-z]/g, (c) => {
    const b = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
  });
const reverse = (s: string): string => [...s].reverse().join('');

const REVERSED = PREFIXES.map(reverse);
const ROT13 = PREFIXES.map(rot13);
const FORMS = literalScan([...REVERSED, ...ROT13]);
const TURN: readonly (readonly [string, (s: string) => string])[] = [
  ...REVERSED.map((l) => [l, reverse] as const),
  ...ROT13.map((l) => [l, rot13] as const),
];
const isToken = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46;

/** Candidates of reversed and rot13 keys. */
export function flippedCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  let end = -1;
  for (const at of FORMS ? FORMS(text) : []) {
    if (at < end || out.length >= 64) continue;
    const form = TURN.find(([l]) => text.startsWith(l, at));
    if (form === undefined) continue;
    const [literal, turn] = form;
    let s = at;
    let e = at + literal.length;
    while (s > 0 && isToken(text.charCodeAt(s - 1))) s--;
    while (e < text.length && isToken(text.charCodeAt(e))) e++;
    end = e;
    // A three-character literal is a common piece of a word (`us_` of `status_`): at a token's start only.
    if (e - s < 16 || (literal.length < 4 && s !== at && e !== at + literal.length)) continue;
    out.push({ ranges: [[s, e]], decoded: turn(text.slice(s, e)), kind: 'flipped' });
  }
  return out;
}
