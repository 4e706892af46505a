/**
 * Attack 14's categories, planted at test time from seeded generators (no token-shaped literal is committed): a bare
 * provider key encoded on its own (base64 std / url-safe / unpadded / wrapped, zlib or gzip then base64, hex) in the
 * placements a log holds; a fixed-length token glued on the right to more token characters; a token as a URL's user.
 * Each has benign twins that must come out byte for byte. The recipient's decoders are written here, independently of
 * the redactor: a plant leaks when any 10-character window of its secret comes back from the output.
 */
import { gzipSync, deflateSync, inflateSync, gunzipSync, constants } from 'node:zlib';
import { randomPng } from './eval-carriers.js';
import { familyFakes } from './fake-families.js';
import { fakeSecrets, randomStrings, rng } from './fake-secrets.js';
import { prefixedKeys } from './encodings7-corpus.js';
import { families } from './glue-corpus.js';

export interface Plant {
  name: string;
  rel: string;
  text: string;
  secret: string;
}

/** Every bare token family the tests can generate: [family, value]. */
export function bareTokens(seed: number): [string, string][] {
  const r = randomStrings(seed);
  const out: [string, string][] = [];
  for (const f of familyFakes(seed)) if (f.text === f.value) out.push([f.family, f.value]);
  const skip = /pem|gcp|url-password|bearer-header|jwt/;
  for (const s of fakeSecrets(seed)) if (!s.byKeyName && !skip.test(s.family)) out.push([s.family, s.value]);
  for (const [family, key] of prefixedKeys(r)) out.push([`${family}-7`, key]);
  for (const [family, make] of Object.entries(families(r))) out.push([`${family}-g`, make()]);
  return out;
}

const b64 = (b: Buffer): string => b.toString('base64');
const wrap = (s: string, n: number): string => s.match(new RegExp(`.{1,${n}}`, 'g'))!.join('\n');

/** The encodings of a value: [name, encoded text, may hold line breaks]. */
export function encodingsOf(v: string): [string, string][] {
  const raw = Buffer.from(v);
  const std = b64(raw);
  const long = b64(Buffer.from(`${v}\n`.repeat(3)));
  return [
    ['b64', std],
    ['b64echo', b64(Buffer.from(`${v}\n`))],
    ['b64url', std.replace(/\+/g, '-').replace(/\//g, '_')],
    ['b64unpadded', std.replace(/=+$/, '')],
    ['b64urlunpadded', std.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')],
    ['wrap64', wrap(long, 64)],
    ['wrap76', wrap(long, 76)],
    ['zlib', b64(deflateSync(raw))],
    ['gzip', b64(gzipSync(raw))],
    ['hex', raw.toString('hex')],
  ];
}

/** Placements of an encoded value: [name, file, text]. Line breaks are kept as a file or its format writes them. */
const placements: [string, string, (e: string) => string][] = [
  ['line', 'notes.txt', (e) => `${e}\n`],
  ['line-log', 'agent.log', (e) => `[12:00:01] decoded blob follows\n${e}\nend of blob\n`],
  ['json', 'answer.json', (e) => `${JSON.stringify({ id: 7, data: e, ok: true }, null, 2)}\n`],
  [
    'yaml',
    'config.yaml',
    (e) => (e.includes('\n') ? `blob: |\n  ${e.split('\n').join('\n  ')}\nnext: 1\n` : `blob: ${e}\n`),
  ],
  ['data-uri', 'page.md', (e) => `![x](data:application/octet-stream;base64,${e.replace(/\n/g, '')})\n`],
  ['python', 'tool.py', (e) => `import base64\nv = base64.b64decode("${e.replace(/\n/g, '')}")\n`],
];

/** Category 1: each bare token in each encoding, in placements taken in turn (`perPair` per pair). */
export function encodedPlants(seed: number, perPair = 1): Plant[] {
  const rand = rng(seed);
  const out: Plant[] = [];
  let k = 0;
  for (const [family, v] of bareTokens(seed)) {
    for (const [enc, e] of encodingsOf(v)) {
      for (let t = 0; t < perPair; t++) {
        const [pname, rel, place] = placements[(k++ + Math.floor(rand() * 2)) % placements.length]!;
        if (enc === 'hex' && pname === 'data-uri') continue;
        out.push({ name: `${enc}/${pname}/${family}`, rel, text: place(e), secret: v });
      }
    }
  }
  return out;
}

/** Every reading a recipient gets: the text, its base64 and hex runs decoded (joined across line breaks), inflated. */
export function readings(out: string): string {
  const joined = out.replace(/\\n|\s+/g, '');
  const parts = [out];
  const bins: Buffer[] = [];
  for (const src of [out, joined]) {
    for (const m of src.matchAll(/[0-9a-fA-F]{16,}/g)) bins.push(Buffer.from(m[0], 'hex'));
    for (const m of src.matchAll(/[A-Za-z0-9+/_-]{12,}={0,2}/g)) {
      const s = m[0].replace(/-/g, '+').replace(/_/g, '/');
      for (const k of [0, 1, 2, 3]) bins.push(Buffer.from(s.slice(k), 'base64'));
    }
  }
  for (const b of bins) {
    parts.push(b.toString('latin1'));
    for (const f of [inflateSync, gunzipSync]) {
      try {
        parts.push(f(b, { finishFlush: constants.Z_SYNC_FLUSH }).toString('latin1'));
      } catch {
        // not this container
      }
    }
  }
  return parts.join('\n');
}

/** True when a 10-character window of `v` comes back from the output by a recipient's decoders. */
export function leaksDecoded(out: string, v: string): boolean {
  // A placeholder names its rule (`[REDACTED:helicone-api-key]`), which a token's prefix may spell: not a leak.
  const all = readings(out.replace(/\[REDACTED:[^\]\n]*\]/g, ' '));
  for (let i = 0; i + 10 <= v.length; i++) if (all.includes(v.slice(i, i + 10))) return true;
  return false;
}

/** Benign text an agent encodes: configs, prose, code, words that start like prefixes (no secret among them). */
function benignTexts(seed: number): string[] {
  const r = randomStrings(seed);
  return [
    JSON.stringify({ model: 'gpt-5.1-mini', api_key_env: 'OPENAI_API_KEY', max_tokens: 4096, temperature: 0.2 }),
    'The agents agreed on the final answer after two rounds of voting.\n',
    `commit ${r('hex', 40)}\nsha256 ${r('hex', 64)}\n`,
    `key-value store with ${r('digits', 4)} entries; task-${r('letters', 12).toLowerCase()} done; npm_config_cache=/tmp/npm`,
    `def main():\n    print("hello from agent_b")\n    return ${r('digits', 3)}\n`,
    `user: agent_a\nsession: attempt_${r('digits', 1)}\nstatus: complete\n`,
    `stripe_customer_${r('letters', 10).toLowerCase()} and ghost_${r('alnum', 20)} and pattern_${r('alnum', 16)}`,
    `AKIAEXAMPLE is documented; AIza appears in docs; dapi is a word prefix; tvly is a CLI`,
  ];
}

/** Category 1's twins: images, fonts, hashes and encoded benign text, in the same encodings and placements. */
export function encodedTwins(seed: number): [string, string][] {
  const rand = rng(seed);
  const r = randomStrings(seed + 1);
  const out: [string, string][] = [];
  const image = b64(randomPng((k) => Math.floor(rand() * k), 12, 9));
  const font = b64(Buffer.concat([Buffer.from('wOF2\0\x01\0\0', 'latin1'), Buffer.from(r('b64', 300), 'base64')]));
  out.push(['page.md', `![chart](data:image/png;base64,${image})\n`]);
  out.push(['cell.ipynb', `${JSON.stringify({ outputs: [{ data: { 'image/png': `${wrap(image, 76)}\n` } }] })}\n`]);
  out.push(['style.css', `@font-face { src: url(data:font/woff2;base64,${font}) format("woff2"); }\n`]);
  out.push(['package-lock.json', `${JSON.stringify({ integrity: `sha512-${r('b64', 86)}==` })}\n`]);
  out.push(['notes.txt', `sha256:${r('hex', 64)}\nmd5 ${r('hex', 32)}\n${r('b64', 43)}=\n`]);
  let k = 0;
  for (const t of benignTexts(seed)) {
    for (const [, e] of encodingsOf(t)) {
      for (let i = 0; i < 2; i++) {
        const [, rel, place] = placements[k++ % placements.length]!;
        out.push([rel, place(e)]);
      }
    }
  }
  return out;
}
