/**
 * Views of binary content a plain latin1 scan misses: prefixes glued to the data before them,
 * UTF-16 strings, a SQLite database's overflow pages; and the windowed scan of decoded bytes.
 */
import { isUtf8 } from 'node:buffer';
import { utf32Text } from './encodings.js';
import { isTokenChar } from './escapes.js';
import { fieldPairs } from './field-pairs.js';
import { leadingStrings } from './leading.js';
import { literalFinder, type Hit } from './pass.js';
import { SHAPE_RULES } from './rules.js';
import { serialStrings } from './serial-strings.js';
import { sqliteRecords, walRecords } from './sqlite-records.js';

export type Scan = (chunk: Buffer) => string[];

const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
/**
 * A hit in a binary's latin1 view reads as text up to its first control character (but tab and line breaks: a
 * field's terminator or the next record's length byte): at least 8 characters of valid UTF-8.
 */
export function readsAsText(chunk: Buffer, hit: Hit): boolean {
  const cut = chunk.toString('latin1', hit.start, hit.end).search(CONTROL);
  const text = chunk.subarray(hit.start, cut < 0 ? hit.end : hit.start + cut);
  return text.length >= Math.min(8, hit.end - hit.start) && isUtf8(text);
}

const WINDOW = 1 << 20;
const OVERLAP = 4096;

/** Scans decoded bytes a window at a time (windows overlap, so a secret across two is seen). */
export function scanWindows(data: Buffer, scan: Scan): string[] {
  if (data.length <= WINDOW) return data.length > 0 ? scan(data) : [];
  const rules = new Set<string>();
  for (let at = 0; at < data.length; at += WINDOW - OVERLAP) {
    for (const r of scan(data.subarray(at, Math.min(data.length, at + WINDOW)))) rules.add(r);
  }
  return [...rules];
}

/**
 * Prefixes that start a token even when glued to the bytes before them: in a binary (a SQLite
 * row, a pickled dict, a serialised object) one field's text runs straight into the next, so
 * `anthropicsk-ant-…` and `HF_TOKENhf_…` have no token boundary before the secret. Every literal
 * start of a prefix rule (`sk-ant-api03-`, `sk_live_`, `AIza`, `ghp_`) of four characters or more,
 * and the shorter ones that are a family's whole prefix (`hf_`, `eyJ`): the window after each is
 * scanned with the rules, so only a whole token there withholds the file. Not `sk-` alone: `task-`
 * and `risk-` + 32 letters read as a key of that shape. Found overlapping (`csk-` of Cerebras must
 * not hide the `sk-ant-` inside it).
 */
const SHORT_GLUED = new Set(['hf_', 'eyJ', 'r8_', 'fw_', 'SG.']);
/** Built when a binary is first read (a text-only session never needs it). */
let glued: RegExp | null = null;
const gluedFinder = (): RegExp =>
  (glued ??= literalFinder(
    [
      ...new Set([
        ...SHAPE_RULES.filter((r) => r.prefix)
          .flatMap((r) => leadingStrings(r.source) ?? [])
          .filter((k) => k.length >= 4 || SHORT_GLUED.has(k)),
        ...SHAPE_RULES.filter((r) => r.prefix && r.keywords.length < 20)
          .flatMap((r) => r.keywords)
          .filter((k) => k.length >= 5 || (k.length >= 4 && /[-_.]/.test(k))),
        ...['xoxb-', 'xoxp-', 'xoxa-', 'xoxe-', 'xoxo-', 'xoxs-', 'xoxr-', 'AKIA', 'ASIA'],
      ]),
    ],
    '',
  ));

/** The longest token read after a glued prefix (PEM blocks and the like are never glued to a field). */
const GLUED_WINDOW = 2048;

/**
 * What follows each distinctive prefix glued to the byte before it, as latin1 lines, each up to
 * the first byte that is not printable ASCII (a token's text ends there: the next field's length
 * or type) and at most GLUED_WINDOW characters; null when there is none. A prefix found inside
 * another's window (`glpat-` holds `pat-`) gets its own line too, so the lines may overlap: past
 * eight times the binary's size, each is cut at the next prefix instead. Only these lines are
 * scanned again, not the whole binary.
 */
function unglued(buf: Buffer, text = buf.toString('latin1')): Buffer | null {
  const finder = gluedFinder();
  finder.lastIndex = 0;
  const starts: number[] = [];
  for (let m = finder.exec(text); m !== null; m = finder.exec(text)) {
    if (m.index > 0 && isTokenChar(text.charCodeAt(m.index - 1))) starts.push(m.index);
    finder.lastIndex = m.index + 1;
  }
  if (starts.length === 0) return null;
  const budget = Math.max(8 * text.length, 1 << 16);
  let out = '';
  for (let i = 0; i < starts.length; i++) {
    let end = starts[i]!;
    const most = Math.min(
      text.length,
      end + GLUED_WINDOW,
      out.length > budget ? (starts[i + 1] ?? Infinity) : Infinity,
    );
    while (end < most && text.charCodeAt(end) > 0x20 && text.charCodeAt(end) < 0x7f) end++;
    out += `${text.slice(starts[i], end)}\n`;
  }
  return Buffer.from(out, 'latin1');
}

/** The shortest UTF-16 string taken from a binary (a token is longer). */
const MIN_UTF16 = 12;

/**
 * The UTF-16 strings of a binary (little-endian at both byte alignments, which also reads
 * big-endian text), as latin1 lines: a PowerShell `>` file, a Windows resource, a SQLite
 * database in UTF-16. Null when there is none.
 */
function utf16Strings(buf: Buffer): Buffer | null {
  const isPrint = (b: number): boolean => (b >= 0x20 && b < 0x7f) || b === 0x09;
  const w = 2 * MIN_UTF16;
  const n = buf.length;
  let out = '';
  // Skips ahead: a run of w bytes starting anywhere in [i, i + w - 2] covers the last two bytes
  // of this window, one a character and the other a NUL; a window whose last two are not is passed over at once.
  for (let i = 0; i + w <= n;) {
    const a = buf[i + w - 2]!;
    const b = buf[i + w - 1]!;
    const q = a === 0 && isPrint(b) ? i + w - 1 : b === 0 && isPrint(a) ? i + w - 2 : -1;
    if (q === -1) {
      i += w - 1;
      continue;
    }
    // The run through q: its characters are at q's parity, each followed by a NUL.
    let start = q;
    while (start >= 2 && isPrint(buf[start - 2]!) && buf[start - 1] === 0) start -= 2;
    let end = q;
    while (end + 1 < n && isPrint(buf[end]!) && buf[end + 1] === 0) end += 2;
    if ((end - start) / 2 >= MIN_UTF16) {
      for (let k = start; k < end; k += 2) out += String.fromCharCode(buf[k]!);
      out += '\n';
      i = end;
    } else i += w - 1;
  }
  return out.length > 0 ? Buffer.from(out, 'latin1') : null;
}

const SQLITE = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * A SQLite database's pages with their first four bytes cut (an overflow page's pointer to the
 * next one), joined: a long row's text that runs on from one overflow page to the next (pages
 * next to each other in the file, as rows inserted in order are) reads as one.
 */
function sqlitePages(buf: Buffer, at?: SqliteWindow): Buffer | null {
  const size = at ? at.pageSize : sqlitePageSize(buf);
  if (size === 0 || buf.length <= size) return null;
  // Where the next page starts in this window of the file (a window read at an offset, when streamed).
  const offset = at?.offset ?? 0;
  const first = offset === 0 ? size : (size - (offset % size)) % size;
  const parts: Buffer[] = first > 0 && offset > 0 ? [buf.subarray(0, first)] : [];
  for (let p = first; p < buf.length; p += size) parts.push(buf.subarray(p + 4, Math.min(buf.length, p + size)));
  return Buffer.concat(parts);
}

/** A SQLite database's rows as assignment lines (sqlite-records.ts); null for anything else. */
function sqliteRows(buf: Buffer, at?: SqliteWindow): Buffer | null {
  const size = at ? at.pageSize : sqlitePageSize(buf);
  if (size === 0) return at ? null : walRecords(buf);
  const offset = at?.offset ?? 0;
  return sqliteRecords(buf, size, offset, offset === 0 && buf.length >= 60 && buf.readUInt32BE(56) === 2);
}

/** A SQLite database's page size, from its header; 0 for anything else. */
export function sqlitePageSize(head: Buffer): number {
  if (head.length < 100 || !head.subarray(0, 16).equals(SQLITE)) return 0;
  const raw = head.readUInt16BE(16);
  const size = raw === 1 ? 65536 : raw;
  return size >= 512 && (size & (size - 1)) === 0 ? size : 0;
}

/** Where a streamed window of a SQLite database lies: its page size and the window's offset in the file. */
interface SqliteWindow {
  pageSize: number;
  offset: number;
}

/**
 * Scans binary content as latin1 and, when that finds nothing, in the views a plain scan misses:
 * prefixes glued to the data before them, UTF-16 strings, a SQLite database's overflow pages.
 * Returns the rules found and, for a view, the reason to show.
 */
export function scanBinaryViews(buf: Buffer, scan: Scan, sqlite?: SqliteWindow): { rules: string[]; reason?: string } {
  const rules = scan(buf);
  return rules.length > 0 ? { rules } : viewsOf(buf, scan, sqlite);
}

/** The views of scanBinaryViews alone (the plain scan found nothing). */
export function viewsOf(buf: Buffer, scan: Scan, sqlite?: SqliteWindow): { rules: string[]; reason?: string } {
  const latin1 = buf.toString('latin1');
  const views: [string, () => Buffer | null][] = [
    ['glued to the data before it', () => unglued(buf, latin1)],
    ['with its backspaces applied', () => overstruck(buf)],
    ['in UTF-16 text', () => utf16Strings(buf)],
    ['in UTF-32 text', () => utf32Text(buf)],
    ['across SQLite pages', () => sqlitePages(buf, sqlite)],
    ['in SQLite rows', () => sqliteRows(buf, sqlite)],
    ['in serialised strings', () => serialStrings(buf)],
    ['after its name and a separator byte', () => fieldPairs(latin1)],
  ];
  for (const [where, view] of views) {
    const data = view();
    if (!data) continue;
    let found = [...new Set(scanWindows(data, scan))];
    // A UTF-16 or SQLite field glued to the one before it (`githubghp_…`).
    if (found.length === 0 && where !== views[0]![0]) {
      const apart = unglued(data);
      if (apart) found = [...new Set(scanWindows(apart, scan))];
    }
    if (found.length > 0) {
      const what = where === 'in UTF-32 text' ? 'UTF-32' : looksUtf16(buf) ? 'UTF-16' : null;
      const save = what ? ': save it as UTF-8 to export it redacted' : '';
      return {
        rules: found,
        reason: `${what ? `${what} text file` : 'binary file'} holding a secret (${found.join(', ')}) ${where}${save}`,
      };
    }
  }
  return { rules: [] };
}

/**
 * A terminal capture (`script`'s typescript, a man page) as a terminal shows it: each backspace takes back the byte
 * before it on its line, so `gsk_jvx<BS>fW…` reads `gsk_jvfW…` and `K<BS>Key` reads `Key`; null without a backspace.
 * gh takes such a file for a binary (a control byte in its first 3,072), so it travels in the overflow archive:
 * without this view the token's two halves were scanned apart and went out.
 */
function overstruck(buf: Buffer): Buffer | null {
  if (!buf.includes(8)) return null;
  const out = Buffer.allocUnsafe(buf.length);
  let n = 0;
  for (const b of buf) {
    if (b !== 8) out[n++] = b;
    else if (n > 0 && out[n - 1] !== 10) n--;
  }
  return out.subarray(0, n);
}

/** A byte-order mark, or a NUL at every other byte of the first 64 (ASCII text in UTF-16 without one). */
function looksUtf16(buf: Buffer): boolean {
  if (buf.length < 2) return false;
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) return true;
  const n = Math.min(buf.length & ~1, 64);
  if (n < 8) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even++;
    if (buf[i + 1] === 0) odd++;
  }
  return even === n / 2 || odd === n / 2;
}
