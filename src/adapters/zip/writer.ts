import { createHash } from 'node:crypto';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { UserError } from '../../errors.js';
import { trackTemp } from '../cleanup.js';

/** One zip entry: a name and its bytes, produced lazily. */
export interface ZipEntry {
  name: string;
  data: () => AsyncIterable<Buffer>;
  /** Modification time recorded in the zip. */
  date: Date;
}

/** Entries up to this size are held whole and compressed in one call (or stored, if that is smaller). */
const WHOLE = 1 << 20;
/** Output is written in batches of about this size. */
const WRITE_BATCH = 1 << 20;
const U32 = 0xffffffff;
const U16 = 0xffff;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const STORE = 0;
const DEFLATE = 8;
/** Version made by: Unix (so the file mode is read), spec 4.5. */
const MADE_BY = (3 << 8) | 45;
const FILE_MODE = 0o100644;

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

/** DOS date and time (local time, 2-second resolution, from 1980). */
function dosDateTime(d: Date): { date: number; time: number } {
  if (d.getFullYear() < 1980) return { date: (1 << 5) | 1, time: 0 };
  return {
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
  };
}

/** What the central directory records of one entry. */
interface Written {
  name: string;
  flags: number;
  method: number;
  date: number;
  time: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** The fields local and central headers share, in the same order: flags to the name's length (22 bytes at `at`). */
function writeShared(b: Buffer, at: number, e: Omit<Written, 'offset'>, nameBytes: number): void {
  b.writeUInt16LE(e.flags, at);
  b.writeUInt16LE(e.method, at + 2);
  b.writeUInt16LE(e.time, at + 4);
  b.writeUInt16LE(e.date, at + 6);
  b.writeUInt32LE(e.crc, at + 8);
  b.writeUInt32LE(e.compressed, at + 12);
  b.writeUInt32LE(e.size, at + 16);
  b.writeUInt16LE(nameBytes, at + 20);
}

// Headers are built in one buffer each from Node's pool (every byte is written, so unzeroed memory is safe).
function localHeader(e: Omit<Written, 'offset'>): Buffer {
  const nameBytes = Buffer.byteLength(e.name, 'utf8');
  const b = Buffer.allocUnsafe(30 + nameBytes);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(20, 4);
  writeShared(b, 6, e, nameBytes);
  b.writeUInt16LE(0, 28); // extra
  b.write(e.name, 30, 'utf8');
  return b;
}

function dataDescriptor(e: Pick<Written, 'crc' | 'compressed' | 'size'>): Buffer {
  const b = Buffer.alloc(16);
  b.writeUInt32LE(0x08074b50, 0);
  b.writeUInt32LE(e.crc, 4);
  b.writeUInt32LE(e.compressed, 8);
  b.writeUInt32LE(e.size, 12);
  return b;
}

function centralHeader(e: Written): Buffer {
  const nameBytes = Buffer.byteLength(e.name, 'utf8');
  // Only the local header's offset can pass 4 GiB (entries are capped below it): zip64 extra for it.
  const zip64 = e.offset >= U32;
  const extra = zip64 ? 12 : 0;
  const b = Buffer.allocUnsafe(46 + nameBytes + extra);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(MADE_BY, 4);
  b.writeUInt16LE(zip64 ? 45 : 20, 6);
  writeShared(b, 8, e, nameBytes);
  b.writeUInt16LE(extra, 30);
  b.writeUInt16LE(0, 32); // comment
  b.writeUInt16LE(0, 34); // disk
  b.writeUInt16LE(0, 36); // internal attributes
  b.writeUInt32LE((FILE_MODE << 16) >>> 0, 38);
  b.writeUInt32LE(zip64 ? U32 : e.offset, 42);
  b.write(e.name, 46, 'utf8');
  if (zip64) {
    const at = 46 + nameBytes;
    b.writeUInt16LE(0x0001, at);
    b.writeUInt16LE(8, at + 2);
    b.writeBigUInt64LE(BigInt(e.offset), at + 4);
  }
  return b;
}

/** End of central directory, preceded by the zip64 record and locator when the counts or offsets need them. */
function endRecords(entries: number, cdOffset: number, cdSize: number): Buffer {
  const zip64 = entries >= U16 || cdOffset >= U32 || cdSize >= U32;
  const parts: Buffer[] = [];
  if (zip64) {
    const r = Buffer.alloc(56);
    r.writeUInt32LE(0x06064b50, 0);
    r.writeBigUInt64LE(44n, 4);
    r.writeUInt16LE(MADE_BY, 12);
    r.writeUInt16LE(45, 14);
    r.writeUInt32LE(0, 16);
    r.writeUInt32LE(0, 20);
    r.writeBigUInt64LE(BigInt(entries), 24);
    r.writeBigUInt64LE(BigInt(entries), 32);
    r.writeBigUInt64LE(BigInt(cdSize), 40);
    r.writeBigUInt64LE(BigInt(cdOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeUInt32LE(0, 4);
    locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
    locator.writeUInt32LE(1, 16);
    parts.push(r, locator);
  }
  const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0);
  e.writeUInt16LE(Math.min(entries, U16), 8);
  e.writeUInt16LE(Math.min(entries, U16), 10);
  e.writeUInt32LE(Math.min(cdSize, U32), 12);
  e.writeUInt32LE(Math.min(cdOffset, U32), 16);
  parts.push(e);
  return Buffer.concat(parts);
}

/**
 * Writes pieces to a file through one reused buffer, a MB at a time: holding each small piece
 * (headers, small members) until its batch was written kept tens of thousands of small buffers
 * alive per batch for an archive of tiny files. Large pieces are written directly.
 */
function stagedWriter(fh: FileHandle, onPiece?: (b: Buffer) => void) {
  const stage = Buffer.allocUnsafe(WRITE_BATCH);
  let staged = 0;
  let written = 0;
  const writeAll = async (b: Buffer): Promise<void> => {
    for (let done = 0; done < b.length;) done += (await fh.write(b, done, b.length - done)).bytesWritten;
  };
  const flush = async (): Promise<void> => {
    if (staged === 0) return;
    const n = staged;
    staged = 0;
    await writeAll(stage.subarray(0, n));
  };
  return {
    /** Bytes put so far (written or staged). */
    get bytes(): number {
      return written;
    },
    flush,
    async put(b: Buffer): Promise<void> {
      onPiece?.(b);
      written += b.length;
      if (b.length > WRITE_BATCH - staged) {
        await flush();
        if (b.length >= WRITE_BATCH / 2) return writeAll(b);
      }
      b.copy(stage, staged);
      staged += b.length;
    },
  };
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
  const level = opts.level ?? 6;
  const hash = createHash('sha256');
  const sidePath = `${file}.cd`;
  const untrackSide = trackTemp(sidePath);
  let fh: FileHandle | undefined;
  let side: FileHandle | undefined;
  try {
    // New files only (O_EXCL): a link planted at either name is never followed, nor a file overwritten.
    fh = await open(file, 'wx', opts.mode ?? 0o666);
    side = await open(sidePath, 'wx+', 0o600);
    const zip = stagedWriter(fh, (b) => hash.update(b));
    const put = zip.put;
    const central = stagedWriter(side);
    let count = 0;
    const record = async (e: Written): Promise<void> => {
      await central.put(centralHeader(e));
      count++;
    };
    for await (const entry of entries) {
      const name = entry.name;
      if (Buffer.byteLength(name, 'utf8') > U16) throw new UserError(`${entry.name.slice(0, 80)}...: the name is too long for a zip entry.`);
      const { date, time } = dosDateTime(entry.date);
      const at = zip.bytes;
      const source = entry.data()[Symbol.asyncIterator]();
      try {
        const head: Buffer[] = [];
        let headBytes = 0;
        let ended = false;
        while (headBytes <= WHOLE) {
          const r = await source.next();
          if (r.done) {
            ended = true;
            break;
          }
          head.push(r.value);
          headBytes += r.value.length;
        }
        if (ended) {
          const data = head.length === 1 ? head[0]! : Buffer.concat(head, headBytes);
          const deflated = level > 0 && data.length >= TINY ? zlib.deflateRawSync(data, { level, ...windowFor(data.length) }) : null;
          const method = deflated && deflated.length < data.length ? DEFLATE : STORE;
          const body = method === DEFLATE ? deflated! : data;
          const e = { name, flags: FLAG_UTF8, method, date, time, crc: crc32(data), compressed: body.length, size: data.length };
          await put(localHeader(e));
          await put(body);
          await record({ ...e, offset: at });
          continue;
        }
        // Larger than WHOLE: deflate as it streams; sizes and CRC follow the data.
        const e = { name, flags: FLAG_UTF8 | FLAG_DESCRIPTOR, method: DEFLATE, date, time, crc: 0, compressed: 0, size: 0 };
        await put(localHeader(e));
        // The chunks already read, then the rest of the source, counted on the way into deflate.
        const input = async function* (): AsyncGenerator<Buffer> {
          const read = head.splice(0);
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
        const deflate = zlib.createDeflateRaw({ level });
        const feeding = pipeline(input(), deflate);
        feeding.catch(() => {});
        for await (const out of deflate as AsyncIterable<Buffer>) {
          e.compressed += out.length;
          await put(out);
        }
        await feeding;
        if (e.size >= U32 || e.compressed >= U32) throw new UserError(`${entry.name}: a single file of 4 GiB or more cannot go in the archive.`);
        await put(dataDescriptor(e));
        await record({ ...e, offset: at });
      } finally {
        await source.return?.();
      }
    }
    // The central directory, read back from the side file a MB at a time.
    await central.flush();
    const cdOffset = zip.bytes;
    const chunk = Buffer.allocUnsafe(WRITE_BATCH);
    for (let pos = 0; pos < central.bytes;) {
      const { bytesRead } = await side.read(chunk, 0, Math.min(chunk.length, central.bytes - pos), pos);
      if (bytesRead === 0) throw new Error(`${sidePath} ended early`);
      // put() copies a piece or has written it before it returns: the chunk can be reused.
      await put(chunk.subarray(0, bytesRead));
      pos += bytesRead;
    }
    await put(endRecords(count, cdOffset, zip.bytes - cdOffset));
    await zip.flush();
    return { bytes: zip.bytes, sha256: hash.digest('hex') };
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
