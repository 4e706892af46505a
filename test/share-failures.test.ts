/**
 * Sharing through the real gh against a fake GitHub when something fails: GitHub's errors and
 * dropped connections on create and on each batch, retries, the orphan sweep, --keep-partial,
 * Ctrl-C mid-upload, and the preflight (gh missing, not logged in, no terminal). The passing
 * paths are in share.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { copyFixture, runCli, tempDir } from './helpers/env.js';
import { fakeGitHubForSuite, ghEnv, manyFilesProject, whenRequested } from './helpers/share-env.js';

describe('sharing through the real gh against a fake GitHub: failures', () => {
  const fake = fakeGitHubForSuite();
  async function session() {
    const copy = await copyFixture('single-turn-0.1.45');
    return { ...copy, env: await ghEnv(fake) };
  }
  /** A session with more than 100 gist files, so that an upload takes a create and at least one PATCH. */
  async function manyFiles() {
    return { base: await manyFilesProject({ files: 70, turns: 2 }), env: await ghEnv(fake) };
  }

  describe('failures', () => {
    const cases: {
      name: string;
      faults: ConstructorParameters<typeof Object>[0][];
      code: number;
      message: RegExp;
      gists: number;
      /** What stderr says besides (a wait between tries). */
      note?: RegExp;
    }[] = [
      {
        name: '401 on create',
        faults: [{ method: 'POST', path: /^\/gists$/, status: 401 }],
        code: 4,
        message: /Not logged in to GitHub \(github\.localhost\).*gh auth login/,
        gists: 0,
      },
      {
        name: '422 on create',
        faults: [{ method: 'POST', path: /^\/gists$/, status: 422, message: 'Validation Failed' }],
        code: 1,
        message: /Creating the gist failed: HTTP 422: Validation Failed/,
        gists: 0,
      },
      {
        name: '500 on create, then success',
        faults: [{ method: 'POST', path: /^\/gists$/, status: 500 }],
        code: 0,
        message: /Share URL/,
        gists: 1,
      },
      {
        name: 'create dropped after GitHub made the gist (orphan swept), then success',
        faults: [{ method: 'POST', path: /^\/gists$/, drop: true, afterApplying: true }],
        code: 0,
        message: /Share URL/,
        gists: 1,
      },
      {
        // gh's login check runs once the create has failed, and fails too (as when the network is gone): that create
        // may still have made a gist, so it is swept all the same.
        name: "create dropped after GitHub made the gist, then gh's login check fails (orphan swept), then success",
        faults: [
          { method: 'POST', path: /^\/gists$/, drop: true, afterApplying: true },
          { method: 'GET', path: /^\/$/, status: 401, times: 5 },
        ],
        code: 0,
        message: /Share URL/,
        gists: 1,
      },
      {
        // gh's login check says "authentication failed" for a server error too (attack S4: "Not logged in").
        name: 'GitHub answers 500 to everything: its failure, not a login',
        faults: [{ status: 500, times: 1000 }],
        code: 1,
        message: /failed: HTTP 500: Server Error/,
        gists: 0,
      },
      {
        name: '500 on every batch',
        faults: [{ method: 'PATCH', status: 500, times: 10 }],
        code: 1,
        message: /Uploading batch 2 of \d+ failed: HTTP 500: Server Error; 4 tries; the partial gist \w+ was deleted/,
        gists: 0,
      },
      {
        name: '403 secondary rate limit with Retry-After, then success',
        faults: [{ method: 'PATCH', status: 403, retryAfter: 1 }],
        code: 0,
        message: /Share URL/,
        gists: 1,
        // The wait is said, not silent (attack S2: a minute a try looked like a hang).
        note: /GitHub asked to wait \(a rate limit\): trying again in 1 s \(try 2 of 4\)\./,
      },
      {
        name: 'connection dropped mid-batch, every retry',
        faults: [{ method: 'PATCH', drop: true, times: 10 }],
        code: 1,
        message: /Uploading batch 2 of \d+ failed: .*EOF.*; the partial gist \w+ was deleted/,
        gists: 0,
      },
    ];
    for (const c of cases) {
      it(`${c.name}: exit ${c.code}, the documented message, no orphan gist`, async () => {
        const s = await manyFiles();
        fake.faults.push(...(c.faults as never[]));
        const r = await runCli(['export', '--yes', '--workspace-limit', '20MB'], {
          cwd: s.base,
          env: s.env,
          timeoutMs: 60_000,
        });
        const text = c.code === 0 ? r.stdout : r.stderr;
        assert.equal(r.code, c.code, r.stderr);
        assert.match(text, c.message);
        if (c.note) assert.match(r.stderr, c.note);
        assert.equal(fake.gists.size, c.gists, 'no orphan gist is left');
        if (c.code !== 0)
          assert.equal(
            r.stderr
              .trim()
              .split('\n')
              .filter((l) => l.startsWith('Error:')).length,
            1,
          );
      });
    }
    it('--keep-partial keeps the partial gist and prints its id', async () => {
      const s = await manyFiles();
      fake.faults.push({ method: 'PATCH', status: 500, times: 10 });
      const r = await runCli(['export', '--yes', '--keep-partial', '--workspace-limit', '20MB'], {
        cwd: s.base,
        env: s.env,
      });
      assert.equal(r.code, 1);
      const id = [...fake.gists.keys()][0]!;
      assert.match(
        r.stderr,
        new RegExp(`the partial gist was kept \\(--keep-partial\\): https://gist\\.github\\.com/octo-tester/${id}`),
      );
    });
  });

  describe('preflight', () => {
    it('gh missing from PATH: how to install it, exit 3', async () => {
      const s = await session();
      const r = await runCli(['export', '--yes'], {
        cwd: s.base,
        env: { ...s.env, PATH: await tempDir('mgs-empty-path-') },
      });
      assert.equal(r.code, 3);
      assert.match(r.stderr, /^Error: GitHub CLI \(gh\) not found: install it from https:\/\/cli\.github\.com\//m);
    });
    it('not logged in: gh auth login, exit 4, nothing uploaded', async () => {
      const s = await session();
      const env = { ...s.env };
      delete env.GH_TOKEN;
      const r = await runCli(['export', '--yes'], { cwd: s.base, env });
      assert.equal(r.code, 4, r.stderr);
      assert.match(
        r.stderr,
        /Not logged in to GitHub \(github\.localhost\).*Run gh auth login --hostname github\.localhost/,
      );
      // gh is checked once the create has failed: with GH_HOST set, gh sends it without a token (see
      // docs), and GitHub refuses it (401); with no GH_HOST, gh exits 4 before sending anything.
      const posts = fake.requests.filter((q) => q.method === 'POST');
      assert.ok(
        posts.every((q) => q.authorization === undefined),
        'no request carried a token',
      );
      assert.equal(fake.gists.size, 0, 'no gist was made');
      assert.doesNotMatch(r.stderr, /may still store/);
    });
    it('without a terminal and without --yes, fails at once naming --yes', async () => {
      const s = await session();
      const r = await runCli(['export'], { cwd: s.base, env: s.env });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /pass --yes/);
      assert.equal(fake.requests.length, 0, 'nothing was even asked of GitHub');
    });
  });

  it('Ctrl-C during an upload stops it, deletes the partial gist and exits 130', async () => {
    const s = await manyFiles();
    fake.faults.push({ method: 'PATCH', delayMs: 5000 });
    let interrupted = false;
    const r = await runCli(['export', '--yes', '--workspace-limit', '20MB'], {
      cwd: s.base,
      env: s.env,
      onSpawn: whenRequested(
        fake,
        (q) => q.method === 'PATCH',
        (child) => (interrupted = child.kill('SIGINT')),
      ),
    });
    assert.ok(interrupted);
    assert.equal(r.code, 130, r.stderr);
    assert.match(r.stderr, /Cancelled; the partial gist \w+ was deleted/);
    assert.equal(fake.gists.size, 0, 'nothing left behind on GitHub');
  });
});
