/**
 * Round 33's plants and twins (issue 11), from a seeded generator (no secret-shaped literal is committed): a
 * generator's passwords with brackets, `=` and `,` in the formats that read a value to such a character; two words and
 * a number joined by a dot (`Thunder.harbor278`); passphrases under `*PW` names and in other scripts; `user:password`
 * under an `auth` name; a Wi-Fi QR code; logins' calls and pairs held as credentials; passwords piped to a command;
 * values after `#define`, under `SIGNING`, a Solana keypair in base58 under Hardhat's `accounts`, an AWS session token
 * cut in two literals. Twins: code those readings must keep.
 */
import { BIP39_ENGLISH } from '../../src/core/redact/bip39-english.js';
import type { Plant } from './filtered.js';
import { gen, type Gen } from './glue15-tokens.js';

const plant = (name: string, rel: string, text: string, value: string): Plant => ({ name, rel, text, value });
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const CLASSES = [LOWER, LOWER.toUpperCase(), '0123456789'];
const BRACKETS = '{}[]()=,';
const classOf = (c: string): number => CLASSES.findIndex((set) => set.includes(c));

/**
 * A generator's password with symbols (KeePass, pwgen -y): 12 to 16 characters, letters and digits of changing class
 * (each next character's class drawn among the other two; each class at least once, as generators ensure), three
 * symbols, one of them a bracket, `=` or `,`.
 */
export function symbolPassword(r: Gen): string {
  const n = 12 + (Number(r('dig', 1)) % 5);
  let cls = 0;
  const chars: string[] = [];
  for (let i = 0; i < n - 3; i++) {
    // The first three take each class once, in a drawn order.
    cls = i === 2 ? 3 - chars.map(classOf).reduce((a, b) => a + b, 0) : (cls + 1 + (Number(r('dig', 1)) % 2)) % 3;
    chars.push(r(CLASSES[cls]!, 1));
  }
  for (const set of [BRACKETS, BRACKETS, '!#%^*;?~.+-']) {
    const at = Number(r('dig', 2)) % (chars.length + 1);
    chars.splice(at, 0, r(set, 1));
  }
  // A `{{` first opens a template (`{{ secret }}`), a `-` a flag (`-a -Kx1y…`): kept by design, so not drawn first.
  return chars.join('').replace(/^\{\{|^-/, (m) => `${m.length === 2 ? '{' : ''}${r(CLASSES[1]!, 1)}`);
}

/** The formats that read a value only to a bracket, `=`, `,`, `}` or `;` (or judged such a value code). */
const SYMBOL_FORMS: [string, string, (v: string) => string][] = [
  [
    'maven-xml',
    'workspace/agent_a/.m2/settings.xml',
    (v) => `<server><id>nexus</id><password>${v}</password></server>\n`,
  ],
  ['ansible-yaml', 'workspace/agent_a/group_vars/all.yml', (v) => `ansible_user: deploy\nansible_become_pass: ${v}\n`],
  ['env-in-json', 'status.json', (v) => `${JSON.stringify({ preview: `Configured SMTP_PASSWORD=${v}\nDone.` })}\n`],
  ['env-line', 'workspace/agent_a/.env.staging.example', (v) => `DB_PASSWORD=${v}\nDB_HOST=db\n`],
  ['c-define', 'workspace/agent_a/firmware/secrets.h', (v) => `#pragma once\n#define CLOUD_TOKEN "${v}"\n`],
  ['comment', 'workspace/agent_a/ssh/config', (v) => `Host bastion\n  User ops\n  # password: ${v}\n`],
  [
    'cdata-auth',
    'workspace/agent_a/jobs/deploy.xml',
    (v) => `<job><param name="auth"><![CDATA[${v}]]></param></job>\n`,
  ],
  ['redis-cli', 'execution_trace.md', (v) => `$ redis-cli -h cache.internal -p 6380 --tls -a ${v} PING\n`],
];

export function symbolPlants(seed: number): Plant[] {
  const r = gen(seed);
  return SYMBOL_FORMS.flatMap(([name, rel, form]) =>
    [0, 1, 2].map((k) => {
      const value = symbolPassword(r);
      // A value the format cannot hold as written is not planted there (a `]]>` in CDATA, a quote in C).
      return plant(`${name}/${k}`, rel, form(value), value);
    }),
  );
}

/** BIP-39's words but a placeholder's (`example`, `enter`) or a JS global's (`Number.…` is code): kept by design. */
const WORDS = BIP39_ENGLISH.filter(
  (w) =>
    !/^(?:example|sample|dummy|fake|mock|test|demo|your|here|insert|replace|enter|number|object|string|array)$/.test(w),
);
const word = (r: Gen): string => WORDS[Number.parseInt(r('dig', 4), 10) % WORDS.length]!;
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
/** Two words and a number joined by a dot, the first capitalised (`Thunder.harbor278`). */
export const dottedPassword = (r: Gen): string => `${cap(word(r))}.${word(r)}${r('dig', 3)}`;

/** Where people keep such a password. */
const DOTTED_FORMS: [string, string, (v: string) => string][] = [
  ['ini', 'workspace/agent_a/config/app.ini', (v) => `[mail]\nuser = ops\npass = ${v}\n`],
  ['ldif', 'workspace/agent_a/ldap/users.ldif', (v) => `dn: uid=bob,dc=acme\nuserPassword: ${v}\n`],
  ['odbc', 'workspace/agent_a/odbc.ini', (v) => `ConnStr="Driver={PostgreSQL};Uid=app;Pwd=${v};"\n`],
  ['german', 'workspace/agent_a/docs/uebergabe.md', (v) => `Das WLAN-Passwort ist ${v} (nicht weitergeben).\n`],
  ['spring', 'workspace/agent_a/logs/app.log', (v) => `DEBUG DataSourceProperties[url=jdbc:h2:mem, password=${v}]\n`],
  ['properties', 'workspace/agent_a/mail.properties', (v) => `keystore.passphrase ${v}\n`],
];

export function dottedPlants(seed: number): Plant[] {
  const r = gen(seed);
  return DOTTED_FORMS.flatMap(([name, rel, form]) =>
    [0, 1].map((k) => {
      const value = dottedPassword(r);
      return plant(`${name}/${k}`, rel, form(value), value);
    }),
  );
}

/** Words of other scripts and languages a generator might draw (no secret: a dictionary's). */
const INTL_WORDS: readonly string[][] = [
  ['wiewiórka', 'słonecznik', 'żółw', 'pierogi', 'jabłko', 'księżyc'],
  ['kaplumbağa', 'ayçiçeği', 'şimşek', 'bülbül', 'çınar', 'gökyüzü'],
  ['самовар', 'подсолнух', 'снегирь', 'берёза', 'ромашка', 'колокол'],
  ['ひまわり', 'ゆきだるま', 'やまのぼり', 'かめ', 'さくら', 'たんぽぽ'],
  ['长城', '乌龟', '熊猫', '月亮', '竹子', '灯笼'],
  ['bibliothèque', 'château', 'fromage', 'étoile', 'hérisson', 'forêt'],
];

/** Three or four words of one language joined by `-` or a blank, two digits glued to the last. */
export function intlPassphrase(r: Gen, i: number): string {
  const words = INTL_WORDS[i % INTL_WORDS.length]!;
  const n = 3 + (i % 2);
  const picked = Array.from({ length: n }, () => words[Number(r('dig', 1)) % words.length]!);
  return `${picked.join(i % 3 === 0 ? ' ' : '-')}${r('dig', 2)}`;
}

/** Nouns of a generator's list (EFF's long list holds such words): a phrase of them reads as no sentence. */
const NOUNS = (
  'harbor thunder copper willow pepper marble canyon violet meadow falcon orbit lantern tractor cobalt rocket velvet ' +
  'walnut glacier pebble saddle quartz lobster pumpkin hammock cactus anchor bramble cobweb dolphin ember forest gecko'
).split(' ');
const englishPhrase = (r: Gen): string =>
  [0, 1, 2, 3].map(() => NOUNS[Number.parseInt(r('dig', 2), 10) % NOUNS.length]!).join(' ');

/** Passphrases under `*PW` names, in other scripts after flags and names, and `user:password` under `auth`. */
export function phrasePlants(seed: number): Plant[] {
  const r = gen(seed);
  const items: [string, string, (v: string) => string, (i: number) => string][] = [
    [
      'ldap-rootpw',
      'workspace/agent_a/slapd.ldif',
      (v) => `olcRootDN: cn=admin\nolcRootPW: ${v}\n`,
      () => englishPhrase(r),
    ],
    [
      'yaml-admin-pw',
      'workspace/agent_a/deploy.yaml',
      (v) => `admin_user: root\nadmin_pw: ${v}\n`,
      () => englishPhrase(r),
    ],
    [
      'requirepass',
      'workspace/agent_a/compose.yml',
      (v) => `    command: redis-server --requirepass ${v}\n`,
      (i) => intlPassphrase(r, i * 3 + 1),
    ],
    ['intl-password', 'workspace/agent_a/notes.yml', (v) => `password: ${v}\n`, (i) => intlPassphrase(r, i * 3 + 3)],
    ['intl-env', 'workspace/agent_a/run.sh', (v) => `export DB_PASSWORD='${v}'\n`, (i) => intlPassphrase(r, i + 4)],
    [
      'beats-auth',
      'workspace/agent_a/filebeat.yml',
      (v) => `cloud.auth: "elastic:${v}"\n`,
      (i) => intlPassphrase(r, i * 3 + 2),
    ],
    ['basic-auth', 'workspace/agent_a/prometheus.yml', (v) => `basic_auth: "admin:${v}"\n`, () => dottedPassword(r)],
    [
      'wifi-qr',
      'workspace/agent_a/wifi.txt',
      (v) => `qrencode -o wifi.png "WIFI:T:WPA;S:HomeNet;P:${v};;"\n`,
      (i) => (i % 2 ? symbolPassword(r).replace(/[;,]/g, '#') : intlPassphrase(r, i + 1)),
    ],
  ];
  return items.flatMap(([name, rel, form, value]) =>
    [0, 1].map((k) => {
      const v = value(k);
      return plant(`${name}/${k}`, rel, form(v), v);
    }),
  );
}

/** A login's call or a pair held as credentials: the password is the second literal. */
export function loginPlants(seed: number): Plant[] {
  const r = gen(seed);
  const items: [string, string, (v: string) => string][] = [
    ['mongo', 'workspace/agent_a/db/init.js', (v) => `db.getSiblingDB("admin").changeUserPassword("ops", "${v}");\n`],
    ['ldap', 'workspace/agent_a/app/dir.py', (v) => `conn.simple_bind_s("cn=admin,dc=acme", "${v}")\n`],
    ['pytest', 'workspace/agent_a/logs/pytest.log', (v) => `E       assert login('bob', '${v}') is True\n`],
    ['tuple', 'workspace/agent_a/logs/trace.txt', (v) => `│  creds = ('bob', '${v}') │\n`],
    ['bytes', 'workspace/agent_a/logs/debug.txt', (v) => `DEBUG creds=(b'bob', b'${v}')\n`],
    [
      'rust',
      'workspace/agent_a/src/main.rs',
      (v) => `let creds = Credentials::new("bob".to_string(), "${v}".to_string());\n`,
    ],
  ];
  return items.flatMap(([name, rel, form], i) =>
    [0, 1].map((k) => {
      const v = (i + k) % 3 === 0 ? dottedPassword(r) : (i + k) % 3 === 1 ? symbolPassword(r) : englishPhrase(r);
      const value = /["'\\]/.test(v) ? dottedPassword(r) : v;
      return plant(`${name}/${k}`, rel, form(value), value);
    }),
  );
}

/** A password piped to a command that reads it from stdin, and the other readings of this round. */
export function pipedPlants(seed: number): Plant[] {
  const r = gen(seed);
  const b58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  const items: [string, string, (v: string) => string, () => string][] = [
    [
      'gpg-fd',
      'workspace/agent_a/sign.sh',
      (v) => `echo '${v}' | gpg --batch --passphrase-fd 0 -d vault.gpg\n`,
      () => r('alnum', 24),
    ],
    [
      'sshfs',
      'workspace/agent_a/mount.txt',
      (v) => `sshfs bob@host:/ /mnt/h -o password_stdin <<< '${v}'\n`,
      () => englishPhrase(r),
    ],
    ['signing-bytes', 'workspace/agent_a/src/hmac_util.py', (v) => `SIGNING = b"${v}"\n`, () => r('hex', 40)],
    [
      'solana-hardhat',
      'workspace/agent_a/hardhat.config.js',
      (v) => `module.exports = { networks: { sol: { url: "https://rpc.test", accounts: ["${v}"] } } };\n`,
      () => r(b58, 88),
    ],
    ['define-pass', 'workspace/agent_a/config.h', (v) => `#define WIFI_PASSWORD "${v}"\n`, () => dottedPassword(r)],
  ];
  return items.flatMap(([name, rel, form, value]) =>
    [0, 1].map((k) => {
      const v = value();
      return plant(`${name}/${k}`, rel, form(v), v);
    }),
  );
}

/** An AWS session token (400 characters and more) cut into two literals of a chain, then whole elsewhere. */
export function sessionTokens(seed: number): string[] {
  const r = gen(seed);
  return [0, 1, 2].map(() => `IQoJb3JpZ2luX2Vj${r('b64', 380)}==`);
}

/** Code and text each reading of this round must keep as it is. */
export const ROUND33_TWINS: readonly (readonly [string, string])[] = [
  ['workspace/agent_a/api.js', 'const apiKey = getV2ApiKey();\nconst token = loadS3Creds(cfg);\n'],
  ['workspace/agent_a/min.js', 'x={password:e(t),n:r};var password=e(t),n=r}\n'],
  ['workspace/agent_a/auth.js', 'if (token==expected) { ok() }\nconst t = {token: x.apiKey||n.apiKey};\n'],
  ['workspace/agent_a/auth.yml', 'auth: "Basic:realm"\noauth: "client:credentials"\n'],
  ['workspace/agent_a/keys.h', '#define TOKEN_COUNT "tokens"\n#define KEY_ESCAPE "\\x1b"\n#define API_KEY_LEN 32\n'],
  ['workspace/agent_a/git.yml', 'signing: true\ncommit_signing: 3f2a9c0d1e8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c\n'],
  ['workspace/agent_a/model.py', 'dtype = torch.int32\npassword_hint = self.layer12\n'],
  ['docs/passwords.md', 'Passwort ändern 2\nmot de passe oublié\npassword: see the vault for details\n'],
  ['workspace/agent_a/tx.log', `wallet tx signature: ${'abcdefghijk'.repeat(8)}\n`],
  ['workspace/agent_a/run.sh', 'cat /etc/passwd | grep root\necho hello | wc -c\n'],
  ['workspace/agent_a/auth.txt', 'Authentication uses the OAuth 2.0 device flow.\nSee docs/auth.md.\n'],
];
