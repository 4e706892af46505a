/**
 * The normalised view a piece of text is matched on: decode, then match, then map back.
 *
 * - JSON/JS/Python escapes are decoded (`\uXXXX`, `\u{X}`, `\xHH`, `\"`, `\'`, `\/`, `\n`, `\t`,
 *   ...); a run of backslashes before an escape counts as one, so doubly and triply escaped JSON
 *   (`\\\"api_key\\\": \\\"…\\\"`) reads as `"api_key": "…"`;
 * - terminal sequences are removed: CSI (`ESC [ … m`, also inside a token), OSC (`ESC ] … BEL`
 *   or `ESC \`), other ESC sequences, whether the ESC is raw or spelled `\u001b`, `\x1b`, `\033`
 *   or `\e`;
 * - URL-encoding (`%XX` of a printable ASCII character) is decoded;
 * - line endings are unified (`\r\n` and a lone `\r` read as `\n`).
 *
 * The view records where it differs from the original as a sorted list of edits, so a match in
 * the view maps back to the range of original text it came from (toOriginal): the redactor
 * replaces that range, and everything else stays byte for byte what it was. Text without `\`,
 * ESC, `%` or `\r` has no view (normalise returns null): it is matched as it is.
 */

export interface View {
  /** The normalised text. */
  text: string;
  /**
   * True when normalising lost something matching on the original could still use (a terminal
   * sequence glued between two token characters, which may also mark a token's start; a
   * URL-decoded character, which may be a literal `%XX` inside a password): then the original
   * is matched too.
   */
  lossy: boolean;
  /** Where (in the original) the view lost something: the lines to match in the original too. */
  lossyAt: number[];
  /** Edits, in view order: view[vStart, vStart+vLen) came from original[oStart, oStart+oLen). vLen is 0 (removed), 1 or 2 (an astral character). */
  vStart: number[];
  vLen: number[];
  oStart: number[];
  oLen: number[];
}

const ESC = '\x1b';

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isTokenChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 43 || c === 47;

function hexAt(text: string, at: number, n: number): number {
  if (at + n > text.length) return -1;
  for (let i = at; i < at + n; i++) if (!isHex(text.charCodeAt(i))) return -1;
  return parseInt(text.slice(at, at + n), 16);
}

/**
 * The escape that starts at `at` (the character after a run of backslashes): the character it
 * stands for and where it ends, or null if it is no escape. `\e` and `\033` count as ESC only
 * before `[` or `]` (a Windows path has `\e`), `\r` followed by an escaped `\n` reads as nothing.
 */
function decodeEscape(text: string, at: number): { char: string; end: number } | null {
  const c = text[at];
  switch (c) {
    case '"':
    case "'":
    case '/':
    case '`':
    // Markdown's escapes of punctuation (`gsk\_…` as an editor saves a key pasted into a .md file).
    case '_':
    case '*':
    case '-':
    case '.':
    case '#':
    case '+':
    case '!':
    case '~':
    case '|':
      return { char: c, end: at + 1 };
    case 'n':
      return { char: '\n', end: at + 1 };
    case 't':
      return { char: '\t', end: at + 1 };
    case 'r':
      return { char: text[at + 1] === '\\' && /^\\+n/.test(text.slice(at + 1, at + 12)) ? '' : '\n', end: at + 1 };
    case 'b':
      return { char: '\b', end: at + 1 };
    case 'f':
      return { char: '\f', end: at + 1 };
    case 'u': {
      if (text[at + 1] === '{') {
        const close = text.indexOf('}', at + 2);
        if (close === -1 || close - at - 2 < 1 || close - at - 2 > 6) return null;
        const cp = hexAt(text, at + 2, close - at - 2);
        return cp === -1 || cp > 0x10ffff ? null : { char: String.fromCodePoint(cp), end: close + 1 };
      }
      const code = hexAt(text, at + 1, 4);
      return code === -1 ? null : { char: String.fromCharCode(code), end: at + 5 };
    }
    case 'x': {
      const code = hexAt(text, at + 1, 2);
      return code === -1 ? null : { char: String.fromCharCode(code), end: at + 3 };
    }
    case 'e':
      return text[at + 1] === '[' || text[at + 1] === ']' ? { char: ESC, end: at + 1 } : null;
    case '0':
      return text.startsWith('033', at) ? { char: ESC, end: at + 3 } : null;
    default:
      return null;
  }
}

/** True if an escape at `at` (after its backslash run) stands for BEL (`\u0007`, `\x07`, `\a`, `\007`). */
function isEscapedBel(text: string, at: number): number {
  if (text.startsWith('u0007', at)) return at + 5;
  if (text.startsWith('x07', at)) return at + 3;
  if (text.startsWith('007', at)) return at + 3;
  if (text[at] === 'a') return at + 1;
  return -1;
}

/** Where the terminal sequence whose ESC ends just before `at` ends (`at` itself: the ESC alone). */
function terminalEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 0x5b) {
    // CSI: parameters 0x30-0x3F, intermediates 0x20-0x2F, a final byte 0x40-0x7E.
    let i = at + 1;
    const limit = Math.min(text.length, at + 64);
    while (i < limit && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x3f) i++;
    while (i < limit && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x2f) i++;
    return i < limit && text.charCodeAt(i) >= 0x40 && text.charCodeAt(i) <= 0x7e ? i + 1 : at;
  }
  if (c === 0x5d || c === 0x50 || c === 0x5f || c === 0x5e) {
    // OSC (also DCS, APC, PM): up to BEL or ST (ESC \), raw or escaped.
    const limit = Math.min(text.length, at + 4096);
    for (let i = at + 1; i < limit; i++) {
      const d = text.charCodeAt(i);
      if (d === 0x07) return i + 1;
      if (d === 0x1b) return text[i + 1] === '\\' ? i + 2 : i + 1;
      if (d === 0x0a) return at;
      if (d === 0x5c) {
        let j = i;
        while (text.charCodeAt(j) === 0x5c) j++;
        const bel = isEscapedBel(text, j);
        if (bel !== -1) return bel;
        const esc = decodeEscape(text, j);
        if (esc?.char === ESC || text.startsWith('033', j) || text.startsWith('e', j)) {
          let k = esc ? esc.end : j + (text[j] === 'e' ? 1 : 3);
          while (text.charCodeAt(k) === 0x5c) k++;
          return k;
        }
        i = j - 1;
      }
    }
    return at;
  }
  if (c >= 0x28 && c <= 0x2f) return Math.min(text.length, at + 2); // charset designation: ESC ( B
  if ((c >= 0x40 && c <= 0x5f) || c === 0x3d || c === 0x3e || c === 0x37 || c === 0x38 || c === 0x63) return at + 1;
  return at;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", sol: '/', lowbar: '_', hyphen: '-', period: '.', colon: ':', equals: '=', plus: '+' };
const ENTITY = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/;

/** The HTML character reference at `at` (numeric, or a named one of printable ASCII) and where it ends, or null. */
function htmlEntity(text: string, at: number): { char: string; end: number } | null {
  const m = ENTITY.exec(text.slice(at, at + 12));
  if (!m) return null;
  const code = m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? parseInt(m[2], 16) : -1;
  const char = code === -1 ? NAMED_ENTITIES[m[3]!.toLowerCase()] : code >= 0x20 && code < 0x7f ? String.fromCharCode(code) : undefined;
  return char === undefined ? null : { char, end: at + m[0].length };
}

/** The next index of `char` at or after `from`, or Infinity. */
function nextOf(text: string, char: string, from: number): number {
  const i = text.indexOf(char, from);
  return i === -1 ? Infinity : i;
}

/**
 * True if the text says `quoted-printable` (or `Quoted-printable`, `QUOTED-PRINTABLE`): each `-`
 * is checked (a native search for one character), where includes() of the phrase scanned every `u`.
 */
function saysQuotedPrintable(text: string): boolean {
  for (let i = text.indexOf('-', 5); i !== -1; i = text.indexOf('-', i + 1)) {
    if (text.startsWith('uoted-printable', i - 5) || text.startsWith('UOTED-PRINTABLE', i - 5)) return true;
  }
  return false;
}

/** The normalised view of `text`, or null when it holds nothing to normalise (the fast path). */
export function normalise(text: string): View | null {
  // The next `\`, ESC, `%` and `\r`, each found by indexOf (a fast native search), kept as we go.
  let bs = nextOf(text, '\\', 0);
  let esc = nextOf(text, ESC, 0);
  let pct = nextOf(text, '%', 0);
  let cr = nextOf(text, '\r', 0);
  let amp = nextOf(text, '&', 0);
  // Quoted-printable (`=5F`, a `=` that ends a line) only in a mail part that says it is one: elsewhere `=` assigns.
  const qpText = saysQuotedPrintable(text);
  let eq = qpText ? nextOf(text, '=', 0) : Infinity;
  if (bs === Infinity && esc === Infinity && pct === Infinity && cr === Infinity && amp === Infinity && eq === Infinity) return null;
  const parts: string[] = [];
  const vStart: number[] = [];
  const vLen: number[] = [];
  const oStart: number[] = [];
  const oLen: number[] = [];
  let copied = 0;
  let vpos = 0;
  const lossyAt: number[] = [];
  /** The last character of the view so far (-1: none). */
  let lastChar = -1;
  for (;;) {
    const i = Math.min(bs, esc, pct, cr, amp, eq);
    if (i === Infinity) break;
    // What replaces text[i, to): `char`, or nothing ('').
    let to = -1;
    let char = '';
    const c = text.charCodeAt(i);
    let terminalFrom = -1;
    if (c === 0x5c) {
      let j = i + 1;
      while (text.charCodeAt(j) === 0x5c) j++;
      const e = j < text.length ? decodeEscape(text, j) : null;
      if (e === null) {
        if (j - i > 1) {
          to = j;
          char = '\\';
        }
        bs = nextOf(text, '\\', j);
      } else if (e.char === ESC) {
        terminalFrom = e.end;
      } else {
        to = e.end;
        char = e.char;
        bs = nextOf(text, '\\', to);
      }
    } else if (c === 0x1b) {
      // The common case inline: a colour code (ESC [ digits ; m).
      let k = i + 1;
      if (text.charCodeAt(k) === 0x5b) {
        k++;
        let d = text.charCodeAt(k);
        while ((d >= 0x30 && d <= 0x39) || d === 0x3b) d = text.charCodeAt(++k);
      }
      if (k > i + 1 && text.charCodeAt(k) === 0x6d && k - i < 64) {
        to = k + 1;
        const prev = i > copied ? text.charCodeAt(i - 1) : lastChar;
        if (isTokenChar(prev) && to < text.length && isTokenChar(text.charCodeAt(to))) lossyAt.push(i);
        esc = nextOf(text, ESC, to);
      } else terminalFrom = i + 1;
    } else if (c === 0x25) {
      const code = hexAt(text, i + 1, 2);
      if (code >= 0x20 && code < 0x7f) {
        to = i + 3;
        char = String.fromCharCode(code);
        // A decoded letter, digit or `-_.~` breaks no match; anything else may (a literal `%40` in a URL password).
        if (!/[A-Za-z0-9_.~-]/.test(char)) lossyAt.push(i);
      }
      pct = nextOf(text, '%', to === -1 ? i + 1 : to);
    } else if (c === 0x3d) {
      // Quoted-printable: `=` + line break is a soft line break (nothing), `=XX` a byte.
      const soft = text.charCodeAt(i + 1) === 0x0a ? 2 : text.charCodeAt(i + 1) === 0x0d && text.charCodeAt(i + 2) === 0x0a ? 3 : 0;
      const code = soft ? -1 : hexAt(text, i + 1, 2);
      if (soft) to = i + soft;
      else if (code >= 0x20 && code < 0x7f && /[0-9A-F]{2}/.test(text.slice(i + 1, i + 3))) {
        to = i + 3;
        char = String.fromCharCode(code);
        if (!/[A-Za-z0-9_.~-]/.test(char)) lossyAt.push(i);
      }
      eq = nextOf(text, '=', to === -1 ? i + 1 : to);
    } else if (c === 0x26) {
      // An HTML character reference (`&#115;`, `&#x73;`, `&quot;`): a key shown on a web page or in an HTML report.
      const e = htmlEntity(text, i);
      if (e) {
        to = e.end;
        char = e.char;
        if (!/[A-Za-z0-9_.~-]/.test(char)) lossyAt.push(i);
      }
      amp = nextOf(text, '&', to === -1 ? i + 1 : to);
    } else {
      // \r: with the \n after it one line ending (a match that starts at the line break takes both), or a line ending of its own.
      to = text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      char = '\n';
      cr = nextOf(text, '\r', to);
    }
    if (terminalFrom !== -1) {
      to = terminalEnd(text, terminalFrom);
      // Glued between two token characters (of the view: what came before may be an edit too).
      const prev = i > copied ? text.charCodeAt(i - 1) : lastChar;
      if (isTokenChar(prev) && to < text.length && isTokenChar(text.charCodeAt(to))) lossyAt.push(i);
      // A CSI that is not a colour code (`ESC [ 2 K`, or a stray `ESC [` before a token, read as `ESC [ g`) may have eaten a token's first character.
      else if (text.charCodeAt(terminalFrom) === 0x5b && to > terminalFrom + 1 && text.charCodeAt(to - 1) !== 0x6d && to < text.length && isTokenChar(text.charCodeAt(to))) lossyAt.push(i);
      else if (text.charCodeAt(terminalFrom) === 0x5b && /[ -/]/.test(text.slice(terminalFrom + 1, to - 1))) lossyAt.push(i);
      if (bs < to) bs = nextOf(text, '\\', to);
      if (esc < to) esc = nextOf(text, ESC, to);
      if (pct < to) pct = nextOf(text, '%', to);
      if (cr < to) cr = nextOf(text, '\r', to);
      if (amp < to) amp = nextOf(text, '&', to);
      if (eq < to) eq = nextOf(text, '=', to);
    }
    if (to === -1) continue;
    if (i > copied) {
      parts.push(text.slice(copied, i));
      vpos += i - copied;
      lastChar = text.charCodeAt(i - 1);
    }
    if (char) lastChar = char.charCodeAt(char.length - 1);
    vStart.push(vpos);
    vLen.push(char.length);
    oStart.push(i);
    oLen.push(to - i);
    if (char) parts.push(char);
    vpos += char.length;
    copied = to;
    // An escape may have swallowed what another search found (`\%`, `\\r`...).
    if (bs < to) bs = nextOf(text, '\\', to);
    if (esc < to) esc = nextOf(text, ESC, to);
    if (pct < to) pct = nextOf(text, '%', to);
    if (cr < to) cr = nextOf(text, '\r', to);
    if (amp < to) amp = nextOf(text, '&', to);
    if (eq < to) eq = nextOf(text, '=', to);
  }
  if (vStart.length === 0) return null;
  if (copied < text.length) parts.push(text.slice(copied));
  return { text: parts.join(''), lossy: lossyAt.length > 0, lossyAt, vStart, vLen, oStart, oLen };
}

/** The index of the last edit at or before view position p (-1 if none). */
function lastEdit(view: View, p: number): number {
  let lo = 0;
  let hi = view.vStart.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (view.vStart[mid]! <= p) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Where view position p (a character) starts in the original. */
function startOf(view: View, p: number): number {
  const k = lastEdit(view, p);
  if (k === -1) return p;
  if (p < view.vStart[k]! + view.vLen[k]!) return view.oStart[k]!;
  return p - (view.vStart[k]! + view.vLen[k]!) + view.oStart[k]! + view.oLen[k]!;
}

/** Where view character p ends in the original. */
function endOf(view: View, p: number): number {
  const k = lastEdit(view, p);
  if (k !== -1 && p < view.vStart[k]! + view.vLen[k]!) return view.oStart[k]! + view.oLen[k]!;
  return startOf(view, p) + 1;
}

/** The original range a view range [start, end) came from: whole escapes, sequences inside it included. */
export function toOriginal(view: View, start: number, end: number): [number, number] {
  const s = startOf(view, start);
  return [s, end > start ? endOf(view, end - 1) : s];
}

/** Lines of the original to match again (those holding a lossy site; adjacent ones kept together), and where each starts. */
export interface RawLines {
  text: string;
  /** For each block of lines: its start in `text` and in the original, and its length. */
  at: number[];
  orig: number[];
  len: number[];
}

/** The lines of `text` that hold the view's lossy sites, joined by line breaks. */
export function lossyLines(text: string, view: View): RawLines {
  const out: RawLines = { text: '', at: [], orig: [], len: [] };
  const parts: string[] = [];
  let sub = 0;
  let lastEnd = -2;
  for (const pos of view.lossyAt) {
    if (pos < lastEnd) continue;
    const start = text.lastIndexOf('\n', pos - 1) + 1;
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const k = out.at.length - 1;
    if (k >= 0 && start === lastEnd + 1) {
      // The next line: one block with the one before.
      parts.push(text.slice(lastEnd, end));
      out.len[k] = end - out.orig[k]!;
      sub += end - lastEnd;
    } else {
      if (k >= 0) {
        parts.push('\n');
        sub++;
      }
      out.at.push(sub);
      out.orig.push(start);
      out.len.push(end - start);
      parts.push(text.slice(start, end));
      sub += end - start;
    }
    lastEnd = end;
  }
  out.text = parts.join('');
  return out;
}

/** The original range of a range of lossyLines' text (clipped to its block); null if it starts on a joining line break. */
export function rawToOriginal(raw: RawLines, start: number, end: number): [number, number] | null {
  let k = raw.at.length - 1;
  while (k > 0 && raw.at[k]! > start) k--;
  const offset = start - raw.at[k]!;
  if (offset >= raw.len[k]!) return null;
  return [raw.orig[k]! + offset, raw.orig[k]! + Math.min(end - raw.at[k]!, raw.len[k]!)];
}
