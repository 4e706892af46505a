/**
 * What the Viewer shows is what happened (issue 14, items 1-6), through the real CLI on real
 * files: the bundled sessions and trees written here.
 */
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { onlyJson, runCli, sessionOf, tempDir, type Scenario } from './helpers/env.js';
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
      .filter((l) => l !== 'Collecting files...');
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
