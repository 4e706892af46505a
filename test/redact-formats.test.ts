import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import YAML from 'yaml';
import { isSecretKey, judgeAssignment } from '../src/core/redact/key-names.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { runCli, tempDir } from './helpers/env.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { attemptTree, under, writeTree } from './helpers/session-builder.js';

/**
 * Category 3 (formats the key-name layer did not read) and 4 (key names not treated as secret):
 * each case plants a prefix-less random value (no provider shape can catch it) in a realistic
 * file, and a look-alike of the same format that must come out byte-identical.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 4242));
const body = (n: number, set: keyof typeof CHARSETS = 'alnum'): string => {
  let s = '';
  while (s.length < n) s += CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)];
  // At least one digit, one lower and one upper case letter, as real keys have.
  return set === 'alnum' ? `${s.slice(0, n - 3)}7qK` : s;
};
const v = (): string => body(32);

interface Case {
  name: string;
  file: string;
  secret: string;
  text: string;
  keep: string;
  parse?: (out: string) => void;
}

const cases = (): Case[] => {
  const s = Array.from({ length: 59 }, v);
  s.push(body(40, 'hex'));
  // Shorter than the 8 characters the key-name layer asks of a value: only the command's format says it is a password.
  const short = `${body(7, 'alnum').slice(0, 5)}9Z`;
  const b64 = (x: string): string => Buffer.from(x).toString('base64');
  const nb = (lines: string[]): string =>
    JSON.stringify({ cells: [{ cell_type: 'code', source: lines, outputs: [] }], nbformat: 4 }, null, 1);
  return [
    {
      name: 'YAML literal block',
      file: 'config.yaml',
      secret: s[0]!,
      text: `backend:\n  type: mistral\n  api_key: |\n    ${s[0]}\n  model: mistral-large\n`,
      keep: `description: |\n  The api key goes in .env and\n  is read at startup.\nmodel: x\n`,
      parse: (o) => assert.equal(YAML.parse(o).backend.model, 'mistral-large'),
    },
    {
      name: 'YAML folded block, split over lines',
      file: 'x.yml',
      secret: s[1]!,
      text: `db:\n  password: >-\n    ${s[1]!.slice(0, 16)}\n    ${s[1]!.slice(16)}\n  host: db.internal\n`,
      keep: `api_key: |\n  \${OPENAI_API_KEY}\n`,
      parse: (o) => assert.equal(YAML.parse(o).db.host, 'db.internal'),
    },
    {
      name: 'YAML block in a list item',
      file: 'x.yaml',
      secret: s[2]!,
      text: `agents:\n  - token: |-\n      ${s[2]}\n    id: a\n`,
      keep: `steps:\n  - run: |\n      npm ci\n      npm test\n`,
      parse: (o) => assert.equal(YAML.parse(o).agents[0].id, 'a'),
    },
    {
      name: 'os.environ[...] = ',
      file: 'run.py',
      secret: s[3]!,
      text: `import os\nos.environ["MISTRAL_API_KEY"] = "${s[3]}"\n`,
      keep: `os.environ["LOG_LEVEL"] = "debug-verbose"\n`,
    },
    {
      name: 'os.environ.setdefault',
      file: 'run.py',
      secret: s[4]!,
      text: `os.environ.setdefault("COHERE_API_KEY", '${s[4]}')\n`,
      keep: `os.environ.setdefault("MODEL_NAME", "command-r-plus-08-2024")\n`,
    },
    {
      name: 'os.getenv default',
      file: 'run.py',
      secret: s[5]!,
      text: `key = os.getenv("MISTRAL_API_KEY", "${s[5]}")\n`,
      keep: `model = os.getenv("MODEL_NAME", "gpt-4o-mini-2024-07-18")\n`,
    },
    {
      name: 'os.environ.get default',
      file: 'run.py',
      secret: s[6]!,
      text: `tok = os.environ.get("SERVICE_TOKEN", "${s[6]}")\n`,
      keep: `tok = os.environ.get("SERVICE_TOKEN")\n`,
    },
    {
      name: '.ipynb cells',
      file: 'nb.ipynb',
      secret: s[7]!,
      text: nb(['import os\n', `os.environ["X_API_KEY"] = "${s[7]}"\n`, `k = os.getenv("OTHER_API_KEY", "${s[7]}")`]),
      keep: nb(['import os\n', 'k = os.getenv("MODEL", "gpt-4o-mini-2024-07-18")']),
      parse: (o) => assert.equal(JSON.parse(o).nbformat, 4),
    },
    {
      name: 'curl -u',
      file: 'trace.log',
      secret: s[8]!,
      text: `$ curl -s -u massgen:${s[8]} https://api.example.test/v1\n`,
      keep: `docker run -u 1000:1000 img && curl -u "$USER:$TOKEN" https://x.test\n`,
    },
    {
      name: 'curl --user',
      file: 'trace.log',
      secret: s[9]!,
      text: `curl --user 'bot:${s[9]}' https://x.test\n`,
      keep: `curl --user "$CREDS" https://x.test\n`,
    },
    {
      name: 'mysql -pPW',
      file: 'run.sh',
      secret: short,
      text: `mysql -h db -u root -p${short} runs\n`,
      keep: `mysql -u root -p runs\nmysql -P 3306 -h db\n`,
    },
    {
      name: 'mysql --password=PW',
      file: 'run.sh',
      secret: short,
      text: `mysqldump --password=${short} runs > x.sql\n`,
      keep: `mysqldump --password runs\n`,
    },
    {
      name: 'redis://:pw@',
      file: '.env.example.txt',
      secret: s[10]!,
      text: `REDIS_URL=redis://:${s[10]}@cache:6379/0\n`,
      keep: `REDIS_URL=redis://localhost:6379/0\n`,
    },
    {
      name: 'rediss amqp mongodb+srv with empty user',
      file: 'x.log',
      secret: s[11]!,
      text: `rediss://:${s[11]}@c:6380 amqp://:${s[11]}@mq mongodb+srv://:${s[11]}@c.mongodb.net/db\n`,
      keep: `amqp://guest@mq:5672/\n`,
    },
    {
      name: 'Markdown table',
      file: 'README.md',
      secret: s[12]!,
      text: `| Variable | Value |\n|---|---|\n| MISTRAL_API_KEY | \`${s[12]}\` |\n| model | mistral-large |\n`,
      keep: `| Setting | Value |\n|---|---|\n| max_tokens | 4096 |\n| api_key | see .env |\n`,
    },
    {
      name: 'PowerShell Get-ChildItem env:',
      file: 'out.txt',
      secret: s[13]!,
      text: `Name                           Value\n----                           -----\nMISTRAL_API_KEY                ${s[13]}\nPATH                           C:\\Windows\n`,
      keep: `NUMBER_OF_PROCESSORS           8\nUSERNAME                       massgen-runner\n`,
    },
    {
      name: 'XML element',
      file: 'settings.xml',
      secret: s[14]!,
      text: `<settings>\n  <ApiKey>${s[14]}</ApiKey>\n  <password>${s[14]}</password>\n</settings>\n`,
      keep: `<settings><Timeout>30</Timeout><KeyName>primary-signing</KeyName></settings>\n`,
    },
    {
      name: '.NET appSettings',
      file: 'App.config',
      secret: s[15]!,
      text: `<appSettings>\n  <add key="OpenAIApiKey" value="${s[15]}" />\n</appSettings>\n`,
      keep: `<appSettings><add key="MaxRetries" value="5" /><add key="Endpoint" value="https://api.example.test/v1" /></appSettings>\n`,
    },
    {
      name: '.NET connectionString',
      file: 'App.config',
      secret: s[16]!,
      text: `<add name="db" connectionString="Server=db;User Id=sa;Password=${s[16]};" />\n`,
      keep: `<add name="db" connectionString="Server=db;Integrated Security=true;" />\n`,
    },
    {
      name: 'Go :=',
      file: 'main.go',
      secret: s[17]!,
      text: `\tapiKey := "${s[17]}"\n`,
      keep: `\tapiKey := os.Getenv("OPENAI_API_KEY")\n`,
    },
    {
      name: 'JS const',
      file: 'a.ts',
      secret: s[18]!,
      text: `const apiKey = "${s[18]}";\n`,
      keep: `const apiKey = process.env.OPENAI_API_KEY;\n`,
    },
    {
      name: 'Dockerfile ENV (both forms), ARG, docker -e',
      file: 'Dockerfile',
      secret: s[19]!,
      text: `ENV API_KEY=${s[19]}\nENV SERVICE_TOKEN ${s[19]}\nARG BUILD_SECRET=${s[19]}\nRUN docker run -e API_KEY=${s[19]} img\n`,
      keep: `ENV NODE_ENV production\nARG VERSION=1.2.3\n`,
    },
    {
      name: 'TOML, INI, properties, HCL',
      file: 'x.toml',
      secret: s[20]!,
      text: `[openai]\napi_key = "${s[20]}"\n[db]\npassword=${s[20]}\nopenai.api.key=${s[20]}\nresource "x" { api_key = "${s[20]}" }\n`,
      keep: `[openai]\nmodel = "gpt-5"\nmax_tokens = 4096\n`,
    },
    {
      name: 'header lines and set -x traces',
      file: 'trace.log',
      secret: s[21]!,
      text: `X-Api-Key: ${s[21]}\n+ export MISTRAL_API_KEY=${s[21]}\n++ SERVICE_TOKEN=${s[21]}\n`,
      keep: `+ export PATH=/usr/local/bin:/usr/bin\n`,
    },
    // Category 4: key names.
    {
      name: 'names ending in KEY',
      file: '.env.txt',
      secret: s[22]!,
      text: `AZURE_OPENAI_KEY=${s[22]}\nMISTRAL_KEY=${s[22]}\n`,
      keep: `SORT_KEY=created_at\nPRIMARY_KEY=id\n`,
    },
    {
      name: 'cohere_key and a bare "key" with a random value',
      file: 'x.json',
      secret: s[23]!,
      text: `{"cohere_key": "${s[23]}", "key": "${s[23]}"}\ncohere_key: ${s[23]}\n`,
      keep: `{"key": "Enter", "keys": ["a", "b"], "primary_key": "id"}\n- key: color_scheme\n  value: blue\n`,
    },
    {
      name: 'key, api_key and access_token in URLs',
      file: 'x.log',
      secret: s[24]!,
      text: `GET https://api.example.test/v1/search?key=${s[24]}&q=1\nGET /x?a=1&api_key=${s[24]}\nGET /cb?access_token=${s[24]}&state=2\n`,
      keep: `GET https://docs.example.test/guide?page=2&sort=asc&key=value\n`,
    },
    {
      name: 'Azure SAS sig',
      file: 'x.log',
      secret: s[25]!.slice(0, 20),
      text: `https://acct.blob.core.windows.net/c/b.png?sv=2022-11-02&ss=b&sp=r&sig=${s[25]!.slice(0, 20)}%2B${s[25]!.slice(20)}%3D\n`,
      keep: `https://acct.blob.core.windows.net/c/b.png?sv=2022-11-02&ss=b&sp=r\n`,
    },
    {
      name: 'Ocp-Apim-Subscription-Key, xi-api-key',
      file: 'x.log',
      secret: s[26]!,
      text: `Ocp-Apim-Subscription-Key: ${s[26]}\nxi-api-key: ${s[26]}\n`,
      keep: `Ocp-Apim-Trace: true\n`,
    },
    {
      name: 'docker config auth',
      file: 'config.json',
      secret: b64(`massgen:${s[27]}`),
      text: JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth: b64(`massgen:${s[27]}`) } } }),
      keep: JSON.stringify({ auths: {}, credsStore: 'desktop' }),
    },
    {
      name: 'kubeconfig client-key-data and token',
      file: 'kubeconfig.yaml',
      secret: b64(s[28]!.repeat(4)),
      text: `users:\n- name: u\n  user:\n    client-key-data: ${b64(s[28]!.repeat(4))}\n    token: ${s[28]}\n`,
      keep: `clusters:\n- cluster:\n    server: https://k8s.example.test:6443\n  name: c\n`,
    },
    {
      name: 'GCP private_key_id, client_secret, secret_access_key, session_token',
      file: 'x.json',
      secret: s[59]!,
      text: `{"private_key_id": "${s[59]}", "client_secret": "${s[29]}", "secret_access_key": "${s[29]}", "session_token": "${s[29]}"}`,
      keep: `{"client_id": "1234567890-abc.apps.googleusercontent.com", "token_uri": "https://oauth2.googleapis.com/token"}`,
    },
    {
      name: 'counters and references under key-like names',
      file: 'x.yaml',
      secret: s[30]!,
      text: `api_key: ${s[30]}\n`,
      keep: `max_tokens: 4096\ntoken_usage: 17\ninput_tokens: 603562\nsession_id: ${body(8, 'hex')}-${body(4, 'hex')}-4${body(3, 'hex')}-a${body(3, 'hex')}-${body(12, 'hex')}\nimage_url: https://x.test/a.png\nkey_path: /etc/k.pem\nnextPageToken: "${s[31]}"\nkey_file: /etc/k.pem\nkeyboard: us-intl\nmonkey: george\nprimary_key: id\nsort_key: created_at\ncache_key: "user:42:profile"\npartition_key: tenant_id\nforeign_key: users.id\nPublicKeyToken=b77a5c561934e089\n`,
    },
  ];
};

describe('formats and key names (categories 3 and 4)', () => {
  const redactor = new Redactor();
  const run = (file: string, text: string): string => {
    const f = redactor.filter({ rel: file });
    return f.write(text) + f.end();
  };
  for (const c of cases()) {
    it(c.name, () => {
      const out = run(c.file, c.text);
      const windows = [c.secret.slice(0, 10), c.secret.slice(-10)];
      for (const w of windows) assert.ok(!out.includes(w), `${c.name} leaks: ${out}`);
      assert.match(out, /\[REDACTED:[a-z0-9:_-]+\]/);
      assert.equal(out.split('\n').length, c.text.split('\n').length, 'line count kept');
      c.parse?.(out);
      assert.equal(run(c.file, c.keep), c.keep, `${c.name}: the look-alike survives`);
    });
  }
  it('a command-line password full of punctuation (% * ! ^ ( ) #) is taken whole, with -u, --user, -su or smbclient -U', () => {
    const rand = rng(71);
    const pick = (chars: string, n: number): string =>
      Array.from({ length: n }, () => chars[Math.floor(rand() * chars.length)]).join('');
    const letters = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    for (let i = 0; i < 40; i++) {
      // A `%` followed by letters or hex (a URL escape, a printf format), and the symbols password generators use.
      const pw = `${pick(letters, 3)}%${pick('0123456789ABCDEFuxs', 2)}${pick(letters, 4)}${pick('*!^()#@-_.', 1)}${pick(letters, 5)}`;
      for (const line of [
        `{"command": "curl -u admin:${pw} https://registry.example.com/v2/_catalog"}`,
        `$ curl -su 'deploy:${pw}' https://ci.example.test/api`,
        `curl --user "bot:${pw}" -X POST https://x.test/hook`,
        `smbclient //files/share -U alice%${pw}`,
      ]) {
        const out = redactor.redactString(line);
        assert.ok(!out.includes(pw.slice(-8)), `went out: ${out}`);
      }
    }
    for (const keep of [
      'psql -U postgres -h db -c "select 1"',
      'curl -u "$USER:$TOKEN" https://x.test',
      'printf "%s:%d" -U x',
    ])
      assert.equal(redactor.redactString(keep), keep);
  });

  it('YAML blocks stay valid YAML with the placeholder as the value', () => {
    const secret = v();
    const out = run('m.yaml', `a:\n  password: |\n    ${secret}\n  b: 1\n`);
    assert.deepEqual(YAML.parse(out), { a: { password: '[REDACTED:secret-key-value]\n', b: 1 } });
  });
  it('key names: category 4 is secret, counters and references are not', () => {
    const random = v();
    for (const k of ['AZURE_OPENAI_KEY', 'MISTRAL_KEY', 'cohere_key', 'key', 'sig', 'auth'])
      assert.equal(judgeAssignment(k, random), 'secret-key-value', k);
    for (const k of ['JSON_ERROR_KEY', 'CACHE_KEY', 'key']) assert.equal(judgeAssignment(k, 'jsonError'), null, k);
    for (const k of ['SORT_KEY', 'message_key', 'primaryKey', 'cache_key'])
      assert.equal(judgeAssignment(k, random), null, k);
    assert.equal(judgeAssignment('AZURE_STORAGE_KEY', random), 'secret-key-value');
    for (const k of [
      'Ocp-Apim-Subscription-Key',
      'xi-api-key',
      'client-key-data',
      'private_key_id',
      'client_secret',
      'secret_access_key',
      'session_token',
      'AccountKey',
      'license_key',
    ])
      assert.equal(isSecretKey(k), true, k);
    for (const k of [
      'nextPageToken',
      'PublicKeyToken',
      'SORT_KEY',
      'PRIMARY_KEY',
      'key',
      'key_file',
      'keyboard',
      'monkey',
      'max_tokens',
      'token_usage',
      'input_tokens',
    ])
      assert.equal(isSecretKey(k), false, k);
  });
});

describe('key names on long lines', () => {
  it('a 2 MB line (a minified bundle, a one-line JSON log) is read in windows around each name, and nothing is missed', () => {
    let line = '';
    const planted: string[] = [];
    while (line.length < 2_000_000) {
      line += 'x,'.repeat(Math.floor(rand() * 4500));
      const value = v();
      planted.push(value);
      // The JSON value holds a comma, where a window may end: the name must still be found again.
      line += `"cohere_key": "${value}", "api_key": "ab,cd${value}", MISTRAL_KEY=${value};`;
    }
    const out = new Redactor().redactString(line);
    assert.ok(planted.length > 300);
    assert.deepEqual(
      planted.filter((value) => out.includes(value.slice(5, 15))),
      [],
    );
    assert.equal(
      (out.match(/\[REDACTED:secret-key-value\]/g) ?? []).length,
      planted.length * 3,
      'each value once, whole',
    );
  });
});

const parses = (f: () => unknown): boolean => {
  try {
    f();
    return true;
  } catch {
    return false;
  }
};

describe('formats through the real CLI', () => {
  it('every case, as a workspace file of its own, is exported redacted and its look-alike intact', async () => {
    const all = cases();
    const files: Record<string, string> = {};
    all.forEach((c, i) => {
      const ext = path.extname(c.file) || '.txt';
      files[`case${i}${ext}`] = c.text;
      files[`keep${i}${ext}`] = c.keep;
    });
    const base = await tempDir();
    const cwd = path.join(base, 'project');
    const session = path.join(cwd, '.massgen', 'massgen_logs', 'log_20260301_100000_000002');
    const spec = {
      question: 'Wire up the providers',
      agents: ['agent_a'],
      winner: 'agent_a',
      finishReason: 'completed' as const,
      start: 1769854500,
      cost: 0.1,
      inputTokens: 10,
      outputTokens: 5,
      attemptNumber: 1,
      turnNumber: 1,
      sessionName: 'log_20260301_100000_000002',
      withAgentOutputs: false,
      workspace: () => files,
    };
    await writeTree(session, under('turn_1/attempt_1', attemptTree(spec)));
    const dir = path.join(base, 'out');
    const r = await runCli(['export', '--output', dir, '--workspace-limit', '5MB'], { cwd, env: { HOME: cwd } });
    assert.equal(r.code, 0, r.stderr);
    const names = await readdir(dir);
    const exported = new Map<string, string>();
    for (const n of names) exported.set(n, await readFile(path.join(dir, n), 'utf8'));
    const text = [...exported.values()].join('\n');
    all.forEach((c, i) => {
      for (const w of [c.secret.slice(0, 10), c.secret.slice(-10)])
        assert.ok(!text.includes(w), `${c.name} leaks through the CLI`);
      const ext = path.extname(c.file) || '.txt';
      const kept = [...exported].filter(([n]) => n.endsWith(`keep${i}${ext}`));
      assert.ok(kept.length > 0, `keep${i}${ext} is exported`);
      for (const [, body] of kept) assert.equal(body, c.keep, `${c.name}: the look-alike file is byte-identical`);
      for (const [n, body] of exported) {
        if (!n.endsWith(`case${i}${ext}`)) continue;
        // A file that parsed before export parses after.
        const parse = /\.ya?ml$/.test(n)
          ? (t: string) => YAML.parse(t)
          : /\.(?:json|ipynb)$/.test(n)
            ? (t: string) => JSON.parse(t)
            : null;
        if (parse && parses(() => parse(c.text))) assert.doesNotThrow(() => parse(body), n);
      }
    });
  });
});
