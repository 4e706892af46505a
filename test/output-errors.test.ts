/**
 * `export --output` when the file system refuses (F12): one line naming the path and the cause, never an
 * "Unexpected error … please report it", and nothing written.
 */
import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { copyFixture, runCli, tempDir } from './helpers/env.js';

describe('export --output: file system errors', () => {
  for (const out of ['share.zip', 'dir']) {
    it(`a path through a file (${out}): one line naming it and the cause`, async () => {
      const s = await copyFixture('single-turn-0.1.45');
      const parent = await tempDir('mgs-out-');
      await writeFile(path.join(parent, 'afile'), 'x');
      const target = path.join(parent, 'afile', 'sub', out);
      const r = await runCli(['export', '--output', target], { cwd: s.base });
      assert.equal(r.code, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /Unexpected error|please report|\n\s+at /i);
      const errors = r.stderr.split('\n').filter((l) => l.startsWith('Error:'));
      assert.equal(errors.length, 1, r.stderr);
      assert.ok(errors[0]!.includes(target), errors[0]);
      assert.match(errors[0]!, /\(a part of the path is not a folder\); nothing was written/);
      assert.deepEqual(await readdir(parent), ['afile']);
    });
  }
});
