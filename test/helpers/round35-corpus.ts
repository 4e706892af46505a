/**
 * Round 35's plants and twins (issue 11), from a seeded generator (no secret-shaped literal is committed): passwords in
 * a map of users (express-basic-auth, Python and Ruby dicts, a YAML block); a person's password written after a `$` or
 * a `!` (read as a variable or a negation before); a password field of a form-encoded body followed by other fields;
 * PostgreSQL `COPY … FROM stdin` rows; an HMAC key named apart from its value; hex keys beside words that once made
 * them a test vector (`-AsPlainText`, `AES-256`); backup codes of two groups apart. Twins: text those readings keep.
 */
import type { Plant } from './filtered.js';
import { gen, type Gen } from './glue15-tokens.js';
import { BIP39_ENGLISH } from '../../src/core/redact/bip39-english.js';

const WORDS = BIP39_ENGLISH.filter(
  (w) => w.length >= 5 && !/^(?:example|sample|dummy|fake|mock|test|demo|your|here|insert|replace|enter)$/.test(w),
);
const plant = (name: string, rel: string, text: string, value: string): Plant => ({ name, rel, text, value });
const pick = <T>(r: Gen, list: readonly T[]): T => list[Number.parseInt(r('dig', 4), 10) % list.length]!;
const word = (r: Gen): string => pick(r, WORDS);
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const uuid = (r: Gen): string => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;

/** A generator's password: letters of both cases, digits, a symbol inside. */
const generated = (r: Gen): string => `${r('alnum', 5)}${pick(r, ['#', '%', '^', '*'])}${r('alnum', 6)}${r('dig', 2)}`;
/** A person's: `Word_word42`, `Word-word-42!`, or a passphrase of four words. */
const human = (r: Gen): string =>
  pick(r, [
    () => `${cap(word(r))}_${word(r)}${r('dig', 2)}`,
    () => `${cap(word(r))}-${word(r)}-${r('dig', 2)}!`,
    () => `${word(r)} ${word(r)} ${word(r)} ${word(r)}`,
  ])();

const WS = 'turn_1/attempt_1/agent_a/20260131_101530_654321/workspace';

/** A map of users to passwords, in the languages and formats that hold one. */
const USER_MAP_FORMS: [string, string, (a: string, b: string) => string][] = [
  ['express', `${WS}/web/server.js`, (a, b) => `app.use(basicAuth({ users: { admin: "${a}", 'ci-bot': '${b}' } }));\n`],
  ['js-const', `${WS}/web/users.js`, (a, b) => `const USERS = {\n  ops: "${a}",\n  deploy: "${b}",\n};\n`],
  ['python', `${WS}/app/auth.py`, (a, b) => `users = {"alice": "${a}", "bob": "${b}"}\n`],
  ['ruby', `${WS}/app/auth.rb`, (a, b) => `ACCOUNTS = { "ops" => "${a}", "ci" => "${b}" }\n`],
  ['yaml', `${WS}/deploy/proxy.yml`, (a, b) => `basic_auth_users:\n  admin: ${a}\n  ops: "${b}" # rotated\n`],
  ['camel', `${WS}/web/cfg.ts`, (a, b) => `export const basicAuthUsers = { admin: '${a}', viewer: '${b}' };\n`],
  ['json', `${WS}/config/auth.json`, (a, b) => `{\n  "logins": {\n    "root": "${a}",\n    "ops": "${b}"\n  }\n}\n`],
];

export function userMapPlants(seed: number): Plant[] {
  const r = gen(seed);
  return USER_MAP_FORMS.flatMap(([name, rel, form]) => {
    const [a, b] = [generated(r), human(r)];
    const text = form(a, b);
    return [plant(`${name}/generated`, rel, text, a), plant(`${name}/human`, rel, text, b)];
  });
}

/** A password written after a `$` or a `!` (a capital, words, a number): code would read a variable or a negation. */
const SIGIL_FORMS: [string, string, (v: string) => string][] = [
  ['sql', `${WS}/db/dump.sql`, (v) => `CREATE ROLE reporting WITH LOGIN PASSWORD '${v}';\n`],
  ['helm', `${WS}/chart/values.yaml`, (v) => `auth:\n  postgresPassword: "${v}"\n`],
  ['gradle', `${WS}/android/build.gradle.kts`, (v) => `signingConfigs {\n  keyPassword = "${v}"\n}\n`],
  ['ps1', `${WS}/bin/deploy.ps1`, (v) => `$sec = ConvertTo-SecureString "${v}" -AsPlainText -Force\n`],
  ['htpasswd', `${WS}/history/bash_history.txt`, (v) => `htpasswd -bc .htpasswd admin ${v}\n`],
  ['sshpass', `${WS}/notes/db.md`, (v) => `sshpass -p '${v}' ssh ops@db01\n`],
];

export function sigilPlants(seed: number): Plant[] {
  const r = gen(seed);
  return SIGIL_FORMS.flatMap(([name, rel, form]) =>
    ['$', '!'].map((s) => {
      const v = `${s}${cap(word(r))}_${word(r)}${r('dig', 2)}`;
      return plant(`${name}/${s}`, rel, form(v), v);
    }),
  );
}

/** A form-encoded body's password, another field after it, a client secret a shape rule finds at the line's end. */
export function formBodyPlants(seed: number): Plant[] {
  const r = gen(seed);
  const google = (): string => `GOCSPX-${r('alnum', 28)}`;
  const lines: [string, (v: string) => string][] = [
    ['urllib3', (v) => `DEBUG urllib3 POST /token body=grant_type=password&username=ops%40acme.io&password=${v}`],
    ['requests', (v) => `send: b'POST /oauth/token HTTP/1.1' body='username=ops&password=${v}&scope=openid`],
    ['curl', (v) => `curl -X POST https://id.acme.io/token -d "grant_type=password&password=${v}&client_id=web`],
    ['har', (v) => `"text": "client_id=web&password=${v}&grant_type=password`],
  ];
  return lines.flatMap(([name, line]) =>
    [
      encodeURIComponent(`*${cap(word(r))}_${word(r)}${r('dig', 2)}`),
      `${word(r)}.${word(r)}.${word(r)}.${word(r)}${r('dig', 2)}`,
    ].map((v, i) => {
      const tail = name === 'har' ? `&client_secret=${google()}"\n` : `&client_secret=${google()}\n`;
      return plant(`${name}/${i}`, `${WS}/logs/oauth-${name}.txt`, `${line(v)}${tail}`, v);
    }),
  );
}

/** PostgreSQL `COPY … FROM stdin` rows of a table of keys, tab-separated. */
export function copyPlants(seed: number): Plant[] {
  const r = gen(seed);
  const tables: [string, string][] = [
    ['public.api_keys (id, owner, key_value)', 'key_value'],
    ['public.integrations (id, provider, secret)', 'secret'],
    ['auth.tokens (id, user_id, token, created_at)', 'token'],
  ];
  return tables.flatMap(([head], t) => {
    const values = [r('hex', 64), uuid(r)];
    const cols = head.includes('created_at')
      ? (v: string, i: number) => `${i + 1}\t${i + 7}\t${v}\t2026-01-3${i}`
      : (v: string, i: number) => `${i + 1}\tbot${i}\t${v}`;
    const text = `COPY ${head} FROM stdin;\n${values.map(cols).join('\n')}\n\\.\n`;
    return values.map((v, i) => plant(`copy${t}/${i}`, `${WS}/db/dump${t}.sql`, text, v));
  });
}

/** An HMAC key under a name that says so, its value on the next line or beside it. */
export function hmacPlants(seed: number): Plant[] {
  const r = gen(seed);
  const forms: [string, string, (v: string) => string][] = [
    [
      'k8s',
      `${WS}/k8s/deploy.yaml`,
      (v) => `        env:\n          - name: INTERNAL_HMAC\n            value: "${v}"\n`,
    ],
    ['ecs', `${WS}/ecs/task.json`, (v) => `{"environment": [{"name": "WEBHOOK_HMAC", "value": "${v}"}]}\n`],
    ['yaml', `${WS}/config/app.yaml`, (v) => `webhooks:\n  hmac_secret: ${v}\n`],
    ['env', `${WS}/.env.production`, (v) => `SIGNING_HMAC=${v}\n`],
  ];
  return forms.map(([name, rel, form]) => {
    const v = r('hex', 64);
    return plant(name, rel, form(v), v);
  });
}

/** Hex keys beside the words that once made them a cryptographic test vector: a switch, a cipher's name, an RFC. */
export function vectorPlants(seed: number): Plant[] {
  const r = gen(seed);
  const forms: [string, string, (v: string) => string][] = [
    [
      'ps1',
      `${WS}/bin/deploy.ps1`,
      (v) => `$env:AZURE_OPENAI_API_KEY = "${v}"\n$p = ConvertTo-SecureString "x" -AsPlainText -Force\n`,
    ],
    ['aes', `${WS}/config/crypto.env`, (v) => `# encrypted with AES-256-GCM\nENCRYPTION_KEY=${v}\n`],
    ['rfc', `${WS}/docs/oauth.md`, (v) => `Per RFC 6749 the client authenticates with client_secret=${v}\n`],
    ['plaintext-flag', `${WS}/notes/setup.md`, (v) => `Store it as plaintext for now: OPENAI_API_KEY=${v}\n`],
  ];
  return forms.map(([name, rel, form]) => {
    const v = r('hex', 32);
    return plant(name, rel, form(v), v);
  });
}

/** Backup codes of two groups apart (`f9ohl 99gu0`) under their heading, numbered. */
export function codePlants(seed: number): Plant[] {
  const r = gen(seed);
  const LOW = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const code = (): string => `${r(LOW, 4)}${r('dig', 1)} ${r('dig', 1)}${r(LOW, 4)}`;
  return ['Google backup codes (maria@acme.io)', 'Recovery codes', 'MFA backup codes'].flatMap((head, h) => {
    const codes = Array.from({ length: 5 }, code);
    const text = `## ${head}\n\n${codes.map((c, i) => `${i + 1}. ${c}`).join('\n')}\n`;
    return codes.map((c, i) => plant(`codes${h}/${i}`, `${WS}/notes/accounts${h}.md`, text, c));
  });
}

/** A passphrase of any words joined by dots or hyphens, and one of blanks as a URL's password. */
export function phrasePlants(seed: number): Plant[] {
  const r = gen(seed);
  const ANY = ['walnut', 'yonder', 'jasmine', 'zephyr', 'umber', 'quill', 'tamarind', 'fjord', 'kestrel', 'bramble'];
  const any = (): string => pick(r, [...ANY, ...WORDS]);
  const joined = (sep: string): string => `${[any(), any(), any(), any()].join(sep)}${r('dig', 2)}`;
  const spaced = (): string => `${[any(), any(), any(), any(), any()].join(' ')}${r('dig', 2)}`;
  const forms: [string, string, () => string, (v: string) => string][] = [
    [
      'maven',
      `${WS}/maven/settings.xml`,
      () => joined('.'),
      (v) => `<server>\n  <password>${v}</password>\n</server>\n`,
    ],
    [
      'java',
      `${WS}/src/Keys.java`,
      () => joined('.'),
      (v) => `static final char[] KEYSTORE_PASS = "${v}".toCharArray();\n`,
    ],
    ['env', `${WS}/.env`, () => joined('-'), (v) => `SMTP_PASSWORD=${v}\n`],
    ['chat', `${WS}/notes/chat.md`, () => joined('.'), (v) => `the staging box login is maria / ${v}\n`],
    [
      'mongo',
      `${WS}/serverless.yml`,
      spaced,
      (v) => `    MONGO_URI: mongodb+srv://ingest:${v}@cluster0.ab12c.mongodb.net/prod?retryWrites=true\n`,
    ],
    ['pg', `${WS}/k8s/env.yaml`, spaced, (v) => `  value: "postgresql://app:${v}@db.internal.acme.io:5432/app"\n`],
  ];
  return forms.flatMap(([name, rel, make, form]) =>
    [0, 1].map((i) => {
      const v = make();
      return plant(`${name}/${i}`, rel, form(v), v);
    }),
  );
}

/** Texts these readings keep: maps of users to roles, names and ids; variables; data tables; vectors; a codes' note. */
export function round35Twins(seed: number): [string, string][] {
  const r = gen(seed);
  const md5 = (): string => r('hex', 32);
  // Tables of data (six rows or more: companions.ts' TABLE_ROWS) with one row under a word that also names a secret.
  const words = ['harbor', 'tiger', 'velvet', 'lantern', 'orbit', 'cactus', 'rocket'];
  const table = [...words.slice(0, 3), 'pepper', ...words.slice(3)].map((w) => `    "${w}": "${md5()}",`).join('\n');
  const flags = [...words.slice(0, 2), 'salt', ...words.slice(2, 6)].map((w) => `  "${w}": "${uuid(r)}",`).join('\n');
  return [
    [`${WS}/web/roles.js`, `const users = { alice: "admin", bob: "Bob Smith", carol: "carol@example.com" };\n`],
    [`${WS}/app/accounts.py`, `accounts = {"id": "${uuid(r)}", "region": "eu-west-1", "table": "users_v2"}\n`],
    [`${WS}/deploy/users.yml`, 'users:\n  - name: alice\n    role: admin\n  - name: bob\n    role: viewer\n'],
    [`${WS}/src/hashes.py`, `KNOWN = {\n${table}\n}\n`],
    [`${WS}/src/flags.ts`, `export const FEATURE_FLAGS = {\n${flags}\n};\n`],
    [`${WS}/bin/run.ps1`, 'password = $DB_PASSWORD\n$pw = $dbPassword\nif (!isEnabled) { exit 1 }\n'],
    [
      `${WS}/tests/aes_vectors.txt`,
      `# NIST SP 800-38A test vector\nKEY = ${r('hex', 64)}\nPLAINTEXT = ${r('hex', 32)}\nCIPHERTEXT = ${r('hex', 32)}\n`,
    ],
    [`${WS}/db/vocab.sql`, `COPY public.words (id, word, freq) FROM stdin;\n1\tharbor\t12\n2\tvelvet\t9\n\\.\n`],
    [`${WS}/config/hmac.yaml`, 'hmac: sha256\nhmac_algorithm: SHA-256\nuse_hmac: true\n'],
    [`${WS}/notes/mfa.md`, '## Backup codes\n\n1. keep them offline\n2. print them once\n'],
    [`${WS}/logs/form.txt`, 'POST /search body=query=harbor&page=2&sort=desc\n'],
    [`${WS}/build.gradle`, 'implementation "org.apache.commons.lang3"\nmainClass = "com.acme.billing.invoice12"\n'],
    [`${WS}/docs/links.md`, 'See https://docs.acme.io/guide and ssh://git@github.com/acme/app.git for more.\n'],
  ];
}
