import { createHash } from 'node:crypto';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { UserError } from '../../errors.js';
import { deflateSmaller } from './deflate.js';
import { trackTemp } from '../cleanup.js';
import {
  centralHeader,
  dataDescriptor,
  dosDateTime,
  endRecords,
  localHeader,
  U16,
  U32,
  type Written,
} from './records.js';
import { stagedWriter, WRITE_BATCH, type StagedWriter } from './staged-writer.js';

/** One zip entry: a name and its bytes, produced lazily. */
export interface ZipEntry {
  name: string;
  data: () => AsyncIterable<Buffer>;
  /** The whole data at once when it is at hand (null: read `data`), for the small members most archives hold. */
  whole?: () => Buffer | null;
  /** Modification time recorded in the zip. */
  date: Date;
}

/** Entries up to this size are held whole and compressed in one call (or stored, if that is smaller). */
const WHOLE = 1 << 20;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const STORE = 0;
const DEFLATE = 8;

/** Below this, deflate cannot win enough to matter: the member is stored. */
const TINY = 64;

/**
 * A deflate window no larger than the data needs (and the hash table to match): the same
 * output for a small member, without setting up zlib's full 256 KB state for each of thousands.
 */
function windowFor(size: number): { windowBits: number; memLevel: number } {
  const windowBits = Math.min(15, Math.max(9, Math.ceil(Math.log2(size + 262))));
  return { windowBits, memLevel: Math.max(1, Math.min(8, windowBits - 7)) };
}

/** CRC-32, continuing from `crc` (zlib.crc32: Node 20.15 and later, which package.json requires). */
const crc32 = (data: Buffer, crc = 0): number => zlib.crc32(data, crc);

/** The zip being written: its members, the side file of central directory records, the level. */
interface Sink {
  zip: StagedWriter;
  central: StagedWriter;
  count: number;
  level: number;
}

type Head = Omit<Written, 'flags' | 'method' | 'crc' | 'compressed' | 'size'>;

const record = async (out: Sink, e: Written): Promise<void> => {
  await out.central.put(centralHeader(e));
  out.count++;
};

/** Reads the source until it ends or passes WHOLE bytes: the chunks read, and whether it ended. */
async function readHead(source: AsyncIterator<Buffer>): Promise<{ head: Buffer[]; bytes: number; ended: boolean }> {
  const head: Buffer[] = [];
  let bytes = 0;
  while (bytes <= WHOLE) {
    const r = await source.next();
    if (r.done) return { head, bytes, ended: true };
    head.push(r.value);
    bytes += r.value.length;
  }
  return { head, bytes, ended: false };
}

/** A member held whole: compressed in one call, or stored when that is no larger. */
async function writeWhole(out: Sink, h: Head, data: Buffer): Promise<void> {
  const { level } = out;
  const w = windowFor(data.length);
  // Only a deflated form smaller than the data (deflateSmaller: one reused zlib handle, not a stream object a member).
  const deflated = level > 0 && data.length >= TINY ? deflateSmaller(data, level, w.windowBits, w.memLevel) : null;
  const method = deflated ? DEFLATE : STORE;
  const body = method === DEFLATE ? deflated! : data;
  const e = {
    name: h.name,
    flags: FLAG_UTF8,
    method,
    date: h.date,
    time: h.time,
    crc: crc32(data),
    compressed: body.length,
    size: data.length,
  };
  await out.zip.put(localHeader(e));
  await out.zip.put(body);
  await record(out, { ...e, offset: h.offset });
}

/**
 * A member larger than WHOLE: deflated as it streams (the chunks already read, then the rest); sizes and CRC follow the
 * data.
 */
async function writeStreamed(out: Sink, h: Head, read: Buffer[], source: AsyncIterator<Buffer>): Promise<void> {
  const e = {
    name: h.name,
    flags: FLAG_UTF8 | FLAG_DESCRIPTOR,
    method: DEFLATE,
    date: h.date,
    time: h.time,
    crc: 0,
    compressed: 0,
    size: 0,
  };
  await out.zip.put(localHeader(e));
  const input = async function* (): AsyncGenerator<Buffer> {
    for (let i = 0; ; i++) {
      let chunk: Buffer;
      if (i < read.length) {
        chunk = read[i]!;
      } else {
        const r = await source.next();
        if (r.done) return;
        chunk = r.value;
      }
      e.crc = crc32(chunk, e.crc);
      e.size += chunk.length;
      yield chunk;
    }
  };
  const deflate = zlib.createDeflateRaw({ level: out.level });
  const feeding = pipeline(input(), deflate);
  feeding.catch(() => {});
  for await (const chunk of deflate as AsyncIterable<Buffer>) {
    e.compressed += chunk.length;
    await out.zip.put(chunk);
  }
  await feeding;
  if (e.size >= U32 || e.compressed >= U32)
    throw new UserError(`${h.name}: a single file of 4 GiB or more cannot go in the archive.`);
  await out.zip.put(dataDescriptor(e));
  await record(out, { ...e, offset: h.offset });
}

/** One entry, its data asked for now: held whole up to WHOLE bytes, streamed beyond. */
async function writeEntry(out: Sink, entry: ZipEntry): Promise<void> {
  const name = entry.name;
  if (Buffer.byteLength(name, 'utf8') > U16)
    throw new UserError(`${entry.name.slice(0, 80)}...: the name is too long for a zip entry.`);
  const h: Head = { name, ...dosDateTime(entry.date), offset: out.zip.bytes };
  const whole = entry.whole?.();
  if (whole && whole.length <= WHOLE) return writeWhole(out, h, whole);
  const source = entry.data()[Symbol.asyncIterator]();
  try {
    const { head, bytes, ended } = await readHead(source);
    if (ended) await writeWhole(out, h, head.length === 1 ? head[0]! : Buffer.concat(head, bytes));
    else await writeStreamed(out, h, head.splice(0), source);
  } finally {
    await source.return?.();
  }
}

/** Copies the central directory in from its side file, a MB at a time, then the end records. */
async function finish(out: Sink, side: FileHandle, sidePath: string): Promise<void> {
  const { zip, central } = out;
  await central.flush();
  const cdOffset = zip.bytes;
  const chunk = Buffer.allocUnsafe(WRITE_BATCH);
  for (let pos = 0; pos < central.bytes;) {
    const { bytesRead } = await side.read(chunk, 0, Math.min(chunk.length, central.bytes - pos), pos);
    if (bytesRead === 0) throw new Error(`${sidePath} ended early`);
    // put() copies a piece or has written it before it returns: the chunk can be reused.
    await zip.put(chunk.subarray(0, bytesRead));
    pos += bytesRead;
  }
  await zip.put(endRecords(out.count, cdOffset, zip.bytes - cdOffset));
  await zip.flush();
}

/**
 * Writes entries into a zip file at `file`, one entry at a time: an entry's data is asked for
 * only when the zip reaches it, an entry up to 1 MB is compressed in one call (or stored when
 * that is smaller, as for images), a larger one is deflated as it streams. Each entry's central
 * directory record is written, as the entry ends, to a side file beside the zip (`<file>.cd`),
 * copied in after the last entry and removed: the zip keeps nothing in memory per entry, so an
 * archive of any number of members costs the same. zip64 records are written when the entry
 * count or offsets need them. Any failing entry rejects (the caller removes the file). Returns
 * the zip's size and sha256.
 */
export async function writeZip(
  file: string,
  entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>,
  opts: { level?: number; mode?: number } = {},
): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  const sidePath = `${file}.cd`;
  const untrackSide = trackTemp(sidePath);
  let fh: FileHandle | undefined;
  let side: FileHandle | undefined;
  try {
    // New files only (O_EXCL): a link planted at either name is never followed, nor a file overwritten.
    fh = await open(file, 'wx', opts.mode ?? 0o666);
    side = await open(sidePath, 'wx+', 0o600);
    const out: Sink = {
      zip: stagedWriter(fh, (b) => hash.update(b)),
      central: stagedWriter(side),
      count: 0,
      level: opts.level ?? 6,
    };
    for await (const entry of entries) await writeEntry(out, entry);
    await finish(out, side, sidePath);
    return { bytes: out.zip.bytes, sha256: hash.digest('hex') };
  } finally {
    await fh?.close();
    await side?.close();
    await rm(sidePath, { force: true });
    untrackSide();
  }
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
