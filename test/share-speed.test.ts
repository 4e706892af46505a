/**
 * Speed where users wait (issue 16), checked by what is asked of GitHub and what is written:
 * `shares list --all` asks once per page that holds gists; an upload of up to 300 files is one
 * create with its final description (nothing listed before it, no PATCH after it); a 1,600-file
 * pull (most of it in the overflow archive, written many at a time) restores every byte.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { MANIFEST_NAME } from '../src/core/names.js';
import { onlyJson, runCli, tempDir } from './helpers/env.js';
import { fakeGitHubForSuite, ghEnv, loggingGh, manyFilesProject, sharedProject } from './helpers/share-env.js';

describe('speed where users wait: requests and writes', () => {
  const fake = fakeGitHubForSuite();
  const listRequests = () => fake.requests.filter((q) => q.method === 'GET' && q.path.startsWith('/gists?'));

  it('shares list --all: 250 shares are 3 pages and 3 requests, following Link: rel="next"', async () => {
    for (let i = 0; i < 250; i++) fake.seed(`MassGen: question ${i}`, { [MANIFEST_NAME]: '{}' });
    const env = await ghEnv(fake, { TMPDIR: await tempDir('mgs-tmp-') });
    const r = await runCli(['shares', 'list', '--all', '--json'], { cwd: await tempDir(), env });
    assert.equal(r.code, 0, r.stderr);
    assert.equal((onlyJson(r.stdout).shares as unknown[]).length, 250);
    assert.deepEqual(
      listRequests().map((q) => q.path),
      ['/gists?per_page=100', '/gists?per_page=100&page=2', '/gists?per_page=100&page=3'],
    );
  });

  it('export --yes of 150 files: one create carries them all with the final description, nothing is listed first, no PATCH', async () => {
    const cwd = await manyFilesProject({ files: 150, question: 'one request', prefix: 'mgs-speed-' });
    // The real batch size (the suites' helper asks for 100 files a request).
    const env = await ghEnv(fake, { MASSGEN_SHARE_BATCH_FILES: '' });
    const r = await runCli(['export', '--yes', '--json'], { cwd, env });
    assert.equal(r.code, 0, r.stderr);
    const doc = onlyJson(r.stdout);
    assert.ok((doc.files as number) > 150, `${doc.files} gist files`);
    const posts = fake.requests.filter((q) => q.method === 'POST' && q.path === '/gists');
    assert.equal(posts.length, 1);
    assert.equal(Object.keys(JSON.parse(posts[0]!.body).files).length, doc.files);
    assert.deepEqual(listRequests(), [], 'no listing before a create that has not failed');
    // Nothing to mark partial: the create makes the whole share, or fails.
    assert.equal(JSON.parse(posts[0]!.body).description, 'MassGen: one request');
    assert.deepEqual(
      fake.requests.filter((q) => q.method === 'PATCH'),
      [],
    );
    const record = JSON.parse(await readFile(path.join(cwd, '.massgen', 'shares.json'), 'utf8'));
    assert.equal(record.pending, undefined);
    assert.equal(fake.gists.get(doc.gist_id as string)!.files.size, doc.files);
  });

  it('export --yes runs one gh process (the create: gh is checked only after a failure); broken, missing or logged out gh is still exit 3 or 4', async () => {
    const cwd = await manyFilesProject({ files: 3, question: 'one check', prefix: 'mgs-speed-' });
    const gh = await loggingGh();
    const r = await runCli(['export', '--yes', '--json'], { cwd, env: await ghEnv(fake, { PATH: gh.PATH }) });
    assert.equal(r.code, 0, r.stderr);
    const calls = await gh.calls();
    assert.deepEqual(
      calls.map((c) => c.split(' ').slice(0, 2).join(' ')),
      ['gist create'],
    );
    const gistsBefore = fake.gists.size;
    const requestsBefore = fake.requests.length;
    const broken = await loggingGh(true);
    const b = await runCli(['export', '--yes'], { cwd, env: await ghEnv(fake, { PATH: broken.PATH }) });
    assert.equal(b.code, 3, b.stderr);
    assert.match(b.stderr, /GitHub CLI \(gh\) failed to run \(exit 1: gh: cannot execute\)/);
    // Told at once: not retried, nothing swept (no gh could have made a gist).
    assert.deepEqual(
      (await broken.calls()).map((c) => c.split(' ').slice(0, 2).join(' ')),
      ['gist create', 'auth status', '--version'],
    );
    assert.doesNotMatch(b.stderr, /may still store/);
    const missing = await runCli(['export', '--yes'], {
      cwd,
      env: await ghEnv(fake, { PATH: await tempDir('mgs-empty-path-') }),
    });
    assert.equal(missing.code, 3, missing.stderr);
    assert.match(missing.stderr, /GitHub CLI \(gh\) not found/);
    assert.doesNotMatch(missing.stderr, /may still store/);
    const loggedOut = await ghEnv(fake, { PATH: gh.PATH });
    delete loggedOut.GH_TOKEN;
    const out = await runCli(['export', '--yes', '--update', 'abc123'], { cwd, env: loggedOut });
    assert.equal(out.code, 4, out.stderr);
    assert.match(out.stderr, /Not logged in to GitHub \(github\.localhost\)/);
    assert.equal(fake.gists.size, gistsBefore, 'no gist was made');
    assert.deepEqual(
      fake.requests.slice(requestsBefore).filter((q) => q.path.startsWith('/gists') && q.method !== 'GET'),
      [],
    );
  });

  it('shares pull reads the gist with one gh process; gh missing, broken or logged out is still exit 3 or 4', async () => {
    const cwd = await manyFilesProject({ files: 3, question: 'one process', prefix: 'mgs-speed-' });
    const up = await runCli(['export', '--yes', '--json'], { cwd, env: await ghEnv(fake) });
    assert.equal(up.code, 0, up.stderr);
    const id = onlyJson(up.stdout).gist_id as string;
    const gh = await loggingGh();
    const into = path.join(await tempDir(), 'pulled');
    const r = await runCli(['shares', 'pull', id, into], { cwd, env: await ghEnv(fake, { PATH: gh.PATH }) });
    assert.equal(r.code, 0, r.stderr);
    // No `gh auth status` beside the read: a second process that shared the two cores with it.
    assert.deepEqual(
      (await gh.calls()).map((c) => c.split(' ').slice(0, 2).join(' ')),
      ['api -i'],
    );
    const broken = await loggingGh(true);
    const b = await runCli(['shares', 'pull', id, `${into}-b`], { cwd, env: await ghEnv(fake, { PATH: broken.PATH }) });
    assert.equal(b.code, 3, b.stderr);
    assert.match(b.stderr, /GitHub CLI \(gh\) failed to run \(exit 1: gh: cannot execute\)/);
    const missing = await runCli(['shares', 'pull', id, `${into}-m`], {
      cwd,
      env: await ghEnv(fake, { PATH: await tempDir('mgs-empty-path-') }),
    });
    assert.equal(missing.code, 3, missing.stderr);
    const loggedOut = await ghEnv(fake);
    delete loggedOut.GH_TOKEN;
    const out = await runCli(['shares', 'pull', id, `${into}-o`], { cwd, env: loggedOut });
    assert.equal(out.code, 4, out.stderr);
    assert.match(out.stderr, /Not logged in to GitHub \(github\.localhost\)/);
  });

  it('pulls a 1,600-file share (most of it in the overflow archive) byte for byte', async () => {
    const { cwd, env, id } = await sharedProject(fake, {
      files: 800,
      question: 'pull many',
      prefix: 'mgs-speed-',
      repeat: 3,
    });
    const dest = path.join(await tempDir(), 'pulled');
    const pull = await runCli(['shares', 'pull', id, dest, '--json'], { cwd, env });
    assert.equal(pull.code, 0, pull.stderr);
    const doc = onlyJson(pull.stdout);
    assert.ok((doc.archive_members as number) > 1000, `${doc.archive_members} archive members`);
    const session = path.join(cwd, '.massgen', 'massgen_logs', 'log_20260301_090000_000001');
    const rel = 'turn_1/attempt_1/agent_a';
    const [step] = (await import('node:fs')).readdirSync(path.join(session, rel));
    for (const i of [0, 1, 399, 799]) {
      const file = `${rel}/${step}/workspace/src/mod_${String(i).padStart(3, '0')}.ts`;
      assert.equal(await readFile(path.join(dest, file), 'utf8'), await readFile(path.join(session, file), 'utf8'));
    }
  });
});
