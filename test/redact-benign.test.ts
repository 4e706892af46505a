/**
 * Category 8 of issue 11: false positives and broken files. Text that sits where a secret would
 * but holds none must come out byte for byte: every source, bundle, lockfile, package.json,
 * README, type declaration and source map of the project's own node_modules; real minified
 * bundles (made here with esbuild from installed packages); hand-made notebooks, Python, JS and
 * YAML that refer to keys without holding them; README placeholders; pagination cursors. Where a
 * real key is planted, only that key changes and the file still parses.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import vm from 'node:vm';
import { buildSync } from 'esbuild';
import YAML from 'yaml';
import { Redactor } from '../src/core/redact/redactor.js';
import { REPO } from './helpers/env.js';
import { CHARSETS, fakeSecrets, leaks, rng } from './helpers/fake-secrets.js';

const seed = Number(process.env.REDACT_SEED ?? 20261125) + 29;
const secrets = fakeSecrets(seed);
const rand = rng(seed * 3 + 1);
const random = (set: keyof typeof CHARSETS, n: number): string =>
  Array.from({ length: n }, () => CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)]).join('');
const redactor = new Redactor();

/** The file through the streaming filter, as an export redacts it (in 64 KiB writes). */
function redactFile(rel: string, text: string): string {
  const f = redactor.filter({ rel });
  let out = '';
  for (let i = 0; i < text.length; i += 65536) out += f.write(text.slice(i, i + 65536));
  return out + f.end();
}

/** The changed strings: each run of output that differs, with some context (empty when nothing changed). */
function changes(before: string, after: string): string[] {
  if (before === after) return [];
  const out: string[] = [];
  for (const m of after.matchAll(/\[REDACTED:[^\]]*\]/g))
    out.push(after.slice(Math.max(0, m.index - 50), m.index + m[0].length + 10));
  return out.length > 0 ? out : ['(changed without a placeholder)'];
}

/** True if the JavaScript parses: as a script, else as an ES module (`node --check`, which only parses). */
function parsesAsJs(src: string): boolean {
  try {
    new vm.Script(src);
    return true;
  } catch {
    // not a script: maybe a module
  }
  try {
    execFileSync(process.execPath, ['--input-type=module', '--check'], {
      input: src,
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    return true;
  } catch {
    return false;
  }
}

function parses(rel: string, text: string): boolean {
  try {
    if (/\.(?:json|ipynb|map)$/.test(rel)) JSON.parse(text);
    else if (/\.ya?ml$/.test(rel))
      YAML.parseAllDocuments(text).forEach((d) => {
        if (d.errors[0]) throw d.errors[0];
      });
    else if (/\.[cm]?js$/.test(rel)) return parsesAsJs(text);
    return true;
  } catch {
    return false;
  }
}

function walk(dir: string, out: string[]): string[] {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) walk(p, out);
    else if (d.isFile() && /\.(?:[cm]?js|json|d\.[cm]?ts|md|ya?ml|map)$/.test(d.name)) out.push(p);
  }
  return out;
}

/** Real minified bundles of installed packages (esbuild, as a site's build would make them). */
function minifiedBundles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, entry, format] of [
    ['yaml.min.js', 'node_modules/yaml/dist/index.js', 'iife'],
    ['fast-check.min.js', 'node_modules/fast-check/lib/fast-check.js', 'esm'],
    ['yargs.min.js', 'node_modules/yargs/index.cjs', 'iife'],
    ['prompts.min.js', 'node_modules/prompts/index.js', 'iife'],
  ] as const) {
    const r = buildSync({
      entryPoints: [path.join(REPO, entry)],
      bundle: true,
      minify: true,
      write: false,
      platform: 'node',
      format,
      logLevel: 'silent',
    });
    out[name] = r.outputFiles[0]!.text;
  }
  return out;
}

describe("the project's own node_modules come out unchanged", () => {
  it('every source, bundle, lockfile, package.json, README, declaration and source map (0 changed strings)', () => {
    const files = walk(path.join(REPO, 'node_modules'), []).concat(
      path.join(REPO, 'package-lock.json'),
      path.join(REPO, 'package.json'),
    );
    assert.ok(files.length > 500, `${files.length} files`);
    const damaged: string[] = [];
    let bytes = 0;
    for (const file of files) {
      const rel = path.relative(REPO, file);
      if (statSync(file).size > 12 * 1024 * 1024) continue;
      const text = readFileSync(file, 'utf8');
      bytes += text.length;
      const out = redactFile(rel, text);
      // secretlint's rule pack carries sample secrets of its own: they may go, the file must still parse.
      if (rel.includes('@secretlint/')) {
        if (out !== text && parses(rel, text)) assert.ok(parses(rel, out), `${rel} no longer parses`);
        continue;
      }
      for (const c of changes(text, out)) damaged.push(`${rel}: ${JSON.stringify(c)}`);
    }
    assert.ok(bytes > 10 * 1024 * 1024, `${bytes} characters`);
    assert.deepEqual(damaged.slice(0, 40), [], `${damaged.length} damaged strings`);
  });

  it('real minified bundles: unchanged, and still parse', () => {
    for (const [name, src] of Object.entries(minifiedBundles())) {
      assert.ok(parsesAsJs(src), `${name} parses before`);
      const out = redactFile(`workspace/dist/${name}`, src);
      assert.deepEqual(changes(src, out), [], name);
      // The same bundle inside a log line, as JSON (an agent read the file): unchanged too.
      const asJson = JSON.stringify({ tool: 'read_file', path: `dist/${name}`, content: src.slice(0, 200_000) });
      assert.deepEqual(changes(asJson, redactFile('agent_outputs/trace.jsonl', asJson)), [], `${name} in JSON`);
    }
  });

  it('a bundle with real keys planted: only the keys change, and it still parses', () => {
    const bundles = minifiedBundles();
    const anthropic = secrets.find((s) => s.family === 'anthropic')!.value;
    const ghp = secrets.find((s) => s.family === 'github-classic')!.value;
    const azure = secrets.find((s) => s.family === 'azure-openai')!.value;
    for (const [name, src] of Object.entries(bundles)) {
      const esc = `\\u${anthropic.charCodeAt(0).toString(16).padStart(4, '0')}${anthropic.slice(1)}`;
      const planted = `var __cfg={apiKey:"${esc}",token:'${ghp}',headers:{"api-key":"${azure}"},password:e.password,secret:t?.secret??n.secret};\n${src}`;
      assert.ok(parsesAsJs(planted), `${name} with keys parses before`);
      const out = redactFile(`workspace/dist/${name}`, planted);
      assert.deepEqual(
        leaks(out, [
          { family: 'a', value: anthropic, context: '' },
          { family: 'g', value: ghp, context: '' },
          { family: 'z', value: azure, context: '' },
        ]),
        [],
        name,
      );
      assert.ok(parsesAsJs(out), `${name} with keys redacted parses: ${out.slice(0, 300)}`);
      assert.ok(out.endsWith(src), `${name}: the bundle after the planted line is unchanged`);
      assert.match(
        out,
        /^var __cfg=\{apiKey:"\[REDACTED:[a-z-]+\]",token:'\[REDACTED:[a-z-]+\]',headers:\{"api-key":"\[REDACTED:[a-z:-]+\]"\},password:e\.password,secret:t\?\.secret\?\?n\.secret\};\n/,
      );
    }
  });
});

/** Hand-made files that mention keys without holding them. */
function handMade(): Record<string, string> {
  const cursor = (): string => random('urlsafe', 48);
  const notebook = {
    cells: [
      {
        cell_type: 'markdown',
        metadata: {},
        source: ['# Setup\n', 'Set `OPENAI_API_KEY` (e.g. `sk-...`) or paste `your-api-key-here` below.\n'],
      },
      {
        cell_type: 'code',
        execution_count: 1,
        metadata: {},
        outputs: [],
        source: [
          'import os, getpass\n',
          'from openai import OpenAI\n',
          'api_key = os.environ.get("OPENAI_API_KEY")\n',
          'anthropic_api_key = os.getenv("ANTHROPIC_API_KEY", "")\n',
          "openai_api_key = userdata.get('OPENAI_API_KEY')\n",
          'os.environ["OPENAI_API_KEY"] = getpass.getpass("key: ")\n',
          'client = OpenAI(api_key=openai_api_key)\n',
          'claude = Anthropic(api_key=anthropic_api_key, base_url=settings.base_url)\n',
          'token = os.environ["HF_TOKEN"]\n',
          'password = self.password\n',
          'db = connect(password=config.DB_PASSWORD, user="app")\n',
        ],
      },
      {
        cell_type: 'code',
        execution_count: 2,
        metadata: {},
        source: [
          'resp = service.files().list(pageToken=page_token).execute()\n',
          'page_token = resp.get("nextPageToken")\n',
        ],
        outputs: [
          {
            output_type: 'stream',
            name: 'stdout',
            text: [`{"files": [], "nextPageToken": "${cursor()}"}\n`, `next_page_token: ${cursor()}\n`],
          },
          {
            output_type: 'error',
            ename: 'AuthenticationError',
            evalue: 'Incorrect API key provided: your-api-key-here',
            traceback: [
              '\u001b[0;31m---------------------------------------------------------------------------\u001b[0m',
              '\u001b[0;31mAuthenticationError\u001b[0m: Error code: 401 - api_key=os.environ.get(\u001b[39m\u001b[38;5;124m"\u001b[39m\u001b[38;5;124mOPENAI_API_KEY\u001b[39m\u001b[38;5;124m"\u001b[39m)',
            ],
          },
          {
            output_type: 'display_data',
            metadata: {},
            data: { 'image/png': random('b64', 2000) + '==', 'text/plain': ['<Figure size 640x480 with 1 Axes>'] },
          },
        ],
      },
    ],
    metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return {
    'workspace/analysis.ipynb': JSON.stringify(notebook, null, 1),
    'workspace/app.py': [
      'import os',
      'from litellm import completion',
      '',
      'class Client:',
      '    def __init__(self, api_key=None, token=None, password=None):',
      '        self.api_key = api_key or os.environ.get("OPENAI_API_KEY")',
      '        self.token = token',
      '        self.password = password',
      '',
      '    def login(self):',
      '        return connect(user=self.user, password=self.password, token=self.token)',
      '',
      'API_KEY = os.getenv("MISTRAL_API_KEY", "your-mistral-key")',
      'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]',
      'api_key=settings.OPENAI_API_KEY',
      'headers = {"Authorization": f"Bearer {token}", "x-api-key": api_key}',
      'response = completion(model="gpt-4o", api_key=os.environ["OPENAI_API_KEY"])',
      'access_token = credentials.get_access_token().access_token',
      'refresh_token = response.json()["refresh_token"]',
      '',
    ].join('\n'),
    'workspace/src/client.ts': [
      "import OpenAI from 'openai';",
      'export const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, baseURL: config.baseUrl });',
      'export function auth(opts: Options) {',
      '  const apiKey = opts.apiKey ?? process.env.ANTHROPIC_API_KEY;',
      '  const token = this.token || getToken();',
      '  const password: string = options.password;',
      '  const secret = await secretManager.getSecret(secretName);',
      '  return { apiKey: config.apiKey, token: this.token, accessToken: session?.accessToken, headers: { Authorization: `Bearer ${token}` } };',
      '}',
      'const env = { OPENAI_API_KEY: import.meta.env.VITE_OPENAI_API_KEY };',
      '',
    ].join('\n'),
    'workspace/dist/app.min.js':
      '!function(e,t){"use strict";var n={apiKey:t.apiKey,token:e.token,password:null,accessToken:r.accessToken||i.getItem("access_token"),secret:e.secret};function o(e){return e.apiKey=e.apiKey||n.apiKey,e.token=e.token?e.token:t.token,e}var a=function(e){var t=e.refreshToken,n=e.idToken;return{token:t,idToken:n,cancellationToken:e.cancellationToken}};e.exports={init:o,auth:a,cfg:{apiKey:process.env.OPENAI_API_KEY}}}(module,{});\n',
    '.github/workflows/ci.yml': [
      'name: ci',
      'on: [push]',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    env:',
      '      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}',
      '      GITHUB_TOKEN: ${{secrets.GITHUB_TOKEN}}',
      '      DB_PASSWORD: ${{ secrets.DB_PASSWORD }}',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '        with:',
      '          token: ${{ secrets.PAT }}',
      '      - run: npm test',
      '',
    ].join('\n'),
    'workspace/litellm_config.yaml': [
      'model_list:',
      '  - model_name: gpt-4o',
      '    litellm_params:',
      '      model: openai/gpt-4o',
      '      api_key: os.environ/OPENAI_API_KEY',
      '  - model_name: azure',
      '    litellm_params:',
      '      model: azure/gpt-4o',
      '      api_key: "os.environ/AZURE_API_KEY"',
      '      api_base: os.environ/AZURE_API_BASE',
      'general_settings:',
      '  master_key: os.environ/LITELLM_MASTER_KEY',
      '',
    ].join('\n'),
    'workspace/docker-compose.yml': [
      'services:',
      '  db:',
      '    image: postgres:16',
      '    environment:',
      '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}',
      '      POSTGRES_USER: app',
      '  api:',
      '    environment:',
      '      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app',
      '      SECRET_KEY: ${SECRET_KEY:-change-me}',
      '      API_TOKEN: $API_TOKEN',
      '',
    ].join('\n'),
    'workspace/README.md': [
      '# Setup',
      '',
      '```bash',
      'export OPENAI_API_KEY=sk-...',
      'export OPENAI_API_KEY=your-api-key-here',
      'export ANTHROPIC_API_KEY=<YOUR_KEY>',
      'export GROQ_API_KEY=xxxx',
      `export OPENAI_API_KEY=${'s' + 'k'}-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`,
      `export ANTHROPIC_API_KEY=${'s' + 'k'}-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `export GITHUB_TOKEN=${'gh' + 'p'}_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `AWS_ACCESS_KEY_ID=${'AK' + 'IA'}IOSFODNN7EXAMPLE`,
      'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'curl -H "Authorization: Bearer <token>" -H "x-api-key: $ANTHROPIC_API_KEY" https://api.example.test',
      'curl -H "Authorization: Bearer YOUR_ACCESS_TOKEN" https://api.example.test',
      'DATABASE_URL=postgres://user:password@localhost:5432/db',
      'api_key: "your_api_key_here"',
      'password: ********',
      'token: <your-token>',
      '```',
      '',
      'Then `client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])`.',
      '',
    ].join('\n'),
    'workspace/.env.example': [
      'OPENAI_API_KEY=your-openai-api-key',
      'ANTHROPIC_API_KEY=',
      'DB_PASSWORD=changeme',
      'SECRET_KEY=<generate-one>',
      'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      '',
    ].join('\n'),
    'workspace/main.go':
      'package main\n\nfunc main() {\n\tapiKey := os.Getenv("OPENAI_API_KEY")\n\tcfg := Config{APIKey: os.Getenv("ANTHROPIC_API_KEY"), Token: viper.GetString("token")}\n\t_ = cfg\n}\n',
    'workspace/src/lib.rs':
      'let api_key = std::env::var("OPENAI_API_KEY").expect("set it");\nlet token = config.token.clone();\n',
    'workspace/App.java':
      'String apiKey = System.getenv("OPENAI_API_KEY");\nString password = props.getProperty("db.password");\n',
    'workspace/Program.cs':
      'var apiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY");\nvar secret = configuration["OpenAI:ApiKey"];\n',
    'workspace/app.rb': 'api_key = ENV["OPENAI_API_KEY"]\ntoken = ENV.fetch("GITHUB_TOKEN")\n',
    'workspace/index.php': "<?php\n$apiKey = getenv('OPENAI_API_KEY');\n$password = $_ENV['DB_PASSWORD'];\n",
    'workspace/main.tf':
      'resource "aws_db_instance" "db" {\n  password = var.db_password\n  username = local.db_user\n}\n',
    'agent_outputs/search.json': JSON.stringify(
      {
        results: [{ title: 'x', url: 'https://example.test/a?page=2' }],
        nextPageToken: cursor(),
        next_page_token: cursor(),
        pagination: {
          cursor: cursor(),
          next_cursor: cursor(),
          continuation: cursor(),
          continuationToken: cursor(),
          NextContinuationToken: cursor(),
          nextToken: cursor(),
          page_token: cursor(),
          syncToken: cursor(),
        },
      },
      null,
      2,
    ),
    'agent_outputs/trace.log': [
      `10:15:02 | INFO | list_files -> {"nextPageToken": "${cursor()}", "files": 20}`,
      `10:15:03 | DEBUG | response.next_page_token=${cursor()}`,
      `10:15:03 | DEBUG | \u001b[2mcursor=${cursor()}\u001b[0m continuation: ${cursor()}`,
      '10:15:04 | INFO | tool call: {"code": "api_key = os.environ.get(\\"OPENAI_API_KEY\\")\\nclient = OpenAI(api_key=api_key)"}',
      '10:15:05 | INFO | wrote src/client.ts: apiKey: process.env.OPENAI_API_KEY, token: this.token',
      '',
    ].join('\n'),
  };
}

describe('hand-made files that mention keys come out unchanged', () => {
  const files = handMade();
  for (const [rel, text] of Object.entries(files)) {
    it(rel, () => {
      assert.ok(parses(rel, text), `${rel} parses before`);
      const out = redactFile(rel, text);
      assert.deepEqual(changes(text, out), []);
    });
  }

  it('a notebook with a real key planted: only the key changes, and it stays a notebook', () => {
    const key = secrets.find((s) => s.family === 'openai-project')!.value;
    const nb = JSON.parse(files['workspace/analysis.ipynb']!) as { cells: { source: string[] }[] };
    nb.cells[1]!.source.push(`os.environ["OPENAI_API_KEY"] = "${key}"\n`);
    const text = JSON.stringify(nb, null, 1);
    const out = redactFile('workspace/analysis.ipynb', text);
    assert.deepEqual(leaks(out, [{ family: 'k', value: key, context: '' }]), []);
    const parsed = JSON.parse(out) as { cells: { source: string[] }[] };
    assert.equal(parsed.cells[1]!.source.at(-1), 'os.environ["OPENAI_API_KEY"] = "[REDACTED:openai-api-key]"\n');
    assert.equal(out.replace(/\[REDACTED:openai-api-key\]/, key), text);
  });
});

describe('values that are still secrets', () => {
  it('are redacted next to the look-alikes above', () => {
    const pw = random('alnum', 24);
    const cases = [
      `password: ${pw}`,
      `api_key = "${pw}"`,
      `"token": "${pw}"`,
      `API_KEY=${pw}`,
      `apiKey: "${pw}",`,
      `export SECRET_KEY=${pw}`,
    ];
    for (const c of cases) assert.equal(redactor.redactString(c).includes(pw), false, c);
    // In source code a bare identifier is a variable; a quoted value is data.
    assert.equal(redactFile('app.py', `api_key = "${pw}"\n`).includes(pw), false);
    assert.equal(redactFile('app.js', `const cfg = { apiKey: '${pw}' };\n`).includes(pw), false);
  });
});

describe('shell variable references are not values', () => {
  const redactor = new Redactor();
  it('`${NAME:-default}` and a `$NAME` closed by a backtick or quote stay as written', () => {
    const lines = [
      'DB_PASSWORD="${DB_PASSWORD:-postgres}"',
      'export API_TOKEN="${API_TOKEN:=fallback-value-here}"',
      ': "${ANTHROPIC_API_KEY:?set it first}"',
      'Refresh with `grant_type=refresh_token&refresh_token=$REFRESH_TOKEN`; the access token lasts 3600 s.',
      "curl -d 'client_secret=$CLIENT_SECRET' https://auth.example.test/token",
    ];
    for (const line of lines) assert.equal(redactor.redactString(line), line);
  });
  it('a real value under the same names is still redacted', () => {
    const r = rng(31);
    const value = Array.from({ length: 28 }, () => CHARSETS.alnum[Math.floor(r() * CHARSETS.alnum.length)]).join('');
    for (const line of [`DB_PASSWORD="${value}"`, `refresh_token=${value}\``, `export API_TOKEN=${value}`]) {
      assert.ok(!redactor.redactString(line).includes(value.slice(5, 15)), line);
    }
  });
});
