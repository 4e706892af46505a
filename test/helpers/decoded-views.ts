/**
 * The views of a text a recipient gets in one simple step, written independently of the redactor: reversed, rot13,
 * invisible characters removed, NFKC, separators removed, hex and decimal code lists read as text, base64 (twice),
 * base32, ascii85 and uuencode runs decoded, the pieces of string literals joined. A key leaks when any 10-character
 * window of its random part is in one of them.
 */
import { recipientView } from './recipient.js';

const rot13 = (s: string): string =>
  s.replace(/[A-Za-z]/g, (c) => {
    const b = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
  });

const printable = (s: string): string => s.replace(/[^\x20-\x7e\n]/g, '');

function base64Runs(t: string): string {
  const out: string[] = [];
  for (const m of t.matchAll(/[A-Za-z0-9+/_-]{16,}={0,2}/g)) {
    for (let skip = 0; skip < 4; skip++) {
      const b = Buffer.from(m[0].slice(skip).replace(/-/g, '+').replace(/_/g, '/'), 'base64');
      out.push(printable(b.toString('latin1')));
    }
  }
  return out.join('\n');
}

function base32Runs(t: string): string {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const out: string[] = [];
  for (const m of t.matchAll(/[A-Z2-7]{16,}=*/g)) {
    let bits = 0;
    let acc = 0;
    const bytes: number[] = [];
    for (const c of m[0].replace(/=+$/, '')) {
      acc = (acc << 5) | A.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        bytes.push((acc >>> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    out.push(printable(Buffer.from(bytes).toString('latin1')));
  }
  return out.join('\n');
}

function ascii85Runs(t: string): string {
  const out: string[] = [];
  for (const m of t.matchAll(/<~([!-u\sz]+)~>|[!-u]{25,}/g)) {
    const body = (m[1] ?? m[0]).replace(/\s/g, '').replace(/z/g, '!!!!!');
    const bytes: number[] = [];
    for (let i = 0; i < body.length; i += 5) {
      const chunk = body.slice(i, i + 5).padEnd(5, 'u');
      let v = 0;
      for (const c of chunk) v = v * 85 + (c.charCodeAt(0) - 33);
      const n = Math.min(4, body.length - i - 1);
      for (let k = 0; k < n; k++) bytes.push((v >>> (24 - 8 * k)) & 0xff);
    }
    out.push(printable(Buffer.from(bytes).toString('latin1')));
  }
  return out.join('\n');
}

function uudecode(t: string): string {
  const out: string[] = [];
  for (const line of t.split('\n')) {
    if (line.length < 2 || line.startsWith('begin')) continue;
    const n = (line.charCodeAt(0) - 32) & 63;
    const bytes: number[] = [];
    for (let i = 1; i + 3 < line.length + 3 && bytes.length < n; i += 4) {
      const c = [0, 1, 2, 3].map((k) => ((line.charCodeAt(i + k) || 32) - 32) & 63);
      bytes.push((c[0]! << 2) | (c[1]! >> 4), ((c[1]! & 15) << 4) | (c[2]! >> 2), ((c[2]! & 3) << 6) | c[3]!);
    }
    out.push(printable(Buffer.from(bytes.slice(0, n)).toString('latin1')));
  }
  return out.join('');
}

/** Decimal and hex code lists, C char lists: each number or character in a list read as a character. */
function codeLists(t: string): string {
  const dec = t.replace(/\b(\d{2,3})\b[\s,]*/g, (_, d: string) => String.fromCharCode(Number(d)));
  const chars = t.replace(/'(.)'[\s,]*/g, '$1');
  const hex = t
    .replace(/(?:0x|\\x)?\b([0-9a-fA-F]{2})\b[\s,:]*/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/[^\x20-\x7e\n]/g, '');
  return [dec, chars, hex].join('\n');
}

/** Adjacent string pieces joined, whatever joins them. */
const joined = (t: string): string => t.replace(/["'`]?\s*(?:[+,;\\\n]|\$[AB]|\]|\[)*\s*["'`$]?/g, '');

/** Every view of `text` a recipient gets in one step (two for base64 of base64). */
export function decodedViews(text: string): string[] {
  const base = recipientView(text);
  const views = [text, base];
  views.push([...base].reverse().join(''), rot13(base));
  views.push(base.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, ''), base.normalize('NFKC'));
  views.push(base.replace(/[\s\-:,.]/g, ''), base.replace(/[ -]/g, ''));
  views.push(codeLists(base), joined(base));
  const b64 = base64Runs(base);
  views.push(b64, base64Runs(b64), base32Runs(base), ascii85Runs(base), uudecode(base));
  // Pieces labelled "part 1: … part 2: …".
  views.push(base.replace(/^.*?part \d+\s*[:=]\s*/gim, '').replace(/\n/g, ''));
  return views;
}

/** True when any 10-character window of `secret` is in some view. */
export function leaksIn(views: readonly string[], secret: string): boolean {
  for (let i = 0; i + 10 <= secret.length; i++) {
    const w = secret.slice(i, i + 10);
    if (views.some((v) => v.includes(w))) return true;
  }
  return false;
}
