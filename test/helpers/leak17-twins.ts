/**
 * Leak 17's twin: look-alikes of its plants (leak17-corpus.ts) that must come out byte for byte. A short prefix inside
 * a word with a random body after it (`task-…`, `mask-…`, `half_…`), a secret word glued to a name that starts with a
 * prefix (`tokensk-learn-model`, `passwordhf_hub_download`), emphasis around names and dunders (`_sk-learn_`,
 * `__init__`), octal escapes that spell no token (Windows paths, colour codes, regex backreferences, words), and
 * windows of this project's node_modules where a secret word is glued to more letters (`tokenize`, `keyCode`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { rng } from './fake-secrets.js';
import { gen } from './glue15-tokens.js';
import { prefixNames } from './glue15-corpus.js';
import { EMPHASIS, WORDS, WRAPS } from './leak17-corpus.js';

/** Short prefixes (under four characters, or with no separator) of rules.ts, which start a token only at a boundary. */
export const SHORT = ['sk-', 'sk_', 'hf_', 'pa-', 'fc-', 'ak-', 'as-', 're_', 'pk_', 'fw_', 'r8_', 'SG.', 'sl.'];

/** Words that end inside a short prefix's letters or before it (`ta|sk-`, `ma|sk-`, `beha|lf_`: no secret word). */
const STEMS = ['ta', 'ma', 'a', 'ri', 'di', 'de', 'whi', 'kio', 'hu', 'bri', 'fla', 'ri', 'ca', 'ha', 'beha', 'she'];

const OCTAL_TWINS = [
  (r: (n: number) => string) => `C:\\Users\\${r(6)}\\100\\101\\${r(5)}.txt`,
  () => 'printf "\\033[1;31mERROR\\033[0m\\n"',
  () => "sed -E 's/([a-z]+)-([0-9]+)/\\2-\\1/' in.txt",
  (r: (n: number) => string) => `echo -e "\\101\\102\\103 ${r(8)}"`,
  () => 're.sub(r"(\\w+)\\s(\\w+)", r"\\2 \\1", s)',
  (r: (n: number) => string) => `path = "D:\\\\logs\\\\${r(4)}\\\\2026\\\\12\\\\03"`,
];

/**
 * Underscore emphasis only: `*…*` and ``` ``…`` ``` start a token as a space does, where the shape table's rules
 * judge a name that starts with a prefix as they always have (`*hf_<camelCase words>*` is a Hugging Face token's
 * shape).
 */
const UNDERSCORED = EMPHASIS.filter(([n]) => n.includes('under'));

const octalOf = (s: string): string => [...s].map((c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`).join('');

/** Generated look-alikes, `perKind` of each kind per prefix. */
export function benignLines(seed: number, words: readonly string[]): string[] {
  const r = gen(seed);
  const rand = rng(seed + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: string[] = [];
  const lower = (n: number): string => r('abcdefghijklmnopqrstuvwxyz', n);
  for (const l of SHORT) {
    for (let k = 0; k < 12; k++) {
      // A short prefix glued to a word's letters, then a random body: `task-<48>` (no secret word before it).
      const stem = pick(STEMS);
      out.push(pick(WRAPS)[1](`${stem}${l}${r('alnum', 32 + Math.floor(rand() * 40))}`));
    }
  }
  for (const l of [...SHORT, `${'gh'}p_`, `${'xo'}xb-`, 'AKIA', `${'hv'}s.`]) {
    // A secret word glued to a prefix and small letters only: a word or a slug, never a base62 body.
    for (let k = 0; k < 4; k++) out.push(pick(WRAPS)[1](`${pick(WORDS)}${l}${lower(36 + Math.floor(rand() * 20))}`));
  }
  const names = prefixNames(seed + 2, SHORT, words);
  for (const name of names) {
    // A secret word glued to a name that starts with a prefix: `tokensk-learnModel`, `passwordhf_hub_download_v2`.
    out.push(pick(WRAPS)[1](`${pick(WORDS)}${name}`));
    out.push(pick(WRAPS.filter(([n]) => n !== 'query'))[1](pick(UNDERSCORED)[1](name)));
  }
  for (const w of words.slice(0, 120)) {
    out.push(`${pick(['__', '_'])}${w}${pick(['__', '_'])} is called first`);
    out.push(`${pick(WORDS)}${w[0]!.toUpperCase()}${w.slice(1)}${pick(['', 's', 'Id', '_path'])} = get()`);
    out.push(`s = "${octalOf(`${w} ${pick(words)}`)}"`);
  }
  for (let k = 0; k < 60; k++) out.push(pick(OCTAL_TWINS)(lower));
  return out;
}

/**
 * Windows of the project's node_modules sources (120 characters each side) where a secret word is glued to a letter
 * or digit: `tokenize`, `keyCode`, `passThrough`, `authority`, minified or not.
 */
export function nodeGlued(max = 600, dir = 'node_modules'): string[] {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(?:c?js|mjs|d\.ts)$/.test(e.name)) files.push(p);
    }
  };
  walk(path.join(process.cwd(), dir));
  const found = new Set<string>();
  const re = /(?:key|token|secret|password|passwd|pass|pwd|bearer|auth|cred)(?=[A-Za-z0-9])/gi;
  for (const f of files.sort()) {
    const text = fs.readFileSync(f, 'utf8');
    let n = 0;
    for (const m of text.matchAll(re)) {
      const from = Math.max(0, m.index - 120);
      const line = text.slice(from, m.index + 120).split('\n');
      const mid = line.length === 1 ? line[0]! : text.slice(m.index, m.index + 120).split('\n')[0]!;
      found.add(mid);
      if (found.size >= max) return [...found];
      if (++n >= 3) break;
    }
  }
  return [...found];
}
