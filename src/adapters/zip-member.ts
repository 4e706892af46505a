/** One member of a zip held in memory, read at once or streamed, without yauzl: the fast path of `shares pull`. */
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { inflateExactly } from './inflate.js';
import { damaged, show } from './safe-tree.js';
import type { ZipEntry } from './zip-directory.js';

/** Members up to this size (uncompressed) are read at once; larger ones are streamed. */
const AT_ONCE_MAX = 1024 * 1024;

/** True when `entry` can be read from memory (stored or deflated, not encrypted); `atOnce`: and read whole. */
export function readableFromMemory(entry: ZipEntry, atOnce = false): boolean {
  return (
    !entry.encrypted &&
    (entry.compressionMethod === 0 || entry.compressionMethod === 8) &&
    (!atOnce || (entry.uncompressedSize <= AT_ONCE_MAX && entry.compressedSize <= 2 * AT_ONCE_MAX))
  );
}

/** The member's packed bytes: its local header checked, its data inside the zip. */
function packed(zip: Buffer, name: string, entry: ZipEntry): Buffer {
  const at = entry.relativeOffsetOfLocalHeader;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50)
    throw damaged(`${show(name)} in the archive has no local header`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) throw unpacked(name);
  return zip.subarray(start, end);
}

// Made only when needed: an error's stack trace costs more than reading a small member.
const unpacked = (name: string): Error => damaged(`${show(name)} in the archive does not unpack to its declared size`);

/**
 * The member's bytes, exactly its declared size (the central directory's): its local header is
 * checked, its data must lie inside the zip, and inflating stops past the declared size.
 */
export function memberBytes(zip: Buffer, name: string, entry: ZipEntry): Buffer {
  const raw = packed(zip, name, entry);
  if (entry.compressionMethod === 0) {
    if (raw.length !== entry.uncompressedSize) throw unpacked(name);
    return raw;
  }
  const data = inflateExactly(raw, entry.uncompressedSize);
  if (data === undefined) throw unpacked(name);
  return data;
}

/**
 * A larger member as a stream (its local header checked, its data inside the zip); the writer stops it past the
 * declared size.
 */
export function memberStream(zip: Buffer, name: string, entry: ZipEntry): Readable {
  const raw = packed(zip, name, entry);
  if (entry.compressionMethod === 0) return Readable.from([raw]);
  const inflate = createInflateRaw();
  inflate.end(raw);
  return inflate;
}
