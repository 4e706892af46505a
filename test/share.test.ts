import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { answerNext, pendingAnswers } from './helpers/prompt-answers.js';
import { MANIFEST_NAME } from '../src/core/names.js';
import { gistDescription, parseGistRef, planBatches } from '../src/core/share.js';
import { copyFixture, FIXTURE_SESSIONS, hashTree, onlyJson, runCli, tempDir } from './helpers/env.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { fakeSecrets, leaks } from './helpers/fake-secrets.js';
import { fakeGitHubForSuite, ghEnv, manyFilesProject, runInProcess } from './helpers/share-env.js';

const VIEWER = 'https://massgen.github.io/MassGen-Viewer/?gist=';

describe('share helpers', () => {
  it('reads gist ids from ids, gist URLs and Viewer links', () => {
    assert.equal(parseGistRef('0123456789abcdef0123'), '0123456789abcdef0123');
    assert.equal(parseGistRef('https://gist.github.com/octo/0123456789abcdef0123'), '0123456789abcdef0123');
    assert.equal(parseGistRef('https://gist.github.com/octo/0123456789abcdef0123.git'), '0123456789abcdef0123');
    assert.equal(parseGistRef(`${VIEWER}abc123def456`), 'abc123def456');
    assert.equal(parseGistRef('https://api.github.com/gists/abc123def456'), 'abc123def456');
    assert.throws(() => parseGistRef('not a gist!'), /is not a gist id or URL/);
  });
  it("writes MassGen's description", () => {
    const a = (over: object) => ({
      turn: 1,
      attempt: 1,
      dir: '',
      relDir: '',
      implicit: false,
      totalAttempts: 1,
      attemptIndex: 1,
      status: 'complete' as const,
      question: 'Build a landing page for a coffee shop in Lisbon with a menu',
      winner: null,
      error: null,
      totals: null,
      ...over,
    });
    assert.equal(
      gistDescription([a({})], 1),
      'MassGen: Build a landing page for a coffee shop in Lisbo...',
      'cut to 47 characters and "...", as MassGen does',
    );
    assert.equal(
      gistDescription([a({ question: 'Short' }), a({ turn: 2, status: 'error' })], 2),
      '[ERROR] MassGen: Short (2 turns)',
    );
    assert.equal(gistDescription([a({ question: null })], 1), 'MassGen Session');
  });
  it('batches by bytes and count, a large file alone', () => {
    const f = (name: string, bytes: number) => ({ name, bytes });
    assert.deepEqual(
      planBatches([f('a', 5), f('b', 5), f('c', 20), f('d', 1)], 10, 100).map((b) => b.map((x) => x.name)),
      [['a', 'b'], ['c'], ['d']],
    );
    assert.deepEqual(
      planBatches([f('a', 1), f('b', 1), f('c', 1)], 10, 2).map((b) => b.length),
      [2, 1],
    );
  });
});

describe('sharing through the real gh against a fake GitHub', () => {
  const fake = fakeGitHubForSuite();

  async function session(scenario: keyof typeof FIXTURE_SESSIONS = 'workspace-heavy') {
    const copy = await copyFixture(scenario);
    return { ...copy, env: await ghEnv(fake) };
  }
  const gistIdOf = (stdout: string): string => {
    const m = /^Share URL: https:\/\/massgen\.github\.io\/MassGen-Viewer\/\?gist=(\w+)$/m.exec(stdout);
    assert.ok(m, `no Share URL in ${JSON.stringify(stdout)}`);
    return m[1]!;
  };

  it('creates a secret gist with exactly the exported files, prints the link and records it', async () => {
    const s = await session();
    const before = await hashTree(s.session);
    const out = path.join(await tempDir(), 'x.zip');
    const zipRun = await runCli(['export', '--output', out, '--json'], { cwd: s.base, env: s.env });
    const exported = onlyJson(zipRun.stdout);
    const r = await runCli(['export', '--yes'], { cwd: s.base, env: s.env });
    assert.equal(r.code, 0, r.stderr);
    const id = gistIdOf(r.stdout);
    assert.match(r.stderr, /Anyone with this link can view the session \(no login required\)/);
    const gist = fake.gists.get(id)!;
    assert.equal(gist.public, false);
    assert.equal(gist.description, 'MassGen: Build an image gallery site with docs');
    assert.deepEqual(
      [...gist.files.keys()].sort(),
      Object.keys(exported.manifest.files)
        .concat(MANIFEST_NAME, ...exported.manifest.archive.parts)
        .sort(),
    );
    const create = fake.requests.find((q) => q.method === 'POST' && q.path === '/gists')!;
    assert.equal(create.authorization, `token ${FakeGitHub.token}`);
    const record = JSON.parse(await readFile(path.join(s.base, '.massgen', 'shares.json'), 'utf8'));
    assert.equal(record.shares[0].gist_id, id);
    assert.equal(record.shares[0].viewer_url, `${VIEWER}${id}`);
    assert.equal(record.shares[0].session_id, FIXTURE_SESSIONS['workspace-heavy']);
    assert.equal(await hashTree(s.session), before, 'the session directory is never modified');
  });

  it('--json prints one document with the gist, files, bytes, turns, left_out and redactions', async () => {
    const s = await session('single-turn-0.1.45');
    const r = await runCli(['export', '--yes', '--json'], { cwd: s.base, env: s.env });
    assert.equal(r.code, 0, r.stderr);
    const doc = onlyJson(r.stdout);
    for (const k of ['gist_id', 'gist_url', 'viewer_url', 'files', 'bytes', 'turns', 'left_out', 'redactions'])
      assert.ok(k in doc, k);
    assert.equal(doc.viewer_url, `${VIEWER}${doc.gist_id}`);
    assert.equal(fake.gists.get(doc.gist_id)!.files.size, doc.files);
  });

  it('uploads a large export in bounded batches: create, then PATCH', async () => {
    const cwd = await manyFilesProject({
      files: 90,
      turns: 2,
      repeat: 40,
      extra: { 'turn_1/attempt_1/agent_outputs/big.txt': 'big line of agent output\n'.repeat(70_000) },
    });
    const env = await ghEnv(fake);
    const r = await runCli(['export', '--yes', '--workspace-limit', '5MB', '--json'], { cwd, env });
    assert.equal(r.code, 0, r.stderr);
    const doc = onlyJson(r.stdout);
    const posts = fake.requests.filter((q) => q.method === 'POST' && q.path === '/gists');
    const patches = fake.requests.filter((q) => q.method === 'PATCH');
    assert.equal(posts.length, 1);
    assert.ok(patches.length >= 2, `${patches.length} PATCH batches`);
    for (const q of [...posts, ...patches]) {
      const files = Object.keys(JSON.parse(q.body).files);
      assert.ok(files.length <= 100);
      assert.ok(Buffer.byteLength(q.body) < 9 * 1024 * 1024);
    }
    assert.equal(fake.gists.get(doc.gist_id)!.files.size, doc.files);
    assert.equal(doc.turns.length, 2);
    assert.equal(fake.gists.get(doc.gist_id)!.description, 'MassGen: q1 (2 turns)');
  });

  it('--update replaces the content of a share: new files written, obsolete ones removed', async () => {
    const s = await session('multi-turn-restart');
    const first = await runCli(['export', '--yes', '--turns', '1-2'], { cwd: s.base, env: s.env });
    const id = gistIdOf(first.stdout);
    const before = [...fake.gists.get(id)!.files.keys()];
    const r = await runCli(['export', '--yes', '--turns', 'latest', '--update', `${VIEWER}${id}`], {
      cwd: s.base,
      env: s.env,
    });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(gistIdOf(r.stdout), id);
    // GitHub keeps the revisions before: said, with what to do if one held a secret (attack F14).
    assert.match(r.stderr, /Note: the gist's earlier revisions stay readable .*revoke it, delete the gist/);
    const after = [...fake.gists.get(id)!.files.keys()];
    assert.ok(
      after.every((n) => n === MANIFEST_NAME || n.startsWith('turn_3__')),
      after.join(' '),
    );
    assert.ok(before.some((n) => n.startsWith('turn_1__')));
    assert.equal(fake.gists.get(id)!.description, 'MassGen: And unit tests');
    assert.equal(fake.gists.size, 1, 'no new gist');
    const notFound = await runCli(['export', '--yes', '--update', 'ffffffffffffffffffff'], { cwd: s.base, env: s.env });
    assert.equal(notFound.code, 1);
    assert.match(notFound.stderr, /Gist ffffffffffffffffffff not found/);
  });

  it('lists shares past 100 gists, newest first, with the local session; empty gives a hint', async () => {
    const s = await session('single-turn-0.1.45');
    const empty = await runCli(['shares', 'list'], { cwd: s.base, env: s.env });
    assert.equal(empty.code, 0);
    assert.match(empty.stderr, /No MassGen shares found\. Share a session with: massgen export/);
    for (let i = 0; i < 115; i++)
      fake.seed(`MassGen: question ${i}`, { [MANIFEST_NAME]: '{}', 'turn_1__attempt_1__status.json': '{}' });
    for (let i = 0; i < 20; i++) fake.seed(`notes ${i}`, { 'notes.md': 'hello' });
    fake.seed('[ERROR] MassGen: failed run', { 'turn_1__attempt_1__status.json': '{}' });
    const made = await runCli(['export', '--yes'], { cwd: s.base, env: s.env });
    const id = gistIdOf(made.stdout);
    const all = await runCli(['shares', 'list', '--all', '--json'], { cwd: s.base, env: s.env });
    assert.equal(all.code, 0, all.stderr);
    const shares = onlyJson(all.stdout).shares as any[];
    assert.equal(shares.length, 117);
    assert.equal(shares[0].id, id, 'newest first');
    assert.equal(shares[0].session, FIXTURE_SESSIONS['single-turn-0.1.45']);
    assert.ok(shares.every((x) => x.description.includes('MassGen')));
    const some = await runCli(['shares', 'list', '--limit', '3'], { cwd: s.base, env: s.env });
    assert.equal(some.stdout.trim().split('\n').length, 6);
    assert.match(some.stdout, new RegExp(`^${id} .* secret  MassGen: Build a landing page`, 'm'));
    assert.ok(fake.requests.some((q) => q.path === '/gists?per_page=100&page=2'));
  });

  it('deletes one or several shares, refuses other gists without --force, reports missing ones', async () => {
    const s = await session('single-turn-0.1.45');
    const a = fake.seed('MassGen: a', { [MANIFEST_NAME]: '{}' });
    const b = fake.seed('MassGen: b', { [MANIFEST_NAME]: '{}' });
    const other = fake.seed('my dotfiles', { vimrc: 'set nu' });
    const made = gistIdOf((await runCli(['export', '--yes'], { cwd: s.base, env: s.env })).stdout);
    const one = await runCli(['shares', 'delete', made, '--yes'], { cwd: s.base, env: s.env });
    assert.equal(one.code, 0, one.stderr);
    assert.match(one.stdout, new RegExp(`Deleted ${made}`));
    assert.equal(fake.gists.has(made), false);
    const record = JSON.parse(await readFile(path.join(s.base, '.massgen', 'shares.json'), 'utf8'));
    assert.deepEqual(record.shares, [], 'the local record is updated');
    const several = await runCli(
      [
        'shares',
        'delete',
        a.id,
        `https://gist.github.com/octo-tester/${b.id}`,
        'fffffffffffffffffff0',
        other.id,
        '--yes',
      ],
      { cwd: s.base, env: s.env },
    );
    assert.equal(several.code, 1, 'non-zero when any deletion failed');
    assert.equal(fake.gists.has(a.id) || fake.gists.has(b.id), false);
    assert.match(several.stderr, /gist fffffffffffffffffff0: not found/);
    assert.match(several.stderr, new RegExp(`gist ${other.id}: not a MassGen share \\("my dotfiles"\\); pass --force`));
    assert.ok(fake.gists.has(other.id));
    const forced = await runCli(['shares', 'delete', other.id, '--yes', '--force'], { cwd: s.base, env: s.env });
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(fake.gists.has(other.id), false);
    assert.ok(fake.requests.filter((q) => q.method === 'DELETE').every((q) => /^\/gists\/\w+$/.test(q.path)));
    const noYes = await runCli(['shares', 'delete', a.id], { cwd: s.base, env: s.env });
    assert.equal(noYes.code, 2);
    assert.match(noYes.stderr, /pass --yes/);
  });

  it('pull restores the exported tree byte for byte: paths, base64 files, the archive, links, files over 1 MB', async () => {
    const s = await session('workspace-heavy');
    const big = 'a line of a long agent trace, repeated to pass the 1 MB content limit\n'.repeat(22_000);
    await writeFile(path.join(s.session, 'turn_1', 'attempt_1', 'agent_outputs', 'long_trace.txt'), big);
    // A backslash is an ordinary character in a POSIX name: uploaded as its own file, and inside the archive.
    await writeFile(path.join(s.session, 'turn_1', 'attempt_1', 'agent_outputs', 'notes\\draft.txt'), 'a draft\n');
    await writeFile(
      path.join(s.session, 'turn_1', 'attempt_1', 'final', 'agent_b', 'workspace', 'data', 'raw\\blob.bin'),
      Buffer.from([0, 1, 2, 0xff]),
    );
    const exportDir = path.join(await tempDir(), 'exported');
    const local = await runCli(['export', '--output', exportDir, '--json', '--workspace-limit', '5MB'], {
      cwd: s.base,
      env: s.env,
    });
    const manifest = onlyJson(local.stdout).manifest;
    const up = await runCli(['export', '--yes', '--workspace-limit', '5MB'], { cwd: s.base, env: s.env });
    const id = gistIdOf(up.stdout);
    const dest = path.join(await tempDir(), 'pulled');
    // With --tool-files: the workspace's `.github/workflows/ci.yml` is a hidden folder's file, left out by default.
    const pull = await runCli(['shares', 'pull', id, dest, '--tool-files'], { cwd: s.base, env: s.env });
    assert.equal(pull.code, 0, pull.stderr);
    assert.equal(pull.stdout.trim(), dest);
    assert.ok(
      fake.requests.some((q) => q.path.startsWith('/raw/')),
      'the file past 1 MB was fetched from its raw URL',
    );
    for (const entry of Object.values<any>(manifest.files)) {
      const bytes = await readFile(path.join(dest, entry.path));
      assert.equal(createHash('sha256').update(bytes).digest('hex'), entry.sha256, entry.path);
    }
    assert.ok(Object.values<any>(manifest.files).some((f) => f.path.endsWith('agent_outputs/notes\\draft.txt')));
    assert.ok(manifest.archive.members.some((m: any) => m.path.endsWith('data/raw\\blob.bin')));
    for (const m of manifest.archive.members) {
      const bytes = await readFile(path.join(dest, m.path));
      assert.equal(createHash('sha256').update(bytes).digest('hex'), m.sha256, m.path);
    }
    for (const l of manifest.links) {
      assert.ok((await lstat(path.join(dest, l.path))).isSymbolicLink());
      assert.equal(await readlink(path.join(dest, l.path)), l.target);
    }
    const again = await runCli(['shares', 'pull', id, dest], { cwd: s.base, env: s.env });
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already exists and is not empty/);
    const link = path.join(path.dirname(dest), 'link');
    await symlink(path.join(path.dirname(dest), 'gone'), link);
    const intoLink = await runCli(['shares', 'pull', id, link], { cwd: s.base, env: s.env });
    assert.equal(intoLink.code, 1);
    assert.match(intoLink.stderr, /^Error: \S+link is a symbolic link\. Pull into a new or empty directory\.\n$/);
    assert.ok((await lstat(link)).isSymbolicLink(), 'the link left as it was, nothing made where it points');
    await assert.rejects(lstat(path.join(path.dirname(dest), 'gone')));
    const missing = await runCli(['shares', 'pull', 'fffffffffffffffffff1', path.join(dest, 'x')], {
      cwd: s.base,
      env: s.env,
    });
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /Gist fffffffffffffffffff1 not found/);
    // GitHub down: gh's login check says "authentication failed" for its 500s too (attack S4: "Not logged in").
    fake.faults.push({ status: 500, times: 1000 });
    const down = await runCli(['shares', 'pull', id, path.join(dest, 'y')], { cwd: s.base, env: s.env });
    fake.faults.length = 0;
    assert.notEqual(down.code, 0);
    assert.doesNotMatch(down.stderr, /Not logged in/);
    assert.match(down.stderr, /HTTP 500: Server Error/);
  });

  it('uploads nothing secret: request bodies hold no planted value', async () => {
    const s = await session('single-turn-0.1.45');
    const planted = fakeSecrets(77);
    await writeFile(
      path.join(s.session, 'turn_1', 'attempt_1', 'agent_outputs', 'agent_a.txt'),
      planted.map((p) => p.context).join('\n'),
    );
    const r = await runCli(['export', '--yes'], { cwd: s.base, env: s.env });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(leaks(fake.requests.map((q) => q.body).join('\n'), planted), []);
  });

  describe('prompts (answered through the prompts library injection)', () => {
    afterEach(async () => {
      assert.equal(await pendingAnswers(), 0, 'every expected question was asked');
    });
    it('asks before uploading: yes uploads, no uploads nothing (exit 0), Esc/Ctrl-C cancels (130)', async () => {
      const s = await session('single-turn-0.1.45');
      await answerNext([false]);
      const no = await runInProcess(['export'], { cwd: s.base, env: s.env, interactive: true });
      assert.equal(no.code, 0, 'a deliberate no is not a failure');
      assert.match(no.stderr, /^Nothing was uploaded\.$/m);
      assert.doesNotMatch(no.stderr, /Error/);
      assert.equal(fake.gists.size, 0);
      // With --json, the one document says so.
      await answerNext([false]);
      const noJson = await runInProcess(['export', '--json'], { cwd: s.base, env: s.env, interactive: true });
      assert.equal(noJson.code, 0);
      assert.deepEqual(onlyJson(noJson.stdout), { success: true, declined: true, message: 'Nothing was uploaded.' });
      assert.equal(noJson.stderr, '');
      // An Error injected is what the library does with Esc or Ctrl-C: an abort.
      await answerNext([new Error('aborted')]);
      const esc = await runInProcess(['export'], { cwd: s.base, env: s.env, interactive: true });
      assert.equal(esc.code, 130);
      assert.match(esc.stderr, /Cancelled; nothing was uploaded/);
      assert.equal(fake.gists.size, 0);
      await answerNext([true]);
      const yes = await runInProcess(['export'], { cwd: s.base, env: s.env, interactive: true });
      assert.equal(yes.code, 0, yes.stderr);
      assert.equal(fake.gists.size, 1);
    });
    it('a workspace over the limit: raise it, drop it, or pick files', async () => {
      const s = await session('workspace-heavy');
      // One question per workspace over the limit (agent_a, then agent_b), then the upload.
      await answerNext(['keep', 'all', true]);
      const r = await runInProcess(['export', '--workspace-limit', '200B', '--json'], {
        cwd: s.base,
        env: s.env,
        interactive: true,
      });
      assert.equal(r.code, 0, r.stderr);
      const files = [...fake.gists.get(onlyJson(r.stdout).gist_id)!.files.keys()];
      const ws = (agent: string) => files.filter((n) => n.includes(`__${agent}__`) && n.includes('__workspace__'));
      assert.ok(
        ws('agent_b').some((n) => n.includes('index.html')),
        'final workspace of agent_b: limit raised',
      );
      assert.ok(ws('agent_b').length > 10);
      const kept = ws('agent_a').length;
      assert.ok(kept > 0 && kept < 8, `agent_a kept to its limit (${kept} files)`);
      const picked = ['turn_1/attempt_1/agent_a/20260203_150030_654321/workspace/index.html'];
      fake.gists.clear();
      await answerNext(['pick', picked, 'none', true]);
      const p = await runInProcess(['export', '--workspace-limit', '200B', '--json'], {
        cwd: s.base,
        env: s.env,
        interactive: true,
      });
      assert.equal(p.code, 0, p.stderr);
      const files2 = [...fake.gists.get(onlyJson(p.stdout).gist_id)!.files.keys()];
      assert.deepEqual(
        files2.filter((n) => n.includes('__workspace__')),
        ['turn_1__attempt_1__agent_a__20260203_150030_654321__workspace__index.html'],
      );
    });
    it('--public asks first; no there uploads nothing', async () => {
      const s = await session('single-turn-0.1.45');
      await answerNext([false]);
      const r = await runInProcess(['export', '--public'], { cwd: s.base, env: s.env, interactive: true });
      assert.equal(r.code, 0);
      assert.match(r.stderr, /Nothing was uploaded/);
      assert.equal(fake.gists.size, 0);
      await answerNext([true, true]);
      const ok = await runInProcess(['export', '--public'], { cwd: s.base, env: s.env, interactive: true });
      assert.equal(ok.code, 0, ok.stderr);
      assert.equal([...fake.gists.values()][0]!.public, true);
    });
    it('delete asks, and "no" deletes nothing', async () => {
      const s = await session('single-turn-0.1.45');
      const g = fake.seed('MassGen: keep me', { [MANIFEST_NAME]: '{}' });
      await answerNext([false]);
      const r = await runInProcess(['shares', 'delete', g.id], { cwd: s.base, env: s.env, interactive: true });
      assert.equal(r.code, 0);
      assert.match(r.stderr, /^Nothing was deleted\.$/m);
      assert.ok(fake.gists.has(g.id));
    });
  });

  it('the temporary upload directory is always removed', async () => {
    const s = await session('single-turn-0.1.45');
    // The CLI's own TMPDIR, private to this test: whatever else runs cannot add to it.
    const tmp = await tempDir('mgs-tmp-');
    const env = { ...s.env, TMPDIR: tmp };
    const ok = await runCli(['export', '--yes'], { cwd: s.base, env });
    assert.equal(ok.code, 0, ok.stderr);
    fake.faults.push({ method: 'POST', path: /^\/gists$/, status: 422 });
    const failed = await runCli(['export', '--yes'], { cwd: s.base, env });
    assert.equal(failed.code, 1, failed.stderr);
    assert.deepEqual(await readdir(tmp), []);
  });
});
