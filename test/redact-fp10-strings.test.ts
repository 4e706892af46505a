/**
 * Strings still changed in benign session files after attack8 (issue 11, category 8), each a category of 10 or more
 * variants that must come out byte-identical, and beside each a true secret in the same place that must still be
 * redacted: a UUID under a bare `key` (a React key, a variable, a cache's key), what a secret-store command printed
 * that is no secret (`-o jsonpath='{.metadata.uid}'`, a digest), a textbook `Authorization: Basic` pair, a key's id
 * given to gpg, gcloud's secret references, a local database URL with a development default, a hash beside a model's
 * name.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leakedPlacements, randomToken, type Planted } from './helpers/placements.js';

const rand = rng(Number(process.env.REDACT_SEED ?? 1010));
const tok = randomToken(rand);
const hex = (n: number): string => tok(CHARSETS.hex, n);
const uuid = (): string => {
  const h = hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const key = (): string => tok(CHARSETS.alnum, 32);
const b64 = (s: string): string => Buffer.from(s).toString('base64');

/** Look-alikes built from templates, each filled with a fresh value. */
const fill = (templates: [string, (v: string) => string][], value: () => string): [string, string][] =>
  templates.flatMap(([rel, t]) => [0, 1, 2].map((): [string, string] => [rel, t(value())]));
const plant = (templates: [string, (v: string) => string][], value: () => string): Planted[] =>
  templates.map(([rel, t]) => [rel, t, value]);

describe('a UUID under a bare `key`: a React key, a variable, a cache entry', () => {
  const places: [string, (v: string) => string][] = [
    ['src/flows.ts', (v) => `const key = "${v}";\n`],
    ['src/list.js', (v) => `let key = '${v}';\n`],
    ['src/old.js', (v) => `var key = "${v}";\n`],
    ['src/Row.tsx', (v) => `return <li key="${v}">{item.name}</li>;\n`],
    ['src/Grid.tsx', (v) => `<Row key={"${v}"} cells={cells} />\n`],
    ['main.go', (v) => `key := "${v}"\n`],
    ['lib/a.dart', (v) => `final key = '${v}';\n`],
    ['App.kt', (v) => `val key = "${v}"\n`],
    ['config/app.yaml', (v) => `cache:\n    key: "${v}"\n    ttl: 300\n`],
    ['config/jobs.yaml', (v) => `idempotency:\n  key: ${v}\n`],
    ['config/site.yaml', (v) => `app:\n  cache:\n    key_prefix: "lp:"\n    key: "${v}"\n`],
    [
      'config/full.yaml',
      (v) =>
        `app:\n  api_key_header: X-API-Key\n  auth:\n    provider: auth0\n    client_secret: \${AUTH0_CLIENT_SECRET}\n` +
        `  cache:\n    key_prefix: "lp:"\n    key: "${v}"\n`,
    ],
    ['config/lookup.yaml', (v) => `lookup:\n  key: '${v}'\n`],
    ['src/types.ts', (v) => `const key: string = "${v}";\n`],
  ];
  it('keeps the UUID', () => assert.deepEqual(damaged(fill(places, uuid)), []));
  // A React element's key is no place for a secret (a random one is an id there too): the others are.
  const code = places.filter(([rel]) => !rel.endsWith('.tsx'));
  it('still redacts a random key in the same place', () => assert.deepEqual(leakedPlacements(plant(code, key)), []));
});

describe('a secret-store command whose output is no secret', () => {
  const cmds = [
    "kubectl get secret app-tls -o jsonpath='{.metadata.uid}'",
    "kubectl get secret db-creds -n prod -o jsonpath='{.metadata.uid}'",
    'kubectl get secrets app -o jsonpath="{.metadata.uid}"',
    "kubectl -n kube-system get secret sa-token -o jsonpath='{.metadata.resourceVersion}'",
    "kubectl get secret registry -o=jsonpath='{.metadata.uid}'",
    'echo $GITHUB_TOKEN | sha256sum',
    'echo -n "$OPENAI_API_KEY" | sha256sum',
    'printenv ANTHROPIC_API_KEY | md5sum',
    'echo $SECRET_KEY | shasum -a 256',
    'cat ~/.openai_token | sha256sum',
  ];
  const output = (c: string): string => (/sum/.test(c) ? `${hex(/md5/.test(c) ? 32 : 64)}  -` : uuid());
  const cases: [string, string][] = [];
  for (const c of cmds) {
    cases.push(['logs/terminal.txt', `$ ${c}\n${output(c)}\n`]);
    cases.push([
      'execution_trace.md',
      `### Tool Call: bash\n\n\`\`\`\n${c}\n\`\`\`\n\n### Tool Result:\n\n${output(c)}\n`,
    ]);
  }
  it('keeps the id or the digest', () => assert.deepEqual(damaged(cases), []));
  it('still redacts what a command that prints a secret printed', () => {
    const missed = leakedPlacements([
      ['logs/terminal.txt', (v) => `$ kubectl get secret db -o jsonpath='{.data.password}' | base64 -d\n${v}\n`, key],
      ['logs/terminal.txt', (v) => `$ echo $OPENAI_API_KEY\n${v}\n`, key],
      ['logs/terminal.txt', (v) => `$ printenv ANTHROPIC_API_KEY\n${v}\n`, key],
      ['logs/terminal.txt', (v) => `$ cat ~/.openai_token\n${v}\n`, key],
    ]);
    assert.deepEqual(missed, []);
  });
});

describe('`Authorization: Basic` with a textbook pair', () => {
  const pairs = [
    'user:pass',
    'user:password',
    'username:password',
    'admin:admin',
    'Aladdin:open sesame',
    'foo:bar',
    'test:test',
    'demo:demo',
    'guest:guest',
    'alice:secret',
    'root:changeme',
    'api:example',
  ];
  const forms: [string, (v: string) => string][] = [
    ['docs/http.md', (v) => `Basic auth example: \`Authorization: Basic ${v}\` (that is \`user:pass\`).\n`],
    ['docs/curl.md', (v) => `curl -H "Authorization: Basic ${v}" http://localhost:8080/\n`],
    ['test/api.test.ts', (v) => `headers: { Authorization: "Basic ${v}" },\n`],
  ];
  it('keeps the example', () =>
    assert.deepEqual(damaged(pairs.flatMap((p) => forms.map(([rel, t]): [string, string] => [rel, t(b64(p))]))), []));
  it('still redacts a real password in the same place', () => {
    const value = (): string => b64(`deploy:${tok(CHARSETS.alnum, 20)}`);
    assert.deepEqual(leakedPlacements(plant(forms, value)), []);
  });
});

describe('a key id given to gpg or git, and gcloud secret references', () => {
  const ids = (): string => pick([() => `0x${hex(16).toUpperCase()}`, () => hex(16).toUpperCase(), () => hex(40)])();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const gpg: [string, (v: string) => string][] = [
    ['logs/flags.txt', (v) => `$ gpg --default-key ${v} --sign notes.txt\n`],
    ['logs/flags.txt', (v) => `$ gpg --local-user ${v} --clearsign release.txt\n`],
    ['logs/flags.txt', (v) => `$ gpg -u ${v} --detach-sign dist.tar.gz\n`],
    ['logs/flags.txt', (v) => `$ gpg --recipient ${v} --encrypt secrets.tar\n`],
    ['logs/flags.txt', (v) => `$ gpg --encrypt-to ${v} -e notes.txt\n`],
    ['logs/flags.txt', (v) => `$ gpg --keyserver keys.openpgp.org --recv-keys ${v}\n`],
    ['logs/flags.txt', (v) => `$ gpg --edit-key ${v} trust\n`],
    ['logs/flags.txt', (v) => `$ gpg2 --armor --export ${v} > pub.asc\n`],
    ['logs/flags.txt', (v) => `$ git config --global user.signingkey ${v}\n`],
    ['.gitconfig', (v) => `[user]\n\tsigningkey = ${v}\n`],
  ];
  const refs = ['db-password', 'openai-api-key-prod', 'stripe-secret', 'api-key', 'session-secret'];
  const gcloud: [string, string][] = [];
  for (const r of refs) {
    const v = pick(['latest', '3', '12']);
    gcloud.push(
      ['logs/flags.txt', `$ gcloud run deploy api --set-secrets=DB_PASSWORD=${r}:${v},API_KEY=api-key:3\n`],
      ['deploy.sh', `gcloud run deploy api --update-secrets=OPENAI_API_KEY=${r}:latest,SECRET_KEY=${r}:${v}\n`],
      ['deploy.sh', `gcloud run services update api --set-secrets=/secrets/api=${r}:${v}\n`],
    );
  }
  it('keeps the key ids', () => assert.deepEqual(damaged(fill(gpg, ids)), []));
  it('keeps the references', () => assert.deepEqual(damaged(gcloud), []));
  it('still redacts a passphrase and a value beside them', () => {
    const missed = leakedPlacements([
      ['logs/flags.txt', (v) => `$ gpg --batch --passphrase ${v} --default-key 0xA1B2C3D4E5F60718 --sign a\n`, key],
      ['logs/flags.txt', (v) => `$ gcloud run deploy api --set-env-vars=API_KEY=${v} --set-secrets=X=x:1\n`, key],
      [
        'logs/flags.txt',
        (v) => `$ gcloud run deploy api --set-secrets=DB=db:latest --set-env-vars=DB_PASSWORD=${v}\n`,
        key,
      ],
    ]);
    assert.deepEqual(missed, []);
  });
});

describe('a local database URL with a development default', () => {
  const urls = [
    'postgres://postgres:postgres@localhost:5432/app',
    'postgresql://agent:agent@localhost:5432/agent',
    'mysql://root:root@127.0.0.1:3306/shop',
    'amqp://guest:guest@localhost:5672/',
    'mongodb://root:example@mongo:27017/',
    'mongodb://admin:admin@localhost:27017/?authSource=admin',
    'postgres://user:password@localhost/app',
    'postgres://app:app@db:5432/app',
    'redis://default:redis@localhost:6379/0',
    'http://admin:changeme@localhost:9200',
    'postgresql://postgres:secret@0.0.0.0:5432/postgres',
    's3://minioadmin:minioadmin@localhost:9000/bucket',
  ];
  const forms = (u: string): [string, string][] => [
    ['README.md', `| \`DATABASE_URL\` | no | \`${u}\` |\n`],
    ['README.md', `Run \`psql ${u}\` to connect.\n`],
    ['docker-compose.yml', `services:\n  app:\n    environment:\n      DATABASE_URL: ${u}\n`],
  ];
  it('keeps the URL', () => assert.deepEqual(damaged(urls.flatMap(forms)), []));
  it('still redacts a random password, and a default on another host', () => {
    const missed = leakedPlacements(
      [
        ['README.md', (v) => `DATABASE_URL=postgres://postgres:${v}@localhost:5432/app\n`, key],
        ['README.md', (v) => `| \`DATABASE_URL\` | no | \`postgresql://agent:${v}@localhost:5432/agent\` |\n`, key],
        ['docker-compose.yml', (v) => `      DATABASE_URL: mysql://root:${v}@db:3306/shop\n`, key],
        ['README.md', (v) => `DATABASE_URL=postgres://postgres:${v}@db.prod.example.com:5432/app\n`, () => `postgres`],
      ],
      6,
      { leaks: (out) => !out.includes('[REDACTED') },
    );
    assert.deepEqual(missed, []);
  });
});

describe('a hash beside a model name that starts with a provider', () => {
  const models = [
    'mistral-large-latest',
    'mistral-small-2503',
    'claude-3-5-sonnet-20241022',
    'gpt-4o',
    'cohere/command-r-plus',
    'groq/llama-3.3-70b-versatile',
    'gemini-2.5-pro',
    'deepseek-reasoner',
    'mistral/codestral-latest',
    'anthropic/claude-opus-4',
    'openai/o3-mini',
  ];
  const forms: [string, (m: string, h: string) => string][] = [
    ['notes.md', (m, h) => `${m} ${h}\n`],
    ['results.md', (m, h) => `| ${m} | ${h} | 0.82 |\n`],
    ['run.log', (m, h) => `model=${m} ${h}\n`],
  ];
  const cases = models.flatMap((m) => forms.map(([rel, t]): [string, string] => [rel, t(m, hex(40))]));
  it('keeps the hash', () => assert.deepEqual(damaged(cases), []));
  it('still redacts a key labelled by the provider alone', () => {
    const missed = leakedPlacements([
      ['notes.md', (v) => `mistral ${v}\n`, key],
      ['notes.md', (v) => `Mistral: ${v}\n`, key],
      ['notes.md', (v) => `cohere key ${v}\n`, () => tok(CHARSETS.alnum, 40)],
    ]);
    assert.deepEqual(missed, []);
  });
});
