import { isUtf8 } from 'node:buffer';
import type { ContentKind, TextFilter, TextFilterFactory } from './kinds.js';
import { fileSize, readChunks, readInto, readWhole, SMALL_FILE } from './read.js';
import { looksBinary, NotText } from './sniff.js';
import { chunkDecoder, utf8Bytes, utf8Text } from './utf8.js';

/**
 * The exported form of text held whole in memory (redacted; the bytes as read when redaction
 * changed nothing), or null if it is not text. Streaming machinery costs more than the work for
 * the small files most sessions are made of.
 */
export function exportWholeText(
  whole: Buffer,
  rel: string,
  filter: TextFilterFactory,
): { bytes: Buffer; filter: TextFilter } | null {
  if (looksBinary(whole, 0) || !isUtf8(whole)) return null;
  const text = utf8Text(whole);
  let out: string;
  let f: TextFilter;
  if (filter.whole) ({ out, filter: f } = filter.whole(rel, text, whole));
  else {
    f = filter({ rel });
    out = f.write(text) + f.end();
  }
  return { bytes: out === text ? whole : utf8Bytes(out), filter: f };
}

/**
 * A small file's exported bytes, read whole as it is now (in a buffer of its own: the caller keeps it); null if text
 * turned out not to be text.
 */
function exportSmall(
  abs: string,
  size: number,
  rel: string,
  kind: ContentKind,
  filter: TextFilterFactory,
  onRaw?: (chunk: Buffer) => void,
): { bytes: Buffer; filter?: TextFilter } | null {
  const whole = readSmallWhole(abs, size);
  onRaw?.(whole);
  return kind === 'text' ? exportWholeText(whole, rel, filter) : { bytes: whole };
}

/** A file the walk saw at `size` (at most SMALL_FILE) bytes, read whole as it is now, in a buffer of its own. */
export function readSmallWhole(abs: string, size: number): Buffer {
  const buf = Buffer.allocUnsafe(size + 1);
  const n = readInto(abs, buf, size);
  // Grown past what the walk saw: read whole as it is now, as a file of unknown size is.
  return n > size ? readWhole(abs) : buf.subarray(0, n);
}

/** A large text file's redacted UTF-8 bytes, chunk by chunk; NotText as soon as it shows it is not text. */
async function* streamText(
  abs: string,
  rel: string,
  size: number,
  filter: TextFilterFactory,
  onDone: (f: TextFilter) => void,
  onRaw?: (chunk: Buffer) => void,
): AsyncGenerator<Buffer> {
  // A byte order mark is kept as text: the export is byte for byte what the file holds.
  const decode = chunkDecoder();
  const f = filter({ rel });
  let offset = 0;
  for await (const chunk of readChunks(abs)) {
    if (looksBinary(chunk, offset)) throw new NotText();
    let text: string;
    try {
      text = decode(chunk, offset + chunk.length < size);
    } catch {
      throw new NotText();
    }
    offset += chunk.length;
    onRaw?.(chunk);
    const out = f.write(text);
    if (out) yield utf8Bytes(out);
  }
  try {
    const rest = decode(Buffer.alloc(0), false);
    const out = f.write(rest) + f.end();
    if (out) yield utf8Bytes(out);
  } catch {
    throw new NotText();
  }
  onDone(f);
}

/**
 * Streams a file's exported form: for text, the redacted UTF-8 bytes; for the other kinds, the
 * raw bytes. Text that turns out not to be text (invalid UTF-8, a NUL, control bytes where gh
 * sniffs, a binary magic number) throws NotText before the first chunk is handed on, so that
 * callers that decided the kind up front see the failure instead of half a file.
 */
export async function* exportedChunks(
  abs: string,
  rel: string,
  kind: ContentKind,
  filter: TextFilterFactory,
  onDone: (f: TextFilter) => void,
  /** The size the walk saw (saves a stat); a file that changed since is still read to its end. */
  sizeHint?: number,
  /** Sees the file's own bytes as they are read (text only: the other kinds are exported as read). */
  onRaw?: (chunk: Buffer) => void,
): AsyncGenerator<Buffer> {
  const size = sizeHint ?? fileSize(abs);
  if (size <= SMALL_FILE) {
    const small = exportSmall(abs, size, rel, kind, filter, onRaw);
    if (!small) throw new NotText();
    if (small.filter) onDone(small.filter);
    if (small.bytes.length > 0) yield small.bytes;
    return;
  }
  if (kind !== 'text') yield* readChunks(abs);
  else yield* streamText(abs, rel, size, filter, onDone, onRaw);
}
