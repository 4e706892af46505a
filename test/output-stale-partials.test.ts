/**
 * A run killed outright (SIGKILL: no handler runs) left its hidden partial output beside `--output` for good. The next
 * export to the same target removes the partials whose process is gone and says so; a partial of a running process,
 * a link named like a partial (never followed), another target's partial and the user's own files are left as they
 * are.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { copyFixture, runCli, sessionOf, signalOnPartial, tempDir } from './helpers/env.js';

const SMALL = sessionOf('single-turn-0.1.45');

/** The id of a process that ran and is gone. */
const deadPid = (): number =>
  Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());

describe('--output after an export was killed outright', () => {
  it('SIGKILL while writing leaves a partial; the next export to that target removes it and says so', async () => {
    const { session } = await copyFixture('single-turn-0.1.45');
    const line = 'agent_a: ordinary log text, numbers 12345 and words to redact nothing\n';
    await writeFile(
      path.join(session, 'turn_1', 'attempt_1', 'agent_outputs', 'big.txt'),
      line.repeat(Math.ceil((16 << 20) / line.length)),
    );
    const out = await tempDir('mgs-stale-out-');
    const target = path.join(out, 'x.zip');
    const kill = signalOnPartial(out, 'SIGKILL');
    await runCli(['export', session, '--output', target, '--max-file-size', '500MB'], {
      timeoutMs: 120_000,
      onSpawn: kill.onSpawn,
    });
    assert.ok(kill.sent(), 'the partial output never appeared');
    const left = await readdir(out);
    assert.ok(
      left.length > 0 && left.every((n) => /^\.x\.zip\.partial-\d+-[0-9a-f]{12}(?:\.cd)?$/.test(n)),
      left.join(', '),
    );
    const r = await runCli(['export', SMALL, '--output', target]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Removed \d partial outputs? a killed export had left: \.x\.zip\.partial-/);
    assert.deepEqual(await readdir(out), ['x.zip']);
  });

  it("keeps a running process's partial, a link named as a partial, another target's partial and the user's files", async () => {
    const out = await tempDir('mgs-stale-keep-');
    const victim = path.join(await tempDir('mgs-stale-victim-'), 'notes');
    await mkdir(victim);
    await writeFile(path.join(victim, 'a.txt'), 'mine\n');
    const gone = deadPid();
    const kept = [
      `.x.zip.partial-${process.pid}-0123456789ab`,
      `.y.zip.partial-${gone}-0123456789ab`,
      `.x.zip.partial-${gone}-0123456789ab.old`,
      `x.zip.partial-${gone}-0123456789ab`,
      'notes.txt',
    ];
    for (const n of kept) await writeFile(path.join(out, n), 'keep\n');
    await symlink(victim, path.join(out, `.x.zip.partial-${gone}-abcdefabcdef`));
    await mkdir(path.join(out, `.x.zip.partial-${gone}-fedcbafedcba`));
    await writeFile(path.join(out, `.x.zip.partial-${gone}-fedcbafedcba`, 'm.json'), '{}\n');
    const r = await runCli(['export', SMALL, '--output', path.join(out, 'x.zip')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Removed 1 partial output a killed export had left: \.x\.zip\.partial-\d+-fedcbafedcba\n/);
    assert.deepEqual((await readdir(out)).sort(), [...kept, `.x.zip.partial-${gone}-abcdefabcdef`, 'x.zip'].sort());
    assert.equal(await readFile(path.join(victim, 'a.txt'), 'utf8'), 'mine\n');
  });
});
