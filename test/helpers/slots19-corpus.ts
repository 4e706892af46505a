/**
 * Secrets a layout hides (round 19): a long value after a prose label cut by the reader's window, Salesforce session
 * ids (no fixed length), Unicode spaces (no-break, thin, ideographic) around `=`/`:` or inside a token; generated for
 * the prefix families of rules.ts (glue15-tokens.ts) and prefix-less values, with the twins: look-alikes that must come
 * out byte for byte.
 */
import { gen, tokenMakers, type Gen } from './glue15-tokens.js';

export interface Plant {
  name: string;
  text: string;
  secret: string;
}

const j = (...p: string[]): string => p.join('');
const URL_SAFE = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-';
const B64 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/';

/** Long values of the families whose tokens have no fixed length. */
export function longValues(r: Gen): [string, (n: number) => string][] {
  return [
    ['jwt', (n) => j('ey', 'J', r(URL_SAFE, 36), '.', 'ey', 'J', r(URL_SAFE, n), '.', r(URL_SAFE, 43))],
    ['base64url', (n) => r(URL_SAFE, n)],
    ['base64', (n) => `${r(B64, n)}==`],
    ['salesforce', (n) => salesforce(r, n)],
    ['sas-signature', (n) => r(B64, n)],
  ];
}

/** A Salesforce session id: the org id (`00D` + 12), `!`, `AQ`/`AR` and the body. */
export const salesforce = (r: Gen, n: number): string =>
  j(
    '00',
    'D',
    r('alnum', 12),
    '!A',
    r('QR', 1),
    r('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._', n),
  );

/** Prose that names a key, then the value (category 1: the window cut it at 160 characters). */
const PROSE_LABELS = [
  'The api key is %T and it works.',
  'Use the token %T for prod.',
  'my access token: %T',
  'Das Passwort lautet %T.',
  'The secret key is now %T',
  '> **API key:** %T',
  'Le jeton est %T, merci.',
];

export function longPlants(seed: number): Plant[] {
  const r = gen(seed);
  const out: Plant[] = [];
  for (const [family, make] of longValues(r))
    for (const n of [170, 240, 400, 1000, 3000])
      for (const label of PROSE_LABELS) {
        const t = make(n);
        out.push({ name: `long/${family}/${n}/${label}`, text: label.replace('%T', t), secret: t });
      }
  return out;
}

/** Salesforce session ids in many placements (no label needed: the shape is distinctive). */
const SF_PLACES = [
  'I used %T to connect.',
  'sf_session_id: %T',
  '"%T"',
  '- %T',
  '## %T',
  'items: [a, %T, c]',
  'curl -H "Authorization: Bearer %T" https://x.my.salesforce.com',
  '/home/u/ws/agent_a/%T/file.txt',
  'SF_SESSION_ID=%T',
  'Set `SF_SESSION_ID` to `%T`.',
  'x_%T',
];

export function salesforcePlants(seed: number): Plant[] {
  const r = gen(seed);
  const out: Plant[] = [];
  for (const n of [80, 96, 112, 300])
    for (const p of SF_PLACES) {
      const t = salesforce(r, n);
      out.push({ name: `salesforce/${n}/${p}`, text: p.replace('%T', t), secret: t });
    }
  return out;
}

/** Unicode spaces: no-break, en, thin, hair, narrow no-break, ideographic, figure. */
export const SPACES = ['\u00a0', '\u2002', '\u2009', '\u200a', '\u202f', '\u3000', '\u2007'];

const SPACE_PLACES = [
  'secret%S=%S%T',
  'api_key%S:%S%T',
  'password%S=%S"%T"',
  'TOKEN%S=%T',
  'The password is%S%T.',
  'mot de passe%S:%S%T',
  'export GITHUB_TOKEN=%S%T',
  '  client_secret:%S%T',
  'db_password%S:%S%T',
];

/** Prefix-less values under a label with Unicode spaces around the mark, and prefixed tokens with one inside. */
export function spacePlants(seed: number): Plant[] {
  const r = gen(seed);
  const out: Plant[] = [];
  for (const s of SPACES)
    for (const p of SPACE_PLACES) {
      const t = j(r('alnum', 14), r('!#%+*', 1), r('alnum', 12));
      out.push({ name: `space/${s.codePointAt(0)!.toString(16)}/${p}`, text: p.replaceAll('%S', s), secret: t });
      out[out.length - 1]!.text = out[out.length - 1]!.text.replace('%T', t);
    }
  const makers = tokenMakers(seed);
  let k = 0;
  for (const [family, make] of Object.entries(makers)) {
    const t = make();
    const s = SPACES[k++ % SPACES.length]!;
    out.push({ name: `space-in/${family}`, text: `key: ${t.slice(0, 12)}${s}${t.slice(12)}`, secret: t });
    out.push({ name: `space-around/${family}`, text: `token${s}=${s}${t}`, secret: t });
  }
  return out;
}

/** True when a 10-character window of the secret (a Unicode space inside it taken out) is still in `out`. */
export function plantLeaks(out: string, p: Plant): boolean {
  const o = out.replace(/\[REDACTED:[^\]\n]*\]/g, ' ').replace(/[\u00a0\u2000-\u200a\u202f\u3000]/g, '');
  for (let i = 0; i + 10 <= p.secret.length; i++) if (o.includes(p.secret.slice(i, i + 10))) return true;
  return false;
}

/** Look-alikes: text with Unicode spaces, long runs after words, Salesforce-like ids. */
export function twins(seed: number): string[] {
  const r = gen(seed);
  const out: string[] = [];
  const words = ['price', 'total', 'version', 'chapter', 'Prix', 'page', 'Note', 'section', 'password policy'];
  for (const s of SPACES) {
    for (const w of words) {
      out.push(`${w}${s}:${s}${r('dig', 2)}${s}${r('dig', 3)}`);
      out.push(`« ${w}${s}» et${s}${r('low', 6)}${s}!`);
      out.push(`${w}${s}=${s}${r('dig', 3)}`);
    }
    out.push(`The password${s}policy is strict${s}: use 12 characters.`);
    out.push(`mot de passe${s}: voir la documentation`);
    out.push(`password${s}hunter`);
    out.push(`東京${s}大阪${s}名古屋`);
    out.push(`sha256${s}:${s}${r('hex', 64)}`);
    out.push(`commit${s}${r('hex', 40)}`);
    out.push(`agent_a${s}workspace${s}ready`);
    out.push(`Version${s}2.0.${r('dig', 1)}${s}released`);
  }
  for (let i = 0; i < 20; i++) {
    out.push(`The api key is described in docs/${r('low', 200)}.md`);
    out.push(`Use the token endpoint https://example.com/${r('low', 180)}/token for refresh.`);
    out.push(`00D${r('alnum', 12)} is the org id; see record 001${r('alnum', 12)}!`);
    out.push(`const ARRAY = x!ARRAY_${r('up', 40)};`);
    out.push(`00D${r('alnum', 12)}!AR${r('alnum', 20)}`);
  }
  return out;
}

/** Secret names a YAML alias is used under, and neutral names an anchor is defined under. */
const YAML_NAMES = ['api_key', 'token', 'password', 'client_secret', 'secrets', 'auth_token', 'db_password'];
const NEUTRAL = ['defaults', 'x-common', 'base', 'shared', 'refs', 'values'];

/** YAML anchors and aliases (category 4): the value reaches a secret name through an alias or a merge key. */
export function yamlPlants(seed: number): Plant[] {
  const r = gen(seed);
  const makers = Object.values(tokenMakers(seed));
  let m = 0;
  const values = [
    (): string => r('alnum', 32),
    (): string => j(r('alnum', 12), r('#!%*', 1), r('alnum', 8)),
    (): string => r('hex', 40),
    (): string => makers[m++ % makers.length]!(),
  ];
  const shapes: ((n: string, a: string, t: string) => string)[] = [
    (n, a, t) => `${a}: &d\n  value: ${t}\nprod:\n  ${n}: *d\n`,
    (n, a, t) => `${a}: &k\n  - ${t}\nb:\n  ${n}: *k\n`,
    (n, a, t) => `${a}: &s\n  ${t}\nuse:\n  ${n}: *s\n`,
    (n, a, t) => `${a}: &c ${t}\nservice:\n  ${n}: *c\n`,
    (n, a, t) => `${a}: &c "${t}"\nservice: {${n}: *c}\n`,
    (n, a, t) => `${a}: &common {${n.toUpperCase()}: ${t}, USER: bob}\nsvc:\n  <<: *common\n`,
    (n, a, t) => `${a}: &common\n  ${n.toUpperCase()}: ${t}\n  USER: bob\nsvc:\n  <<: *common\n`,
    (n, a, t) => `${a}: &x !!str ${t}\ny:\n  ${n}: *x\n`,
    (n, a, t) => `${a}: &b\n  auth: {${n}: ${t}}\nderived:\n  <<: *b\n`,
  ];
  const out: Plant[] = [];
  for (const [k, shape] of shapes.entries())
    for (const n of YAML_NAMES)
      for (const v of values) {
        const t = v();
        out.push({ name: `yaml/${k}/${n}`, text: shape(n, NEUTRAL[(k + n.length) % NEUTRAL.length]!, t), secret: t });
      }
  return out;
}

/** Anchored blocks of ordinary values, aliased under secret names and neutral ones: kept byte for byte. */
export function yamlTwins(seed: number): string[] {
  const r = gen(seed);
  const benign = [
    (): string => `postgres:${r('dig', 2)}`,
    (): string => `gpt-4o-${r('low', 4)}`,
    (): string => `ubuntu-${r('dig', 2)}.04`,
    (): string => `json-file`,
    (): string => `/usr/local/${r('low', 6)}/bin`,
    (): string => `${r('dig', 3)}`,
    (): string => `true`,
    (): string => `db-${r('low', 5)}.example.com`,
    (): string => `some plain words here`,
    (): string => `\${{ secrets.${r('up', 8)} }}`,
    (): string => `\${${r('up', 6)}_TOKEN}`,
    (): string => `changeme`,
  ];
  const out: string[] = [];
  for (const n of [...YAML_NAMES, 'image', 'matrix', 'env'])
    for (const v of benign) {
      out.push(`defaults: &d\n  image: ${v()}\n  restart: always\n  driver: ${v()}\nprod:\n  ${n}: *d\n`);
      out.push(`list: &l\n  - ${v()}\n  - ${v()}\njobs:\n  ${n}: *l\n`);
      out.push(`x-base: &b\n  ${n === 'image' ? 'tag' : 'image'}: ${v()}\nsvc:\n  <<: *b\n  ${n}: *b\n`);
    }
  return out;
}
