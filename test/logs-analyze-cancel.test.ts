/**
 * `logs analyze` stopped by a signal while it writes its redacted copies (attack S3: one Ctrl-C was not heard, the
 * run finished and printed its prompt; a second left a partial copy of 797 entries in TMPDIR): it stops at the first,
 * removes the copies and exits 128 + the signal's number, which `--json`'s document gives too.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
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
