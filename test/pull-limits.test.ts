/**
 * `shares pull` against gh answers too large to keep (F6, F7): a raw file past what one gh answer may hold, or past
 * the size its manifest declares, is stopped as it arrives and refused in one line; nothing is written and no
 * staging folder is left. Real gh against the fake GitHub.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { MANIFEST_NAME } from '../src/core/names.js';
import { runCli, tempDir } from './helpers/env.js';
import { fakeGitHubForSuite, ghEnv } from './helpers/share-env.js';

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

describe('shares pull: answers too large to keep', () => {
  const fake = fakeGitHubForSuite();
  /**
   * A share of one 3 MB text file (cut short in the API, so fetched raw); `entry` edits its manifest entry; `legacy`:
   * a share of MassGen's own (no format), whose entries need not give sizes.
   */
  function seed(entry: (e: Record<string, unknown>) => Record<string, unknown>, legacy = false): string {
    const big = 'a'.repeat(3 * 1024 * 1024);
    const manifest = {
      version: '2.0',
      session_id: 'log_20260301_090000_000001',
      ...(legacy ? {} : { format: 'massgen-share/1' }),
      files: { 'f0.txt': entry({ path: 't/f0.txt', bytes: big.length, sha256: sha(big), encoding: 'utf-8' }) },
      archive: null,
      links: [],
    };
    return fake.seed('MassGen: big', { [MANIFEST_NAME]: JSON.stringify(manifest), 'f0.txt': big }).id;
  }
  async function pull(id: string, extra: NodeJS.ProcessEnv = {}) {
    const work = path.join(await tempDir('mgs-pull-'), 'work');
    await mkdir(work);
    const r = await runCli(['shares', 'pull', id, 'out'], { cwd: work, env: await ghEnv(fake, extra) });
    return { ...r, left: await readdir(work) };
  }
  const refused = (r: Awaited<ReturnType<typeof pull>>, message: RegExp): void => {
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /Unexpected error|please report|\n\s+at /i);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.deepEqual(r.left, [], 'nothing written, no .out.partial-* left');
  };

  it('a file past the most one gh answer may hold is an error, never used cut short (no size in the manifest)', async () => {
    const id = seed(({ path: p, encoding }) => ({ path: p, encoding }), true);
    refused(
      await pull(id, { MASSGEN_SHARE_GH_MAX_OUTPUT: String(2 * 1024 * 1024) }),
      /downloading f0\.txt failed: GitHub's answer is larger than 2097152 bytes, the most this call accepts/,
    );
    const whole = await pull(id);
    assert.equal(whole.code, 0, whole.stderr);
  });

  it('a file larger than its declared size is stopped at that size, not downloaded whole', async () => {
    const id = seed((e) => ({ ...e, bytes: 6 }));
    refused(await pull(id), /"?t\/f0\.txt"? is larger than the 6 bytes the manifest says: the share is damaged/);
  });

  it('a file without a declared size (its gist size a lie) is stopped at --max-size', async () => {
    const id = seed(({ path: p, encoding }) => ({ path: p, encoding }), true);
    fake.gists.get(id)!.apiOverrides = { 'f0.txt': { size: 6 } };
    const work = path.join(await tempDir('mgs-pull-'), 'work');
    await mkdir(work);
    const r = await runCli(['shares', 'pull', id, 'out', '--max-size', '1MB'], { cwd: work, env: await ghEnv(fake) });
    refused(
      { ...r, left: await readdir(work) },
      /downloading f0\.txt failed: GitHub's answer is larger than \d+ bytes/,
    );
  });

  it('files count a block each against --max-size: 60 one-byte files are no 60 bytes (attack S)', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [
        `f${i}.txt`,
        { path: `t/f${i}.txt`, bytes: 1, sha256: sha('x'), encoding: 'utf-8' },
      ]),
    );
    const manifest = { version: '2.0', session_id: 'log_20260301_090000_000001', format: 'massgen-share/1', files };
    const contents = Object.fromEntries(Object.keys(files).map((n) => [n, 'x']));
    const id = fake.seed('MassGen: tiny', {
      [MANIFEST_NAME]: JSON.stringify({ ...manifest, archive: null, links: [] }),
      ...contents,
    }).id;
    const work = path.join(await tempDir('mgs-pull-'), 'work');
    await mkdir(work);
    const r = await runCli(['shares', 'pull', id, 'out', '--max-size', '200KB'], { cwd: work, env: await ghEnv(fake) });
    refused({ ...r, left: await readdir(work) }, /This share writes 24\d KiB, more than the pull limit of 200 KiB/);
  });

  it('links and folders count against --max-size (a block each): a share of a few bytes cannot make 40 links', async () => {
    const text = 'hi\n';
    const share = (links: number, depth: number): string => {
      const deep = Array.from({ length: depth }, (_, i) => `d${i}`).join('/');
      const manifest = {
        version: '2.0',
        session_id: 'log_20260301_090000_000001',
        format: 'massgen-share/1',
        files: { 'f0.txt': { path: `${deep}/f0.txt`, bytes: text.length, sha256: sha(text), encoding: 'utf-8' } },
        archive: null,
        links: Array.from({ length: links }, (_, i) => ({ path: `l${i}`, target: `${deep}/f0.txt` })),
      };
      return fake.seed('MassGen: links', { [MANIFEST_NAME]: JSON.stringify(manifest), 'f0.txt': text }).id;
    };
    const pullCapped = async (id: string, cap: string) => {
      const work = path.join(await tempDir('mgs-pull-'), 'work');
      await mkdir(work);
      const r = await runCli(['shares', 'pull', id, 'out', '--max-size', cap], { cwd: work, env: await ghEnv(fake) });
      return { ...r, left: await readdir(work) };
    };
    // 40 links (and one folder) are 164 KiB of the cap; 30 nested folders 120 KiB.
    for (const id of [share(40, 1), share(0, 30)]) {
      refused(await pullCapped(id, '64KB'), /This share writes 1[26]\d KiB, more than the pull limit of 64 KiB/);
      const fits = await pullCapped(id, '1MB');
      assert.equal(fits.code, 0, fits.stderr);
    }
  });
});
