/**
 * Round 31's plants and twins (issue 11), from a seeded generator (no secret-shaped literal is committed): a key's
 * first part alone, with no mark after it: a message that pastes a key in halves, a note that quotes how a key starts,
 * a log or a table that cut it at a column. Twins: the same prefixes starting names, placeholders, versions and
 * alphabets, and ids after prefixes no key has.
 */
import type { Plant } from './filtered.js';
import { gen, tokenMakers } from './glue15-tokens.js';

/**
 * A token's prefix: a word (small letters and digits, or capitals) and its separator, then the short lower-case parts a
 * family adds (`sk-ant-api03-`, `dop_v1_`, `pylf_v1_us_`, `GOCSPX-`); age's `AGE-SECRET-KEY-1`. A body that starts
 * with letters and digits up to its own `_` or `-` (`EAAAHQ0_…`) has no such prefix.
 */
const PREFIX = /^(?:AGE-SECRET-KEY-1|(?:[a-z][a-z0-9]*|[A-Z]+)(?:[_-][a-z0-9]{1,7})*[_-])/;
/** Prefixes that are a word (`secret_`, `access-`, `key-`): what follows them is a name as often as a key. */
const WORDY = /^(?:key|sdk|mob|api|live|test|secret|sess|access|ico|pul)[-_]/i;
/**
 * Families whose body has a separator or a second part at a fixed place (CircleCI's `_<hex>`, LangSmith's, Tailscale's
 * `-…-`, Helicone's groups, Slack's numbers, Postman's, Brevo's, Sourcegraph's, HubSpot's UUID): a first part cut
 * before it is not read (stubs.ts completes a stub with one kind of character).
 */
const STRUCTURED = new Set([
  'circleci-token',
  'langsmith-api-key',
  'tailscale-key',
  'helicone-api-key',
  'slack-token',
  'slack-app-token',
  'postman-api-key',
  'brevo-api-key',
  'sourcegraph-token',
  'hubspot-token',
  'axiom-token',
  'plaid-access-token',
  'langfuse-api-key',
  'grafana-token',
  'cloudflare-origin-ca-key',
  'onepassword-secret-key',
  'flutterwave-secret-key',
  'logfire-token',
  // PyPI's head is a fixed base64 of twenty characters (`pypi-AgEIcHlwaS5vcmc`), longer than a cut here keeps.
  'pypi-token',
]);

/** Where a key's first part is written alone. */
const FORMS: [string, string, (v: string) => string][] = [
  [
    'chat-first-half',
    'execution_trace.md',
    (v) => `### User\nfirst half: ${v}\nI'll send the rest in the next message\n`,
  ],
  [
    'chat-starts-with',
    'execution_trace.md',
    (v) => `### User\nthe key that works starts with ${v}, is that the new one?\n`,
  ],
  ['log-column', 'logs/agent_a/streaming_debug.log', (v) => `10:15:02 | DEBUG | client init key=${v}\n`],
  ['table-cell', 'final/agent_a/answer.md', (v) => `| provider | value |\n|---|---|\n| ${v} | rotated |\n`],
  ['json-field', 'status.json', (v) => `{"agent": "agent_a", "head": "${v}", "ok": true}\n`],
  ['comment', 'workspace/agent_a/app.py', (v) => `client = Client()  # old one was ${v} (cut)\n`],
  ['yaml-note', 'workspace/agent_a/notes.yaml', (v) => `note: ${v}\nowner: ops\n`],
  ['prose-split', 'final/agent_a/answer.txt', (v) => `Paste this part into the first box: ${v}\nand the rest later.\n`],
];

/** The families with a distinctive prefix (four characters or more, a separator) and one random body. */
function stubFamilies(seed: number): [string, string, string][] {
  return Object.entries(tokenMakers(seed)).flatMap(([name, make]) => {
    const v = make();
    const prefix = PREFIX.exec(v)?.[0];
    if (!prefix || prefix.length < 4 || WORDY.test(prefix) || STRUCTURED.has(name.split('/')[0]!)) return [];
    return [[name, prefix, v.slice(prefix.length)] as [string, string, string]];
  });
}

export function stubPlants(seed: number): Plant[] {
  const r = gen(seed);
  return stubFamilies(seed).flatMap(([name, prefix, body], i) => {
    const n = 16 + (Number.parseInt(r('dig', 2), 10) % 9);
    if (body.length < n + 6) return [];
    const value = `${prefix}${body.slice(0, n)}`;
    const [form, rel, make] = FORMS[i % FORMS.length]!;
    return [{ name: `${name}/${form}/${n}`, rel, text: make(value), value }];
  });
}

/** The same forms holding names, placeholders, versions and ids after the same prefixes, and ids after others. */
export function stubTwins(seed: number): [string, string][] {
  const r = gen(seed);
  const values = [
    'npm_config_cache_dir',
    'npm_lifecycle_event2024',
    'ghp_token_refresh_2',
    'gsk_test_key_12345',
    'sk-ant-api03-xxxxxxxxxxxxxxxx',
    'sk-proj-abc123def456ghi789',
    'glpat-xxxxxxxxxxxxxxxxxxxx',
    'github_pat_11AAAAAAA0_xxxx',
    'dop_v1_0123456789abcdef',
    'xoxb-your-token-here',
    'nvapi-sample-key-0001',
    'test_GetCompilerPredefines',
    'hf_hub_download_2024',
    'pcsk_12345_abcdefghijkl',
    `req_${r('hex', 24)}`,
    `call_${r('alnum', 24)}`,
    `toolu_01${r('alnum', 22)}`,
    `chatcmpl-${r('alnum', 29)}`,
    `msg_${r('alnum', 24)}`,
    `run-${r('dig', 8)}-${r('low', 6)}`,
    `tvly-dev-${r('dig', 14)}`,
  ];
  return values.flatMap((v, i) => {
    const [, rel, make] = FORMS[i % FORMS.length]!;
    const [, rel2, make2] = FORMS[(i + 3) % FORMS.length]!;
    return [
      [rel, make(v)],
      [rel2, make2(v)],
    ] as [string, string][];
  });
}

/** Words of a generator's lists (not BIP-39's alone): what a diceware passphrase is made of. */
const DICE_WORDS = (
  'bramble thimble cobalt parsnip muffin tinsel gravel hazel ferret gazebo quartz nimble tundra walrus pebble ' +
  'saddle lantern mosaic orchid velvet lintel wicket noggin mattock crumpet rapier urchin sorrel hassock bobbin ' +
  'quince zither fennel jostle cudgel dervish nostrum tussock kipper scupper gusset kirtle oriel quokka abbot inkwell'
).split(' ');

/** Google's app password: four groups of four small letters drawn at random. */
export const appPassword = (r: ReturnType<typeof gen>): string =>
  [0, 1, 2, 3].map(() => r('abcdefghijklmnopqrstuvwxyz', 4)).join(' ');
/** A generator's passphrase: four or five words, a number joined to the last (`crumpet-489`, `crumpet.4`). */
export function numberedPhrase(r: ReturnType<typeof gen>, i: number): string {
  const words = Array.from(
    { length: 4 + (i % 2) },
    () => DICE_WORDS[Number.parseInt(r('dig', 3), 10) % DICE_WORDS.length]!,
  );
  return `${words.join(' ')}${i % 3 === 2 ? '.' : '-'}${r('dig', 1 + (i % 3))}`;
}

/** Where a password of blank-separated parts is written: prose in several languages, configs, commands, URLs. */
const SPACED_FORMS: [string, string, (v: string) => string][] = [
  [
    'prose-en',
    'final/agent_a/answer.md',
    (v) => `Log in as \`admin\` with password \`${v}\` at http://localhost:8080.`,
  ],
  ['prose-es', 'execution_trace.md', (v) => `La contraseña del servidor es ${v} y el usuario es deploy.`],
  ['prose-it', 'execution_trace.md', (v) => `la password del wifi dell'ufficio è ${v}`],
  ['prose-pt', 'execution_trace.md', (v) => `A senha do banco é ${v}, não compartilhe.`],
  ['prose-de', 'execution_trace.md', (v) => `Das Passwort für die Datenbank lautet ${v} (bitte nicht teilen).`],
  ['prose-nl', 'execution_trace.md', (v) => `Het wachtwoord voor de testomgeving is: ${v}`],
  ['prose-ru', 'execution_trace.md', (v) => `Пользователь: пароль от базы — ${v} (не меняй его).`],
  ['prose-fr', 'execution_trace.md', (v) => `Le mot de passe du compte est ${v}, merci.`],
  ['netrc', 'workspace/agent_a/.netrc', (v) => `machine api.example.com\n  login ci-bot\n  password ${v}\n`],
  [
    'pgpass',
    'workspace/agent_a/pgpass.txt',
    (v) => `# hostname:port:database:username:password\ndb.internal:5432:shop:app:${v}\n`,
  ],
  [
    'xml',
    'workspace/agent_a/credentials.xml',
    (v) => `<credentials>\n  <username>deploy</username>\n  <password>${v}</password>\n</credentials>\n`,
  ],
  [
    'properties',
    'workspace/agent_a/application.properties',
    (v) => `spring.datasource.username=app\nspring.datasource.password=${v}\n`,
  ],
  [
    'yaml',
    'workspace/agent_a/inventory.yml',
    (v) => `all:\n  vars:\n    ansible_user: deploy\n    ansible_become_pass: ${v}\n`,
  ],
  [
    'compose-default',
    'workspace/agent_a/docker-compose.yml',
    (v) => `    environment:\n      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:-${v}}\n`,
  ],
  [
    'odbc',
    'logs/agent_a/run.log',
    (v) => `info: Using "Server=tcp:sql.local,1433;User ID=sa;Password=${v};Encrypt=True"\n`,
  ],
  [
    'jdbc',
    'logs/agent_a/run.log',
    (v) => `url: jdbc:mysql://db:3306/app?user=app&password=${v.replace(/ /g, '%20')}&useSSL=true\n`,
  ],
  [
    'smtp-url',
    'workspace/agent_a/.env.example.local',
    (v) => `EMAIL_URL=smtp+tls://mailer@corp.example:${v.replace(/ /g, '%20')}@smtp.corp.example:587\n`,
  ],
  ['openssl', 'execution_trace.md', (v) => `$ openssl pkcs12 -export -passout 'pass:${v}' -out bundle.p12\n`],
  ['kubectl', 'execution_trace.md', (v) => `kubectl create secret generic db --from-literal=password='${v}'\n`],
  ['tuple', 'workspace/agent_a/client.py', (v) => `session.auth = ("admin", "${v}")\n`],
  ['hostapd', 'workspace/agent_a/hostapd.conf', (v) => `ssid=office\nwpa_passphrase=${v}\n`],
  [
    'vault-table',
    'execution_trace.md',
    (v) => `====== Data ======\nKey         Value\n---         -----\npassword    ${v}\nusername    app\n`,
  ],
];

export function spacedPlants(seed: number): Plant[] {
  const r = gen(seed);
  return SPACED_FORMS.flatMap(([name, rel, form], i) =>
    [0, 1, 2].map((k) => {
      const value = (i + k) % 2 ? numberedPhrase(r, i + k) : appPassword(r);
      return { name: `${name}/${k}`, rel, text: form(value), value };
    }),
  );
}

/** Lines after the same cues holding words, rules, references and numbers, and 4-letter English words. */
export const SPACED_TWINS: [string, string][] = [
  ['execution_trace.md', 'Please reset your password with this link and pick a new one.\n'],
  ['execution_trace.md', 'password: make sure that each user logs in once\n'],
  ['execution_trace.md', 'The password rules: at least twelve characters and one digit 2\n'],
  ['execution_trace.md', 'Log in with your user name and password from step 2.\n'],
  ['execution_trace.md', 'The compass heading went west toward camp-3 at dawn.\n'],
  ['execution_trace.md', 'bypass cache for node-20 builds when the lock file changes\n'],
  ['execution_trace.md', 'pass rate went from 87 to 93 after the last fix\n'],
  ['execution_trace.md', 'La contraseña debe tener ocho caracteres como mínimo.\n'],
  ['execution_trace.md', 'Das Passwort wird beim ersten Login geändert.\n'],
  ['execution_trace.md', 'Le mot de passe doit contenir douze caractères.\n'],
  ['execution_trace.md', 'login page shows four tabs with team data v2\n'],
  ['execution_trace.md', 'auth flow: user opens page then gets code-2 back\n'],
  ['workspace/agent_a/.netrc', 'machine api.example.com\n  login ci-bot\n  password $NETRC_TOKEN\n'],
  ['workspace/agent_a/docker-compose.yml', '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-changeme}\n'],
  ['workspace/agent_a/client.py', 'session.auth = ("admin", os.environ["ADMIN_PASSWORD"])\n'],
  ['workspace/agent_a/credentials.xml', '<password>${env.DB_PASSWORD}</password>\n'],
  ['workspace/agent_a/pgpass.txt', 'db.internal:5432:shop:app:*\n'],
  ['workspace/agent_a/notes.md', '- [x] password hashing uses argon with cost-3\n'],
  ['workspace/agent_a/notes.md', 'See https://docs.example.com/auth/user guide for the list of open tasks v3\n'],
  ['workspace/agent_a/notes.md', 'passed unit test case list in the ci run 42\n'],
  ['workspace/agent_a/mail.py', 'server.login("me@example.com", "xxxx xxxx xxxx xxxx")\n'],
  [
    'workspace/agent_a/CHANGELOG.md',
    '* [`805ebef8b1`](https://github.com/nodejs/node/commit/805ebef8b1) - **buffer**: optimize decoding wrapped base64 data\n',
  ],
  ['workspace/agent_a/notes.md', 'login: the team uses node and python with utf-8 files in the repo\n'],
  // A review's probes: the verb `pass`, `auth` and `login` before words, versions and model names, other languages.
  ['workspace/agent_a/notes.md', 'We pass args into func calls directly.\n'],
  ['workspace/agent_a/notes.md', 'The tests pass once sync read mode keys are set.\n'],
  ['workspace/agent_a/notes.md', 'OAuth flow with pkce then swap code for token via curl\n'],
  [
    'workspace/agent_a/notes.md',
    '# auth: skip when user info null\nauth: jwts over http only\nauthor: jane ross mark chen\n',
  ],
  [
    'workspace/agent_a/notes.md',
    'Passed: lint test type docs\npasses json yaml toml data\n    pass  # null none self args\n',
  ],
  ['workspace/agent_a/notes.md', '[auth] provider openrouter model qwen-2.5\nlogin box runs stock ubuntu-22.04\n'],
  ['workspace/agent_a/notes.md', 'Authorized tools: read write edit bash grep glob step-2\n'],
  [
    'workspace/agent_a/notes.md',
    'Die Kennwort-Regeln: auch noch nach dass sie\nLe mot de passe sera dans pour sont changé\n',
  ],
  ['workspace/agent_a/notes.md', 'Search: https://www.google.com/search?q=rust%20sync%20read%20line\n'],
  ['workspace/agent_a/app.py', 'MODEL = "gpt-4o-mini-2024-07-18"  # hardcoded: gpt-4o-mini-2024-07-18\n'],
];

/** A key after a clause of qualifiers and a comma (`ma clé d'accès pour le service, c'est …`). */
const CLAUSE_FORMS: [string, (v: string) => string][] = [
  ['fr', (v) => `Utilisateur : voici ma clé d'accès pour le service, c'est ${v}, merci de la garder pour toi.`],
  ['fr-token', (v) => `voici mon jeton pour l'API de staging, c'est ${v}.`],
  ['es', (v) => `mi clave de acceso para el servicio, es ${v}, gracias`],
  ['it', (v) => `la mia chiave per il servizio, è ${v}, grazie`],
  ['pt', (v) => `minha chave de acesso do serviço, é ${v}`],
  ['en', (v) => `the access key for the billing service, is ${v} (do not share)`],
];

/** A mail account's URL (`smtp://mailer@corp:…@smtp…`), a note after `revoked?:`, a base64 key pasted over two lines. */
export function clausePlants(seed: number): Plant[] {
  const r = gen(seed);
  const key = (i: number): string => (i % 2 ? `${r('alnum', 30)}${r('dig', 1)}${r('up', 1)}` : r('hex', 32));
  const b64 = (): string => `${r('alnum', 20)}+${r('alnum', 22)}/${r('alnum', 42)}==`;
  const plants: Plant[] = CLAUSE_FORMS.flatMap(([name, form], i) =>
    [0, 1].map((k) => {
      const value = key(i + k);
      return { name: `clause-${name}/${k}`, rel: 'execution_trace.md', text: `### User\n${form(value)}\n`, value };
    }),
  );
  for (let i = 0; i < 6; i++) {
    const pw = `${r('alnum', 6)}${'*#%!'[i % 4]}${r('alnum', 7)}`;
    const user = ['mailer@corp.example', 'alerts@mail.example.org', 'noreply@x.example'][i % 3];
    plants.push({
      name: `email-user-url/${i}`,
      rel: 'workspace/agent_a/.env.local',
      text: `EMAIL_URL=smtp+tls://${user}:${pw.replace('%', '%25').replace('#', '%23')}@smtp.example.com:587\n`,
      value: pw.replace('%', '%25').replace('#', '%23'),
    });
    const k = `${r('alnum', 38)}${r('dig', 2)}`;
    plants.push({
      name: `revoked-question/${i}`,
      rel: 'workspace/agent_a/app.py',
      text: `KEY = os.environ["SERVICE_KEY"]\n# old hardcoded one, ${['revoked', 'rotated', 'leaked'][i % 3]}?: ${k}\n`,
      value: k,
    });
    const v = b64();
    const head = ['User: the key is ', 'AZURE_STORAGE_KEY=', 'storage key: '][i % 3];
    plants.push({
      name: `base64-two-lines/${i}`,
      rel: 'execution_trace.md',
      text: `${head}${v.slice(0, 44)}\n${v.slice(44)}\n(it wrapped when I pasted it)\n`,
      value: v.slice(44),
    });
  }
  return plants;
}

/** The same shapes holding what is no secret: a user's URL with no password, a clause before words, a second value. */
export const CLAUSE_TWINS: [string, string][] = [
  ['execution_trace.md', "voici ma clé d'accès pour le service, c'est celle de la semaine dernière.\n"],
  ['execution_trace.md', 'the token for staging, is that the one from yesterday?\n'],
  ['execution_trace.md', 'la mia chiave per il servizio, è scaduta ieri sera\n'],
  ['workspace/agent_a/.env.local', 'EMAIL_URL=smtp+tls://mailer@corp.example@smtp.example.com:587\n'],
  ['workspace/agent_a/.env.local', 'REDIS_URL=redis://default@cache:6379/0\n'],
  ['workspace/agent_a/app.py', '# old hardcoded one, revoked?: see the rotation runbook\n'],
  [
    'workspace/agent_a/notes.md',
    'sha256: 3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a\nc2VjcmV0IGRhdGEgaGVyZQ==\n',
  ],
];

/**
 * Look-alikes one per line (families' tests list them so): two of 16 columns, the second a keyword's token just begun
 * (`esecret_` and eight characters), lines of other widths, two random lines of 38. Joined for the passes, the two
 * narrow columns' regions stood on adjacent lines, and a reader of hard wraps took the first's end and the second's
 * lines as one token.
 */
export function regionTwins(seed: number): [string, string][] {
  const r = gen(seed);
  return [0, 1, 2, 3, 4, 5].map((i) => {
    const lines = [
      `rpa_${r('up', 12)}`,
      `esecret_${r('alnum', 8)}`,
      `GOCSPX-${r('alnum', 10)}`,
      `maya29.${r('alnum', 40)}`,
      `ya29.${r('alnum', 10)}`,
      `21//0${r('alnum', 40)}`,
      `https://example.test/${i}//0/x`,
      'use the Q~ operator',
      `EV8Q~${r('alnum', 34)}`,
      `precious${r('alnum', 30)}`,
      `speciou${r('alnum', 31)}`,
    ];
    return ['workspace/agent_a/alikes.txt', `${lines.join('\n')}\n`] as [string, string];
  });
}
