/**
 * Attack 40's categories (issue 11), seeded: a random key written as a list of bytes under a secret name, in the
 * languages and printers that write one; a URL given as an Authorization header's credential; credential and key
 * words of Japanese, Chinese and Korean prose, and English's singular `credential`; a password in typographic quotes;
 * a session cookie of random pieces joined by dots. Twins: a file's magic, a table, a test vector's stepped bytes and
 * a documented example as byte lists; a URL with no password after `Bearer`; prose about credentials with no value.
 */
import type { Plant } from './filtered.js';
import { gen, type Gen } from './glue15-tokens.js';
import { pick, planted, WS, type Form } from './planted.js';

/** `n` random bytes (no two the same in a row), as numbers. */
function bytes(r: Gen, n: number): number[] {
  const out: number[] = [];
  while (out.length < n) {
    const b = Number.parseInt(r('hex', 2), 16);
    if (b !== out.at(-1)) out.push(b);
  }
  return out;
}
const hex0x = (b: readonly number[]): string => b.map((x) => `0x${x.toString(16).padStart(2, '0')}`).join(', ');
const bare = (b: readonly number[]): string => b.map((x) => x.toString(16).padStart(2, '0')).join(' ');

const decimal = (b: readonly number[]): string => b.join(', ');

/** A random key as bytes: the plant's value is the list as written (a window of it is a run of the key's bytes). */
export function byteKeyPlants(seed: number): Plant[] {
  const r = gen(seed);
  const forms: [string, string, (b: readonly number[]) => string, (l: string) => string][] = [
    ['python', 'app/crypto.py', hex0x, (l) => `SECRET_KEY = bytes([${l}])\n`],
    ['js', 'src/jwt.js', hex0x, (l) => `const jwtSecret = new Uint8Array([${l}]);\n`],
    ['go', 'internal/auth/key.go', hex0x, (l) => `var signingKey = []byte{${l}}\n`],
    ['rust', 'src/key.rs', hex0x, (l) => `const API_SECRET: [u8; 32] = [${l}];\n`],
    ['c', 'firmware/key.h', hex0x, (l) => `static const unsigned char aes_key[] = {${l}};\n`],
    ['decimal', 'app/key.py', decimal, (l) => `encryption_key = [${l}]\n`],
    ['java', 'src/Keys.java', decimal, (l) => `private static final int[] HMAC_KEY = {${l}};\n`],
  ];
  return forms.map(([name, rel, list, write]) => {
    const l = list(bytes(r, pick(r, [16, 24, 32])));
    return { name: `byte-key/${name}`, rel: `${WS}/${rel}`, text: write(l), value: l };
  });
}

/** Byte lists that hold no key: a magic number, a table, a stepped test vector, a documented example. */
export function byteListTwins(seed: number): [string, string][] {
  const r = gen(seed);
  const table = bytes(r, 16);
  const stepped = Array.from({ length: 16 }, (_, i) => i);
  return [
    [`${WS}/png.js`, `const token = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);\n`],
    [`${WS}/sig.ts`, `  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);\n`],
    [`${WS}/crc.js`, `const table = new Uint8Array([${hex0x(table)}]);\n`],
    [`${WS}/vectors.py`, `key = bytes([${hex0x(stepped)}])\n`],
    [`${WS}/tls.d.ts`, ` * Example return value of keyingMaterial:\n *  <Buffer ${bare(bytes(r, 24))}>\n`],
    [`${WS}/cert.txt`, `X509v3 Subject Key Identifier:\n    ${bare(bytes(r, 20)).replace(/ /g, ':').toUpperCase()}\n`],
    [`${WS}/ssh.txt`, `ED25519 key fingerprint is MD5:${bare(bytes(r, 16)).replace(/ /g, ':')}.\n`],
  ];
}

const HOSTS = ['db.internal.example.net:5432/prod', 'proxy.corp.example.com:8443', 'cache.local:6379/0'];

/** A URL with a password as an Authorization header's credential. */
export function bearerUrlPlants(seed: number): Plant[] {
  const r = gen(seed);
  const url = (pw: string): string => `${pick(r, ['postgresql', 'https', 'redis'])}://app_user:${pw}@${pick(r, HOSTS)}`;
  const forms: Form[] = [
    ['json', `${WS}/log.jsonl`, () => r('alnum', 24), (v) => `{"headers":{"authorization":"Bearer ${url(v)}"}}\n`],
    ['nginx', `${WS}/nginx.conf`, () => r('alnum', 16), (v) => `proxy_set_header Authorization "Bearer ${url(v)}";\n`],
    ['header', `${WS}/req.txt`, () => r('alnum', 20), (v) => `Authorization: Bearer ${url(v)}\n`],
    ['token', `${WS}/curl.sh`, () => r('alnum', 18), (v) => `curl -H 'Authorization: Token ${url(v)}' x\n`],
  ];
  return planted(forms);
}

/** Key and credential words of other scripts, and `credential` alone, stating a random value. */
export function cjkCredentialPlants(seed: number): Plant[] {
  const r = gen(seed);
  const hex = (): string => r('hex', 64);
  const b32 = (): string => r('b32', 32);
  const forms: Form[] = [
    ['ja-cred', `${WS}/chat_ja.md`, hex, (v) => `[ユーザー] 認証情報は「${v}」です。設定してください。\n`],
    ['ja-cred-bare', `${WS}/chat_ja2.md`, b32, (v) => `[ユーザー] 認証情報は ${v} です。\n`],
    ['ja-shikaku', `${WS}/memo_ja.txt`, hex, (v) => `資格情報：${v}\n`],
    ['ja-private', `${WS}/key_ja.txt`, hex, (v) => `秘密鍵: ${v}\n`],
    ['ja-secret', `${WS}/secret_ja.txt`, b32, (v) => `シークレットは ${v} です\n`],
    ['zh-cred', `${WS}/chat_zh.md`, hex, (v) => `[用户] 凭证是 ${v}\n`],
    ['ko-cred', `${WS}/chat_ko.md`, hex, (v) => `[사용자] 인증 정보는 ${v} 입니다\n`],
    ['ko-token', `${WS}/token_ko.md`, hex, (v) => `토큰은 ${v} 입니다\n`],
    [
      'en-credential',
      `${WS}/mail.txt`,
      () => `${r('alnum', 6)}$${r('alnum', 5)}=${r('up', 4)}`,
      (v) => `Hi! Your new credential is ${v}\n`,
    ],
    ['curly-quotes', `${WS}/chat.md`, () => `${r('alnum', 8)}#${r('low', 6)}`, (v) => `my password is “${v}”.\n`],
    ['guillemets', `${WS}/chat_fr.md`, () => `${r('alnum', 9)}!${r('alnum', 5)}`, (v) => `the password is «${v}»\n`],
  ];
  return planted(forms);
}

/** A session cookie of random pieces joined by dots, under a cookie's name. */
export function dottedCookiePlants(seed: number): Plant[] {
  const r = gen(seed);
  const v = (): string => `${r('alnum', 22)}.${r('alnum', 27)}`;
  const forms: Form[] = [
    ['dockerfile', `${WS}/Dockerfile`, v, (x) => `ENV SESSION_COOKIE=${x}\n`],
    ['yaml', `${WS}/config.yaml`, v, (x) => `session_cookie: ${x}\n`],
    ['env', `${WS}/run.sh`, v, (x) => `export AUTH_COOKIE="${x}"\n`],
  ];
  return planted(forms);
}

const WORDS = ['pepper', 'falcon', 'sierra', 'yonder', 'thistle', 'velvet', 'cobalt', 'marble', 'fjord', 'lantern'];

/**
 * A secret whose name sits apart from it or labels it loosely: a GraphQL argument bound to a variable, a `<meta>` tag's
 * `content` under a password's name, `creds` before a password alone.
 */
export function apartPlants(seed: number): Plant[] {
  const r = gen(seed);
  const pw = (): string => `${pick(r, ['Hobalt', 'Raven', 'Lantern'])}${r('dig', 4)}#${r('low', 5)}`;
  const gql = (arg: string, v: string): string =>
    `{"query":"mutation M($p: String!) { login(user: \\"a\\", ${arg}: $p) { ok } }","variables":{"p":"${v}"}}\n`;
  const forms: Form[] = [
    ['graphql-password', `${WS}/requests.jsonl`, pw, (v) => gql('password', v)],
    ['graphql-hex', `${WS}/req.json`, () => r('hex', 32), (v) => gql('password', v)],
    ['graphql-token', `${WS}/req2.json`, () => r('alnum', 40), (v) => gql('apiToken', v)],
    ['meta-credential', `${WS}/index.html`, pw, (v) => `<meta name="service-credential" content="${v}">\n`],
    ['meta-password', `${WS}/login.html`, pw, (v) => `<head><meta name="password" content="${v}"></head>\n`],
    [
      'creds-phrase',
      `${WS}/page.html`,
      () => `${r('low', 6)}-${r('low', 5)}-${r('low', 7)}-${r('low', 6)}-${r('dig', 2)}`,
      (v) => `<!-- temp creds for QA: ${v} -->\n`,
    ],
    ['credentials-for', `${WS}/notes.md`, pw, (v) => `The credentials for staging: ${v}\n`],
    [
      'echo-phrase',
      `${WS}/run.log`,
      () => `${[1, 2, 3, 4, 5].map(() => pick(r, WORDS)).join('-')}-${r('dig', 2)}`,
      (v) =>
        `Error: 401 Incorrect API key provided: ${v}. You can find your API key at https://platform.example.com.\n`,
    ],
    [
      'echo-json',
      `${WS}/trace.json`,
      () => r('alnum', 32),
      (v) => `{"error": {"message": "Incorrect API key provided: ${v}. You can find your API key at …"}}\n`,
    ],
  ];
  return planted(forms);
}

/** Prose and settings beside the new words and readings that hold no secret. */
export const ATTACK40_TWINS: [string, string][] = [
  [`${WS}/a.md`, '認証情報はこちらのファイルに保存されています。\n'],
  [`${WS}/b.md`, '秘密は守ります。\n'],
  [`${WS}/c.md`, 'The credential is stored in the keychain.\n'],
  [`${WS}/d.md`, 'This credential is invalid: see docs.\n'],
  [`${WS}/e.md`, 'A credential is a username-password-pair.\n'],
  [`${WS}/f.txt`, 'Authorization: Bearer https://example.com/callback\n'],
  [`${WS}/g.env`, 'SESSION_COOKIE_DOMAIN=internal.example.com\nSESSION_COOKIE=analytics.production.internal\n'],
  [`${WS}/h.md`, 'my password is “correct”.\n'],
  [
    `${WS}/i.md`,
    'See credentials: docs/setup.md\ncredentials: config/prod.yaml\nCredentials are stored in the vault.\n',
  ],
  [
    `${WS}/j.json`,
    '{"query":"query Q($a: String) { items(after: $a) { id } }","variables":{"a":"Y3Vyc29yOjEwMA=="}}\n',
  ],
  [
    `${WS}/l.log`,
    'Incorrect API key provided: sk-proj-****************************Ab1c.\nIncorrect API key provided: sk-proj-****abcd.\n' +
      'Incorrect API key provided: your-api-key-here.\n',
  ],
  [
    `${WS}/k.html`,
    '<meta name="csrf-param" content="authenticity_token"><meta name="keywords" content="password,manager">\n',
  ],
];
