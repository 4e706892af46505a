import crypto, { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { carrierKind, MAX_CARRIER_INPUT, scanBinaryViews, scanCarrier, sqlitePageSize, type CarrierFinding } from './redact/carriers.js';

/**
 * How a file travels:
 * - `text`: valid UTF-8 text, redacted, uploaded as is;
 * - `base64`: images, PDFs and Office documents, base64 text under their own name (what the Viewer expects);
 * - `binary`: any other binary content, carried inside the overflow archive.
 */
export type ContentKind = 'text' | 'base64' | 'binary';

/** Extensions the MassGen Viewer decodes from base64 (MassGen's own exporter encodes exactly these). */
const BASE64_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.pdf', '.docx', '.pptx', '.xlsx']);

export const isBase64Kind = (file: string): boolean => BASE64_EXTENSIONS.has(path.extname(file).toLowerCase());

/** Length of the base64 text for `n` bytes. */
export const base64Length = (n: number): number => 4 * Math.ceil(n / 3);

/**
 * A streaming text filter, one per file: the redactor plugs in here. `write` may hold back a
 * tail (a secret split across chunks) and return it later; `end` flushes what is left.
 */
export interface TextFilter {
  write(text: string): string;
  end(): string;
  /** Redaction counts for this file, by rule id. */
  counts?(): Record<string, number>;
  /** Where values were redacted (line and rule, never the value). */
  findings?(): { line: number; rule: string }[];
}
export type TextFilterFactory = (file: { rel: string }) => TextFilter;

export const identityFilter: TextFilterFactory = () => ({ write: (t) => t, end: () => '' });

/** gh refuses a file whose first 3,072 bytes hold one of these (mimetype's binary test). */
const SNIFF_BYTES = 3072;
const isGhBinaryByte = (b: number): boolean =>
  b <= 0x08 || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f);
/** Text that starts like these is detected as a binary type by gh's sniffer, so it cannot be a text file. */
const BINARY_MAGIC = ['%PDF-', '%!PS', 'GIF87a', 'GIF89a', '{\\rtf'].map((m) => Buffer.from(m, 'latin1'));

/**
 * True when a chunk at `offset` in its file shows the file is not text: a binary magic number at
 * the start, a NUL anywhere, or a control byte where gh sniffs (its first 3,072 bytes).
 * Invalid UTF-8 is the decoder's to find.
 */
function looksBinary(chunk: Buffer, offset: number): boolean {
  if (offset === 0 && BINARY_MAGIC.some((m) => chunk.subarray(0, m.length).equals(m))) return true;
  if (chunk.indexOf(0) !== -1) return true;
  for (let i = 0, end = Math.min(chunk.length, SNIFF_BYTES - offset); i < end; i++) {
    if (isGhBinaryByte(chunk[i]!)) return true;
  }
  return false;
}

/**
 * How session files are opened: a file the walk saw as regular may have been replaced since (by
 * a FIFO, whose open would wait for a writer for ever, or by a link): never blocking, never
 * through a link. A FIFO then reads as empty, which the size and hash checks catch.
 */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

const READ_CHUNK = 1 << 20;
/** Files up to this size are read with one synchronous call: far cheaper than open/read/close round trips. */
const SMALL_FILE = READ_CHUNK;

/** The file's size now, or Infinity when it cannot be known (open() will then report the problem). */
function fileSize(abs: string): number {
  try {
    return statSync(abs).size;
  } catch {
    return Infinity;
  }
}

/** Reads a (large) file in chunks of at most 1 MB, to the end as it is now. Small files are read whole (exportSmall). */
async function* readChunks(abs: string): AsyncGenerator<Buffer> {
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

/** What one full read of a file found. */
export interface Measured {
  kind: ContentKind;
  /** Bytes of the file as exported (after redaction for text). */
  bytes: number;
  sha256: string;
  /** True for text that is empty or only whitespace after redaction: GitHub refuses it. */
  blank: boolean;
  redactions: Record<string, number>;
  findings: { line: number; rule: string }[];
  /** Secret rules found in binary content, which is never rewritten (the file is then withheld). */
  binarySecrets: string[];
  /** Why a binary that holds a secret is withheld, when it is a carrier (a gzip, zip, PDF or PNG whose decoded content holds one). */
  withheldReason?: string;
}

/** Secrets in a binary that is a carrier (carriers.ts): its rules and reason, or nothing. */
function carrierSecrets(whole: Buffer, scan: BinaryScanner | undefined): Pick<Measured, 'binarySecrets' | 'withheldReason'> | null {
  if (!scan || !carrierKind(whole)) return null;
  const c: CarrierFinding | null = scanCarrier(whole, scan);
  return c ? { binarySecrets: c.rules.length > 0 ? c.rules : ['unscanned-carrier'], withheldReason: c.reason } : null;
}

/** Scans a binary chunk for secrets (the redactor's detection, without rewriting). */
export type BinaryScanner = (chunk: Buffer) => string[];

class NotText extends Error {}

/**
 * Streams a file's exported form: for text, the redacted UTF-8 bytes; for the other kinds, the
 * raw bytes. Text that turns out not to be text (invalid UTF-8, a NUL, control bytes where gh
 * sniffs, a binary magic number) throws NotText before the first chunk is handed on, so that
 * callers that decided the kind up front see the failure instead of half a file.
 */
async function* exportedChunks(
  abs: string,
  rel: string,
  kind: ContentKind,
  filter: TextFilterFactory,
  onDone: (f: TextFilter) => void,
  /** The size the walk saw (saves a stat); a file that changed since is still read to its end. */
  sizeHint?: number,
): AsyncGenerator<Buffer> {
  const size = sizeHint ?? fileSize(abs);
  if (size <= SMALL_FILE) {
    const small = exportSmall(abs, size, rel, kind, filter);
    if (!small) throw new NotText();
    if (small.filter) onDone(small.filter);
    if (small.bytes.length > 0) yield small.bytes;
    return;
  }
  if (kind !== 'text') {
    yield* readChunks(abs);
    return;
  }
  // ignoreBOM keeps a byte order mark as text: the export is byte for byte what the file holds.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const f = filter({ rel });
  let offset = 0;
  for await (const chunk of readChunks(abs)) {
    if (looksBinary(chunk, offset)) throw new NotText();
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: offset + chunk.length < size });
    } catch {
      throw new NotText();
    }
    offset += chunk.length;
    const out = f.write(text);
    if (out) yield Buffer.from(out, 'utf8');
  }
  try {
    const rest = decoder.decode();
    const out = f.write(rest) + f.end();
    if (out) yield Buffer.from(out, 'utf8');
  } catch {
    throw new NotText();
  }
  onDone(f);
}

const NON_WHITESPACE = /\S/;

/** True if the chunk holds anything but whitespace (ASCII fast path, Unicode-aware otherwise). */
function hasContent(chunk: Buffer): boolean {
  for (let i = 0; i < chunk.length; i++) {
    const b = chunk[i]!;
    if (b >= 0x80) return NON_WHITESPACE.test(chunk.toString('utf8'));
    if (b > 0x20) return true;
  }
  return false;
}

/**
 * Reads a file from its start into `buf`, up to buf.length bytes; returns how many it read. A
 * read that asked for more and brought the file to exactly the size the walk saw is taken as the
 * end (a regular file reads short only there): the usual last read, which returns 0, is skipped.
 * That is one system call of four per file (~7 us each here; 0.7 s for 100,000 files). A file
 * that changed size is read on to its end, or until buf is full.
 */
function readInto(abs: string, buf: Buffer, expected: number): number {
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
function readWhole(abs: string): Buffer {
  const fd = openSync(abs, READ_FLAGS);
  try {
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** One buffer, reused for every small file a measurement reads (they are handled synchronously, one at a time). */
let shared: Buffer | undefined;

/** Reads a file the walk saw at `size` (at most SMALL_FILE) bytes into the shared buffer; null if it has grown past SMALL_FILE since. */
function readSmall(abs: string, size: number): Buffer | null {
  shared ??= Buffer.allocUnsafe(SMALL_FILE + 1);
  const n = readInto(abs, shared, size);
  return n > SMALL_FILE ? null : shared.subarray(0, n);
}

/** crypto.hash where Node has it (20.12 and later): no Hash object per file. */
const oneShot = (crypto as { hash?: (algorithm: string, data: Buffer, encoding: 'hex') => string }).hash;
const sha256 = (b: Buffer): string => (oneShot ? oneShot('sha256', b, 'hex') : createHash('sha256').update(b).digest('hex'));

/**
 * The exported form of text held whole in memory (redacted; the bytes as read when redaction
 * changed nothing), or null if it is not text. Streaming machinery costs more than the work for
 * the small files most sessions are made of.
 */
function exportWholeText(whole: Buffer, rel: string, filter: TextFilterFactory): { bytes: Buffer; filter: TextFilter } | null {
  if (looksBinary(whole, 0) || !isUtf8(whole)) return null;
  const f = filter({ rel });
  const text = whole.toString('utf8');
  const out = f.write(text) + f.end();
  return { bytes: out === text ? whole : Buffer.from(out, 'utf8'), filter: f };
}

/** A small file's exported bytes, read whole as it is now (in a buffer of its own: the caller keeps it); null if text turned out not to be text. */
function exportSmall(abs: string, size: number, rel: string, kind: ContentKind, filter: TextFilterFactory): { bytes: Buffer; filter?: TextFilter } | null {
  const buf = Buffer.allocUnsafe(size + 1);
  const n = readInto(abs, buf, size);
  // Grown past what the walk saw: read whole as it is now, as a file of unknown size is.
  const whole = n > size ? readWhole(abs) : buf.subarray(0, n);
  return kind === 'text' ? exportWholeText(whole, rel, filter) : { bytes: whole };
}

/**
 * What most files measure: no redactions, findings or secrets. Shared (and frozen) instead of
 * three empty objects per file: there can be 100,000 files.
 */
const NONE_FOUND: { redactions: Record<string, number>; findings: Measured['findings']; binarySecrets: string[] } = Object.freeze({
  redactions: Object.freeze({}) as Record<string, number>,
  findings: Object.freeze([]) as unknown as Measured['findings'],
  binarySecrets: Object.freeze([]) as unknown as string[],
});
const found = (f: TextFilter | null, binarySecrets: string[] = NONE_FOUND.binarySecrets): Pick<Measured, 'redactions' | 'findings' | 'binarySecrets'> => {
  const redactions = f?.counts?.() ?? NONE_FOUND.redactions;
  const findings = f?.findings?.() ?? NONE_FOUND.findings;
  return {
    redactions: Object.keys(redactions).length > 0 ? redactions : NONE_FOUND.redactions,
    findings: findings.length > 0 ? findings : NONE_FOUND.findings,
    binarySecrets: binarySecrets.length > 0 ? binarySecrets : NONE_FOUND.binarySecrets,
  };
};

/** measureAs for a file held whole in memory: the same result, without streaming machinery. */
function measureWhole(whole: Buffer, rel: string, first: ContentKind, filter: TextFilterFactory, scan?: BinaryScanner): Measured {
  const text = first === 'text' ? exportWholeText(whole, rel, filter) : null;
  if (text) {
    const { bytes, filter: f } = text;
    return { kind: 'text', bytes: bytes.length, sha256: sha256(bytes), blank: !hasContent(bytes), ...found(f) };
  }
  const kind = first === 'text' ? 'binary' : first;
  // Also the views a latin1 scan misses (UTF-16 strings, prefixes glued to other data, SQLite pages).
  const viewed = scan ? scanBinaryViews(whole, scan) : { rules: [] };
  const raw = found(null, [...new Set(viewed.rules)]);
  const carried = raw.binarySecrets.length === 0 ? carrierSecrets(whole, scan) : viewed.reason ? { withheldReason: viewed.reason } : null;
  return { kind, bytes: whole.length, sha256: sha256(whole), blank: whole.length === 0, ...raw, ...carried };
}

/**
 * Reads a whole file once: decides its kind (by extension for base64 types, by content
 * otherwise), and measures its exported bytes and sha256. Memory stays at one chunk. Files the
 * walk saw as small are read in one call into a reused buffer and measured synchronously.
 */
export async function measureFile(abs: string, rel: string, filter: TextFilterFactory, scan?: BinaryScanner, sizeHint?: number): Promise<Measured> {
  const first: ContentKind = isBase64Kind(rel) ? 'base64' : 'text';
  if (sizeHint !== undefined && sizeHint <= SMALL_FILE) {
    const whole = readSmall(abs, sizeHint);
    if (whole) return measureWhole(whole, rel, first, filter, scan);
  }
  try {
    return await measureAs(abs, rel, first, filter, scan, sizeHint);
  } catch (err) {
    if (err instanceof NotText) return measureAs(abs, rel, 'binary', filter, scan, sizeHint);
    throw err;
  }
}

/** Bytes of the previous chunk a binary scan looks at again, so a secret across chunks is seen. */
const SCAN_OVERLAP = 4096;

async function measureAs(abs: string, rel: string, kind: ContentKind, filter: TextFilterFactory, scan?: BinaryScanner, sizeHint?: number): Promise<Measured> {
  const hash = createHash('sha256');
  let bytes = 0;
  let blank = true;
  let used: TextFilter | null = null;
  const binarySecrets = new Set<string>();
  let tail: Buffer = Buffer.alloc(0);
  const done = (f: TextFilter): void => {
    used = f;
  };
  // A carrier is held (up to MAX_CARRIER_INPUT) to be decoded once read; a larger one is withheld unscanned.
  let carrier: Buffer[] | null = null;
  let carrierBytes = 0;
  let viewReason: string | undefined;
  /** A SQLite database's page size: its pages are rejoined in every window, not only the first. */
  let pageSize = 0;
  for await (const chunk of exportedChunks(abs, rel, kind, filter, done, sizeHint)) {
    hash.update(chunk);
    if (kind !== 'text' && scan && bytes === 0 && carrierKind(chunk)) carrier = [];
    if (bytes === 0) pageSize = sqlitePageSize(chunk);
    bytes += chunk.length;
    if (carrier && bytes <= MAX_CARRIER_INPUT) {
      carrier.push(chunk);
      carrierBytes = bytes;
    }
    if (blank && (kind !== 'text' || hasContent(chunk))) blank = false;
    if (kind !== 'text' && scan) {
      const window = tail.length ? Buffer.concat([tail, chunk]) : chunk;
      const viewed = scanBinaryViews(window, scan, pageSize > 0 ? { pageSize, offset: bytes - window.length } : undefined);
      if (viewed.reason && binarySecrets.size === 0) viewReason = viewed.reason;
      for (const rule of viewed.rules) binarySecrets.add(rule);
      tail = Buffer.from(window.subarray(Math.max(0, window.length - SCAN_OVERLAP)));
    }
  }
  let carried: Pick<Measured, 'binarySecrets' | 'withheldReason'> | null = null;
  if (carrier && binarySecrets.size === 0) {
    carried = carrierBytes < bytes
      ? { binarySecrets: ['unscanned-carrier'], withheldReason: `compressed file too large to scan (over ${MAX_CARRIER_INPUT / 1048576} MiB)` }
      : carrierSecrets(Buffer.concat(carrier, carrierBytes), scan);
  }
  if (!carried && viewReason && binarySecrets.size > 0) carried = { binarySecrets: [...binarySecrets], withheldReason: viewReason };
  return { kind, bytes, sha256: hash.digest('hex'), blank, ...found(used, [...binarySecrets]), ...carried };
}

/**
 * Streams a file's exported bytes again (for writing), checking that they hash to what
 * measureFile saw; a file that changed in between is an error, never a silent mismatch.
 */
export async function* exportedBytes(
  abs: string,
  rel: string,
  kind: ContentKind,
  expectedSha256: string,
  filter: TextFilterFactory,
  /** The size the walk saw (saves a stat); a file that changed since fails the hash check. */
  sizeHint?: number,
): AsyncGenerator<Buffer> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of exportedChunks(abs, rel, kind, filter, () => {}, sizeHint)) {
      hash.update(chunk);
      yield chunk;
    }
  } catch (err) {
    if (err instanceof NotText) throw new FileChangedError(rel);
    throw err;
  }
  if (hash.digest('hex') !== expectedSha256) throw new FileChangedError(rel);
}

/** A file whose content changed between the read that planned the export and the one that wrote it. */
export class FileChangedError extends UserError {
  constructor(readonly rel: string) {
    super(`${rel} changed while it was being exported, so nothing was written. Run the export again once the session is idle.`);
    this.name = 'FileChangedError';
  }
}
