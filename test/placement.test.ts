import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { writeZip } from '../src/adapters/zip/writer.js';
import { archivePartCapacity, assignPlacement, zipUpperBound, type PlacementInput } from '../src/core/placement.js';
import { tempDir } from './helpers/env.js';
import { seededBytes } from './helpers/fake-secrets.js';

// Incompressible bytes from a fixed seed, the same in every run (node:crypto's differed per run).
const randomBytes = seededBytes(20261203);

/** assignPlacement reads a planned table; these tests hand it plain records. */
const input = (files: readonly { path: string; kind: 'text' | 'binary'; bytes: number }[]): PlacementInput => ({
  length: files.length,
  kindOf: (i) => files[i]!.kind,
  bytesOf: (i) => files[i]!.bytes,
  pathOf: (i) => files[i]!.path,
});

const LIMITS = {
  maxFiles: 300,
  maxFileSize: 10 * 1024 ** 2,
  maxTotalSize: 100 * 1024 ** 2,
  workspaceLimit: 500 * 1024,
  includeWorkspace: true,
};

describe('archive arithmetic', () => {
  it('the zip upper bound is never below the real zip, even for incompressible data', async () => {
    const members = [
      { path: 'turn_1/attempt_1/a.bin', data: randomBytes(300_000) },
      { path: 'turn_1/attempt_1/deep/é/b.bin', data: randomBytes(17) },
      { path: 'turn_1/attempt_1/c.txt', data: Buffer.from('x'.repeat(100_000)) },
    ];
    const file = path.join(await tempDir(), 'z.zip');
    const { bytes } = await writeZip(
      file,
      members.map((m) => ({
        name: m.path,
        date: new Date(0),
        data: async function* () {
          yield m.data;
        },
      })),
    );
    assert.equal((await stat(file)).size, bytes);
    assert.ok(zipUpperBound(members.map((m) => ({ path: m.path, bytes: m.data.length }))) >= bytes);
  });
  it('parts are multiples of 3 whose base64 fits the per-file cap', () => {
    for (const cap of [1024, 10 * 1024 ** 2, 1000001]) {
      const c = archivePartCapacity(cap);
      assert.equal(c % 3, 0);
      assert.ok((c / 3) * 4 <= cap);
    }
  });
  it('placement: binaries and oversize files go to the archive, the rest fill the slots the parts leave', () => {
    const files: { path: string; kind: 'text' | 'binary'; bytes: number }[] = Array.from({ length: 400 }, (_, i) => ({
      path: `f${i}`,
      kind: 'text',
      bytes: 100,
    }));
    files[3] = { path: 'bin', kind: 'binary', bytes: 100 };
    files[5] = { path: 'big', kind: 'text', bytes: 11 * 1024 ** 2 };
    const { placement, parts } = assignPlacement(input(files), LIMITS);
    const individual = placement.filter((f) => f === null).length;
    assert.equal(parts, 2, 'an 11 MB member needs two 7.5 MB parts');
    assert.equal(1 + individual + parts, 300, 'exactly fills the 300-file limit');
    assert.equal(placement[3], 'binary file (not an image, PDF or Office document)');
    assert.equal(placement[5], 'larger than --max-file-size');
    assert.equal(placement[399], 'over the 300-file gist limit');
    assert.equal(placement[0], null, 'priority order: the first files get the slots');
  });
  it('refuses an archive that would need more parts than the gist can hold', () => {
    const files = [{ path: 'huge', kind: 'binary' as const, bytes: 5 * 1024 ** 2 }];
    assert.throws(
      () => assignPlacement(input(files), { ...LIMITS, maxFileSize: 4096 }),
      /would need \d+ gist files, over the 300-file limit/,
    );
  });
});
