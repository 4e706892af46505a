/**
 * `massgen logs list | open | analyze` through the real CLI: runs in both the project's and the
 * home logs directories, the analyzed mark and share URLs; the opener through a shim on PATH and
 * with none; the analysis prompt.
 */
import assert from 'node:assert/strict';
import { chmod, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { FIXTURES, onlyJson, runCli, sessionOf, tempDir, type Scenario } from './helpers/env.js';

/** A project (with the given sessions in .massgen/massgen_logs) and a HOME (with others in ~/.massgen/massgen_logs). */
async function twoPlaces(project: Scenario[], home: Scenario[]) {
  const base = await tempDir('mgs-logs-');
  const projectLogs = path.join(base, 'project', '.massgen', 'massgen_logs');
  const homeDir = path.join(base, 'home');
  const homeLogs = path.join(homeDir, '.massgen', 'massgen_logs');
  const copy = (s: Scenario, to: string) =>
    cp(sessionOf(s), path.join(to, path.basename(sessionOf(s))), { recursive: true, verbatimSymlinks: true });
  for (const s of project) await copy(s, projectLogs);
  for (const s of home) await copy(s, homeLogs);
  await mkdir(path.join(base, 'project', 'src', 'deep'), { recursive: true });
  await mkdir(homeLogs, { recursive: true });
  return { base, projectLogs, homeDir, homeLogs, cwd: path.join(base, 'project', 'src', 'deep') };
}

describe('massgen logs list', () => {
  test('every run of the project (searched upwards) and of ~/.massgen, newest first, with its figures', async () => {
    const p = await twoPlaces(['logs-mixed', 'single-turn-0.1.45'], ['multi-turn-restart', 'legacy-0.1.2x']);
    const r = await runCli(['logs', 'list', '--json'], { cwd: p.cwd, env: { HOME: p.homeDir } });
    assert.equal(r.code, 0, r.stderr);
    const doc = onlyJson(r.stdout);
    assert.equal(doc.version, 1);
    assert.equal(doc.command, 'list');
    assert.equal(doc.total_runs, 4);
    assert.deepEqual(
      doc.runs.map((x: any) => [x.index, x.id, x.turns, x.status, x.analyzed]),
      [
        [1, 'log_20260204_100000_000004', 3, 'error', false],
        [2, 'log_20260201_090000_000001', 3, 'complete', true],
        [3, 'log_20260131_101500_123456', 1, 'complete', false],
        [4, 'log_20251010_080000', 2, 'complete', false],
      ],
    );
    // Each run summarised as `logs` summarises it: all turns, not the first or the last.
    const summary = onlyJson((await runCli(['logs', '--log-dir', sessionOf('multi-turn-restart'), '--json'])).stdout);
    const restart = doc.runs[1];
    assert.equal(restart.cost, summary.cost);
    assert.equal(restart.duration_seconds, summary.duration_seconds);
    assert.equal(restart.timestamp, '2026-02-01 09:00:00');
    assert.equal(restart.question, 'Write a CLI that counts words');
    assert.equal(restart.logs_dir, p.homeLogs);

    const human = await runCli(['logs', 'list'], { cwd: p.cwd, env: { HOME: p.homeDir } });
    assert.equal(human.code, 0, human.stderr);
    const lines = human.stdout.trim().split('\n');
    assert.match(lines[0]!, /^#\s+Timestamp\s+Turns\s+Status\s+Duration\s+Cost\s+Analyzed\s+Question$/);
    assert.match(
      lines[2]!,
      /^2\s+2026-02-01 09:00:00\s+3\s+complete\s+5\.1m\s+\$0\.75\s+✓\s+Write a CLI that counts words$/,
    );
    assert.match(lines[1]!, /\s-\s+Draft a README/);
  });

  test('--limit, --analyzed, --unanalyzed, and --logs-dir alone', async () => {
    const p = await twoPlaces(['logs-mixed', 'single-turn-0.1.45'], ['multi-turn-restart']);
    const run = async (...args: string[]) => {
      const r = await runCli(['logs', 'list', '--json', ...args], { cwd: p.cwd, env: { HOME: p.homeDir } });
      assert.equal(r.code, 0, r.stderr);
      return onlyJson(r.stdout).runs.map((x: any) => x.id);
    };
    assert.deepEqual(await run('--limit', '1'), ['log_20260204_100000_000004']);
    assert.deepEqual(await run('--analyzed'), ['log_20260201_090000_000001']);
    assert.deepEqual(await run('--unanalyzed'), ['log_20260204_100000_000004', 'log_20260131_101500_123456']);
    assert.deepEqual(await run('--logs-dir', p.homeLogs), ['log_20260201_090000_000001']);
    const both = await runCli(['logs', 'list', '--analyzed', '--unanalyzed'], { cwd: p.cwd, env: { HOME: p.homeDir } });
    assert.equal(both.code, 2);
    assert.match(both.stderr, /^Error: --analyzed and --unanalyzed exclude each other/);
  });

  test("the share's viewer URL where our share record knows it", async () => {
    const p = await twoPlaces(['logs-mixed'], ['single-turn-0.1.45']);
    const record = (root: string, id: string, gist: string) => ({
      gist_id: gist,
      gist_url: `https://gist.github.com/${gist}`,
      viewer_url: `https://massgen.github.io/MassGen-Viewer/?gist=${gist}`,
      session_id: id,
      session_root: root,
      turns: [1],
      files: 3,
      bytes: 100,
      public: false,
      created_at: '2026-02-05T10:00:00.000Z',
    });
    const mixedRoot = path.join(p.projectLogs, 'log_20260204_100000_000004');
    await writeFile(
      path.join(p.projectLogs, '..', 'shares.json'),
      JSON.stringify({ version: 1, shares: [record(mixedRoot, 'log_20260204_100000_000004', 'abc123def456')] }),
    );
    const r = await runCli(['logs', 'list', '--json'], { cwd: p.cwd, env: { HOME: p.homeDir } });
    const runs = onlyJson(r.stdout).runs;
    assert.equal(runs[0].viewer_url, 'https://massgen.github.io/MassGen-Viewer/?gist=abc123def456');
    assert.equal(runs[1].viewer_url, null);
    const human = await runCli(['logs', 'list'], { cwd: p.cwd, env: { HOME: p.homeDir } });
    assert.match(human.stdout, /Shared/);
    assert.match(human.stdout, /\?gist=abc123def456$/m);
  });

  test('no logs directory: one line, exit 1', async () => {
    const home = await tempDir();
    const r = await runCli(['logs', 'list'], { cwd: home, env: { HOME: home } });
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /^Error: No MassGen logs found \(looked in .*\.massgen\/massgen_logs/);
  });
});

describe('massgen logs open', () => {
  test('runs the platform opener (a shim on PATH) with the named directory', async () => {
    const bin = await tempDir('mgs-bin-');
    const record = path.join(bin, 'opened.txt');
    await writeFile(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}'\n`);
    await chmod(path.join(bin, 'xdg-open'), 0o755);
    const env = { PATH: `${bin}:/usr/bin:/bin` };
    const turn = path.join(sessionOf('multi-turn-restart'), 'turn_2');
    for (const [args, expected] of [
      [['--log-dir', turn], turn],
      [[], sessionOf('logs-mixed')],
    ] as const) {
      const r = await runCli(['logs', 'open', '--json', ...args], { cwd: path.join(FIXTURES, 'logs-mixed'), env });
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(onlyJson(r.stdout), { version: 1, command: 'open', path: expected, opener: 'xdg-open' });
      assert.equal(await readFile(record, 'utf8'), `${expected}\n`);
    }
  });

  test('no opener on PATH, or one that fails: one line, exit 1', async () => {
    const empty = await tempDir('mgs-bin-');
    const r = await runCli(['logs', 'open', '--log-dir', sessionOf('logs-mixed')], { env: { PATH: empty } });
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /^Error: Cannot open .*: no xdg-open on PATH/);
    await writeFile(path.join(empty, 'xdg-open'), '#!/bin/sh\nexit 4\n');
    await chmod(path.join(empty, 'xdg-open'), 0o755);
    const failed = await runCli(['logs', 'open', '--log-dir', sessionOf('logs-mixed')], {
      env: { PATH: `${empty}:/bin` },
    });
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, /^Error: Cannot open .*: xdg-open exited with code 4/);
  });
});

describe('massgen logs analyze', () => {
  test('prints a prompt naming the run directory and its files, and says whether a report exists', async () => {
    const session = sessionOf('multi-turn-restart');
    const r = await runCli(['logs', 'analyze', '--log-dir', session, '--raw']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^Analyze the MassGen run in ${session}$`, 'm'));
    for (const f of ['status.json', 'metrics_summary.json', 'coordination_events.json', 'execution_metadata.yaml'])
      assert.match(r.stdout, new RegExp(`^  - ${f.replace('.', '\\.')}: `, 'm'));
    assert.match(r.stdout, new RegExp(`turn 3, attempt 10 \\(complete\\): ${session}/turn_3/attempt_10`));
    assert.match(r.stdout, /An analysis report exists already: .*turn_2\/ANALYSIS_REPORT\.md/);
    const doc = onlyJson((await runCli(['logs', 'analyze', '--log-dir', session, '--json', '--raw'])).stdout);
    assert.equal(doc.version, 1);
    assert.deepEqual(doc.analysis_reports, [path.join(session, 'turn_2', 'ANALYSIS_REPORT.md')]);
    assert.equal(doc.report_path, path.join(session, 'turn_3', 'ANALYSIS_REPORT.md'));
    assert.ok(doc.files.includes(path.join(session, 'turn_1', 'attempt_2', 'metrics_summary.json')));

    const mixed = await runCli(['logs', 'analyze', '--log-dir', sessionOf('logs-mixed')]);
    assert.match(mixed.stdout, /No ANALYSIS_REPORT\.md exists yet/);
    // The errored turn has no metrics_summary.json: it is not named.
    assert.doesNotMatch(mixed.stdout.split('turn 2, attempt 3')[1]!.split('turn 3')[0]!, /metrics_summary/);
  });
});
