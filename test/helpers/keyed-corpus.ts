import { CHARSETS, rng } from './fake-secrets.js';
import { randomToken, type Planted } from './placements.js';

/**
 * Placements where only the structure or the sentence says "secret" (keyed9): maps keyed by a service's name, TOML/INI
 * sections named by a service, environment writes in Ruby/PHP/Elixir/Java, Markdown bullets naming a provider or a
 * role, and prose. Values are random per run (REDACT_SEED); each placement must leave no 10-character window of its
 * value, each look-alike must come out byte-identical.
 */
export const rand = rng(Number(process.env.REDACT_SEED ?? 9090));
const tok = randomToken(rand);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const len = (a: number, b: number): number => a + Math.floor(rand() * (b - a + 1));
const hex = (n: number) => (): string => tok(CHARSETS.hex, n);
const uuid = (): string => {
  const h = tok(CHARSETS.hex, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20)}`;
};
const opaque = (): string =>
  pick([
    hex(32),
    hex(40),
    hex(64),
    uuid,
    () => tok(CHARSETS.alnum, len(24, 64)),
    () => tok(CHARSETS.urlsafe, len(32, 80)),
    () => tok(CHARSETS.lowerAlnum, len(32, 48)),
  ])();
const SERVICES = [
  'wandb',
  'webhook',
  'cloudflare',
  'postmark',
  'paypal',
  'mailgun',
  'sendgrid',
  'algolia',
  'pagerduty',
  'newrelic',
  'datadog',
  'sentry',
  'hubspot',
  'zendesk',
  'intercom',
  'contentful',
  'cloudinary',
  'pusher',
  'vonage',
  'plivo',
  'dropbox',
  'airtable',
  'mapbox',
  'recaptcha',
  'digitalocean',
  'circleci',
  'codecov',
  'snyk',
  'bitly',
  'figma',
  'asana',
  'mailjet',
  'sparkpost',
  'twilio',
  'stripe',
  'openweather',
  'heroku',
  'supabase',
];
const s = (): string => pick(SERVICES);
const Cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

export const CATEGORY1: Planted[] = [
  ['keys.py', (v) => `API_KEYS = {\n    "${s()}": "${v}",\n    "${s()}": None,\n}\n`, opaque],
  ['keys.py', (v) => `credentials = {'${s()}': '${v}', 'region': 'us-east-1'}\n`, opaque],
  ['keys.py', (v) => `SERVICE_TOKENS = dict(${s()}="${v}")\n`, opaque],
  ['settings.py', (v) => `INTEGRATIONS = {\n    "${s()}": "${v}",\n    "timeout": 30,\n}\n`, opaque],
  ['config.json', (v) => `{"secrets": {"${s()}": "${v}"}}\n`, opaque],
  ['config.json', (v) => `{\n  "integrations": {\n    "${s()}": "${v}",\n    "enabled": true\n  }\n}\n`, opaque],
  ['config.json', (v) => `{"${s()}": "${v}", "${s()}": "${uuid()}"}\n`, opaque],
  ['config.yaml', (v) => `keys:\n  ${s()}: ${v}\n  ${s()}: ${opaque()}\n`, opaque],
  ['config.yaml', (v) => `credentials:\n  ${s()}: "${v}"\n`, opaque],
  ['config.yaml', (v) => `services:\n  ${s()}: '${v}'\n  retries: 3\n`, opaque],
  ['config.toml', (v) => `[secrets]\n${s()} = "${v}"\n`, opaque],
  ['config.toml', (v) => `[integrations]\n${s()} = "${v}"\n`, opaque],
  ['app.js', (v) => `const keys = { ${s()}: '${v}', ${s()}: process.env.X };\n`, opaque],
  ['app.ts', (v) => `export const integrations = {\n  ${s()}: "${v}",\n};\n`, opaque],
  ['app.rb', (v) => `TOKENS = { '${s()}' => '${v}' }\n`, opaque],
  ['run.log', (v) => `INFO loaded {'${s()}': '${v}', 'debug': False}\n`, opaque],
  ['run.log', (v) => `{"msg": "{\\"${s()}\\": \\"${v}\\"}"}\n`, opaque],
];

const MODELS = ['gpt-4o', 'claude-3-5-sonnet-20241022', 'whisper-1', 'text-embedding-3-small'];
export const LOOKALIKES1: [string, string][] = [
  ['config.json', '{"wandb": "0.17.4", "cloudflare": "2.19.4", "paypal": "1.8.1", "postmark": "2.9.0"}\n'],
  [
    'config.yaml',
    `services:\n  cloudflare: https://api.cloudflare.com/client/v4\n  webhook: https://hooks.example.com/x\n`,
  ],
  ['config.yaml', 'regions:\n  cloudflare: auto\n  paypal: us-east-1\n  wandb: true\n  postmark: 3\n'],
  ['config.json', `{"models": {"openai": "${pick(MODELS)}", "mapbox": "streets-v12"}}\n`],
  ['config.json', `{"request_ids": {"paypal": "${uuid()}", "postmark": "${uuid()}"}}\n`],
  ['config.json', `{"commits": {"wandb": "${hex(40)()}", "cloudflare": "${hex(40)()}"}}\n`],
  ['flake.lock', `{"nodes": {"nixpkgs": {"locked": {"rev": "${hex(40)()}", "narHash": "sha256-x"}}}}\n`],
  ['counts.py', "USAGE = {'wandb': 1532, 'paypal': 877, 'webhook': 0}\n"],
  ['app.js', "const enabled = { cloudflare: true, webhook: false, postmark: 'beta' };\n"],
  ['versions.toml', '[versions]\nwandb = "0.17.4"\ncloudflare = "2.19.4"\n'],
];

const SECTIONS = [
  'tool.webhook',
  'stripe',
  'services.sendgrid',
  'postmark',
  'cloudflare',
  'paypal',
  'mailgun',
  'webhook',
  'integrations.twilio',
  'wandb',
  'sentry',
  'algolia',
];
const BARE = ['key', 'token', 'secret', 'Key', 'signing_secret', 'private'];
export const CATEGORY2: Planted[] = [
  ['config.toml', (v) => `[${pick(SECTIONS)}]\nkey = "${v}"\n`, opaque],
  ['pyproject.toml', (v) => `[${pick(SECTIONS)}]\nurl = "https://example.com/hook"\ntoken = "${v}"\n`, opaque],
  ['settings.ini', (v) => `[${pick(SECTIONS)}]\nsecret = ${v}\n`, opaque],
  ['settings.ini', (v) => `[${pick(SECTIONS)}]\nenabled = true\n${pick(BARE)} = ${v}\n`, opaque],
  ['config.toml', (v) => `[${pick(SECTIONS)}]\n${pick(BARE)} = '${v}'\n`, opaque],
  ['app.cfg', (v) => `[${pick(SECTIONS)}]\n${pick(BARE)}: ${v}\n`, opaque],
];
export const LOOKALIKES2: [string, string][] = [
  ['config.toml', '[tool.webhook]\nkey = "event_type"\nurl = "https://example.com/hook"\n'],
  ['config.toml', '[stripe]\nkey = "STRIPE_SECRET_KEY"\napi_version = "2024-06-20"\n'],
  [
    'config.toml',
    `[tool.poetry]\nname = "app"\nversion = "1.2.3"\n[paypal]\nmode = "sandbox"\nkey = "\${PAYPAL_KEY}"\n`,
  ],
  ['settings.ini', `[sendgrid]\ntemplate = d-${hex(32)()}\nsender = noreply@example.com\n`],
  ['config.toml', '[tool.ruff]\nselect = ["E", "F"]\nkey = "line-length"\n'],
];

const SEED_NAMES = [
  'TOTP_SEED',
  'OTP_SECRET',
  'PASSWORD_SALT',
  'SIGNING_KEY',
  'HMAC_KEY',
  'MFA_SEED',
  'SESSION_SALT',
  'JWT_SIGNING_KEY',
  'ENCRYPTION_KEY',
  'WEBHOOK_SECRET',
  'TOTP_KEY',
  'PEPPER',
];
const n3 = (): string => pick(SEED_NAMES);
const seedValue = (): string =>
  pick([
    () => tok(CHARSETS.base32, 32),
    () => tok(CHARSETS.alnum, len(20, 48)),
    hex(64),
    () => tok(CHARSETS.b64, 44),
  ])();
export const CATEGORY3: Planted[] = [
  ['config.rb', (v) => `seed = ENV.fetch("${n3()}") { "${v}" }\n`, seedValue],
  ['spec_helper.rb', (v) => `ENV['${n3()}'] = '${v}'\n`, seedValue],
  ['spec_helper.rb', (v) => `ENV["${n3()}"] = "${v}"\n`, seedValue],
  ['config.rb', (v) => `seed = ENV.fetch('${n3()}', '${v}')\n`, seedValue],
  ['config.rb', (v) => `ENV.store('${n3()}', '${v}')\n`, seedValue],
  ['bootstrap.php', (v) => `$_ENV['${n3()}'] = '${v}';\n`, seedValue],
  ['bootstrap.php', (v) => `$_SERVER["${n3()}"] = "${v}";\n`, seedValue],
  ['test_helper.exs', (v) => `System.put_env("${n3()}", "${v}")\n`, seedValue],
  ['config.exs', (v) => `seed = System.get_env("${n3()}", "${v}")\n`, seedValue],
  ['AppTest.java', (v) => `System.setProperty("${n3().toLowerCase().replace(/_/g, '.')}", "${v}");\n`, seedValue],
  ['AppTest.java', (v) => `System.setProperty("${n3()}", "${v}");\n`, seedValue],
  ['main.go', (v) => `os.Setenv("${n3()}", "${v}")\n`, seedValue],
  ['conftest.py', (v) => `os.environ["${n3()}"] = "${v}"\n`, seedValue],
  ['conftest.py', (v) => `monkeypatch.setenv("${n3()}", "${v}")\n`, seedValue],
  ['setup.js', (v) => `process.env.${n3()} = '${v}';\n`, seedValue],
  ['main.rs', (v) => `std::env::set_var("${n3()}", "${v}");\n`, seedValue],
  ['Program.cs', (v) => `Environment.SetEnvironmentVariable("${n3()}", "${v}");\n`, seedValue],
];
/** Placements still leaking (PHP's `?:`, a base32 seed in `putenv`): counted, not asserted. */
export const REMAINING3: Planted[] = [
  ['bootstrap.php', (v) => `putenv("${n3()}=${v}");\n`, seedValue],
  ['bootstrap.php', (v) => `$seed = getenv('${n3()}') ?: '${v}';\n`, seedValue],
];
export const LOOKALIKES3: [string, string][] = [
  [
    'config.rb',
    "ENV['RAILS_ENV'] = 'test'\nENV.fetch('PORT', '3000')\nENV['DATABASE_URL'] ||= 'postgres://localhost/app'\n",
  ],
  ['config.rb', "ENV['TOTP_SEED'] = ENV.fetch('CI_TOTP_SEED')\nENV['OTP_ISSUER'] = 'MyApp'\n"],
  ['bootstrap.php', "putenv('APP_ENV=production');\n$_ENV['CACHE_DRIVER'] = 'redis';\n"],
  ['test_helper.exs', 'System.put_env("MIX_ENV", "test")\nSystem.put_env("PASSWORD_SALT", System.get_env("SALT"))\n'],
  [
    'AppTest.java',
    'System.setProperty("java.awt.headless", "true");\nSystem.setProperty("signing.algorithm", "HmacSHA256");\n',
  ],
  ['config.rb', "seed = ENV.fetch('RANDOM_SEED') { '42' }\nENV.fetch('SEED_FILE') { 'db/seeds/base_seed_v2.rb' }\n"],
  ['main.go', 'os.Setenv("SEED_DATA_DIR", "testdata/seed_2024")\nos.Setenv("RANDOM_SEED", "1234567890")\n'],
  ['config.rb', "ENV['SIGNING_KEY_PATH'] = '/etc/app/signing.pem'\nENV['SESSION_SALT_ROUNDS'] = '12'\n"],
];

const ROLES = [
  'App',
  'Admin',
  'Bot',
  'Prod',
  'Staging',
  'Server',
  'Client',
  'Webhook',
  'Master',
  'Root',
  'Backup',
  'Worker',
];
const PROVS = [
  'Zai',
  'Serpapi',
  'Cloudflare',
  'Postmark',
  'Wandb',
  'Paypal',
  'Mailgun',
  'Exa',
  'Tavily',
  'Groq',
  'Sendgrid',
  'Jina',
  'Firecrawl',
  'Pinecone',
  'Replicate',
];
const bulletValue = (): string =>
  pick([
    hex(32),
    hex(40),
    () => `${hex(32)()}.${tok(CHARSETS.alnum, 16)}`,
    uuid,
    () => tok(CHARSETS.alnum, len(20, 48)),
    () => tok(CHARSETS.urlsafe, len(24, 64)),
  ])();
const label4 = (): string => pick([...ROLES, ...PROVS]);
export const CATEGORY4: Planted[] = [
  ['answer.md', (v) => `- ${label4()}: \`${v}\`\n`, bulletValue],
  [
    'answer.md',
    (v) => `Here are the keys:\n\n- ${label4()}: \`${v}\`\n- ${label4()}: \`${bulletValue()}\`\n`,
    bulletValue,
  ],
  ['answer.md', (v) => `* ${label4()}: ${v}\n`, bulletValue],
  ['answer.md', (v) => `+ **${label4()}**: \`${v}\`\n`, bulletValue],
  ['answer.md', (v) => `1. ${label4()} — \`${v}\`\n`, bulletValue],
  ['answer.txt', (v) => `  - ${label4()} key: ${v}\n`, bulletValue],
  [
    'run.log',
    (v) => `{"content": "Keys:\\n- ${label4()}: \`${v}\`\\n- ${label4()}: \`${bulletValue()}\`"}\n`,
    bulletValue,
  ],
];
export const LOOKALIKES4: [string, string][] = [
  ['CHANGELOG.md', `- App: \`1.4.2\`\n- Server: \`2.0.0-rc.1\`\n- Commit: \`${hex(40)()}\`\n`],
  ['answer.md', '- App: `src/app/main.py`\n- Worker: `celery -A app worker`\n- Model: `gpt-4o-2024-08-06`\n'],
  ['answer.md', '* Zai: `glm-4.5`\n* Groq: `llama-3.3-70b-versatile`\n* Serpapi: https://serpapi.com/search\n'],
  ['CHANGELOG.md', `- Fixed the login flow (${hex(7)()})\n- Build: \`sha256:${hex(64)()}\`\n`],
  ['answer.md', `- Request: \`${uuid()}\`\n- Trace: \`${hex(32)()}\`\n- Run: \`${uuid()}\`\n`],
  ['answer.md', '- Admin: enabled\n- Bot: `@massgen_bot`\n- Staging: `https://staging.example.com`\n'],
];

const proseValue = (): string =>
  pick([
    () => tok(CHARSETS.urlsafe, len(12, 20)),
    () => tok(CHARSETS.alnum, len(12, 24)),
    () => `${tok(CHARSETS.alnum, 5)}${pick(['!', '#', '_', '@'])}${tok(CHARSETS.alnum, 8)}`,
    hex(32),
  ])();
/** A token in prose: 16 characters or more (shorter ones are REMAINING5's). */
const tokenValue = (): string =>
  pick([() => tok(CHARSETS.urlsafe, len(16, 40)), () => tok(CHARSETS.alnum, len(16, 40))])();
const who = (): string =>
  pick(['staging database', 'prod db', 'admin', 'root', 'Redis', 'MySQL', 'SFTP', 'VPN', 'wifi']);
export const CATEGORY5: Planted[] = [
  ['answer.md', (v) => `The ${who()} password is ${v} and the user is \`app\`.\n`, proseValue],
  ['answer.md', (v) => `The ${who()} password is \`${v}\`.\n`, proseValue],
  ['answer.md', (v) => `To call the API, use token ${v} in the header.\n`, tokenValue],
  ['answer.md', (v) => `Login with user admin, pw: ${v}\n`, proseValue],
  ['notes.txt', (v) => `I set the ${who()} password to ${v} yesterday.\n`, proseValue],
  ['run.log', (v) => `{"content": "The ${who()} password is ${v} and the user is app."}\n`, proseValue],
  ['answer.md', (v) => `Your API token is ${v} — store it safely.\n`, tokenValue],
  ['answer.md', (v) => `The secret is "${v}".\n`, tokenValue],
  ['answer.md', (v) => `Use the access key ${v} for the bucket.\n`, tokenValue],
  ['answer.md', (v) => `${Cap(who())} credentials: app / ${v}\n`, proseValue],
];
/** Placements still leaking: tokens and keys of 10 to 15 characters, a bare `key` before 32 hex or a 16 to 40
 * character token: counted only. Base32 seeds of 16 characters under `*_KEY` names are not planted (judged too
 * regular). */
export const REMAINING5: Planted[] = [
  ['answer.md', (v) => `To call the API, use token ${v} in the header.\n`, () => tok(CHARSETS.alnum, len(10, 15))],
  ['answer.md', (v) => `For the webhook the key is ${v}, keep it private.\n`, hex(32)],
  ['answer.md', (v) => `For the webhook the key is ${v}, keep it private.\n`, tokenValue],
  ['answer.md', (v) => `The secret is "${v}".\n`, () => tok(CHARSETS.alnum, len(10, 15))],
];
export const LOOKALIKES5: [string, string][] = [
  ['answer.md', 'The password is stored in Vault and the user is `app`.\n'],
  ['answer.md', 'The key is the user id, and the token is refreshed every hour.\n'],
  ['answer.md', 'A password is required. Use token authentication for the API.\n'],
  ['answer.md', 'The secret is that the cache key is derived from the request hash.\n'],
  ['answer.md', 'Use token-based auth; the key is `user_id` and the value is the session.\n'],
  ['answer.md', 'The password is hashed with bcrypt (cost 12) before it is saved.\n'],
  ['answer.md', 'Use the access key ID from the console for the bucket.\n'],
  ['answer.md', 'the key is configurable via `--key-file`, pw: see the vault entry.\n'],
];

export const CATS: [string, Planted[], [string, string][]][] = [
  ['1. service-keyed maps', CATEGORY1, LOOKALIKES1],
  ['2. sections named by a service', CATEGORY2, LOOKALIKES2],
  ['3. environment writes', CATEGORY3, LOOKALIKES3],
  ['4. bullets naming a provider or a role', CATEGORY4, LOOKALIKES4],
  ['5. prose', CATEGORY5, LOOKALIKES5],
];
