import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import YAML from 'yaml';
import { attemptTree, under, writeTree, type Tree } from './helpers/session-builder.js';
import { encodings, fakeSecrets, leaks, lookAlikes, type FakeSecret } from './helpers/fake-secrets.js';
import { hashTree, onlyJson, runCli, tempDir } from './helpers/env.js';

const exec = promisify(execFile);
const secrets = fakeSecrets(Number(process.env.REDACT_SEED ?? 20261125) + 1);
const alikes = lookAlikes(11);
const ENV_ONLY = { name: 'MISTRAL_API_KEY', value: 'Mz7Qp2Lk9Xw4Rt6Yb1Nc8Vd3' };
const DOTENV_ONLY = { name: 'QWEN_API_KEY', value: 'qw-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d' };
const CUSTOM = 'ACME-INTERNAL-778899';
const IGNORE_CUSTOM = 'corp-ticket-445566';
const extras: FakeSecret[] = [
  { family: 'env-value', value: ENV_ONLY.value, context: `mistral key is ${ENV_ONLY.value}` },
  { family: 'dotenv-value', value: DOTENV_ONLY.value, context: `qwen key: ${DOTENV_ONLY.value}` },
  { family: 'custom-pattern', value: CUSTOM, context: `internal id ${CUSTOM}` },
  { family: 'massgenignore-pattern', value: IGNORE_CUSTOM, context: `see ${IGNORE_CUSTOM}` },
];
const all = [...secrets, ...extras];

/** Every planted line, in every encoding, with look-alikes around it. */
function corpus(): string {
  const parts: string[] = [alikes.join('\n')];
  for (const s of secrets) for (const text of Object.values(encodings(s))) parts.push(text);
  for (const s of extras) parts.push(s.context, JSON.stringify({ log: s.context }), `\u001b[32m${s.context}\u001b[0m`);
  parts.push(alikes.join('\n'));
  return `${parts.join('\n')}\n`;
}

/** A session with secrets planted in every kind of file the collector exports. */
function plantedSession(): Tree {
  const text = corpus();
  const anthropic = secrets.find((s) => s.family === 'anthropic')!.value;
  const spec = {
    question: `Deploy with key ${secrets.find((s) => s.family === 'openai-project')!.value}`,
    agents: ['agent_a', 'agent_b'],
    winner: 'agent_b',
    finishReason: 'completed' as const,
    start: 1769854500,
    cost: 0.3,
    inputTokens: 100,
    outputTokens: 50,
    attemptNumber: 1,
    turnNumber: 1,
    sessionName: 'log_20260301_100000_000001',
    withAgentOutputs: true,
    apiKeyLine: `api_key: ${anthropic}`,
    workspace: () => ({
      'app.py': `API_KEY = "${secrets.find((s) => s.family === 'groq')!.value}"\n${text}`,
      'config.json': JSON.stringify(
        { settings: Object.fromEntries(all.map((s) => [s.family, s.context])), look: alikes },
        null,
        2,
      ),
      'deploy.sh': text,
      'settings.toml': `[service]\napi_key = "${secrets.find((s) => s.family === 'xai')!.value}"\nmodel = "grok-4"\n`,
      'notes.md': text,
    }),
    extra: {
      'agent_outputs/agent_a.txt': `=== AGENT_A OUTPUT LOG ===\n${text}`,
      // larger than --max-file-size below: travels in the archive
      'agent_outputs/huge_trace.txt': text + 'z'.repeat(300 * 1024) + '\n' + text,
      'agent_outputs/blob.bin': Buffer.concat([
        Buffer.from([0, 1, 2, 3]),
        Buffer.from(secrets.find((s) => s.family === 'github-classic')!.context),
        Buffer.from([0, 0, 255]),
      ]),
      'agent_outputs/clean.bin': Buffer.from([0, 1, 2, 3, 4, 5, 250, 251]),
    } as Tree,
  };
  const tree = attemptTree(spec);
  const md = tree['execution_metadata.yaml'] as string;
  tree['execution_metadata.yaml'] = md.replace(
    'config:\n',
    `config:\n  mcp_servers:\n  - name: brave\n    command: npx\n    env:\n      BRAVE_API_KEY: ${secrets.find((s) => s.family === 'mcp-env-token')!.value}\n    headers:\n      Authorization: Bearer ${secrets.find((s) => s.family === 'bearer-header')!.value}\n`,
  );
  for (const [k, v] of Object.entries(tree)) {
    if (/\/(answer\.txt|execution_trace\.md|context\.txt)$/.test(k) && typeof v === 'string') tree[k] = `${v}\n${text}`;
    if (k.endsWith('vote.json') && typeof v === 'string')
      tree[k] = JSON.stringify({ ...JSON.parse(v), reason: text }, null, 2);
  }
  return under('turn_1/attempt_1', tree);
}

/** Everything an export wrote, decoded: gist files, base64 files, and the overflow archive's contents. */
async function exportedText(dir: string): Promise<string> {
  const names = (await readdir(dir)).sort();
  const manifest = JSON.parse(await readFile(path.join(dir, '_session_manifest.json'), 'utf8'));
  let text = '';
  for (const name of names) text += `\n${await readFile(path.join(dir, name), 'latin1')}`;
  for (const [name, entry] of Object.entries<any>(manifest.files)) {
    if (entry.encoding === 'base64')
      text += `\n${Buffer.from(await readFile(path.join(dir, name), 'latin1'), 'base64').toString('latin1')}`;
  }
  if (manifest.archive) {
    const zip = Buffer.concat(
      await Promise.all(
        manifest.archive.parts.map(async (p: string) =>
          Buffer.from(await readFile(path.join(dir, p), 'latin1'), 'base64'),
        ),
      ),
    );
    text += `\n${unzipAll(zip)}`;
  }
  return text;
}

/** Minimal zip reader (local headers, deflate or store) so the test sees every member's bytes. */
function unzipAll(zip: Buffer): string {
  let out = '';
  const cdOffset = zip.readUInt32LE(zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) + 16);
  for (let p = cdOffset; zip.readUInt32LE(p) === 0x02014b50;) {
    const method = zip.readUInt16LE(p + 10);
    const csize = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + csize);
    out += `\n${(method === 8 ? inflateRawSync(data) : data).toString('latin1')}`;
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

describe('no planted secret leaves the machine', () => {
  let base: string;
  let session: string;
  let cwd: string;
  const env = () => ({ [ENV_ONLY.name]: ENV_ONLY.value, HOME: cwd });
  before(async () => {
    base = await tempDir();
    cwd = path.join(base, 'project');
    session = path.join(cwd, '.massgen', 'massgen_logs', 'log_20260301_100000_000001');
    await writeTree(session, plantedSession());
    await writeFile(path.join(cwd, '.env'), `${DOTENV_ONLY.name}=${DOTENV_ONLY.value}\n`);
    await writeFile(path.join(session, '.massgenignore'), `redact: corp-ticket-[0-9]+\n`);
  });

  it('--output dir and zip: every family, every encoding, every kind of file, the archive too', async () => {
    const before = await hashTree(session);
    const dir = path.join(base, 'out-dir');
    const args = [
      'export',
      '--output',
      dir,
      '--max-file-size',
      '200KB',
      '--workspace-limit',
      '5MB',
      '--redact-extra',
      'ACME-INTERNAL-[0-9]+',
    ];
    const r = await runCli(args, { cwd, env: env() });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(leaks(r.stderr, all), [], 'nothing leaks to the terminal');
    const text = await exportedText(dir);
    assert.deepEqual(leaks(text, all), []);
    for (const line of alikes) assert.ok(text.includes(line), `look-alike survives: ${line.slice(0, 60)}`);
    const manifest = JSON.parse(await readFile(path.join(dir, '_session_manifest.json'), 'utf8'));
    assert.ok(
      manifest.archive.members.some((m: any) => m.path.endsWith('huge_trace.txt')),
      'the large trace travelled in the archive, redacted',
    );
    assert.ok(manifest.redactions.total > all.length);
    assert.ok(manifest.redactions.by_rule['anthropic-api-key'] > 0);
    assert.ok(manifest.redactions.by_rule['known-value'] > 0);
    assert.ok(manifest.redactions.by_rule.custom >= 2);
    assert.match(r.stderr, /Redacted \d+ values in \d+ files: /);
    // The first findings shown are those of the files ranked first: the final answer (answers rank before metadata).
    assert.match(r.stderr, /turn_1\/attempt_1\/final\/agent_b\/answer\.txt:\d+ +openai-api-key/);
    assert.match(
      r.stderr,
      /Withheld turn_1\/attempt_1\/agent_outputs\/blob\.bin: a binary file holding a secret \(github-token/,
    );
    assert.ok(manifest.left_out.some((l: any) => l.path.endsWith('blob.bin')));
    assert.ok(
      manifest.archive.members.some((m: any) => m.path.endsWith('clean.bin')),
      'binaries without secrets still travel',
    );
    const metaName = Object.keys(manifest.files).find((n) => n.endsWith('execution_metadata.yaml'))!;
    const meta = YAML.parse(await readFile(path.join(dir, metaName), 'utf8'));
    assert.equal(
      meta.config.agents[0].backend.api_key,
      '[REDACTED:anthropic-api-key]',
      'YAML stays valid, the placeholder a string',
    );
    assert.equal(meta.config.agents[0].backend.model, 'gpt-5.1');
    for (const [name, entry] of Object.entries<any>(manifest.files)) {
      if (name.endsWith('.json')) assert.doesNotThrow(() => JSON.parse(require8(path.join(dir, name))), name);
      assert.ok(entry.sha256.length === 64);
    }

    const zip = path.join(base, 'out.zip');
    const z = await runCli([...args.slice(0, 1), '--output', zip, ...args.slice(3)], { cwd, env: env() });
    assert.equal(z.code, 0, z.stderr);
    await exec('unzip', ['-t', zip]);
    const unz = path.join(base, 'unzipped');
    await mkdir(unz);
    await exec('unzip', ['-q', zip, '-d', unz]);
    assert.deepEqual(leaks(await exportedText(unz), all), []);
    assert.equal(await hashTree(session), before);
  });

  it('--json (dry run and output) and the human report leak nothing', async () => {
    const dry = await runCli(['export', '--dry-run', '--json', '--verbose', '--redact-extra', 'ACME-INTERNAL-[0-9]+'], {
      cwd,
      env: env(),
    });
    assert.equal(dry.code, 0, dry.stderr);
    assert.deepEqual(leaks(dry.stdout, all), []);
    const doc = onlyJson(dry.stdout);
    assert.ok(doc.redactions.total > 0);
    assert.ok(
      doc.redactions.findings.every(
        (f: any) => typeof f.line === 'number' && typeof f.rule === 'string' && Object.keys(f).length === 3,
      ),
    );
    assert.match(doc.turns[0].question, /^Deploy with key \[REDACTED:openai-api-key\]$/);
    const human = await runCli(['export', '--dry-run', '--verbose'], { cwd, env: env() });
    assert.deepEqual(leaks(human.stderr + human.stdout, secrets), []);
    assert.match(human.stdout, /Secret-bearing files left out|Redacted/);
  });

  it('a bad --redact-extra is a usage error', async () => {
    const r = await runCli(['export', '--dry-run', '--redact-extra', '(oops'], { cwd, env: env() });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Invalid --redact-extra pattern "\(oops"/);
  });

  it('cross-check: whatever secretlint 12 finds in the fake corpus, our output no longer holds', async () => {
    const { lintSource } = await import('@secretlint/core');
    const { creator } = await import('@secretlint/secretlint-rule-preset-recommend');
    const content = corpus();
    const result = await lintSource({
      source: { content, filePath: '/corpus.txt', ext: '.txt', contentType: 'text' },
      options: { config: { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: creator }] } },
    });
    assert.ok(result.messages.length >= 10, `secretlint found ${result.messages.length}`);
    const dir = path.join(base, 'xcheck');
    const r = await runCli(['export', '--output', dir, '--max-file-size', '200KB', '--workspace-limit', '5MB'], {
      cwd,
      env: env(),
    });
    assert.equal(r.code, 0, r.stderr);
    const text = await exportedText(dir);
    const missed = result.messages
      .map((m) => content.slice(m.range[0], m.range[1]))
      // secretlint's AWS secret range starts at the key name: look at its secret-looking tail.
      .map((found) => found.replace(/^[A-Za-z_]*\s*[=:]\s*["']?/, ''))
      .filter((found) => found.length >= 10 && text.includes(found));
    assert.deepEqual(missed, []);
  });
});

const require8 = (file: string): string => readFileSync(file, 'utf8');

describe('names that hold a secret', () => {
  const github = secrets.find((s) => s.family === 'github-classic')!.value;
  const anthropic = secrets.find((s) => s.family === 'anthropic')!.value;
  const inNames = [github, anthropic, ENV_ONLY.value];

  it('are left out (a directory is not entered), listed redacted, and appear in no output', async () => {
    const base = await tempDir();
    const cwd = path.join(base, 'project');
    const session = path.join(cwd, '.massgen', 'massgen_logs', 'log_20260301_100000_000002');
    const tree = attemptTree({
      question: 'Ship it',
      agents: ['agent_a'],
      winner: 'agent_a',
      finishReason: 'completed',
      start: 1769854500,
      cost: 0.1,
      inputTokens: 10,
      outputTokens: 5,
      attemptNumber: 1,
      turnNumber: 1,
      sessionName: 'log_20260301_100000_000002',
      workspace: () => ({
        'index.html': '<p>ok</p>\n',
        [`${anthropic}/notes.md`]: 'inside a secret directory\n',
        [`${anthropic}/deeper/x.md`]: 'x\n',
      }),
      extra: {
        [`agent_outputs/${github}.txt`]: 'named after a token\n',
        [`agent_outputs/dump ${ENV_ONLY.value}.json`]: '{}\n',
        'agent_outputs/fine.txt': 'fine\n',
        'agent_outputs/link-to-token': { link: `${github}.txt` },
        'agent_outputs/link-ok': { link: 'fine.txt' },
      },
    });
    await writeTree(session, under('turn_1/attempt_1', tree));
    const before = await hashTree(session);
    const env = { [ENV_ONLY.name]: ENV_ONLY.value, HOME: cwd };

    const dry = await runCli(['export', '--dry-run', '--json'], { cwd, env });
    assert.equal(dry.code, 0, dry.stderr);
    assert.deepEqual(
      inNames.filter((v) => dry.stdout.includes(v) || dry.stderr.includes(v)),
      [],
    );
    const doc = onlyJson(dry.stdout);
    const byPath = new Map<string, string>(
      doc.left_out.map((l: { path: string; reason: string }) => [l.path, l.reason]),
    );
    assert.match(
      byPath.get('turn_1/attempt_1/agent_outputs/[REDACTED:github-token].txt') ?? '',
      /name holds a secret \(github-token\)/,
    );
    assert.match(
      byPath.get('turn_1/attempt_1/agent_outputs/dump [REDACTED:known-value:MISTRAL_API_KEY].json') ?? '',
      /known-value/,
    );
    const dirs = [...byPath.keys()].filter((p) => p.endsWith('[REDACTED:anthropic-api-key]/'));
    assert.ok(dirs.length >= 1, 'the directory is listed once, not entered');
    assert.ok(![...byPath.keys()].some((p) => p.includes('deeper')), 'nothing below it was walked');
    assert.ok(doc.plan.files.some((f: { path: string }) => f.path.endsWith('agent_outputs/fine.txt')));
    assert.deepEqual(
      doc.plan.links.map((l: { path: string }) => l.path),
      ['turn_1/attempt_1/agent_outputs/link-ok'],
    );
    assert.match(
      byPath.get('turn_1/attempt_1/agent_outputs/link-to-token') ?? '',
      /symlink whose target holds a secret \(github-token\)/,
    );
    const a = doc.plan.accounting;
    assert.equal(a.uploaded + a.archived + a.left_out, a.walked);
    assert.ok(doc.redactions.secret_files.length >= 3);

    const zip = path.join(base, 'share.zip');
    const out = await runCli(['export', '--output', zip, '--verbose'], { cwd, env });
    assert.equal(out.code, 0, out.stderr);
    assert.deepEqual(
      inNames.filter((v) => out.stderr.includes(v)),
      [],
    );
    const listing = (await exec('unzip', ['-l', zip])).stdout;
    const manifest = (await exec('unzip', ['-p', zip, '_session_manifest.json'])).stdout;
    assert.deepEqual(
      inNames.filter((v) => listing.includes(v) || manifest.includes(v)),
      [],
    );
    assert.ok(listing.includes('agent_outputs__fine.txt'));
    assert.equal(await hashTree(session), before);
  });
});
