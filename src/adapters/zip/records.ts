/** The zip format's records: local and central headers, data descriptors, the end records (zip64 when needed). */

export const U32 = 0xffffffff;
export const U16 = 0xffff;
/** Version made by: Unix (so the file mode is read), spec 4.5. */
const MADE_BY = (3 << 8) | 45;
const FILE_MODE = 0o100644;

/** DOS date and time (local time, 2-second resolution, from 1980). */
export function dosDateTime(d: Date): { date: number; time: number } {
  if (d.getFullYear() < 1980) return { date: (1 << 5) | 1, time: 0 };
  return {
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
  };
}

/** What the central directory records of one entry. */
export interface Written {
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
export function localHeader(e: Omit<Written, 'offset'>): Buffer {
  const nameBytes = Buffer.byteLength(e.name, 'utf8');
  const b = Buffer.allocUnsafe(30 + nameBytes);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(20, 4);
  writeShared(b, 6, e, nameBytes);
  b.writeUInt16LE(0, 28); // extra
  b.write(e.name, 30, 'utf8');
  return b;
}

export function dataDescriptor(e: Pick<Written, 'crc' | 'compressed' | 'size'>): Buffer {
  const b = Buffer.alloc(16);
  b.writeUInt32LE(0x08074b50, 0);
  b.writeUInt32LE(e.crc, 4);
  b.writeUInt32LE(e.compressed, 8);
  b.writeUInt32LE(e.size, 12);
  return b;
}

export function centralHeader(e: Written): Buffer {
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
export function endRecords(entries: number, cdOffset: number, cdSize: number): Buffer {
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
