import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leakedPlacements, randomToken, type Planted } from './helpers/placements.js';

/**
 * The leaks9 placements: a label ending a line with its value on the next (prose wrapped by an editor), a key split
 * into string constants joined where a secret is set, HTML and XML attributes naming the value in another attribute,
 * and masked keys in logs that still show a dozen characters of a prefix-less key. A leak is any 10-character window
 * of the value in the output; every look-alike must come out byte-identical.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 9191));
const tok = randomToken(rand);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const len = (a: number, b: number): number => a + Math.floor(rand() * (b - a + 1));
/** A prefix-less key (Mistral, Cohere, Azure, Deepgram issue such). */
const key = (): string =>
  pick([
    () => tok(CHARSETS.alnum, len(24, 48)),
    () => tok(CHARSETS.alnum, 32),
    () => tok(CHARSETS.hex, 32),
    () => tok(CHARSETS.urlsafe, len(24, 40)),
  ])();
const NAME = (): string => pick(['OPENAI_API_KEY', 'MISTRAL_API_KEY', 'COHERE_API_KEY', 'API_TOKEN', 'GROQ_API_KEY']);
const half = (v: string, i: 0 | 1): string => (i === 0 ? v.slice(0, v.length >> 1) : v.slice(v.length >> 1));
const counts = new Map<string, { planted: number; leaked: number }>();
const leaked = (cat: string, placements: Planted[], n = 6): string[] =>
  leakedPlacements(placements, n, {
    onPlant: (leak) => {
      const c = counts.get(cat) ?? { planted: 0, leaked: 0 };
      counts.set(cat, { planted: c.planted + 1, leaked: c.leaked + Number(leak) });
    },
  });

/**
 * A key the near-label pass reads (32 to 100 letters and digits: Mistral's 32, Cohere's 40, Azure's and Deepgram's
 * hex): a shorter one or one holding `-`/`_` wrapped to the next line is still missed.
 */
const longKey = (): string =>
  pick([() => tok(CHARSETS.alnum, len(32, 48)), () => tok(CHARSETS.alnum, 32), () => tok(CHARSETS.hex, len(32, 40))])();

describe('1. a label ending a line, its value starting the next', () => {
  it('redacts the first token of the next line', () => {
    const missed = leaked('1', [
      [
        'notes.md',
        (v) => `I checked the environment variable; the correct ${NAME()} is\n${v} and it now works.\n`,
        longKey,
      ],
      [
        'notes.md',
        (v) => `After rotating it in the console, the new Mistral API key is\n${v}, use it from now on.\n`,
        longKey,
      ],
      ['answer.md', (v) => `To fix the 401 error, set ${NAME()}=\n${v}\nand restart the server.\n`, longKey],
      ['answer.md', (v) => `Here is what I used:\n\n- api key:\n  ${v}\n- model: mistral-large-latest\n`, longKey],
      ['answer.md', (v) => `**API key:**\n${v}\n`, longKey],
      ['log.txt', (v) => `[agent_a] resolved access token →\n${v}\n`, longKey],
      ['log.txt', (v) => `[agent_b] token ->\n  ${v}\n`, longKey],
      [
        'summary.txt',
        (v) => `They pasted their Cohere key into the chat, which was\n${v}; I advised rotating it.\n`,
        longKey,
      ],
      ['notes.txt', (v) => `Note for later: the secret token we were given is:\r\n${v}\r\n`, longKey],
      ['notes.md', (v) => `> the OpenAI key that works is\n> ${v}\n`, longKey],
      [
        'wrapped.md',
        (v) => `The script failed until I exported the right credential, its value\nbeing ${v}.\n`,
        longKey,
      ],
      ['answer.md', (v) => `Use the following API key:\n\`${v}\`\n`, longKey],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps ordinary words, headings and code after a label', () => {
    assert.deepEqual(
      damaged([
        [
          'notes.md',
          'Before you start, make sure your API key is\nstored in an environment variable, never in code.\n',
        ],
        ['notes.md', '## API key\n\nThe application reads its configuration from environment variables at startup.\n'],
        ['notes.md', '## API key\nConfigurationFromEnvironment is the class that reads it.\n'],
        [
          'app.py',
          'token =\\\n    os.environ["OPENAI_API_KEY"]\napi_key = (\n    os.environ.get("MISTRAL_API_KEY")\n)\n',
        ],
        ['app.py', 'token = (\n    get_access_token_from_environment_or_cache()\n)\n'],
        ['notes.txt', 'The token is\nregenerated every 24 hours by the scheduler.\n'],
        ['notes.txt', 'The cache key is\n3f2b9c1e8a4d4e2f9b7c1d2e3f4a5b6c (a SHA prefix of the prompt).\n'],
        ['notes.txt', 'The key:\ngetUserAccessTokenFromCache returns it.\n'],
        ['openapi.yaml', 'components:\n  securitySchemes:\n    api_key:\n      type: apiKey\n      in: header\n'],
        ['values.yaml', 'secret:\n  name: my-app-secret-credentials\n  key: password\n'],
        ['notes.md', 'Set the token:\n\n```bash\nexport OPENAI_API_KEY="$(cat ~/.openai)"\n```\n'],
        ['notes.md', 'The password is\nsomething you choose when you first set up the account.\n'],
        ['run.log', 'Loaded the token ->\nauthorization_header_from_environment_variable\n'],
        ['notes.md', 'See the API key\nmanagement_console_documentation_page for details.\n'],
        ['log.txt', 'using key\n2024-05-01T10:22:33.123456Z started\n'],
      ]),
      [],
    );
  });
});

describe('2. a key split into string constants', () => {
  it('redacts every part of a concatenation set as a secret', () => {
    const missed = leaked('2', [
      [
        'app.ts',
        (v) =>
          `const a = "${half(v, 0)}";\nconst b = "${half(v, 1)}";\nconst client = new Mistral({ apiKey: a + b });\n`,
        key,
      ],
      [
        'app.js',
        (v) =>
          `const p1 = '${half(v, 0)}'; const p2 = '${half(v, 1)}';\nconst openai = new OpenAI({ apiKey: \`\${p1}\${p2}\` });\n`,
        key,
      ],
      [
        'app.js',
        (v) => `const k1 = "${half(v, 0)}";\nconst k2 = "${half(v, 1)}";\nprocess.env.${NAME()} = k1 + k2;\n`,
        key,
      ],
      ['config.py', (v) => `PART1 = "${half(v, 0)}"\nPART2 = "${half(v, 1)}"\n${NAME()} = PART1 + PART2\n`, key],
      ['config.py', (v) => `p1 = '${half(v, 0)}'\np2 = '${half(v, 1)}'\nos.environ["${NAME()}"] = f"{p1}{p2}"\n`, key],
      ['config.py', (v) => `a = "${half(v, 0)}"\nb = "${half(v, 1)}"\napi_key = "".join([a, b])\n`, key],
      ['main.py', (v) => `x = "${half(v, 0)}"\ny = "${half(v, 1)}"\nclient = Mistral(api_key=x + y)\n`, key],
      ['run.sh', (v) => `A="${half(v, 0)}"\nB="${half(v, 1)}"\nexport ${NAME()}="$A$B"\n`, key],
      ['run.sh', (v) => `K1=${half(v, 0)}\nK2=${half(v, 1)}\n${NAME()}="\${K1}\${K2}" python app.py\n`, key],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps concatenations of names, urls and reads of the environment', () => {
    assert.deepEqual(
      damaged([
        [
          'app.js',
          'const base = "https://api.mistral.ai";\nconst path = "/v1/chat/completions";\nconst url = base + path;\n',
        ],
        [
          'app.js',
          'const first = "getUserAccessToken";\nconst second = "FromCacheOrRefresh";\nconst token = first + second;\n',
        ],
        ['config.py', 'prefix = "sk-"\nAPI_KEY = prefix + os.environ["OPENAI_SUFFIX"]\n'],
        ['config.py', 'user = "alice"\nhost = "db.internal.example.com"\nDB_PASSWORD = user + "@" + host\n'],
        [
          'config.py',
          'ns = "projects/my-project"\nname = "/secrets/openai-api-key/versions/latest"\nsecret_name = ns + name\n',
        ],
        [
          'run.sh',
          'BASE="/opt/app"\nNAME="config"\nexport API_KEY_FILE="$BASE/$NAME"\nexport TOKEN="$(cat ~/.token)"\n',
        ],
        [
          'app.ts',
          'const scope = "read:messages";\nconst aud = "https://api.example.com";\nconst token = scope + aud;\n',
        ],
        [
          'app.ts',
          'const a = "3f2b9c1e-8a4d-4e2f";\nconst b = "9b7c-1d2e3f4a5b6c";\nconst cacheKey = a + b;\nconst id = a + b;\n',
        ],
      ]),
      [],
    );
  });
});

describe('3. HTML and XML attributes', () => {
  it('redacts a value whose name is another attribute', () => {
    const missed = leaked('3', [
      ['index.html', (v) => `<meta content="${v}" name="api-token">\n`, key],
      ['index.html', (v) => `<meta name="mistral-api-key" content="${v}">\n`, key],
      ['index.html', (v) => `<input type="hidden" value="${v}" name="api_key">\n`, key],
      ['index.html', (v) => `<input name="api_key" type="hidden" value="${v}" />\n`, key],
      ['index.html', (v) => `<div id="app" data-api-key="${v}"></div>\n`, key],
      ['index.html', (v) => `<script src="/widget.js" data-token='${v}' defer></script>\n`, key],
      ['App.config', (v) => `<appSettings>\n  <add key="OpenAIApiKey" value="${v}" />\n</appSettings>\n`, key],
      ['App.config', (v) => `<appSettings>\n  <add value="${v}" key="MistralApiKey"/>\n</appSettings>\n`, key],
      ['settings.xml', (v) => `<setting name="api_key" serializeAs="String" value="${v}"/>\n`, key],
      ['beans.xml', (v) => `<property value="${v}" name="secretToken"/>\n`, key],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps metadata, placeholders, templates and urls', () => {
    assert.deepEqual(
      damaged([
        ['index.html', '<meta content="width=device-width, initial-scale=1" name="viewport">\n'],
        ['index.html', '<input type="password" name="api_key" placeholder="Enter your API key" value="">\n'],
        [
          'index.html',
          '<input name="api_key" value="{{ api_key }}">\n<meta name="api-token" content="${API_TOKEN}">\n',
        ],
        ['index.html', '<div data-api-key-field="true" data-testid="api-key-input-field-container"></div>\n'],
        ['index.html', '<meta name="description" content="Store your API key safely in the vault">\n'],
        ['index.html', '<input name="token_type" value="Bearer"><input name="api_key_label" value="production-key">\n'],
        ['App.config', '<add key="ApiBaseUrl" value="https://api.example.com/v1/chat/completions" />\n'],
        ['App.config', '<add value="ApiKeyAuthenticationHandler" key="AuthHandler"/>\n'],
        ['index.html', '<meta name="generator" content="Hugo 0.121.1"><meta name="theme-color" content="#1f2937">\n'],
      ]),
      [],
    );
  });
});

describe('4. a masked key that still shows a dozen characters', () => {
  it('redacts the characters shown after a secret name', () => {
    const shown = (): string => tok(CHARSETS.alnum, len(10, 16));
    const missed = leaked('4', [
      ['run.log', (v) => `Using ${NAME()}=${v}... (32 chars)\n`, shown],
      ['run.log', (v) => `INFO loaded ${NAME()}: ${v}…\n`, shown],
      ['run.log', (v) => `api_key='${v}...'\n`, shown],
      ['run.log', (v) => `${NAME()}=${v}****************\n`, shown],
      ['run.log', (v) => `[config] MISTRAL_API_KEY set (${v}...)\n`, shown],
      ['run.log', (v) => `token: ${v}...${tok(CHARSETS.alnum, 4)}\n`, shown],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps placeholders, masks and ellipses after names', () => {
    assert.deepEqual(
      damaged([
        ['run.log', 'Using model gpt-4o-mini-2024... (128k ctx)\nOPENAI_API_KEY=sk-...\n'],
        ['run.log', 'API_KEY=your-api-k...\nMISTRAL_API_KEY=xxxxxxxxxxxx...\n'],
        ['run.log', 'api_key: <your key>...\nLoading tokenizer... done\n'],
        ['run.log', 'key: projects/my-proj...\nOPENAI_API_KEY=${OPENAI_API_KEY:0:8}...\n'],
        ['run.log', 'OPENAI_API_KEY=sk-…abcd\nAPI_TOKEN=********************\n'],
        ['run.log', 'token: abcdefghijkl...\nAPI_KEY=placeholder_value...\n'],
      ]),
      [],
    );
  });
});

process.on('exit', () => {
  const rows = [...counts].map(([c, { planted, leaked: l }]) => `${c}: ${l}/${planted}`);
  if (rows.length > 0) console.log(`leaks9 leaked/planted: ${rows.join(', ')}`);
});
