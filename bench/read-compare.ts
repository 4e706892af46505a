/**
 * Why small files are read synchronously (src/core/content/read.ts): `npm run build && node
 * dist/bench/read-compare.js [FILES]` (default 40,000) makes that many small files, then reads
 * and hashes each of them, as the measure stage does, in two ways, run in turn, best of 5:
 *
 * - sync: `openSync` / `readSync` / `closeSync` into one reused buffer, the event loop given a
 *   turn every 10 ms by the yielder (what the export does);
 * - async: `fs.promises` `open` / `FileHandle.read` / `close` into a buffer per file, 4, 8 and
 *   16 files in flight (what the export would do without the yielder).
 *
 * This isolates the reads; the README's figures are for whole exports with each read path.
 */
import crypto from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { forEachLimited, yielder } from '../src/core/concurrency.js';

function generate(dir: string, n: number): string[] {
  const files: string[] = [];
  for (let d = 0; d * 1000 < n; d++) mkdirSync(path.join(dir, `d${d}`));
  for (let i = 0; i < n; i++) {
    const file = path.join(dir, `d${Math.floor(i / 1000)}`, `n${i}.txt`);
    writeFileSync(file, `note ${i}: ${'the agent considered the options. '.repeat(1 + (i % 7))}\n`);
    files.push(file);
  }
  return files;
}

async function readAllSync(files: string[]): Promise<number> {
  const buf = Buffer.allocUnsafe((1 << 20) + 1);
  const maybeYield = yielder();
  let bytes = 0;
  for (const file of files) {
    const pause = maybeYield();
    if (pause) await pause;
    const fd = openSync(file, 'r');
    try {
      const n = readSync(fd, buf, 0, buf.length, null);
      crypto.hash('sha256', buf.subarray(0, n), 'hex');
      bytes += n;
    } finally {
      closeSync(fd);
    }
  }
  return bytes;
}

async function readAllAsync(files: string[], limit: number): Promise<number> {
  let bytes = 0;
  await forEachLimited(files.length, limit, async (i) => {
    const fh = await open(files[i]!, 'r');
    try {
      const buf = Buffer.allocUnsafe(4097); // the files are under 300 bytes
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      crypto.hash('sha256', buf.subarray(0, bytesRead), 'hex');
      bytes += bytesRead;
    } finally {
      await fh.close();
    }
  });
  return bytes;
}

const n = Number(process.argv[2] ?? 40_000);
const dir = mkdtempSync(path.join(os.tmpdir(), 'massgen-read-compare-'));
try {
  const files = generate(dir, n);
  const ways: [string, () => Promise<number>][] = [
    ['sync + yielder', () => readAllSync(files)],
    ['async, 4 in flight', () => readAllAsync(files, 4)],
    ['async, 8 in flight', () => readAllAsync(files, 8)],
    ['async, 16 in flight', () => readAllAsync(files, 16)],
  ];
  const best = new Map<string, number>();
  for (let round = 0; round < 5; round++) {
    for (const [name, run] of ways) {
      const start = performance.now();
      await run();
      const ms = performance.now() - start;
      best.set(name, Math.min(best.get(name) ?? Infinity, ms));
    }
  }
  console.log(`${n} files, read and hashed, best of 5:`);
  for (const [name, ms] of best) console.log(`  ${name.padEnd(20)} ${(ms / 1000).toFixed(3)} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
