/**
 * Decoders of the carriers' compressed streams, each within a budget of decoded bytes (a
 * decompression bomb stops at the cap: TooLarge), and the errors that withhold a carrier unscanned.
 * Node's zlib decodes gzip, zlib, raw deflate and brotli; bzip2 and zstd are pure JavaScript
 * (bzip2.ts, zstd.ts), loaded only when a stream needs them.
 */
import { createRequire } from 'node:module';
import type * as Zlib from 'node:zlib';
import { bunzip2 } from './bzip2.js';
import { deflateCanStart } from './deflate-check.js';
import { unzstd } from './zstd.js';

/** Node's zlib, loaded when a file first needs a decoder (a session of text files never does: ~2 ms of every start). */
let zlibModule: typeof Zlib | null = null;
const zlib = (): typeof Zlib => (zlibModule ??= createRequire(import.meta.url)('node:zlib') as typeof Zlib);

/** Decoded bytes kept for one stream or member: more is a decompression bomb, or too large to scan. */
export const MAX_DECODED = 64 * 1024 * 1024;

/** The decoded bytes a carrier may still yield, all its streams, members and nesting levels together. */
export interface Budget {
  left: number;
  /** The carrier's own size, when it is known (carriers.ts: a part decoding to far more is a bomb). */
  readonly input?: number;
}

export class TooLarge extends Error {}
/** A carrier whose content cannot be decoded here (no decoder, corrupt, encrypted): withheld unscanned. */
export class Unscannable extends Error {}

type Stream = 'gzip' | 'zlib' | 'raw' | 'brotli' | 'bzip2' | 'zstd';

const isTooLarge = (err: unknown): boolean =>
  (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError;

/** The raw deflate data of a gzip member after its header (FEXTRA, FNAME, FCOMMENT, FHCRC), or null. */
function gzipBody(data: Buffer): Buffer | null {
  if (data.length < 18 || data[2] !== 8) return null;
  const flags = data[3]!;
  let p = 10;
  if (flags & 4) p += 2 + data.readUInt16LE(p);
  for (const bit of [8, 16]) if (flags & bit) p = data.indexOf(0, p) + 1 || data.length;
  if (flags & 2) p += 2;
  return p < data.length ? data.subarray(p) : null;
}

function zlibDecode(kind: Stream, data: Buffer, max: number, flush: boolean): Buffer {
  const opts = { maxOutputLength: max, finishFlush: zlib().constants.Z_SYNC_FLUSH };
  if (kind === 'gzip') return zlib().gunzipSync(data, opts);
  if (kind === 'zlib') return zlib().inflateSync(data, opts);
  if (kind === 'raw') return zlib().inflateRawSync(data, flush ? opts : { maxOutputLength: max });
  const bflush = zlib().constants.BROTLI_OPERATION_FLUSH;
  return zlib().brotliDecompressSync(
    data,
    flush ? { maxOutputLength: max, finishFlush: bflush } : { maxOutputLength: max },
  );
}

/**
 * The decoded bytes of a stream: what could be decoded of a truncated one; nothing when it is
 * corrupt or no stream of that kind after all (its raw bytes were scanned already). A gzip member
 * followed by other data (inside another file) is read up to its end.
 */
export function decodeStream(kind: Stream, data: Buffer, budget: Budget): Buffer {
  const max = Math.max(1, Math.min(MAX_DECODED, budget.left));
  let out: Buffer;
  if (kind === 'bzip2' || kind === 'zstd') {
    const got = kind === 'bzip2' ? bunzip2(data, max) : unzstd(data, max);
    if (got === 'too-large') throw new TooLarge();
    if (typeof got === 'string')
      throw new Unscannable(got === 'corrupt' ? `${kind} data is corrupt` : `no ${kind} decoder here`);
    out = got;
  } else {
    try {
      out = zlibDecode(kind, data, max, true);
    } catch (err) {
      if (isTooLarge(err)) throw new TooLarge();
      const body = kind === 'gzip' ? gzipBody(data) : null;
      return body ? decodeStream('raw', body, budget) : Buffer.alloc(0);
    }
  }
  budget.left -= out.length;
  return out;
}

/**
 * A carrier with no magic number (raw deflate, brotli): the stream it decodes to when the whole
 * buffer is one such stream that ends where the buffer ends; null otherwise. Any other binary
 * fails within a few bytes.
 */
export function decodeHeadless(buf: Buffer, budget: Budget): { kind: 'deflate' | 'brotli'; data: Buffer } | null {
  if (buf.length < 8) return null;
  const max = Math.max(1, Math.min(MAX_DECODED, budget.left));
  for (const kind of ['deflate', 'brotli'] as const) {
    // A binary whose first bits cannot start a deflate stream (most) starts no decoder.
    if (kind === 'deflate' && !deflateCanStart(buf, 0)) continue;
    try {
      const opts = { maxOutputLength: max, info: true } as const;
      const r = kind === 'deflate' ? zlib().inflateRawSync(buf, opts) : zlib().brotliDecompressSync(buf, opts);
      const { buffer, engine } = r as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
      if (buffer.length === 0 || engine.bytesWritten < buf.length - 8) continue;
      budget.left -= buffer.length;
      return { kind, data: buffer };
    } catch (err) {
      if (isTooLarge(err) && mayBeHeadless(buf)) throw new TooLarge();
    }
  }
  return null;
}

/** True when the first bytes of a buffer decode as raw deflate or brotli to at least 1 KiB (a streamed file's head). */
export function mayBeHeadless(head: Buffer): boolean {
  if (head.length < 8) return false;
  const part = head.subarray(0, 65536);
  for (const kind of ['raw', 'brotli'] as const) {
    try {
      if (zlibDecode(kind, part, 1 << 20, true).length >= 1024) return true;
    } catch (err) {
      if (isTooLarge(err)) return true;
    }
  }
  return false;
}
