/**
 * What a buffer's first bytes announce: a carrier decoded here (by its magic number), or a
 * compressed or archive format no decoder here reads (xz, lzma, 7z, rar, lz4, lzip, compress,
 * lzop, cab), whose file is withheld unscanned. Also where compressed streams start inside other
 * data (a zlib blob in a SQLite row, a gzip member in a serialised record).
 */
import { isBzip2 } from './bzip2.js';
import { deflateCanStart } from './deflate-check.js';

/** Formats read nowhere here: a file or member in one is withheld, with the reason that it could not be scanned. */
type OpaqueKind = 'xz' | 'lzma' | '7z' | 'rar' | 'lz4' | 'lzip' | 'compress' | 'lzop' | 'cab';
export type CarrierKind =
  'gzip' | 'zip' | 'pdf' | 'png' | 'bzip2' | 'zlib' | 'zstd' | 'tar' | 'deflate' | 'brotli' | OpaqueKind;

const bytes = (...b: number[]): Buffer => Buffer.from(b);
const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');
const MAGIC: readonly [Buffer, CarrierKind][] = [
  [bytes(0x1f, 0x8b), 'gzip'],
  [latin1('PK\x03\x04'), 'zip'],
  [latin1('PK\x05\x06'), 'zip'],
  [latin1('%PDF-'), 'pdf'],
  [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'png'],
  [bytes(0x28, 0xb5, 0x2f, 0xfd), 'zstd'],
  [bytes(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00), 'xz'],
  [bytes(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c), '7z'],
  [latin1('Rar!\x1a\x07'), 'rar'],
  [bytes(0x04, 0x22, 0x4d, 0x18), 'lz4'],
  [latin1('LZIP'), 'lzip'],
  [bytes(0x1f, 0x9d), 'compress'],
  [bytes(0x89, 0x4c, 0x5a, 0x4f, 0x00, 0x0d, 0x0a, 0x1a, 0x0a), 'lzop'],
  [latin1('MSCF\0\0\0\0'), 'cab'],
];

export const LABEL: Record<CarrierKind, string> = {
  gzip: 'gzip file',
  zip: 'zip file',
  pdf: 'PDF',
  png: 'PNG image',
  bzip2: 'bzip2 file',
  zlib: 'zlib stream',
  zstd: 'zstd file',
  tar: 'tar archive',
  deflate: 'raw deflate stream',
  brotli: 'brotli stream',
  xz: 'xz file',
  lzma: 'lzma file',
  '7z': '7z archive',
  rar: 'rar archive',
  lz4: 'lz4 file',
  lzip: 'lzip file',
  compress: 'compress (.Z) file',
  lzop: 'lzop file',
  cab: 'cab archive',
};

export const isOpaque = (kind: CarrierKind): kind is OpaqueKind => kind in OPAQUE;
const OPAQUE: Record<OpaqueKind, true> = {
  xz: true,
  lzma: true,
  '7z': true,
  rar: true,
  lz4: true,
  lzip: true,
  compress: true,
  lzop: true,
  cab: true,
};

/** A zlib header (RFC 1950): deflate, a window of at most 32 KiB, no preset dictionary, its check. */
const isZlib = (h: Buffer): boolean =>
  h.length >= 2 && (h[0]! & 0x0f) === 8 && h[0]! >> 4 <= 7 && (h[1]! & 0x20) === 0 && ((h[0]! << 8) | h[1]!) % 31 === 0;

/** An .lzma (LZMA-alone) header: the usual properties byte, a dictionary of 2^n or 3·2^(n-1), a size. */
function isLzmaAlone(h: Buffer): boolean {
  if (h.length < 13 || h[0] !== 0x5d) return false;
  const dict = h.readUInt32LE(1);
  const pow = (n: number): boolean => n > 0 && (n & (n - 1)) === 0;
  return dict >= 4096 && (pow(dict) || pow(dict / 3)) && (h[12] === 0 || h.readUInt32LE(9) === 0xffffffff);
}

/** Byte by byte: a subarray and equals() per magic number was a third of the base64 pass (a hash's run is tried). */
function startsWith(head: Buffer, magic: Buffer): boolean {
  if (head.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (head[i] !== magic[i]) return false;
  return true;
}

/** The first bytes of the magic numbers: most heads tried start with none (a base64 run of a hash is tried). */
const FIRST = new Uint8Array(256);
for (const [magic] of MAGIC) FIRST[magic[0]!] = 1;

/** The carrier a buffer's first bytes announce, or null (the common case: nothing is decoded). */
export function carrierKind(head: Buffer): CarrierKind | null {
  if (head.length > 0 && FIRST[head[0]!] === 1)
    for (const [magic, kind] of MAGIC) if (startsWith(head, magic)) return kind;
  if (isBzip2(head)) return 'bzip2';
  if (head.length >= 263 && head.toString('latin1', 257, 262) === 'ustar') return 'tar';
  if (isZlib(head)) return 'zlib';
  if (isLzmaAlone(head)) return 'lzma';
  return null;
}

/** How many streams inside other data are tried at most (random bytes hold a zlib header every 16 KiB). */
const MAX_EMBEDDED = 16384;
const EMBEDDED = [
  bytes(0x1f, 0x8b, 0x08),
  bytes(0x78, 0x9c),
  bytes(0x78, 0xda),
  bytes(0x78, 0x01),
  bytes(0x78, 0x5e),
  bytes(0x28, 0xb5, 0x2f, 0xfd),
  latin1('BZh'),
];

/** The offsets (after the first byte) where a compressed stream may start inside other data, in order. */
export function embeddedOffsets(buf: Buffer): number[] {
  const at: number[] = [];
  for (const m of EMBEDDED)
    for (let i = buf.indexOf(m, 1); i !== -1 && at.length < MAX_EMBEDDED; i = buf.indexOf(m, i + 1))
      if (m[0] !== 0x78 || deflateCanStart(buf, i + 2)) at.push(i);
  return at.sort((a, b) => a - b);
}
