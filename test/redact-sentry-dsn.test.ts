import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leakCounter, randomToken, type Planted } from './helpers/placements.js';

/**
 * Sentry DSNs (`https://<32 hex>@o<digits>.ingest[.us|.de].sentry.io/<digits>`, a self-hosted or GlitchTip host, the
 * old `https://<public>:<secret>@host/<n>` form) under any name and in any placement: the DSN's key lets anyone post
 * events to the project, so it goes like a key. A leak is any 10-character window of the key (or key:secret). Twins:
 * Sentry's documented placeholders and DSN-shaped docs that hold no key.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 151501));
const tok = randomToken(rand);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const digits = (a: number, b: number): string => String(a + Math.floor(rand() * (b - a)));
const { leaked } = leakCounter('sentry-dsn', 8);

/** The key part of a DSN: 32 hex, or the old public:secret pair. */
const key = (): string => (rand() < 0.25 ? `${tok(CHARSETS.hex, 32)}:${tok(CHARSETS.hex, 32)}` : tok(CHARSETS.hex, 32));
/** A DSN around the key: sentry.io (any region), self-hosted, GlitchTip. */
const dsn = (k: string): string => {
  const host = pick([
    `o${digits(1, 9999999)}.ingest.sentry.io`,
    `o${digits(1, 9999999)}.ingest.us.sentry.io`,
    `o${digits(1, 9999999)}.ingest.de.sentry.io`,
    'sentry.example.com',
    'sentry.internal.acme.net:9000',
    'errors.acme-corp.io',
    'app.glitchtip.com',
    'sentry.io',
  ]);
  return `${pick(['https', 'https', 'http'])}://${k}@${host}/${digits(1, 9999999)}`;
};
const NAMES = ['api_key', 'password', 'dsn', 'SENTRY_DSN', 'sentry_dsn', 'SENTRY_URL', 'url', 'endpoint', 'value'];
const layouts: [string, (name: string, d: string) => string][] = [
  ['.env', (n, d) => `${n}=${d}\n`],
  ['app.env', (n, d) => `${n}="${d}"\n`],
  ['config.yaml', (n, d) => `sentry:\n  ${n}: ${d}\n`],
  ['config.yaml', (n, d) => `${n}: "${d}"\n`],
  ['settings.json', (n, d) => `{\n  "${n}": "${d}",\n  "env": "prod"\n}\n`],
  ['app.py', (n, d) => `${n} = "${d}"\nsentry_sdk.init(dsn=${n})\n`],
  ['app.py', (_, d) => `sentry_sdk.init(\n    dsn="${d}",\n    traces_sample_rate=1.0,\n)\n`],
  ['main.ts', (_, d) => `Sentry.init({ dsn: '${d}', tracesSampleRate: 1.0 });\n`],
  ['main.ts', (n, d) => `const ${n.toLowerCase()} = \`${d}\`;\n`],
  ['main.go', (_, d) => `err := sentry.Init(sentry.ClientOptions{Dsn: "${d}"})\n`],
  ['config.toml', (n, d) => `[sentry]\n${n} = '${d}'\n`],
  ['answer.md', (_, d) => `Set the DSN to ${d} and restart the worker.\n`],
  ['answer.md', (_, d) => `Your Sentry DSN is:\n\n\`\`\`\n${d}\n\`\`\`\n`],
  ['run.log', (_, d) => `[INFO] sentry initialised dsn=${d} env=prod\n`],
  ['run.log', (n, d) => `export ${n.toUpperCase()}='${d}'\n`],
  ['tool.json', (_, d) => `{"tool": "bash", "command": "SENTRY_DSN=${d} python app.py"}\n`],
  ['settings.py', (_, d) => `SENTRY = {"dsn": "${d}", "release": "1.2.3"}\n`],
  ['docker-compose.yml', (_, d) => `    environment:\n      - SENTRY_DSN=${d}\n`],
];
/** The DSN's key as the SDKs send it: an ingest URL's `sentry_key=`, the `X-Sentry-Auth` header. */
const sent: Planted[] = [
  [
    'run.log',
    (k) =>
      `POST https://o${digits(1, 9999999)}.ingest.sentry.io/api/${digits(1, 99999)}/envelope/?sentry_key=${k}&sentry_version=7\n`,
    () => tok(CHARSETS.hex, 32),
  ],
  [
    'run.log',
    (k) => `X-Sentry-Auth: Sentry sentry_version=7, sentry_key=${k}, sentry_client=sentry.python/2.1.0\n`,
    () => tok(CHARSETS.hex, 32),
  ],
  ['har.json', (k) => `{"name": "sentry_key", "value": "${k}"}\n`, () => tok(CHARSETS.hex, 32)],
];
const planted: Planted[] = [...sent];
for (const [rel, lay] of layouts)
  for (const n of [pick(NAMES), pick(NAMES)]) planted.push([rel, (k) => lay(n, dsn(k)), key]);

describe('Sentry DSNs under any name', () => {
  it(`redacts the key of ${planted.length} placements × 8 DSNs`, () => {
    const missed = leaked('dsn', planted);
    assert.deepEqual(missed, []);
  });
  it("keeps Sentry's documented placeholders and DSN docs", () => {
    const values = [
      'https://examplePublicKey@o0.ingest.sentry.io/0',
      'https://public@sentry.example.com/1',
      'https://<key>@sentry.io/<project>',
      'https://<public_key>@<host>/<project_id>',
      'https://{PUBLIC_KEY}@{HOST}/{PROJECT_ID}',
      '${SENTRY_DSN}',
      'https://docs.sentry.io/platforms/python/',
      'https://sentry.io/organizations/acme/issues/4512/',
      'https://o0.ingest.sentry.io/api/0/envelope/',
    ];
    const benign: [string, string][] = [];
    for (const [rel, lay] of layouts) for (const v of values) benign.push([rel, lay(pick(NAMES), v)]);
    benign.push([
      'run.log',
      'POST https://o0.ingest.sentry.io/api/0/envelope/?sentry_key=examplePublicKey&sentry_version=7\n',
    ]);
    benign.push(['run.log', 'X-Sentry-Auth: Sentry sentry_version=7, sentry_key=<public key>, sentry_client=raven\n']);
    assert.deepEqual(damaged(benign), []);
  });
});
