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
import { deflateRawSync } from 'node:zlib';
import { inflateExactly } from '../src/adapters/inflate.js';
import { extractZip } from '../src/adapters/unzip.js';
import { readDirectory } from '../src/adapters/zip-directory.js';
import { tempDir } from './helpers/env.js';
import { buildZip } from './helpers/zip.js';
import { seededBytes } from './helpers/fake-secrets.js';

// Incompressible bytes from a fixed seed, the same in every run (node:crypto's differed per run).
const randomBytes = seededBytes(20261203);

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

  it('inflates with one reused zlib handle: the same bytes as zlib, nothing for a stream that is broken, cut short, or unpacks to another size', () => {
    for (let i = 0; i < 300; i++) {
      const data = i % 3 === 0 ? randomBytes((i * 37) % 3000) : text((i * 53) % 5000, i);
      assert.deepEqual(inflateExactly(deflateRawSync(data), data.length), data, `member ${i}`);
    }
    const data = text(4000, 7);
    const packed = deflateRawSync(data);
    assert.equal(inflateExactly(packed, data.length - 1), undefined, 'one byte more than declared');
    assert.equal(inflateExactly(packed, data.length + 1), undefined, 'one byte fewer than declared');
    assert.equal(inflateExactly(packed.subarray(0, packed.length - 3), data.length), undefined, 'cut short');
    const broken = Buffer.from(packed);
    broken[0] = 0xff; // a reserved block type
    assert.equal(inflateExactly(broken, data.length), undefined, 'not a deflate stream');
    // A broken stream leaves no state behind: the next member inflates as before.
    assert.deepEqual(inflateExactly(packed, data.length), data);
  });

  it("reads the zip's directory from memory as yauzl does, and leaves zip64 records to yauzl", async () => {
    const members = [
      { name: 'a/one.txt', data: text(700, 1) },
      { name: 'b/two.txt', data: text(30, 2), store: true },
    ];
    const zip = buildZip(members);
    const entries = readDirectory(zip)!;
    assert.deepEqual(
      entries.map((e) => [e.fileName.toString(), e.compressionMethod, e.uncompressedSize, e.encrypted]),
      [
        ['a/one.txt', 8, 700, false],
        ['b/two.txt', 0, 30, false],
      ],
    );
    // A comment whose length does not reach the end, a directory record past the end, an entry count beyond it.
    const badComment = Buffer.concat([zip, Buffer.from('x')]);
    const end = zip.length - 22;
    const pastEnd = Buffer.from(zip);
    pastEnd.writeUInt32LE(zip.length - 10, end + 16);
    const tooMany = Buffer.from(zip);
    tooMany.writeUInt16LE(3, end + 10);
    for (const bad of [badComment, pastEnd, tooMany]) {
      assert.throws(() => readDirectory(bad), /The overflow archive is not a readable zip/);
      await assert.rejects(extractZip(bad, await tempDir()), /The overflow archive is not a readable zip/);
    }
    // Zip64 end records (as the exporter writes past 65,535 members): yauzl reads the directory; the members are
    // still read from memory.
    const zip64 = withZip64End(zip, members.length);
    assert.equal(readDirectory(zip64), null);
    const dir = await tempDir();
    assert.deepEqual(await extractZip(zip64, dir), ['a/one.txt', 'b/two.txt']);
    for (const m of members) assert.deepEqual(await readFile(path.join(dir, m.name)), m.data, m.name);
  });
});

/** The zip with a zip64 end record and locator before its end record, whose count and offset say "see zip64". */
function withZip64End(zip: Buffer, count: number): Buffer {
  const end = zip.length - 22;
  const cdSize = zip.readUInt32LE(end + 12);
  const cdOffset = zip.readUInt32LE(end + 16);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  // Made by and needed: 4.5; this disk and the directory's: 0; entries (twice), the directory's size and offset.
  record.writeUInt32LE((45 << 16) | 45, 12);
  for (const [at, v] of [24, 32, 40, 48].map((at, i) => [at, [count, count, cdSize, cdOffset][i]!] as const))
    record.writeBigUInt64LE(BigInt(v), at);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(end), 8);
  locator.writeUInt32LE(1, 16);
  const eocd = Buffer.from(zip.subarray(end));
  eocd.writeUInt16LE(0xffff, 8);
  eocd.writeUInt16LE(0xffff, 10);
  eocd.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([zip.subarray(0, end), record, locator, eocd]);
}
