/**
 * Keys with a provider prefix written backwards or in rot13 (one-step.ts): found by the reversed or rot13 form of a
 * prefix (`-tna-ks`, `fx-nag-`, `_phg`, `tuc_`, …) and read as the whole run of token characters around it, turned
 * back. The other passes then say whether it is a key. The forms are found by the shared literal scan (ASCII case
 * folded: each place is checked for a form in its case). And any random-looking token beside the word `rot13` (`zai
 * (rot13): …`, `codecs.decode('…', 'rot13')`), turned back: a prefix-less key there is a secret by itself.
 */
import type { Candidate } from './candidate.js';
import { randomToken } from './credential-values.js';
import { literalScan } from './literal-scan.js';
import { SHAPE_RULES } from './rules.js';
import { UUID_VALUE } from './shapes.js';
import { pushAll } from '../lists.js';

/** Distinctive prefixes (rules.ts), at least four characters: found anywhere in a token, as they always were. */
const DISTINCTIVE = [
  ...['sk-ant-', 'sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-or-v1-', 'github_pat_', 'glpat-', 'gsk_', 'sk_live_'],
  ...['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'sk_test_', 'rk_live_', 'xoxb-', 'xoxp-', 'xoxa-', 'xapp-', 'hf_'],
  ...['AIza', 'AKIA', 'pplx-', 'xai-', 'npm_'],
];

/**
 * The other prefixed rules' keywords (three characters or more, letters in them), each with the shapes of its rules:
 * a form of one of these is read only where the prefix starts the token turned back, and only when that token has a
 * shape of the prefix's rules (`cn-northwest-1-…` is `pa-` in rot13, and no Voyage key).
 */
const SHAPES = new Map<string, RegExp[]>();
for (const rule of SHAPE_RULES) {
  if (!rule.prefix || rule.caseInsensitive) continue;
  for (const k of rule.keywords) {
    // Three capitals (`EAA`, `BSA`) end many a run of base64 or capitals read backwards: not these.
    if (k.length < 3 || !/[A-Za-z]/.test(k) || /^[A-Z]{3}$/.test(k) || DISTINCTIVE.includes(k)) continue;
    SHAPES.set(k, [...(SHAPES.get(k) ?? []), new RegExp(`^(?:${rule.source})`)]);
  }
}

export const rot13 = (s: string): string =>
  s.replace(/[A-Za-z]/g, (c) => {
    const b = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
  });
const reverse = (s: string): string => [...s].reverse().join('');

interface Form {
  turn: (s: string) => string;
  /** The prefix's shapes (a keyword of SHAPES), or null for a distinctive prefix. */
  shapes: RegExp[] | null;
}

/** Each form (exact case), by its literal. */
const FORMS = new Map<string, Form[]>();
for (const [prefix, shapes] of [
  ...DISTINCTIVE.map((p) => [p, null] as const),
  ...[...SHAPES].map(([p, s]) => [p, s] as const),
]) {
  for (const turn of [reverse, rot13]) {
    const literal = turn(prefix);
    FORMS.set(literal, [...(FORMS.get(literal) ?? []), { turn, shapes }]);
  }
}
const LENGTHS = [...new Set([...FORMS.keys()].map((l) => l.length))].sort((a, b) => b - a);
const ROT_WORDS = ['rot13', 'rot-13', 'rot_13', 'rot 13'];
/** A PEM private key's BEGIN line in rot13 (`-----ORTVA EFN CEVINGR XRL-----`). */
const PEM_BEGIN = 'CEVINGR XRL-----';
const SCAN = literalScan([...FORMS.keys(), ...ROT_WORDS, PEM_BEGIN]);
/** The longest PEM block read. */
const PEM_MAX = 16384;

const B64_GLUE = new Set([43, 47, 61]);
const isToken = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46;

/** The longest token read around a literal: a longer run of token characters holds no key (a run of `a`s). */
const TOKEN_MAX = 512;

/**
 * The [start, end) of the run of token characters around [s, e), or null when it is longer than TOKEN_MAX: each
 * literal found inside one long run would otherwise walk the whole run again (quadratic on 10 MiB of `a`).
 */
function tokenAround(text: string, s: number, e: number): [number, number] | null {
  const low = Math.max(0, s - TOKEN_MAX);
  const high = Math.min(text.length, e + TOKEN_MAX);
  while (s > low && isToken(text.charCodeAt(s - 1))) s--;
  while (e < high && isToken(text.charCodeAt(e))) e++;
  if ((s === low && low > 0 && isToken(text.charCodeAt(s - 1))) || (e === high && isToken(text.charCodeAt(e))))
    return null;
  return e - s > TOKEN_MAX ? null : [s, e];
}

/** Whether the form at `at` (its literal `literal`) turns the token [s, e) back into a key of its prefix. */
function fits(text: string, at: number, literal: string, form: Form, s: number, e: number): boolean {
  if (e - s < 16) return false;
  if (form.shapes === null) {
    // A three-character literal is a common piece of a word (`us_` of `status_`): at a token's start only.
    return literal.length >= 4 || s === at || e === at + literal.length;
  }
  // The prefix starts the key: a rot13 form starts the token, a reversed one ends it; a token inside a base64 run
  // (`+`, `/` or `=` beside it) is a piece of that run.
  if (form.turn === rot13 ? s !== at : e !== at + literal.length) return false;
  if (B64_GLUE.has(text.charCodeAt(s - 1)) || B64_GLUE.has(text.charCodeAt(e))) return false;
  const turned = form.turn(text.slice(s, e));
  return form.shapes.some((re) => re.test(turned));
}

/** The end of the run of token characters that `at` is in. */
function runEnd(text: string, at: number): number {
  while (at < text.length && isToken(text.charCodeAt(at))) at++;
  return at;
}

/** A candidate of a prefixed key flipped at `at`, or null. */
function prefixed(text: string, at: number): Candidate | null {
  for (const n of LENGTHS) {
    const literal = text.slice(at, at + n);
    for (const form of FORMS.get(literal) ?? []) {
      const around = tokenAround(text, at, at + n);
      if (around === null) return null;
      const [s, e] = around;
      if (fits(text, at, literal, form, s, e))
        return { ranges: [[s, e]], decoded: form.turn(text.slice(s, e)), kind: 'flipped' };
    }
  }
  return null;
}

/** Hex digits and other tokens no one writes in rot13 (a hash beside the word: `rot13.py sha256: …`). */
const NOT_ROT13 = /^(?:[0-9a-fA-F.-]+|sha\d+-.*|.*\/\/.*|\/.*|.*\.[a-z]{1,4})$/;
/**
 * A token that turns back into a random-looking one, 16+ hex digits or a UUID, and is no rot13 of words itself (words
 * in rot13 read as random, `uryyb_jbeyq`: the token turned back must; a rot13 key reads as random or holds digits).
 */
const encoded = (token: string): boolean => {
  const back = rot13(token);
  const hex = /^[0-9a-f]{16,}$/i.test(back) && /[a-f]/i.test(back) && /\d/.test(back);
  return (randomToken(back) || hex || UUID_VALUE.test(back)) && (randomToken(token) || /\d/.test(token));
};

/**
 * The random-looking tokens beside the word `rot13` at `at` (`(rot13): …` after it on its line, `'…', 'rot13'`
 * before it), turned back: a prefix-less key written in rot13 is a secret by itself.
 */
function labelled(text: string, at: number, word: number): Candidate[] {
  const out: Candidate[] = [];
  const after = /^[\s"'`:=,()[\]>-]{0,12}?([A-Za-z0-9_+/=.~-]{16,128})(?![A-Za-z0-9_+/=.~-])/.exec(
    text.slice(at + word, at + word + 160),
  );
  const before = /(?<![A-Za-z0-9_+/=.~-])([A-Za-z0-9_+/=.~-]{16,128})["'`]?[ \t]*,[ \t]*["'`]?$/.exec(
    text.slice(Math.max(0, at - 160), at),
  );
  for (const [m, start] of [
    [after, after ? at + word + after[0].length - after[1]!.length : 0],
    [before, before ? at - before[0].length : 0],
  ] as const) {
    const token = m?.[1];
    if (!token || NOT_ROT13.test(token) || !encoded(token)) continue;
    out.push({ ranges: [[start, start + token.length]], decoded: rot13(token), kind: 'flipped', secret: true });
  }
  return out;
}

/** A PEM private key in rot13 whose BEGIN line's end is at `at`: the block to its END line, or null. */
function pemBlock(text: string, at: number): Candidate | null {
  if (!text.startsWith(PEM_BEGIN, at)) return null;
  const start = text.lastIndexOf('-----ORTVA', at);
  const endLine = text.indexOf('-----RAQ', at);
  const end = endLine === -1 ? -1 : text.indexOf(PEM_BEGIN.slice(8), endLine);
  if (start === -1 || at - start > 40 || end === -1 || end - start > PEM_MAX) return null;
  const e = end + PEM_BEGIN.length - 8;
  return { ranges: [[start, e]], decoded: rot13(text.slice(start, e)), kind: 'flipped' };
}

/** Candidates of reversed and rot13 keys. */
export function flippedCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  let end = -1;
  // The run of token characters the literal found is in (found once per run): one longer than TOKEN_MAX holds no key,
  // and none of the literals the scan finds inside it (in a run of `a`s, at every position) is tried.
  let runFrom = 0;
  let runTo = 0;
  for (const at of SCAN ? SCAN(text) : []) {
    if (at < end || out.length >= 64) continue;
    if (at >= runTo) {
      const before = runTo;
      runTo = runEnd(text, at);
      for (runFrom = at; runFrom > before && isToken(text.charCodeAt(runFrom - 1));) runFrom--;
    }
    if (runTo - runFrom > TOKEN_MAX) {
      end = runTo;
      continue;
    }
    const word = ROT_WORDS.find((w) => text.slice(at, at + w.length).toLowerCase() === w);
    if (word !== undefined) {
      pushAll(out, labelled(text, at, word.length));
      continue;
    }
    const c = prefixed(text, at) ?? pemBlock(text, at);
    if (c === null) continue;
    end = c.ranges[0]![1];
    out.push(c);
  }
  return out;
}
