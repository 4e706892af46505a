import crypto, { createHash } from 'node:crypto';
import type { KeptOutputs } from './kept.js';
import type { ContentKind, TextFilterFactory } from './kinds.js';
import { readChunks, SMALL_FILE } from './read.js';
import { readSmallWhole } from './stream.js';
import { exportedBytes, FileChangedError } from './verify.js';

/** A planned file, as writing it needs it. */
export interface FileToWrite {
  path: string;
  kind: ContentKind;
  /** sha256 of its exported bytes, as measured. */
  sha256: string;
  /** The size the walk saw. */
  size: number;
}

const sha256 = (b: Buffer): string => crypto.hash('sha256', b, 'hex');

/**
 * A file's exported bytes, for writing. A text file whose measurement was kept (kept.ts) and may
 * be reused (no value learned since) goes out as measured: its held output, sent without reading
 * or redacting the file again (a file changed since its measurement goes out as it was measured,
 * which the manifest describes); when only its hash was held (past the memory budget), it is read
 * again and goes out when its bytes still hash to what was measured. Anything else (another kind,
 * nothing kept, a value learned since, bytes that changed) is read, redacted and checked against
 * the measured hash as before (exportedBytes: a file whose export changed is a FileChangedError).
 */
export async function* bytesToWrite(
  abs: string,
  f: FileToWrite,
  filter: TextFilterFactory,
  kept?: KeptOutputs,
): AsyncGenerator<Buffer> {
  if (f.size <= SMALL_FILE) {
    const whole = keptWhole(abs, f, kept);
    if (whole) {
      if (whole.length > 0) yield whole;
      return;
    }
  } else {
    const k = f.kind === 'text' ? kept?.reusable(f.path, f.sha256) : undefined;
    if (k?.out) {
      yield* nonEmpty(k.out);
      return;
    }
    if (k && (await hashOf(abs)) === k.rawSha256) {
      yield* checkedRaw(abs, f.sha256, f.path);
      return;
    }
  }
  yield* exportedBytes(abs, f.path, f.kind, f.sha256, filter, f.size);
}

/**
 * A small file's kept export in one synchronous call (an archive's thousands of members skip an async iteration
 * each): its held output, or its bytes read and checked as bytesToWrite does it; null when it must be read, redacted
 * and checked again (bytesToWrite).
 */
export function keptWhole(abs: string, f: FileToWrite, kept?: KeptOutputs): Buffer | null {
  const k = f.kind === 'text' && f.size <= SMALL_FILE ? kept?.reusable(f.path, f.sha256) : undefined;
  if (!k) return null;
  if (k.out) return k.out.length === 1 ? k.out[0]! : Buffer.concat(k.out);
  const whole = readSmallWhole(abs, f.size);
  return sha256(whole) === k.rawSha256 ? whole : null;
}

function* nonEmpty(chunks: readonly Buffer[]): Generator<Buffer> {
  for (const c of chunks) if (c.length > 0) yield c;
}

/** sha256 of a file's bytes, read in chunks. */
async function hashOf(abs: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of readChunks(abs)) hash.update(chunk);
  return hash.digest('hex');
}

/** A large file whose bytes are its export, read again and checked at the end against what was measured. */
async function* checkedRaw(abs: string, sha256: string, rel: string): AsyncGenerator<Buffer> {
  const hash = createHash('sha256');
  for await (const chunk of readChunks(abs)) {
    hash.update(chunk);
    yield chunk;
  }
  if (hash.digest('hex') !== sha256) throw new FileChangedError(rel);
}
