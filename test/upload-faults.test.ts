/**
 * Uploads against a flaky GitHub (issue 12, items 5, 6, 9 and 10), with the real CLI and the
 * real gh 2.23 against the fake GitHub: a create GitHub stores late (after a dropped connection,
 * after Ctrl-C), a process killed mid-create, requests that never answer, a closed stderr, and
 * gist descriptions holding terminal escapes.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { MANIFEST_NAME } from '../src/core/names.js';
import { fakeGitHubForSuite, ghEnv, manyFilesProject, whenRequested } from './helpers/share-env.js';
import { CLI, onlyJson, runCli, tempDir } from './helpers/env.js';

const SWEEP_ENV = { MASSGEN_SHARE_SWEEP_WINDOW_MS: '8000', MASSGEN_SHARE_SWEEP_BASE_MS: '200' };
/** The project's share record, {} when there is none. */
const record = async (cwd: string) =>
  JSON.parse(await readFile(path.join(cwd, '.massgen', 'shares.json'), 'utf8').catch(() => '{}'));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ESC = '\x1b';
const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

describe('uploads against a GitHub that fails late or never answers', () => {
  const fake = fakeGitHubForSuite();

  /** A project with one session; `files` workspace files (over 100 makes the upload a create and a PATCH). */
  async function project(files = 3, extra: NodeJS.ProcessEnv = {}) {
    const cwd = await manyFilesProject({ files, question: 'late gists', prefix: 'mgs-upf-' });
    // Its own TMPDIR: a process killed here cannot remove its temporary directories.
    return { cwd, env: await ghEnv(fake, { ...SWEEP_ENV, TMPDIR: await tempDir('mgs-upf-tmp-'), ...extra }) };
  }
  /** Waits until the fake has seen the create, then `then` (which may signal the child). */
  const onCreate = (then: (child: ChildProcess) => void) =>
    whenRequested(fake, (q) => q.method === 'POST' && q.path === '/gists', then);

  it("item 5: the create's connection drops and GitHub stores the gist 1.5 s later: no orphan, the share completes", async () => {
    const s = await project();
    fake.faults.push({ method: 'POST', path: /^\/gists$/, drop: true, applyAfterMs: 1500 });
    let postedAt = 0;
    const r = await runCli(['export', '--yes', '--json'], {
      cwd: s.cwd,
      env: s.env,
      onSpawn: onCreate(() => (postedAt = Date.now())),
    });
    assert.equal(r.code, 0, r.stderr);
    const id = onlyJson(r.stdout).gist_id as string;
    // Look once GitHub has stored the first create's gist, whatever the CLI did.
    await sleep(Math.max(0, postedAt + 2000 - Date.now()));
    assert.deepEqual([...fake.gists.keys()], [id], 'only the share itself is left');
    assert.equal(fake.gists.get(id)!.description, 'MassGen: late gists', 'the partial-upload marker is gone');
    const record = JSON.parse(await readFile(path.join(s.cwd, '.massgen', 'shares.json'), 'utf8'));
    assert.equal(record.pending, undefined, 'the upload note is cleared');
    assert.equal(record.shares[0].gist_id, id);
  });

  it('item 5: Ctrl-C during a create that GitHub stores 3 s later: exit 130, no orphan, an earlier share of the same session kept', async () => {
    const s = await project();
    // Same description, another manifest: the sweep of an unmarked create tells them apart.
    const earlier = fake.seed('MassGen: late gists', { [MANIFEST_NAME]: '{"created_at":"2026-01-01T00:00:00.000Z"}' });
    fake.faults.push({ method: 'POST', path: /^\/gists$/, hang: true, applyAfterMs: 3000 });
    let postedAt = 0;
    const r = await runCli(['export', '--yes'], {
      cwd: s.cwd,
      env: s.env,
      onSpawn: onCreate((child) => {
        postedAt = Date.now();
        setTimeout(() => child.kill('SIGINT'), 200);
      }),
    });
    assert.equal(r.code, 130, r.stderr);
    assert.match(r.stderr, /Checking for up to 8 s that GitHub did not store the failed gist/);
    // Whatever the CLI did, look after GitHub has stored the gist.
    await sleep(Math.max(0, postedAt + 3500 - Date.now()));
    assert.deepEqual([...fake.gists.keys()], [earlier.id], 'no orphan gist; the earlier share kept');
    // One create (no partial state) is not noted; a retried one is, and the note is cleared.
    assert.equal((await record(s.cwd)).pending, undefined, 'nothing left behind');
  });

  /** An export of `files` files killed (SIGKILL) once its create is sent; GitHub stores the gist 0.3 s later. */
  async function killedDuringCreate(files: number, args: string[] = []) {
    const s = await project(files);
    fake.faults.push({ method: 'POST', path: /^\/gists$/, hang: true, applyAfterMs: 300 });
    const r = await runCli(['export', '--yes', ...args], {
      cwd: s.cwd,
      env: s.env,
      onSpawn: onCreate((child) => child.kill('SIGKILL')),
    });
    assert.equal(r.code, null);
    await sleep(600);
    assert.equal(fake.gists.size, 1, 'GitHub stored the gist after the process died');
    return { s, gist: [...fake.gists.values()][0]! };
  }

  it('item 5: an upload of one create killed (SIGKILL) during it: the gist GitHub stores is the complete share', async () => {
    const { s, gist } = await killedDuringCreate(3);
    assert.equal(gist.description, 'MassGen: late gists', 'no partial-upload marker');
    assert.ok(gist.files.has(MANIFEST_NAME));
    assert.equal((await record(s.cwd)).pending, undefined, 'not noted: there is no partial state');
    const json = onlyJson((await runCli(['shares', 'list', '--json'], { cwd: s.cwd, env: s.env })).stdout);
    assert.deepEqual(json.partial, []);
    assert.equal(json.shares.length, 1);
    const del = await runCli(['shares', 'delete', '--partial', '--yes'], { cwd: s.cwd, env: s.env });
    assert.match(del.stderr, /No partial uploads found/);
    assert.equal(fake.gists.size, 1);
  });

  it('item 5: a multi-request upload killed (SIGKILL) during its create: shares list shows the partial upload, shares delete --partial removes it', async () => {
    const { s, gist: orphan } = await killedDuringCreate(150, ['--workspace-limit', '20MB']);
    assert.match(orphan.description, /^MassGen: late gists \[partial upload [0-9a-f]{12}-1\]$/);
    const record = JSON.parse(await readFile(path.join(s.cwd, '.massgen', 'shares.json'), 'utf8'));
    assert.equal(record.pending.length, 1, 'the upload was noted before the create');
    // A later run finds it.
    const list = await runCli(['shares', 'list'], { cwd: s.cwd, env: s.env });
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, new RegExp(`^${orphan.id} .* PARTIAL  MassGen: late gists`, 'm'));
    assert.match(list.stdout, /\(from log_20260301_090000_000001\)/);
    assert.match(list.stderr, /1 partial upload .*: remove it with massgen shares delete --partial/);
    const json = onlyJson((await runCli(['shares', 'list', '--json'], { cwd: s.cwd, env: s.env })).stdout);
    assert.deepEqual(json.partial, [orphan.id]);
    assert.equal(json.shares[0].partial, true);
    // A finished share is not partial, and --partial leaves it alone.
    const done = fake.seed('MassGen: finished', { [MANIFEST_NAME]: '{}' });
    const del = await runCli(['shares', 'delete', '--partial', '--yes'], { cwd: s.cwd, env: s.env });
    assert.equal(del.code, 0, del.stderr);
    assert.match(del.stdout, new RegExp(`^Deleted ${orphan.id}$`, 'm'));
    assert.deepEqual([...fake.gists.keys()], [done.id]);
    const after = JSON.parse(await readFile(path.join(s.cwd, '.massgen', 'shares.json'), 'utf8'));
    assert.equal(after.pending, undefined, 'the note goes with the gist');
    const again = await runCli(['shares', 'delete', '--partial', '--yes'], { cwd: s.cwd, env: s.env });
    assert.equal(again.code, 0);
    assert.match(again.stderr, /No partial uploads found/);
  });

  it('item 5: a process killed after the create, mid-upload, leaves a gist marked partial until the last batch', async () => {
    const s = await project(150);
    fake.faults.push({ method: 'PATCH', hang: true });
    const r = await runCli(['export', '--yes', '--workspace-limit', '20MB'], {
      cwd: s.cwd,
      env: s.env,
      onSpawn: whenRequested(
        fake,
        (q) => q.method === 'PATCH',
        (child) => child.kill('SIGKILL'),
      ),
    });
    assert.equal(r.code, null);
    const list = await runCli(['shares', 'list', '--json'], { cwd: s.cwd, env: s.env });
    assert.deepEqual(onlyJson(list.stdout).partial, [...fake.gists.keys()]);
    // The same upload, not killed: the last batch clears the marker.
    fake.gists.clear();
    const ok = await runCli(['export', '--yes', '--workspace-limit', '20MB', '--json'], { cwd: s.cwd, env: s.env });
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(fake.gists.get(onlyJson(ok.stdout).gist_id)!.description, 'MassGen: late gists');
  });

  it('item 6: a PATCH that never answers ends, within the timeout and its retries, with a clear error and no orphan', async () => {
    const s = await project(150, { MASSGEN_GH_TIMEOUT: '1' });
    fake.faults.push({ method: 'PATCH', hang: true, times: 10 });
    const started = Date.now();
    const r = await runCli(['export', '--yes', '--workspace-limit', '20MB'], {
      cwd: s.cwd,
      env: s.env,
      timeoutMs: 60_000,
    });
    const took = Date.now() - started;
    assert.equal(r.code, 1, r.stderr);
    assert.match(
      r.stderr,
      /^Error: Uploading batch 2 of \d+ failed: no answer within 1 s \(the request timeout; raise it with MASSGEN_GH_TIMEOUT=SECONDS\); 4 tries; the partial gist \w+ was deleted\.$/m,
    );
    assert.equal(
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('Error:')).length,
      1,
    );
    assert.equal(fake.requests.filter((q) => q.method === 'PATCH').length, 4, 'tried, then retried 3 times');
    assert.equal(fake.gists.size, 0, 'no orphan');
    assert.ok(took < 20_000, `took ${took} ms`);
  });

  it('item 6: a create that never answers: timed out, retried, swept, no orphan', async () => {
    const s = await project(3, { MASSGEN_GH_TIMEOUT: '1', MASSGEN_SHARE_SWEEP_WINDOW_MS: '1500' });
    fake.faults.push({ method: 'POST', path: /^\/gists$/, hang: true, times: 3 });
    const r = await runCli(['export', '--yes'], { cwd: s.cwd, env: s.env, timeoutMs: 60_000 });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /^Error: Creating the gist failed: no answer within 1 s/m);
    assert.equal(fake.requests.filter((q) => q.method === 'POST' && q.path === '/gists').length, 3);
    assert.equal(fake.gists.size, 0);
  });

  it('item 10: export --yes --verbose 2>&1 | head -3 still completes the upload (exit 0 or 141)', async () => {
    const s = await project(1500);
    const code = await new Promise<number>((resolve, reject) => {
      const script = `"$0" "$@" 2>&1 | head -3 >/dev/null; exit "\${PIPESTATUS[0]}"`;
      const child = spawn(
        'bash',
        ['-c', script, process.execPath, CLI, 'export', '--yes', '--verbose', '--workspace-limit', '20MB'],
        { cwd: s.cwd, env: { ...s.env, NO_COLOR: '1' }, stdio: 'ignore' },
      );
      child.on('error', reject);
      child.on('close', (c) => resolve(c ?? -1));
    });
    assert.ok(code === 0 || code === 141, `exit ${code}`);
    assert.equal(fake.gists.size, 1, 'the upload completed');
    const g = [...fake.gists.values()][0]!;
    assert.equal(g.description, 'MassGen: late gists');
    const record = JSON.parse(await readFile(path.join(s.cwd, '.massgen', 'shares.json'), 'utf8'));
    assert.equal(record.shares[0].gist_id, g.id);
  });

  it("item 9: shares list, delete and gh's error text print no raw control character", async () => {
    const s = await project();
    const evil = `MassGen: ${ESC}]0;pwned\x07 ${ESC}[31mred \u009b2J \u202eevil`;
    const g = fake.seed(evil, { [MANIFEST_NAME]: '{}' });
    for (const args of [
      ['shares', 'list'],
      ['shares', 'list', '--json'],
      ['shares', 'delete', g.id, '--yes'],
      ['shares', 'delete', 'f000999aaaaaaaaaaaaaaa', '--yes', '--json'],
    ]) {
      fake.seed(evil, { [MANIFEST_NAME]: '{}' });
      const r = await runCli(args, { cwd: s.cwd, env: s.env });
      assert.ok(!RAW.test(r.stdout), `${args.join(' ')} stdout: ${JSON.stringify(r.stdout)}`);
      assert.ok(!RAW.test(r.stderr), `${args.join(' ')} stderr: ${JSON.stringify(r.stderr)}`);
      if (args[1] === 'list' && !args.includes('--json')) assert.match(r.stdout, /MassGen: .*red \\x9b2J \\u202eevil/);
      if (args.includes('--json')) JSON.parse(r.stdout);
    }
    fake.faults.push({
      method: 'POST',
      path: /^\/gists$/,
      status: 422,
      message: `Validation ${ESC}]0;pwned\x07 failed ${ESC}[2J`,
    });
    const up = await runCli(['export', '--yes'], { cwd: s.cwd, env: s.env });
    assert.equal(up.code, 1);
    assert.ok(!RAW.test(up.stderr), JSON.stringify(up.stderr));
  });
});
