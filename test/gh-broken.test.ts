/**
 * gh that is installed but does not run (F17): a crash, a binary that cannot start, a wrapper that fails, each reported
 * as what it is (exit 3, gh's first stderr line escaped), "not found" kept for a gh that is not there. And
 * MASSGEN_GH_TIMEOUT past Node's longest timer or under 1 ms (F9): the longest timer, or a one-line usage error.
 */
import assert from 'node:assert/strict';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempDir } from './helpers/env.js';
import { fakeGitHubForSuite, ghEnv } from './helpers/share-env.js';

/** `shares list` with `gh` (a file of this content, executable) first on PATH. */
async function withGh(content: string | Buffer, env: NodeJS.ProcessEnv = {}) {
  const dir = await tempDir('mgs-gh-');
  await mkdir(path.join(dir, 'bin'));
  const gh = path.join(dir, 'bin', 'gh');
  await writeFile(gh, content);
  await chmod(gh, 0o755);
  return runCli(['shares', 'list'], {
    cwd: dir,
    env: { PATH: `${path.join(dir, 'bin')}:/usr/bin:/bin`, HOME: dir, ...env },
  });
}

const oneLine = (r: { stderr: string }): void => {
  assert.doesNotMatch(r.stderr, /Unexpected error|please report|\n\s+at /i);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
};

describe('a gh that does not run', () => {
  it('a gh killed by a signal is reported as such, not as missing', async () => {
    const r = await withGh('#!/bin/sh\nkill -SEGV $$\n');
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /gh\) failed to run \(killed by SIGSEGV\)/);
    oneLine(r);
  });

  it('a gh that fails gives its first stderr line, escaped (exit 3)', async () => {
    const r = await withGh("#!/bin/sh\nprintf 'gh: cannot load libc.so.6 \\033[2J\\nmore\\n' >&2\nexit 1\n");
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /failed to run \(exit 1: gh: cannot load libc\.so\.6 \\x1b\[2J\)/);
    assert.doesNotMatch(r.stderr, /\x1b|more/);
    oneLine(r);
  });

  it('a gh that cannot start (no executable format) says so', async () => {
    const r = await withGh(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0, 1, 2, 3]));
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /failed to run \((could not start: E\w+|exit \d+[^)]*)\)/);
    oneLine(r);
  });

  it('a gh printing messages without end is stopped past 64 MiB of them, not held whole (attack 55)', async () => {
    // Before, every byte was kept until the request timeout (0.9 to 1.7 GB in 1 to 3 s); here it would end on it.
    const r = await withGh('#!/bin/sh\nexec yes "gh: something went wrong, and again" >&2\n', {
      MASSGEN_GH_TIMEOUT: '30',
    });
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /gh\) failed to run \(it printed over 64 MiB of messages; unset GH_DEBUG if it is set\)/);
    oneLine(r);
  });

  it('a gh that is not there is still "not found"', async () => {
    const dir = await tempDir('mgs-gh-');
    const r = await runCli(['shares', 'list'], { cwd: dir, env: { PATH: path.join(dir, 'none'), HOME: dir } });
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /GitHub CLI \(gh\) not found/);
  });
});

describe('MASSGEN_GH_TIMEOUT out of range', () => {
  const fake = fakeGitHubForSuite();
  it('a timeout past the longest timer Node keeps is that timer: gh calls answer, no warning', async () => {
    for (const t of ['1e10', 'Infinity']) {
      const r = await runCli(['shares', 'list'], { env: await ghEnv(fake, { MASSGEN_GH_TIMEOUT: t }) });
      assert.equal(r.code, 0, `${t}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /TimeoutOverflowWarning|no answer within/);
    }
  });

  it('a timeout under 1 ms, or no number, is a one-line usage error before any request', async () => {
    for (const t of ['0.0001', '0', '-5', 'soon']) {
      const before = fake.requests.length;
      const r = await runCli(['shares', 'list'], { env: await ghEnv(fake, { MASSGEN_GH_TIMEOUT: t }) });
      assert.equal(r.code, 2, `${t}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(`MASSGEN_GH_TIMEOUT=${t.replace('.', '\\.')} is not a timeout`));
      oneLine(r);
      assert.equal(fake.requests.length, before, t);
    }
  });
});
