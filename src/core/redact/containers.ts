/**
 * The parts of container carriers: a zip's members (from its central directory), a tar's members,
 * a PNG's text chunks and the ancillary chunks an application adds (which may hold a compressed
 * payload). Each part is named for the reason shown (`word/document.xml in zip file`).
 */
import { decodeStream, Unscannable, type Budget } from './decode.js';

export interface Part {
  what: string;
  data: Buffer;
  xml?: boolean;
}

const MAX_MEMBERS = 20000;

/** Zip compression methods read here: stored, deflate, bzip2, zstd (20 in early APPNOTE, 93 now). */
const METHODS: Record<number, 'raw' | 'bzip2' | 'zstd'> = { 8: 'raw', 12: 'bzip2', 20: 'zstd', 93: 'zstd' };

/**
 * Members of a zip, read from its central directory; an encrypted member, or one in a method not
 * read here, is Unscannable.
 */
export function* zipMembers(buf: Buffer, budget: Budget): Generator<Part> {
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
    const flags = buf.readUInt16LE(p + 8);
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
    if (flags & 1) throw new Unscannable(`${name} is encrypted`);
    if (method === 0) yield { what, data: raw, xml };
    else if (METHODS[method]) yield { what, data: decodeStream(METHODS[method], raw, budget), xml };
    else throw new Unscannable(`${name} is compressed with method ${method}, not read here`);
  }
}

const COLON = Buffer.from(': ');

/** The chunks of a PNG that hold no pixels: text (tEXt, zTXt and iTXt, inflated) and ancillary ones, as stored. */
export function* pngParts(buf: Buffer, budget: Budget): Generator<Part> {
  for (let p = 8; p + 12 <= buf.length;) {
    const len = buf.readUInt32BE(p);
    const type = buf.toString('latin1', p + 4, p + 8);
    const data = buf.subarray(p + 8, Math.min(buf.length, p + 8 + len));
    p += 12 + len;
    if (type === 'IEND') return;
    if (/^(?:IHDR|IDAT|PLTE|tRNS|gAMA|cHRM|sRGB|pHYs|bKGD|tIME)$/.test(type)) continue;
    const nul = data.indexOf(0);
    const what = `${type} chunk of PNG image`;
    // A text chunk is read as its keyword, a colon and its text (`api_key\0<value>` as `api_key: <value>`): the
    // key-name layer judges the pair as it judges a YAML line (a value no binary reading takes for a key, too).
    const keyword = nul === -1 ? data : Buffer.concat([data.subarray(0, nul), COLON]);
    if (type === 'tEXt' && nul !== -1) yield { what, data: Buffer.concat([keyword, data.subarray(nul + 1)]) };
    else if (type === 'zTXt' && nul !== -1)
      yield { what, data: Buffer.concat([keyword, decodeStream('zlib', data.subarray(nul + 2), budget)]) };
    else if (type === 'iCCP' && nul !== -1) yield { what, data: decodeStream('zlib', data.subarray(nul + 2), budget) };
    else if (type === 'iTXt' && nul !== -1) {
      const compressed = data[nul + 1] === 1;
      let q = data.indexOf(0, nul + 3);
      if (q !== -1) q = data.indexOf(0, q + 1);
      if (q === -1) continue;
      const text = data.subarray(q + 1);
      yield { what, data: Buffer.concat([keyword, compressed ? decodeStream('zlib', text, budget) : text]) };
    } else yield { what, data };
  }
}

/** A tar header's size field: octal digits, or base-256 when its first byte has the high bit. */
function tarSize(h: Buffer): number {
  if (h[124]! & 0x80) {
    let n = 0;
    for (let i = 125; i < 136; i++) n = n * 256 + h[i]!;
    return n;
  }
  const s = h
    .toString('latin1', 124, 136)
    .replace(/[\0 ]+$/, '')
    .trim();
  return /^[0-7]+$/.test(s) ? parseInt(s, 8) : -1;
}

const cstr = (b: Buffer, start: number, end: number): string => {
  const z = b.indexOf(0, start);
  return b.toString('utf8', start, z === -1 || z > end ? end : z);
};

/** The members of a tar archive (ustar, GNU and pax: regular files, GNU long names). */
export function* tarMembers(buf: Buffer): Generator<Part> {
  let longName: string | null = null;
  for (let p = 0, n = 0; p + 512 <= buf.length && n < MAX_MEMBERS; n++) {
    if (buf[p] === 0) break;
    const size = tarSize(buf.subarray(p, p + 512));
    if (size < 0) break;
    const type = String.fromCharCode(buf[p + 156]!);
    const prefix = buf.toString('latin1', p + 257, p + 262) === 'ustar' ? cstr(buf, p + 345, p + 500) : '';
    const name = longName ?? (prefix ? `${prefix}/` : '') + cstr(buf, p, p + 100);
    const data = buf.subarray(p + 512, Math.min(buf.length, p + 512 + size));
    p += 512 + Math.ceil(size / 512) * 512;
    longName = type === 'L' ? cstr(data, 0, data.length) : null;
    if (type === '0' || type === '\0' || type === '7') yield { what: `${name} in tar archive`, data };
  }
}
