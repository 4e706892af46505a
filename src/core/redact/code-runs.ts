/**
 * Keys in a reversible text encoding a recipient undoes with a standard tool or a one-line script (one-step.ts), the
 * ones the view (normalise.ts) and the other finders leave: runs of one code per character — octal escapes (`\163\153`
 * in C, shell `$'…'`, `printf`, `echo -e '\0163'`), CSS escapes (`\73 \6b `, `\000073`), Perl's `\x{73}`, JavaScript's
 * `%u0073`, bare quoted-printable (`=73=6B`), `chr(115)+chr(107)`, bits (`01110011 01101011`); UTF-16 text with its
 * NULs (`\x73\x00\x6b\x00` once the view decoded it); letters in a look-alike alphabet (mathematical bold, italic,
 * monospace: NFKC); an asciinema cast that prints a command one character per event; a Windows .reg `hex:`,
 * `hex(2):` or `hex(7):` value; base58 of text.
 *
 * Each finder starts only where a literal of its own is (`\`, `%u`, `=`, `chr(`, `01`, a NUL, a surrogate of the
 * mathematical letters, `"o", "`, `=hex`) and reads forward a bounded number of units from there; a run is decoded
 * only when it is MIN codes or more and all of them printable ASCII. Each position is read by a finder once (a run's
 * end is where the next search starts): linear on any line.
 */
import type { Candidate } from './candidate.js';
import { charSet } from './line-heads.js';
import { nextRun } from './runs.js';
import { B58, B58_SET, base58Bytes } from './wallet-codes.js';
import { charsOf } from '../char-codes.js';

/** The fewest characters decoded. */
const MIN = 12;
/** The most units read in one run (a longer run goes on as a next one). */
const MAX_UNITS = 1024;
/** The most candidates of one text. */
const MAX_OUT = 64;

interface Codes {
  kind: string;
  /** Where a run may start (indexOf). */
  lit: string;
  /** One unit (sticky): group 1 is the code. */
  unit: RegExp;
  radix: number;
  /** The characters that may follow the literal (a table by code: most literals are passed over on one load). */
  next: Uint8Array;
  /** How many characters before a literal a run may start (bits: a `0` before `01`). */
  back?: number;
}

const CODES: readonly Codes[] = [
  { kind: 'octal', lit: '\\', unit: /\\0?([0-3][0-7]{2})/y, radix: 8, next: charSet('0123') },
  {
    kind: 'css',
    lit: '\\',
    unit: /\\0{0,4}([2-7][0-9a-fA-F])(?: (?=\\)| ?(?![0-9a-fA-F]))/y,
    radix: 16,
    next: charSet('0234567'),
  },
  // Read by the view too; here for a name around the run (one-step.ts): `export API_KEY=$'\x73…'`, `b"\x73…"`.
  { kind: 'hex-escape', lit: '\\x', unit: /\\x([2-7][0-9a-fA-F])/y, radix: 16, next: charSet('234567') },
  { kind: 'u-escape', lit: '\\u00', unit: /\\u00([2-7][0-9a-fA-F])/y, radix: 16, next: charSet('234567') },
  { kind: 'perl-x', lit: '\\x{', unit: /\\x\{0{0,4}([2-7][0-9a-fA-F])\}/y, radix: 16, next: charSet('0234567') },
  { kind: 'percent-u', lit: '%u', unit: /%u00([2-7][0-9a-fA-F])/y, radix: 16, next: charSet('0') },
  { kind: 'quoted-printable', lit: '=', unit: /=([2-7][0-9A-F])(?:=\r?\n)?/y, radix: 16, next: charSet('234567') },
  { kind: 'chr', lit: 'chr(', unit: /chr\((\d{2,3})\)[ \t]*(?:[.+,][ \t]*)?/y, radix: 10, next: charSet('123456789') },
  { kind: 'bits', lit: '01', unit: /(0[01]{7})(?:[ ,]|(?=0[01]{7}))?/y, radix: 2, next: charSet('01'), back: 1 },
];

const printable = (c: number): boolean => c >= 32 && c < 127;

/** The run of `c`'s units at `at`: [end, decoded], or null when it is too short or not printable. */
function runAt(text: string, at: number, c: Codes): [number, string | null] {
  const codes: number[] = [];
  let e = at;
  c.unit.lastIndex = at;
  for (let m = c.unit.exec(text); m !== null && codes.length < MAX_UNITS; m = c.unit.exec(text)) {
    codes.push(parseInt(m[1]!, c.radix));
    e = c.unit.lastIndex;
  }
  if (codes.length < MIN || !codes.every(printable)) return [e, null];
  return [e, charsOf(codes)];
}

function codeRuns(text: string, c: Codes, out: Candidate[]): void {
  let end = 0;
  const after = c.lit.length;
  for (let i = text.indexOf(c.lit); i !== -1 && out.length < MAX_OUT; i = text.indexOf(c.lit, Math.max(i + 1, end))) {
    if (c.next[text.charCodeAt(i + after)] !== 1) continue;
    for (let s = Math.max(end, i - (c.back ?? 0)); s <= i; s++) {
      const [e, decoded] = runAt(text, s, c);
      if (e === s) continue;
      if (decoded !== null) out.push({ ranges: [[s, e]], decoded, kind: c.kind, random: true });
      end = e;
      break;
    }
  }
}

/**
 * UTF-16 text with its NULs (the view decoded `\x73\x00…`; a string holding raw UTF-16): read without them, 512
 * characters at a time (one match of a whole 1 MiB line made the regex superlinear).
 */
const NUL_LE = /(?:[\x20-\x7e]\0){12,512}/g;
const NUL_BE = /(?:\0[\x20-\x7e]){12,512}/g;

function nulRuns(text: string, out: Candidate[]): void {
  for (const re of [NUL_LE, NUL_BE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null && out.length < MAX_OUT; m = re.exec(text)) {
      const s = m.index;
      out.push({ ranges: [[s, s + m[0].length]], decoded: m[0].replace(/\0/g, ''), kind: 'utf-16', random: true });
    }
  }
}

/**
 * Letters of the mathematical alphabets (U+1D400-1D7FF: a surrogate pair from `\ud835`) and the letter-like symbols
 * that fill their gaps (`ℎ`), with ASCII token characters between them: read in NFKC.
 */
const MATH_RUN = /(?:[\w+/=.~-]|\ud835[\udc00-\udfff]|[\u2102-\u2134]){12,1024}/g;

function mathRuns(text: string, out: Candidate[]): void {
  MATH_RUN.lastIndex = 0;
  for (let m = MATH_RUN.exec(text); m !== null && out.length < MAX_OUT; m = MATH_RUN.exec(text)) {
    if (!m[0].includes('\ud835')) continue;
    const decoded = m[0].normalize('NFKC');
    if (/^[\x21-\x7e]+$/.test(decoded))
      out.push({ ranges: [[m.index, m.index + m[0].length]], decoded, kind: 'math-letters', random: true });
  }
}

/** An asciinema event that prints one or two characters (`[0.52, "o", "s"]`, its escape decoded by the view). */
const EVENT = /\[[ \t]*\d+(?:\.\d+)?[ \t]*,[ \t]*"([io])"[ \t]*,[ \t]*"([^\n]{1,2}?)"[ \t]*\](?=\r?\n|$)/y;
const MAX_EVENTS = 4096;

/** The characters an asciinema cast prints one event at a time, joined (each event's character is a range). */
function castRuns(text: string, out: Candidate[]): void {
  let end = 0;
  for (let i = text.indexOf('"o", "'); i !== -1 && out.length < MAX_OUT; i = text.indexOf('"o", "', end)) {
    // A line reaches `"o", "` within its first 24 characters (`[123456.789012, "o", "`): its start is looked for
    // that far back only.
    let lineStart = i;
    while (lineStart > 0 && i - lineStart <= 24 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    if ((lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) || lineStart < end) {
      end = i + 1;
      continue;
    }
    const ranges: [number, number][] = [];
    let decoded = '';
    let at = lineStart;
    for (let n = 0; n < MAX_EVENTS; n++) {
      EVENT.lastIndex = at;
      const m = EVENT.exec(text);
      if (m === null) break;
      if (m[1] === 'o') {
        const s = EVENT.lastIndex - m[0].length + m[0].lastIndexOf(`"${m[2]}"`) + 1;
        ranges.push([s, s + m[2]!.length]);
        decoded += m[2];
      }
      at = EVENT.lastIndex;
      if (text[at] === '\r') at++;
      at++;
    }
    end = Math.max(at, i + 1);
    if (decoded.length >= MIN) out.push({ ranges, decoded, kind: 'asciinema' });
  }
}

/** A .reg value in hex (`"Name"=hex:73,6b,…`, `hex(2):` and `hex(7):` are UTF-16LE), its lines joined by `\`. */
const REG = /=hex(?:\([0-9a-fA-F]{1,2}\))?:((?:[0-9a-fA-F]{2}(?:,(?:\\\r?\n[ \t]*)?)?){12,4096})/y;

function regValues(text: string, out: Candidate[]): void {
  let end = 0;
  for (let i = text.indexOf('=hex'); i !== -1 && out.length < MAX_OUT; i = text.indexOf('=hex', Math.max(i + 1, end))) {
    REG.lastIndex = i;
    const m = REG.exec(text);
    if (m === null) continue;
    end = REG.lastIndex;
    let bytes = (m[1]!.match(/[0-9a-fA-F]{2}/g) ?? []).map((h) => parseInt(h, 16));
    // UTF-16LE: a NUL after each character; NULs between strings (hex(7)) read as line breaks.
    if (bytes.length > 2 && bytes.filter((b, k) => k % 2 === 1 && b === 0).length >= (bytes.length / 2) * 0.9)
      bytes = bytes.filter((_, k) => k % 2 === 0);
    const decoded = charsOf(bytes.map((b) => (b === 0 ? 10 : b))).trim();
    if (decoded.length >= MIN && [...decoded].every((ch) => printable(ch.charCodeAt(0)) || ch === '\n'))
      out.push({ ranges: [[i + 1, end]], decoded, kind: 'reg-hex', random: true });
  }
}

/** Base58 runs decoded: 20 characters (14 bytes) to 200. */
const B58_MIN = 20;
const B58_MAX = 200;
const TOKEN_CHARS = charSet('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/=_-');

const LOG2_58 = Math.log2(58);

/**
 * True when the first two bytes base58 `s` spells may be printable, reckoned in floating point from its first eight
 * digits (46 bits: the two bytes and more) and its length: most random tokens are passed over without the exact
 * decode.
 */
function printableHead(s: string): boolean {
  let v = 0;
  for (let k = 0; k < 8; k++) v = v * 58 + B58.indexOf(s[k]!);
  const bits = Math.log2(v) + (s.length - 8) * LOG2_58;
  const top = Math.floor(2 ** (bits - 8 * (Math.floor(bits / 8) - 1)));
  return printable(top >> 8) && printable(top & 255);
}

/** The text base58 `s` spells, or null when it is no printable text. */
function base58Text(s: string): string | null {
  if (!printableHead(s)) return null;
  const data = base58Bytes(s);
  return data.length >= MIN && data.every(printable) ? data.toString('latin1') : null;
}

/**
 * Base58 of text (`base58 -d`, Python's b58decode): a whole token of base58 characters (no `0`, `O`, `I`, `l`, and
 * no other token character on either side), decoded when all its bytes are printable. Most random tokens hold one
 * of the four left-out letters or are cut by `_`, `-`: passed over on the run test.
 */
function base58Runs(text: string, out: Candidate[]): void {
  const n = text.length;
  for (let r = nextRun(text, 0, B58_MIN, B58_SET); r !== null && out.length < MAX_OUT;) {
    const [s, e] = r;
    const whole = (s === 0 || !TOKEN_CHARS[text.charCodeAt(s - 1)]) && (e === n || !TOKEN_CHARS[text.charCodeAt(e)]);
    if (whole && e - s <= B58_MAX && !/^\d+$/.test(text.slice(s, s + 12))) {
      const decoded = base58Text(text.slice(s, e));
      if (decoded !== null) out.push({ ranges: [[s, e]], decoded, kind: 'base58', random: true });
    }
    r = nextRun(text, e + 1, B58_MIN, B58_SET);
  }
}

/** RFC 2047's Q-encoded words in mail headers (`=?UTF-8?Q?Temp_password_P@ss=23…?=`): `_` a blank, `=XX` a byte. */
const Q_WORD = /=\?[\w-]{1,40}\?[Qq]\?([^?\s]{1,512})\?=/g;

function qWords(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(Q_WORD)) {
    if (out.length >= MAX_OUT) break;
    const latin1 = m[1]!
      .replace(/_/g, ' ')
      .replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    const decoded = Buffer.from(latin1, 'latin1').toString('utf8');
    const start = m.index + m[0].length - 2 - m[1]!.length;
    if (decoded.length >= MIN)
      out.push({ ranges: [[start, start + m[1]!.length]], decoded, kind: 'q-encoded', named: true });
  }
}

/** Candidates of every encoding above, each tried only where its literal is. */
export function codeRunCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of CODES) if (text.includes(c.lit)) codeRuns(text, c, out);
  if (text.includes('\0')) nulRuns(text, out);
  if (text.includes('\ud835')) mathRuns(text, out);
  if (text.includes('"o", "')) castRuns(text, out);
  if (text.includes('=hex')) regValues(text, out);
  if (text.includes('?=')) qWords(text, out);
  base58Runs(text, out);
  return out;
}
