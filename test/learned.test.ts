import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import YAML from 'yaml';
import { knownValuesFromEnv } from '../src/core/redact/known-values.js';
import { propagatable } from '../src/core/redact/learned.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, leaks, rng, type FakeSecret } from './helpers/fake-secrets.js';
import { onlyJson, runCli, tempDir } from './helpers/env.js';
import { attemptTree, under, writeTree, type Tree } from './helpers/session-builder.js';

const exec = promisify(execFile);
const rand = rng(Number(process.env.REDACT_SEED ?? 20261125) + 7);
const random = (set: keyof typeof CHARSETS, n: number): string =>
  Array.from({ length: n }, () => CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)]).join('');

/** A prefix-less provider key (Mistral's are 32 letters and digits): no shape rule knows it. */
const MISTRAL = random('alnum', 32);
/** Values only a left-out file names: a workspace `.env` and a `credentials.json`. */
const WS_ENV = random('alnum', 28);
const CRED = `${random('urlsafe', 12)}-${random('alnum', 18)}`;
/** Named only by a flag in a workspace script (measured late), and verbatim in answers measured before it. */
const LATE = random('alnum', 30);
/** Named only in a workspace config left out by --workspace-limit. */
const LIMITED = random('alnum', 26);
const planted: FakeSecret[] = [
  { family: 'learned-late', value: LATE, context: '' },
  { family: 'left-out-config', value: LIMITED, context: '' },
  { family: 'mistral-by-key-name', value: MISTRAL, context: '' },
  { family: 'workspace-dotenv', value: WS_ENV, context: '' },
  { family: 'credentials-json', value: CRED, context: '' },
];

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else out.push(p);
  }
  return out;
}

describe('learned values: a value named secret in one file is redacted in every other', () => {
  let base: string;
  let cwd: string;
  const env = () => ({ HOME: cwd });
  before(async () => {
    base = await tempDir();
    cwd = path.join(base, 'project');
    const session = path.join(cwd, '.massgen', 'massgen_logs', 'log_20260301_100000_000002');
    const line = `MISTRAL key in use: ${MISTRAL}`;
    const tree: Tree = attemptTree({
      question: `Why does ${MISTRAL} fail?`,
      agents: ['agent_a', 'agent_b', 'agent_c'],
      winner: 'agent_b',
      finishReason: 'completed',
      start: 1769854500,
      cost: 0.1,
      inputTokens: 10,
      outputTokens: 5,
      attemptNumber: 1,
      turnNumber: 1,
      sessionName: 'log_20260301_100000_000002',
      withAgentOutputs: true,
      apiKeyLine: `api_key: ${MISTRAL}`,
      workspace: () => ({
        'notes.md': `# Notes\nThe service answered 401 with ${MISTRAL}.\nWe use postgres for storage.\n`,
        'config.yaml': 'database:\n  url: postgres://db.internal:5432/app\n  engine: postgres\n',
        'deploy.md': `Deployed with ${WS_ENV} and ${CRED}.\n`,
        'settings.yaml': `service:\n  auth_token: ${LIMITED}\n${'# padding line\n'.repeat(300)}`,
        'run.sh': `#!/bin/sh\nmistral-cli --api-key ${LATE} chat\n`,
        '.env': `MY_SERVICE_KEY=${WS_ENV}\n`,
        'credentials.json': JSON.stringify({ installed: { client_id: 'app.apps.example', client_secret: CRED } }),
      }),
    });
    for (const k of Object.keys(tree))
      if (/answer\.txt$/.test(k)) tree[k] = `${tree[k] as string}\nIt worked once ${LATE} was set (${LIMITED}).\n`;
    let traces = 0;
    for (const [k, v] of Object.entries(tree)) {
      if (/execution_trace\.md$|agent_outputs\/agent_[abc]\.txt$/.test(k) && typeof v === 'string') {
        tree[k] = `${v}\n${line}\n`;
        traces++;
      }
    }
    assert.ok(traces >= 9, `planted in ${traces} traces and outputs`);
    await writeTree(session, under('turn_1/attempt_1', tree));
    // The project's .env names a short default: it is redacted where named, and nowhere else.
    await writeFile(path.join(cwd, '.env'), 'POSTGRES_PASSWORD=postgres\n');
  });

  it('--dry-run --json and the human report hold no window of any learned value', async () => {
    const dry = await runCli(['export', '--dry-run', '--json', '--verbose'], { cwd, env: env() });
    assert.equal(dry.code, 0, dry.stderr);
    assert.deepEqual(leaks(dry.stdout + dry.stderr, planted), []);
    const doc = onlyJson(dry.stdout);
    assert.match(doc.turns[0].question, /^Why does \[REDACTED:known-value:api_key\] fail\?$/);
    assert.ok(doc.redactions.by_rule['known-value'] >= 9, JSON.stringify(doc.redactions.by_rule));
    const human = await runCli(['export', '--dry-run', '--verbose'], { cwd, env: env() });
    assert.equal(human.code, 0, human.stderr);
    assert.deepEqual(leaks(human.stderr, planted), []);
  });

  it('--output x.zip (checked with the real unzip): no window anywhere; postgres survives; YAML parses', async () => {
    const zip = path.join(base, 'x.zip');
    const r = await runCli(['export', '--output', zip], { cwd, env: env() });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(leaks(r.stderr, planted), []);
    await exec('unzip', ['-t', zip]);
    const out = path.join(base, 'unzipped');
    await mkdir(out);
    await exec('unzip', ['-q', zip, '-d', out]);
    let text = '';
    const files = await filesUnder(out);
    for (const f of files) text += `\n${await readFile(f, 'latin1')}`;
    assert.deepEqual(leaks(text, planted), []);
    const traces = files.filter((f) => f.endsWith('execution_trace.md'));
    assert.ok(traces.length >= 7);
    for (const f of traces)
      assert.match(await readFile(f, 'utf8'), /MISTRAL key in use: \[REDACTED:known-value:api_key\]/);
    const config = files.find((f) => f.endsWith('workspace__config.yaml'))!;
    assert.deepEqual(YAML.parse(await readFile(config, 'utf8')), {
      database: { url: 'postgres://db.internal:5432/app', engine: 'postgres' },
    });
    assert.ok(text.includes('We use postgres for storage.'));
    const meta = YAML.parse(
      await readFile(
        files.find((f) => f.endsWith('execution_metadata.yaml'))!,
        'utf8',
      ),
    );
    assert.match(meta.config.agents[0].backend.api_key, /^\[REDACTED:/);
    assert.ok((await stat(zip)).size > 0);
  });

  it('a config left out by --workspace-limit still teaches its values', async () => {
    const r = await runCli(['export', '--dry-run', '--json', '--workspace-limit', '1KB'], { cwd, env: env() });
    assert.equal(r.code, 0, r.stderr);
    const doc = onlyJson(r.stdout);
    assert.ok(doc.left_out.some((l: { path: string }) => l.path.endsWith('workspace/settings.yaml')));
    const dir = path.join(base, 'limited');
    const o = await runCli(['export', '--output', dir, '--workspace-limit', '1KB'], { cwd, env: env() });
    assert.equal(o.code, 0, o.stderr);
    let text = '';
    for (const f of await filesUnder(dir)) text += `\n${await readFile(f, 'latin1')}`;
    assert.ok(text.includes('It worked once'));
    assert.deepEqual(leaks(text, planted), []);
  });
});

describe('which values are propagated', () => {
  it('never short defaults, words, placeholders, paths or numbers; yes to key-like values', () => {
    for (const v of [
      'postgres',
      'admin',
      'password',
      'changeme',
      'root',
      'secret',
      'Password123!',
      'postgres2024',
      'correcthorse',
      'your-api-key-here',
      '${OPENAI_API_KEY}',
      '/home/u/.config',
      '1769854500.123',
      'aaaaaaaaaaaaaaaa',
      'abababababababab',
      'sk-example-key-123',
      'localhost:5432',
    ]) {
      assert.equal(propagatable(v), false, v);
    }
    for (const v of [MISTRAL, WS_ENV, CRED, 'Xk9#mQ2zLp4!', 'qkzmprtlwvbnxjhdfgsc'])
      assert.equal(propagatable(v), true, v);
  });
  it('a .env default (POSTGRES_PASSWORD=postgres) is not a known value; a real key is', () => {
    const known = knownValuesFromEnv({
      POSTGRES_PASSWORD: 'postgres',
      ADMIN_PASSWORD: 'admin',
      MISTRAL_API_KEY: MISTRAL,
    });
    assert.deepEqual(
      known.map((k) => k.name),
      ['MISTRAL_API_KEY'],
    );
  });
  it('a value learned by key name is replaced everywhere after, and only while learning is on', () => {
    const r = new Redactor({ learn: true });
    r.active(true);
    assert.equal(
      r.redactString(`api_key: ${MISTRAL}\npassword: postgres\n`),
      'api_key: [REDACTED:secret-key-value]\npassword: [REDACTED:secret-key-value]\n',
    );
    assert.equal(
      r.redactString(`in use: ${MISTRAL}; db postgres`),
      'in use: [REDACTED:known-value:api_key]; db postgres',
    );
    r.active(false);
    // (Not alone on the next line: two lines of one width are a value cut by a narrow wrap, narrow-wraps.ts.)
    assert.equal(
      r.redactString(`token: ${WS_ENV}\nin use: ${WS_ENV}`),
      `token: [REDACTED:secret-key-value]\nin use: ${WS_ENV}`,
    );
  });
});
