/**
 * Carriers: content that holds text in an encoded form a recipient can decode. Binary carriers
 * (gzip, zip and the zip-based Office files, PDF Flate streams, PNG text chunks) are decoded,
 * within size caps and a few levels of nesting, and the decoded text is scanned with the
 * redactor's detection: a carrier that holds a secret is withheld, one that holds none goes out
 * unchanged. In text, a run of base64 that decodes to text holding a secret is replaced whole.
 */
import { isUtf8 } from 'node:buffer';
import zlib from 'node:zlib';
import { literalFinder, type Hit, type Pass } from './pass.js';
import { SHAPE_RULES } from './rules.js';

/** Decoded bytes kept for one stream or member: more is a decompression bomb, or too large to scan. */
export const MAX_DECODED = 64 * 1024 * 1024;
/** Decoded bytes scanned for one file, all streams and members and nesting levels together. */
const TOTAL_DECODED = 256 * 1024 * 1024;
/** A carrier larger than this on disk is not held in memory to be decoded: it is withheld. */
export const MAX_CARRIER_INPUT = 64 * 1024 * 1024;
/** Carriers inside carriers are opened this many levels deep (a zip in a gzip in a zip). */
const MAX_DEPTH = 3;
const MAX_MEMBERS = 20000;
const WINDOW = 1 << 20;
const OVERLAP = 4096;

export type Scan = (chunk: Buffer) => string[];

/** What a carrier was found to hold: the rules of its secrets, and a reason to show. */
export interface CarrierFinding {
  rules: string[];
  reason: string;
}

class TooLarge extends Error {}

const GZIP = Buffer.from([0x1f, 0x8b]);
const ZIP = Buffer.from('PK\x03\x04', 'latin1');
const ZIP_EMPTY = Buffer.from('PK\x05\x06', 'latin1');
const PDF = Buffer.from('%PDF-', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export type CarrierKind = 'gzip' | 'zip' | 'pdf' | 'png';

/** The carrier a buffer's first bytes announce, or null (the common case: nothing is decoded). */
export function carrierKind(head: Buffer): CarrierKind | null {
  const starts = (m: Buffer): boolean => head.length >= m.length && head.subarray(0, m.length).equals(m);
  if (starts(GZIP)) return 'gzip';
  if (starts(ZIP) || starts(ZIP_EMPTY)) return 'zip';
  if (starts(PDF)) return 'pdf';
  if (starts(PNG)) return 'png';
  return null;
}

const LABEL: Record<CarrierKind, string> = { gzip: 'gzip file', zip: 'zip file', pdf: 'PDF', png: 'PNG image' };

interface Budget {
  left: number;
}

function inflate(kind: 'gzip' | 'zlib' | 'raw', data: Buffer, budget: Budget): Buffer {
  const max = Math.min(MAX_DECODED, budget.left);
  const opts = { maxOutputLength: Math.max(1, max), finishFlush: zlib.constants.Z_SYNC_FLUSH };
  let out: Buffer;
  try {
    out = kind === 'gzip' ? zlib.gunzipSync(data, opts) : kind === 'zlib' ? zlib.inflateSync(data, opts) : zlib.inflateRawSync(data, opts);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw new TooLarge();
    // Corrupt or not compressed after all: what could be decoded is nothing; the raw bytes were scanned already.
    return Buffer.alloc(0);
  }
  budget.left -= out.length;
  return out;
}

/** The decoded parts of a carrier, each named (`word/document.xml in zip file`). */
function* parts(kind: CarrierKind, buf: Buffer, budget: Budget): Generator<{ what: string; data: Buffer; xml?: boolean }> {
  if (kind === 'gzip') {
    yield { what: 'gzip content', data: inflate('gzip', buf, budget) };
  } else if (kind === 'zip') {
    yield* zipMembers(buf, budget);
  } else if (kind === 'pdf') {
    yield* pdfStreams(buf, budget);
  } else {
    yield* pngText(buf, budget);
  }
}

/** Members of a zip, read from its central directory (stored or deflated; others are skipped). */
function* zipMembers(buf: Buffer, budget: Budget): Generator<{ what: string; data: Buffer; xml?: boolean }> {
  let eocd = -1;
  for (let i = buf.length - 22, stop = Math.max(0, buf.length - 65557); i >= stop; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return;
  const count = Math.min(buf.readUInt16LE(eocd + 10), MAX_MEMBERS);
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = 0; n < count && p + 46 <= buf.length && buf.readUInt32LE(p) === 0x02014b50; n++) {
    const method = buf.readUInt16LE(p + 10);
    const compSize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) continue;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const end = compSize === 0xffffffff ? buf.length : Math.min(buf.length, start + compSize);
    if (start >= end) continue;
    const raw = buf.subarray(start, end);
    const what = `${name} in zip file`;
    const xml = /\.(?:xml|rels|vml|html?)$/i.test(name);
    if (method === 0) yield { what, data: raw, xml };
    else if (method === 8) yield { what, data: inflate('raw', raw, budget), xml };
  }
}

/** The Flate-encoded streams of a PDF, decoded. */
function* pdfStreams(buf: Buffer, budget: Budget): Generator<{ what: string; data: Buffer }> {
  let from = 0;
  for (let n = 0; ; n++) {
    const at = buf.indexOf('stream', from, 'latin1');
    if (at === -1) return;
    from = at + 6;
    if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + 6;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    else if (buf[start - 1] !== 0x0d) continue;
    const end = buf.indexOf('endstream', start, 'latin1');
    if (end === -1) return;
    from = end + 9;
    const dict = buf.toString('latin1', Math.max(0, at - 1024), at);
    const open = dict.lastIndexOf('<<');
    if (open === -1 || !/\/FlateDecode|\/Fl\b/.test(dict.slice(open))) continue;
    yield { what: `stream ${n + 1} of PDF`, data: inflate('zlib', buf.subarray(start, end), budget) };
  }
}

/** The text chunks of a PNG (tEXt as stored, zTXt and compressed iTXt inflated). */
function* pngText(buf: Buffer, budget: Budget): Generator<{ what: string; data: Buffer }> {
  for (let p = 8; p + 12 <= buf.length; ) {
    const len = buf.readUInt32BE(p);
    const type = buf.toString('latin1', p + 4, p + 8);
    const data = buf.subarray(p + 8, Math.min(buf.length, p + 8 + len));
    p += 12 + len;
    if (type === 'IEND') return;
    const nul = data.indexOf(0);
    if (nul === -1) continue;
    if (type === 'tEXt') yield { what: 'tEXt chunk of PNG image', data: data.subarray(nul + 1) };
    else if (type === 'zTXt') yield { what: 'zTXt chunk of PNG image', data: inflate('zlib', data.subarray(nul + 2), budget) };
    else if (type === 'iTXt') {
      const compressed = data[nul + 1] === 1;
      let q = data.indexOf(0, nul + 3);
      if (q === -1) continue;
      q = data.indexOf(0, q + 1);
      if (q === -1) continue;
      const text = data.subarray(q + 1);
      yield { what: 'iTXt chunk of PNG image', data: compressed ? inflate('zlib', text, budget) : text };
    }
  }
}

/** Scans decoded bytes a window at a time (windows overlap, so a secret across two is seen). */
function scanWindows(data: Buffer, scan: Scan): string[] {
  if (data.length <= WINDOW) return data.length > 0 ? scan(data) : [];
  const rules = new Set<string>();
  for (let at = 0; at < data.length; at += WINDOW - OVERLAP) {
    for (const r of scan(data.subarray(at, Math.min(data.length, at + WINDOW)))) rules.add(r);
  }
  return [...rules];
}

/** The text of an XML document with its tags removed (a Word run can split a key: `<w:t>sk-</w:t><w:t>…`). */
const xmlText = (data: Buffer): Buffer =>
  Buffer.from(data.toString('utf8').replace(/<\/(?:w:p|a:p|p|row|si|c|tr|td|div|li)>|<w:br\/>|<w:tab\/>/g, '\n').replace(/<[^>]*>/g, ''), 'utf8');

function inspect(buf: Buffer, scan: Scan, depth: number, budget: Budget): CarrierFinding | null {
  const kind = carrierKind(buf);
  if (!kind) return null;
  for (const part of parts(kind, buf, budget)) {
    let rules = scanWindows(part.data, scan);
    if (rules.length === 0 && part.xml) rules = scanWindows(xmlText(part.data), scan);
    // A member in UTF-16 (a PowerShell log in a zip), or a binary one with glued fields.
    if (rules.length === 0 && part.data.length > 0) rules = viewsOf(part.data, scan).rules;
    if (rules.length > 0) return { rules: [...new Set(rules)], reason: `${part.what}` };
    if (depth + 1 < MAX_DEPTH) {
      const nested = inspect(part.data, scan, depth + 1, budget);
      if (nested) return { rules: nested.rules, reason: `${nested.reason}, in ${part.what}` };
    }
  }
  return null;
}

/**
 * Decodes a carrier and scans what it holds. Returns the secrets found, or a finding with no
 * rules when the carrier is too large to decode within the caps (it is then withheld too); null
 * when the content is no carrier or holds no secret.
 */
export function scanCarrier(buf: Buffer, scan: Scan): CarrierFinding | null {
  const kind = carrierKind(buf);
  if (!kind) return null;
  if (buf.length > MAX_CARRIER_INPUT) return { rules: [], reason: `${LABEL[kind]} too large to scan (over ${MAX_CARRIER_INPUT / 1048576} MiB)` };
  try {
    const found = inspect(buf, scan, 0, { left: TOTAL_DECODED });
    return found ? { rules: found.rules, reason: `${LABEL[kind]} holding a secret (${found.rules.join(', ')}) in ${found.reason}` } : null;
  } catch (err) {
    if (err instanceof TooLarge) return { rules: [], reason: `${LABEL[kind]} that decodes to more than ${MAX_DECODED / 1048576} MiB (not scanned)` };
    // A malformed carrier (offsets past its end...): its raw bytes were scanned; nothing more can be decoded.
    return null;
  }
}

// --- base64 runs in text ---------------------------------------------------------------

/** The shortest base64 run decoded (18 bytes: `KEY=` and a short secret). */
const MIN_RUN = 24;
/** Base64 characters (the standard alphabet; `=` only pads the end). */
const B64 = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') B64[c.charCodeAt(0)] = 1;
const isB64 = (c: number): boolean => c < 128 && B64[c] === 1;
/** Each base64 character's 6-bit value. */
const B64_VALUE = new Uint8Array(128);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => (B64_VALUE[c.charCodeAt(0)] = i));

/**
 * The base64 of each carrier's magic number (gzip 1f 8b 08, zip PK 03 04, %PDF-; for PNG the
 * signature and the IHDR chunk header every PNG starts with, so a data URL of random bytes after
 * a PNG signature, as in test look-alikes, is not decoded).
 */
const BASE64_MAGIC: readonly [string, CarrierKind][] = [['H4sI', 'gzip'], ['UEsDB', 'zip'], ['iVBORw0KGgoAAAANSUhEU', 'png'], ['JVBERi0', 'pdf']];

/** The carrier a base64 run at `start` decodes to, by its first characters, or null. */
function base64CarrierKind(text: string, start: number): CarrierKind | null {
  for (const [magic, kind] of BASE64_MAGIC) if (text.startsWith(magic, start)) return kind;
  return null;
}

/** A run is decoded in full only when its first 24 characters decode to text. */
const isTextByte = (b: number): boolean => (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d || b >= 0x80;

/**
 * True when the first 24 characters of a run (at `start` in `text`) decode to text bytes:
 * decoded in place, without allocating; binary (an image, random letters) fails within a few.
 */
function headIsText(text: string, start: number): boolean {
  for (let g = start; g < start + MIN_RUN; g += 4) {
    const v = (B64_VALUE[text.charCodeAt(g)]! << 18) | (B64_VALUE[text.charCodeAt(g + 1)]! << 12) | (B64_VALUE[text.charCodeAt(g + 2)]! << 6) | B64_VALUE[text.charCodeAt(g + 3)]!;
    if (!isTextByte(v >>> 16) || !isTextByte((v >>> 8) & 0xff) || !isTextByte(v & 0xff)) return false;
  }
  return true;
}

function decodesToText(run: string): string | null {
  const data = Buffer.from(run.replace(/\\[rn]|[\r\n=]/g, ''), 'base64');
  if (data.length < 16 || !isUtf8(data)) return null;
  let printable = 0;
  for (let i = 0; i < data.length; i++) if (isTextByte(data[i]!) && data[i] !== 0x7f) printable++;
  return printable >= data.length * 0.95 ? data.toString('utf8') : null;
}

/**
 * The [start, end) of each run of at least 24 base64 characters not glued to one before it,
 * with its `=` padding and the whole lines of base64 that follow it (`base64` wraps at 76).
 * Skips ahead like Boyer-Moore: a run of 24 must cover the 24th character from here, so a
 * position whose 24th character is not base64 is passed over at once (about 0.2 s per 100 MB).
 */
export function base64Runs(text: string, onRun: (start: number, end: number, firstEnd: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i + MIN_RUN <= n) {
    if (!isB64(text.charCodeAt(i + MIN_RUN - 1))) {
      i += MIN_RUN;
      continue;
    }
    let j = i + MIN_RUN - 2;
    while (j >= i && isB64(text.charCodeAt(j))) j--;
    if (j >= i) {
      i = j + 1;
      continue;
    }
    let e = i + MIN_RUN;
    while (e < n && isB64(text.charCodeAt(e))) e++;
    // After a backslash, `n`, `r` or `t` ends an escape (`\nQUJD…` in a JSON string): not part of the run.
    if (i > 0 && text.charCodeAt(i - 1) === 92 && /[nrt]/.test(text[i]!)) {
      i++;
      if (e - i < MIN_RUN) {
        i = e + 1;
        continue;
      }
    }
    // Wrapped output (`base64` wraps at 76, openssl at 64): lines of one width, a multiple of 4,
    // the last one no longer; a line after a padded or shorter one is not part of the run.
    const width = e - i;
    const firstEnd = e;
    let last = width;
    for (;;) {
      if (last !== width || width % 4 !== 0 || width < 48 || width > 76) break;
      // A line break, or its escape inside a JSON string (`\n`, `\r\n`).
      let k = e;
      if (text.charCodeAt(k) === 92 && text.charCodeAt(k + 1) === 114) k += 2;
      else if (text.charCodeAt(k) === 13) k++;
      if (text.charCodeAt(k) === 92 && text.charCodeAt(k + 1) === 110) k++;
      else if (text.charCodeAt(k) !== 10) break;
      let l = k + 1;
      while (l < n && isB64(text.charCodeAt(l))) l++;
      const len = l - k - 1;
      while (l < n && text.charCodeAt(l) === 61 && l - k - 1 < len + 2) l++;
      const c = text.charCodeAt(l);
      if (len < 4 || len > width || (l < n && c !== 10 && c !== 13 && c !== 92 && c !== 34)) break;
      e = l;
      last = len;
    }
    for (let pad = 0; pad < 2 && text.charCodeAt(e) === 61; pad++) e++;
    onRun(i, e, firstEnd);
    i = e + 1;
  }
}

/**
 * The base64 pass: a run that decodes to text in which `detect` finds a secret is replaced
 * whole (`[REDACTED:base64:<rule>]`). Runs that decode to binary (images, data URLs) are
 * rejected on their first 24 characters.
 */
export function base64Pass(detect: (text: string) => string | null): Pass {
  const scan: Scan = (chunk) => {
    const rule = detect(chunk.toString('latin1'));
    return rule ? [rule] : [];
  };
  return {
    finder: null,
    regex: /(?!)/g,
    resolve: () => null,
    run(text) {
      const hits: Hit[] = [];
      base64Runs(text, (start, end, first) => {
        if (!headIsText(text, start)) {
          // Base64 of a carrier (a notebook's image/png output, `gzip | base64` in a trace): decoded and scanned as one.
          const kind = base64CarrierKind(text, start);
          if (!kind) return;
          const found = scanCarrier(Buffer.from(text.slice(start, end).replace(/\\[rn]|[\r\n=]/g, ''), 'base64'), scan);
          if (found) hits.push({ rule: 'base64-secret', start, end, label: `base64:${kind}:${found.rules[0] ?? 'unscanned-carrier'}` });
          return;
        }
        let decoded = decodesToText(text.slice(start, end));
        // Wrapped lines that did not belong: the first line alone.
        if (decoded === null && first < end) {
          decoded = decodesToText(text.slice(start, first));
          end = first;
        }
        const rule = decoded === null ? null : detect(decoded);
        if (rule) hits.push({ rule: 'base64-secret', start, end, label: `base64:${rule}` });
      });
      return hits;
    },
  };
}

// --- views of binary content ------------------------------------------------------------

/**
 * Prefixes distinctive enough to start a token even when glued to the bytes before them: in a
 * binary (a SQLite row, a serialised object) one field's text runs straight into the next, so
 * `U0123ABCxoxb-…` has no token boundary before the secret. Keywords of prefix rules of four
 * characters with punctuation or five or more (`xoxb-`, `ghp_`, `sk-ant-`, `AKIA`); not `sk-`
 * (`risk-…`, `task-…`) and the like, nor the Discord id heads, which are any base64 of three digits.
 */
const GLUED_PREFIXES = [
  ...SHAPE_RULES.filter((r) => r.prefix && r.keywords.length < 20).flatMap((r) => r.keywords).filter((k) => k.length >= 5 || (k.length >= 4 && /[-_.]/.test(k))),
  ...['xoxb-', 'xoxp-', 'xoxa-', 'xoxe-', 'xoxo-', 'xoxs-', 'xoxr-', 'AKIA', 'ASIA'],
];
const GLUED = literalFinder(GLUED_PREFIXES, '');
const isTokenByte = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 43 || c === 47;

/** The longest token read after a glued prefix (PEM blocks and the like are never glued to a field). */
const GLUED_WINDOW = 2048;

/**
 * What follows each distinctive prefix glued to the byte before it, as latin1 lines (up to
 * GLUED_WINDOW characters, or to the next such prefix); null when there is none. Only these
 * windows are scanned again, not the whole binary.
 */
function unglued(buf: Buffer, text = buf.toString('latin1')): Buffer | null {
  GLUED.lastIndex = 0;
  const starts: number[] = [];
  for (let m = GLUED.exec(text); m !== null; m = GLUED.exec(text)) {
    if (m.index > 0 && isTokenByte(text.charCodeAt(m.index - 1))) starts.push(m.index);
  }
  if (starts.length === 0) return null;
  let out = '';
  for (let i = 0; i < starts.length; i++) out += `${text.slice(starts[i], Math.min(starts[i]! + GLUED_WINDOW, starts[i + 1] ?? Infinity))}\n`;
  return Buffer.from(out, 'latin1');
}

/** The shortest UTF-16 string taken from a binary (a token is longer). */
const MIN_UTF16 = 12;

/**
 * The UTF-16 strings of a binary (little-endian at both byte alignments, which also reads
 * big-endian text), as latin1 lines: a PowerShell `>` file, a Windows resource, a SQLite
 * database in UTF-16. Null when there is none.
 */
export function utf16Strings(buf: Buffer): Buffer | null {
  const isPrint = (b: number): boolean => (b >= 0x20 && b < 0x7f) || b === 0x09;
  const w = 2 * MIN_UTF16;
  const n = buf.length;
  let out = '';
  // Skips ahead: a run of w bytes starting anywhere in [i, i + w - 2] covers the last two bytes
  // of this window, one a character and the other a NUL; a window whose last two are not is passed over at once.
  for (let i = 0; i + w <= n; ) {
    const a = buf[i + w - 2]!;
    const b = buf[i + w - 1]!;
    const q = a === 0 && isPrint(b) ? i + w - 1 : b === 0 && isPrint(a) ? i + w - 2 : -1;
    if (q === -1) {
      i += w - 1;
      continue;
    }
    // The run through q: its characters are at q's parity, each followed by a NUL.
    let start = q;
    while (start >= 2 && isPrint(buf[start - 2]!) && buf[start - 1] === 0) start -= 2;
    let end = q;
    while (end + 1 < n && isPrint(buf[end]!) && buf[end + 1] === 0) end += 2;
    if ((end - start) / 2 >= MIN_UTF16) {
      for (let k = start; k < end; k += 2) out += String.fromCharCode(buf[k]!);
      out += '\n';
      i = end;
    } else i += w - 1;
  }
  return out.length > 0 ? Buffer.from(out, 'latin1') : null;
}

const SQLITE = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * A SQLite database's pages with their first four bytes cut (an overflow page's pointer to the
 * next one), joined: a long row's text that runs on from one overflow page to the next (pages
 * next to each other in the file, as rows inserted in order are) reads as one.
 */
function sqlitePages(buf: Buffer, at?: SqliteWindow): Buffer | null {
  const size = at ? at.pageSize : sqlitePageSize(buf);
  if (size === 0 || buf.length <= size) return null;
  // Where the next page starts in this window of the file (a window read at an offset, when streamed).
  const offset = at?.offset ?? 0;
  const first = offset === 0 ? size : (size - (offset % size)) % size;
  const parts: Buffer[] = first > 0 && offset > 0 ? [buf.subarray(0, first)] : [];
  for (let p = first; p < buf.length; p += size) parts.push(buf.subarray(p + 4, Math.min(buf.length, p + size)));
  return Buffer.concat(parts);
}

/** A SQLite database's page size, from its header; 0 for anything else. */
export function sqlitePageSize(head: Buffer): number {
  if (head.length < 100 || !head.subarray(0, 16).equals(SQLITE)) return 0;
  const raw = head.readUInt16BE(16);
  const size = raw === 1 ? 65536 : raw;
  return size >= 512 && (size & (size - 1)) === 0 ? size : 0;
}

/** Where a streamed window of a SQLite database lies: its page size and the window's offset in the file. */
export interface SqliteWindow {
  pageSize: number;
  offset: number;
}

/**
 * Scans binary content as latin1 and, when that finds nothing, in the views a plain scan misses:
 * prefixes glued to the data before them, UTF-16 strings, a SQLite database's overflow pages.
 * Returns the rules found and, for a view, the reason to show.
 */
export function scanBinaryViews(buf: Buffer, scan: Scan, sqlite?: SqliteWindow): { rules: string[]; reason?: string } {
  const rules = scan(buf);
  return rules.length > 0 ? { rules } : viewsOf(buf, scan, sqlite);
}

/** The views of scanBinaryViews alone (the plain scan found nothing). */
function viewsOf(buf: Buffer, scan: Scan, sqlite?: SqliteWindow): { rules: string[]; reason?: string } {
  const latin1 = buf.toString('latin1');
  const views: [string, () => Buffer | null][] = [
    ['glued to the data before it', () => unglued(buf, latin1)],
    ['in UTF-16 text', () => utf16Strings(buf)],
    ['across SQLite pages', () => sqlitePages(buf, sqlite)],
  ];
  for (const [where, view] of views) {
    const data = view();
    if (!data) continue;
    let found = [...new Set(scanWindows(data, scan))];
    // A UTF-16 or SQLite field glued to the one before it (`githubghp_…`).
    if (found.length === 0 && where !== views[0]![0]) {
      const apart = unglued(data);
      if (apart) found = [...new Set(scanWindows(apart, scan))];
    }
    if (found.length > 0) {
      const what = looksUtf16(buf) ? 'UTF-16 text file' : 'binary file';
      return { rules: found, reason: `${what} holding a secret (${found.join(', ')}) ${where}${what === 'UTF-16 text file' ? ': save it as UTF-8 to export it redacted' : ''}` };
    }
  }
  return { rules: [] };
}

/** A byte-order mark, or a NUL at every other byte of the first 64 (ASCII text in UTF-16 without one). */
function looksUtf16(buf: Buffer): boolean {
  if (buf.length < 2) return false;
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) return true;
  const n = Math.min(buf.length & ~1, 64);
  if (n < 8) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even++;
    if (buf[i + 1] === 0) odd++;
  }
  return even === n / 2 || odd === n / 2;
}
