/**
 * Round 34's plants and twins (issue 11), from a seeded generator (no secret-shaped literal is committed): random
 * values beside a secret that a rule finds, under no name a rule reads (in prose, an error message, a list of keys, a
 * mapping's next entry, a JSON string of YAML); passwords given to commands as positional arguments (MinIO's `mc`,
 * kickstart's `rootpw`, Cisco IOS, SQL Server's procedures); tokens as a URL's path segment (Anaconda's `/t/`, an MCP
 * server's URL); a delimited table whose header names a password in another language. Twins: text those readings must
 * keep.
 */
import type { Plant } from './filtered.js';
import { gen, tokenMakers, type Gen } from './glue15-tokens.js';
import { dottedPassword } from './round33-corpus.js';
import { BIP39_ENGLISH } from '../../src/core/redact/bip39-english.js';

// BIP-39's words of five letters or more, but a placeholder's or a form's (kept by design: round 33).
const WORDS = BIP39_ENGLISH.filter(
  (w) => w.length >= 5 && !/^(?:example|sample|dummy|fake|mock|test|demo|your|here|insert|replace|enter)$/.test(w),
);

const plant = (name: string, rel: string, text: string, value: string): Plant => ({ name, rel, text, value });
const pick = <T>(r: Gen, list: readonly T[]): T => list[Number.parseInt(r('dig', 4), 10) % list.length]!;
const uuid = (r: Gen): string => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A random value of the shapes keys take when they have no prefix: hex, a UUID, base62, base64. */
const bare = (r: Gen): string =>
  pick(r, [
    () => r('hex', 40),
    () => r('hex', 32),
    () => uuid(r),
    () => `${r('alnum', 31)}${r('dig', 1)}`,
    () => `${r('b64', 38)}${r('dig', 1)}+`,
  ])();

const KEYS = ['github-token', 'groq-api-key', 'sk-api-key', 'perplexity-api-key', 'vercel-token', 'supabase-token'];

/** Where a random value stands beside a key a rule finds: prose, an error, a list, a mapping, a JSON string of YAML. */
const COMPANION_FORMS: [string, string, (key: string, v: string) => string][] = [
  [
    'reasoning',
    'turn_1/attempt_1/agent_a/20260131_101530_654321/execution_trace.md',
    (k, v) => `The user gave the key ${k} earlier; I will keep ${v} as the backup one.\n`,
  ],
  [
    'error-json',
    'turn_1/attempt_1/status.json',
    (k, v) =>
      `${JSON.stringify({ message: `AuthenticationError: Invalid API key '${k}'. Tried fallback ${v}; gave up.` })}\n`,
  ],
  ['key-list', 'turn_1/attempt_1/agent_outputs/system_status.txt', (k, v) => `Keys: ${k} / ${v}\n`],
  [
    'mapping',
    'turn_1/attempt_1/agent_a/20260131_101530_654321/workspace/config/providers.yaml',
    (k, v) => `providers:\n  main: ${k}\n  fallback: ${v}\n  region: eu-west-1\n`,
  ],
  [
    'json-of-yaml',
    'turn_1/attempt_1/agent_b/20260131_101541_112233/execution_trace.md',
    (k, v) => `${JSON.stringify({ content: `providers:\n  main: ${k}\n  spare: ${v}\n` })}\n`,
  ],
  ['chat', 'workspace/agent_a/notes/chat.txt', (k, v) => `[10:17] bob: prod is ${k}, also ${v} for the other one\n`],
];

export function companionPlants(seed: number): Plant[] {
  const r = gen(seed);
  const keys = tokenMakers(seed + 100);
  return COMPANION_FORMS.flatMap(([name, rel, form]) =>
    [0, 1, 2].map((k) => {
      const value = bare(r);
      return plant(`${name}/${k}`, rel, form(keys[pick(r, KEYS)]!(), value), value);
    }),
  );
}

/** A password a person or a generator makes: letters, digits and a symbol. */
const password = (r: Gen): string =>
  `${r('up', 1)}${r('low', 5)}${r('dig', 2)}${pick(r, ['!', '#', '%', '-', '@'])}${r('alnum', 6)}${r('dig', 1)}`;

/** Commands that take a password as a positional argument. */
const COMMAND_FORMS: [string, string, (v: string) => string][] = [
  ['mc-alias', 'workspace/agent_a/scripts/storage.sh', (v) => `mc alias set local http://localhost:9000 minio ${v}\n`],
  [
    'mc-host',
    'workspace/agent_a/scripts/storage.sh',
    (v) => `mc config host add s3 https://s3.example.com ak '${v}'\n`,
  ],
  ['rootpw-plain', 'workspace/agent_a/deploy/ks.cfg', (v) => `lang en_US\nrootpw --plaintext ${v}\nreboot\n`],
  ['rootpw', 'workspace/agent_a/deploy/ks.cfg', (v) => `rootpw ${v}\n`],
  ['ios-password', 'workspace/agent_a/network/router.cfg', (v) => `username admin privilege 15 password 0 ${v}\n`],
  ['ios-secret', 'workspace/agent_a/network/router.cfg', (v) => `hostname r1\nenable secret 0 ${v}\n!\n`],
  ['sp-addlogin', 'workspace/agent_a/db/migrate.sql', (v) => `EXEC sp_addlogin 'report', '${v}';\nGO\n`],
  ['sp-password', 'workspace/agent_a/db/migrate.sql', (v) => `EXEC sp_password NULL, '${v}', 'report';\n`],
  ['sp-named', 'workspace/agent_a/db/migrate.sql', (v) => `EXEC sp_password @new = '${v}' , @loginame = 'sa'\r\n`],
  ['mc-api', 'workspace/agent_a/scripts/storage.sh', (v) => `mc alias set --api S3v4 local http://m:9000 minio ${v}\n`],
  ['rootpw-lock', 'workspace/agent_a/deploy/ks.cfg', (v) => `rootpw --lock --plaintext ${v}\n`],
];

export function commandPlants(seed: number): Plant[] {
  const r = gen(seed);
  return COMMAND_FORMS.flatMap(([name, rel, form]) =>
    [0, 1].map((k) => {
      const value = password(r);
      return plant(`${name}/${k}`, rel, form(value), value);
    }),
  );
}

/** Tokens as a URL's path segment: Anaconda's `/t/<token>/`, a private channel's alias, an MCP server's URL. */
export function pathPlants(seed: number): Plant[] {
  const r = gen(seed);
  const forms: [string, string, (v: string) => string][] = [
    ['conda', 'workspace/agent_a/home/.condarc', (v) => `channels:\n  - https://conda.anaconda.org/t/${v}/acme\n`],
    ['conda-alias', 'workspace/agent_a/home/.condarc', (v) => `channel_alias: https://conda.acme.io/t/${v}\n`],
    ['mcp-sse', 'workspace/agent_a/config/mcp.json', (v) => `{"url": "https://mcp.acme.io/${v}/sse"}\n`],
    ['mcp-http', 'execution_trace.md', (v) => `Connected to https://tools.acme.dev/v1/${v}/mcp (3 tools)\n`],
  ];
  return forms.flatMap(([name, rel, form]) =>
    [0, 1, 2].map((k) => {
      const value = k === 2 && name === 'conda' ? `${r('low', 2)}-${uuid(r)}` : `${r(LOWER, 31)}${r('dig', 1)}`;
      return plant(`${name}/${k}`, rel, form(value), value);
    }),
  );
}

/** Headers that carry a key under a name no key word ends, or set apart from their value by a blank or a comma. */
const HEADER_FORMS: [string, string, (h: string, v: string) => string][] = [
  ['nginx', 'workspace/agent_a/deploy/nginx.conf', (h, v) => `location / {\n    proxy_set_header ${h} ${v};\n}\n`],
  [
    'git',
    'workspace/agent_a/notes/git.txt',
    (h, v) => `git -c http.extraHeader="${h}: ${v}" clone https://g.io/x.git\n`,
  ],
  ['rust', 'workspace/agent_a/src/main.rs', (h, v) => `    .header("${h}", "${v}")\n`],
  ['go', 'workspace/agent_a/main.go', (h, v) => `\treq.Header.Set("${h}", "${v}")\n`],
  ['curl', 'execution_trace.md', (h, v) => `$ curl -sS -H '${h}: ${v}' https://api.acme.io/v1/events\n`],
  // Grafana's provisioning: every value under `secureJsonData` is a secret, whatever its name.
  [
    'grafana',
    'workspace/agent_a/deploy/grafana/datasources.yaml',
    (_h, v) => `datasources:\n  - name: Loki\n    secureJsonData:\n      httpHeaderValue1: ${v}\n    version: 1\n`,
  ],
];
const HEADERS = [
  'X-Honeycomb-Team',
  'X-Auth',
  'X-Auth-Key',
  'PRIVATE-TOKEN',
  'X-Riot-Token',
  'Ocp-Apim-Subscription-Key',
];

export function headerPlants(seed: number): Plant[] {
  const r = gen(seed);
  return HEADER_FORMS.flatMap(([name, rel, form]) =>
    [0, 1].map((k) => {
      const value = k === 0 ? uuid(r) : `${r('alnum', 31)}${r('dig', 1)}`;
      return plant(`${name}/${k}`, rel, form(pick(r, HEADERS), value), value);
    }),
  );
}

/**
 * A generator's password (letters of both cases and digits changing class throughout, one or two symbols) with no
 * name beside it: an agent's output, a chat line, a clipboard history, a table's cell, a TODO, an XML element.
 */
const generatorPassword = (r: Gen): string => {
  const classes = ['abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789'];
  let s = '';
  for (let i = 0, c = 0; i < 14; i++, c = (c + 1 + (Number(r('dig', 1)) % 2)) % 3) s += r(classes[c]!, 1);
  const at = 3 + (Number(r('dig', 1)) % 9);
  return `${s.slice(0, at)}${pick(r, ['^', '%', '@', '#', '!', '*'])}${s.slice(at)}`;
};
const BARE_FORMS: [string, string, (v: string) => string][] = [
  ['output', 'turn_1/attempt_1/agent_outputs/agent_a.txt', (v) => `[10:15:56] Using Postgres credential ${v} now\n`],
  ['chat', 'workspace/agent_a/notes/chat.txt', (v) => `[10:17] bob: the NAS one is ${v}\n`],
  ['clipboard', 'workspace/agent_a/home/clipboard.json', (v) => `{"items": [{"text": "${v}", "at": 3}]}\n`],
  [
    'table',
    'workspace/agent_a/docs/accounts.md',
    (v) => `| Service | User | Value |\n|---|---|---|\n| VPN | bob | ${v} |\n`,
  ],
  ['todo', 'workspace/agent_a/TODO.md', (v) => `- [x] change ${v} on the NAS\n`],
  ['xml', 'workspace/agent_a/deploy/unattend.xml', (v) => `<AutoLogon><Value>${v}</Value></AutoLogon>\n`],
];

export function barePlants(seed: number): Plant[] {
  const r = gen(seed);
  return BARE_FORMS.flatMap(([name, rel, form]) =>
    [0, 1].map((k) => {
      const value = generatorPassword(r);
      return plant(`${name}/${k}`, rel, form(value), value);
    }),
  );
}

/** After a login's label, `user / password`: any login, a dotted pair of words, a passphrase, a generator's. */
export function slashPlants(seed: number): Plant[] {
  const r = gen(seed);
  const forms: [string, string, (v: string) => string][] = [
    ['account', 'turn_1/attempt_1/agent_a/20260131_101530_654321/answer.txt', (v) => `Admin account: admin / ${v}\n`],
    ['login', 'workspace/agent_a/mail/draft.txt', (v) => `Hi,\n  Jira login: marco / ${v}\nThanks\n`],
    ['creds', 'workspace/agent_a/notes/handover.md', (v) => `- creds: deploy-bot / ${v}\n`],
  ];
  const values = [
    () => dottedPassword(r),
    () => `${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)}`,
    () => `${pick(r, WORDS)}${r('dig', 4)}*${pick(r, WORDS).replace(/^./, (c) => c.toUpperCase())}`,
  ];
  return forms.flatMap(([name, rel, form]) =>
    values.map((make, k) => {
      const value = make();
      return plant(`${name}/${k}`, rel, form(value), value);
    }),
  );
}

/** A delimited table's header in another language, a password's column among its names. */
const FOREIGN_HEADERS: [string, string][] = [
  ['服务,用户名,密码', ','],
  ['Сервис;Логин;Пароль', ';'],
  ['Dienst\tBenutzer\tKennwort', '\t'],
  ['serviço,usuário,senha', ','],
  ['hizmet;kullanıcı;şifre', ';'],
  ['サービス,ユーザー,パスワード', ','],
];
const PHRASE_WORDS = ['самовар', 'подсолнух', 'снегирь', 'ひまわり', 'やまのぼり', 'kaplumbağa', 'şimşek', 'żółw'];

export function foreignCsvPlants(seed: number): Plant[] {
  const r = gen(seed);
  return FOREIGN_HEADERS.flatMap(([header, d], i) =>
    [0, 1].map((k) => {
      const value =
        k === 0
          ? password(r)
          : `${pick(r, PHRASE_WORDS)} ${pick(r, PHRASE_WORDS)} ${pick(r, PHRASE_WORDS)}${r('dig', 2)}`.normalize();
      const text = `${header}\nmail${d}bob${d}${value}\n`;
      return plant(`csv-${i}/${k}`, `workspace/agent_a/exports/accounts${i}.csv`, text, value);
    }),
  );
}

export const ROUND34_TWINS: readonly (readonly [string, string])[] = [
  // Licences, Unicode ranges, versions and a bundle's data string: symbols among letters and digits, no password.
  [
    'workspace/usr/share/doc/x/copyright',
    'License: LGPLv3+_or_GPLv2+\nLicense: GPL-3.0+~OpenSSL\nU+02C2-U+02C5, U+02d4-U+02D5,\n',
  ],
  ['workspace/agent_a/notes/chat.md', 'Where is getV2ApiKeys? and myS3Bucket2Prod! Try (O9Hx3Kq#Lm8Wd2Rp) later.\n'],
  [
    'workspace/agent_a/fix.patch',
    `GIT binary patch\nliteral 64\nzcmV-(O9Hx3Kq#Lm8Wd2Rp)Zx0\`Ab3dE9fG#hJ2kL\`zZ${'x9'.repeat(12)}\n\n`,
  ],
  ['workspace/agent_a/notes/data.txt', 'x;1:oVK[`Ab3dE9fG#hJ2kL>]Und and P@ssw0rd is the docs example\n'],
  // Random values with no secret near them.
  ['workspace/agent_a/config/providers.yaml', 'providers:\n  fallback: 02f4f0b808ede576c7c4a60634d1a5a4f3100273\n'],
  [
    'workspace/agent_a/notes/hashes.txt',
    'Checksums: 9f771fee32ce6506affdee15b182894eba8b0db0 / 3f2a9c0d1e8b7a6c5d4e3f2a1b0c\n',
  ],
  // Paths that are no tokens.
  [
    'workspace/agent_a/notes/links.md',
    'https://discourse.example.org/t/welcome-to-the-forum-2024/5\nhttps://mcp.example.com/mcp\n' +
      'https://github.com/settings/keys\nhttps://x.io/servers/filesystem-server-2024-prod-east/sse\n',
  ],
  // Tables whose header names no password, or whose password cell says where it is.
  ['workspace/agent_a/exports/a.csv', '服务,用户名,备注\nmail,bob,每周一更新\n'],
  ['workspace/agent_a/exports/b.csv', 'Сервис;Логин;Пароль\nvpn;bob;спросить у админа\n'],
  // Commands whose positional argument is no password.
  ['workspace/agent_a/deploy/ks.cfg', 'rootpw --iscrypted $6$rounds=4096$abc$def\nrootpw --lock\n'],
  ['workspace/agent_a/notes/headers.md', 'Send the X-Auth header with api-key rotation-policy-2024-v2 set.\n'],
  ['workspace/agent_a/network/router.cfg', 'enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0\nSet password 0 attempts\n'],
];
