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

/** The fields of the record at `at` (its payload within the page: up to `end`): text, small integers, else null. */
function recordFields(buf: Buffer, at: number, end: number, utf16: boolean): (string | number | null)[] {
  const head = varint(buf, at, end);
  if (!head || head[0] < 1 || at + head[0] > end) return [];
  const out: (string | number | null)[] = [];
  let body = at + head[0];
  for (let p = at + head[1]; p < at + head[0];) {
    const t = varint(buf, p, at + head[0]);
    if (!t) break;
    p += t[1];
    const n = fieldBytes(t[0]);
    if (body + n > end) break;
    let field: string | number | null = t[0] === 8 ? 0 : t[0] === 9 ? 1 : null;
    if (t[0] >= 1 && t[0] <= 4) field = buf.readIntBE(body, n);
    // Text, and blobs of UTF-8 text (`CAST(… AS BLOB)`, a value an ORM stored as bytes).
    if (t[0] >= 12 && n > 0) {
      const text = buf.toString(utf16 && t[0] % 2 === 1 ? 'utf16le' : 'utf8', body, body + n);
      if (PRINTABLE.test(text)) field = text.replace(/[\r\n]+/g, ' ');
    }
    out.push(field);
    body += n;
  }
  return out;
}

/** The records of one table leaf page (type 13) at `page` (`hdr`: 100 on the first page, after the file header). */
function pageRecords(
  buf: Buffer,
  page: number,
  hdr: number,
  size: number,
  utf16: boolean,
): (string | number | null)[][] {
  const end = Math.min(buf.length, page + size);
  if (page + hdr + 8 > end || buf[page + hdr] !== 13) return [];
  const cells = buf.readUInt16BE(page + hdr + 3);
  const out: (string | number | null)[][] = [];
  for (let c = 0; c < cells && page + hdr + 8 + 2 * c + 2 <= end; c++) {
    let p = page + buf.readUInt16BE(page + hdr + 8 + 2 * c);
    const payload = varint(buf, p, end);
    if (!payload) continue;
    p += payload[1];
    const rowid = varint(buf, p, end);
    if (!rowid) continue;
    p += rowid[1];
    out.push(recordFields(buf, p, Math.min(end, p + payload[0]), utf16));
  }
  return out;
}

/**
 * The rows of one table leaf page as lines: each text field followed by the next (`name = "value"`), and, when the
 * table's columns are known, each text field under its column's name (`openai_api_key = "…"`).
 */
function pageRows(
  buf: Buffer,
  page: number,
  hdr: number,
  size: number,
  utf16: boolean,
  lines: string[],
  cols?: string[],
): void {
  for (const fields of pageRecords(buf, page, hdr, size, utf16)) {
    const texts = fields.filter((f): f is string => typeof f === 'string');
    for (let i = 0; i + 1 < texts.length; i++) lines.push(`${texts[i]} = "${texts[i + 1]}"`);
    // Not a column named `key` alone: a cache's or a map's row key (a UUID, a URL), read as a secret's name.
    const named = (i: number): boolean => !!cols?.[i] && !/^key$/i.test(cols[i]);
    fields.forEach((f, i) => typeof f === 'string' && named(i) && lines.push(`${cols![i]} = "${f}"`));
  }
}

/** The column names of a `CREATE TABLE` statement (constraints left out), or null. */
function columnNames(sql: string): string[] | null {
  const open = sql.indexOf('(');
  if (!/^\s*CREATE\s+TABLE/i.test(sql) || open < 0) return null;
  const defs: string[] = [];
  let depth = 0;
  let from = open + 1;
  for (let i = from; i < sql.length && depth >= 0; i++) {
    const c = sql[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    if ((c === ',' && depth === 0) || depth < 0) {
      defs.push(sql.slice(from, i).trim());
      from = i + 1;
    }
  }
  return defs
    .filter((d) => !/^(?:PRIMARY|UNIQUE|CHECK|FOREIGN|CONSTRAINT)\b/i.test(d))
    .map((d) => /^["`[]?([^"`\]\s]+)/.exec(d)?.[1] ?? '');
}

/** Each table page's column names by page number: from the schema (page 1), each b-tree walked from its root. */
function tableColumns(buf: Buffer, size: number, utf16: boolean): Map<number, string[]> {
  const pages = new Map<number, string[]>();
  const count = Math.floor(buf.length / size);
  for (const row of pageRecords(buf, 0, 100, size, utf16)) {
    const [type, , , root, sql] = row;
    const cols = type === 'table' && typeof sql === 'string' ? columnNames(sql) : null;
    if (!cols || typeof root !== 'number') continue;
    // Interior pages (type 5) point to their children: left pointers in the cells, the right-most after the header.
    for (const todo = [root]; todo.length > 0 && pages.size < count;) {
      const n = todo.pop()!;
      if (n < 1 || n > count || pages.has(n)) continue;
      pages.set(n, cols);
      const at = (n - 1) * size;
      const hdr = n === 1 ? 100 : 0;
      if (buf[at + hdr] !== 5) continue;
      todo.push(buf.readUInt32BE(at + hdr + 8));
      for (let c = 0; c < buf.readUInt16BE(at + hdr + 3) && at + hdr + 12 + 2 * c + 2 <= at + size; c++) {
        const cell = at + buf.readUInt16BE(at + hdr + 12 + 2 * c);
        if (cell + 4 <= buf.length) todo.push(buf.readUInt32BE(cell));
      }
    }
  }
  return pages;
}

/**
 * The rows of the whole pages of a SQLite database in `buf` (the file, or a window of it starting at `offset`) as
 * assignment lines; null when there is none.
 */
export function sqliteRecords(buf: Buffer, pageSize: number, offset = 0, utf16 = false): Buffer | null {
  const lines: string[] = [];
  const first = offset === 0 ? 0 : (pageSize - (offset % pageSize)) % pageSize;
  const columns = offset === 0 ? tableColumns(buf, pageSize, utf16) : null;
  for (let p = first; p < buf.length; p += pageSize) {
    pageRows(buf, p, offset + p === 0 ? 100 : 0, pageSize, utf16, lines, columns?.get(p / pageSize + 1));
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
