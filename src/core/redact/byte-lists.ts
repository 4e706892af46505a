/**
 * Bytes written as a list of numbers or a character listing (one-step.ts's candidates): Go `[]byte{0x73, …}` and
 * `%v`'s `[115 107 …]`, Rust arrays, `vec![…]` and `dbg!` (one a line), Java/Kotlin/C#/VB arrays (`&H73`), C arrays
 * and `xxd -i`, Python `bytes([…])` and `list(b"…")`, numpy's rows, Node's `<Buffer 73 6b …>`, `Uint8Array(n) [ … ]`
 * and `Buffer.toJSON`, colon hex on one line or in indented rows (openssl, keytool), `BitConverter`'s `73-6B-…`,
 * decimal lists, `od -An -tx1`/`-tu1` rows, PowerShell's one number a line; and `od -c` listings. A list's items are of
 * one form (`0x`/`&H` hex, bare hex pairs, decimal up to 255) between one separator (`,`, `:`, `-` or blanks, a line
 * break and indentation allowed after it); a line's leading offset is passed over. Each stretch of MIN printable
 * bytes or more (tabs and line breaks too: `.env` text) is a candidate over the whole list.
 *
 * Lists are found in runs of list characters (runs.ts, MIN_RUN long), `od -c` rows (in text holding an `od -`
 * command or od's first offset) from three blanks before a character and three more after it; every run and row is
 * read once, forward: linear on any line.
 */
import type { Candidate } from './candidate.js';
import { inDumpBlock } from './dump-lines.js';
import { charSet } from './line-heads.js';
import { literalScan } from './literal-scan.js';
import { nextRun } from './runs.js';
import { charsOf } from '../char-codes.js';
import { pushAll } from '../lists.js';

/** The fewest printable bytes decoded. */
const MIN = 12;
/** MIN items with a separator between each two (`73:6b:…`). */
const MIN_RUN = 3 * MIN - 1;
/** The most items decoded in one candidate (a longer list goes on as the next). */
const MAX_ITEMS = 4096;
const MAX_OUT = 64;
const LIST_CHARS = charSet('0123456789abcdefABCDEFxXH&,:- \t\r\n');
const ITEM = /(?:0[xX]|&H)?[0-9a-fA-F]+/g;
const PREFIXED = /^(?:0[xX]|&H)[0-9a-fA-F]{1,2}$/;
const BARE = /^[0-9a-fA-F]{1,3}$/;
/** A line's offset (`od`'s `0000020`, a row's `0010`): passed over at a line's start. */
const OFFSET = /^[0-9a-fA-F]{4,8}$/;
/** Words that say the list is bytes (typed lists are read as a random token by themselves). */
const BYTE_WORD = /byte|u8|uint8|buffer|char|<<|\bod\b|\bhex|bytes|encode/i;
const BEFORE = 64;
const EXAMPLE = /\b(?:example|e\.g\.|sample)\b/i;
/** Where `od -c` output may be: its command, or its first offset (the shared literal scan). */
const OD_AT = literalScan(['od -', '0000000 ']);
const CUT = /^[ \t,\n]*\.\.\. \d+ more (?:bytes|items)/;
const SEPS = new Set(['', ',', ':', '-']);
const WORD = charSet('0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_');

const printable = (b: number): boolean => (b >= 32 && b < 127) || b === 9 || b === 10 || b === 13;

interface List {
  start: number;
  end: number;
  items: string[];
  sep: string | null;
  prefixed: boolean;
  /** More items were left out after it (`... 4 more bytes>`, `... 20 more items`). */
  cut?: boolean;
  /** Its line or the line before says it is an example (`Example return value of keyingMaterial:`). */
  example?: boolean;
}

const KEY_BYTES = 16;
/** Most bytes one step from the one before (`0x00, 0x01, …`, a test vector's key or a table): no random key. */
const stepped = (codes: readonly number[]): boolean =>
  codes.filter((c, i) => i > 0 && c - codes[i - 1]! === codes[1]! - codes[0]!).length * 2 >= codes.length;
/**
 * Key material: an array of KEY_BYTES bytes or more (a comma between items: code), most not printable and few repeated
 * (a random key, not a file's magic, a table or a count). Its candidate is the bytes in hex, judged by the names around
 * the list (`SECRET_KEY = bytes([…])`). Bytes between colons or blanks are a fingerprint's, a serial number's, a key
 * id's or a documented example's printout (`Subject Key Identifier:`, `<Buffer 76 26 …>` under "Example").
 */
function keyMaterial(codes: readonly number[], list: List, out: Candidate[]): void {
  if (list.sep !== ',' || list.example === true || codes.length < KEY_BYTES || codes.length > 512) return;
  if (codes.filter(printable).length * 2 >= codes.length) return;
  if (new Set(codes).size * 4 < codes.length * 3 || stepped(codes)) return;
  const decoded = codes.map((c) => c.toString(16).padStart(2, '0')).join('');
  out.push({ ranges: [[list.start, list.end]], decoded, kind: 'hex-bytes', named: true, block: true });
}

/** The candidates of the printable stretches of `codes`, each over the list's range (or of the key it holds). */
function stretches(codes: readonly number[], list: List, kind: string, typed: boolean, out: Candidate[]): void {
  keyMaterial(codes, list, out);
  let from = 0;
  for (let i = 0; i <= codes.length && out.length < MAX_OUT; i++) {
    if (i < codes.length && printable(codes[i]!)) continue;
    if (i - from >= MIN) {
      let text = charsOf(codes.slice(from, i));
      // A listing cut short (Node's `… 4 more bytes>`) cuts a value in its quotes: the quote is closed.
      if (list.cut && i === codes.length && /^[^"\n]*"[^"\n]*$/.test(text.slice(text.lastIndexOf('\n') + 1)))
        text += '"';
      // One line and its line break (`echo "$KEY" | od -c`): the line alone, judged with its names too.
      const decoded = /^[^\n]*\n?$/.test(text) ? text.trimEnd() : text;
      // A row of one character (`sss…`, a fill or a hostile line) is no text.
      if (new Set(decoded.slice(0, 64)).size >= 6)
        out.push({ ranges: [[list.start, list.end]], decoded, kind, random: typed, named: true, block: true });
    }
    from = i + 1;
  }
}

/** Decodes a list: `0x` hex, bare hex (pairs, or a `:`/`-` separator), decimal, or both when pairs of digits only. */
function decodeList(text: string, list: List, out: Candidate[]): void {
  const { items, sep } = list;
  // A row of a hex dump's block is a cut piece of what the block holds: dumps.ts decodes the block whole.
  if (items.length < MIN || inDumpBlock(text, list.start)) return;
  list.cut = CUT.test(text.slice(list.end, list.end + 40));
  // Read for an array only, the one kind keyMaterial takes.
  list.example =
    sep === ',' &&
    EXAMPLE.test(
      text
        .slice(Math.max(0, list.start - 2 * BEFORE), list.start)
        .split('\n')
        .slice(-2)
        .join('\n'),
    );
  const hex = (): number[] => items.map((s) => parseInt(s.replace(/^(?:0[xX]|&H)/, ''), 16));
  const head = text.slice(Math.max(0, list.start - BEFORE), list.start);
  const worded = BYTE_WORD.test(head);
  if (list.prefixed) return stretches(hex(), list, 'hex-bytes', true, out);
  const pairs = items.every((s) => s.length === 2);
  const letters = items.some((s) => /[a-fA-F]/.test(s));
  if (pairs && (letters || sep === ':' || sep === '-')) return stretches(hex(), list, 'hex-bytes', true, out);
  if (letters || sep === ':' || sep === '-') return;
  const codes = items.map(Number);
  if (codes.every((c) => c < 256)) stretches(codes, list, 'char-codes', worded || sep === ',', out);
  if (pairs) stretches(hex(), list, 'hex-bytes', worded, out);
}

/** The lists in text[s, e) (a run of list characters). */
function listsIn(text: string, s: number, e: number, out: Candidate[]): void {
  const run = text.slice(s, e);
  let list = null as List | null;
  const flush = (): void => {
    if (list) decodeList(text, list, out);
    list = null;
  };
  let last = 0;
  ITEM.lastIndex = 0;
  for (let m = ITEM.exec(run); m !== null && out.length < MAX_OUT; m = ITEM.exec(run)) {
    const item = m[0];
    const gap = run.slice(last, m.index);
    last = m.index + item.length;
    const key = gap.replace(/[ \t\r\n]+/g, '');
    const breaks = gap.split('\n').length - 1;
    const lineStart = breaks === 1 || (m.index === 0 && (s === 0 || text[s - 1] === '\n'));
    // An offset at a line's start (`0000020  73 6b …`): passed over, the list goes on.
    if (lineStart && OFFSET.test(item) && (key === '' || key === list?.sep)) continue;
    const prefixed = PREFIXED.test(item);
    // An item is a whole word: not glued to a letter, a digit or `_` before or after (`data: 73:…`'s `a`).
    const glued = WORD[text.charCodeAt(s + m.index - 1)] === 1 || WORD[text.charCodeAt(s + last)] === 1;
    if (glued || (!prefixed && !BARE.test(item))) {
      flush();
      continue;
    }
    const current = list;
    const fits =
      current !== null &&
      current.prefixed === prefixed &&
      breaks <= 1 &&
      (current.sep === null ? SEPS.has(key) : key === current.sep) &&
      current.items.length < MAX_ITEMS;
    if (current !== null && fits) {
      current.sep ??= key;
      current.items.push(item);
      current.end = s + last;
      continue;
    }
    flush();
    list = { start: s + m.index, end: s + last, items: [item], sep: null, prefixed };
  }
  flush();
}

/** One `od -c` cell (4 characters): a character, an escape, an octal byte or a blank. */
function odCell(cell: string): number {
  if (/^ {3}[!-~]$/.test(cell)) return cell.charCodeAt(3);
  if (cell === '    ') return 32;
  const esc = /^ {2}\\([0abfnrtv\\])$/.exec(cell);
  if (esc) return { '0': 0, a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 }[esc[1]!]!;
  return /^ [0-3][0-7]{2}$/.test(cell) ? parseInt(cell.slice(1), 8) : -1;
}

/** The bytes of an `od -c` row (an octal offset of 7 maybe, then 1 to 16 cells), or null. */
function odRow(line: string): number[] | null {
  const body = /^[0-7]{7}/.test(line) ? line.slice(7) : line;
  if (body.length === 0 || body.length > 64 || body.length % 4 !== 0) return null;
  const codes: number[] = [];
  for (let i = 0; i < body.length; i += 4) {
    const c = odCell(body.slice(i, i + 4));
    if (c < 0) return null;
    codes.push(c);
  }
  return codes.filter((c) => c !== 32).length >= 2 ? codes : null;
}

const lineAt = (text: string, at: number): [number, number] => {
  const s = text.lastIndexOf('\n', at) + 1;
  const nl = text.indexOf('\n', at);
  return [s, nl === -1 ? text.length : nl];
};

/** The bytes of the line at `at` when it is an `od -c` row, else null. */
function rowAt(text: string, at: number): { start: number; end: number; codes: number[] } | null {
  const [start, end] = lineAt(text, at);
  const codes = end - start <= 80 ? odRow(text.slice(start, end)) : null;
  return codes && { start, end, codes };
}

/**
 * `od -c` listings: rows found where `   x   ` is, joined with the rows before them (back to the last listing) and
 * after them; each line is read as a row once or twice.
 */
function odListings(text: string, out: Candidate[]): void {
  let done = 0;
  for (
    let at = text.indexOf('   ');
    at !== -1 && out.length < MAX_OUT;
    at = text.indexOf('   ', Math.max(at + 4, done))
  ) {
    if (at < done || text.charCodeAt(at + 3) === 32 || !text.startsWith('   ', at + 4)) continue;
    const first = rowAt(text, at);
    const floor = done;
    done = lineAt(text, at)[1];
    if (first === null) continue;
    let { start } = first;
    const codes: number[] = [];
    for (let prev = start > floor ? rowAt(text, start - 2) : null; prev && prev.start >= floor;) {
      [start, codes.length] = [prev.start, 0];
      prev = start > floor + 1 ? rowAt(text, start - 2) : null;
    }
    let end = start;
    for (let row = rowAt(text, start); row !== null && codes.length <= MAX_ITEMS;) {
      pushAll(codes, row.codes);
      end = row.end;
      row = end < text.length ? rowAt(text, end + 1) : null;
    }
    done = Math.max(done, end);
    stretches(codes, { start, end, items: [], sep: null, prefixed: false }, 'od-chars', true, out);
  }
}

/** Hex bytes (3 or more, `0x` or bare) between one kind of separator, brackets around them maybe. */
const HEX_BYTES = /^[[{(]?(?:0[xX])?[0-9a-fA-F]{2}(?:([ \t]*[,:-][ \t]*|[ \t]+)(?:0[xX])?[0-9a-fA-F]{2}){2,}:?[\]})]?$/;

/**
 * True for a value that is hex bytes spelling text (`3c:54:4f:4b:45:4e:3e:0a`, `73-6B-2D-2E-2E-2E`): the candidates
 * above judge what they spell, the passes that judge a value's characters leave them.
 */
export function hexBytesText(v: string): boolean {
  if (v.length > 4096 || !HEX_BYTES.test(v)) return false;
  const codes = [...v.matchAll(/(?<![0-9a-fA-F])(?:0[xX])?([0-9a-fA-F]{2})(?![0-9a-fA-F])/g)].map((m) =>
    parseInt(m[1]!, 16),
  );
  return codes.every(printable);
}

/** Candidates of bytes written as lists of numbers and `od -c` listings. */
export function byteListCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let r = nextRun(text, 0, MIN_RUN, LIST_CHARS); r !== null && out.length < MAX_OUT;) {
    listsIn(text, r[0], r[1], out);
    r = nextRun(text, r[1] + 1, MIN_RUN, LIST_CHARS);
  }
  // `od -c` rows: after their command (`od -c`, `od -An -c`) or with od's first offset.
  if ((OD_AT ? OD_AT(text).length > 0 : text.includes('od -')) && text.includes('   ')) odListings(text, out);
  return out;
}
