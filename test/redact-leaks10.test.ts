import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leakCounter, leaksValue, randomToken } from './helpers/placements.js';

/**
 * The leaks10 placements (issue 11, the leaks left after the ninth round), one corpus per category: masked keys that
 * still show a dozen characters, UUID keys learned under a family's key name, a label ending a line above a short or
 * punctuated key, base64 of a bare key, short names (`pw`, `pwd`, `pass`, `tok`, `sk`), fallbacks (`?:`, `:-`, `??`,
 * `or`), values starting with punctuation, and short tokens in prose. A leak is any 10-character window of the value in
 * the output; every look-alike must come out byte-identical.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 101010));
const tok = randomToken(rand);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const len = (a: number, b: number): number => a + Math.floor(rand() * (b - a + 1));
const { leaked, count } = leakCounter('leaks10');
const NAME = (): string =>
  pick(['OPENAI_API_KEY', 'MISTRAL_API_KEY', 'COHERE_API_KEY', 'API_TOKEN', 'GROQ_API_KEY', 'DEEPGRAM_API_KEY']);
const alnum = (a: number, b: number) => (): string => tok(CHARSETS.alnum, len(a, b));

describe('1. a masked key that still shows ten or more characters', () => {
  const shown = alnum(10, 16);
  const tail = (): string => tok(CHARSETS.alnum, 4);
  it('redacts the characters shown', () => {
    const missed = leaked('1', [
      ['run.log', (v) => `token: ${v}...${tail()}\n`, shown],
      ['run.log', (v) => `OPENAI_API_KEY=sk-proj-${v}...${tail()}\n`, shown],
      ['agent.log', (v) => `[agent_a] using key sk-proj-${v}...${tail()} for openai\n`, shown],
      ['agent.log', (v) => `Anthropic client ready (key=sk-ant-api03-${v}***)\n`, shown],
      ['debug.log', (v) => `DEBUG groq api key: gsk_${v}...\n`, shown],
      ['trace.jsonl', (v) => `{"event":"init","api_key":"${v}...","provider":"mistral"}\n`, shown],
      ['trace.jsonl', (v) => `{"level":"debug","msg":"key prefix","key":"hf_${v}***"}\n`, shown],
      ['answer.md', (v) => `| OPENAI_API_KEY | \`sk-proj-${v}...\` |\n`, shown],
      ['answer.md', (v) => `The key in your .env (\`${v}...${tail()}\`) is valid.\n`, shown],
      ['output.txt', (v) => `Authorization: Bearer ${v}...\n`, shown],
      ['output.txt', (v) => `COHERE_API_KEY: ${v}...(truncated)\n`, shown],
      ['run.log', (v) => `Loaded Google key AIza${v}****\n`, shown],
      ['run.log', (v) => `${NAME()} = ${v}${'*'.repeat(20)}\n`, shown],
      ['execution_metadata.yaml', (v) => `api_key_preview: ${v}...\n`, shown],
      ['agent.log', (v) => `Key: ${v}*** (len 51)\n`, alnum(12, 12)],
      ['stdout.txt', (v) => `✓ ANTHROPIC_API_KEY found: sk-ant-${v}...${tail()}\n`, shown],
      ['stdout.txt', (v) => `DEEPGRAM_API_KEY=${v}•••••••••\n`, shown],
      ['agent.log', (v) => `[openai] api_key=sk-svcacct-${v}... loaded\n`, shown],
      ['agent.log', (v) => `Using Mistral key ${v}…${tail()}\n`, shown],
      ['agent.log', (v) => `xAI key: xai-${v}***\n`, shown],
      ['stdout.txt', (v) => `REPLICATE_API_TOKEN set: r8_${v}...\n`, shown],
      ['trace.jsonl', (v) => `{"headers":{"Authorization":"Bearer ${v}..."}}\n`, shown],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps placeholders, proper masks and ellipses after names', () => {
    assert.deepEqual(
      damaged([
        ['run.log', 'OPENAI_API_KEY=sk-proj-ab12...wx89\nkey: sk-ant-...\n'],
        ['run.log', 'commit 3f2b9c1e8a4d... merged\nsha256:9f86d081884c7d65... ok\n'],
        ['run.log', 'session_id: 3f2b9c1e-8a4d... resumed\nrequest_id=req_011CU2... done\n'],
        ['run.log', 'model: claude-3-5-sonnet-2024...\nProcessing... done (12 files)\n'],
        ['run.log', 'token_count: 1234567890...\ntoken: InitialisingTheClient...\n'],
      ]),
      [],
    );
  });
});

const uuid = (): string => {
  const h = tok(CHARSETS.hex, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};

/** Redacts `config` then `trace` with one learning redactor, as an export measures a config before its traces. */
function acrossFiles(config: string, trace: string, rel = 'execution_metadata.yaml'): string {
  const r = new Redactor({ learn: true });
  r.active(true);
  const f = r.filter({ rel });
  f.write(config);
  f.end();
  const t = r.filter({ rel: 'agent_outputs/agent_a/trace.log' });
  return t.write(trace) + t.end();
}

describe('2. a UUID key learned under a family key name', () => {
  const families: [string, string][] = [
    ['POSTMARK_SERVER_TOKEN', 'POSTMARK key in use'],
    ['POSTMARK_API_TOKEN', 'postmark token'],
    ['POSTMARK_ACCOUNT_TOKEN', 'Postmark account token loaded'],
    ['HEROKU_API_KEY', 'heroku key in use'],
    ['HEROKU_API_TOKEN', 'Heroku auth'],
    ['SNYK_TOKEN', 'snyk token'],
    ['PINECONE_API_KEY', 'PINECONE key in use'],
    ['CLARIFAI_PAT', 'clarifai PAT'],
    ['AZURE_CLIENT_SECRET', 'azure secret'],
    ['SAUCE_ACCESS_KEY', 'sauce key'],
  ];
  const configs: ((n: string, v: string) => string)[] = [
    (n, v) => `${n}: ${v}\n`,
    (n, v) => `env:\n  ${n}: "${v}"\n`,
    (n, v) => `${n}=${v}\n`,
  ];
  void it.todo('redacts the UUID in a trace after a config named it', () => {
    const missed: string[] = [];
    for (const [name, said] of families)
      for (const config of configs) {
        const v = uuid();
        const out = acrossFiles(config(name, v), `[agent_a] ${said}: ${v}\nrequest ok\n`);
        const leak = leaksValue(out, v);
        count('2', leak);
        if (leak) missed.push(`${name} via ${JSON.stringify(config('N', 'V'))}`);
      }
    assert.deepEqual(missed, []);
  });
  it('does not propagate UUIDs under id-like names', () => {
    const kept: string[] = [];
    for (const name of [
      'request_id',
      'session_id',
      'POSTMARK_MESSAGE_ID',
      'HEROKU_APP_ID',
      'PINECONE_INDEX_ID',
      'AZURE_TENANT_ID',
      'AZURE_CLIENT_ID',
      'trace_id',
      'run_uuid',
      'PINECONE_ENVIRONMENT',
      'CLARIFAI_USER_ID',
      'heroku_app',
      'idempotency_key',
      'cache_key',
    ]) {
      const v = uuid();
      const trace = `[agent_a] step 3 for ${v} finished\n`;
      if (acrossFiles(`${name}: ${v}\n`, trace) !== trace) kept.push(name);
    }
    assert.deepEqual(kept, []);
  });
});

describe('3. a label ending a line, a short or punctuated key on the next', () => {
  const shortKey = alnum(16, 31);
  const punct = (): string =>
    pick([
      () => `${tok(CHARSETS.alnum, len(8, 16))}-${tok(CHARSETS.alnum, len(8, 24))}`,
      () => `${tok(CHARSETS.alnum, len(6, 12))}_${tok(CHARSETS.alnum, len(12, 24))}`,
      () => tok(CHARSETS.urlsafe, len(20, 40)).replace(/^[-_]|[-_]$/g, 'Q'),
    ])();
  it('redacts the first token of the next line', () => {
    const missed = leaked('3', [
      ['notes.md', (v) => `It only worked once I used the ${NAME()} which is\n${v} (from the team vault).\n`, shortKey],
      ['notes.md', (v) => `We rotated it last week; the replacement Mistral key is\n${v}, please update CI.\n`, punct],
      ['answer.md', (v) => `Then export ${NAME()}=\n${v}\nbefore you run massgen again.\n`, shortKey],
      ['answer.md', (v) => `Config used:\n\n* groq api key:\n  ${v}\n* temperature: 0.2\n`, punct],
      ['answer.md', (v) => `__Secret key:__\n${v}\n`, shortKey],
      ['answer.md', (v) => `**Token:**\n${v}\n`, punct],
      ['log.txt', (v) => `[agent_c] picked up bearer token =>\n${v}\n`, shortKey],
      ['log.txt', (v) => `[orchestrator] api token:\n    ${v}\n`, punct],
      [
        'summary.txt',
        (v) => `In turn 2 they pasted the Together key, namely\n${v}; the agents told them to revoke it.\n`,
        punct,
      ],
      ['notes.txt', (v) => `Reminder - the password we got from IT is:\r\n${v}\r\n`, shortKey],
      ['notes.md', (v) => `> my anthropic key is\n> ${v}\n`, punct],
      ['answer.md', (v) => `Paste this access token:\n\`${v}\`\n`, shortKey],
      ['answer.md', (v) => `Paste this access token:\n\`${v}\`\n`, punct],
      ['notes.md', (v) => `The Deepgram API key:\n${v}\n`, punct],
      ['notes.md', (v) => `password:\n${v}\n`, shortKey],
      ['notes.md', (v) => `Database password is\n${v}\n`, punct],
      ['trace.log', (v) => `INFO secret key =\n    ${v}\n`, shortKey],
      ['answer.md', (v) => `Your new ElevenLabs API key is:\n\n${v}\n\nKeep it safe.\n`, punct],
      ['chat.md', (v) => `user: here's my groq key\n${v}\nassistant: thanks\n`, shortKey],
      ['chat.md', (v) => `user: my voyage api key:\n${v}\n`, punct],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps words, ids, names and code after a label', () => {
    assert.deepEqual(
      damaged([
        ['notes.md', 'The API key is\nstored-in-the-vault and never printed.\n'],
        ['notes.md', 'Your API key:\nsee_the_dashboard_settings page.\n'],
        ['notes.md', 'The token is\nrefreshed_every_hour by the scheduler.\n'],
        ['notes.md', 'Set the API key:\nOPENAI_API_KEY in your shell profile.\n'],
        ['notes.md', 'The key is\nmistral-large-latest for the model, not a secret.\n'],
        // A UUID below `session token:` is redacted since round 20 (a key alone below its label, as on the label's
        // line, where `session token: <uuid>` always was); below a label naming an id it is kept.
        ['notes.md', 'session id:\n3f2b9c1e-8a4d-4e2f-9b7c-1d2e3f4a5b6c\n'],
        ['notes.md', 'request id:\n3f2b9c1e-8a4d-4e2f-9b7c-1d2e3f4a5b6c\n'],
        ['notes.md', 'The password:\nmust-be-at-least-12-chars long.\n'],
        ['notes.md', 'api key ->\nget_api_key_from_env()\n'],
        ['notes.md', 'The secret key is\nmanaged_by_terraform in prod.\n'],
        ['notes.md', 'token:\nv1.2.3-rc1_build_2024\n'],
        ['notes.md', 'The token is\nen-US or fr-FR depending on the locale.\n'],
      ]),
      [],
    );
  });
});

const b64 = (s: string): string => Buffer.from(s).toString('base64');
/** A leak: the base64 form (any 12 characters of it) or the value itself. */
const b64Leaks = (out: string, v: string): boolean => {
  const e = b64(v).replace(/=+$/, '');
  for (let i = 0; i + 12 <= e.length; i += 4) if (out.includes(e.slice(i, i + 12))) return true;
  return leaksValue(out, v);
};

describe('4. base64 of a bare secret value', () => {
  const bare = (): string =>
    pick([
      () => tok(CHARSETS.alnum, 32),
      () => tok(CHARSETS.alnum, len(24, 48)),
      () => tok(CHARSETS.hex, 32),
      () => tok(CHARSETS.urlsafe, len(24, 40)),
      () => tok(CHARSETS.lowerAlnum, len(32, 40)),
    ])();
  void it.todo('redacts the base64 of a prefix-less key', () => {
    const missed = leaked(
      '4',
      [
        ['trace.log', (v) => `[agent_a] header blob ${b64(v)} sent\n`, bare],
        ['trace.log', (v) => `DEBUG encoded=${b64(v)}\n`, bare],
        ['trace.jsonl', (v) => `{"event":"request","blob":"${b64(v)}"}\n`, bare],
        ['answer.md', (v) => `Decoding \`${b64(v)}\` gives the value you need.\n`, bare],
        ['answer.md', (v) => `The string\n\n    ${b64(v)}\n\nis base64.\n`, bare],
        ['output.txt', (v) => `$ echo -n ... | base64\n${b64(v)}\n`, bare],
        ['notes.txt', (v) => `saved as ${b64(v)} in the cache\n`, bare],
        ['stdout.txt', (v) => `b'${b64(v)}'\n`, bare],
        ['workspace/data.json', (v) => `{"x": ["${b64(v)}"]}\n`, bare],
        ['workspace/out.csv', (v) => `id,payload\n1,${b64(v)}\n`, bare],
        ['run.log', (v) => `value (base64): ${b64(v)}\n`, bare],
        ['run.log', (v) => `- ${b64(v)}\n`, bare],
        ['tool_call.json', (v) => `{"arguments":"{\\"data\\":\\"${b64(v)}\\"}"}\n`, bare],
        ['trace.log', (v) => `got ${b64(`${v}\n`)}\n`, bare],
        ['page.html', (v) => `<span data-x="${b64(v)}"></span>\n`, bare],
        ['notes.md', (v) => `1. ${b64(v)}\n`, bare],
        ['run.log', (v) => `[12:00:01] ${b64(v)}\n`, bare],
        ['x.yaml', (v) => `items:\n  - ${b64(v)}\n`, bare],
        ['chat.md', (v) => `user: what is ${b64(v)}?\n`, bare],
        ['out.txt', (v) => `${b64(v)}\n`, bare],
      ],
      b64Leaks,
    );
    assert.deepEqual(missed, []);
  });
  it('keeps base64 of words, ids, hashes, json and binary', () => {
    const lookAlikes: [string, string][] = [
      ['run.log', `msg ${b64('hello world, this is a test')}\n`],
      ['run.log', `cursor ${b64('{"offset":100,"limit":50}')}\n`],
      ['run.log', `id ${b64('3f2b9c1e-8a4d-4e2f-9b7c-1d2e3f4a5b6c')}\n`],
      ['run.log', `digest ${b64('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')}\n`],
      ['run.log', `name ${b64('claude-3-5-sonnet-20241022')}\n`],
      ['run.log', `sha ${Buffer.from('9f86d081884c7d659a2feaa0c55ad015', 'hex').toString('base64')}\n`],
      ['run.log', `path ${b64('/home/user/projects/massgen/config.yaml')}\n`],
      ['run.log', `chat ${b64('chatcmpl-4acV1gC1lvrIpSILhsVsP5iqq2qvE')}\n`],
      ['run.log', `Y29uZmlnX2FnZW50X2FfcmVzcG9uc2VfdGV4dA==\n`],
      ['run.log', `${b64('gpt-4o-mini-2024-07-18 eastus2')}\n`],
    ];
    assert.deepEqual(damaged(lookAlikes), []);
  });
});

describe('5. short names for secrets', () => {
  const v12 = (): string => `${tok(CHARSETS.alnum, len(10, 20))}`;
  it('redacts values under pw, pwd, pass, tok, sk', () => {
    const missed = leaked('5', [
      ['config.yaml', (v) => `db:\n  user: admin\n  pw: ${v}\n`, v12],
      ['config.yaml', (v) => `smtp:\n  pass: "${v}"\n`, v12],
      ['config.yaml', (v) => `github:\n  tok: ${v}\n`, alnum(24, 40)],
      ['config.yaml', (v) => `openai:\n  sk: ${v}\n`, alnum(32, 48)],
      ['config.ini', (v) => `[db]\npwd=${v}\n`, v12],
      ['config.ini', (v) => `[mail]\npass = ${v}\n`, v12],
      ['settings.json', (v) => `{"user": "bob", "pw": "${v}"}\n`, v12],
      ['settings.json', (v) => `{"tok": "${v}", "host": "api.example.com"}\n`, alnum(24, 40)],
      ['run.sh', (v) => `PW=${v} ./deploy.sh\n`, v12],
      ['run.sh', (v) => `export DB_PW='${v}'\n`, v12],
      ['run.sh', (v) => `./cli login --user bob --pw ${v}\n`, v12],
      ['run.sh', (v) => `./cli login --user bob --pass "${v}"\n`, v12],
      ['run.sh', (v) => `curl -H "tok: ${v}" https://api.example.com\n`, alnum(24, 40)],
      ['app.py', (v) => `pw = "${v}"\nconn = connect(user="bob", password=pw)\n`, v12],
      ['app.py', (v) => `conn = psycopg2.connect(host="db", user="bob", pwd="${v}")\n`, v12],
      ['app.js', (v) => `const sk = "${v}";\nconst client = new OpenAI({ apiKey: sk });\n`, alnum(32, 48)],
      ['app.js', (v) => `const tok = '${v}';\n`, alnum(24, 40)],
      ['.envrc', (v) => `export SMTP_PASS=${v}\n`, v12],
      ['docker-compose.yml', (v) => `services:\n  db:\n    environment:\n      - MYSQL_PW=${v}\n`, v12],
      ['notes.md', (v) => `login: bob / pw: ${v}\n`, v12],
      ['notes.md', (v) => `user=bob pwd=${v}\n`, v12],
      ['answer.md', (v) => `Use \`pass: ${v}\` in the config.\n`, v12],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps pw in prose, pass as a verb, sk as a language code', () => {
    assert.deepEqual(
      damaged([
        ['notes.md', 'The pw field is optional; leave pw empty to use SSO.\n'],
        ['notes.md', 'We pass: the tests, the lint and the build.\n'],
        ['app.py', 'def run(x):\n    pass\nresult = pass_through(x)\n'],
        ['config.yaml', 'languages:\n  sk: Slovenčina\n  en: English\n'],
        ['locales.json', '{"sk": "slovenčina", "cs": "čeština", "pl": "polski"}\n'],
        ['config.yaml', 'steps:\n  - pass: true\n  - tok: EOF\n'],
        ['lexer.py', 'tok = next_token()\nif tok.kind == "IDENT":\n    pass\n'],
        ['app.js', 'const sk = document.querySelector("#sk");\nconst tok = tokens[i];\n'],
        ['config.yaml', 'pw: ${DB_PASSWORD}\npass: "{{ vault_pass }}"\n'],
        ['test.log', 'pass: 128\nfail: 0\nskip: 3\n'],
        ['results.json', '{"pass": 12, "fail": 0, "tok": 4096}\n'],
        ['config.ini', '[db]\npwd=/var/lib/postgres\n'],
      ]),
      [],
    );
  });
});

describe('6. fallbacks in code', () => {
  const v = alnum(20, 40);
  it('redacts the fallback value of a secret name', () => {
    const missed = leaked('6', [
      ['index.php', (x) => `$key = getenv('OPENAI_API_KEY') ?: '${x}';\n`, v],
      ['index.php', (x) => `$pass = getenv("DB_PASSWORD") ?: "${x}";\n`, v],
      ['index.php', (x) => `$token = $_ENV['API_TOKEN'] ?? '${x}';\n`, v],
      ['index.php', (x) => `$apiKey = $MISTRAL_API_KEY ?? '${x}';\n`, v],
      ['config.php', (x) => `define('API_KEY', getenv('API_KEY') ?: '${x}');\n`, v],
      ['run.sh', (x) => `API_KEY=\${API_KEY:-${x}}\n`, v],
      ['run.sh', (x) => `export OPENAI_API_KEY="\${OPENAI_API_KEY:-${x}}"\n`, v],
      ['run.sh', (x) => `curl -H "Authorization: Bearer \${TOKEN:-${x}}" https://api.example.com\n`, v],
      ['docker-compose.yml', (x) => `environment:\n  - DB_PASSWORD=\${DB_PASSWORD:-${x}}\n`, v],
      ['docker-compose.yml', (x) => `environment:\n  API_TOKEN: "\${API_TOKEN:-${x}}"\n`, v],
      ['run.sh', (x) => `: "\${SECRET_KEY:=${x}}"\n`, v],
      ['app.py', (x) => `api_key = os.getenv("OPENAI_API_KEY") or "${x}"\n`, v],
      ['app.py', (x) => `API_KEY = os.environ.get("MISTRAL_API_KEY") or '${x}'\n`, v],
      ['app.py', (x) => `token = os.getenv('HF_TOKEN', None) or "${x}"\n`, v],
      ['app.js', (x) => `const apiKey = process.env.OPENAI_API_KEY || "${x}";\n`, v],
      ['app.js', (x) => `const token = process.env.API_TOKEN ?? '${x}';\n`, v],
      ['app.ts', (x) => `const key: string = process.env["COHERE_API_KEY"] ?? \`${x}\`;\n`, v],
      ['app.rb', (x) => `api_key = ENV["OPENAI_API_KEY"] || "${x}"\n`, v],
      ['app.rb', (x) => `token = ENV.fetch("API_TOKEN", "${x}")\n`, v],
      ['main.go', (x) => `if apiKey == "" {\n\tapiKey = "${x}"\n}\n`, v],
      ['Makefile', (x) => `API_KEY ?= ${x}\n`, v],
      ['app.py', (x) => `password = os.getenv("DB_PASSWORD") or "${x}"\n`, v],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps fallbacks that are defaults, names or empty', () => {
    assert.deepEqual(
      damaged([
        ['run.sh', 'HOST=${HOST:-localhost}\nPORT=${PORT:-8080}\nAPI_KEY=${API_KEY:-}\n'],
        ['run.sh', 'MODEL=${MODEL:-gpt-4o-mini-2024-07-18}\nAPI_KEY=${API_KEY:-$OPENAI_API_KEY}\n'],
        ['index.php', "$key = getenv('API_KEY') ?: '';\n$host = getenv('DB_HOST') ?: 'localhost';\n"],
        ['index.php', "$pass = getenv('DB_PASSWORD') ?: 'changeme';\n$token = $_ENV['TOKEN'] ?? null;\n"],
        ['app.py', 'api_key = os.getenv("OPENAI_API_KEY") or ""\nmodel = os.getenv("MODEL") or "gpt-4o"\n'],
        ['app.py', 'token = os.getenv("HF_TOKEN") or get_token_from_cache()\n'],
        ['app.js', 'const apiKey = process.env.OPENAI_API_KEY || "your-api-key-here";\n'],
        ['app.js', 'const token = process.env.API_TOKEN ?? defaultTokenProvider();\n'],
        ['docker-compose.yml', 'environment:\n  - DB_PASSWORD=${DB_PASSWORD:-postgres}\n'],
        ['run.sh', 'SESSION_ID=${SESSION_ID:-3f2b9c1e-8a4d-4e2f-9b7c-1d2e3f4a5b6c}\n'],
      ]),
      [],
    );
  });
});

describe('7. values starting with ( ! = )', () => {
  const p = (): string => `${pick(['(', '!', '=', ')'])}${tok(CHARSETS.alnum, len(12, 24))}`;
  void it.todo('redacts values starting with punctuation under secret names', () => {
    const missed = leaked('7', [
      ['.env.example.txt', (v) => `DB_PASSWORD=${v}\n`, p],
      ['config.yaml', (v) => `db:\n  password: ${v}\n`, p],
      ['config.yaml', (v) => `db:\n  password: "${v}"\n`, p],
      ['config.yaml', (v) => `api_key: '${v}'\n`, p],
      ['settings.json', (v) => `{"password": "${v}"}\n`, p],
      ['settings.json', (v) => `{"api_token": "${v}", "host": "x"}\n`, p],
      ['config.ini', (v) => `[db]\npassword = ${v}\n`, p],
      ['config.toml', (v) => `[db]\npassword = "${v}"\n`, p],
      ['run.sh', (v) => `export DB_PASSWORD='${v}'\n`, p],
      ['run.sh', (v) => `export SECRET_KEY="${v}"\n`, p],
      ['run.sh', (v) => `MYSQL_PASSWORD=${v} docker compose up\n`, p],
      ['app.py', (v) => `PASSWORD = "${v}"\n`, p],
      ['app.py', (v) => `client = Client(api_key="${v}")\n`, p],
      ['app.js', (v) => `const password = '${v}';\n`, p],
      ['app.js', (v) => `const cfg = { secret: "${v}" };\n`, p],
      ['notes.md', (v) => `password: ${v}\n`, p],
      ['notes.md', (v) => `- DB_PASSWORD = \`${v}\`\n`, p],
      ['answer.md', (v) => `Set \`ADMIN_PASSWORD=${v}\` before starting.\n`, p],
      ['docker-compose.yml', (v) => `environment:\n  - POSTGRES_PASSWORD=${v}\n`, p],
      ['docker-compose.yml', (v) => `environment:\n  POSTGRES_PASSWORD: "${v}"\n`, p],
      ['app.properties', (v) => `spring.datasource.password=${v}\n`, p],
      ['trace.log', (v) => `[agent_a] setting password=${v}\n`, p],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps expressions, calls and comparisons', () => {
    assert.deepEqual(
      damaged([
        ['app.py', 'password = (\n    os.environ["DB_PASSWORD"]\n)\n'],
        ['app.js', 'const token = !isExpired(cached) ? cached : refresh();\n'],
        ['app.py', 'if password != expected:\n    raise AuthError()\n'],
        ['app.py', 'api_key == None\ntoken = ()\n'],
        ['app.js', 'const secret = (await vault.read("app/secret")).value;\n'],
        ['config.yaml', 'password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n'],
        ['config.yaml', 'password: !Ref DbPassword\ntoken: !Sub "${Token}"\n'],
        ['run.sh', 'PASSWORD=$(cat /run/secrets/db)\nTOKEN=$(vault read -field=token x)\n'],
        ['notes.md', 'password: (set in the dashboard)\ntoken: (none)\n'],
        ['app.py', 'password = ""\nsecret_key = (SECRET_KEY or "").strip()\n'],
      ]),
      [],
    );
  });
});

describe('8. short tokens in prose', () => {
  const short = (): string =>
    pick([
      () => tok(CHARSETS.alnum, len(12, 24)),
      () => tok(CHARSETS.lowerAlnum, len(12, 24)),
      () => tok(CHARSETS.upperAlnum, len(12, 20)),
    ])();
  void it.todo('redacts a short token a sentence gives', () => {
    const missed = leaked('8', [
      ['chat.md', (v) => `user: my token is ${v}, can you check it?\n`, short],
      ['chat.md', (v) => `My API key is ${v} and it stopped working yesterday.\n`, short],
      ['notes.md', (v) => `The password is ${v}.\n`, short],
      ['notes.md', (v) => `the secret is ${v} (do not share)\n`, short],
      ['answer.md', (v) => `Your access token is ${v}; it expires in one hour.\n`, short],
      ['answer.md', (v) => `I used the key ${v} from your message.\n`, short],
      ['answer.md', (v) => `Log in with password ${v} and change it.\n`, short],
      ['chat.md', (v) => `here's my mistral key: ${v}\n`, short],
      ['chat.md', (v) => `The Groq token ${v} returned 401.\n`, short],
      ['notes.txt', (v) => `wifi password: ${v}\n`, short],
      ['notes.txt', (v) => `Admin pass is ${v} for now.\n`, short],
      ['summary.md', (v) => `The user shared their API token (${v}) in the prompt.\n`, short],
      ['summary.md', (v) => `Token: ${v}\n`, short],
      ['chat.md', (v) => `use this api key -> ${v}\n`, short],
      ['chat.md', (v) => `my openai key = ${v}\n`, short],
      ['answer.md', (v) => `With the key "${v}" the request succeeded.\n`, short],
      ['answer.md', (v) => `the token you gave me, ${v}, is invalid\n`, short],
      ['trace.log', (v) => `[agent_b] user said the password was ${v}\n`, short],
      ['notes.md', (v) => `credentials: bob / ${v}\n`, short],
      ['notes.md', (v) => `My Cohere API key is: ${v}\n`, short],
    ]);
    assert.deepEqual(missed, []);
  });
  void it.todo('keeps words, ids, versions and names after the same phrases', () => {
    assert.deepEqual(
      damaged([
        ['notes.md', 'My token is expired, so I asked for a new one.\n'],
        ['notes.md', 'The password is stored in 1Password under Engineering.\n'],
        ['notes.md', 'The key is gpt-4o-mini-2024-07-18 for the model name.\n'],
        ['notes.md', 'My API key is in the environment variable OPENAI_API_KEY.\n'],
        ['notes.md', 'The token is refreshToken, not accessToken.\n'],
        ['notes.md', 'the key is 3f2b9c1e8a4d for the cache entry\n'],
        ['notes.md', 'The secret is HS256-signed and expires after 3600 seconds.\n'],
        ['notes.md', 'Your access token is valid for 24 hours.\n'],
        ['notes.md', 'The key is ABCDEFGHIJKLMNOP in the example docs.\n'],
        ['notes.md', 'The token is req_011CU2abcd for tracing, not auth.\n'],
        ['notes.md', 'The password is PasswordManager2024 approved.\n'],
        ['notes.md', 'my token is getTokenFromCache() output\n'],
      ]),
      [],
    );
  });
});
