/**
 * The strings of a serialised object read as assignment lines, each string followed by the next (`api_key = "…"`), as
 * sqlite-records.ts reads a row: a Python pickle (protocols 0-5: `V…\n`, `X` + 4-byte length, `\x8c` + 1-byte length,
 * `S'…'`, `U`, `T`, `B`, `C`), a NumPy `.npy` array of strings (dtype `<U`/`>U`: UTF-32, each item padded with NULs;
 * `S`: bytes), a Java serialisation stream (`TC_STRING` + 2-byte length). In the file a dict's key and its value are
 * two strings apart by a length and an opcode, or, in UTF-32, a NUL after every character: a latin1 scan reads no
 * assignment. Each reader goes forward once over the bytes, every string at most MAX_STRING long: linear.
 */

const MAX_STRING = 4096;
const MAX_ITEMS = 1 << 16;
const PRINTABLE = /^[^\x00-\x08\x0b-\x1f\x7f]+$/;

/** A string's text when it is printable UTF-8 of at least two characters, else null. */
function textAt(buf: Buffer, start: number, end: number): string | null {
  if (end > buf.length || end - start < 2 || end - start > MAX_STRING) return null;
  const s = buf.toString('utf8', start, end);
  return PRINTABLE.test(s) && !s.includes('\ufffd') ? s : null;
}

/** The strings of a pickle, by their opcodes (an opcode's byte inside other data may read one more string). */
function pickleStrings(buf: Buffer): string[] {
  const out: string[] = [];
  for (let i = 0; i < buf.length && out.length < MAX_ITEMS;) {
    const op = buf[i]!;
    let start = -1;
    let end = -1;
    if (op === 0x58 || op === 0x54 || op === 0x42) {
      start = i + 5;
      end = i + 5 < buf.length ? start + buf.readUInt32LE(i + 1) : -1;
    } else if (op === 0x8c || op === 0x55 || op === 0x43) {
      start = i + 2;
      end = start + (buf[i + 1] ?? MAX_STRING);
    } else if (op === 0x56 || (op === 0x53 && buf[i + 1] === 0x27)) {
      start = op === 0x56 ? i + 1 : i + 2;
      // Bounded: a `V` in every byte of a line with no break must not search to its end.
      const nl = buf.subarray(start, start + MAX_STRING + 1).indexOf(10);
      end = nl < 0 ? -1 : op === 0x56 ? start + nl : start + nl - 1;
    }
    const text = end > start ? textAt(buf, start, end) : null;
    if (text) out.push(text);
    i = text ? end : i + 1;
  }
  return out;
}

/** The strings of a Java serialisation stream (TC_STRING, TC_LONGSTRING's first 4 GiB aside). */
function javaStrings(buf: Buffer): string[] {
  const out: string[] = [];
  for (let i = 4; i + 3 <= buf.length && out.length < MAX_ITEMS;) {
    const text = buf[i] === 0x74 ? textAt(buf, i + 3, i + 3 + buf.readUInt16BE(i + 1)) : null;
    if (text) out.push(text);
    i = text ? i + 3 + Buffer.byteLength(text) : i + 1;
  }
  return out;
}

/** The items of a NumPy array of strings, or null for any other array. */
function npyItems(buf: Buffer): string[] | null {
  const v = buf[6];
  const len = v === 1 ? buf.readUInt16LE(8) : buf.length >= 12 ? buf.readUInt32LE(8) : 0;
  const start = (v === 1 ? 10 : 12) + len;
  const d = /'descr':\s*'([<>|=])([US])(\d{1,6})'/.exec(buf.toString('latin1', 0, Math.min(buf.length, start)));
  if (!d || start > buf.length) return null;
  const wide = d[2] === 'U';
  const size = Number(d[3]) * (wide ? 4 : 1);
  const out: string[] = [];
  for (let at = start; size > 0 && at + size <= buf.length && out.length < MAX_ITEMS; at += size) {
    let s = '';
    for (let k = at; k < at + size; k += wide ? 4 : 1) {
      const cp = !wide ? buf[k]! : d[1] === '>' ? buf.readUInt32BE(k) : buf.readUInt32LE(k);
      if (cp === 0 || cp >= 0x110000 || (cp >= 0xd800 && cp <= 0xdfff)) break;
      s += String.fromCodePoint(cp);
    }
    if (s.length > 0) out.push(s.replace(/[\r\n]+/g, ' '));
  }
  return out;
}

/** The strings of `buf` when it is a pickle, a NumPy array or a Java stream (by its first and last bytes), or null. */
function strings(buf: Buffer): string[] | null {
  if (buf.length < 8) return null;
  if (buf.readUInt32BE(0) === 0xaced0005) return javaStrings(buf);
  if (buf.toString('latin1', 0, 6) === '\x93NUMPY') return npyItems(buf);
  const pickled =
    (buf[0] === 0x80 && buf[1]! <= 5) || (buf[buf.length - 1] === 0x2e && '(}]'.includes(String.fromCharCode(buf[0]!)));
  return pickled ? pickleStrings(buf) : null;
}

/** A serialised object's strings as `a = "b"` lines, each string followed by the next; null when it is none. */
export function serialStrings(buf: Buffer): Buffer | null {
  const items = strings(buf);
  if (!items || items.length < 2) return null;
  const lines: string[] = [];
  // A value with a blank is a sentence or a setting's text (`model=claude-sonnet-4; temperature=0.2`), no key.
  for (let i = 0; i + 1 < items.length; i++) {
    if (!/\s/.test(items[i + 1]!)) lines.push(`${items[i]} = "${items[i + 1]}"`);
  }
  return lines.length > 0 ? Buffer.from(`${lines.join('\n')}\n`, 'utf8') : null;
}
