/**
 * Round 16's generated agent outputs that hold no secret: answers that discuss API keys, configs with placeholders and
 * environment references, logs of tool calls that mention tokens (counts, ids, digests), and notebooks that read
 * keys from the environment. Every file must leave the export byte for byte. Built from a seeded rng: many values,
 * many placements; hashes, ids and image data are random, drawn in their real shapes.
 */
import { randomPng } from './eval-carriers.js';
import { CHARSETS, rng, uuidOf } from './fake-secrets.js';

type Draw = (set: keyof typeof CHARSETS, n: number) => string;

interface Gen {
  draw: Draw;
  int: (k: number) => number;
  one: <T>(xs: readonly T[]) => T;
}

function generator(seed: number): Gen {
  const rand = rng(seed);
  const int = (k: number): number => Math.floor(rand() * k);
  const draw: Draw = (set, n) => Array.from({ length: n }, () => CHARSETS[set][int(CHARSETS[set].length)]).join('');
  return { draw, int, one: (xs) => xs[int(xs.length)]! };
}

const PROVIDERS: readonly [string, string][] = [
  ['OpenAI', 'OPENAI_API_KEY'],
  ['Anthropic', 'ANTHROPIC_API_KEY'],
  ['Gemini', 'GEMINI_API_KEY'],
  ['Mistral', 'MISTRAL_API_KEY'],
  ['Groq', 'GROQ_API_KEY'],
  ['xAI', 'XAI_API_KEY'],
  ['Tavily', 'TAVILY_API_KEY'],
  ['OpenRouter', 'OPENROUTER_API_KEY'],
  ['Cohere', 'COHERE_API_KEY'],
  ['Hugging Face', 'HF_TOKEN'],
  ['GitHub', 'GITHUB_TOKEN'],
  ['Slack', 'SLACK_BOT_TOKEN'],
];

const PLACEHOLDERS = [
  '<your-api-key>',
  'YOUR_API_KEY',
  'your-api-key-here',
  'sk-...',
  '<YOUR_TOKEN>',
  '***',
  'xxxxxxxxxxxxxxxx',
  'changeme',
  '${API_KEY}',
  '<redacted>',
  'REPLACE_ME',
  '...',
];

const ADVICE = [
  'Never commit your {p} API key to git; keep it in `{v}` and load it at run time.',
  'Rotate the {p} key if you pasted it anywhere public, then update `{v}`.',
  'The client reads `{v}` from the environment, so you do not need to pass a key explicitly.',
  'If you get a 401, check that `{v}` is set in the shell that runs the agent (`echo ${#{v}}` prints its length).',
  'Store the token in a secret manager and inject it as `{v}`; the password field in the UI is write-only.',
  'Your key should look like `{ph}`: copy it from the {p} dashboard, not from an old email.',
  'Each request used about {n} tokens; the token budget is {m} per turn.',
  'Set `max_tokens` to {n} and keep the secret in `.env`, which is in `.gitignore`.',
  'The password must be at least {n} characters; we hash it with bcrypt (cost {c}) before storing it.',
  'Tokens expire after {n} seconds, so the client refreshes the access token with the refresh token flow.',
  'Pass the token to the client constructor: `client = {p}Client(api_key=os.environ["{v}"])`.',
  'In CI, add `{v}` as a repository secret and reference it as `${{ secrets.{v} }}`.',
];

function fill(g: Gen, s: string, p: string, v: string): string {
  return s
    .replaceAll('{p}', p.replace(/ /g, ''))
    .replaceAll('{v}', v)
    .replaceAll('{ph}', g.one(PLACEHOLDERS))
    .replaceAll('{n}', String(8 + g.int(9000)))
    .replaceAll('{m}', String(1000 * (1 + g.int(64))))
    .replaceAll('{c}', String(10 + g.int(4)));
}

/** A Markdown answer that discusses keys: advice, a shell block with references, a table of settings. */
function answer(g: Gen): string {
  const [p, v] = g.one(PROVIDERS);
  const lines = [`# Setting up ${p}`, ''];
  for (let i = 0; i < 3 + g.int(4); i++) lines.push(fill(g, g.one(ADVICE), p, v), '');
  const from = g.one([
    `$(pass show ${p.toLowerCase().replace(/ /g, '-')}/api-key)`,
    g.one(PLACEHOLDERS),
    `$(cat ~/.config/${v.toLowerCase()})`,
  ]);
  lines.push('```bash', `export ${v}="${from}"`);
  lines.push(
    `echo "key length: \${#${v}}"`,
    `curl -H "Authorization: Bearer $${v}" https://api.example.com/v1/models`,
    '```',
    '',
  );
  lines.push('| Setting | Value |', '| --- | --- |');
  lines.push(`| \`${v}\` | ${g.one(PLACEHOLDERS)} |`, `| max_tokens | ${256 * (1 + g.int(16))} |`);
  lines.push(`| token_usage.total | ${g.int(100000)} |`, `| request id | \`req_${g.draw('alnum', 24)}\` |`, '');
  lines.push(
    `Commit \`${g.draw('hex', 40)}\` removed the hard-coded key; the file's sha256 is \`${g.draw('hex', 64)}\`.`,
  );
  return `${lines.join('\n')}\n`;
}

/** A MassGen-style YAML config whose keys are references and placeholders. */
function yamlConfig(g: Gen): string {
  const [, v] = g.one(PROVIDERS);
  const agents = Array.from({ length: 1 + g.int(3) }, (_, i) => {
    const [, w] = g.one(PROVIDERS);
    return [
      `  - id: agent_${String.fromCharCode(97 + i)}`,
      '    backend:',
      `      type: ${g.one(['openai', 'claude', 'gemini', 'grok', 'chatcompletion'])}`,
      `      model: ${g.one(['gpt-4o-mini', 'claude-sonnet-4', 'gemini-2.5-flash', 'grok-3-mini'])}`,
      `      api_key: ${g.one([`\${${w}}`, `"\${${w}}"`, `env:${w}`, `'<${w.toLowerCase()}>'`, '""', 'null'])}`,
      `      max_tokens: ${512 * (1 + g.int(8))}`,
      `      token_limit: ${1000 * (1 + g.int(100))}`,
    ].join('\n');
  });
  return [
    `# config generated ${2026}-0${1 + g.int(9)}-1${g.int(9)}; keys come from the environment (${v})`,
    'agents:',
    ...agents,
    'orchestrator:',
    `  session_id: ${uuidOf(g.draw('hex', 32), true)}`,
    `  snapshot_hash: ${g.draw('hex', 64)}`,
    `  password_policy: ${g.one(['strict', 'none', 'default'])}`,
    `  secret_store: ${g.one(['vault', 'env', 'keyring'])}`,
    `  token_encoding: ${g.one(['cl100k_base', 'o200k_base'])}`,
    '',
  ].join('\n');
}

/** A `.env.example`-like or JSON/TOML config with references. */
function otherConfig(g: Gen, kind: number): [string, string] {
  const [, v] = g.one(PROVIDERS);
  if (kind === 0)
    return [
      'env.example.txt',
      `${v}=\n# ${v}=${g.one(PLACEHOLDERS)}\nDATABASE_URL=postgres://localhost:5432/app\nLOG_LEVEL=info\nTOKEN_TTL=${g.int(9999)}\n`,
    ];
  if (kind === 1)
    return [
      'settings.json',
      `${JSON.stringify(
        {
          apiKey: g.one([`process.env.${v}`, `\${${v}}`, '', '<set me>']),
          tokenizer: g.one(['tiktoken', 'sentencepiece']),
          maxTokens: 128 * (1 + g.int(64)),
          auth: { type: 'bearer', tokenEnv: v, passwordEnv: 'DB_PASSWORD' },
          cache: { key: `${g.one(['user', 'session', 'doc'])}-${g.int(999)}`, etag: `W/"${g.draw('hex', 32)}"` },
          build: { hash: g.draw('hex', 40), integrity: `sha512-${g.draw('b64', 86)}==` },
        },
        null,
        2,
      )}\n`,
    ];
  return [
    'pyproject.toml',
    `[tool.agent]\nname = "agent-${g.draw('word', 6)}"\napi_key_env = "${v}"\nmax_tokens = ${g.int(8192)}\n` +
      `secret_backend = "keyring"\n\n[tool.agent.auth]\ntoken_url = "https://auth.example.com/oauth/token"\n` +
      `client_id = "${uuidOf(g.draw('hex', 32))}"\n`,
  ];
}

/** A JSON-lines log of tool calls whose arguments and outputs mention tokens, keys and passwords. */
function toolLog(g: Gen): string {
  const out: string[] = [];
  for (let i = 0; i < 6 + g.int(10); i++) {
    const [, v] = g.one(PROVIDERS);
    const call = `call_${g.draw('alnum', 24)}`;
    const [cmd, result] = g.one<[string, string]>([
      [`grep -rn ${v} src/`, `src/config.py:${g.int(400)}:    api_key = os.environ["${v}"]`],
      ['printenv | grep -c _TOKEN', String(g.int(9))],
      ['git log -1 --format=%H', g.draw('hex', 40)],
      [`python -c "import os; print(bool(os.getenv('${v}')))"`, g.one(['True', 'False'])],
      ['sha256sum dist/bundle.js', `${g.draw('hex', 64)}  dist/bundle.js`],
      [
        'npm token list',
        `id ${g.draw('hex', 6)} | token ${g.draw('hex', 6)}… | read-only | created 2026-0${1 + g.int(9)}-1${g.int(9)}`,
      ],
      ['uuidgen', uuidOf(g.draw('hex', 32), true)],
      [`test -n "$${v}" && echo set || echo missing`, g.one(['set', 'missing'])],
    ]);
    out.push(
      JSON.stringify({ type: 'tool_call', id: call, name: 'bash', arguments: { command: cmd } }),
      JSON.stringify({ type: 'tool_result', id: call, output: result, exit_code: 0 }),
      JSON.stringify({
        type: 'usage',
        message_id: `msg_${g.draw('alnum', 24)}`,
        input_tokens: g.int(20000),
        output_tokens: g.int(4000),
        cached_tokens: g.int(1000),
        token_usage: { total: g.int(30000) },
      }),
    );
  }
  return `${out.join('\n')}\n`;
}

/** A notebook that reads keys from the environment, prints usage and shows a plot. */
function notebook(g: Gen): string {
  const [p, v] = g.one(PROVIDERS);
  const code = (src: string, outputs: unknown[] = []): unknown => ({
    cell_type: 'code',
    execution_count: 1 + g.int(40),
    metadata: {},
    outputs,
    source: src.split(/(?<=\n)/),
  });
  const cells = [
    {
      cell_type: 'markdown',
      metadata: {},
      source: [`## ${p}: keys come from the environment\n`, `Set \`${v}\` first.`],
    },
    code(
      `import os\nkey = os.environ.get("${v}")\nassert key, "set ${v}"\nprint("key set:", bool(key), "length", len(key))\n`,
      [{ name: 'stdout', output_type: 'stream', text: [`key set: True length ${20 + g.int(80)}\n`] }],
    ),
    code(`resp = client.chat(model="m", max_tokens=${g.int(4096)})\nresp.usage\n`, [
      {
        data: {
          'text/plain': [
            `Usage(input_tokens=${g.int(9999)}, output_tokens=${g.int(999)}, total_tokens=${g.int(99999)})`,
          ],
        },
        execution_count: 3,
        metadata: {},
        output_type: 'execute_result',
      },
    ]),
    code('plt.plot(xs, ys)\n', [
      {
        data: {
          'image/png': randomPng(g.int, 8 + g.int(24), 8 + g.int(24)).toString('base64'),
          'text/plain': ['<Figure size 640x480 with 1 Axes>'],
        },
        metadata: {},
        output_type: 'display_data',
      },
    ]),
  ];
  const nb = {
    cells,
    metadata: { kernelspec: { name: 'python3', display_name: 'Python 3' } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(nb, null, 1)}\n`;
}

/** Public keys an answer or config holds (SSH, WireGuard, JWKS, age): public by design. */
function publicKeys(g: Gen, form: number): string {
  const user = g.one(['deploy', 'ubuntu', 'alice', 'ci']);
  const rsa = `AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.draw('b64', 540)}`;
  const ed = `AAAAC3NzaC1lZDI1NTE5AAAAI${g.draw('b64', 43)}`;
  const wg = `${g.draw('b64', 43)}=`;
  const jwk = { kty: 'RSA', use: 'sig', alg: 'RS256', kid: g.draw('hex', 16), n: g.draw('urlsafe', 342), e: 'AQAB' };
  if (form === 0)
    return `#cloud-config\nusers:\n  - name: ${user}\n    ssh_authorized_keys:\n      - ssh-ed25519 ${ed} ${user}@laptop\n      - ssh-rsa ${rsa} ${user}@ci\n`;
  if (form === 1)
    return `[Interface]\nAddress = 10.0.0.${1 + g.int(250)}/24\nPrivateKey = <paste the private key from wg genkey>\n\n[Peer]\nPublicKey = ${wg}\nAllowedIPs = 0.0.0.0/0\nEndpoint = vpn.example.com:51820\n`;
  if (form === 2) return `${JSON.stringify({ keys: [jwk] }, null, 2)}\n`;
  if (form === 3)
    return `Add this public key to the server:\n\n\`\`\`\nssh-rsa ${rsa} ${user}@host\n\`\`\`\n\nThe fingerprint is SHA256:${g.draw('b64', 43)}.\n`;
  return `$ gcloud compute os-login ssh-keys add --key='ssh-ed25519 ${ed.slice(0, 28)}...${ed.slice(-20)}'\n`;
}

/** Logprobs and tokenizer output: `token` fields holding pieces of words. */
function logprobs(g: Gen): string {
  const pieces = [
    'Hello',
    ' world',
    'Ġconfig',
    ' API',
    '_key',
    'ĠToken',
    ' the',
    'izer',
    '\\n',
    ' secret',
    'Ġpass',
    'word',
  ];
  const content = Array.from({ length: 6 + g.int(20) }, () => {
    const token = g.one(pieces);
    return { token, logprob: -g.int(5000) / 1000, bytes: [...Buffer.from(token)], top_logprobs: [] };
  });
  return `${JSON.stringify({ id: `chatcmpl-${g.draw('alnum', 29)}`, choices: [{ logprobs: { content } }] })}\n`;
}

/** `count` files of each of the kinds (answers, YAML configs, other configs, tool logs, notebooks). */
export function agentOutputs(seed: number, count: number): Record<string, string> {
  const g = generator(seed);
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    files[`answers/answer_${i}.md`] = answer(g);
    files[`configs/config_${i}.yaml`] = yamlConfig(g);
    const [name, text] = otherConfig(g, i % 3);
    files[`configs/${i}/${name}`] = text;
    files[`logs/tool_calls_${i}.jsonl`] = toolLog(g);
    files[`notebooks/analysis_${i}.ipynb`] = notebook(g);
    files[`keys/public_${i}.${['yaml', 'conf', 'json', 'md', 'sh'][i % 5]}`] = publicKeys(g, i % 5);
    files[`logs/logprobs_${i}.json`] = logprobs(g);
  }
  return files;
}

/** A provider key in its documented shape (prefixes spelled in pieces: no scanner of this repo reads a key here). */
function providerKey(g: Gen): string {
  const sk = ['s', 'k'].join('');
  return g.one([
    () => `${sk}-proj-${g.draw('urlsafe', 74)}${['T3Bl', 'bkFJ'].join('')}${g.draw('urlsafe', 74)}`,
    () => `${sk}-ant-api03-${g.draw('urlsafe', 93)}AA`,
    () => `${['gh', 'p_'].join('')}${g.draw('alnum', 36)}`,
    () => `${['gs', 'k_'].join('')}${g.draw('alnum', 52)}`,
    () => `${['AI', 'za'].join('')}Sy${g.draw('urlsafe', 33)}`,
    () => `${['tv', 'ly-'].join('')}${g.draw('alnum', 32)}`,
  ])();
}

/**
 * The twin: the same kinds of files with a key where the references were (an export line, a table cell, a config's
 * value, a tool's output, a notebook's assignment, a WireGuard private key, a key shown before a mark). Every key must
 * be redacted.
 */
export function agentOutputsWithKeys(seed: number, count: number): { files: Record<string, string>; keys: string[] } {
  const g = generator(seed);
  const files: Record<string, string> = {};
  const keys: string[] = [];
  const key = (): string => {
    const k = providerKey(g);
    keys.push(k);
    return k;
  };
  for (let i = 0; i < count; i++) {
    const [p, v] = g.one(PROVIDERS);
    files[`answers/answer_${i}.md`] =
      `# Setting up ${p}\n\n\`\`\`bash\nexport ${v}="${key()}"\n\`\`\`\n\n| Setting | Value |\n| --- | --- |\n| \`${v}\` | ${key()} |\n`;
    files[`configs/config_${i}.yaml`] =
      `agents:\n  - id: a\n    backend:\n      type: openai\n      api_key: ${key()}\n`;
    files[`configs/${i}/settings.json`] = `${JSON.stringify({ apiKey: key(), maxTokens: 512 }, null, 2)}\n`;
    const call = `call_${g.draw('alnum', 24)}`;
    files[`logs/tool_calls_${i}.jsonl`] =
      `${JSON.stringify({ type: 'tool_call', id: call, name: 'bash', arguments: { command: `printenv ${v}` } })}\n` +
      `${JSON.stringify({ type: 'tool_result', id: call, output: key(), exit_code: 0 })}\n`;
    const nb = {
      cells: [{ cell_type: 'code', metadata: {}, outputs: [], source: [`os.environ["${v}"] = "${key()}"\n`] }],
    };
    files[`notebooks/analysis_${i}.ipynb`] = `${JSON.stringify({ ...nb, nbformat: 4, nbformat_minor: 5 }, null, 1)}\n`;
    const wg = `${g.draw('b64', 43)}=`;
    keys.push(wg);
    files[`keys/wg_${i}.conf`] = `[Interface]\nAddress = 10.0.0.${1 + g.int(250)}/24\nPrivateKey = ${wg}\n`;
    const shown = `${['s', 'k'].join('')}-proj-${g.draw('alnum', 14)}`;
    keys.push(shown);
    files[`keys/masked_${i}.sh`] = `$ tool auth add --key='${shown}...${g.draw('alnum', 4)}'\n`;
  }
  return { files, keys };
}
