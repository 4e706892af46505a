/**
 * Leak 17: tokens with a provider prefix that leaked because of what is glued around them. Four categories, each
 * planted for every prefix family of rules.ts (glue15-tokens.ts: fresh values in each provider's documented shape)
 * in many placements: a secret word glued on the left (`apikeysk-…`, `tokenAKIA…`, `KEY=Bearersk-ant-…`), Markdown
 * emphasis around the token (`_sk-…_`, `__hvs.…__`), a body that starts with `_` or `-` where the provider's alphabet
 * allows it (`sk-ant-oat01-_…`), and the token inside a decode call or a literal that spells it (octal escapes, base64
 * or hex of a glued token). The twin: look-alikes that must come out byte for byte.
 */
import { gen, tokenMakers, type Gen } from './glue15-tokens.js';
import { rng } from './fake-secrets.js';

export interface Plant {
  /** category/family/placement */
  name: string;
  text: string;
  /** The token itself (a 10-character window of it must not go out). */
  secret: string;
  /** For an encoded placement: the encoding, which must not go out either. */
  encoded?: string;
}

/** Words glued on the left: names and schemes written with no separator before the token, or with a variant's. */
export const WORDS = [
  'apikey',
  'APIKEY',
  'apiKey',
  'token',
  'Token',
  'TOKEN',
  'key',
  'KEY',
  'secret',
  'SECRET',
  'password',
  'Password',
  'passwd',
  'pwd',
  'pass',
  'Bearer',
  'bearer',
  'auth',
  'myToken',
  'access_token',
  'OPENAI_API_KEY',
  'client_secret',
  'credential',
  'creds',
  'key1',
  'KEY_V2',
  'token_2',
  'api_key_',
  'PASSWORD-',
  'secret-v3',
];

/** Where a line with a token is written (each a placement of its own). */
export const WRAPS: [string, (s: string) => string][] = [
  ['raw', (s) => s],
  ['prose', (s) => `the value ${s} was rotated yesterday`],
  ['json', (s) => JSON.stringify({ note: s, n: 1 })],
  ['yaml', (s) => `  value: ${s}`],
  ['env', (s) => `CONFIG=${s}`],
  ['python', (s) => `client = make_client("${s}")`],
  ['js', (s) => `const k = '${s}';`],
  ['table', (s) => `| staging | ${s} | ok |`],
  ['query', (s) => `GET /api/search?q=${s}&page=2`],
  ['shell', (s) => `echo ${s} > out.txt`],
  ['log', (s) => `2026-12-03T07:00:00Z [info] ${s}`],
  ['list', (s) => `- ${s}`],
];

/** Emphasis and wrappers around a token (Markdown, RST). */
export const EMPHASIS: [string, (t: string) => string][] = [
  ['under', (t) => `_${t}_`],
  ['dunder', (t) => `__${t}__`],
  ['star-under', (t) => `*_${t}_*`],
  ['under-comma', (t) => `_${t}_,`],
  ['dunder-dot', (t) => `__${t}__.`],
  ['under-open', (t) => `_${t}`],
  ['star', (t) => `*${t}*`],
  ['rst-literal', (t) => `\`\`${t}\`\``],
];

/** Families whose body's alphabet holds `_` and `-`: [family, prefix, body of the documented length]. */
function urlBodies(r: Gen): [string, string, () => string][] {
  const j = (...p: string[]): string => p.join('');
  return [
    ['anthropic-api03', j('sk', '-ant-api03-'), () => j(r('url', 93), 'AA')],
    ['anthropic-oat01', j('sk', '-ant-oat01-'), () => j(r('url', 93), 'AA')],
    ['anthropic-ort01', j('sk', '-ant-ort01-'), () => j(r('url', 93), 'AA')],
    ['anthropic-admin01', j('sk', '-ant-admin01-'), () => j(r('url', 93), 'AA')],
    ['openai-proj', j('sk', '-proj-'), () => j(r('url', 74), 'T3Bl', 'bkFJ', r('url', 74))],
    ['google', j('AI', 'za'), () => r('url', 35)],
    ['google-oauth-secret', j('GOC', 'SPX-'), () => r('url', 28)],
    ['google-access', j('ya', '29.'), () => r('url', 150)],
    ['gitlab', j('gl', 'pat-'), () => r('url', 20)],
    ['together', j('tg', 'p_v1_'), () => r('url', 43)],
    ['nvidia', j('nva', 'pi-'), () => r('url', 64)],
    ['heroku', j('HR', 'KU-'), () => r('url', 60)],
    ['flyio', j('fo', '1_'), () => r('url', 43)],
    ['supabase-secret', j('sb', '_secret_'), () => r('url', 32)],
    ['figma', j('fi', 'gd_'), () => r('url', 40)],
    ['docker', j('dckr', '_pat_'), () => r('url', 27)],
    ['browserbase', j('bb', '_live_'), () => r('url', 27)],
    ['contentful', j('CF', 'PAT-'), () => r('url', 43)],
    ['square-oauth', j('sq', '0csp-'), () => r('url', 43)],
    ['discord-mfa', j('mf', 'a.'), () => r('url', 84)],
    ['dropbox', j('s', 'l.'), () => r('url', 130)],
  ];
}

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const hex = (s: string): string => Buffer.from(s).toString('hex');
const octal = (s: string, pad: boolean): string =>
  [...s]
    .map(
      (c) =>
        `\\${c
          .charCodeAt(0)
          .toString(8)
          .padStart(pad ? 3 : 1, '0')}`,
    )
    .join('');
const xEsc = (s: string): string => [...s].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join('');

/** Decode calls and literals that spell a (glued or emphasised) token. */
export const ENCODED: [string, (t: string) => [string, string | undefined]][] = [
  ['octal-c', (t) => [`const char *k = "${octal(t, true)}";`, undefined]],
  ['octal-py', (t) => [`key = b"${octal(t, true)}".decode()`, undefined]],
  ['octal-shell', (t) => [`export TOKEN=$'${octal(t, true)}'`, undefined]],
  ['octal-printf', (t) => [`printf '${octal(t, true)}' | gh auth login --with-token`, undefined]],
  ['b64-glued', (t) => [`base64.b64decode("${b64(`apikey${t}`)}")`, b64(`apikey${t}`)]],
  ['atob-glued', (t) => [`atob('${b64(`Bearer${t}`)}')`, b64(`Bearer${t}`)]],
  ['buffer-glued', (t) => [`Buffer.from('${b64(`token${t}`)}', 'base64')`, b64(`token${t}`)]],
  ['fromhex-glued', (t) => [`bytes.fromhex("${hex(`password${t}`)}")`, hex(`password${t}`)]],
  ['x-emphasis', (t) => [`s = "${xEsc(`_${t}_`)}"`, undefined]],
  ['b64-emphasis', (t) => [`atob("${b64(`__${t}__`)}")`, b64(`__${t}__`)]],
];

/** Every category's plants for one seed. */
export function leakPlants(seed: number): Plant[] {
  const makers = tokenMakers(seed);
  const r = gen(seed + 1);
  const rand = rng(seed + 2);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: Plant[] = [];
  for (const [family, make] of Object.entries(makers)) {
    for (let k = 0; k < 3; k++) {
      const t = make();
      const [wrap, w] = pick(WRAPS);
      const word = pick(WORDS);
      out.push({ name: `left/${family}/${wrap}`, text: w(`${word}${t}`), secret: t });
    }
    for (const [em, e] of EMPHASIS) {
      const t = make();
      const [wrap, w] = pick(WRAPS.filter(([n]) => n !== 'query' && n !== 'env'));
      out.push({ name: `emphasis/${family}/${em}-${wrap}`, text: w(e(t)), secret: t });
    }
    for (let k = 0; k < 2; k++) {
      const t = make();
      const [enc, e] = pick(ENCODED);
      const [text, encoded] = e(t);
      out.push({ name: `encoded/${family}/${enc}`, text, secret: t, encoded });
    }
  }
  for (const [family, prefix, body] of urlBodies(r)) {
    for (const lead of ['_', '-', '__', '-_', '_-']) {
      const t = prefix + lead + body().slice(lead.length);
      const place = pick([
        (v: string) => pick(WRAPS)[1](v),
        (v: string) => pick(WRAPS)[1](`${pick(WORDS)}${v}`),
        (v: string) => `see ${pick(EMPHASIS)[1](v)} here`,
        (v: string) => JSON.stringify({ api_key: v }),
      ]);
      out.push({ name: `lead/${family}/${JSON.stringify(lead)}`, text: place(t), secret: t });
    }
  }
  return out;
}

/** True when a 10-character window of the token, or of its encoding, is still in `out` (placeholders taken out). */
export function plantLeaks(out: string, p: Plant): boolean {
  const o = out.replace(/\[REDACTED:[^\]\n]*\]/g, ' ');
  const windows = (v: string): boolean => {
    for (let i = 0; i + 10 <= v.length; i++) if (o.includes(v.slice(i, i + 10))) return true;
    return false;
  };
  if (p.encoded !== undefined) return out === p.text || windows(p.encoded.slice(12, -12));
  if (!p.text.includes(p.secret)) return out === p.text;
  return windows(p.secret);
}
