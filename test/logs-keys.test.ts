/**
 * `massgen logs` prints object keys of the run's files as text: tool names (the keys of `tools.by_tool`), agent ids
 * (the keys of status.json `agents`), and paths (the session's directory, the attempt directories, the files the
 * analysis reads). A secret held by one of them is redacted in every output, human and --json, stdout and stderr.
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile, chmod } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { oneAgentAttempt, under, writeTree } from './helpers/session-builder.js';
import { runCli, tempDir } from './helpers/env.js';
import { fakeSecrets, randomStrings, windows } from './helpers/fake-secrets.js';
import { familyFakes } from './helpers/fake-families.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { redactedStrings } from '../src/core/redact/printed.js';
import { redactPrinted } from '../src/core/redact/printed-names.js';

const ID = 'log_20260401_120000_000019';

/**
 * Secrets that can be a key or a path segment (one line, no slash) and that a value made of them alone is redacted
 * as (a random password is a secret only by what is written around it).
 */
function planted(): { family: string; value: string }[] {
  const bare = new Redactor();
  const one = (v: string) => !/[\n/\\]/.test(v) && v.length >= 16 && bare.redactString(v) !== v;
  return [
    ...fakeSecrets()
      .filter((s) => one(s.value) && !s.byKeyName)
      .map((s) => ({ family: s.family, value: s.value })),
    ...familyFakes()
      .filter((f) => f.text === f.value && one(f.value))
      .map((f) => ({ family: f.family, value: f.value })),
  ];
}

/** Writes one attempt of the session at `root` (turn 1 unless the spec says). */
const attempt = (root: string, spec: Partial<Parameters<typeof oneAgentAttempt>[0]>) =>
  writeTree(
    root,
    under(`turn_${spec.turnNumber ?? 1}/attempt_1`, oneAgentAttempt({ question: 'q', sessionName: ID, ...spec })),
  );

/** The names a secret is a tool under: bare, as an MCP tool's server, as a tool's suffix. */
const toolNames = (v: string, i: number): string => [v, `mcp__${v}__search`, `mcp__files__${v}`, `${v}_tool`][i % 4]!;

async function session() {
  const secrets = planted();
  const hook = fakeSecrets().find((s) => s.family === 'slack-webhook')!.value;
  const ghp = fakeSecrets().find((s) => s.family === 'github-classic')!.value;
  const base = path.join(await tempDir('mgs-lk-'), ...hook.replace(/^https:\/\//, '').split('/'), ghp, 'proj');
  const logs = path.join(base, '.massgen', 'massgen_logs');
  const root = path.join(logs, ID);
  const agent = secrets.find((s) => s.family === 'openrouter')!.value;
  const moreTools = Object.fromEntries(
    secrets.map((s, i) => [toolNames(s.value, i), [i + 1, 0, 10 + i] as [number, number, number]]),
  );
  await writeTree(
    root,
    under('turn_1/attempt_1', oneAgentAttempt({ question: 'build a landing page', sessionName: ID, moreTools })),
  );
  await writeTree(
    root,
    under(
      'turn_2/attempt_1',
      oneAgentAttempt({
        question: 'and deploy it',
        sessionName: ID,
        agents: ['agent_a', agent],
        winner: null,
        finishReason: 'error',
        agentErrors: { [agent]: { type: 'error', message: 'rate limited' } },
        turnNumber: 2,
      }),
    ),
  );
  return { base, logs, root, secrets: [...secrets, { family: 'slack-webhook', value: hook }] };
}

function leaked(text: string, secrets: readonly { family: string; value: string }[]): string[] {
  const out: string[] = [];
  for (const s of secrets) for (const w of windows(s.value)) if (text.includes(w)) out.push(`${s.family}: …${w}…`);
  return [...new Set(out)];
}

describe('massgen logs: keys and paths are redacted as values are', () => {
  it('no window of a secret held by a tool name, an agent id or a path segment is printed', async () => {
    const { base, logs, root, secrets } = await session();
    const bin = path.join(base, 'bin');
    await mkdir(bin, { recursive: true });
    await writeFile(path.join(bin, 'xdg-open'), '#!/bin/sh\nexit 0\n');
    await chmod(path.join(bin, 'xdg-open'), 0o755);
    const env = { PATH: `${bin}:${process.env.PATH}` };
    const runs = [
      ['logs', 'summary', '--log-dir', root],
      ['logs', 'summary', '--log-dir', root, '--json'],
      ['logs', 'summary', '--log-dir', root, '--attempts', 'all', '--turns', '2'],
      ['logs', 'tools', '--log-dir', root],
      ['logs', 'tools', '--log-dir', root, '--sort', 'calls'],
      ['logs', 'tools', '--log-dir', root, '--json'],
      ['logs', 'list', '--logs-dir', logs],
      ['logs', 'list', '--logs-dir', logs, '--json'],
      ['logs', 'analyze', '--log-dir', root],
      ['logs', 'analyze', '--log-dir', root, '--json'],
      ['logs', 'open', '--log-dir', root],
      ['logs', 'open', '--log-dir', root, '--json'],
    ];
    const found: string[] = [];
    for (const args of runs) {
      const r = await runCli(args, { cwd: base, env });
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      const fams = [...new Set(leaked(r.stdout + r.stderr, secrets).map((l) => l.split(':')[0]))];
      if (fams.length)
        found.push(
          `${args
            .slice(1)
            .filter((a) => a !== root && a !== logs)
            .join(' ')}: ${fams.join(', ')}`,
        );
      if (process.env.DUMP) console.log(args.join(' '), '\n', r.stdout, r.stderr);
    }
    assert.deepEqual(found, []);
  });
});

describe('massgen logs: names that hold no secret are printed as they are', () => {
  it('tool names, agent ids and paths with ids, hashes, uuids and dates come out byte for byte', async () => {
    const r = randomStrings(9191);
    const uuid = `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
    const tools = [
      'mcp__filesystem__write_file',
      'mcp__github__create_pull_request',
      'mcp__context7__get-library-docs',
      'mcp__brave_search__brave_web_search',
      'web_search_20250305',
      `mcp__runner_${uuid}__execute`,
      `cache_${r('hex', 40)}_lookup`,
      `mcp__store__get_${r('hex', 64)}`,
      `call_${r('alnum', 24)}`,
      `toolu_01${r('alnum', 22)}`,
      'new_answer',
      'vote',
    ];
    const sha = r('hex', 40);
    const base = path.join(
      await tempDir('mgs-lk-'),
      '.cache/huggingface/hub/models--Qwen--Qwen2.5-7B/snapshots',
      sha,
      '2026-01-31',
      uuid,
      'proj',
    );
    const logs = path.join(base, '.massgen', 'massgen_logs');
    const root = path.join(logs, ID);
    const moreTools = Object.fromEntries(tools.map((t, i) => [t, [i + 1, 0, 10 + i] as [number, number, number]]));
    const agent = `agent_${r('hex', 12)}`;
    await attempt(root, {
      agents: [agent],
      winner: null,
      finishReason: 'error',
      agentErrors: { [agent]: { type: 'error', message: 'rate limited' } },
      moreTools,
    });
    const human = await runCli(['logs', 'tools', '--log-dir', root], { cwd: base });
    assert.equal(human.code, 0, human.stderr);
    for (const t of tools) assert.ok(human.stdout.includes(t), `${t} changed:\n${human.stdout}`);
    const json = await runCli(['logs', 'tools', '--log-dir', root, '--json'], { cwd: base });
    const doc = JSON.parse(json.stdout) as { tools: { name: string }[]; session: { root: string } };
    assert.deepEqual(
      doc.tools.map((t) => t.name).sort(),
      [...tools, 'mcp__filesystem__write_file'].filter((t, i, a) => a.indexOf(t) === i).sort(),
    );
    assert.equal(doc.session.root, root);
    const summary = await runCli(['logs', 'summary', '--log-dir', root], { cwd: base });
    assert.ok(summary.stdout.includes(`${agent} error: rate limited`), summary.stdout);
    assert.ok(summary.stdout.includes(root), summary.stdout);
  });
});

describe('massgen logs: names redacted to the same text stay distinct', () => {
  it('two tools named after two tokens are two rows, the second marked #2', async () => {
    const r = randomStrings(4242);
    const [a, b] = [`${'gh'}p_${r('alnum', 36)}`, `${'gh'}p_${r('alnum', 36)}`];
    const base = await tempDir('mgs-lk-');
    const root = path.join(base, '.massgen', 'massgen_logs', ID);
    const moreTools = { [`mcp__gh__${a}`]: [3, 0, 30], [`mcp__gh__${b}`]: [2, 0, 20] } as Record<
      string,
      [number, number, number]
    >;
    await attempt(root, { moreTools });
    const json = await runCli(['logs', 'tools', '--log-dir', root, '--json', '--sort', 'calls'], { cwd: base });
    assert.equal(json.code, 0, json.stderr);
    const names = (JSON.parse(json.stdout) as { tools: { name: string }[] }).tools.map((t) => t.name);
    assert.deepEqual(
      names.filter((n) => n.startsWith('mcp__gh__')),
      ['mcp__gh__[REDACTED:github-token]', 'mcp__gh__[REDACTED:github-token] #2'],
    );
    assert.ok(!json.stdout.includes(a.slice(-12)) && !json.stdout.includes(b.slice(-12)));
  });

  it("an object's keys are redacted and kept distinct (redactedStrings)", () => {
    const r = randomStrings(4343);
    const [a, b] = [`${'gh'}p_${r('alnum', 36)}`, `${'gh'}p_${r('alnum', 36)}`];
    const red = new Redactor();
    const name = (t: string) => redactPrinted(t, red);
    const out = redactedStrings({ [`x_${a}`]: { [b]: a }, [`x_${b}`]: 2, plain_key: 'agent_a' }, name, name);
    assert.deepEqual(out, {
      'x_[REDACTED:github-token]': { '[REDACTED:github-token]': '[REDACTED:github-token]' },
      'x_[REDACTED:github-token] #2': 2,
      plain_key: 'agent_a',
    });
  });
});
