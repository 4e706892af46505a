/**
 * A SQLite database's rows read as text: each table row's text fields, every one followed by the next as an
 * assignment (`mistral_api_key = "…"`), a line each. In the file a row's fields run into each other
 * (`mistral_api_keytag90ZJ…`), so a settings table's key name and its value read as one word and only a token of a
 * known shape was found; read as assignments, they go through the same rules as text (a key name before its value).
 * Rows of table leaf pages only (an index repeats them); the part of a long row that lies on overflow pages is left
 * to the page view (binary-views.ts).
 */

/** A varint at `at` (1 to 9 bytes, big-endian groups of 7 bits): its value and length; null past the end. */
function varint(buf: Buffer, at: number, end: number): [number, number] | null {
  let v = 0;
  for (let i = 0; i < 9; i++) {
    if (at + i >= end) return null;
    const b = buf[at + i]!;
    if (i === 8) return [v * 256 + b, 9];
    v = v * 128 + (b & 0x7f);
    if (b < 0x80) return [v, i + 1];
  }
  return null;
}

/** The bytes a field of this serial type takes in a record's body. */
const INT_BYTES = [0, 1, 2, 3, 4, 6, 8, 8, 0, 0];
const fieldBytes = (type: number): number => (type < 10 ? INT_BYTES[type]! : type >= 12 ? (type - 12) >> 1 : 0);

const PRINTABLE = /^[^\x00-\x08\x0b-\x1f\x7f]+$/;

/** The text fields of the record at `at` (its payload within the page: up to `end`). */
function recordTexts(buf: Buffer, at: number, end: number, utf16: boolean): string[] {
  const head = varint(buf, at, end);
  if (!head || head[0] < 1 || at + head[0] > end) return [];
  const out: string[] = [];
  let body = at + head[0];
  for (let p = at + head[1]; p < at + head[0];) {
    const t = varint(buf, p, at + head[0]);
    if (!t) break;
    p += t[1];
    const n = fieldBytes(t[0]);
    if (body + n > end) break;
    // Text, and blobs of UTF-8 text (`CAST(… AS BLOB)`, a value an ORM stored as bytes).
    if (t[0] >= 12 && n > 0) {
      const text = buf.toString(utf16 ? 'utf16le' : 'utf8', body, body + n);
      if (PRINTABLE.test(text)) out.push(text.replace(/[\r\n]+/g, ' '));
    }
    body += n;
  }
  return out;
}

/** The rows of one table leaf page (type 13) at `page` (`hdr`: 100 on the first page, after the file header). */
function pageRows(buf: Buffer, page: number, hdr: number, size: number, utf16: boolean, lines: string[]): void {
  const end = Math.min(buf.length, page + size);
  if (page + hdr + 8 > end || buf[page + hdr] !== 13) return;
  const cells = buf.readUInt16BE(page + hdr + 3);
  for (let c = 0; c < cells && page + hdr + 8 + 2 * c + 2 <= end; c++) {
    let p = page + buf.readUInt16BE(page + hdr + 8 + 2 * c);
    const payload = varint(buf, p, end);
    if (!payload) continue;
    p += payload[1];
    const rowid = varint(buf, p, end);
    if (!rowid) continue;
    p += rowid[1];
    const texts = recordTexts(buf, p, Math.min(end, p + payload[0]), utf16);
    for (let i = 0; i + 1 < texts.length; i++) lines.push(`${texts[i]} = "${texts[i + 1]}"`);
  }
}

/**
 * The rows of the whole pages of a SQLite database in `buf` (the file, or a window of it starting at `offset`) as
 * assignment lines; null when there is none.
 */
export function sqliteRecords(buf: Buffer, pageSize: number, offset = 0, utf16 = false): Buffer | null {
  const lines: string[] = [];
  const first = offset === 0 ? 0 : (pageSize - (offset % pageSize)) % pageSize;
  for (let p = first; p < buf.length; p += pageSize) {
    pageRows(buf, p, offset + p === 0 ? 100 : 0, pageSize, utf16, lines);
  }
  return lines.length > 0 ? Buffer.from(`${lines.join('\n')}\n`, 'utf8') : null;
}

/**
 * The rows of a SQLite write-ahead log (`-wal`: a 32-byte header, then frames of a 24-byte header and a page) as
 * assignment lines; null for anything else. A row written since the last checkpoint is in the log alone.
 */
export function walRecords(buf: Buffer): Buffer | null {
  if (buf.length < 32 || (buf.readUInt32BE(0) & ~1) !== 0x377f0682) return null;
  const size = buf.readUInt32BE(8) || 65536;
  if (size < 512 || size > 65536 || (size & (size - 1)) !== 0) return null;
  const lines: string[] = [];
  for (let f = 32; f + 24 + size <= buf.length; f += 24 + size) {
    pageRows(buf, f + 24, buf.readUInt32BE(f) === 1 ? 100 : 0, size, false, lines);
  }
  return lines.length > 0 ? Buffer.from(`${lines.join('\n')}\n`, 'utf8') : null;
}
