/**
 * `logs analyze` stopped by a signal while it writes its redacted copies (attack S3: one Ctrl-C was not heard, the
 * run finished and printed its prompt; a second left a partial copy of 797 entries in TMPDIR): it stops at the first,
 * removes the copies and exits 128 + the signal's number, which `--json`'s document gives too. And a TMPDIR it cannot
 * use (missing, a file) is one line saying so, not "Unexpected error" (attack 55).
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { onlyJson, runCli, tempDir } from './helpers/env.js';
import { manyFilesProject } from './helpers/share-env.js';

/** Once a redacted copy exists in `tmp` (looked for every 10 ms), sends `signal` to the child. */
function whenCopying(tmp: string, signal: NodeJS.Signals): (child: ChildProcess) => void {
  return (child) => {
    const poll = setInterval(() => {
      if (readdirSync(tmp).some((n) => n.startsWith('massgen-analyze-'))) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 10);
    child.on('exit', () => clearInterval(poll));
  };
}

describe('logs analyze and a signal while it copies', () => {
  for (const [signal, code, json] of [
    ['SIGINT', 130, false],
    ['SIGTERM', 143, true],
  ] as const) {
    it(`${signal}${json ? ' with --json' : ''}: exit ${code}, no copy left behind`, async () => {
      const cwd = await manyFilesProject({ files: 2000, repeat: 20, prefix: 'mgs-analyze-' });
      const tmp = await tempDir('mgs-analyze-tmp-');
      const r = await runCli(['logs', 'analyze', ...(json ? ['--json'] : [])], {
        cwd,
        env: { TMPDIR: tmp },
        onSpawn: whenCopying(tmp, signal),
      });
      assert.equal(r.code, code, r.stderr);
      assert.match(r.stderr, /Cancelled; the redacted copies were removed\.\n$/);
      assert.deepEqual(readdirSync(tmp), [], 'the partial copy removed');
      if (json) assert.equal(onlyJson(r.stdout).exit_code, code);
      else assert.equal(r.stdout, '', 'no prompt printed');
    });
  }
});

describe('logs analyze and a TMPDIR it cannot use', () => {
  it('a missing TMPDIR, or a file in its place: one line naming it and what to do, exit 1', async () => {
    const cwd = await manyFilesProject({ files: 3, repeat: 1, prefix: 'mgs-analyze-' });
    const dir = await tempDir('mgs-analyze-tmp-');
    writeFileSync(path.join(dir, 'a-file'), '');
    for (const [tmp, code] of [
      [path.join(dir, 'missing', 'dir'), 'ENOENT'],
      [path.join(dir, 'a-file'), 'ENOTDIR'],
    ]) {
      const r = await runCli(['logs', 'analyze'], { cwd, env: { TMPDIR: tmp } });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(
        r.stderr,
        `Error: The temporary directory ${tmp} cannot be used (${code}): set TMPDIR to a writable directory, then try again.\n`,
      );
    }
  });
});
