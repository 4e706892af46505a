/**
 * A `gh` on PATH that is a wrapper script running the real gh as its child (no `exec`: a version manager's shim, a
 * corporate proxy's): the request timeout still ends the command (attack 35's helper: the wrapper alone was stopped,
 * the real gh held the output pipes open and the command never ended), and no gh is left running.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fakeGitHubForSuite, ghEnv } from './helpers/share-env.js';
import { runCli, tempDir } from './helpers/env.js';

/** A directory holding a `gh` that runs the real one as a child, with a marker argument-free way to find it. */
async function wrapperBin(): Promise<{ bin: string; real: string }> {
  const real = execFileSync('sh', ['-c', 'command -v gh'], { encoding: 'utf8' }).trim();
  const bin = await tempDir('mgs-ghwrap-');
  await mkdir(bin, { recursive: true });
  const gh = path.join(bin, 'gh');
  await writeFile(gh, `#!/bin/sh\n"${real}" "$@"\necho wrapper-done >&2\n`);
  await chmod(gh, 0o755);
  return { bin, real };
}

/** The pids of processes whose environment names `home` (this test's own gh processes), by /proc. */
function processesWith(home: string): number[] {
  const out = execFileSync('sh', ['-c', `grep -l -a "HOME=${home}" /proc/[0-9]*/environ 2>/dev/null || true`], {
    encoding: 'utf8',
  });
  return out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => Number(l.split('/')[2]));
}

describe('a gh wrapper script on PATH', () => {
  const fake = fakeGitHubForSuite();

  it('a request that never answers times out through the wrapper; no gh is left running', async () => {
    const { bin } = await wrapperBin();
    const env = await ghEnv(fake, { MASSGEN_GH_TIMEOUT: '1' });
    env.PATH = `${bin}${path.delimiter}${env.PATH ?? ''}`;
    fake.faults.push({ method: 'GET', path: /^\/gists/, hang: true, times: 100 });
    const started = Date.now();
    const r = await runCli(['shares', 'list'], { env, timeoutMs: 45_000 });
    const took = Date.now() - started;
    fake.faults.length = 0;
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /no answer within 1 s/);
    assert.ok(took < 30_000, `took ${took} ms`);
    // The real gh, the wrapper's child, was stopped with its group.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(processesWith(env.HOME!), []);
  });

  it('a wrapper that answers is read as gh itself', async () => {
    const { bin } = await wrapperBin();
    const env = await ghEnv(fake);
    env.PATH = `${bin}${path.delimiter}${env.PATH ?? ''}`;
    const r = await runCli(['shares', 'list', '--json'], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotThrow(() => JSON.parse(r.stdout));
  });
});
