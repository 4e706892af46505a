import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng, uuidOf } from './helpers/fake-secrets.js';
import { damaged, leakedPlacements, randomToken } from './helpers/placements.js';

/**
 * attack8's false positives (FP-1 .. FP-5), each as a larger benign corpus of its category: names, ids, hashes and
 * references that the MCP-map, provider-map, section, command-output and key-name passes took for secrets. Each
 * category also keeps its planted secrets (the same passes must still find them).
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 8080));
const tok = randomToken(rand);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const hex = (n: number): string => tok(CHARSETS.hex, n);
const uuid = (): string => uuidOf(hex(32));

const MODELS = [
  'claude-3-5-sonnet-20241022',
  'claude-sonnet-4-20250514',
  'claude-3-5-haiku-20241022',
  'gpt-4.1-2025-04-14',
  'gpt-4o-2024-08-06',
  'o3-mini-2025-01-31',
  'o4-mini-2025-04-16',
  'gemini-2.5-flash-preview-04-17',
  'anthropic.claude-3-5-sonnet-20241022-v2:0',
  'us.anthropic.claude-3-7-sonnet-20250219-v1:0',
  'nomic-embed-text-v1.5',
  'text-embedding-3-small',
  'mistral-large-2411',
  'grok-3-mini-beta',
  'llama-3.3-70b-versatile',
  'deepseek-r1-distill-llama-70b',
];
const NAMES = [
  'acme-prod-428913',
  'my-agent-project-20250101',
  'gpt4o-prod-eastus2',
  'xy12345.eu-central-1',
  'release-2025-01-15',
  'mcp-client-2025-04-04',
  'prompt-caching-2024-07-31',
  'westeurope-prod-01',
];

describe('FP-1: MCP env and headers maps hold models, projects, deployments, accounts, releases', () => {
  const envNames = [
    'SUMMARY_MODEL',
    'OPENAI_MODEL',
    'DEFAULT_MODEL',
    'EMBED_MODEL',
    'MODEL_ID',
    'GOOGLE_CLOUD_PROJECT',
    'AZURE_OPENAI_DEPLOYMENT',
    'SNOWFLAKE_ACCOUNT',
    'AWS_REGION',
    'RELEASE',
    'SERVICE_VERSION',
    'Anthropic-Beta',
    'X-Release',
  ];
  const values = [...MODELS, ...NAMES];
  const entries = envNames.flatMap((n) => values.map((v) => [n, v] as const));
  // Neutral names too: the value's shape alone says it is a name.
  const neutral = values.map((v) => ['X_SETTING', v] as const);
  const yaml = (es: readonly (readonly [string, string])[]): string =>
    `config:\n  agents:\n  - id: agent_a\n    backend:\n      type: claude\n      model: ${MODELS[0]}\n      mcp_servers:\n` +
    `      - name: notion\n        env:\n${es.map(([k, v]) => `          ${k}: ${v}\n`).join('')}` +
    `        headers:\n${es.map(([k, v]) => `          ${k}: "${v}"\n`).join('')}`;
  const json = (es: readonly (readonly [string, string])[]): string =>
    `{"mcpServers": {"n": {"command": "npx", "env": {${es.map(([k, v]) => `"${k}": "${v}"`).join(', ')}}}}}\n`;

  it('keeps every value, in YAML and in .mcp.json', () => {
    const all = [...entries, ...neutral];
    const out: string[] = [];
    for (let i = 0; i < all.length; i += 20) {
      const part = all.slice(i, i + 20);
      out.push(...damaged([['execution_metadata.yaml', yaml(part)]]), ...damaged([['.mcp.json', json(part)]]));
    }
    assert.deepEqual(out, []);
  });

  it('learns none of them: the backend model and the prose naming them survive in later files', () => {
    const r = new Redactor({ learn: true });
    r.active(true);
    r.redactString(yaml([...entries.slice(0, 60), ...neutral]));
    const prose = values.map((v) => `Agent A ran on ${v}.`).join('\n');
    assert.equal(r.redactString(prose), prose);
    const meta = `agents:\n- id: agent_b\n  backend:\n    model: ${MODELS[3]}\n`;
    assert.equal(r.redactString(meta), meta);
  });

  it('still finds random values under neutral names and secret names', () => {
    const mixed = (): string => pick([() => tok(CHARSETS.alnum, 32), () => tok(CHARSETS.urlsafe, 40), () => hex(32)])();
    const missed = leakedPlacements([
      ['execution_metadata.yaml', (v) => yaml([['INTERNAL_SERVICE', v]]), mixed],
      ['execution_metadata.yaml', (v) => yaml([['X-Tenant', v]]), mixed],
      ['.mcp.json', (v) => json([['WORKSPACE', v]]), mixed],
      ['.mcp.json', (v) => json([['POSTMARK_SERVER_TOKEN', v]]), uuid],
    ]);
    assert.deepEqual(missed, []);
  });
});

describe('FP-2: provider-keyed maps and provider sections of ids, hashes, UUIDs and seeds', () => {
  const providers = ['openai', 'anthropic', 'groq', 'together', 'mistral', 'gemini', 'cohere', 'deepseek'];
  const idValue = (): string =>
    pick([
      uuid,
      () => hex(64),
      () => hex(40),
      () => hex(32),
      () => `chatcmpl-${tok(CHARSETS.alnum, 29)}`,
      () => `msg_01${tok(CHARSETS.alnum, 22)}`,
      () => `resp_${hex(48)}`,
      () => `org-${tok(CHARSETS.alnum, 24)}`,
      () => pick(MODELS),
    ])();
  const parents = ['RESULTS', 'results', 'last_response', 'responses', 'checksums', 'runs', 'outputs', 'fingerprints'];
  const entries = (): string[] => providers.slice(0, 3 + Math.floor(rand() * 5)).map((p) => `${p}|${idValue()}`);
  const cases: [string, string][] = [];
  for (let i = 0; i < 24; i++) {
    const parent = pick(parents);
    const es = entries().map((e) => e.split('|') as [string, string]);
    cases.push(
      ['bench.py', `${parent} = dict(${es.map(([k, v]) => `${k}="${v}"`).join(', ')})\n`],
      ['stats.json', `{\n  "${parent}": {\n${es.map(([k, v]) => `    "${k}": "${v}"`).join(',\n')}\n  }\n}\n`],
      ['stats.yaml', `${parent}:\n${es.map(([k, v]) => `  ${k}: ${v}\n`).join('')}`],
      ['stats.toml', `[${parent}]\n${es.map(([k, v]) => `${k} = "${v}"\n`).join('')}`],
    );
  }
  // A provider's section holding ids, traces and seeds (TOML, INI, YAML), and API ids under a bare provider name.
  for (let i = 0; i < 8; i++) {
    const [w, t, s] = [uuid(), hex(32), hex(16)];
    const p = pick(providers);
    cases.push(
      ['openai.toml', `[${p}]\nworkspace = "${w}"\ntrace = "${t}"\nseed = "${s}"\nmodel = "${pick(MODELS)}"\n`],
      ['openai.ini', `[providers.${p}]\nworkspace = ${w}\ntrace_id = ${t}\nrun = ${uuid()}\n`],
      ['org_ids.yaml', `openai: org-${tok(CHARSETS.alnum, 24)}\nanthropic: ${pick(MODELS)}\n`],
    );
  }

  it('keeps every id, hash and model name', () => {
    assert.deepEqual(damaged(cases), []);
  });

  it('still finds keys in maps named for keys, including UUID-shaped ones (Pinecone)', () => {
    const key = (): string => tok(CHARSETS.alnum, 32 + Math.floor(rand() * 16));
    const missed = leakedPlacements([
      ['keys.py', (v) => `API_KEYS = dict(openai="${key()}", groq="${v}")\n`, key],
      ['keys.py', (v) => `API_KEYS = {"pinecone": "${v}", "groq": "${key()}"}\n`, uuid],
      ['keys.json', (v) => `{"keys": {"together": "${v}"}}\n`, key],
      ['keys.yaml', (v) => `providers:\n  pinecone: ${v}\n  mistral: ${key()}\n`, uuid],
      ['keys.toml', (v) => `[openai]\napi = "${v}"\nmodel = "gpt-4o"\n`, key],
    ]);
    assert.deepEqual(missed, []);
  });
});

describe('FP-4/FP-5: names and flags that refer to secrets, templates, development defaults', () => {
  it('keeps references to secrets held elsewhere', () => {
    const names = ['db-password', 'openai-api-key-prod', 'stripe-secret', 'app-auth', 'redis-auth', 'agent-secrets'];
    const cases: [string, string][] = [];
    for (const n of names) {
      cases.push(
        ['deploy.sh', `gcloud run deploy api --set-secrets=DB_PASSWORD=${n}:latest\n`],
        ['values.yaml', `auth:\n  existingSecret: ${n}\nredis:\n  auth:\n    existingSecret: ${n}\n`],
        ['install.sh', `helm install app ./chart --set auth.existingSecret=${n}\n`],
      );
    }
    cases.push(
      ['build.sh', 'docker build --secret id=npmrc,src=$HOME/.npmrc -t app .\n'],
      ['build.sh', 'docker buildx build --secret=id=gh_token,env=GH_TOKEN .\n'],
      ['keys.ts', 'export const sessionKey = `session:${userId}:${crypto.randomUUID()}`;\n'],
      ['settings.py', 'SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-insecure")\n'],
      ['hash.sh', '$ echo $GITHUB_TOKEN | sha256sum\n'],
      ['cmds.txt', '$ echo $SESSION_SECRET_NAME\nprojects/123/secrets/session\n'],
      [
        'shell.txt',
        '$ aws ssm get-parameter --name /app/prod/flag --with-decryption --query Parameter.Value --output text\n' +
          'EnableNewCheckout\n',
      ],
    );
    assert.deepEqual(damaged(cases), []);
  });

  it('still finds secrets under the same names', () => {
    const key = (): string => tok(CHARSETS.alnum, 32);
    const missed = leakedPlacements([
      ['deploy.sh', (v) => `docker run --secret=${v} app\n`, key],
      ['values.yaml', (v) => `auth:\n  password: ${v}\n`, key],
      ['settings.py', (v) => `SECRET_KEY = "${v}"\n`, key],
      ['keys.ts', (v) => `export const sessionKey = "${v}";\n`, key],
    ]);
    assert.deepEqual(missed, []);
  });
});
