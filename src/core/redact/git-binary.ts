/**
 * Git binary patches (`git diff --binary`, `git format-patch`): after `GIT binary patch`, a `literal N` or `delta N`
 * line, then lines of zlib data in git's base85, each line's first letter its byte count (`A`-`Z` 1-26, `a`-`z`
 * 27-52). A patch that adds a `.env` carries it whole and `git apply` writes it back. Each block is decoded, inflated
 * (at most its stated size, within MAX_DECODED), a delta's inserted bytes joined, and read by the other passes (text)
 * or the binary scan (bytes); a block holding a secret is replaced whole (`git-binary:<rule>`). Found from the header
 * by one forward search; each line is read once: linear.
 */
import { isUtf8 } from 'node:buffer';
import { decodeStream, MAX_DECODED, TooLarge } from './decode.js';
import { runPass, type Hit, type Pass } from './pass.js';

const HEAD = 'GIT binary patch';
const SIZE = /^(literal|delta) (\d{1,9})\r?$/;
const B85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';
const B85_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < B85.length; i++) B85_VALUE[B85.charCodeAt(i)] = i;

/** The bytes of one base85 line (`zc<…>`), or null when it is none. */
function lineBytes(line: string): Buffer | null {
  const c = line.charCodeAt(0);
  const n = c >= 65 && c <= 90 ? c - 64 : c >= 97 && c <= 122 ? c - 70 : 0;
  const body = line.endsWith('\r') ? line.length - 1 : line.length;
  if (n === 0 || body - 1 !== Math.ceil(n / 4) * 5) return null;
  const out = Buffer.alloc(Math.ceil(n / 4) * 4);
  for (let g = 0; g * 5 + 1 < body; g++) {
    let v = 0;
    for (let k = 1; k <= 5; k++) {
      const d = B85_VALUE[line.charCodeAt(g * 5 + k)] ?? -1;
      if (d < 0) return null;
      v = v * 85 + d;
    }
    if (v > 0xffffffff) return null;
    out.writeUInt32BE(v, g * 4);
  }
  return out.subarray(0, n);
}

/** A git delta's inserted bytes, joined (copies from the old file are left out; a key may span two inserts). */
function deltaInserts(d: Buffer): Buffer {
  let p = 0;
  for (let v = 0; v < 2; v++) while (p < d.length && d[p++]! & 0x80);
  const parts: Buffer[] = [];
  while (p < d.length) {
    const op = d[p++]!;
    if (op & 0x80) for (let bit = 0; bit < 7; bit++) p += (op >> bit) & 1;
    else if (op > 0) parts.push(d.subarray(p, (p += op)));
  }
  return Buffer.concat(parts);
}

type Judge = (text: string) => string | null;
type BinaryJudge = (data: Buffer) => string | null;

/** The rule of a secret in one block's zlib data, or null. */
function blockRule(kind: string, size: number, z: Buffer, detect: Judge, binary: BinaryJudge): string | null {
  let data: Buffer;
  try {
    data = decodeStream('zlib', z, { left: Math.min(MAX_DECODED, Math.max(size, 1)) });
  } catch (err) {
    if (err instanceof TooLarge) return 'unscanned-carrier';
    throw err;
  }
  if (kind === 'delta') data = deltaInserts(data);
  if (data.length === 0) return null;
  return isUtf8(data) ? detect(data.toString('utf8')) : binary(data);
}

/** The hits of the binary patches in `text`. */
function patchHits(text: string, detect: Judge, binary: BinaryJudge): Hit[] {
  const hits: Hit[] = [];
  let p = text.indexOf(HEAD);
  while (p !== -1) {
    p = text.indexOf('\n', p) + 1 || text.length;
    let nl = text.indexOf('\n', p);
    // A patch has two blocks (the change and its reverse), each `literal|delta N` then its lines and a blank line.
    for (let m = SIZE.exec(text.slice(p, nl < 0 ? text.length : nl)); m && nl >= 0;) {
      const start = nl + 1;
      const parts: Buffer[] = [];
      let end = start;
      for (let q = start; q < text.length;) {
        const e = text.indexOf('\n', q);
        const bytes = lineBytes(text.slice(q, e < 0 ? text.length : e));
        if (!bytes) break;
        parts.push(bytes);
        end = e < 0 ? text.length : e;
        q = end + 1;
      }
      const rule = parts.length > 0 ? blockRule(m[1]!, Number(m[2]), Buffer.concat(parts), detect, binary) : null;
      if (rule) hits.push({ rule: 'encoded-secret-block', start, end, label: `git-binary:${rule}` });
      // Past the blank line after the block: the next block's size line, if any.
      p = end === start ? start : end + 1;
      if (text.charCodeAt(p) === 10) p++;
      else if (text.startsWith('\r\n', p)) p += 2;
      nl = text.indexOf('\n', p);
      m = SIZE.exec(text.slice(p, nl < 0 ? text.length : nl));
    }
    p = text.indexOf(HEAD, p);
  }
  return hits;
}

/** `detect`: the rule of a secret in decoded text; `binary`: in decoded bytes that are no text (the binary scan). */
export function gitBinaryPass(detect: Judge, binary: BinaryJudge): Pass {
  return { ...runPass((text) => patchHits(text, detect, binary), true), requires: (t) => t.includes(HEAD) };
}
