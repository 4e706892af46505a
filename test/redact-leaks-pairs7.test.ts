import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng, uuidOf } from './helpers/fake-secrets.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { damaged, leakedPlacements, randomToken, redactAs } from './helpers/placements.js';

/**
 * attack6's categories L1 (a secret passed positionally beside its id), L17 (compound key shapes with no name), L18
 * (a notebook cell printing a key its source reads) and L15 (MCP servers' `headers:`/`env:` maps and URL queries).
 * Values are random per run (REDACT_SEED); each placement must leave no 10-character window of its value, each
 * look-alike must come out byte-identical.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 7007));
const tok = randomToken(rand);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
/** Generated keys mix cases and digits; a draw that does not is drawn again. */
const mixed = (chars: string, n: number): string => {
  const v = tok(chars, n);
  return /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) ? v : mixed(chars, n);
};
const hex = (n: number): string => {
  const v = tok(CHARSETS.hex, n);
  return /\d/.test(v) && /[a-f]/.test(v) ? v : hex(n);
};
const awsId = (): string => `${pick(['AKIA', 'ASIA'])}${tok(CHARSETS.base32, 16)}`;
const awsSecret = (): string => mixed(CHARSETS.b64, 40);
const uuid = (): string => uuidOf(hex(32), true);

describe('L1: a secret beside its id', () => {
  it('redacts the AWS secret access key written beside its key id, in code, CSV, tables, logs and prose', () => {
    const id = awsId;
    const missed = leakedPlacements([
      ['s3.py', (v) => `session = boto3.Session("${id()}", "${v}")\n`, awsSecret],
      ['s3.py', (v) => `AK, SK = "${id()}", "${v}"\n`, awsSecret],
      ['s3.py', (v) => `creds = ('${id()}', '${v}')\n`, awsSecret],
      ['s3.ts', (v) => `const s3 = new S3({ credentials: fromPair(\`${id()}\`, \`${v}\`) });\n`, awsSecret],
      ['s3.go', (v) => `creds := credentials.NewStaticCredentialsProvider("${id()}", "${v}", "")\n`, awsSecret],
      ['notes.md', (v) => `Keys: ${id()}:${v}\n`, awsSecret],
      ['run.log', (v) => `2026-01-31 10:15:02 INFO creds ${id()} ${v} loaded\n`, awsSecret],
      ['keys.csv', (v) => `Access key ID,Secret access key\n${id()},${v}\n`, awsSecret],
      ['keys.tsv', (v) => `user\tid\tsecret\ndeploy\t${id()}\t${v}\n`, awsSecret],
      ['notes.md', (v) => `| user | key id | secret |\n|---|---|---|\n| ci | ${id()} | ${v} |\n`, awsSecret],
      ['answer.md', (v) => `Use ${id()} and secret ${v} for the bucket.\n`, awsSecret],
      ['answer.md', (v) => `The AWS secret is ${v} (rotated monthly)\n`, awsSecret],
      ['answer.md', (v) => `- AWS: \`${v}\`\n`, awsSecret],
      ['answer.md', (v) => `| AWS | ${v} |\n`, awsSecret],
      ['run.log', (v) => `INFO using key ${v} for s3 upload\n`, awsSecret],
      ['answer.md', (v) => `Die Amazon-Zugangsdaten: ${v}\n`, awsSecret],
    ]);
    assert.deepEqual(missed, []);
  });
  it('redacts the secrets of Twilio, Alibaba, Tencent, Algolia, Spotify, Twitter and MinIO beside their ids', () => {
    const missed = leakedPlacements([
      ['sms.txt', (v) => `AC${hex(32)}:${v}\n`, () => hex(32)],
      ['sms.sh', (v) => `curl -u "SK${hex(32)}:${v}" https://api.twilio.com/\n`, () => mixed(CHARSETS.alnum, 32)],
      ['sms.py', (v) => `client = Client("AC${hex(32)}", "${v}")\n`, () => hex(32)],
      [
        'oss.py',
        (v) => `client = AcsClient("LTAI${mixed(CHARSETS.alnum, 20)}", "${v}", "cn-hangzhou")\n`,
        () => mixed(CHARSETS.alnum, 30),
      ],
      ['oss.txt', (v) => `LTAI${mixed(CHARSETS.alnum, 20)} ${v}\n`, () => mixed(CHARSETS.alnum, 30)],
      ['cos.txt', (v) => `AKID${mixed(CHARSETS.alnum, 32)},${v}\n`, () => mixed(CHARSETS.alnum, 32)],
      ['search.py', (v) => `client = SearchClient.create("${tok(CHARSETS.upperAlnum, 10)}", "${v}")\n`, () => hex(32)],
      ['music.py', (v) => `sp = spotipy.SpotifyClientCredentials("${hex(32)}", "${v}")\n`, () => hex(32)],
      [
        'bot.py',
        (v) => `auth = tweepy.OAuth1UserHandler("${mixed(CHARSETS.alnum, 25)}", "${v}")\n`,
        () => mixed(CHARSETS.alnum, 50),
      ],
      [
        'store.py',
        (v) => `m = minio.Minio("s3.local:9000", "${tok(CHARSETS.upperAlnum, 20)}", "${v}")\n`,
        () => mixed(CHARSETS.alnum, 40),
      ],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps ids, hashes, paths and UUIDs beside an id, and AWS lines without a key', () => {
    const id = `AKIA${tok(CHARSETS.base32, 16)}`;
    assert.deepEqual(
      damaged([
        ['run.log', `$ aws s3 cp s3://bucket/${id.slice(4)}/report.csv ./out --region us-east-1 --sse AES256\n`],
        ['run.log', `commit ${hex(40)} pushed to s3://bucket/releases/v1.2.3/artifacts/build-output\n`],
        [
          'notes.md',
          `AWS region us-east-1, bucket my-company-artifacts-production-2026, role arn:aws:iam::123456789012:role/deploy\n`,
        ],
        ['notes.md', `S3 path: s3://bucket/Data/Reports/Quarterly/2026/Summary/final/v2.csv\n`],
        ['sms.txt', `AC${hex(32)} sent message SM${hex(32)}\n`],
        ['auth.py', `cred = ClientSecretCredential(tenant_id, client_id, os.environ["AZURE_CLIENT_SECRET"])\n`],
        ['auth.py', `creds = service_account.Credentials.from_service_account_file("key.json", scopes=SCOPES)\n`],
        ['music.py', `sp = spotipy.SpotifyClientCredentials(client_id=CID, client_secret=SECRET)\n`],
        ['aws.md', `An AWS secret access key is 40 characters of base64; never paste it into a chat.\n`],
      ]),
      [],
    );
  });
});

describe('L17: compound key shapes with no name', () => {
  it("redacts Z.ai's <hex>.<secret>, fal's <uuid>:<hex>, Baidu Qianfan and Yandex Cloud keys in neutral lines", () => {
    const missed = leakedPlacements([
      ['run.log', (v) => `[012] worker started ${v} ok\n`, () => `${hex(32)}.${mixed(CHARSETS.alnum, 16)}`],
      ['app.py', (v) => `client = ZhipuAI(api_key=get("${v}"))\n`, () => `${hex(32)}.${mixed(CHARSETS.alnum, 16)}`],
      ['run.log', (v) => `{"msg": "started", "arg": "${v}"}\n`, () => `${uuid()}:${hex(32)}`],
      ['.envrc', (v) => `export FAL=${v}\n`, () => `${uuid()}:${hex(32)}`],
      [
        'call.sh',
        (v) => `curl -H "X: ${v}" https://qianfan.baidubce.com/\n`,
        () => `bce-v3/ALTAK-${mixed(CHARSETS.alnum, 20)}/${hex(40)}`,
      ],
      ['run.log', (v) => `worker ${v} ready\n`, () => `AQVN${mixed(CHARSETS.urlsafe, 36)}`],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps hashes with file extensions, UUIDs with words, and versions', () => {
    assert.deepEqual(
      damaged([
        ['run.log', `cache ${hex(32)}.partial and ${hex(32)}.tar.gz and ${hex(32)}.json\n`],
        ['run.log', `request ${uuid()}:done at ${uuid()}:${hex(8)} and ${uuid()}:${hex(40)}\n`],
        ['run.log', `image sha256:${hex(64)} layer ${hex(32)}.Layer\n`],
      ]),
      [],
    );
  });
});

const cell = (source: string[], outputs: unknown[], id: string): Record<string, unknown> => ({
  cell_type: 'code',
  execution_count: 1,
  id,
  metadata: {},
  outputs,
  source,
});
const stream = (text: string): unknown => ({ name: 'stdout', output_type: 'stream', text: [text] });
const result = (text: string): unknown => ({
  data: { 'text/plain': [text] },
  execution_count: 1,
  metadata: {},
  output_type: 'execute_result',
});
const notebook = (cells: unknown[], indent: boolean): string =>
  JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, indent ? 1 : undefined);
const nbKey = (): string => pick([() => mixed(CHARSETS.alnum, 32), () => mixed(CHARSETS.alnum, 40), () => hex(64)])();

describe('L18: a key a notebook cell printed', () => {
  it('redacts a stream or execute_result output of a cell whose source reads a key', () => {
    const sources: [string[], (v: string) => unknown][] = [
      [["print(os.environ['MISTRAL_API_KEY'])"], (v) => stream(`${v}\n`)],
      [['client.api_key'], (v) => result(`'${v}'`)],
      [['!echo $COHERE_API_KEY'], (v) => stream(`${v}\n`)],
      [['import os\n', 'key = os.getenv("GROQ_API_KEY")\n', 'key'], (v) => result(`'${v}'`)],
      [['%env DEEPSEEK_API_KEY'], (v) => result(`'${v}'`)],
      [['console.log(process.env.TOGETHER_API_KEY)'], (v) => stream(`${v}\n`)],
      [['settings.openai_token.get_secret_value()'], (v) => result(`'${v}'`)],
      [['!cat ~/.deepinfra_token'], (v) => stream(`${v}\n`)],
    ];
    const missed = leakedPlacements(
      sources.flatMap(([src, out]) =>
        [true, false].map((indent): [string, (v: string) => string, () => string] => [
          'explore.ipynb',
          (v) =>
            notebook([cell(['x = 1'], [], 'a1'), cell(src, [out(v)], 'b2'), cell(['y'], [result('2')], 'c3')], indent),
          nbKey,
        ]),
      ),
      3,
    );
    assert.deepEqual(missed, []);
  });
  it('keeps outputs of cells that read no key, and hashes printed under other names', () => {
    assert.deepEqual(
      damaged([
        ['a.ipynb', notebook([cell(['print(run_id)'], [stream(`${hex(40)}\n`)], 'd4')], true)],
        ['a.ipynb', notebook([cell(['df.columns'], [result("'Ab3dE5gH7jK9mN1pQ3sT5vX7'")], 'e5')], false)],
        ['a.ipynb', notebook([cell(['print(token_count)'], [stream('token count: 4096\n')], 'f6')], true)],
        [
          'a.ipynb',
          notebook(
            [
              cell(['api_key = os.environ["X_API_KEY"]'], [], 'g7'),
              cell(['uuid4()'], [result(`UUID('${uuid()}')`)], 'h8'),
            ],
            true,
          ),
        ],
      ]),
      [],
    );
  });
});

const mcpValue = (): string =>
  pick([() => mixed(CHARSETS.alnum, 32), () => mixed(CHARSETS.urlsafe, 40), () => hex(32)])();

describe('L15: MCP servers’ headers and env maps, URL queries and flow-list flags', () => {
  it('redacts every secret-like value in the maps, whatever its name', () => {
    const yamlServer = (block: string): string =>
      `config:\n  agents:\n  - id: agent_a\n    backend:\n      mcp_servers:\n      - name: svc\n        type: stdio\n${block}`;
    const missed = leakedPlacements([
      [
        'execution_metadata.yaml',
        (v) => yamlServer(`        headers:\n          X-Linear-Workspace: ${v}\n          Accept: application/json\n`),
        mcpValue,
      ],
      [
        'execution_metadata.yaml',
        (v) => yamlServer(`        env:\n          INTERNAL_SERVICE: ${v}\n          DD_SITE: datadoghq.eu\n`),
        mcpValue,
      ],
      ['execution_metadata.yaml', (v) => yamlServer(`        env:\n          X_CLIENT: "${v}"\n`), mcpValue],
      [
        'execution_metadata.yaml',
        (v) => yamlServer(`        url: https://mcp.example.com/sse?access=${v}&transport=sse\n`),
        mcpValue,
      ],
      ['execution_metadata.yaml', (v) => yamlServer(`        args: ["--token", "${v}"]\n`), mcpValue],
      [
        '.mcp.json',
        (v) => `{"mcpServers": {"n": {"command": "npx", "env": {"WORKSPACE": "${v}", "PORT": "8080"}}}}\n`,
        mcpValue,
      ],
      [
        '.mcp.json',
        (v) =>
          `{\n  "mcpServers": {\n    "r": {\n      "url": "https://x.io/mcp",\n      "headers": {\n        "X-Tenant": "${v}"\n      }\n    }\n  }\n}\n`,
        mcpValue,
      ],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps placeholders, words, numbers, paths, hosts and URLs in the maps, and maps outside MCP', () => {
    assert.deepEqual(
      damaged([
        [
          'execution_metadata.yaml',
          'mcp_servers:\n- name: a\n  env:\n    API_KEY: ${BRAVE_API_KEY}\n    NODE_ENV: production\n    PORT: "8080"\n    TZ: Europe/Berlin\n    HOME: /home/user\n    SITE: datadoghq.eu\n    LOG_LEVEL: DEBUG\n  headers:\n    Accept: application/json\n    User-Agent: MassGen 0.1 (linux)\n  url: https://mcp.example.com/sse?transport=sse&v=2\n',
        ],
        [
          '.mcp.json',
          '{"mcpServers": {"a": {"env": {"NODE_ENV": "development", "DATA": "./data/files", "URL": "https://example.com/x"}}}}\n',
        ],
        ['compose.yaml', `services:\n  db:\n    env:\n      BUILD_ID: ${mixed(CHARSETS.alnum, 24)}\n`],
        ['package.json', `{"scripts": {"test": "node --test"}, "env": {"BUILD": "${mixed(CHARSETS.alnum, 24)}"}}\n`],
      ]),
      [],
    );
  });
});

describe('attack7 D1: MCP maps hold configuration, not only secrets', () => {
  // Its own generator: the other tests' values stay those of REDACT_SEED.
  const own = rng(4242);
  const sha = Array.from({ length: 40 }, () => '0123456789abcdef'[Math.floor(own() * 16)]).join('');
  // Documented MCP servers' settings: ids, dates, e-mails, locales, user agents, options, lists, JSON and commit SHAs.
  const settings: [string, string][] = [
    ['SLACK_TEAM_ID', 'T01ABCD2EFG'],
    ['SLACK_CHANNEL_IDS', 'C01234567,C76543210'],
    ['LANG', 'en_US.UTF-8'],
    ['Notion-Version', '2022-06-28'],
    ['User-Agent', 'MassGen/0.1.45'],
    ['JIRA_USERNAME', 'dev@acme.com'],
    ['GITHUB_TOOLSETS', 'repos,issues,pull_requests,actions'],
    ['NODE_OPTIONS', '--max-old-space-size=4096'],
    ['PUPPETEER_LAUNCH_OPTIONS', '{\\"headless\\":true}'],
    ['BUILD_SHA', sha],
    ['X-Request-Source', 'MassGen-Agent_B'],
    ['CONFLUENCE_SPACES_FILTER', 'DEV,TEAM,DOC'],
  ];
  it('keeps them, learns none of them, and reads no env map in a file that only names MCP', () => {
    const json = `{"mcpServers": {"s": {"command": "npx", "env": {${settings.map(([k, v]) => `"${k}": "${v}"`).join(', ')}}}}}\n`;
    const yaml = `mcp_servers:\n- name: s\n  env:\n${settings.map(([k, v]) => `    ${k}: '${v}'\n`).join('')}`;
    const workflow = `name: Build the MCP server image\non: push\nenv:\n  IMAGE_NAME: MassGen/mcp-server\n  BUILD_SHA: ${sha}\n  CACHE_SCOPE: ${sha.slice(0, 12)}Qx7\n`;
    const notes = `${settings.map(([k, v]) => `${k} is ${v}.`).join('\n')}\n`;
    const r = new Redactor({ learn: true });
    const out = (rel: string, text: string): string => {
      const f = r.filter({ rel });
      return f.write(text) + f.end();
    };
    for (const [rel, text] of [
      ['.mcp.json', json],
      ['execution_metadata.yaml', yaml],
      ['.github/workflows/mcp.yml', workflow],
      ['notes.md', notes],
    ] as const)
      assert.equal(out(rel, text), text, rel);
  });
});

describe('F1: a quoted key name on the line after a secret is no piece of it', () => {
  it("keeps the next entry's key and redacts both values", () => {
    const a = `${mixed(CHARSETS.alnum, 30)}==`;
    const b = mixed(CHARSETS.urlsafe, 36);
    for (const [text, keys] of [
      [`JWT_SECRET='${a}'\n"client_secret": "${b}"\n`, ['JWT_SECRET', '"client_secret"']],
      [`api_key = "${a}"\n"token": "${b}",\n`, ['api_key', '"token"']],
      [`  password: '${a}'\n  'secret_key': '${b}'\n`, ['password', "'secret_key'"]],
    ] as const) {
      const out = redactAs('config.txt', text);
      for (const k of keys) assert.ok(out.includes(k), `${k} kept in ${out}`);
      assert.ok(!out.includes(a.slice(5, 15)) && !out.includes(b.slice(5, 15)), out);
    }
  });
});

const WP = `${CHARSETS.alnum}!@#$%^&*()-_[]{}<>~+=,.;:/?|`;
const DJANGO = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';
/** A value holding a character the key-name regexes stop at, after its first eight. */
const punct = (chars: string, n: number): string => {
  const v = tok(chars, n);
  return /[,;&})\]("'`\\]/.test(v.slice(8)) && /[a-z]/.test(v) && /\d/.test(v) ? v : punct(chars, n);
};

describe('L12: values full of punctuation under a secret name', () => {
  // Not covered: a URL query's value cut by `(` or `,` (a query pass read pagination cursors as secrets), and a YAML
  // `name: "…"` value holding a quote (YAML lines are left to the key-name pass: TypeScript members read as them).
  it('redacts the whole value, to its closing quote or the end of its line', () => {
    const missed = leakedPlacements([
      ['wp-config.php', (v) => `define('AUTH_KEY', '${v}');\n`, () => punct(WP.replace(/'/g, ''), 64)],
      ['wp-config.php', (v) => `define( "NONCE_SALT", "${v}" );\n`, () => punct(WP.replace(/"/g, ''), 64)],
      ['.env', (v) => `DJANGO_SECRET_KEY=${v}\n`, () => punct(DJANGO, 50)],
      ['.env', (v) => `export SECRET_KEY=${v}\n`, () => punct(DJANGO, 50)],
      ['config.toml', (v) => `[db]\npassword = '${v}'\n`, () => punct(`${CHARSETS.alnum},}&)"\``, 24)],
      ['.env', (v) => `POSTGRES_PASSWORD="${v.replace(/"/g, '\\"')}"\n`, () => punct(`${CHARSETS.alnum}"`, 24)],
      ['app.ini', (v) => `[auth]\npassword = ${v}\n`, () => punct(`${CHARSETS.alnum},;)(`, 24)],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps calls, placeholders, maps and lists under secret names', () => {
    assert.deepEqual(
      damaged([
        ['app.py', 'token = get_token(cfg, scope="read")\npassword = hashlib.sha256(raw).hexdigest()\n'],
        ['app.py', 'secret_key = config("SECRET_KEY", default="")\napi_key = os.environ.get("API_KEY")\n'],
        ['config.yaml', 'auth:\n  password: ${DB_PASSWORD}\n  token: {source: env, name: X}\n  keys: [a, b]\n'],
        ['.env', 'PASSWORD_POLICY=min(8),upper(1)\nTOKEN_TTL=3600\n'],
        ['run.log', 'GET /search?q=token(s)%2C+keys&page=2 HTTP/1.1\n'],
        [
          'run.sh',
          'export OPENAI_API_KEY="$(op read op://Private/openai/credential)"\nexport DB_PASSWORD="pre-$(cat /run/secrets/db) x"\n' +
            'TOKEN="`vault read -field=t secret/x`"\nSECRET_KEY="$OpenAI_Key"\nAPI_KEY="${API_KEY:-dev key}"\n',
        ],
      ]),
      [],
    );
  });
});

describe('L13: a learned part of a JWT', () => {
  it('redacts the whole token, header and signature too', async () => {
    const { Redactor } = await import('../src/core/redact/redactor.js');
    const b64u = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    for (let i = 0; i < 4; i++) {
      const payload = b64u({ sub: tok(CHARSETS.alnum, 12), role: 'service_role', iat: 1760000000 + i });
      const jwt = `${b64u({ alg: 'HS256', typ: 'JWT' })}.${payload}.${tok(CHARSETS.urlsafe, 43)}`;
      const fragment = payload.slice(4, 44);
      const r = new Redactor({ knownValues: [{ name: 'payload_secret', value: fragment }] });
      const out = r.redactString(`session ${jwt} accepted\n{"token": "${jwt}"}\n`);
      assert.ok(!out.includes(jwt.slice(-20)) && !out.includes('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'), out);
    }
  });
});

describe('L14: secrets inside environment URLs are learned', () => {
  it("redacts a URL's password and a webhook's secret path wherever else they appear", async () => {
    const { Redactor } = await import('../src/core/redact/redactor.js');
    const { knownValuesFromEnv } = await import('../src/core/redact/known-values.js');
    const pw = mixed(CHARSETS.alnum, 28);
    const hook = mixed(CHARSETS.alnum, 32);
    const key = mixed(CHARSETS.alnum, 32);
    const known = knownValuesFromEnv({
      DATABASE_URL: `postgres://app:${pw}@db.internal:5432/app`,
      SLACK_WEBHOOK_URL: `https://hooks.example.com/services/${hook}`,
      KEY: key,
      LOCAL_URL: 'postgres://postgres:postgres@localhost/db',
    });
    const out = new Redactor({ knownValues: known }).redactString(`login ${pw} hook ${hook} and ${key} postgres ok\n`);
    for (const v of [pw, hook, key]) assert.ok(!out.includes(v), out);
    assert.ok(out.includes('postgres ok'), out);
  });
});
