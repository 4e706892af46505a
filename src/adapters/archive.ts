import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** One zip entry: a name and its bytes, produced lazily. */
export interface ZipEntry {
  name: string;
  data: () => AsyncIterable<Buffer>;
  /** Modification time recorded in the zip. */
  date: Date;
}

/**
 * Streams entries into a zip file at `file` (archiver, deflate), one entry at a time so that
 * memory does not grow with the archive. Any failing entry aborts the zip and rejects.
 * Returns the zip's size and sha256.
 */
export async function writeZip(
  file: string,
  entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>,
  opts: { level?: number; mode?: number } = {},
): Promise<{ bytes: number; sha256: string }> {
  const level = opts.level ?? 6;
  const { default: archiver } = await import('archiver');
  const zip = archiver('zip', { zlib: { level }, forceZip64: false });
  const hash = createHash('sha256');
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      bytes += chunk.length;
      cb(null, chunk);
    },
  });
  const done = pipeline(zip, counter, createWriteStream(file, { mode: opts.mode ?? 0o666 }));
  let failure: unknown;
  const fail = (err: unknown): void => {
    failure ??= err;
    zip.abort();
  };
  zip.on('warning', fail);
  zip.on('error', fail);
  try {
    for await (const entry of entries) {
      if (failure) break;
      const source = Readable.from(entry.data(), { objectMode: false });
      const appended = new Promise<void>((resolve, reject) => {
        const onEntry = (): void => {
          source.off('error', onError);
          resolve();
        };
        const onError = (err: unknown): void => {
          zip.off('entry', onEntry);
          reject(err);
        };
        zip.once('entry', onEntry);
        source.once('error', onError);
      });
      zip.append(source, { name: entry.name, date: entry.date });
      await appended;
    }
    if (!failure) await zip.finalize();
  } catch (err) {
    fail(err);
  }
  try {
    await done;
  } catch (err) {
    failure ??= err;
  }
  if (failure) throw failure;
  return { bytes, sha256: hash.digest('hex') };
}

/** Encodes a byte stream as base64 text, chunk by chunk (3-byte aligned). */
export async function* base64Chunks(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of source) {
    const buf = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const usable = buf.length - (buf.length % 3);
    if (usable > 0) yield Buffer.from(buf.subarray(0, usable).toString('base64'), 'latin1');
    carry = Buffer.from(buf.subarray(usable));
  }
  if (carry.length > 0) yield Buffer.from(carry.toString('base64'), 'latin1');
}
