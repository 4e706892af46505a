/**
 * Round 25, the benign side of issue 11: files an agent's workspace really holds that carry no secret, yet sit where
 * secrets would (hashes, ids, integrity strings, references, doc examples). Two parts:
 * - REAL_ROOTS: this machine's installed files (npm's and corepack's bundles, docs, lockfiles, source maps; Python's
 *   standard library and Debian's dist-packages; /usr/share/doc), read by a fixed walk and skipped when absent;
 * - generated(seed): workspace files made here with random ids (REDACT_SEED replays): notebooks with outputs, CSVs of
 *   hashes, git logs with Gerrit trailers, run logs, Kubernetes/Compose/Terraform that refer to secrets, HTML/SVG with
 *   data: URIs and SRI hashes, lockfiles, code that reads keys from the environment, crypto test vectors.
 * And plants(seed): real-looking secrets in the same placements the fixes of this round read, which must still go.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { seededGen, type SeededGen } from './fake-secrets.js';

export const SEED = Number(process.env.REDACT_SEED ?? 20261204) + 25;

export interface BenignFile {
  rel: string;
  text: string;
}

/** Installed trees read as they are (each is skipped if absent). */
export const REAL_ROOTS = [
  '/usr/lib/node_modules',
  '/usr/lib/python3.11',
  '/usr/lib/python3/dist-packages',
  '/usr/share/doc',
] as const;

const REAL_EXT =
  /\.(?:[cm]?js|json|[cm]?ts|md|ya?ml|map|py|txt|rst|html|css|svg|csv|toml|cfg|ini|lock|sh|ipynb|pl|c|h)$|(?:^|\/)(?:changelog|NEWS|README|copyright)(?:\.Debian)?$/i;

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== '__pycache__') walk(p, out);
    else if (e.isFile() && REAL_EXT.test(e.name)) out.push(p);
  }
}

/** The real files: text (no NUL), at most 4 MiB each; `rel` places them in an agent's workspace. */
export function realFiles(): BenignFile[] {
  const paths: string[] = [];
  for (const root of REAL_ROOTS) walk(root, paths);
  const out: BenignFile[] = [];
  for (const p of paths) {
    if (statSync(p).size > 4 * 1024 * 1024) continue;
    const buf = readFileSync(p);
    if (buf.includes(0)) continue;
    out.push({ rel: `workspace${p}`, text: buf.toString('utf8') });
  }
  return out;
}

const uuid = (g: SeededGen): string =>
  `${g.pick('hex', 8)}-${g.pick('hex', 4)}-4${g.pick('hex', 3)}-${g.one(['8', '9', 'a', 'b'])}${g.pick('hex', 3)}-${g.pick('hex', 12)}`;
const b64 = (g: SeededGen, n: number): string => g.pick('b64', n);
const sha = (g: SeededGen): string => g.pick('hex', 40);
const date = (g: SeededGen): string =>
  `2026-${String(1 + g.int(12)).padStart(2, '0')}-${String(1 + g.int(28)).padStart(2, '0')}T${String(g.int(24)).padStart(2, '0')}:${String(g.int(60)).padStart(2, '0')}:${String(g.int(60)).padStart(2, '0')}Z`;

/** A PNG's base64 as a notebook or data: URI holds it: the fixed header, then random-looking deflated bytes. */
const png = (g: SeededGen, n: number): string => `iVBORw0KGgoAAAANSUhEUgAA${b64(g, n)}AAAAAElFTkSuQmCC`;

function notebook(g: SeededGen): string {
  const rows = Array.from({ length: 6 }, (_, i) => `${i}  ${g.pick('hex', 24)}  ${uuid(g)}  ${g.int(9999)}`);
  const cells = [
    {
      cell_type: 'code',
      execution_count: 1,
      metadata: {},
      outputs: [],
      source: [
        'import os\n',
        'from openai import OpenAI\n',
        `client = OpenAI(api_key=os.environ["${g.one(['OPENAI_API_KEY', 'OPENAI_KEY', 'API_KEY'])}"])\n`,
        `token = os.getenv("${g.one(['HF_TOKEN', 'GITHUB_TOKEN', 'HUGGINGFACE_TOKEN'])}")\n`,
      ],
    },
    {
      cell_type: 'code',
      execution_count: 2,
      metadata: {},
      outputs: [
        {
          data: {
            'text/plain': ['   commit_sha                 run_id                                 tokens\n', ...rows],
            'text/html': [
              `<table><tr><td>${g.pick('hex', 40)}</td><td>${uuid(g)}</td><td>${g.pick('hex', 64)}</td></tr></table>`,
            ],
          },
          execution_count: 2,
          metadata: {},
          output_type: 'execute_result',
        },
      ],
      source: ['df = pd.read_csv("runs.csv")\n', 'df.head()'],
    },
    {
      cell_type: 'code',
      execution_count: 3,
      metadata: {},
      outputs: [
        {
          data: { 'image/png': png(g, 400 + g.int(400)), 'text/plain': ['<Figure size 640x480 with 1 Axes>'] },
          metadata: {},
          output_type: 'display_data',
        },
      ],
      source: ['plt.plot(df.tokens)'],
    },
  ];
  return `${JSON.stringify({ cells, metadata: { kernelspec: { name: 'python3' } }, nbformat: 4, nbformat_minor: 5 }, null, 1)}\n`;
}

function hashesCsv(g: SeededGen): string {
  const head = g.one([
    'id,hash,file,size',
    'run_id,commit,sha256,created_at',
    'uuid,md5,etag,label',
    'key,digest,tokens,session',
  ]);
  const lines = [head];
  for (let i = 0; i < 12; i++) {
    if (head.startsWith('id,'))
      lines.push(`${i + 1},${sha(g)},src/${g.one(['app', 'lib', 'util'])}_${i}.py,${g.int(99999)}`);
    else if (head.startsWith('run_id')) lines.push(`${uuid(g)},${g.pick('hex', 7)},${g.pick('hex', 64)},${date(g)}`);
    else if (head.startsWith('uuid')) lines.push(`${uuid(g)},${g.pick('hex', 32)},"${g.pick('hex', 32)}-2",row ${i}`);
    else lines.push(`${g.pick('lowerAlnum', 12)},sha256:${g.pick('hex', 64)},${g.int(4096)},${uuid(g)}`);
  }
  return `${lines.join('\n')}\n`;
}

function gitLog(g: SeededGen): string {
  const out: string[] = [];
  for (let i = 0; i < 4; i++) {
    out.push(
      `commit ${sha(g)}`,
      ...(g.int(2) ? [`Merge: ${g.pick('hex', 7)} ${g.pick('hex', 7)}`] : []),
      `Author: ${g.one(['Ada Lovelace', 'Linus T', 'Grace Hopper'])} <dev${i}@example.org>`,
      `Date:   Mon Nov ${10 + i} 12:0${i}:33 2026 +0100`,
      '',
      `    ${g.one(['Fix token refresh race', 'Rotate keys in CI', 'Add password reset flow', 'Bump deps'])}`,
      '',
      `    Change-Id: I${sha(g)}`,
      `    Reviewed-on: https://review.example.org/c/project/+/${10000 + g.int(90000)}`,
      `    Signed-off-by: Dev ${i} <dev${i}@example.org>`,
      '',
    );
  }
  out.push(`${g.pick('hex', 7)} (HEAD -> main) ${g.one(['secrets: read token from env', 'auth: hash passwords'])}`);
  out.push(`diff --git a/app.py b/app.py\nindex ${g.pick('hex', 7)}..${g.pick('hex', 7)} 100644`);
  return `${out.join('\n')}\n`;
}

function runLog(g: SeededGen): string {
  const out: string[] = [];
  for (let i = 0; i < 10; i++) {
    const t = date(g);
    out.push(
      g.one([
        `${t} INFO  agent started session=${uuid(g)} model=gpt-4o`,
        `${t} DEBUG request_id=req_${g.pick('alnum', 24)} status=200 tokens=${g.int(5000)}`,
        `[${t}] trace_id=${g.pick('hex', 32)} span_id=${g.pick('hex', 16)} name=chat.completions`,
        `${t} session_id: ${uuid(g)} turn=${i} agent=agent_${g.int(3)}`,
        `${t} WARN retry attempt=${g.int(5)} idempotency_key=${uuid(g)}`,
        `${t} INFO cache hit key=sha256:${g.pick('hex', 64)}`,
        `${t} INFO wrote answer.txt sha1=${sha(g)} bytes=${g.int(9999)}`,
      ]),
    );
  }
  return `${out.join('\n')}\n`;
}

function k8s(g: SeededGen): string {
  const name = g.one(['api', 'worker', 'web']);
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    `metadata:\n  name: ${name}\n  annotations:\n    checksum/config: ${g.pick('hex', 64)}`,
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    `        - name: ${name}`,
    `          image: ghcr.io/acme/${name}@sha256:${g.pick('hex', 64)}`,
    '          env:',
    '            - name: DATABASE_PASSWORD',
    '              valueFrom:',
    '                secretKeyRef:',
    `                  name: ${name}-db`,
    '                  key: password',
    '            - name: OPENAI_API_KEY',
    '              valueFrom:',
    `                secretKeyRef: { name: openai, key: api-key }`,
    '            - name: REDIS_URL',
    `              value: redis://redis-${g.int(9)}.default.svc:6379/0`,
    '---',
    'apiVersion: v1',
    'kind: Secret',
    `metadata:\n  name: ${name}-db`,
    'type: Opaque',
    'stringData:',
    '  password: ${DB_PASSWORD}',
    '',
  ].join('\n');
}

function compose(g: SeededGen): string {
  return [
    'services:',
    '  db:',
    `    image: postgres:16@sha256:${g.pick('hex', 64)}`,
    '    environment:',
    '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}',
    '      POSTGRES_USER: app',
    '    secrets:',
    '      - db_password',
    '  app:',
    '    build: .',
    '    environment:',
    '      - OPENAI_API_KEY=${OPENAI_API_KEY}',
    '      - SECRET_KEY_FILE=/run/secrets/app_secret',
    'secrets:',
    '  db_password:',
    '    file: ./secrets/db_password.txt',
    '',
  ].join('\n');
}

function terraform(g: SeededGen): string {
  return [
    'variable "db_password" {',
    '  type      = string',
    '  sensitive = true',
    '}',
    '',
    'resource "aws_db_instance" "main" {',
    '  username = "app"',
    '  password = var.db_password',
    `  kms_key_id = aws_kms_key.${g.one(['main', 'db', 'rds'])}.arn`,
    '}',
    '',
    'data "aws_secretsmanager_secret_version" "api" {',
    '  secret_id = aws_secretsmanager_secret.api.id',
    '}',
    '',
    'locals {',
    '  api_key = jsondecode(data.aws_secretsmanager_secret_version.api.secret_string)["key"]',
    `  etag    = "${g.pick('hex', 32)}"`,
    '}',
    '',
    `# terraform.lock.hcl: h1:${b64(g, 43)}=`,
    '',
  ].join('\n');
}

function html(g: SeededGen): string {
  return [
    '<!doctype html>',
    '<html><head>',
    `<link rel="stylesheet" href="/app.${g.pick('hex', 8)}.css" integrity="sha384-${b64(g, 64)}" crossorigin="anonymous">`,
    `<script src="https://cdn.example.org/lib.min.js" integrity="sha512-${b64(g, 86)}==" crossorigin></script>`,
    `<style>@font-face{font-family:x;src:url(data:font/woff2;base64,d09GMgABAAAAA${b64(g, 300)}) format("woff2")}</style>`,
    '</head><body>',
    `<img alt="chart" src="data:image/png;base64,${png(g, 500)}">`,
    `<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ${b64(g, 300)}"/></svg>`,
    `<div id="root" data-build="${sha(g)}" data-session="${uuid(g)}"></div>`,
    '</body></html>',
    '',
  ].join('\n');
}

function lockfiles(g: SeededGen): BenignFile[] {
  const pkgs = ['left-pad', 'token-stream', 'secret-handshake', 'passport', 'keygrip', 'jsonwebtoken'];
  const npm = {
    name: 'ws',
    lockfileVersion: 3,
    packages: Object.fromEntries(
      pkgs.map((p) => [
        `node_modules/${p}`,
        {
          version: `${1 + g.int(9)}.${g.int(20)}.${g.int(20)}`,
          resolved: `https://registry.npmjs.org/${p}/-/${p}-1.0.0.tgz`,
          integrity: `sha512-${b64(g, 86)}==`,
        },
      ]),
    ),
  };
  const yarn = pkgs
    .map(
      (p) =>
        `${p}@^1.0.0:\n  version "1.0.${g.int(9)}"\n  resolved "https://registry.yarnpkg.com/${p}/-/${p}-1.0.0.tgz#${sha(g)}"\n  integrity sha512-${b64(g, 86)}==\n`,
    )
    .join('\n');
  const pnpm = `lockfileVersion: '9.0'\npackages:\n${pkgs.map((p) => `  ${p}@1.0.0:\n    resolution: {integrity: sha512-${b64(g, 86)}==}\n`).join('')}`;
  return [
    { rel: 'workspace/package-lock.json', text: `${JSON.stringify(npm, null, 2)}\n` },
    { rel: 'workspace/yarn.lock', text: yarn },
    { rel: 'workspace/pnpm-lock.yaml', text: pnpm },
  ];
}

function codeMentions(g: SeededGen): BenignFile[] {
  const env = g.one(['ANTHROPIC_API_KEY', 'OPENAI_API_KEY', 'GITHUB_TOKEN', 'STRIPE_SECRET_KEY']);
  const py = [
    'import hashlib, os',
    `API_KEY = os.environ.get("${env}")`,
    'PASSWORD = getpass.getpass("Password: ")',
    'def check(token: str) -> bool:',
    `    """Compare the token's digest, e.g. sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"."""`,
    '    return hmac.compare_digest(hashlib.sha256(token.encode()).hexdigest(), EXPECTED)',
    `SECRET_NAME = "prod/${g.one(['api', 'db'])}/credentials"`,
    'headers = {"Authorization": f"Bearer {API_KEY}"}',
    `CACHE_KEY = "${g.pick('hex', 16)}"  # a cache bucket, not a credential`,
    '',
  ].join('\n');
  const js = [
    "import { readFileSync } from 'node:fs';",
    `const apiKey = process.env.${env} ?? '';`,
    "const token = await getToken({ scopes: ['repo'] });",
    'export const client = new Client({ apiKey, baseURL: process.env.API_BASE });',
    `const sessionId = '${uuid(g)}';`,
    `const commit = '${sha(g)}';`,
    '',
  ].join('\n');
  const md = [
    '# Setup',
    '',
    '1. Copy `.env.example` to `.env` and set `OPENAI_API_KEY=sk-...` (your key from the dashboard).',
    '2. Export `GITHUB_TOKEN=<your-token>`; never commit it.',
    '',
    '| variable | meaning |',
    '| --- | --- |',
    '| `API_KEY` | your provider key (`sk-xxxx`) |',
    '| `DB_PASSWORD` | read from the secret store |',
    '',
    `Build ${g.pick('hex', 7)} of ${date(g)}; image digest \`sha256:${g.pick('hex', 64)}\`.`,
    '',
  ].join('\n');
  return [
    { rel: 'workspace/app/settings.py', text: py },
    { rel: 'workspace/src/client.ts', text: js },
    { rel: 'workspace/README.md', text: md },
  ];
}

/** Published test vectors (FIPS 180, RFC 4231, RFC 6749 and 6750's examples) as docs and tests quote them. */
function vectors(): string {
  return [
    '# SHA-256("abc")',
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    '# HMAC-SHA-256, RFC 4231 test case 2: key = "Jefe", data = "what do ya want for nothing?"',
    'expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"',
    '# RFC 6749, 4.1.2: the authorization response',
    'Location: https://client.example.com/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz',
    '# RFC 6749, 5.1: the access token response',
    '{"access_token":"2YotnFZFEjr1zCsicMWpAA","token_type":"example","expires_in":3600,' +
      '"refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA"}',
    '# RFC 6749, 2.3.1: client password',
    'Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW',
    '# RFC 6750, 2.1',
    'Authorization: Bearer mF_9.B5f-4.1JqM',
    '',
  ].join('\n');
}

/** The generated workspace, several variants of each kind. */
export function generated(seed = SEED): BenignFile[] {
  const g = seededGen(seed);
  const out: BenignFile[] = [];
  for (let i = 0; i < 6; i++) {
    out.push({ rel: `workspace/notebooks/analysis_${i}.ipynb`, text: notebook(g) });
    out.push({ rel: `workspace/data/hashes_${i}.csv`, text: hashesCsv(g) });
    out.push({ rel: `workspace/logs/git_${i}.log`, text: gitLog(g) });
    out.push({ rel: `workspace/logs/run_${i}.log`, text: runLog(g) });
    out.push({ rel: `workspace/deploy/k8s_${i}.yaml`, text: k8s(g) });
    out.push({ rel: `workspace/deploy/compose_${i}.yml`, text: compose(g) });
    out.push({ rel: `workspace/infra/main_${i}.tf`, text: terraform(g) });
    out.push({ rel: `workspace/site/index_${i}.html`, text: html(g) });
    out.push(...lockfiles(g).map((f) => ({ ...f, rel: f.rel.replace('workspace/', `workspace/p${i}/`) })));
    out.push(...codeMentions(g).map((f) => ({ ...f, rel: f.rel.replace('workspace/', `workspace/p${i}/`) })));
  }
  out.push({ rel: 'workspace/tests/vectors.txt', text: vectors() });
  return out;
}

export interface Placed {
  rel: string;
  text: string;
  /** The planted secret (plants) or '' (twins: the whole text must come out unchanged). */
  value: string;
  name: string;
}

/** A password with symbols, a random key, a provider key: what a user or a tool writes in these places. */
function secretValue(g: SeededGen): string {
  return g.one([
    () => `${g.pick('upperAlnum', 2)}${g.pick('alnum', 14)}#${g.pick('alnum', 5)}!`,
    () => `sk-proj-${g.pick('urlsafe', 48)}`,
    () => `ghp_${g.pick('alnum', 36)}`,
    () => `xoxb-${g.pick('digits', 11)}-${g.pick('digits', 12)}-${g.pick('alnum', 24)}`,
    () => `${g.pick('alnum', 22)}9`,
    () => `AKIA${g.pick('base32', 16)}`,
  ])();
}

/**
 * Twins of this round's open values, each planted twice: the open value (a twin) and, in the same place or beside it,
 * a secret (a plant) the redactor must still take.
 */
export function placed(seed = SEED, keys?: { spki: string[]; pkcs8: string[] }): { plants: Placed[]; twins: Placed[] } {
  const g = seededGen(seed + 1);
  const plants: Placed[] = [];
  const twins: Placed[] = [];
  const RFC = ['SplxlOBeZQQYbYS6WxSbIA', '2YotnFZFEjr1zCsicMWpAA', 'tGzv3JOkF0XG5Qx2TlKWIA', 'mF_9.B5f-4.1JqM'];
  const ALGS = ['ecdsa-sha2-nistp256', 'chacha20-poly1305', 'aes256-gcm', 'ssh-ed25519', 'rsa-sha2-512', 'hmac-sha256'];
  const MODULES = ['@isaacs/fs-minipass', 'passport-local', 'keygrip', 'secret-handshake', './token-store.js'];
  for (let i = 0; i < 40; i++) {
    const v = secretValue(g);
    const rfc = g.one(RFC);
    const name = g.one(['access_token', 'refresh_token', 'code']);
    twins.push({
      rel: 'workspace/docs/oauth.md',
      text: `    {"${name}":"${rfc}","token_type":"Bearer"}\n`,
      value: '',
      name: 'rfc',
    });
    plants.push({
      rel: 'workspace/docs/oauth.md',
      text: `    {"${name === 'code' ? 'access_token' : name}":"${v}","token_type":"Bearer"}\n`,
      value: v,
      name: 'rfc',
    });
    const alg = g.one(ALGS);
    twins.push({
      rel: 'workspace/keys.js',
      text: `      {\n        keytype: "${alg}",\n        scheme: "${alg}",\n        expires: null\n      },\n`,
      value: '',
      name: 'algorithm',
    });
    plants.push({
      rel: 'workspace/keys.js',
      text: `      {\n        scheme: "${alg}",\n        secret: "${v}"\n      },\n`,
      value: v,
      name: 'algorithm',
    });
    const mod = g.one(MODULES);
    const ident = g.one(['fs_minipass_1', 'passport_1', 'token_store_1', 'secret_1']);
    twins.push({
      rel: 'workspace/dist/index.cjs',
      text: `const ${ident} = require("${mod}");\n`,
      value: '',
      name: 'module',
    });
    twins.push({ rel: 'workspace/src/a.ts', text: `import ${ident} from '${mod}';\n`, value: '', name: 'module' });
    plants.push({
      rel: 'workspace/dist/index.cjs',
      text: `const ${ident} = require("${mod}");\nconst password = "${v}";\n`,
      value: v,
      name: 'module',
    });
    const word = g.one(['token', 'password', 'secret', 'api_key']);
    twins.push({
      rel: 'workspace/lexer.js',
      text: `const UNEXPECTED_${word.toUpperCase()} = /^Unexpected ${word} ([^ ]+) at (\\d+)$/;\n`,
      value: '',
      name: 'regex',
    });
    twins.push({
      rel: 'workspace/lexer.py',
      text: `${word}_re = r'[^\\W\\d]\\w*(?:\\.\\w+)*'\n`,
      value: '',
      name: 'regex',
    });
    plants.push({ rel: 'workspace/lexer.py', text: `${word} = r'${v}'\n`, value: v, name: 'regex' });
    twins.push({
      rel: 'workspace/api.html',
      text: `<li><code>${word}</code> <a href="#string" class="type">&#x3C;string></a> The ${word} to use.</li>\n`,
      value: '',
      name: 'entity',
    });
    plants.push({ rel: 'workspace/api.html', text: `<li><code>${word}</code>: ${v}</li>\n`, value: v, name: 'entity' });
    twins.push({
      rel: 'workspace/uri.py',
      text: `    unreserved = ('ABCDEFGHIJKLMNOPQRSTUVWXYZ'\n                  'abcdefghijklmnopqrstuvwxyz'\n                  '0123456789-_.~')\n`,
      value: '',
      name: 'alphabet',
    });
    const a = g.pick('alnum', 12);
    const b = g.pick('alnum', 12);
    plants.push({
      rel: 'workspace/uri.py',
      text: `    api_key = ('${a}'\n               '${b}')\n`,
      value: a,
      name: 'alphabet',
    });
  }
  for (const [i, k] of (keys?.spki ?? []).entries()) {
    twins.push({ rel: 'workspace/keys.json', text: `{"keyid":"k${i}","key":"${k}"}\n`, value: '', name: 'spki' });
    const p = keys!.pkcs8[i]!;
    plants.push({ rel: 'workspace/keys.json', text: `{"keyid":"k${i}","key":"${p}"}\n`, value: p, name: 'spki' });
  }
  return { plants, twins };
}
