/** The archive's small members are deflated through reused zlib handles (src/adapters/zip/deflate.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import { deflateSmaller } from '../src/adapters/zip/deflate.js';
import { seededBytes } from './helpers/fake-secrets.js';

// Incompressible bytes from a fixed seed, the same in every run (node:crypto's differed per run).
const randomBytes = seededBytes(20261203);

/** Text-like data of `n` bytes (compressible), different for each seed. */
const texty = (n: number, seed: number): Buffer =>
  Buffer.from(
    Array.from({ length: Math.ceil(n / 24) }, (_, i) => `line ${seed}-${i % 97} = ${(i * seed) % 1013};\n`)
      .join('')
      .slice(0, n),
  );

describe('deflateSmaller', () => {
  it('gives a raw deflate stream that unpacks to the data, for every size, window and level in turn', () => {
    for (let i = 0; i < 400; i++) {
      const data = texty(64 + ((i * 7919) % 300_000), i);
      const windowBits = 9 + (i % 7);
      const level = 1 + (i % 9);
      const out = deflateSmaller(data, level, windowBits, Math.max(1, windowBits - 7));
      assert.ok(out !== null && out.length < data.length, `member ${i} (${data.length} bytes) is smaller deflated`);
      assert.ok(inflateRawSync(out).equals(data), `member ${i} unpacks to its data`);
    }
  });

  it('gives null for data that deflate cannot make smaller, and goes on working after it', () => {
    for (const n of [64, 100, 1000, 70_000]) assert.equal(deflateSmaller(randomBytes(n), 6, 15, 8), null);
    const data = texty(5000, 3);
    assert.ok(inflateRawSync(deflateSmaller(data, 6, 13, 6)!).equals(data));
  });

  it('makes the same stream as deflateRawSync with the same settings', async () => {
    const { deflateRawSync } = await import('node:zlib');
    for (const n of [64, 777, 40_000]) {
      const data = texty(n, n);
      assert.ok(
        deflateSmaller(data, 6, 15, 8)!.equals(deflateRawSync(data, { level: 6, windowBits: 15, memLevel: 8 })),
      );
    }
  });
});
