/**
 * `shares pull` against an overflow archive whose parts hold more than the archive the manifest declares (F10): refused
 * in one line before any part is downloaded (the API's file sizes say so), or stopped as a part arrives when the sizes
 * lie; an archive larger than --max-size is refused like any other write past the cap. Real gh against the fake GitHub.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { MANIFEST_NAME } from '../src/core/names.js';
import { runCli, tempDir } from './helpers/env.js';
import { fakeGitHubForSuite, ghEnv } from './helpers/share-env.js';
import { buildZip } from './helpers/zip.js';

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

describe('shares pull: archive parts larger than the declared archive', () => {
  const fake = fakeGitHubForSuite();
  /** A share whose manifest declares a small real archive, its parts replaced by `parts` (base64 text each). */
  function seed(parts: string[], declaredBytes?: number): string {
    const zip = buildZip([{ name: 't/a.bin', data: Buffer.from('abc'), mode: 0o100644 }]);
    const names = parts.map((_, i) => `_archive.zip.b64.part${String(i + 1).padStart(3, '0')}`);
    const manifest = {
      version: '2.0',
      session_id: 'log_20260301_090000_000001',
      format: 'massgen-share/1',
      files: {},
      archive: {
        format: 'zip',
        encoding: 'base64',
        parts: names,
        bytes: declaredBytes ?? zip.length,
        sha256: sha(zip),
        members: [{ path: 't/a.bin', bytes: 3, sha256: sha(Buffer.from('abc')), reason: 'binary' }],
      },
      links: [],
    };
    const files: Record<string, string> = { [MANIFEST_NAME]: JSON.stringify(manifest) };
    names.forEach((n, i) => (files[n] = parts[i]!));
    return fake.seed('MassGen: parts', files).id;
  }
  async function pull(id: string, args: string[] = []) {
    const work = path.join(await tempDir('mgs-pull-'), 'work');
    await mkdir(work);
    const r = await runCli(['shares', 'pull', id, 'out', ...args], { cwd: work, env: await ghEnv(fake) });
    assert.equal(r.code, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /Unexpected error|please report|\n\s+at /i);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.deepEqual(await readdir(work), [], 'nothing written, no .out.partial-* left');
    return r.stderr;
  }
  const rawGets = (): number => fake.requests.filter((q) => q.host === 'gist.github.localhost').length;
  const big = Buffer.alloc(1536 * 1024, 7).toString('base64');

  it('refuses parts whose gist sizes pass the declared archive before downloading any of them', async () => {
    const id = seed([big, big, big]);
    const err = await pull(id);
    assert.match(err, /overflow archive's parts hold \d+ bytes, more than the \d+ bytes the manifest declares take/);
    assert.equal(rawGets(), 0, 'no part downloaded');
  });

  it('stops a part whose gist size lies once it passes the declared archive', async () => {
    const id = seed([big]);
    fake.gists.get(id)!.apiOverrides = { '_archive.zip.b64.part001': { size: 8 } };
    assert.match(await pull(id), /part "_archive\.zip\.b64\.part001" is larger than the archive the manifest declares/);
  });

  it('stops the parts together as they arrive, never DOWNLOADS_IN_FLIGHT of them the archive size each (R4)', async () => {
    // Four parts, each under the declared archive (1.5 MiB, 2 MiB as base64) but 7.5 MiB together, their sizes lying:
    // the part that passes what the parts may bring together is stopped as it arrives, not once all are held whole.
    const part = Buffer.alloc(1400 * 1024, 7).toString('base64');
    const id = seed([part, part, part, part], 1536 * 1024);
    const names = [1, 2, 3, 4].map((i) => `_archive.zip.b64.part00${i}`);
    fake.gists.get(id)!.apiOverrides = Object.fromEntries(names.map((n) => [n, { size: 8, truncated: true }]));
    assert.match(
      await pull(id),
      /part "_archive\.zip\.b64\.part00\d" is larger than the archive the manifest declares/,
    );
  });

  it('refuses an archive declared larger than --max-size, nothing downloaded', async () => {
    const id = seed([big], 1536 * 1024);
    assert.match(await pull(id, ['--max-size', '1MB']), /overflow archive is 1\.5 MiB, more than the pull limit/);
    assert.equal(rawGets(), 0, 'no part downloaded');
  });
});
