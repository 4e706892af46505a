/**
 * The pull's archive extraction reads small members of an in-memory zip at once
 * (src/adapters/zip-member.ts) and streams the rest: both give the same bytes, and the fast
 * path keeps every check (a local header where the directory says, data inside the zip, the
 * declared size exactly).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { extractZip } from '../src/adapters/unzip.js';
import { tempDir } from './helpers/env.js';
import { buildZip } from './helpers/zip.js';

const text = (n: number, seed: number): Buffer =>
  Buffer.from(Array.from({ length: n }, (_, i) => String.fromCharCode(97 + ((i * 7 + seed) % 26))).join(''));

describe('extracting the overflow archive from memory', () => {
  it('writes stored, deflated, empty and large (streamed) members byte for byte, in nested folders', async () => {
    const members = [
      { name: 'a/b/c/deflated.txt', data: text(5000, 1) },
      { name: 'a/b/stored.txt', data: text(300, 2), store: true },
      { name: 'a/empty.txt', data: Buffer.alloc(0) },
      { name: 'big/two-mib.bin', data: text(2 * 1024 * 1024 + 3, 3) },
      ...Array.from({ length: 200 }, (_, i) => ({ name: `many/part_${i % 7}/f${i}.txt`, data: text(i * 13, i) })),
    ];
    const dir = await tempDir();
    const written = await extractZip(buildZip(members), dir);
    assert.equal(written.length, members.length);
    for (const m of members) assert.deepEqual(await readFile(path.join(dir, m.name)), m.data, m.name);
  });

  it('refuses a member whose local header is not where the directory says', async () => {
    const zip = buildZip([
      { name: 'ok.txt', data: text(100, 1) },
      { name: 'moved.txt', data: text(100, 2) },
    ]);
    // The second local header's signature, broken (the directory still points at it).
    const second = zip.indexOf(Buffer.from('PK\x03\x04', 'latin1'), 4);
    zip.writeUInt32LE(0, second);
    await assert.rejects(extractZip(zip, await tempDir()), /"moved\.txt" in the archive has no local header/);
  });

  it('refuses a deflated member that unpacks to more or less than declared', async () => {
    for (const member of [
      { name: 'more.txt', data: text(500, 1), declared: 499 },
      { name: 'less.txt', data: text(500, 2), declared: 501 },
    ]) {
      await assert.rejects(
        extractZip(buildZip([member]), await tempDir()),
        new RegExp(`"${member.name.replace('.', '\\.')}" in the archive does not unpack to its declared size`),
      );
    }
  });
});
