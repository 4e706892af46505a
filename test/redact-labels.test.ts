import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng, uuidOf } from './helpers/fake-secrets.js';
import { damaged, leaksValue, redactAs } from './helpers/placements.js';

/**
 * Prefix-less keys (random base62, lowercase alphanumerics, hex, UUIDs) whose only label is a provider's name, a plain
 * `key` beside one, a secret store's command, or a key-name format the key-name regexes do not read (labels.ts,
 * stores.ts, echoes.ts). Each placement plants every value shape and must leave no 10-character window of it; each
 * look-alike must come out byte-identical.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 2211));
/** A random string over one charset holding a letter and a digit (as a key does). */
function r(set: keyof typeof CHARSETS, n: number): string {
  const chars = CHARSETS[set];
  const s = Array.from({ length: n }, () => chars[Math.floor(rand() * chars.length)]).join('');
  return /[A-Za-z]/.test(s) && /\d/.test(s) ? s : r(set, n);
}
const uuid = (): string => uuidOf(r('hex', 32), true);
const SHAPES = [(): string => r('alnum', 32), (): string => r('hex', 32), uuid, (): string => r('lowerAlnum', 40)];

type Placement = [string, (v: string) => string];
function leaked(placements: Placement[], rounds = 3): string[] {
  const missed: string[] = [];
  for (const [rel, place] of placements)
    for (let i = 0; i < rounds; i++)
      for (const shape of SHAPES) {
        const v = shape();
        const text = place(v);
        if (leaksValue(redactAs(rel, text), v)) missed.push(`${rel}: ${text.trim().slice(0, 140)}`);
      }
  return missed;
}
const SHA = ['3f2c9a1b7e4d5f60a1b2', 'c3d4e5f60718293a4b5c'].join('');
const ID = ['7f3e2a1b-9c4d-4e5f', '8a6b-1c2d3e4f5a6b'].join('-');

describe('a provider or service name as the only label', () => {
  it('redacts bullets, table rows, maps under secret-ish names and provider sections', () => {
    const missed = leaked([
      ['notes.md', (v) => `## Keys\n- Serpapi: \`${v}\`\n- Model: gpt-4o\n`],
      ['notes.md', (v) => `* **Stripe**: ${v}\n`],
      ['notes.md', (v) => `- **Mistral** — \`${v}\`\n`],
      ['notes.md', (v) => `1. Deepgram: ${v}\n`],
      ['answer.txt', (v) => `Here they are:\n  + PayPal: "${v}"\n`],
      ['notes.md', (v) => `**Cohere**: \`${v}\`\n`],
      ['notes.md', (v) => `| Provider | Value |\n|---|---|\n| Cohere | \`${v}\` |\n`],
      ['notes.md', (v) => `| Service | Env | Key |\n| --- | --- | --- |\n| **exa** | prod | ${v} |\n`],
      ['config.py', (v) => `API_KEYS = {"paypal": "${v}", "openai": os.environ["OPENAI_API_KEY"]}\n`],
      ['config.py', (v) => `API_KEYS = {\n    "mistral": "${v}",\n    "model": "mistral-large",\n}\n`],
      ['config.py', (v) => `PROVIDER_KEYS = {'deepgram': '${v}'}\n`],
      ['config.js', (v) => `const providerKeys = { mistral: "${v}", model: "x" };\n`],
      ['config.ts', (v) => `export const SECRETS: Record<string, string> = {\n  serpapi: '${v}',\n};\n`],
      ['config.json', (v) => `{"api_keys": {"mistral": "${v}"}}\n`],
      ['config.json', (v) => `{\n  "credentials": {\n    "cohere": "${v}",\n    "region": "eu"\n  }\n}\n`],
      ['config.rb', (v) => `API_KEYS = { "paypal" => "${v}" }\n`],
      ['main.go', (v) => `var apiKeys = map[string]string{\n\t"mistral": "${v}",\n}\n`],
      ['a.php', (v) => `$apiKeys = ['mistral' => '${v}'];\n`],
      ['trace.log', (v) => `keys loaded: {'mistral': '${v}'}\n`],
      ['config.yaml', (v) => `provider_keys:\n  together: ${v}\n`],
      ['config.toml', (v) => `[deepgram]\nmodel = "nova-2"\nkey = "${v}"\n`],
      ['config.ini', (v) => `[serpapi]\nkey=${v}\n`],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps model names, URLs, versions, booleans, counts, public ids and prose in the same structures', () => {
    assert.deepEqual(
      damaged([
        ['notes.md', '- Serpapi: `https://serpapi.com/search`\n- Stripe: `2024-06-20`\n'],
        ['notes.md', '* **Stripe**: enabled\n* **OpenAI**: gpt-4o-2024-08-06\n'],
        ['notes.md', '- Mistral: mistral-large-latest\n- Cohere: command-r-plus-08-2024\n'],
        ['notes.md', '| Provider | Model |\n|---|---|\n| Anthropic | claude-3-5-sonnet-20241022 |\n'],
        ['notes.md', `| Provider | Request id |\n|---|---|\n| OpenAI | ${ID} |\n`],
        ['notes.md', '- Stripe: 3 requests, 1200 ms\n- Deepgram: true\n'],
        ['notes.md', '- Deepgram: the transcripts were accurate and fast, which suited the task.\n'],
        ['notes.md', `- GitHub: ${SHA}\n`],
        ['config.py', 'MODELS = {"mistral": "mistral-large-latest", "cohere": "command-r-plus"}\n'],
        ['config.py', 'API_KEYS = {"mistral": "MISTRAL_API_KEY", "cohere": "${COHERE_API_KEY}"}\n'],
        ['config.json', '{"api_keys": {"count": 3, "mistral": null}}\n'],
        // Digests under a map whose name says tokens or keys (a usage record, a manifest's archive).
        [
          'usage.json',
          `{\n  "tokens": {\n    "input": 120,\n    "sha256": "${'3d1f57c9'.repeat(8)}",\n    "md5": "${'9f44fd24'.repeat(4)}",\n    "digest": "${'4f78cbab'.repeat(8)}",\n    "checksum": "${'a1b2c3d4'.repeat(5)}"\n  }\n}\n`,
        ],
        [
          'jwks.json',
          '{"keys": [{"kty": "RSA", "kid": "k1", "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4", "e": "AQAB"}]}\n',
        ],
        ['config.yaml', 'models:\n  mistral: mistral-large-2411\n  openai: gpt-4o-2024-11-20\n'],
        ['cm.yaml', 'data:\n  mistral: bW9kZWw9bWlzdHJhbC1sYXJnZS1sYXRlc3Q=\n'],
        [
          'config.toml',
          '[deepgram]\nversion = "1.2.3"\nkey = "nova-2"\nendpoint = "https://api.deepgram.com/v1/listen"\n',
        ],
      ]),
      [],
    );
  });
});

describe('hex and UUID values under a plain key or a secret store', () => {
  it('redacts ?key=, "key" beside a provider, SQL into key tables and secret-store commands', () => {
    const missed = leaked([
      ['trace.log', (v) => `GET https://api.example.com/v1/search?q=cats&key=${v}&num=10\n`],
      ['a.json', (v) => `{"provider": "exa", "key": "${v}"}\n`],
      ['a.yaml', (v) => `- provider: deepgram\n  key: ${v}\n`],
      ['a.js', (v) => `process.env.COHERE_KEY = '${v}';\n`],
      ['a.sql', (v) => `INSERT INTO api_keys (id, provider, key, created_at) VALUES (1, 'mistral', '${v}', now());\n`],
      ['a.sql', (v) => `INSERT INTO secrets VALUES (3, 'cohere', '${v}');\n`],
      ['a.sql', (v) => `insert into user_tokens (user_id, token) values (42, '${v}'), (43, '${v}');\n`],
      ['a.sh', (v) => `az keyvault secret set --vault-name kv -n openai --value "${v}"\n`],
      ['a.sh', (v) => `vault kv put secret/app api=${v} user=bob\n`],
      ['a.sh', (v) => `gh secret set EXA -b"${v}"\n`],
      ['a.sh', (v) => `heroku config:set COHERE=${v} -a myapp\n`],
      ['a.sh', (v) => `fly secrets set DEEPGRAM=${v}\n`],
      ['a.sh', (v) => `kubectl create secret generic app --from-literal=EXA=${v} --from-literal=user=bob\n`],
      ['a.sh', (v) => `vercel env add MISTRAL production <<< ${v}\n`],
      ['a.sh', (v) => `doppler secrets set COHERE=${v}\n`],
      ['a.sh', (v) => `echo -n "${v}" | gcloud secrets versions add exa --data-file=-\n`],
      ['a.sh', (v) => `aws secretsmanager create-secret --name exa --secret-string ${v}\n`],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps public ?key= words, commit SHAs, request and trace ids, hashes and *_id UUIDs', () => {
    assert.deepEqual(
      damaged([
        ['trace.log', 'GET https://cdn.example.com/list?key=homepage&sort=asc\n'],
        ['trace.log', 'GET https://s3.amazonaws.com/bucket?key=uploads/2024/img_0012.png\n'],
        ['trace.log', `commit ${SHA}\nx-request-id: ${ID}\n`],
        ['trace.log', 'traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\n'],
        ['a.json', `{"provider": "exa", "request_id": "${ID}"}\n{"provider": "openai", "key": "gpt-4o"}\n`],
        ['a.json', `{"idempotency_key": "${ID}", "object_key": "${ID}", "session_id": "${ID}"}\n`],
        ['a.yaml', `- provider: deepgram\n  request_id: ${ID}\n- key: ${ID}\n`],
        ['a.sql', `INSERT INTO users (id, name, uuid) VALUES (1, 'bob', '${ID}');\n`],
        ['a.sql', "INSERT INTO api_keys (id, provider, created_at) VALUES (1, 'mistral', '2024-01-01');\n"],
        ['a.sql', `INSERT INTO commits (sha) VALUES ('${SHA}');\n`],
        ['a.sh', 'gh secret set MISTRAL_KEY --body "$MISTRAL_KEY"\n'],
        ['a.sh', 'heroku config:set NODE_ENV=production WEB_CONCURRENCY=3\n'],
        ['a.sh', 'kubectl create secret generic app --from-literal=user=admin --from-file=./key.pem\n'],
        ['a.sh', 'fly secrets set LOG_LEVEL=debug\nvault kv put secret/app ttl=30m\n'],
        ['a.sh', 'az keyvault secret set --vault-name kv-prod-westeurope --name region --value westeurope\n'],
      ]),
      [],
    );
  });
});

describe('key-name formats the key-name regexes did not read', () => {
  it('redacts diff lines, flags as YAML items, process.env.X ??=, and keys echoed by errors', () => {
    const missed = leaked([
      ['a.diff', (v) => `@@ -1,3 +1,3 @@\n-api_key: old\n+api_key: ${v}\n`],
      ['a.diff', (v) => `@@ -4,2 +4,2 @@\n-  "token": "${v}",\n+  "token": "\${TOKEN}",\n`],
      ['a.txt', (v) => `+MISTRAL_API_KEY=${v}\n`],
      ['a.yaml', (v) => `args:\n  - --api-key\n  - ${v}\n`],
      ['a.yaml', (v) => `command:\n  - serve\n  - "--token"\n  - "${v}"\n`],
      ['a.js', (v) => `process.env.MISTRAL_API_KEY ??= "${v}";\n`],
      ['a.js', (v) => `process.env.COHERE_KEY ||= '${v}';\n`],
      [
        'trace.log',
        (v) =>
          `openai.AuthenticationError: Error code: 401 - Incorrect API key provided: ${v}. You can find your API key at https://platform.openai.com/account/api-keys.\n`,
      ],
      ['trace.log', (v) => `Unauthorized: key ${v} is not valid\n`],
      ['trace.log', (v) => `{"error": "Invalid API key: '${v}'"}\n`],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps placeholders, counters, settings and parser errors', () => {
    assert.deepEqual(
      damaged([
        ['a.diff', '@@ -1,3 +1,3 @@\n-api_key: ${OLD}\n+api_key: ${MISTRAL_API_KEY}\n+max_tokens: 4096\n'],
        ['a.diff', '+    password = os.environ["DB_PASSWORD"]\n-token_usage: 1234567890\n'],
        ['a.md', '- key: the one in the vault\n- token_count: 12345678\n'],
        ['a.yaml', 'args:\n  - --model\n  - mistral-large-latest\n  - --api-key\n  - ${MISTRAL_API_KEY}\n'],
        ['a.js', 'process.env.NODE_ENV ??= "production";\nprocess.env.API_KEY ??= process.env.OPENAI_API_KEY;\n'],
        ['trace.log', 'Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://x.\n'],
        [
          'trace.log',
          'Unauthorized: key rotation-policy-2024-11 is pending\nERROR invalid key format in settings.json\n',
        ],
      ]),
      [],
    );
  });
});
