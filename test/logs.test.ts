/**
 * `massgen logs` (summary, tools) through the real CLI on the bundled sessions: totals checked
 * against the files themselves, the export's manifest agreeing with the summary, --log-dir naming
 * a session, a turn or an attempt, and partial or invalid metric files.
 */
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { copyFixture, FIXTURES, onlyJson, runCli, sessionOf } from './helpers/env.js';

const MIXED = sessionOf('logs-mixed');
const RESTART = sessionOf('multi-turn-restart');

const readJson = async (file: string): Promise<any> => JSON.parse(await readFile(file, 'utf8'));
async function maybeJson(file: string): Promise<any> {
  try {
    return await readJson(file);
  } catch {
    return null;
  }
}

/** What the files say for the latest attempt of each turn: cost and tokens (metrics, else status), wall time. */
async function fromFiles(attemptDirs: string[]) {
  let cost = 0;
  let input = 0;
  let output = 0;
  let seconds = 0;
  for (const dir of attemptDirs) {
    const metrics = await maybeJson(path.join(dir, 'metrics_summary.json'));
    const status = await readJson(path.join(dir, 'status.json'));
    cost += metrics ? metrics.totals.estimated_cost : status.costs.total_estimated_cost;
    input += metrics ? metrics.totals.input_tokens : status.costs.total_input_tokens;
    output += metrics ? metrics.totals.output_tokens : status.costs.total_output_tokens;
    seconds += status.meta.elapsed_seconds;
  }
  return { cost: Math.round(cost * 1e6) / 1e6, input, output, seconds };
}

describe('massgen logs summary', () => {
  test('aggregates every turn (latest attempt each) with totals and wall time that match the files', async () => {
    const r = await runCli(['logs', '--json'], { cwd: path.join(FIXTURES, 'logs-mixed') });
    assert.equal(r.code, 0, r.stderr);
    const doc = onlyJson(r.stdout);
    assert.equal(doc.version, 1);
    assert.equal(doc.command, 'summary');
    assert.equal(doc.session.id, 'log_20260204_100000_000004');
    assert.deepEqual(doc.selection, { available_turns: [1, 2, 3], turns: [1, 2, 3], attempts: 'latest' });
    const files = await fromFiles(
      ['turn_1/attempt_2', 'turn_2/attempt_3', 'turn_3/attempt_4'].map((d) => path.join(MIXED, d)),
    );
    assert.equal(doc.cost, files.cost);
    assert.equal(doc.tokens.input, files.input);
    assert.equal(doc.tokens.output, files.output);
    // Wall time: the attempts' elapsed_seconds, never the agents' round times added up.
    assert.equal(Math.round(doc.duration_seconds * 10) / 10, Math.round(files.seconds * 10) / 10);
    assert.equal(doc.status, 'error');
    assert.equal(doc.restarted_attempts, 1);
    assert.deepEqual(
      doc.turns.map((t: any) => [t.turn, t.attempt, t.total_attempts, t.status, t.source]),
      [
        [1, 2, 2, 'complete', 'metrics'],
        [2, 3, 1, 'error', 'status'],
        [3, 4, 1, 'complete', 'metrics'],
      ],
    );
    // The errored turn (no metrics_summary.json) is summarised from status.json, with its error.
    const errored = doc.turns[1];
    const status = await readJson(path.join(MIXED, 'turn_2/attempt_3/status.json'));
    assert.equal(errored.cost, status.costs.total_estimated_cost);
    assert.equal(errored.rounds.by_outcome.error, status.rounds.by_outcome.error);
    assert.equal(errored.error.message, 'Rate limit exceeded (429)');
    assert.equal(doc.rounds.by_outcome.error, 1);
  });

  test("the export's manifest totals and the summary agree (same selection, same reader)", async () => {
    for (const [session, extra] of [
      [MIXED, []],
      [RESTART, ['--turns', '2-3', '--attempts', 'all']],
      [sessionOf('legacy-0.1.2x'), []],
      [sessionOf('error-session'), []],
    ] as const) {
      const exp = await runCli(['export', session, '--dry-run', '--json', ...extra]);
      assert.equal(exp.code, 0, exp.stderr);
      const manifest = onlyJson(exp.stdout).manifest;
      const sum = await runCli(['logs', 'summary', '--log-dir', session, '--json', ...extra]);
      assert.equal(sum.code, 0, sum.stderr);
      const doc = onlyJson(sum.stdout);
      assert.equal(doc.cost, manifest.total_cost, session);
      assert.deepEqual(doc.tokens, manifest.total_tokens, session);
      assert.equal(doc.status, manifest.status, session);
      assert.deepEqual(
        doc.turns.map((t: any) => [t.turn, t.attempt, t.status, t.cost]),
        manifest.turns.map((t: any) => [t.turn_number, t.attempt_number, t.status, t.cost]),
      );
    }
  });

  test('restarted attempts are shown as such with --attempts all', async () => {
    const r = await runCli(['logs', '--log-dir', RESTART, '--attempts', 'all', '--turns', '3', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = onlyJson(r.stdout);
    assert.deepEqual(doc.selection.turns, [1, 2, 3]);
    const t3 = doc.turns.filter((t: any) => t.turn === 3).map((t: any) => [t.attempt, t.status]);
    assert.deepEqual(t3, [
      [9, 'restarted'],
      [10, 'complete'],
    ]);
    const human = await runCli(['logs', '--log-dir', RESTART, '--attempts', 'all']);
    assert.match(human.stdout, /^\s*3\s+9 \(restarted\)\s+restarted/m);
    assert.match(human.stdout, /^\s*3\s+10 \(\+1 restarted\)\s+complete/m);
  });

  test('--log-dir names a session, a turn or an attempt, the same way for summary, tools and analyze', async () => {
    const cases: [string, number[], number[]][] = [
      [RESTART, [1, 2, 3], [2, 3, 10]],
      [path.join(RESTART, 'turn_3'), [3], [10]],
      [path.join(RESTART, 'turn_3', 'attempt_9'), [3], [9]],
      ['log_20260201_090000_000001', [1, 2, 3], [2, 3, 10]],
    ];
    for (const [dir, turns, attempts] of cases) {
      for (const sub of ['summary', 'tools', 'analyze']) {
        const r = await runCli(['logs', sub, '--log-dir', dir, '--json'], {
          cwd: path.join(FIXTURES, 'multi-turn-restart'),
        });
        assert.equal(r.code, 0, `${sub} ${dir}: ${r.stderr}`);
        const doc = onlyJson(r.stdout);
        assert.equal(doc.session.id, 'log_20260201_090000_000001');
        if (sub !== 'analyze') assert.deepEqual(doc.selection.turns, turns, `${sub} ${dir}`);
        if (sub === 'summary')
          assert.deepEqual(
            doc.turns.map((t: any) => t.attempt),
            attempts,
          );
        if (sub === 'analyze' && dir.startsWith('/'))
          assert.equal(doc.path, path.join(doc.redacted_copy, path.relative(RESTART, dir)));
      }
    }
    // And at the top level, where MassGen rejects it.
    const top = await runCli(['logs', '--log-dir', path.join(RESTART, 'turn_2'), '--json']);
    assert.deepEqual(onlyJson(top.stdout).selection.turns, [2]);
  });

  test('human output in a pipe: plain aligned text, no colour, numbers for people', async () => {
    const r = await runCli(['logs', '--log-dir', MIXED], { env: { FORCE_COLOR: '' } });
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /\x1b|[┌│└─]/);
    assert.match(r.stdout, /^Question Draft a README for the parser$/m);
    assert.match(r.stdout, /agent_a\s+2\s+5\.1m\s+\$0\.80/);
    assert.match(r.stdout, /Tokens: 280,000 input, 16,800 output, 200 reasoning/);
    assert.match(r.stdout, /errors 1, timeouts 0/);
    assert.match(
      r.stdout,
      /^Status error \(3 of 3 turns, 1 restarted attempt; latest attempt of each\)\nTurn 2 attempt 3 agent_a error: Rate limit exceeded \(429\)$/m,
    );
    assert.match(r.stdout, /^\s*2\s+3\s+error\*/m);
    assert.match(r.stdout, /figures from status\.json/);
    assert.match(r.stdout, /^web_search\s+3\s+4\.2s\s+1\.4s\s+1$/m);
  });

  test('tools: every tool summed over the turns, sorted by time or calls, with a TOTAL row', async () => {
    const r = await runCli(['logs', 'tools', '--log-dir', MIXED, '--sort', 'calls', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = onlyJson(r.stdout);
    assert.equal(doc.version, 1);
    const byTool: Record<string, number> = {};
    for (const d of ['turn_1/attempt_2', 'turn_3/attempt_4']) {
      const m = await readJson(path.join(MIXED, d, 'metrics_summary.json'));
      for (const [name, t] of Object.entries<any>(m.tools.by_tool)) byTool[name] = (byTool[name] ?? 0) + t.call_count;
    }
    assert.deepEqual(
      doc.tools.map((t: any) => [t.name, t.calls]),
      Object.entries(byTool).sort((a, b) => b[1] - a[1]),
    );
    assert.equal(
      doc.total.calls,
      Object.values(byTool).reduce((a, b) => a + b, 0),
    );
    const human = await runCli(['logs', 'tools', '--log-dir', MIXED]);
    const lines = human.stdout.trim().split('\n');
    assert.match(lines[1]!, /^web_search /);
    assert.match(lines[lines.length - 1]!, /^TOTAL\s+57\s+5\.8s\s+101ms\s+3$/);
  });

  test('partial and invalid metric files: a warning, the figures that remain, never a crash', async () => {
    const { session } = await copyFixture('logs-mixed');
    await writeFile(path.join(session, 'turn_1/attempt_2/metrics_summary.json'), '{"totals": {"estimated_cost": 0.4,');
    const status = await readJson(path.join(session, 'turn_3/attempt_4/status.json'));
    delete status.meta.elapsed_seconds;
    await writeFile(path.join(session, 'turn_3/attempt_4/status.json'), JSON.stringify(status));
    await rm(path.join(session, 'turn_2/attempt_3/status.json'));
    const r = await runCli(['logs', '--log-dir', session, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = onlyJson(r.stdout);
    const [t1, t2, t3] = doc.turns;
    assert.equal(t1.source, 'status');
    assert.equal(t1.cost, 0.4); // status.json's costs
    assert.equal(t2.source, 'none');
    assert.equal(t2.cost, null);
    // No elapsed_seconds: the events' start and end.
    const events = await readJson(path.join(session, 'turn_3/attempt_4/coordination_events.json'));
    assert.equal(t3.duration_seconds, events.session_metadata.end_time - events.session_metadata.start_time);
    assert.ok(doc.warnings.some((w: string) => /metrics_summary\.json is not valid JSON/.test(w)));
    const human = await runCli(['logs', '--log-dir', session]);
    assert.equal(human.code, 0);
    assert.match(human.stderr, /^Warning: .*metrics_summary\.json is not valid JSON/m);
  });

  test('hostile figures (negative, huge, past a double) read as not given, never as $-∞ or a screenful of digits', async () => {
    const { session } = await copyFixture('logs-mixed');
    await rm(path.join(session, 'turn_1/attempt_2/metrics_summary.json'));
    const file = path.join(session, 'turn_1/attempt_2/status.json');
    const text = JSON.stringify(await readJson(file)).replace(
      /"costs":\{[^}]*\}/,
      `"costs":{"total_estimated_cost":-1e308,"total_input_tokens":1e400,"total_output_tokens":${'9'.repeat(400)}}`,
    );
    assert.match(text, /-1e308/);
    await writeFile(file, text);
    const r = await runCli(['logs', '--log-dir', session, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const t1 = onlyJson(r.stdout).turns[0];
    assert.deepEqual([t1.source, t1.cost, t1.tokens.input, t1.tokens.output], ['status', 0, 0, 0]);
    const human = await runCli(['logs', '--log-dir', session]);
    assert.equal(human.code, 0, human.stderr);
    assert.doesNotMatch(human.stdout, /∞|Infinity|NaN|\d[\d,]{30}/);
  });

  test('errors are one line and a non-zero exit', async () => {
    const missing = await runCli(['logs', '--log-dir', '/nonexistent/log_x']);
    assert.equal(missing.code, 1);
    assert.equal(missing.stderr.trim().split('\n').length, 1);
    assert.match(missing.stderr, /^Error: Session not found/);
    const none = await runCli(['logs'], { cwd: '/' });
    assert.equal(none.code, 1);
    assert.match(none.stderr, /^Error: No MassGen logs found/);
    const badTurns = await runCli(['logs', 'tools', '--log-dir', MIXED, '--turns', '7']);
    assert.equal(badTurns.code, 2);
    assert.equal(badTurns.stderr.trim().split('\n').length, 1);
  });
});
