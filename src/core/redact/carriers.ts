/**
 * Carriers: content that holds text in an encoded form a recipient can decode. Binary carriers
 * (gzip, zip and the zip-based Office files, PDF streams and hex strings (pdf.ts), PNG text chunks) are decoded,
 * within size caps and a few levels of nesting, and the decoded text is scanned with the
 * redactor's detection: a carrier that holds a secret is withheld, one that holds none goes out
 * unchanged. In text, a run of base64 that decodes to text holding a secret is replaced whole
 * (base64.ts); binaries are also read in views a plain scan misses (binary-views.ts).
 */
import { scanWindows, viewsOf, type Scan } from './binary-views.js';
import { pngParts, tarMembers, zipMembers, type Part } from './containers.js';
import { decodeHeadless, decodeStream, MAX_DECODED, TooLarge, Unscannable, type Budget } from './decode.js';
import { carrierKind, embeddedOffsets, isOpaque, LABEL, type CarrierKind } from './magic.js';
import { pdfStreams } from './pdf.js';

export { scanBinaryViews, sqlitePageSize, type Scan } from './binary-views.js';
export { carrierKind, type CarrierKind } from './magic.js';
export { mayBeHeadless } from './decode.js';

/** Decoded bytes scanned for one file, all streams and members and nesting levels together. */
const TOTAL_DECODED = 256 * 1024 * 1024;
/** A carrier larger than this on disk is not held in memory to be decoded: it is withheld. */
export const MAX_CARRIER_INPUT = 64 * 1024 * 1024;
/** Carriers inside carriers are opened this many levels deep (a .gz in a tar in a gzip in a zip); deeper, withheld. */
const MAX_DEPTH = 5;

/** What a carrier was found to hold: the rules of its secrets, and a reason to show. */
interface CarrierFinding {
  rules: string[];
  reason: string;
}

const STREAMS = { gzip: 'gzip', zlib: 'zlib', bzip2: 'bzip2', zstd: 'zstd' } as const;

/** The decoded parts of a carrier, each named (`word/document.xml in zip file`). */
function* parts(kind: CarrierKind, buf: Buffer, budget: Budget): Generator<Part> {
  if (isOpaque(kind)) throw new Unscannable(`no ${LABEL[kind].split(' ')[0]} decoder here`);
  if (kind in STREAMS) {
    const stream = STREAMS[kind as keyof typeof STREAMS];
    yield { what: `${stream} content`, data: decodeStream(stream, buf, budget) };
  } else if (kind === 'zip') yield* zipMembers(buf, budget);
  else if (kind === 'tar') yield* tarMembers(buf);
  else if (kind === 'pdf') yield* pdfStreams(buf, (data) => decodeStream('zlib', data, budget));
  else if (kind === 'png') yield* pngParts(buf, budget);
}

/** XML's predefined entities: what an Office reader shows for them. */
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A character reference or predefined entity as the character it stands for (an unknown one as it is). */
function xmlChar(ref: string, name: string): string {
  if (name[0] !== '#') return XML_ENTITIES[name] ?? ref;
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ref;
}

/**
 * The text of an XML document with its tags removed (a Word run can split a key: `<w:t>sk-</w:t><w:t>…`) and its
 * references read (`&#115;k-…`, `&amp;` in a password: the document shows the characters).
 */
const xmlText = (data: Buffer): Buffer =>
  Buffer.from(
    data
      .toString('utf8')
      .replace(/<\/(?:w:p|a:p|p|row|si|c|tr|td|div|li)>|<w:br\/>|<w:tab\/>/g, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-z]{2,4});/g, xmlChar),
    'utf8',
  );

/**
 * A carrier whose parts decode to more than BOMB_RATIO times its own size, past BOMB_FLOOR bytes, is a compression bomb
 * (a 51 KB zip of one 50 MB member, a 1.2 KB zip of zips): it is withheld unscanned, before any of that is scanned.
 * Scanning it took minutes of one synchronous call that no signal could stop; no file a session holds compresses so.
 */
const BOMB_RATIO = 256;
const BOMB_FLOOR = 16 * 1024 * 1024;

/** Throws Unscannable when what the carrier has decoded so far makes it a compression bomb. */
function checkBomb(budget: Budget): void {
  const decoded = TOTAL_DECODED - budget.left;
  if (budget.input !== undefined && decoded > BOMB_FLOOR && decoded > BOMB_RATIO * budget.input)
    throw new Unscannable(`it decodes to over ${BOMB_RATIO} times its size: a compression bomb`);
}

/** Scans one decoded part: as it is, its XML text, its binary views; then what it carries, at its start or inside. */
function inspectPart(part: Part, scan: Scan, depth: number, budget: Budget): CarrierFinding | null {
  checkBomb(budget);
  let rules = scanWindows(part.data, scan);
  if (rules.length === 0 && part.xml) rules = scanWindows(xmlText(part.data), scan);
  // A member in UTF-16 (a PowerShell log in a zip), or a binary one with glued fields.
  if (rules.length === 0 && part.data.length > 0) rules = viewsOf(part.data, scan).rules;
  if (rules.length > 0) return { rules: [...new Set(rules)], reason: part.what };
  const nested = inspect(part.data, scan, depth + 1, budget);
  return nested && { rules: nested.rules, reason: `${nested.reason}, in ${part.what}` };
}

/**
 * What a buffer carries: as a carrier, when it starts as one; else in the compressed streams inside it. `inside`: the
 * buffer starts at a magic number found inside other data, whose streams further on are tried by the caller.
 */
function inspect(buf: Buffer, scan: Scan, depth: number, budget: Budget, inside = false): CarrierFinding | null {
  const kind = carrierKind(buf);
  if (kind && depth >= MAX_DEPTH) throw new Unscannable(`${LABEL[kind]} nested more than ${MAX_DEPTH} deep`);
  if (kind) {
    let decoded = false;
    for (const part of parts(kind, buf, budget)) {
      decoded ||= part.data.length > 0;
      const found = inspectPart(part, scan, depth, budget);
      if (found) return found;
    }
    // A magic number by chance (random bytes start with a zlib header once in ~2,000): the stream decoded to nothing,
    // so the buffer is other data, read for the streams inside it like any binary.
    if (decoded || inside || depth >= MAX_DEPTH) return null;
    return inspectEmbedded(buf, scan, Math.max(depth, 1), budget);
  }
  return depth === 0 || depth >= MAX_DEPTH ? null : inspectEmbedded(buf, scan, depth, budget);
}

/** The compressed streams inside other binary data (a zlib blob in a SQLite row, a gzip member in a record). */
function inspectEmbedded(buf: Buffer, scan: Scan, depth: number, budget: Budget): CarrierFinding | null {
  for (const at of embeddedOffsets(buf)) {
    const inner = buf.subarray(at);
    const k = carrierKind(inner);
    if (!k || !(k in STREAMS)) continue;
    let found: CarrierFinding | null = null;
    try {
      found = inspect(inner, scan, depth, budget, true);
    } catch (err) {
      // A magic number by chance (libzstd holds the zstd magic as a constant, before no frame): no stream after all.
      if (!(err instanceof Unscannable || (err instanceof TooLarge && k === 'zstd'))) throw err;
    }
    if (found) return { rules: found.rules, reason: `${found.reason}, in ${LABEL[k]} data at byte ${at}` };
  }
  return null;
}

/** The finding for a carrier that could not be scanned: withheld with the reason (no rules). */
function unscanned(label: string, err: unknown): CarrierFinding | null {
  if (err instanceof TooLarge)
    return { rules: [], reason: `${label} that decodes to more than ${MAX_DECODED / 1048576} MiB (not scanned)` };
  if (err instanceof Unscannable) return { rules: [], reason: `${label} that could not be scanned (${err.message})` };
  // A malformed carrier (offsets past its end...): its raw bytes were scanned; nothing more can be decoded.
  return null;
}

/**
 * Decodes a carrier and scans what it holds: a carrier by its magic number, a raw deflate or brotli
 * stream, or compressed streams inside other binary data. Returns the secrets found, or a finding
 * with no rules when it cannot be scanned (too large within the caps, a format no decoder here
 * reads, nested too deep): it is then withheld too. Null when it holds no secret.
 */
export function scanCarrier(buf: Buffer, scan: Scan): CarrierFinding | null {
  const kind = carrierKind(buf);
  const budget: Budget = { left: TOTAL_DECODED, input: buf.length };
  let label = kind ? LABEL[kind] : 'binary file';
  if (buf.length > MAX_CARRIER_INPUT)
    return kind ? { rules: [], reason: `${label} too large to scan (over ${MAX_CARRIER_INPUT / 1048576} MiB)` } : null;
  try {
    let found: CarrierFinding | null;
    const headless = kind ? null : decodeHeadless(buf, budget);
    if (headless) {
      label = LABEL[headless.kind];
      found = inspectPart({ what: `${headless.kind} content`, data: headless.data }, scan, 0, budget);
    } else found = inspect(buf, scan, kind ? 0 : 1, budget);
    return found
      ? { rules: found.rules, reason: `${label} holding a secret (${found.rules.join(', ')}) in ${found.reason}` }
      : null;
  } catch (err) {
    return unscanned(label, err);
  }
}
