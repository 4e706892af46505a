/**
 * Builders for the carriers of test/carriers-codecs.test.ts (a tar writer, a PNG with any chunk, the
 * text encodings, CLI compressors when installed) and what a recipient could decode from an output
 * file: every view a plain reading, a text decoder, a decompressor or a base64 decoder gives.
 */
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';
import { pngChunk, unzipMembers } from './eval-carriers.js';

/** Whether a command-line tool is on PATH (xz, zstd, sqlite3). */
export function hasTool(tool: string): boolean {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** `tool args` with `input` on stdin: its stdout. */
export const pipe = (tool: string, args: string[], input: Buffer): Buffer =>
  execFileSync(tool, args, { input, maxBuffer: 512 * 1024 * 1024 });

/** A ustar archive of the given members (regular files), as `tar cf` writes one. */
export function tarOf(members: Record<string, Buffer | string>): Buffer {
  const parts: Buffer[] = [];
  for (const [name, content] of Object.entries(members)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const h = Buffer.alloc(512);
    h.write(name, 0, 100, 'utf8');
    h.write('0000644\0', 100, 'latin1');
    h.write('0001750\0', 108, 'latin1');
    h.write('0001750\0', 116, 'latin1');
    h.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
    h.write('14763212345\0', 136, 'latin1');
    h.write('        ', 148, 'latin1');
    h.write('0', 156, 'latin1');
    h.write('ustar\0', 257, 'latin1');
    h.write('00', 263, 'latin1');
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    parts.push(h, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

/** A small PNG with an extra chunk of the given type (a private chunk an application writes). */
export function pngWith(type: string, data: Buffer): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk(type, data),
    pngChunk('IDAT', zlib.deflateSync(Buffer.from([0, 1, 2, 3, 4, 5, 6, 0, 9, 8, 7, 6, 5, 4]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const swap16 = (b: Buffer): Buffer => {
  const out = Buffer.from(b);
  for (let i = 0; i + 1 < out.length; i += 2) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
  return out;
};
export const utf16le = (s: string, bom: boolean): Buffer =>
  Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s, 'utf16le')]);
export const utf16be = (s: string, bom: boolean): Buffer =>
  Buffer.concat([bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), swap16(Buffer.from(s, 'utf16le'))]);
export function utf32(s: string, be: boolean, bom: boolean): Buffer {
  const cps = [...(bom ? '\ufeff' : ''), ...s].map((c) => c.codePointAt(0)!);
  const out = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => (be ? out.writeUInt32BE(cp, i * 4) : out.writeUInt32LE(cp, i * 4)));
  return out;
}

/** Decoders a recipient has: each returns the decoded bytes or null. */
const decoders: ((b: Buffer) => Buffer | null)[] = [
  (b) => zlib.gunzipSync(b, { maxOutputLength: 1 << 24 }),
  (b) => (b[0] === 0x1f && b[1] === 0x8b ? zlib.inflateRawSync(b.subarray(10), { maxOutputLength: 1 << 24 }) : null),
  (b) => zlib.inflateSync(b, { maxOutputLength: 1 << 24 }),
  (b) => zlib.inflateRawSync(b, { maxOutputLength: 1 << 24 }),
  (b) => zlib.brotliDecompressSync(b, { maxOutputLength: 1 << 24 }),
  (b) => (b[0] === 0x28 && hasTool('zstd') ? pipe('zstd', ['-dc'], b) : null),
  (b) => (b[0] === 0xfd && hasTool('xz') ? pipe('xz', ['-dc'], b) : null),
];
const MAGICS = [
  [0x1f, 0x8b],
  [0x78, 0x9c],
  [0x78, 0xda],
  [0x78, 0x5e],
  [0x78, 0x01],
].map((m) => Buffer.from(m));

/**
 * Everything a recipient could read in `buf`: latin1, UTF-16 (both byte orders and alignments), UTF-32, what each
 * decompressor makes of it (also from a gzip or zlib header inside it), and base64 runs decoded, recursively.
 */
export function recipientViews(buf: Buffer, depth = 3): string[] {
  const out = [buf.toString('latin1')];
  if (buf.length < 4) return out;
  for (const off of [0, 1]) {
    const b = buf.subarray(off, buf.length - ((buf.length - off) % 2));
    out.push(b.toString('utf16le'), Buffer.from(b).swap16().toString('utf16le'));
  }
  out.push(buf.toString('latin1').replace(/\0/g, ''));
  if (depth === 0) return out;
  const tries = [buf];
  for (const m of MAGICS)
    for (let i = buf.indexOf(m, 1); i !== -1; i = buf.indexOf(m, i + 1)) tries.push(buf.subarray(i));
  for (const t of tries)
    for (const d of decoders) {
      try {
        const got = d(t);
        if (got && got.length > 0) out.push(...recipientViews(got, depth - 1));
      } catch {
        /* not this format */
      }
    }
  if (buf.readUInt32LE(0) === 0x04034b50)
    for (const member of unzipMembers(buf).values()) out.push(...recipientViews(member, depth - 1));
  for (const m of buf.toString('latin1').matchAll(/[A-Za-z0-9+/]{24,}={0,2}/g))
    out.push(...recipientViews(Buffer.from(m[0], 'base64'), depth - 1));
  return out;
}
