import { closeSync, constants, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * How session files are opened: a file the walk saw as regular may have been replaced since (by
 * a FIFO, whose open would wait for a writer for ever, or by a link): never blocking, never
 * through a link. A FIFO then reads as empty, which the size and hash checks catch.
 */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

const READ_CHUNK = 1 << 20;
/** Files up to this size are read with one synchronous call: far cheaper than open/read/close round trips. */
export const SMALL_FILE = READ_CHUNK;

/** The file's size now, or Infinity when it cannot be known (open() will then report the problem). */
export function fileSize(abs: string): number {
  try {
    return statSync(abs).size;
  } catch {
    return Infinity;
  }
}

/**
 * Reads a (large) file in chunks of at most 1 MB, to the end as it is now. Small files are read whole (exportSmall).
 */
export async function* readChunks(abs: string): AsyncGenerator<Buffer> {
  const fh = await open(abs, READ_FLAGS);
  try {
    for (;;) {
      // A fresh buffer per chunk: the consumer may still hold the previous one.
      const buf = Buffer.allocUnsafe(READ_CHUNK);
      const { bytesRead } = await fh.read(buf, 0, READ_CHUNK, null);
      if (bytesRead === 0) break;
      yield bytesRead === READ_CHUNK ? buf : buf.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}

/**
 * Reads a file from its start into `buf`, up to buf.length bytes; returns how many it read. A
 * read that asked for more and brought the file to exactly the size the walk saw is taken as the
 * end (a regular file reads short only there): the usual last read, which returns 0, is skipped.
 * That is one system call of four per file (~7 us each here; 0.7 s for 100,000 files). A file
 * that changed size is read on to its end, or until buf is full.
 */
export function readInto(abs: string, buf: Buffer, expected: number): number {
  const fd = openSync(abs, READ_FLAGS);
  try {
    let n = 0;
    for (;;) {
      const asked = buf.length - n;
      const got = readSync(fd, buf, n, asked, null);
      n += got;
      if (got === 0 || n === buf.length || (got < asked && n === expected)) return n;
    }
  } finally {
    closeSync(fd);
  }
}

/** A whole file as it is now, opened as every session file is (READ_FLAGS). */
export function readWhole(abs: string): Buffer {
  const fd = openSync(abs, READ_FLAGS);
  try {
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * One buffer, reused for every small file a measurement reads. Safe only because small files
 * are read and measured synchronously, one at a time: nothing else runs between the read and the
 * end of its measurement, and nothing keeps a view of the buffer past it.
 */
let shared: Buffer | undefined;

/**
 * Reads a file the walk saw at `size` (at most SMALL_FILE) bytes into the shared buffer; null if it has grown past
 * SMALL_FILE since.
 */
export function readSmall(abs: string, size: number): Buffer | null {
  shared ??= Buffer.allocUnsafe(SMALL_FILE + 1);
  const n = readInto(abs, shared, size);
  return n > SMALL_FILE ? null : shared.subarray(0, n);
}
