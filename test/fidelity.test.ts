/**
 * What the Viewer shows is what happened (issue 14, items 1-6), through the real CLI on real
 * files: the bundled sessions and trees written here.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { FIXTURE_SESSIONS, onlyJson, runCli, sessionOf, tempDir, type Scenario } from './helpers/env.js';
import { fakeSecrets } from './helpers/fake-secrets.js';
import { oneAgentAttempt, under, writeTree, type Tree } from './helpers/session-builder.js';

/** A one-turn session written under a temp dir; returns its root. */
async function writeSession(name: string, tree: (sessionName: string) => Tree): Promise<string> {
  const root = path.join(await tempDir('mgs-fid-'), '.massgen', 'massgen_logs', name);
  await writeTree(root, tree(name));
  return root;
}

const KB = 1024;
const isAnswer = (p: string): boolean => /\/(answer\.txt|vote\.json)$/.test(p);
const isLower = (p: string): boolean =>
  /\/(coordination_events\.json|coordination_table\.txt)$/.test(p) || p.includes('/workspace/');

async function dryJson(session: string, ...args: string[]): Promise<Record<string, any>> {
  const r = await runCli(['export', session, '--dry-run', '--json', ...args]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  return onlyJson(r.stdout);
}

describe('--max-total-size: answers first, and the limit covers the manifest', () => {
  const scenarios: Scenario[] = ['single-turn-0.1.45', 'multi-turn-restart', 'workspace-heavy'];
  for (const scenario of scenarios) {
    it(`${scenario}: at 5, 10, 20 and 30 KB answers, final answers and votes are kept before the rest`, async () => {
      const session = sessionOf(scenario);
      const all = await dryJson(session);
      const answers = all.plan.files.map((f: any) => f.path as string).filter(isAnswer);
      assert.ok(answers.length > 0);
      for (const kb of [5, 10, 20, 30]) {
        const doc = await dryJson(session, '--max-total-size', `${kb}KB`);
        const kept = new Set<string>(doc.plan.files.map((f: any) => f.path));
        assert.ok(doc.bytes <= kb * KB, `${kb} KB: ${doc.bytes} bytes would be uploaded, manifest included`);
        const keptAnswers = answers.filter((p: string) => kept.has(p));
        assert.ok(keptAnswers.length > 0, `${kb} KB: no answer kept`);
        const lower = [...kept].filter(isLower);
        if (lower.length > 0)
          assert.deepEqual(keptAnswers, answers, `${kb} KB: ${lower[0]} kept before every answer and vote`);
      }
    });
  }

  it('what --output writes (manifest included) fits --max-total-size', async () => {
    for (const kb of [10, 20]) {
      const dir = path.join(await tempDir(), 'out');
      const r = await runCli([
        'export',
        sessionOf('multi-turn-restart'),
        '--output',
        dir,
        '--max-total-size',
        `${kb}KB`,
      ]);
      assert.equal(r.code, 0, r.stderr);
      let bytes = 0;
      for (const name of await readdir(dir)) bytes += (await stat(path.join(dir, name))).size;
      assert.ok(bytes <= kb * KB, `${kb} KB: wrote ${bytes} bytes`);
    }
  });

  it('a limit the manifest alone does not fit is one clear line', async () => {
    const r = await runCli(['export', sessionOf('multi-turn-restart'), '--dry-run', '--max-total-size', '1KB']);
    assert.notEqual(r.code, 0);
    const lines = r.stderr
      .trim()
      .split('\n')
      .filter((l) => l !== 'Collecting files...' && !l.startsWith('Sharing session from: '));
    assert.equal(lines.length, 1, r.stderr);
    assert.match(
      lines[0]!,
      /^Error: --max-total-size 1\.0 KiB cannot hold the manifest alone \(.*needs at least [\d.]+ KiB.*raise --max-total-size/,
    );
    assert.doesNotMatch(r.stderr, /\bat .*\.js:\d+/);
  });
});

describe('names over 255 bytes keep the file name', () => {
  it('shortens the directories in the middle; the Viewer reads the real file name, names stay unique', async () => {
    const deep = ['first_level_folder', 'second_level_folder_with_more', 'third_level_folder_deeper']
      .map((d) => `${d}_${'x'.repeat(30)}`)
      .join('/');
    const files = {
      [`${deep}/a/final_report_with_a_long_name.md`]: '# report A\n',
      [`${deep}/b/final_report_with_a_long_name.md`]: '# report B\n',
      'index.html': '<h1>x</h1>\n',
    };
    const session = await writeSession('log_20260301_100000_000001', (sessionName) =>
      under('turn_1/attempt_1', oneAgentAttempt({ question: 'long names', sessionName, workspace: () => files })),
    );
    const out = path.join(await tempDir(), 'out');
    const r = await runCli(['export', session, '--output', out]);
    assert.equal(r.code, 0, r.stderr);
    const manifest = JSON.parse(await readFile(path.join(out, '_session_manifest.json'), 'utf8'));
    const long = Object.entries<any>(manifest.files).filter(([, e]) =>
      e.path.endsWith('final_report_with_a_long_name.md'),
    );
    assert.equal(long.length, 4, 'two files, in the answer step and in final/');
    assert.equal(new Set(long.map(([name]) => name)).size, 4);
    for (const [name, entry] of long) {
      assert.ok(Buffer.byteLength(name) <= 255, name);
      // What the Viewer does: `__` back to `/`, then the workspace path after `/workspace/`.
      const viewed = name.replace(/__/g, '/');
      assert.match(
        viewed,
        /^turn_1\/attempt_1\/(agent_a\/\d{8}_\d{6}_\d+|final\/agent_a)\/workspace\/.*\/final_report_with_a_long_name\.md$/,
      );
      assert.equal(viewed.split('/').pop(), path.posix.basename(entry.path));
      assert.equal(
        await readFile(path.join(out, name), 'utf8'),
        entry.path.includes('/a/') ? '# report A\n' : '# report B\n',
      );
    }
  });
});

/** `find DIR -type T | wc -l`, run for real. */
function findCount(dir: string, type: 'f' | 'l'): number {
  const out = execFileSync('find', [dir, '-type', type], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean).length;
}

const sum = (o: Record<string, number>): number => Object.values(o).reduce((a, b) => a + b, 0);

/** A restarted two-turn session with what `find` sees and the walk does not enter: links, node_modules, a report. */
async function busySession(): Promise<string> {
  const name = 'log_20260302_100000_000001';
  const attempt = (turn: number, attemptNumber: number, extra: Partial<Parameters<typeof oneAgentAttempt>[0]>) =>
    under(
      `turn_${turn}/attempt_${attemptNumber}`,
      oneAgentAttempt({ question: `turn ${turn}`, sessionName: name, turnNumber: turn, attemptNumber, ...extra }),
    );
  return writeSession(name, () => ({
    ...attempt(1, 1, { winner: null, withAgentOutputs: true }),
    ...attempt(1, 2, { restartAttempt: true }),
    ...attempt(2, 3, {
      workspace: () => ({
        'index.html': '<h1>x</h1>\n',
        'node_modules/pkg/index.js': 'module.exports = 1;\n',
        'node_modules/pkg/package.json': '{"name":"pkg"}\n',
        'latest.html': { link: 'index.html' },
        'outside.txt': { link: '/etc/hostname' },
        'node_modules/.bin/pkg': { link: '../pkg/index.js' },
        // A directory whose name holds a token is left out unentered and shown redacted; what is in it still counts.
        [`${fakeSecrets().find((s) => s.family === 'github-classic')!.value}/a.txt`]: 'a\n',
        [`${fakeSecrets().find((s) => s.family === 'github-classic')!.value}/b/c.txt`]: 'c\n',
      }),
    }),
    'turn_2/ANALYSIS_REPORT.md': '# Analysis\n\nTurn 2 went well.\n',
    'turn_1/final/agent_a/answer.txt': 'copy\n',
    'stray.txt': 'not in a turn\n',
  }));
}

describe('accounting covers every file under the session', () => {
  const check = async (session: string, ...args: string[]): Promise<Record<string, any>> => {
    const doc = await dryJson(session, ...args);
    const a = doc.manifest.accounting;
    assert.equal(a.session_files, findCount(session, 'f'), `${session} ${args.join(' ')}: session_files`);
    assert.equal(sum(a.files_by_fate), a.session_files, JSON.stringify(a.files_by_fate));
    assert.equal(a.session_symlinks, findCount(session, 'l'));
    assert.equal(sum(a.symlinks_by_fate), a.session_symlinks, JSON.stringify(a.symlinks_by_fate));
    assert.deepEqual(doc.plan.accounting.files_by_fate, a.files_by_fate, 'the --json plan and the manifest agree');
    return doc;
  };

  it('on every bundled session, with every --turns and --attempts', async () => {
    for (const scenario of Object.keys(FIXTURE_SESSIONS) as Scenario[]) {
      await check(sessionOf(scenario));
      await check(sessionOf(scenario), '--turns', '1', '--attempts', 'all');
    }
  });

  it('on a generated session: links, excluded directories, turn-level files, unselected turns and attempts', async () => {
    const session = await busySession();
    const all = await check(session);
    const paths = Object.values<any>(all.manifest.files).map((e) => e.path);
    assert.ok(paths.includes('turn_2/ANALYSIS_REPORT.md'), 'a file directly under turn_2/ goes with its turn');
    assert.ok(Object.keys(all.manifest.files).includes('turn_2__ANALYSIS_REPORT.md'));
    assert.ok(
      !paths.some((p: string) => p.startsWith('turn_1/final/')),
      "the turn's copy of final/ is not exported twice",
    );
    const fates = all.manifest.accounting.files_by_fate;
    // The workspace is in the answer step and in final/: node_modules twice, two files in each.
    assert.equal(fates['in an excluded directory (not entered)'], 8, JSON.stringify(fates));
    assert.equal(fates['outside the turns and attempts'], 1);
    const one = await check(session, '--turns', '1');
    assert.ok(!Object.values<any>(one.manifest.files).some((e) => e.path === 'turn_2/ANALYSIS_REPORT.md'));
    assert.ok(one.manifest.accounting.files_by_fate['in a turn not selected (--turns)'] > 0);
  });

  it('counts what a folder whose name is not UTF-8 holds (attack S3): its files and links, never entered', async () => {
    const session = await busySession();
    const index = execFileSync('find', [session, '-name', 'index.html'], { encoding: 'utf8' }).split('\n')[0]!;
    const bytes = (...parts: (string | number[] | Buffer)[]): Buffer =>
      Buffer.concat(
        parts.map((p) => (Buffer.isBuffer(p) ? p : typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))),
      );
    const bad = bytes(path.dirname(index), '/bad-', [0xff, 0xfe], '-dir');
    mkdirSync(bytes(bad, '/sub/deeper'), { recursive: true });
    writeFileSync(bytes(bad, '/a.txt'), 'a\n');
    writeFileSync(bytes(bad, '/sub/deeper/b.txt'), 'b\n');
    writeFileSync(bytes(bad, '/sub/also-', [0xc3, 0x28], '.txt'), 'c\n');
    symlinkSync('a.txt', bytes(bad, '/link'));
    const doc = await check(session);
    const fates = doc.manifest.accounting.files_by_fate;
    assert.equal(fates['in an excluded directory (not entered)'], 8 + 3, JSON.stringify(fates));
    assert.equal(doc.manifest.accounting.symlinks_by_fate['in an excluded directory (not entered)'], 2 + 1);
    const bads = doc.left_out.filter((l: any) => /bad-/.test(JSON.stringify(l)));
    assert.ok(
      bads.some((l: any) => /not valid UTF-8/.test(l.reason)),
      JSON.stringify(bads),
    );
  });
});

describe('turn and attempt numbers past 2^53 (red team 6, H1)', () => {
  it('are no turns: two such folders never merge into one number, their files are outside the turns', async () => {
    const name = 'log_20260302_100000_000002';
    const big = ['99999999999999999999', '99999999999999999998', '9007199254740993'];
    const session = await writeSession(name, () => ({
      ...under('turn_1/attempt_1', oneAgentAttempt({ question: 'q', sessionName: name })),
      ...Object.fromEntries(big.map((n) => [`turn_${n}/attempt_1/answer.txt`, `turn ${n}\n`])),
      'turn_1/attempt_123456789012345678/answer.txt': 'an attempt too\n',
      'turn_0002/attempt_01/answer.txt': 'leading zeros are still turn 2\n',
    }));
    const doc = await dryJson(session);
    const paths = Object.values<any>(doc.manifest.files).map((e) => e.path as string);
    assert.ok(!paths.some((p) => /turn_1\d{16,}|e\+|attempt_1\d{16,}/.test(p)), paths.join('\n'));
    assert.equal(doc.manifest.accounting.files_by_fate['outside the turns and attempts'], 4);
    assert.ok(paths.includes('turn_0002/attempt_01/answer.txt'), paths.join('\n'));
    const r = await runCli(['export', session, '--dry-run', '--turns', big[1]!]);
    assert.equal(r.code, 2, r.stderr);
    assert.doesNotMatch(r.stderr, /1e\+?20|100000000000000000000/);
  });
});

describe('the human report counts in one vocabulary', () => {
  it('files, directories and symlinks each counted as themselves, and the numbers add up to find', async () => {
    const session = await busySession();
    const r = await runCli(['export', session, '--dry-run']);
    assert.equal(r.code, 0, r.stderr);
    // The dry-run plan is on stdout (so it pages with | less).
    const header = /^Left out (.*):$/m.exec(r.stdout)![1]!;
    const accounted = /^Accounted for all (\d+) files under the session: (.*)$/m.exec(r.stdout)!;
    assert.equal(Number(accounted[1]), findCount(session, 'f'));
    const [filesPart, linksPart] = accounted[2]!.split('; and ');
    const numbers = [...filesPart!.matchAll(/(\d+) /g)].map((m) => Number(m[1]));
    assert.equal(
      numbers.reduce((a, b) => a + b, 0),
      Number(accounted[1]),
      `${accounted[0]}: the fates add up to the files`,
    );
    const leftOutFiles = Number(/(\d+) left out/.exec(filesPart!)![1]);
    assert.equal(Number(/^(\d+) files? /.exec(header)![1]), leftOutFiles, `"${header}" beside "${filesPart}"`);
    assert.match(header, /\b4 directories \(not entered\)/);
    assert.match(header, /\b2 symlinks$/, 'the links out of the session are symlinks, not files');
    assert.match(linksPart!, new RegExp(`^${findCount(session, 'l')} symlinks: `));
    // The directory named by a token is named in the summary (redacted, with its slash), not as an empty name.
    assert.match(r.stdout, /^Secret-bearing files left out: 2 \(\[REDACTED:github-token\]\/ ×2;/m);
  });
});

describe('a restarted turn keeps its context', () => {
  it('execution_metadata.yaml and agent_outputs/ come from the first attempt, where the Viewer looks', async () => {
    const dir = path.join(await tempDir(), 'out');
    const r = await runCli(['export', sessionOf('multi-turn-restart'), '--output', dir]);
    assert.equal(r.code, 0, r.stderr);
    const manifest = JSON.parse(await readFile(path.join(dir, '_session_manifest.json'), 'utf8'));
    const turn1 = manifest.turns.find((t: any) => t.turn_number === 1);
    assert.equal(turn1.attempt_number, 2);
    assert.equal(turn1.context_from, 'turn_1/attempt_1');
    const names = (await readdir(dir)).sort();
    // The Viewer: the config is the first gist file (in the API's name order) whose name holds `execution_metadata`.
    const meta = names.find((n) => n.includes('execution_metadata'))!;
    assert.equal(manifest.files[meta].path, 'turn_1/attempt_1/execution_metadata.yaml');
    assert.equal(manifest.files[meta].context_for, 'turn_1/attempt_2');
    const yaml = await readFile(path.join(dir, meta), 'utf8');
    assert.match(yaml, /^config:\n {2}agents:\n {2}- id: agent_a\n {4}backend:\n(.*\n)*? {6}model: gpt-5\.1/m);
    // The Viewer shows a turn's agent logs by the turn_N__attempt_M__ prefix of their names, on that turn's tab.
    const logs = names.filter((n) => n.startsWith('turn_1__attempt_2__agent_outputs__'));
    assert.deepEqual(logs, [
      'turn_1__attempt_2__agent_outputs__agent_a.txt',
      'turn_1__attempt_2__agent_outputs__agent_b.txt',
      'turn_1__attempt_2__agent_outputs__system_status.txt',
    ]);
    for (const n of logs) {
      assert.equal(manifest.files[n].path, `turn_1/attempt_1/agent_outputs/${n.split('__').pop()}`);
      assert.match(await readFile(path.join(dir, n), 'utf8'), /^=== (AGENT_\w+ OUTPUT|SYSTEM STATUS) LOG ===/);
    }
  });

  it('with --attempts all nothing is carried (the first attempt goes out itself)', async () => {
    const doc = await dryJson(sessionOf('multi-turn-restart'), '--attempts', 'all');
    assert.ok(!Object.values<any>(doc.manifest.files).some((e) => e.context_for));
    assert.ok(!doc.manifest.turns.some((t: any) => t.context_from));
  });
});
