/**
 * A hostile share's raw URL on the gh host itself (F16): gh sends the user's token to that host, so a raw URL naming
 * an API path (the user's /user, their private repositories) would be fetched with it and its answer written into the
 * pulled tree. Only a gist raw path of the gist being pulled is fetched. Real gh against the fake GitHub, where
 * api.github.localhost stands for the Enterprise host's API and gist.github.localhost for its gist host.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempDir } from './helpers/env.js';
import { fakeGitHubForSuite, ghEnv } from './helpers/share-env.js';

describe('shares pull: raw URLs that are no gist file', () => {
  const fake = fakeGitHubForSuite();
  /** MassGen's own share form (no format, no sha256: nothing to check the answer against), its file fetched raw. */
  function seed(rawUrl: (id: string) => string): string {
    const manifest = {
      version: '2.0',
      session_id: 'log_x',
      files: { 'x.txt': { path: 't/x.txt', encoding: 'utf-8' } },
    };
    const g = fake.seed('MassGen: hostile', { '_session_manifest.json': JSON.stringify(manifest), 'x.txt': 'mine\n' });
    g.apiOverrides = { 'x.txt': { truncated: true, raw_url: rawUrl(g.id) } };
    return g.id;
  }
  async function pull(id: string) {
    const cwd = await tempDir('mgs-rawurl-');
    const r = await runCli(['shares', 'pull', id, 'out'], { cwd, env: await ghEnv(fake), timeoutMs: 30_000 });
    return { ...r, cwd, left: await readdir(cwd) };
  }

  it('never fetches an API path of the gh host, another gist, or a path that climbs out', async () => {
    const other = fake.seed('someone else', { 'x.txt': 'theirs\n' }).id;
    for (const url of [
      () => 'http://api.github.localhost/user',
      () => 'http://github.localhost/api/v3/user',
      (id: string) => `http://github.localhost/gist/../api/v3/user?${id}`,
      (id: string) => `http://gist.github.localhost/attacker/${id}/raw/../../../user`,
      (id: string) => `http://gist.github.localhost/attacker/${id}/raw/%2e%2e/%2e%2e/%2e%2e/user`,
      () => `http://gist.github.localhost/raw/${other}/x.txt`,
      // R1: encoded backslashes and slashes, which a server may decode into separators.
      (id: string) => `http://gist.github.localhost/attacker/${id}/raw/x%5c..%5c..%5c..%5cuser`,
      (id: string) => `http://gist.github.localhost/attacker/${id}/raw/x%5C..%5C..%5C..%5Cuser`,
      (id: string) => `http://gist.github.localhost/attacker/${id}/raw/x%2F..%2F..%2Fuser`,
    ]) {
      const id = seed(url);
      const before = fake.requests.length;
      const r = await pull(id);
      const asked = fake.requests.slice(before).map((q) => `${q.host} ${q.path}`);
      assert.equal(r.code, 1, `${url(id)}: ${r.stderr}`);
      assert.match(r.stderr, /raw URL (that is no gist file's|of another gist|on another host)/, url(id));
      assert.doesNotMatch(r.stderr, /Unexpected error|\n\s+at /);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.deepEqual(r.left, [], url(id));
      assert.deepEqual(
        asked.filter((a) => !a.endsWith(`/gists/${id}`)),
        [],
        `${url(id)}: only the gist was read`,
      );
    }
  });

  it('gives gh the URL that was checked (R1): blanks around it and a tab inside read the same to both', async () => {
    for (const url of [
      (i: string) => ` http://gist.github.localhost/raw/${i}/x.txt`,
      (i: string) => `http://gist.github.localhost/raw/${i}/x.txt\n`,
      (i: string) => `http://gist.github.local\thost/raw/${i}/x.txt`,
    ]) {
      const id = seed(url);
      const r = await pull(id);
      assert.equal(r.code, 0, `${JSON.stringify(url(id))}: ${r.stderr}`);
      assert.equal(await readFile(path.join(r.cwd, 'out', 't', 'x.txt'), 'utf8'), 'mine\n');
    }
  });

  it("fetches the gist's own raw file in GitHub's current form (/<owner>/<id>/raw/<revision>/<name>)", async () => {
    const id = seed((i) => `http://gist.github.localhost/attacker/${i}/raw/0123abcd/x.txt`);
    const r = await pull(id);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(await readFile(path.join(r.cwd, 'out', 't', 'x.txt'), 'utf8'), 'mine\n');
  });
});
