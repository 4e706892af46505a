/** One member of a zip held in memory, read at once (no stream): the fast path of `shares pull`'s extraction. */
import { inflateRawSync } from 'node:zlib';
import type yauzl from 'yauzl';
import { damaged, show } from './safe-tree.js';

/** Members up to this size (uncompressed) are read at once; larger ones are streamed. */
const AT_ONCE_MAX = 1024 * 1024;

/** True when `entry` of an in-memory zip can be read at once: stored or deflated, not encrypted, small. */
export function readableAtOnce(zip: string | Buffer, entry: yauzl.Entry): zip is Buffer {
  return (
    Buffer.isBuffer(zip) &&
    !entry.isEncrypted() &&
    (entry.compressionMethod === 0 || entry.compressionMethod === 8) &&
    entry.uncompressedSize <= AT_ONCE_MAX &&
    entry.compressedSize <= 2 * AT_ONCE_MAX
  );
}

/**
 * The member's bytes, exactly its declared size (the central directory's, which yauzl read):
 * its local header is checked, its data must lie inside the zip, and inflating stops past the
 * declared size.
 */
export function memberBytes(zip: Buffer, name: string, entry: yauzl.Entry): Buffer {
  // Made only when needed: an error's stack trace costs more than reading a small member.
  const unpacked = (): Error => damaged(`${show(name)} in the archive does not unpack to its declared size`);
  const at = entry.relativeOffsetOfLocalHeader;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50)
    throw damaged(`${show(name)} in the archive has no local header`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) throw unpacked();
  const raw = zip.subarray(start, end);
  let data: Buffer;
  try {
    data =
      entry.compressionMethod === 0
        ? raw
        : inflateRawSync(raw, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
  } catch {
    throw unpacked();
  }
  if (data.length !== entry.uncompressedSize) throw unpacked();
  return data;
}
