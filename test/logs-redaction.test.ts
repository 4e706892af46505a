/**
 * `massgen logs` prints through the export's redaction (F5), and `logs analyze` points the assistant at redacted
 * copies of the run, never at the session (F15): a key from the project's .env and one the run's configuration names
 * (learned from execution_metadata.yaml) written bare in the question appear in no output, human or --json, nor in
 * the copies; `--raw` points at the session with a warning.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { oneAgentAttempt, under, writeTree } from './helpers/session-builder.js';
import { runCli, tempDir } from './helpers/env.js';
import { randomStrings } from './helpers/fake-secrets.js';

const ID = 'log_20260401_120000_000007';
/** A GitHub token's shape, known to no file: its name alone marks it. */
const GHP = `ghp_${randomStrings(5152)('alnum', 36)}`;

async function session() {
  const r = randomStrings(5151);
  const [fromEnv, learned] = [r('alnum', 32), r('alnum', 32)];
  const base = await tempDir('mgs-lr-');
  const logs = path.join(base, '.massgen', 'massgen_logs');
  const root = path.join(logs, ID);
  await writeTree(
    root,
    under(
      'turn_1/attempt_1',
      oneAgentAttempt({
        question: `why does ${fromEnv} fail while ${learned} works?`,
        sessionName: ID,
        apiKeyLine: `api_key: ${learned}`,
        // Files and a folder named after a key (hostile 57: the copies kept such names, the export leaves them out).
        workspace: () => ({
          'notes.txt': `tried ${fromEnv}\n`,
          [`${fromEnv}.txt`]: 'hello\n',
          [`${learned}/a.txt`]: 'hello\n',
          [`${GHP}.txt`]: 'hello\n',
        }),
      }),
    ),
  );
  await writeTree(base, { '.env': `DEEPSEEK_API_KEY=${fromEnv}\n` });
  return { base, logs, root, secrets: [fromEnv, learned] };
}

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) out.push(path.join(e.parentPath, e.name));
  return out;
}

describe('massgen logs: everything printed is redacted (F5)', () => {
  it('summary, tools, list and open, human and --json, print neither key', async () => {
    const { base, logs, root, secrets } = await session();
    const runs = [
      ['logs', 'summary', '--log-dir', root],
      ['logs', 'summary', '--log-dir', root, '--json'],
      ['logs', 'tools', '--log-dir', root, '--json'],
      ['logs', 'list', '--logs-dir', logs],
      ['logs', 'list', '--logs-dir', logs, '--json'],
    ];
    for (const args of runs) {
      const r = await runCli(args, { cwd: base });
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      for (const s of secrets) {
        assert.ok(!r.stdout.includes(s) && !r.stderr.includes(s), `${args.join(' ')} printed ${s}:\n${r.stdout}`);
      }
      if (!args.includes('tools')) assert.match(r.stdout, /why does \S+ fail while \S+ works/, args.join(' '));
    }
  });
});

describe('massgen logs analyze: redacted copies (F15)', () => {
  it('points the assistant at redacted copies of the run, never at the session, nor at names that hold a key', async () => {
    const { base, root, secrets } = await session();
    const r = await runCli(['logs', 'analyze', '--log-dir', root, '--json'], { cwd: base });
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { redacted_copy: string; files: string[]; prompt: string; report_path: string };
    assert.ok(doc.redacted_copy, 'a redacted copy');
    assert.ok(!doc.prompt.includes(`${root}/turn_1/attempt_1`), 'the prompt does not name the session files');
    assert.ok(doc.files.length > 0 && doc.files.every((f) => f.startsWith(doc.redacted_copy)), doc.files.join());
    assert.match(doc.prompt, /redacted copies/);
    assert.equal(doc.report_path, path.join(root, 'turn_1', 'ANALYSIS_REPORT.md'), 'the report goes to the session');
    const copies = await files(doc.redacted_copy);
    assert.ok(
      copies.some((f) => f.endsWith('execution_metadata.yaml')),
      copies.join('\n'),
    );
    assert.ok(
      copies.some((f) => f.endsWith('notes.txt')),
      copies.join('\n'),
    );
    for (const f of copies) {
      const text = await readFile(f, 'utf8');
      for (const s of [...secrets, GHP]) assert.ok(!text.includes(s) && !f.includes(s), `${f} holds ${s}`);
    }
  });

  it('--raw points at the session itself, with a warning', async () => {
    const { base, root } = await session();
    const r = await runCli(['logs', 'analyze', '--log-dir', root, '--raw'], { cwd: base });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^Analyze the MassGen run in ${root}$`, 'm'));
    assert.match(r.stderr, /^Warning: --raw points the assistant at the session’s own files, which are not redacted/m);
  });
});

describe("massgen logs list: each session's own redact: patterns (leftovers of round 6)", () => {
  it("a token each session's .massgenignore names is redacted in its row, human and --json", async () => {
    const base = await tempDir('mgs-lr-');
    const logs = path.join(base, '.massgen', 'massgen_logs');
    const r = randomStrings(6064);
    const ids = ['log_20260401_120000_000011', 'log_20260401_130000_000012', 'log_20260401_140000_000013'];
    const tokens = ids.map((_, i) => `ACME${i}-${r('digits', 6)}-${r('letters', 5)}`);
    for (const [i, id] of ids.entries()) {
      const root = path.join(logs, id);
      const question = `why does ticket ${tokens[i]} fail?`;
      await writeTree(root, under('turn_1/attempt_1', oneAgentAttempt({ question, sessionName: id })));
      await writeTree(root, { '.massgenignore': `# session ${i}\nredact: ACME${i}-[0-9]{6}-[A-Za-z]{5}\n` });
    }
    for (const args of [
      ['logs', 'list', '--logs-dir', logs],
      ['logs', 'list', '--logs-dir', logs, '--json'],
    ]) {
      const res = await runCli(args, { cwd: base });
      assert.equal(res.code, 0, res.stderr);
      assert.match(res.stdout, /why does ticket/);
      for (const t of tokens) assert.ok(!res.stdout.includes(t), `${args.join(' ')} printed ${t}:\n${res.stdout}`);
    }
  });
});
