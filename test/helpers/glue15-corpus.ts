/**
 * Round 15, tokens glued on the right: every prefix family of rules.ts (glue15-tokens.ts) with 1-8 characters of one
 * class glued after it (letters, digits, `_…`, `-…`, `.…`, `=…`), in prose, JSON, code, a URL's path or query and a
 * file path; and the benign twin: long identifiers and words that start with a family's prefix (read from the
 * project's node_modules, and generated from words), which must come out byte for byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gen, tokenMakers } from './glue15-tokens.js';
import { rng } from './fake-secrets.js';

export interface Plant {
  name: string;
  rel: string;
  text: string;
  secret: string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/** The classes of characters glued after a token: each makes a suffix of 1-8 characters. */
export const SUFFIXES: Record<string, (r: ReturnType<typeof gen>, n: number) => string> = {
  letters: (r, n) => r(LETTERS, n),
  digits: (r, n) => r('dig', n),
  underscore: (r, n) => `_${r(LOWER, n - 1)}`,
  dash: (r, n) => `-${r('low', n - 1)}`,
  dot: (r, n) => `.${r(LOWER, n - 1)}`,
  equals: (r, n) => `${'='.repeat(1 + (n % 2))}${r('alnum', Math.max(0, n - 2))}`,
};

/** Where a glued token is written: [name, file, text around it]. */
export const PLACES: [string, string, (t: string) => string][] = [
  ['prose', 'notes.txt', (t) => `the value ${t} was rotated yesterday\n`],
  ['json', 'answer.json', (t) => `${JSON.stringify({ note: t, n: 1 })}\n`],
  ['code', 'tool.py', (t) => `client = make_client('${t}')\n`],
  ['js', 'app.js', (t) => `const k = "${t}";\n`],
  ['url-path', 'agent.log', (t) => `GET https://api.example.com/v1/${t}/items 200\n`],
  ['url-query', 'agent.log', (t) => `fetch https://x.example.io/cb?k=${t}&page=2\n`],
  ['file-path', 'agent.log', (t) => `[info] wrote /tmp/cache/${t}/out.json\n`],
  ['yaml', 'config.yaml', (t) => `settings:\n  value: ${t}\n`],
];

/** Every family, every suffix class, `perClass` plants each (a random length and placement). */
export function gluedRightPlants(seed: number, perClass = 2): Plant[] {
  const makers = tokenMakers(seed);
  const r = gen(seed + 1);
  const rand = rng(seed + 2);
  const out: Plant[] = [];
  for (const [family, make] of Object.entries(makers)) {
    for (const [cls, suffix] of Object.entries(SUFFIXES)) {
      for (let k = 0; k < perClass; k++) {
        const v = make();
        const glued = v + suffix(r, 1 + Math.floor(rand() * 8));
        const [place, rel, wrap] = PLACES[Math.floor(rand() * PLACES.length)]!;
        out.push({ name: `${family}/${cls}/${place}`, rel, text: wrap(glued), secret: v });
      }
    }
  }
  return out;
}

/** A token in a URL's path or query, not glued: `/v1/<token>/`, `?k=<token>&`. */
export function urlPlants(seed: number): Plant[] {
  const makers = tokenMakers(seed);
  const out: Plant[] = [];
  for (const [family, make] of Object.entries(makers)) {
    for (const [place, wrap] of [
      ['path', (t: string) => `curl https://proxy.example.com/v1/${t}/chat/completions\n`],
      ['query', (t: string) => `GET /api/search?q=cats&k=${t}&page=2\n`],
    ] as const) {
      const v = make();
      out.push({ name: `${family}/url-${place}`, rel: 'agent.log', text: wrap(v), secret: v });
    }
  }
  return out;
}

/** True when a 10-character window of `v` is still in `out` (placeholders taken out first). */
export function leaks(out: string, v: string): boolean {
  const o = out.replace(/\[REDACTED:[^\]\n]*\]/g, ' ');
  for (let i = 0; i + 10 <= v.length; i++) if (o.includes(v.slice(i, i + 10))) return true;
  return false;
}

const ROOT = process.cwd();
const SOURCES = ['node_modules/typescript/lib/lib.dom.d.ts', 'node_modules/typescript/lib/_tsc.js'];

/** The words (3-10 lowercase letters) of the names in TypeScript's compiler and DOM types, most used first. */
export function nodeWords(limit = 3000): string[] {
  const count = new Map<string, number>();
  for (const f of SOURCES) {
    const text = fs.readFileSync(path.join(ROOT, f), 'utf8');
    for (const m of text.matchAll(/[A-Z]?[a-z]{3,10}(?![a-z])/g)) {
      const w = m[0].toLowerCase();
      count.set(w, (count.get(w) ?? 0) + 1);
    }
  }
  return [...count.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([w]) => w);
}

/** Names in the project's node_modules sources that start with one of `literals` at a token's start. */
export function nodeIdentifiers(literals: readonly string[], dir = 'node_modules', max = 4000): string[] {
  const found = new Set<string>();
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(?:c?js|mjs|d\.ts|md)$/.test(e.name)) files.push(p);
    }
  };
  walk(path.join(ROOT, dir));
  const sorted = [...literals].sort((a, b) => b.length - a.length);
  for (const f of files.sort()) {
    const text = fs.readFileSync(f, 'utf8');
    for (const m of text.matchAll(/(?<![A-Za-z0-9_$+/.-])[A-Za-z0-9][A-Za-z0-9_$.-]{9,}/g)) {
      const w = m[0].replace(/[.-]+$/, '');
      const l = sorted.find((x) => w.startsWith(x));
      if (l !== undefined && w.length >= l.length + 6) found.add(w);
      if (found.size >= max) return [...found];
    }
  }
  return [...found];
}

/** Identifiers made of words after each literal: camelCase, snake, kebab, dotted, UPPER and lower runs, Title runs. */
export function prefixNames(seed: number, literals: readonly string[], words: readonly string[]): string[] {
  const rand = rng(seed);
  const pick = (): string => words[Math.floor(rand() * words.length)]!;
  const some = (): string[] => Array.from({ length: 4 + Math.floor(rand() * 4) }, pick);
  const title = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
  const forms: ((ws: string[]) => string)[] = [
    (ws) => ws[0]! + ws.slice(1).map(title).join(''),
    (ws) => `${ws.join('_')}_v${1 + Math.floor(rand() * 9)}`,
    (ws) => ws.join('-'),
    (ws) => ws.join('').toUpperCase() + (rand() < 0.5 ? String(Math.floor(rand() * 10)) : ''),
    (ws) => ws.join(''),
    (ws) => ws.map(title).join(''),
    (ws) => ws.join('.'),
  ];
  const out: string[] = [];
  for (const l of literals) for (const form of forms) out.push(l + form(some()));
  return out;
}

/** Look-alikes that hold a literal where no token starts: base64url runs, hashes and ids glued to names. */
export function runTwins(seed: number, literals: readonly string[]): string[] {
  const r = gen(seed);
  const rand = rng(seed + 1);
  const out: string[] = [];
  for (const l of literals) {
    const hex = r('hex', 40);
    const run = r('alnum', 30);
    out.push(
      [`${run}_${l}${r('alnum', 40)}-${r('alnum', 10)}`, `${run}-${l}${r('alnum', 40)}_${r('alnum', 10)}`][
        Math.floor(rand() * 2)
      ]!,
      `build_${hex}_${l.replace(/[^A-Za-z0-9]/g, '')}${r('hex', 6)}`,
    );
  }
  return out;
}
