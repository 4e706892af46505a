import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { exportedBytes, identityFilter, measureFile } from '../src/core/content.js';
import { tempDir } from './helpers/env.js';

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

async function collectBytes(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(c);
  return Buffer.concat(parts);
}

describe('reading a file whose size changed since the walk', () => {
  // The reader skips the read that would return 0 when the file reads to exactly the size the
  // walk saw: every other case must still read the file as it is now.
  const cases: { name: string; content: Buffer; hint: number }[] = [
    { name: 'as listed', content: Buffer.from('hello world\n'), hint: 12 },
    { name: 'shrank', content: Buffer.from('hi\n'), hint: 12 },
    { name: 'grew a little', content: Buffer.from('hello world, and then some more\n'), hint: 12 },
    { name: 'grew past the small-file size', content: Buffer.alloc(1.5 * 1024 * 1024, 'abcdefgh\n'), hint: 12 },
    { name: 'listed as empty', content: Buffer.from('now it has text\n'), hint: 0 },
    { name: 'one byte', content: Buffer.from('x'), hint: 1 },
    { name: 'exactly 1 MB', content: Buffer.alloc(1024 * 1024, 'line of text\n'), hint: 1024 * 1024 },
  ];
  for (const c of cases) {
    it(`${c.name}: measured and exported bytes are the file's own`, async () => {
      const file = path.join(await tempDir('mgs-content-'), 'f.txt');
      writeFileSync(file, c.content);
      const m = await measureFile(file, 'f.txt', identityFilter, undefined, c.hint);
      assert.equal(m.kind, 'text');
      assert.equal(m.bytes, c.content.length);
      assert.equal(m.sha256, sha(c.content));
      const out = await collectBytes(exportedBytes(file, 'f.txt', m.kind, m.sha256, identityFilter, c.hint));
      assert.ok(out.equals(c.content));
    });
  }
});
