/**
 * Base64 runs in text: a run that decodes to text in which the redactor's detection finds a
 * secret is replaced whole (`[REDACTED:base64:<rule>]`); a run that decodes to a carrier (gzip,
 * zip, PDF, PNG) is decoded and scanned as one (carriers.ts).
 */
import { isUtf8 } from 'node:buffer';
import { asciiHead, textStart, urlSafeEnd, urlSafeStart } from './base64-align.js';
import { carrierKind, scanCarrier, type CarrierKind, type Scan } from './carriers.js';
import { encodedToken, randomToken } from './credential-values.js';
import { deflatedRule } from './deflated.js';
import { wideText } from './encodings.js';
import { hexText } from './hex-runs.js';
import { base32Text } from './radix.js';
import type { Hit, Pass } from './pass.js';
import { charSet } from './line-heads.js';
import { subRuns } from './runs.js';

/** The shortest base64 run decoded (18 bytes: `KEY=` and a short secret). */
const MIN_RUN = 24;
/** Base64 characters (the standard alphabet; `=` only pads the end). */
const B64 = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const isB64 = (c: number): boolean => B64[c] === 1;
/** Each base64 character's 6-bit value. */
const B64_VALUE = new Uint8Array(128);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  .split('')
  .forEach((c, i) => (B64_VALUE[c.charCodeAt(0)] = i));

/**
 * The carrier a base64 run at `start` decodes to, by the magic number its first 18 bytes show (for
 * PNG the signature and the IHDR chunk every PNG starts with, so a data URL of random bytes after a
 * PNG signature, as in test look-alikes, is not decoded), or null.
 */
function base64CarrierKind(head: Buffer): CarrierKind | null {
  const kind = carrierKind(head);
  if (kind === 'png') return head.toString('latin1', 12, 16) === 'IHDR' ? kind : null;
  return kind === 'lzma' ? null : kind;
}

/**
 * True when a run starts a DER private key: a SEQUENCE, then version 0 or 1, then a SEQUENCE (PKCS#8), an INTEGER
 * (PKCS#1 RSA) or an OCTET STRING (SEC1 EC); a certificate, a public key or a CSR has a SEQUENCE second, a PKCS#12
 * file version 3. Or an OpenSSH private key (`openssh-key-v1`).
 */
function privateKeyBody(text: string, start: number): boolean {
  if (text.startsWith('b3BlbnNzaC1rZXktdjE', start)) return true;
  // A SEQUENCE (0x30) starts `M` (12) and a character of value 0-15 (`A`-`P`): most runs are passed over undecoded.
  if (text.charCodeAt(start) !== 77 || B64_VALUE[text.charCodeAt(start + 1)]! > 15) return false;
  const head = Buffer.from(text.slice(start, start + 16), 'base64');
  if (head[0] !== 0x30) return false;
  const i = head[1]! & 0x80 ? 2 + (head[1]! & 0x7f) : 2;
  return (
    head[i] === 0x02 && head[i + 1] === 0x01 && head[i + 2]! <= 1 && [0x30, 0x02, 0x04].includes(head[i + 3] ?? -1)
  );
}

/** The bytes of a run's first 24 characters (all base64's), decoded into one buffer reused for every run. */
const HEAD = Buffer.alloc((MIN_RUN / 4) * 3);
function headBytes(text: string, start: number): Buffer {
  for (let g = 0; g < MIN_RUN; g += 4) {
    const v =
      (B64_VALUE[text.charCodeAt(start + g)]! << 18) |
      (B64_VALUE[text.charCodeAt(start + g + 1)]! << 12) |
      (B64_VALUE[text.charCodeAt(start + g + 2)]! << 6) |
      B64_VALUE[text.charCodeAt(start + g + 3)]!;
    HEAD[(g / 4) * 3] = v >>> 16;
    HEAD[(g / 4) * 3 + 1] = (v >>> 8) & 0xff;
    HEAD[(g / 4) * 3 + 2] = v & 0xff;
  }
  return HEAD;
}

/** A run is decoded in full only when its first 24 characters decode to text. */
const isTextByte = (b: number): boolean =>
  (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d || b >= 0x80;

/**
 * True when the first 24 characters of a run (at `start` in `text`) decode to text bytes:
 * decoded in place, without allocating; binary (an image, random letters) fails within a few.
 */
function headIsText(text: string, start: number): boolean {
  for (let g = start; g < start + MIN_RUN; g += 4) {
    const v =
      (B64_VALUE[text.charCodeAt(g)]! << 18) |
      (B64_VALUE[text.charCodeAt(g + 1)]! << 12) |
      (B64_VALUE[text.charCodeAt(g + 2)]! << 6) |
      B64_VALUE[text.charCodeAt(g + 3)]!;
    if (!isTextByte(v >>> 16) || !isTextByte((v >>> 8) & 0xff) || !isTextByte(v & 0xff)) return false;
  }
  return true;
}

/** The bytes of a base64 run (its line breaks, escaped or not, and padding left out). */
const decodeRun = (run: string): Buffer => Buffer.from(run.replace(/\\[rn]|[\r\n\t =]/g, ''), 'base64');

function decodesToText(run: string): string | null {
  const data = decodeRun(run);
  if (data.length < 16 || !isUtf8(data)) return null;
  let printable = 0;
  for (let i = 0; i < data.length; i++) if (isTextByte(data[i]!) && data[i] !== 0x7f) printable++;
  return printable >= data.length * 0.95 ? data.toString('utf8') : null;
}

/** How often a stretch of url-safe base64 is decoded whole from the runs in it (each decoded all of it). */
const WHOLE_TRIES = 4;
let wholeText: string | null = null;
let wholeEnd = -1;
let wholeTries = 0;
/** True while the stretch of url-safe base64 ending at `end` has been decoded whole fewer than WHOLE_TRIES times. */
function wholeTry(text: string, end: number): boolean {
  if (end !== wholeEnd || text !== wholeText) [wholeEnd, wholeTries] = [end, 0];
  // (an equal text in another string is kept in its place: caches.ts)
  wholeText = text;
  return ++wholeTries <= WHOLE_TRIES;
}

/**
 * The text a run [start, end) decodes to (null: no text), and where it ends: read on through url-safe base64 (`-`,
 * `_`) when it decodes to text there too; wrapped lines that did not belong left out (the first line alone).
 */
function runText(text: string, start: number, end: number, first: number): [string | null, number] {
  const onTo = first === end ? urlSafeEnd(text, end) : end;
  const whole = onTo > end && wholeTry(text, onTo) ? decodesToText(text.slice(start, onTo)) : null;
  if (whole !== null) return [whole, onTo];
  const decoded = decodesToText(text.slice(start, end));
  if (decoded === null && first < end) return [decodesToText(text.slice(start, first)), first];
  return [decoded, end];
}

/**
 * The [start, end) of each run of at least 24 base64 characters not glued to one before it,
 * with its `=` padding and the whole lines of base64 that follow it (`base64` wraps at 76).
 * Runs found by skipping ahead (runs.ts).
 */
export function base64Runs(text: string, onRun: (start: number, end: number, firstEnd: number) => number | void): void {
  const n = text.length;
  // Inside the text's token runs (runs.ts): base64 characters are token characters.
  const next = subRuns(text, MIN_RUN, B64);
  for (let r = next(0); r !== null; r = next(r[1] + 1)) {
    let [i, e] = r;
    // After a backslash, `n`, `r` or `t` ends an escape (`\nQUJD…` in a JSON string): not part of the run.
    if (i > 0 && text.charCodeAt(i - 1) === 92 && /[nrt]/.test(text[i]!)) {
      i++;
      if (e - i < MIN_RUN) continue;
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
      // An indented body (a PEM key in a YAML block scalar): the blanks before each line are not part of it.
      let b = k + 1;
      while (b < n && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9) && b - k <= 16) b++;
      let l = b;
      while (l < n && isB64(text.charCodeAt(l))) l++;
      const len = l - b;
      while (l < n && text.charCodeAt(l) === 61 && l - b < len + 2) l++;
      const c = text.charCodeAt(l);
      if (len < 4 || len > width || (l < n && c !== 10 && c !== 13 && c !== 92 && c !== 34)) break;
      e = l;
      last = len;
    }
    for (let pad = 0; pad < 2 && text.charCodeAt(e) === 61; pad++) e++;
    // The run read on (url-safe base64): the runs inside it are not read again. Read back too, when its first `-` or
    // `_` cut off a fragment too short to be a run (`YXNWM1F-MVFf…`).
    r[1] = Math.max(e, onRun(urlSafeStart(text, i), e, firstEnd) ?? e);
  }
}

/**
 * The base64 pass: a run that decodes to text in which `detect` finds a secret is replaced
 * whole (`[REDACTED:base64:<rule>]`). Runs that decode to binary (images, data URLs) are
 * rejected on their first 24 characters.
 */
/** Before hex digits: a call that decodes them (Python's `bytes.fromhex("…")`, `binascii.unhexlify(b"…")`). */
const FROM_HEX = /(?:fromhex|unhexlify)\([ \t]*[bB]?["']$/;

/** The shortest decoded binary given the binary scan (a random key's base64 is shorter: 48 characters or less). */
const MIN_BINARY = 48;
/** The shortest base64 run tried as raw deflate (`{"api_key":"…"}` deflated: 30 bytes and more). */
const MIN_DEFLATED = 40;
/** The longest base64 run decoded whole for the binary scan (a carrier's own cap: carriers.ts). */
const MAX_BINARY = 64 << 20;
/** How deep base64 in base64 (or hex in base64) is decoded. */
const MAX_NESTED = 3;
/** The shortest run of printable ASCII a key in bytes is (random bytes hold one 16 long about once in 10^7 bytes). */
const MIN_PRINTABLE = 16;

const printable = (b: number | undefined): boolean => b !== undefined && b > 0x20 && b < 0x7f;

/**
 * Whether bytes hold MIN_PRINTABLE printable characters in a row, one byte each or UTF-16 (either order). One byte
 * each: the byte MIN_PRINTABLE - 1 ahead is looked at first (most bytes of random data are not printable, and all
 * those it passes over are). UTF-16: MIN_PRINTABLE code units hold as many NULs (found natively) or are not there.
 */
function printableRun(data: Buffer): boolean {
  const n = data.length;
  for (let i = 0; i + MIN_PRINTABLE <= n;) {
    if (!printable(data[i + MIN_PRINTABLE - 1])) {
      i += MIN_PRINTABLE;
      continue;
    }
    let j = i + MIN_PRINTABLE - 2;
    while (j >= i && printable(data[j])) j--;
    if (j < i) return true;
    i = j + 1;
  }
  let nuls = 0;
  for (let i = data.indexOf(0); i !== -1 && nuls < MIN_PRINTABLE; i = data.indexOf(0, i + 1)) nuls++;
  if (nuls < MIN_PRINTABLE) return false;
  for (let i = 0, run = [0, 0]; i + 1 < n; i++) {
    const p = i & 1;
    run[p] = (printable(data[i]) && data[i + 1] === 0) || (data[i] === 0 && printable(data[i + 1])) ? run[p]! + 1 : 0;
    if (run[p] >= MIN_PRINTABLE) return true;
  }
  return false;
}

/** A buffer reused for the bytes binaryRule looks at first (a hash's or an image's run allocated one each). */
const PEEK = Buffer.alloc(3 << 12);
/** What decodeRun leaves out. */
const LEFT_OUT = /\\[rn]|[\r\n\t =]/;

/** decodeRun's bytes, into PEEK when the run fits it and holds nothing decodeRun leaves out; valid until the next. */
function peekRun(run: string): Buffer {
  if (run.length > 4 << 12 || LEFT_OUT.test(run)) return decodeRun(run);
  return PEEK.subarray(0, PEEK.write(run, 'base64'));
}

/**
 * The rule of a secret in a base64 run's bytes that are no text (a tar, a pickle, a SQLite database, a blob with
 * NULs): a tar's members as a tar file's, other bytes by `binary` (the scan a binary file gets). Only bytes holding a
 * run of printable characters are scanned (what a key is).
 */
function binaryRule(run: string, scan: Scan, binary: (data: Buffer) => string | null): string | null {
  if (run.length < MIN_DEFLATED || run.length > (MAX_BINARY * 4) / 3) return null;
  // Raw deflate (a SAML request, a `deflate-raw` payload: no magic number) is decoded when its first block can start a
  // stream (deflated.ts), also when shorter than a binary's run; it holds a printable run when it copies text in.
  if (run.length < (MIN_BINARY * 4) / 3 || !printableRun(peekRun(run)))
    return mixedRun(run) ? deflatedRule(peekRun(run), scan) : null;
  // Decoded again: what reads the bytes may decode another run (into PEEK).
  const data = decodeRun(run);
  if (carrierKind(data) === 'tar') {
    const found = scanCarrier(data, scan);
    return found ? `tar:${found.rules[0] ?? 'unscanned-carrier'}` : null;
  }
  const rule = binary(data);
  return rule ? `binary:${rule}` : mixedRun(run) ? deflatedRule(data, scan) : null;
}

/**
 * True when a run holds a capital, a small letter and a digit, as the base64 of compressed bytes does (40 random
 * characters lack one of them about once in 10^8): a path or an identifier (`massgen/massgen_logs/log_x/turn_1`) is
 * not tried as raw deflate, and a session of text files starts no zlib.
 */
const mixedRun = (run: string): boolean => /[A-Z]/.test(run) && /[a-z]/.test(run) && /\d/.test(run);

/**
 * The rule of a secret in a run's bytes that are no text: a carrier whose first bytes read as text (zlib's `x\x9c`
 * and bytes past 0x7f: `zlib | base64` of a short key), or the binary scan (binaryRule).
 */
function bytesRule(run: string, scan: Scan, binary: (data: Buffer) => string | null): string | null {
  const kind = base64CarrierKind(headBytes(run, 0));
  const found = kind ? scanCarrier(decodeRun(run), scan) : null;
  if (found) return `${kind}:${found.rules[0] ?? 'unscanned-carrier'}`;
  return binaryRule(run, scan, binary);
}

/** Base64 or hex inside decoded text (base64 of base64, of a hex dump): the pass's own hits there, MAX_NESTED deep. */
function nestedRule(pass: () => Pass): (decoded: string) => string | null {
  let depth = 0;
  return (decoded) => {
    if (depth >= MAX_NESTED) return null;
    depth++;
    try {
      const hit = pass().run!(decoded)[0];
      return hit ? (hit.label ?? hit.rule) : null;
    } finally {
      depth--;
    }
  };
}

/**
 * `detect`: the rule of a secret in decoded text; `binary`: the rule of a secret in decoded bytes that are no text (the
 * scan a binary file gets: the redactor's scanBinary and its views), or null.
 */
export function base64Pass(
  detect: (text: string) => string | null,
  binary: (data: Buffer) => string | null = () => null,
): Pass {
  const nested = nestedRule(() => pass);
  // A carrier's text (gzip of a hex or base64 run) is read for this pass's own runs too.
  const scan: Scan = (chunk) => {
    const text = chunk.toString('latin1');
    const rule = detect(text) ?? nested(text);
    return rule ? [rule] : [];
  };
  const pass: Pass = {
    finder: null,
    regex: /(?!)/g,
    resolve: () => null,
    run(text) {
      const hits: Hit[] = [];
      if (text.length < MIN_RUN) return hits;
      base64Runs(text, (start, end, first) => {
        // Hex digits that spell text (`736b2d…`): replaced when the text holds a secret.
        const hex = hexText(text, start, end);
        // A random-looking token spelled in hex is a secret by itself (no one hex-encodes an id twice); given to
        // `bytes.fromhex(`, any token someone encoded (a short hex key too: hex of a hex id elsewhere stays).
        const token =
          hex && FROM_HEX.test(text.slice(Math.max(0, hex.start - 16), hex.start)) ? encodedToken : randomToken;
        const inHex = hex && (detect(hex.decoded) ?? (token(hex.decoded) ? 'random-token' : null));
        // Base32 (capitals and 2-7): replaced when the text holds a secret.
        const b32 = hex ? null : base32Text(text, start, end);
        const inB32 = b32 && detect(b32);
        if (inB32) hits.push({ rule: 'base64-secret', start, end, label: `base32:${inB32}` });
        if (inB32) return;
        if (inHex) {
          hits.push({ rule: 'hex-secret', start: hex.start, end: hex.end, label: `hex:${inHex}` });
          return;
        }
        // Base64 glued to a path before it (`…/configs/eyJ…`): read from the path's `/` on (base64-align.ts).
        const textAt = asciiHead(text, start) ? start : textStart(text, start, end);
        if (textAt === start && !headIsText(text, start)) {
          // Hex digits of one case (a digest, a UUID's groups: `md5_checksum: 3f06…`, `request_id=82a2…-64c6…`) are
          // hex, not base64: random base64 of 24 characters is one case of hex by chance once in 2^48 (attack 57: its
          // bytes were scanned as a binary's, and a digest was replaced).
          if (/^[0-9a-f-]+$|^[0-9A-F-]+$/.test(text.slice(start, end))) return;
          // Base64 of a carrier (a notebook's image/png output, `gzip | base64` in a trace): decoded and scanned as
          // one.
          const head = headBytes(text, start);
          const kind = base64CarrierKind(head);
          // A private key's body with its BEGIN and END lines left out (pasted into an answer, a YAML value).
          if (!kind && privateKeyBody(text, start))
            hits.push({ rule: 'base64-secret', start, end, label: 'base64:private-key' });
          // UTF-16 or UTF-32 text (PowerShell's -EncodedCommand is base64 of UTF-16LE).
          const wide = !kind && head.includes(0) ? wideText(decodeRun(text.slice(start, end))) : null;
          const inWide = wide && detect(wide);
          if (inWide) hits.push({ rule: 'base64-secret', start, end, label: `base64:utf16:${inWide}` });
          const found = kind ? scanCarrier(decodeRun(text.slice(start, end)), scan) : null;
          // Other bytes that are no text: the binary scan (binaryRule).
          const inner = found
            ? `${kind}:${found.rules[0] ?? 'unscanned-carrier'}`
            : !kind && !inWide && binaryRule(text.slice(start, end), scan, binary);
          if (inner) hits.push({ rule: 'base64-secret', start, end, label: `base64:${inner}` });
          return;
        }
        start = textAt;
        let decoded: string | null;
        [decoded, end] = runText(text, start, end, first);
        // A text head, bytes after it: a carrier (zlib's), a tar's member name, a pickle's opcodes (bytesRule).
        const rule =
          decoded === null ? bytesRule(text.slice(start, end), scan, binary) : (detect(decoded) ?? nested(decoded));
        if (rule) hits.push({ rule: 'base64-secret', start, end, label: `base64:${rule}` });
        return end;
      });
      return hits;
    },
  };
  return pass;
}
