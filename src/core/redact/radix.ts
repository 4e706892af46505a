/**
 * Text written in a radix other than base64 (base64.ts) or hex (hex-runs.ts), each decoded by one standard command
 * (one-step.ts): base32 (`base32 -d`, Python's b32decode), ascii85 (`<~…~>` and Python's bare a85encode) and
 * uuencode (`begin 644 name` … `end`). A run is decoded only when its first bytes are printable text.
 */
import type { Candidate } from './candidate.js';
import { charSet } from './line-heads.js';
import { literalScan } from './literal-scan.js';
import { nextRun } from './runs.js';
import { charsOf } from '../char-codes.js';
import { pushAll } from '../lists.js';

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const A85_DELIMITED = /<~([!-uz\s]{20,}?)~>/g;
const UU = /^begin [0-7]{3,4} \S[^\n]*\n((?:[!-`]{2,62}\n){1,64})/gm;

const printable = (b: readonly number[]): boolean =>
  b.every((c) => (c >= 32 && c < 127) || c === 9 || c === 10 || c === 13);

function base32(run: string): number[] {
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const c of run.replace(/=+$/, '')) {
    acc = ((acc << 5) | B32.indexOf(c)) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((acc >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return bytes;
}

function ascii85(body: string, limit = Infinity): number[] | null {
  const s = body.replace(/\s/g, '').replace(/z/g, '!!!!!');
  const bytes: number[] = [];
  for (let i = 0; i < s.length && bytes.length < limit; i += 5) {
    const group = s.slice(i, i + 5);
    let v = 0;
    for (const c of group.padEnd(5, 'u')) v = v * 85 + (c.charCodeAt(0) - 33);
    if (v > 0xffffffff) return null;
    for (let k = 0; k < group.length - 1; k++) bytes.push((v >>> (24 - 8 * k)) & 0xff);
  }
  return bytes;
}

function uudecode(lines: string): number[] {
  const bytes: number[] = [];
  for (const line of lines.split('\n')) {
    const n = (line.charCodeAt(0) - 32) & 63;
    const row: number[] = [];
    for (let i = 1; row.length < n && i < line.length; i += 4) {
      const c = [0, 1, 2, 3].map((k) => ((line.charCodeAt(i + k) || 32) - 32) & 63);
      row.push((c[0]! << 2) | (c[1]! >> 4), ((c[1]! & 15) << 4) | (c[2]! >> 2), ((c[2]! & 3) << 6) | c[3]!);
    }
    pushAll(bytes, row.slice(0, n));
  }
  return bytes;
}

function each(text: string, re: RegExp, decode: (m: RegExpExecArray) => number[] | null, kind: string): Candidate[] {
  const out: Candidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && out.length < 64; m = re.exec(text)) {
    const bytes = decode(m);
    if (bytes && bytes.length >= 12 && printable(bytes))
      out.push({ ranges: [[m.index, m.index + m[0].length]], decoded: charsOf(bytes), kind });
  }
  return out;
}

/** ascii85's characters, `!` to `u`. */
const A85 = charSet(String.fromCharCode(...Array.from({ length: 85 }, (_, i) => 33 + i)));
const isB32 = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 50 && c <= 55);
const isB32Lower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 50 && c <= 55);

/**
 * Base32 text in a run of base64 characters (base64.ts finds the runs): all capitals and 2-7, then `=` padding.
 * Returns the text it decodes to when printable.
 */
export function base32Text(text: string, start: number, end: number): string | null {
  // All capitals, or all small letters (Python's b32decode(s, casefold=True), `base32 -d` of `tr a-z A-Z`).
  const lower = isB32Lower(text.charCodeAt(start)) && !isB32(text.charCodeAt(start));
  const inRun = lower ? isB32Lower : isB32;
  let e = start;
  while (e < end && inRun(text.charCodeAt(e))) e++;
  if (e - start < 24 || (e < end && text.charCodeAt(e) !== 61)) return null;
  // Its first 40 bytes (64 characters) first: every byte must be printable, and a long run's first bytes rarely are
  // (a run of `a` decodes to zeros: decoding 1 MiB of it for nothing was a quarter of its binary scan).
  const run = lower ? text.slice(start, e).toUpperCase() : text.slice(start, e);
  if (run.length > 64 && !printable(base32(run.slice(0, 64)))) return null;
  const bytes = base32(run);
  return bytes.length >= 12 && printable(bytes) ? charsOf(bytes) : null;
}

/** Texts that name ascii85 (Python's a85encode): bare runs are searched in those only (a full scan of runs). */
const NAMED = literalScan(['a85encode', 'a85decode', 'ascii85', 'base85']);
/** True when a text names ascii85. */
export const namesA85 = (text: string): boolean => NAMED !== null && NAMED(text).length > 0;
const BEGIN = literalScan(['begin ']);

/** True when a line starts with `begin ` (uuencode's header; the shared literal scan finds it). */
export function uuBegins(text: string): boolean {
  const at = BEGIN ? BEGIN(text) : [];
  return at.some((p) => text.startsWith('begin ', p) && (p === 0 || /[\n\r\u2028\u2029]/.test(text[p - 1]!)));
}

/** Bare ascii85 runs (Python's a85encode): decoded only when the first two groups are printable text. */
function bareA85(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let r = nextRun(text, 0, 25, A85); r !== null && out.length < 64; r = nextRun(text, r[1] + 1, 25, A85)) {
    // Printable text (four bytes of 0x20-0x7e) starts each group with `+` to `I`: most runs are passed over here.
    const c = text.charCodeAt(r[0]);
    const d = text.charCodeAt(r[0] + 5);
    if (c < 43 || c > 73 || d < 43 || d > 73) continue;
    const head = ascii85(text.slice(r[0], r[0] + 10), 8);
    if (!head || !printable(head)) continue;
    const bytes = ascii85(text.slice(r[0], r[1]));
    if (bytes && bytes.length >= 12 && printable(bytes))
      out.push({ ranges: [[r[0], r[1]]], decoded: charsOf(bytes), kind: 'ascii85' });
  }
  return out;
}

/** Candidates of ascii85 (bare: in a text that names it) and uuencoded text (base32: base32Text). */
export function radixCandidates(text: string): Candidate[] {
  const named = namesA85(text);
  const out = text.includes('<~')
    ? each(text, A85_DELIMITED, (m) => ascii85(m[1]!), 'ascii85')
    : named
      ? bareA85(text)
      : [];
  if (uuBegins(text))
    pushAll(
      out,
      each(text, UU, (m) => uudecode(m[1]!), 'uuencode'),
    );
  return out;
}
