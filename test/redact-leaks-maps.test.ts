import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leakedPlacements, randomToken } from './helpers/placements.js';

/**
 * Placements where only the structure says "secret" (categories 1, 4, 6 and 8 of the leaks brief): a map keyed by
 * provider names under a neutral parent, long base64 values under salt/pepper/signing-key names, UUID-shaped keys under
 * bare key names, provider-labelled bullets and rows holding base64. Values are random per run (REDACT_SEED); each
 * placement must leave no 10-character window of its value, each look-alike must come out byte-identical.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 4242));
const tok = randomToken(rand);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const len = (a: number, b: number): number => a + Math.floor(rand() * (b - a + 1));
const uuid = (): string => {
  const h = tok(CHARSETS.hex, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20)}`;
};
const opaque = (): string =>
  pick([
    () => tok(CHARSETS.alnum, len(24, 64)),
    () => tok(CHARSETS.hex, pick([32, 40, 64])),
    () => tok(CHARSETS.lowerAlnum, len(32, 48)),
    () => `${pick(['sk-', 'gsk_', 'xai-', 'sk-or-v1-', 'tgp_v1_'])}${tok(CHARSETS.alnum, len(32, 56))}`,
    () => tok(CHARSETS.urlsafe, len(32, 64)),
    uuid,
  ])();
const base64 = (n: number): string => {
  const v = tok(CHARSETS.b64, n - (n % 4 === 0 ? 0 : n % 4));
  return /[+/]/.test(v) ? v : base64(n);
};
const b64any = (): string => pick([() => base64(len(40, 128)), () => tok(CHARSETS.urlsafe, len(40, 128))])();
const sha256 = (s: string): string => createHash('sha256').update(s).digest('base64');
const PROVIDERS = ['openai', 'anthropic', 'groq', 'mistral', 'cohere', 'gemini', 'together', 'deepseek', 'xai'];
const prov = (): string => pick([...PROVIDERS, 'openrouter', 'fireworks', 'perplexity']);

describe('1. a map keyed by provider names under a neutral parent', () => {
  it('redacts opaque values in YAML, JSON, Python, JS and log reprs', () => {
    const p = prov;
    const missed = leakedPlacements([
      ['config.yaml', (v) => `providers:\n  ${p()}: ${v}\n  ${p()}: sk-placeholder\n`, opaque],
      ['config.yaml', (v) => `backends:\n  ${p()}: "${v}"\n`, opaque],
      ['config.yaml', (v) => `llm:\n  default: gpt-4o\n  ${p()}: '${v}'\n`, opaque],
      ['config.json', (v) => `{"providers": {"${p()}": "${v}", "timeout": 30}}\n`, opaque],
      ['config.json', (v) => `{\n  "llm": {\n    "${p()}": "${v}"\n  }\n}\n`, opaque],
      ['setup.py', (v) => `cfg = {"${p()}": "${v}", "${p()}": None}\n`, opaque],
      ['setup.py', (v) => `clients = dict(${p()}="${v}")\n`, opaque],
      ['setup.py', (v) => `BACKENDS = {\n    '${p()}': '${v}',\n}\n`, opaque],
      ['app.js', (v) => `const backends = { ${p()}: '${v}', retries: 3 };\n`, opaque],
      ['app.ts', (v) => `export const llm = {\n  ${p()}: "${v}",\n};\n`, opaque],
      ['run.log', (v) => `INFO loaded config {'${p()}': '${v}', 'model': 'gpt-4o'}\n`, opaque],
      ['run.log', (v) => `{"msg": "{\\"${p()}\\": \\"${v}\\"}"}\n`, opaque],
      ['notes.md', (v) => `\`\`\`yaml\nproviders:\n  ${p()}: ${v}\n\`\`\`\n`, opaque],
      ['config.toml', (v) => `[providers]\n${p()} = "${v}"\n`, opaque],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps model names, URLs, booleans, numbers, short words and ids in the same maps', () => {
    assert.deepEqual(
      damaged([
        ['config.yaml', 'providers:\n  openai: gpt-4o-2024-08-06\n  anthropic: claude-3-5-sonnet-20241022\n'],
        ['config.yaml', 'backends:\n  groq: https://api.groq.com/openai/v1\n  mistral: true\n  cohere: 3\n'],
        ['config.yaml', 'llm:\n  deepseek: deepseek-chat\n  xai: grok-2-1212\n  together: meta-llama/Llama-3-70b\n'],
        ['config.json', '{"providers": {"openai": "gpt-4o-mini", "gemini": "gemini-1.5-pro-002"}}\n'],
        ['setup.py', 'cfg = {"openai": "OPENAI_API_KEY", "groq": os.environ["GROQ_API_KEY"], "xai": 42}\n'],
        ['setup.py', `runs = {"openai": "${uuid()}", "anthropic": "${tok(CHARSETS.hex, 40)}"}\n`],
        ['app.js', "const models = { openai: 'gpt-4o', mistral: 'mistral-large-latest', cohere: 'command-r' };\n"],
        ['config.yaml', 'providers:\n  openrouter: anthropic/claude-3.5-sonnet\n  together: enabled\n'],
        ['run.log', "INFO usage {'openai': 1532, 'anthropic': 877, 'gemini': 'ok'}\n"],
      ]),
      [],
    );
  });
});

const SECRET_NAMES = [
  'SIGNING_SALT',
  'SECRET_KEY_BASE',
  'hmacKey',
  'session_secret',
  'COOKIE_SECRET',
  'pepper',
  'PASSWORD_PEPPER',
  'encryption_key',
  'MASTER_KEY',
  'signingKey',
  'salt',
  'HMAC_SECRET',
  'LIVE_VIEW_SIGNING_SALT',
];
describe('4. long base64 values under salt, pepper, signing and encryption key names', () => {
  it('redacts them in env, YAML, JSON, code and logs', () => {
    const n = (): string => pick(SECRET_NAMES);
    const missed = leakedPlacements([
      ['.env.prod', (v) => `${n()}=${v}\n`, b64any],
      ['config.yaml', (v) => `auth:\n  ${n()}: ${v}\n`, b64any],
      ['config.yaml', (v) => `${n()}: "${v}"\n`, b64any],
      ['config.json', (v) => `{"${n()}": "${v}"}\n`, b64any],
      ['config.exs', (v) => `config :app, AppWeb.Endpoint, ${n().toLowerCase()}: "${v}"\n`, b64any],
      ['settings.py', (v) => `${n()} = b"${v}"\n`, b64any],
      ['app.js', (v) => `const ${n()} = Buffer.from('${v}', 'base64');\n`, b64any],
      ['run.sh', (v) => `export ${n()}='${v}'\n`, b64any],
      ['run.log', (v) => `DEBUG settings ${n()}=${v} loaded\n`, b64any],
      ['run.log', (v) => `{"log": "{\\"${n()}\\": \\"${v}\\"}"}\n`, b64any],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps integrity hashes, base64 images and digests under digest, hash and checksum names', () => {
    const sri = `sha384-${base64(64)}`;
    const img = `data:image/png;base64,iVBORw0KGgo${base64(80)}`;
    assert.deepEqual(
      damaged([
        ['index.html', `<script src="/a.js" integrity="${sri}" crossorigin="anonymous"></script>\n`],
        ['package-lock.json', `{"integrity": "sha512-${base64(88)}"}\n`],
        ['index.html', `<img src="${img}">\n`],
        ['manifest.json', `{"digest": "${base64(44)}", "checksum": "${base64(44)}", "sha256": "${base64(44)}"}\n`],
        ['config.yaml', `content_hash: ${base64(44)}\nfile_digest: ${base64(44)}\n`],
        ['config.yaml', 'salt_rounds: 12\nsigning_algorithm: RS256\nencryption_key_id: kms-key-2024\n'],
        ['settings.py', 'SECRET_KEY_BASE = os.environ["SECRET_KEY_BASE"]\nSALT = get_salt()\n'],
      ]),
      [],
    );
  });
});

describe('6. UUID-shaped secrets under bare key names', () => {
  const names = ['key', 'apiKey', 'api_key', 'secret', 'token', 'password', 'subscription_key', 'Subscription-Key'];
  it('redacts them in YAML, JSON, env, code, headers and logs', () => {
    const n = (): string => pick(names);
    const missed = leakedPlacements([
      ['config.yaml', (v) => `service:\n  ${n()}: ${v}\n`, uuid],
      ['config.json', (v) => `{"${n()}": "${v}"}\n`, uuid],
      ['.env', (v) => `${n().toUpperCase().replace('-', '_')}=${v}\n`, uuid],
      ['client.py', (v) => `client = Client(${n().replace('-', '_')}="${v}")\n`, uuid],
      ['client.js', (v) => `const client = new Client({ ${n().replace('-', '_')}: '${v}' });\n`, uuid],
      ['run.log', (v) => `DEBUG request headers {'Ocp-Apim-Subscription-Key': '${v}'}\n`, uuid],
      ['run.sh', (v) => `curl -H "Ocp-Apim-Subscription-Key: ${v}" https://api.example.com\n`, uuid],
      ['run.log', (v) => `{"log": "{\\"${n()}\\": \\"${v}\\"}"}\n`, uuid],
      ['notes.md', (v) => `- **API key**: \`${v}\`\n- **Token**: ${uuid()}\n`, uuid],
      ['notes.md', (v) => `* Subscription key — \`${v}\`\n`, uuid],
      ['config.toml', (v) => `[service]\n${n().replace('-', '_')} = "${v}"\n`, uuid],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps UUIDs under id names, a cache key and a dict key in code', () => {
    const u = uuid;
    assert.deepEqual(
      damaged([
        ['run.log', `{"id": "${u()}", "request_id": "${u()}", "session_id": "${u()}", "trace_id": "${u()}"}\n`],
        ['config.yaml', `run_id: ${u()}\nuuid: ${u()}\nkey_id: ${u()}\n`],
        ['cache.py', `key = f"user:{user_id}"\ncache.set(key="${u()}", value=1)\n`],
        ['app.js', `for (const key of Object.keys(map)) {}\nconst row = { key: "${u()}", label: "x" };\n`],
        ['run.log', `INFO cache hit key=${u()} size=120\n`],
        ['a.py', `d = {"key": "${u()}", "value": 3}\n`],
      ]),
      [],
    );
  });
});

describe('8. provider-labelled bullets and rows holding base64', () => {
  const val = (): string => pick([() => base64(len(32, 60)), () => tok(CHARSETS.urlsafe, len(30, 60))])();
  const P = (): string => pick(['OpenAI', 'Anthropic', 'Groq', 'Mistral', 'Cohere', 'Gemini', 'Together', 'xAI']);
  it('redacts bullets, bold labels and table cells', () => {
    const missed = leakedPlacements([
      ['notes.md', (v) => `- ${P()}: ${v}\n`, val],
      ['notes.md', (v) => `* ${P()} — ${v}\n`, val],
      ['notes.md', (v) => `* ${P()} – \`${v}\`\n`, val],
      ['notes.md', (v) => `- **${P()}**: \`${v}\`\n`, val],
      ['notes.md', (v) => `| Provider | Key |\n|---|---|\n| ${P()} | ${v} |\n`, val],
      ['notes.md', (v) => `| ${P()} | \`${v}\` | active |\n`, val],
      ['answer.txt', (v) => `Keys:\n  ${P()}: ${v}\n`, val],
      ['run.log', (v) => `{"content": "- ${P()}: ${v}\\n- ${P()}: pending"}\n`, val],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps model names, digests and prose in the same lists', () => {
    assert.deepEqual(
      damaged([
        ['notes.md', '- OpenAI: gpt-4o-2024-08-06\n- Anthropic: claude-3-5-sonnet-20241022\n'],
        ['notes.md', `| Provider | Digest |\n|---|---|\n| Groq | ${sha256(tok(CHARSETS.alnum, 20))} |\n`],
        ['notes.md', '* Mistral — fast and cheap, good for the summarisation step\n'],
        ['notes.md', '- Gemini: https://generativelanguage.googleapis.com/v1beta\n'],
      ]),
      [],
    );
  });
});
