import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { writeZip, type ZipEntry } from '../src/adapters/zip/writer.js';
import { extractZip, safeJoin } from '../src/adapters/unzip.js';
import yauzl from 'yauzl';
import { tempDir } from './helpers/env.js';
import { seededBytes } from './helpers/fake-secrets.js';

// Incompressible bytes from a fixed seed, the same in every run (node:crypto's differed per run).
const randomBytes = seededBytes(20261203);

const entry = (name: string, ...chunks: Buffer[]): ZipEntry => ({
  name,
  date: new Date(2026, 0, 31, 10, 15, 42),
  data: async function* () {
    yield* chunks;
  },
});

/** Checks a zip with the real `unzip -t`, then reads every member back with yauzl. */
async function readBack(file: string): Promise<Map<string, Buffer>> {
  execFileSync('unzip', ['-tq', file], { stdio: 'pipe' });
  const out = await tempDir();
  const written = await extractZip(file, out);
  const files = new Map<string, Buffer>();
  for (const name of written) files.set(name, await readFile(path.join(out, ...name.split('/'))));
  return files;
}

describe('writeZip', () => {
  it('round-trips stored, deflated and streamed members byte for byte', async () => {
    const members: [string, Buffer][] = [
      ['empty.txt', Buffer.alloc(0)],
      ['tiny.txt', Buffer.from('hi\n')],
      ['text/compressible.md', Buffer.from('the same line of text, again and again\n'.repeat(2_000))],
      ['bin/random-small.bin', randomBytes(100_000)],
      ['bin/random-large.bin', randomBytes(2_500_000)], // past the one-call size: streamed with a data descriptor
      ['text/large.log', Buffer.from('10:15:00 | INFO | a log line that compresses well\n'.repeat(80_000))],
      ['deep/é/ünïcode name.txt', Buffer.from('ünïcode\n')],
    ];
    const file = path.join(await tempDir(), 'z.zip');
    // The large members come in several chunks, as files are read.
    const split = (b: Buffer): Buffer[] =>
      b.length > 1_000_000 ? [b.subarray(0, 700_000), b.subarray(700_000, 1_900_000), b.subarray(1_900_000)] : [b];
    const { bytes, sha256 } = await writeZip(
      file,
      members.map(([name, data]) => entry(name, ...split(data))),
    );
    const onDisk = await readFile(file);
    assert.equal(onDisk.length, bytes);
    assert.equal(createHash('sha256').update(onDisk).digest('hex'), sha256);
    const back = await readBack(file);
    assert.deepEqual([...back.keys()].sort(), members.map(([n]) => n).sort());
    for (const [name, data] of members) assert.ok(back.get(name)!.equals(data), name);
    assert.ok(bytes < 2_700_000, `compressible members are compressed (${bytes} bytes)`);
  });

  it('writes zip64 end records past 65,535 members', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'many.zip');
    const n = 70_000;
    await writeZip(
      file,
      Array.from({ length: n }, (_, i) => entry(`d${Math.floor(i / 1000)}/f${i}.txt`, Buffer.from(`${i}\n`))),
      { level: 0 },
    );
    // Its central directory (about 4 MB) went through the side file, a MB at a time, which is gone.
    assert.deepEqual(await readdir(dir), ['many.zip']);
    execFileSync('unzip', ['-tq', file], { stdio: 'pipe' });
    const listing = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8', maxBuffer: 1 << 26 })
      .trim()
      .split('\n');
    assert.equal(listing.length, n);
    assert.equal(execFileSync('unzip', ['-p', file, 'd69/f69999.txt'], { encoding: 'utf8' }), '69999\n');
    // yauzl (what `shares pull` uses) finds every member through the zip64 records.
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(file, { lazyEntries: true, autoClose: false }, (err, z) => (err ? reject(err) : resolve(z))),
    );
    assert.equal(zip.entryCount, n);
    zip.close();
  });

  it('rejects when a member cannot be read, and says why', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'bad.zip');
    const failing: ZipEntry = {
      name: 'b.txt',
      date: new Date(0),
      data: async function* () {
        yield randomBytes(1_500_000);
        throw new Error('the file changed');
      },
    };
    await assert.rejects(
      writeZip(file, [entry('a.txt', Buffer.from('a')), failing, entry('c.txt', Buffer.from('c'))]),
      /the file changed/,
    );
    assert.ok((await stat(file)).size > 0, 'the caller removes the partial file');
    assert.deepEqual(await readdir(dir), ['bad.zip'], 'the central directory side file is removed');
  });
});

describe('safeJoin (paths from a downloaded share)', () => {
  const root = '/tmp/pulled';
  it('keeps ordinary paths, and a backslash as a character of a POSIX name', () => {
    assert.equal(safeJoin(root, 'turn_1/attempt_1/a.txt', 'linux'), '/tmp/pulled/turn_1/attempt_1/a.txt');
    assert.equal(safeJoin(root, 'notes\\draft.txt', 'linux'), '/tmp/pulled/notes\\draft.txt');
    assert.equal(
      safeJoin(root, 'a\\..\\..\\x', 'linux'),
      '/tmp/pulled/a\\..\\..\\x',
      'one name on POSIX: it cannot climb',
    );
  });
  it('refuses anything that could leave the directory', () => {
    for (const [rel, platform] of [
      ['../x', 'linux'],
      ['a/../../x', 'linux'],
      ['/etc/passwd', 'linux'],
      ['a//b', 'linux'],
      ['./a', 'linux'],
      ['', 'linux'],
      ['a\0b', 'linux'],
      ['a\\..\\..\\x', 'win32'],
    ] as const) {
      assert.throws(() => safeJoin(root, rel, platform), /unsafe path/, `${rel} on ${platform}`);
    }
  });
});
