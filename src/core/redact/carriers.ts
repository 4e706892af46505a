/**
 * Carriers: content that holds text in an encoded form a recipient can decode. Binary carriers
 * (gzip, zip and the zip-based Office files, PDF streams and hex strings (pdf.ts), PNG text chunks) are decoded,
 * within size caps and a few levels of nesting, and the decoded text is scanned with the
 * redactor's detection: a carrier that holds a secret is withheld, one that holds none goes out
 * unchanged. In text, a run of base64 that decodes to text holding a secret is replaced whole
 * (base64.ts); binaries are also read in views a plain scan misses (binary-views.ts).
 */
import zlib from 'node:zlib';
import { scanWindows, viewsOf, type Scan } from './binary-views.js';
import { bunzip2, isBzip2 } from './bzip2.js';
import { pdfStreams } from './pdf.js';

export { scanBinaryViews, sqlitePageSize, utf16Strings, type Scan, type SqliteWindow } from './binary-views.js';

/** Decoded bytes kept for one stream or member: more is a decompression bomb, or too large to scan. */
export const MAX_DECODED = 64 * 1024 * 1024;
/** Decoded bytes scanned for one file, all streams and members and nesting levels together. */
const TOTAL_DECODED = 256 * 1024 * 1024;
/** A carrier larger than this on disk is not held in memory to be decoded: it is withheld. */
export const MAX_CARRIER_INPUT = 64 * 1024 * 1024;
/** Carriers inside carriers are opened this many levels deep (a zip in a gzip in a zip). */
const MAX_DEPTH = 3;
const MAX_MEMBERS = 20000;

/** What a carrier was found to hold: the rules of its secrets, and a reason to show. */
export interface CarrierFinding {
  rules: string[];
  reason: string;
}

class TooLarge extends Error {}
/** A carrier whose content cannot be decoded here (a bzip2 file with no decoder, or corrupt): withheld unscanned. */
class Unscannable extends Error {}

const GZIP = Buffer.from([0x1f, 0x8b]);
const ZIP = Buffer.from('PK\x03\x04', 'latin1');
const ZIP_EMPTY = Buffer.from('PK\x05\x06', 'latin1');
const PDF = Buffer.from('%PDF-', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export type CarrierKind = 'gzip' | 'zip' | 'pdf' | 'png' | 'bzip2';

/** The carrier a buffer's first bytes announce, or null (the common case: nothing is decoded). */
export function carrierKind(head: Buffer): CarrierKind | null {
  const starts = (m: Buffer): boolean => head.length >= m.length && head.subarray(0, m.length).equals(m);
  if (starts(GZIP)) return 'gzip';
  if (starts(ZIP) || starts(ZIP_EMPTY)) return 'zip';
  if (starts(PDF)) return 'pdf';
  if (starts(PNG)) return 'png';
  if (isBzip2(head)) return 'bzip2';
  return null;
}

const LABEL: Record<CarrierKind, string> = {
  gzip: 'gzip file',
  zip: 'zip file',
  pdf: 'PDF',
  png: 'PNG image',
  bzip2: 'bzip2 file',
};

interface Budget {
  left: number;
}

function inflate(kind: 'gzip' | 'zlib' | 'raw', data: Buffer, budget: Budget): Buffer {
  const max = Math.min(MAX_DECODED, budget.left);
  const opts = { maxOutputLength: Math.max(1, max), finishFlush: zlib.constants.Z_SYNC_FLUSH };
  let out: Buffer;
  try {
    out =
      kind === 'gzip'
        ? zlib.gunzipSync(data, opts)
        : kind === 'zlib'
          ? zlib.inflateSync(data, opts)
          : zlib.inflateRawSync(data, opts);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
      throw new TooLarge();
    // Corrupt or not compressed after all: what could be decoded is nothing; the raw bytes were scanned already.
    return Buffer.alloc(0);
  }
  budget.left -= out.length;
  return out;
}

/** The decoded parts of a carrier, each named (`word/document.xml in zip file`). */
function* parts(
  kind: CarrierKind,
  buf: Buffer,
  budget: Budget,
): Generator<{ what: string; data: Buffer; xml?: boolean }> {
  if (kind === 'gzip') {
    yield { what: 'gzip content', data: inflate('gzip', buf, budget) };
  } else if (kind === 'zip') {
    yield* zipMembers(buf, budget);
  } else if (kind === 'bzip2') {
    const out = bunzip2(buf, Math.min(MAX_DECODED, budget.left));
    if (out === 'too-large') throw new TooLarge();
    if (typeof out === 'string') throw new Unscannable(out === 'corrupt' ? 'is corrupt' : 'has no decoder here');
    budget.left -= out.length;
    yield { what: 'bzip2 content', data: out };
  } else if (kind === 'pdf') {
    yield* pdfStreams(buf, (data) => inflate('zlib', data, budget));
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

/** The text chunks of a PNG (tEXt as stored, zTXt and compressed iTXt inflated). */
function* pngText(buf: Buffer, budget: Budget): Generator<{ what: string; data: Buffer }> {
  for (let p = 8; p + 12 <= buf.length;) {
    const len = buf.readUInt32BE(p);
    const type = buf.toString('latin1', p + 4, p + 8);
    const data = buf.subarray(p + 8, Math.min(buf.length, p + 8 + len));
    p += 12 + len;
    if (type === 'IEND') return;
    const nul = data.indexOf(0);
    if (nul === -1) continue;
    if (type === 'tEXt') yield { what: 'tEXt chunk of PNG image', data: data.subarray(nul + 1) };
    else if (type === 'zTXt')
      yield { what: 'zTXt chunk of PNG image', data: inflate('zlib', data.subarray(nul + 2), budget) };
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

/** The text of an XML document with its tags removed (a Word run can split a key: `<w:t>sk-</w:t><w:t>…`). */
const xmlText = (data: Buffer): Buffer =>
  Buffer.from(
    data
      .toString('utf8')
      .replace(/<\/(?:w:p|a:p|p|row|si|c|tr|td|div|li)>|<w:br\/>|<w:tab\/>/g, '\n')
      .replace(/<[^>]*>/g, ''),
    'utf8',
  );

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
  if (buf.length > MAX_CARRIER_INPUT)
    return { rules: [], reason: `${LABEL[kind]} too large to scan (over ${MAX_CARRIER_INPUT / 1048576} MiB)` };
  try {
    const found = inspect(buf, scan, 0, { left: TOTAL_DECODED });
    return found
      ? { rules: found.rules, reason: `${LABEL[kind]} holding a secret (${found.rules.join(', ')}) in ${found.reason}` }
      : null;
  } catch (err) {
    if (err instanceof TooLarge)
      return {
        rules: [],
        reason: `${LABEL[kind]} that decodes to more than ${MAX_DECODED / 1048576} MiB (not scanned)`,
      };
    if (err instanceof Unscannable)
      return { rules: [], reason: `${LABEL[kind]} that could not be decoded (${err.message}; not scanned)` };
    // A malformed carrier (offsets past its end...): its raw bytes were scanned; nothing more can be decoded.
    return null;
  }
}
