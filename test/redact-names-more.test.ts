import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

/**
 * Placements the independent held-out evaluation reported (categories 3, 4 and 8), each widened
 * to its family and planted with random values built here: typed constants and wrapped values
 * in six languages, f-strings and other string prefixes, Authorization schemes, XML properties,
 * parents that hold secrets (YAML maps and lists, Kubernetes Secrets), URL passwords with a raw
 * `@` or `#`, httpie; key names with environment and version suffixes, abbreviations, seeds and
 * one-time-password secrets, and password in other languages. Each family has look-alikes that
 * must come out byte for byte (counters, references, public keys, documentation examples).
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 5150));
const r = (n: number, set: keyof typeof CHARSETS = 'alnum'): string => {
  let s = '';
  while (s.length < n) s += CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)];
  return set === 'alnum' ? `${s.slice(0, n - 3)}7qK` : s;
};
const pw = (): string =>
  `${['Sonne', 'Blau', 'Tigre', 'Luna'][Math.floor(rand() * 4)]}${r(4, 'digits')}${['Haus', 'Mar', 'Sol'][Math.floor(rand() * 3)]}!`;
const words12 = (): string =>
  Array.from({ length: 12 }, () => r(3 + Math.floor(rand() * 5), 'letters').toLowerCase()).join(' ');

const redact = (rel: string, text: string): string => {
  const f = new Redactor().filter({ rel });
  return f.write(text) + f.end();
};

type Case = [name: string, file: string, make: (v: string) => string, value: () => string];

const SECRETS: Case[] = [
  // Typed constants and wrapped values.
  ['TypeScript typed const', 'a.ts', (v) => `export const DEEPGRAM_KEY: string = "${v}";`, () => r(40, 'hex')],
  ['Rust const &str', 'main.rs', (v) => `const API_KEY: &str = "${v}";`, () => r(32)],
  ["Rust &'static str", 'main.rs', (v) => `static TOKEN: &'static str = "${v}";`, () => r(32)],
  ['Kotlin val', 'App.kt', (v) => `val apiKey: String = "${v}"`, () => r(32)],
  ['Swift let', 'App.swift', (v) => `let clientSecret: String = "${v}"`, () => r(32)],
  ['Rust String::from', 'main.rs', (v) => `let token = String::from("${v}");`, () => r(32)],
  ['Python SecretStr', 'settings.py', (v) => `api_key = SecretStr("${v}")`, () => r(32)],
  ['Java new String', 'App.java', (v) => `String password = new String("${v}");`, () => pw()],
  // String prefixes and Authorization schemes.
  [
    'Python f-string Bearer',
    'client.py',
    (v) => `resp = requests.get(url, headers={"Authorization": f"Bearer ${v}"})`,
    () => r(32),
  ],
  ['Python r-string Bearer', 'client.py', (v) => `headers = {'Authorization': r'Bearer ${v}'}`, () => r(32)],
  [
    'Authorization: Key',
    'trace.txt',
    (v) => `Authorization: Key ${v}`,
    () => `${r(8, 'hex')}-${r(4, 'hex')}-${r(4, 'hex')}-${r(4, 'hex')}-${r(12, 'hex')}:${r(32, 'hex')}`,
  ],
  // XML properties.
  [
    'Java XML properties entry',
    'config.xml',
    (v) => `<properties>\n  <entry key="api.secret">${v}</entry>\n</properties>`,
    () => r(32),
  ],
  ['XML property name=', 'app.xml', (v) => `<property name="db.password">${v}</property>`, () => pw()],
  // Parents that hold secrets.
  ['YAML map under api_keys', 'cfg.yaml', (v) => `api_keys:\n  mistral: ${v}\n  cohere: "${v}"\nmodel: x`, () => r(32)],
  ['YAML list under secrets', 'cfg.yaml', (v) => `secrets:\n  - ${v}\n  - name: db`, () => r(32)],
  ['YAML map under credentials', 'cfg.yaml', (v) => `credentials:\n  prod: ${v}`, () => pw()],
  ['YAML list under passwords, unindented', 'cfg.yaml', (v) => `passwords:\n- ${v}`, () => pw()],
  [
    'Kubernetes Secret data',
    'secret.yaml',
    (v) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: llm\ntype: Opaque\ndata:\n  mistral: ${Buffer.from(v).toString('base64')}`,
    () => r(32),
  ],
  [
    'Kubernetes Secret stringData after data',
    'secret.yaml',
    (v) => `stringData:\n  cohere: ${v}\nkind: Secret\napiVersion: v1`,
    () => r(32),
  ],
  // URL passwords with a raw @ or #, httpie.
  ['URL password with @ and #', 'db.txt', (v) => `postgres://admin:${v}@db:5432/app`, () => `${r(8)}@${r(8)}#x`],
  ['httpie query ==', 'cmd.sh', (v) => `$ http GET https://api.example.test/v1/search api_key==${v}`, () => r(32)],
  ['httpie -a', 'cmd.sh', (v) => `http -a admin:${v} https://api.example.test/`, () => pw()],
  // Key names.
  ['SMTP_CREDS', 'x.env', (v) => `SMTP_CREDS=${v}`, () => pw()],
  ['MISTRAL_API_KEY_PROD', 'x.env', (v) => `MISTRAL_API_KEY_PROD=${v}`, () => r(32)],
  ['API_SECRET_V2', 'x.env', (v) => `API_SECRET_V2=${v}`, () => r(40, 'b64')],
  ['GEMINI_API_KEY_BACKUP', 'x.env', (v) => `GEMINI_API_KEY_BACKUP=${v}`, () => r(36)],
  ['apiKeyStaging (camel)', 'x.json', (v) => JSON.stringify({ apiKeyStaging: v }), () => r(32)],
  ['WEBHOOK_HMAC (64 hex)', 'x.env', (v) => `WEBHOOK_HMAC=${v}`, () => r(64, 'hex')],
  ['totp_seed (base32)', 'x.yaml', (v) => `totp_seed: ${v}`, () => r(32, 'base32')],
  ['BEARER', 'x.env', (v) => `BEARER=${v}`, () => r(32)],
  ['nostr_private', 'x.yaml', (v) => `nostr_private: nsec1${v}`, () => r(58, 'lowerAlnum')],
  ['WALLET_SEED mnemonic', 'x.env', (v) => `WALLET_SEED="${v}"`, words12],
  ['Passwort (German)', 'notes.md', (v) => `Passwort: ${v}`, pw],
  ['Kennwort (German)', 'notes.md', (v) => `Kennwort: ${v}`, pw],
  ['contraseña (Spanish)', 'notes.md', (v) => `contraseña: ${v}`, pw],
  ['senha (Portuguese)', 'notes.md', (v) => `senha: ${v}`, pw],
  ['mot_de_passe (French)', 'notes.md', (v) => `mot_de_passe: ${v}`, pw],
  ['numbered env name', 'x.env', (v) => `MISTRAL_API_KEY_400=${v}`, () => r(32)],
  // One letter after a secret's word, as `_2` (attack S4: `password_b:` went out while `password_2:` did not).
  ['password_b', 'x.yaml', (v) => `password: ${r(12)}\npassword_b: ${v}`, () => r(12)],
  ['DB_PASSWORD_C', 'x.env', (v) => `DB_PASSWORD_C=${v}`, pw],
  ['api-key-x', 'x.yaml', (v) => `api-key-x: ${v}`, () => r(32)],
  ['secret.b', 'app.properties', (v) => `client.secret.b=${v}`, () => r(24)],
  [
    'seed phrase of 13 words (Electrum)',
    'x.env',
    (v) => `WALLET_SEED="${v} ${r(6, 'letters').toLowerCase()}"`,
    words12,
  ],
  // Assignments and pairs in code.
  ['process.env[...] ??=', 'a.js', (v) => `process.env["COHERE_API_KEY"] ??= "${v}";`, () => r(40)],
  [
    'quoted value with & ) , ;',
    'settings.py',
    (v) => `SECRET_KEY = 'django-insecure-${v}'`,
    () => `${r(20)}&x)9m,p;z#q^w8(e-_=+)${r(10)}`,
  ],
  [
    'pairs as arrays',
    'x.json',
    (v) =>
      JSON.stringify([
        ['MISTRAL_API_KEY', v],
        ['LOG_LEVEL', 'info'],
      ]),
    () => r(32),
  ],
  [
    'JSON parent over lines',
    'x.json',
    (v) => JSON.stringify({ api_keys: { mistral: v, cohere: `${v}x` } }, null, 2),
    () => r(32),
  ],
  [
    'echo … | docker login --password-stdin',
    'cmd.sh',
    (v) => `echo "${v}" | docker login ghcr.io -u acme --password-stdin`,
    () => r(40),
  ],
  ['echo … | gh auth login --with-token', 'cmd.sh', (v) => `echo ${v} | gh auth login --with-token`, () => r(36)],
  ['x-api-key f-string', 'client.py', (v) => `requests.get(u, headers={"x-api-key": f"${v}"})`, () => r(32)],
  ['"Bearer " + "…"', 'client.py', (v) => `headers = {"Authorization": "Bearer " + "${v}"}`, () => r(32)],
];

const KEEP: [string, string][] = [
  [
    'a.ts',
    'const tokenType: string = "Bearer";\nlet token: Option<String> = None;\nconst apiKey: string = process.env.OPENAI_API_KEY ?? "";',
  ],
  [
    'settings.py',
    'secret = get_secret("prod/db/password")\napi_key = os.getenv("OPENAI_API_KEY")\ntoken = tokenizer.encode("hello world")',
  ],
  [
    'cfg.yaml',
    'tokens:\n  input: 12345678\n  output: 99\nkeys:\n  - primary\n  - secondary_backup\nsecrets:\n  - name: openai-credentials\n    key: api-key-field',
  ],
  [
    'cm.yaml',
    `kind: ConfigMap\ndata:\n  mistral: ${Buffer.from('model=mistral-large-latest').toString('base64')}\n  url: https://api.mistral.ai`,
  ],
  [
    'public.env',
    `STRIPE_PUBLISHABLE_KEY=pk_live_${r(99)}\nSUPABASE_ANON_KEY=${r(40)}\nRECAPTCHA_SITE_KEY=${r(40)}\nLANGFUSE_PUBLIC_KEY=pk-lf-${r(8, 'hex')}-${r(4, 'hex')}-${r(4, 'hex')}-${r(4, 'hex')}-${r(12, 'hex')}`,
  ],
  [
    'jwt.md',
    `Example from the docs (jwt.io):\n\n    ${['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', Buffer.from('{"sub":"1234567890","name":"John Doe","iat":1516239022}').toString('base64url'), r(43, 'urlsafe')].join('.')}\n`,
  ],
  [
    'x.yaml',
    'private: true\nrandom_seed: 42\nseed: 1234\nhmac: sha256\nUnexpected_token_1012: "Unexpected keyword or identifier."',
  ],
  [
    'cmd.sh',
    'if token == value:\n$ http GET https://api.example.test/v1/items page==2 sort==created\necho "hello world" | cat',
  ],
  // A letter after a secret-like word that is none (`monkey_b`), a variant's reference, a field's type.
  ['variants.yaml', 'monkey_b: banana-split\npassword_b: ${DB_PASSWORD_B}\ntoken_s: 5\nkey_a: user-profile'],
  [
    'client.py',
    'headers = {"Authorization": "Bearer " + token}\nargs = ["--verbose", "info"]\npairs = [["LOG_LEVEL", "info"], ["MODEL", "gpt-4o"]]',
  ],
];

describe('category 3, 4 and 8 families from the held-out evaluation', () => {
  for (const [name, file, make, value] of SECRETS) {
    it(name, () => {
      const v = value();
      const out = redact(file, `${make(v)}\n`);
      const probe = v.includes(' ') ? v.split(' ').slice(0, 3).join(' ') : v.slice(-12);
      assert.ok(!out.includes(probe), `${name}: leaked\n${out}`);
    });
  }
  it('look-alikes survive', () => {
    for (const [file, text] of KEEP) assert.equal(redact(file, `${text}\n`), `${text}\n`, file);
  });
});
