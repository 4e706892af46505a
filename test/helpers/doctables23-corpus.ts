/**
 * Round 23, secrets in tables and definitions of document formats (issue 11, category 3): a prefix-less or prefixed
 * key under a secret name in a header, a row label or a macro's name, in the formats of doctables23-formats.ts;
 * numbered seed-phrase grids and backup-code grids in those tables. Twins: the same layouts holding ids, hashes, model
 * names, prices, versions, URLs and dates, LaTeX with code and macros, word grids that are no BIP-39 phrase, Org
 * agendas. Values come from a seeded generator (REDACT_SEED replays a run); a plant leaks when a piece of it (the value
 * as written, cut at the format's escapes) is still in the output.
 */
import { BIP39_ENGLISH } from '../../src/core/redact/bip39-english.js';
import { DEFINITIONS, TABLES } from './doctables23-formats.js';
import { gen, tokenMakers, type Gen } from './glue15-tokens.js';

export interface Plant23 {
  name: string;
  text: string;
  pieces: string[];
}

export const SEED = Number(process.env.REDACT_SEED ?? 2301);

const NAMES = [
  'API key',
  'api_key',
  'Password',
  'Secret',
  'Token',
  'Access token',
  'client_secret',
  'DB password',
  'Secret Key',
  'apikey',
  'Auth token',
  'OPENAI_API_KEY',
];
const SERVICES = ['openai', 'anthropic', 'prod', 'staging', 'stripe', 'github', 'mistral', 'postgres', 'redis', 'groq'];
const FAMILIES = [
  'openai-api-key/proj',
  'anthropic-api-key',
  'github-token',
  'slack-token',
  'huggingface-token',
  'groq-api-key',
  'stripe-secret-key',
  'sk-api-key',
];

/** A prefix-less value: alphanumeric, hex, URL-safe, base64, or a password with `*?!^=+%#&_`. */
function value(r: Gen, i: number): string {
  const n = 20 + Number(r('0123456789', 1)) * 2;
  switch (i % 6) {
    case 0:
      return r('alnum', n);
    case 1:
      return r('hex', 32 + 8 * Number(r('01', 1)));
    case 2:
      return `${r('alnum', 8)}${r('_-', 1)}${r('url', n - 9)}`;
    case 3:
      return `${r('alnum', 6)}${r('+/', 1)}${r('b64', n - 8)}==`.replace(/^[+/]/, 'Q');
    case 4:
      return `${r('alnum', 7)}${r('*?!^=+%', 1)}${r('alnum', 6)}${r('*?!^=+%#&', 1)}${r('alnum', 5)}`;
    default:
      return `${r('alnum', 9)}${r('_%#', 1)}${r('alnum', 12)}`;
  }
}

/** The value's pieces as any format writes it: cut at LaTeX's escaped characters, 6 or more characters. */
function pieces(v: string): string[] {
  const ps = v.split(/[_#&%$^{}~\\]/);
  const long = ps.filter((p) => p.length >= 6);
  return long.length ? long : [ps.reduce((a, b) => (b.length > a.length ? b : a))];
}

export function tablePlants(seed: number): Plant23[] {
  const r = gen(seed);
  const make = tokenMakers(seed + 7);
  const out: Plant23[] = [];
  let k = 0;
  for (const [place, f] of TABLES)
    for (let i = 0; i < NAMES.length; i++) {
      const n = NAMES[i]!;
      const svc = SERVICES[(i + k) % SERVICES.length]!;
      const v = i % 4 === 3 ? make[FAMILIES[k++ % FAMILIES.length]!]!() : value(r, i + k);
      const text =
        i % 2 === 0
          ? f(['Service', n, 'Owner'], [[svc, v, 'platform team']])
          : f(
              ['Name', 'Value'],
              [
                ['service', svc],
                [n, v],
                ['region', 'us-east-1'],
              ],
            );
      out.push({ name: `table/${place}/${n}`, text, pieces: pieces(v) });
    }
  return out;
}

export function definitionPlants(seed: number): Plant23[] {
  const r = gen(seed + 1);
  const out: Plant23[] = [];
  for (const [place, f] of DEFINITIONS)
    for (let i = 0; i < NAMES.length; i++) {
      const v = value(r, i);
      out.push({ name: `def/${place}/${NAMES[i]}`, text: f(NAMES[i]!, v), pieces: pieces(v) });
    }
  return out;
}

/** Numbered words in `cols` columns, `1. word  2. word  …` across rows. */
function numbered(words: string[], cols: number, w = 16): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < words.length; i += cols)
    rows.push(words.slice(i, i + cols).map((x, j) => `${i + j + 1}. ${x}`.padEnd(w)));
  return rows;
}

const GRID_HEADS = ['Recovery phrase', 'Seed phrase', 'Mnemonic', 'Secret Recovery Phrase', 'Wallet backup words'];

/** 12 or 24 BIP-39 words in grids: plain numbered lines and each table format. */
export function seedPlants(seed: number): Plant23[] {
  const r = gen(seed + 2);
  const out: Plant23[] = [];
  const phrase = (n: number): string[] =>
    Array.from({ length: n }, () => BIP39_ENGLISH[parseInt(r('0123456789abcdef', 3), 16) % 2048]!);
  for (let i = 0; i < 10; i++) {
    const ws = phrase(i % 2 ? 24 : 12);
    const rows = numbered(ws, 3 + (i % 2));
    out.push({
      name: `seed/lines/${i}`,
      text: `${GRID_HEADS[i % 5]}:\n\n${rows.map((x) => x.join('').trimEnd()).join('\n')}`,
      pieces: ws,
    });
  }
  for (const [place, f] of TABLES)
    for (let i = 0; i < 2; i++) {
      const ws = phrase(i ? 24 : 12);
      const cols = 3 + i;
      const rows = numbered(ws, cols, 0).map((x) => x.map((c) => c.trim()));
      const head = Array.from({ length: cols }, (_, j) => (j ? '' : GRID_HEADS[i]!)).map((h, j) => h || `Words ${j}`);
      out.push({ name: `seed/${place}/${ws.length}`, text: f(head, rows), pieces: ws });
    }
  return out;
}

const CODE_HEADS = ['Backup codes', 'Recovery codes', 'GitHub recovery codes', '2FA backup codes', 'Two-factor codes'];

export function codePlants(seed: number): Plant23[] {
  const r = gen(seed + 3);
  const out: Plant23[] = [];
  const code = (i: number): string =>
    i % 3 === 0 ? `${r('dig', 4)}-${r('dig', 4)}` : i % 3 === 1 ? `${r('low', 5)}-${r('low', 5)}` : r('dig', 8);
  for (let i = 0; i < 10; i++) {
    const cs = Array.from({ length: 10 }, () => code(i));
    const lines = [];
    for (let j = 0; j < 10; j += 2) lines.push(`${cs[j]}    ${cs[j + 1]}`);
    out.push({ name: `codes/lines/${i}`, text: `${CODE_HEADS[i % 5]}\n\n${lines.join('\n')}`, pieces: cs });
  }
  // Not the formats that annotate a value's cell (`<br>rotated`, a second line `(rotated)`).
  for (const [place, f] of TABLES.filter(([p]) => !/^md-br|^rst-grid/.test(p))) {
    const cs = Array.from({ length: 8 }, () => code(place.length));
    const rows = [0, 2, 4, 6].map((j) => [cs[j]!, cs[j + 1]!]);
    out.push({ name: `codes/${place}`, text: f([CODE_HEADS[place.length % 5]!, ''], rows), pieces: cs });
  }
  return out;
}

/** Leaks: the plants a piece of which is still in their redacted text (a word grid: three or more words). */
export function leaked(plants: readonly Plant23[], redact: (s: string) => string): string[] {
  return plants
    .filter((p) => {
      const out = redact(p.text);
      if (!p.name.startsWith('seed/')) return p.pieces.some((x) => out.includes(x));
      return new Set(p.pieces.filter((w) => new RegExp(`\\b${w}\\b`).test(out))).size >= 3;
    })
    .map((p) => `${p.name}: ${JSON.stringify(p.text.slice(0, 300))}`);
}
