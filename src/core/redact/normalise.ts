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
 * - HTML character references (`&#115;`, `&quot;`) are decoded; quoted-printable (`=XX`, a soft line break) only in
 *   text that says or looks quoted-printable;
 * - line endings are unified (`\r\n` and a lone `\r` read as `\n`);
 * - characters that print as nothing (Unicode's Default_Ignorable_Code_Point set, ignorable.ts: zero-width
 *   characters, the soft hyphen, bidi marks and isolates, variation selectors, Hangul fillers, tag characters), as they
 *   are or escaped (`\u200e`, an escaped surrogate pair, `&lrm;`, `&#8206;`, `%E2%80%8E`), are removed: one inside a
 *   token cut it for every pass (`sk-proj-…\u200b…`: the part before it was found, the rest went out);
 * - a typographic dash between token characters (`sk\u2011proj\u2011…`, `&ndash;`, `&#8209;`) reads as `-`;
 * - Unicode spaces (no-break U+00A0, U+2000-U+200A, narrow no-break U+202F, ideographic U+3000) read as one ASCII
 *   space each run: `secret\u00a0=\u00a0…`, French `mot de passe\u202f: …` and a CJK label's `\u3000` were no
 *   separator to the passes' `[ \t]`, so the value after them went out.
 *
 * The view records where it differs from the original as a sorted list of edits, so a match in
 * the view maps back to the range of original text it came from (toOriginal): the redactor
 * replaces that range, and everything else stays byte for byte what it was. Text without `\`,
 * ESC, `%`, `\r`, `&` (or `=` where quoted-printable is read) has no view (normalise returns null): it is matched
 * as it is.
 */
import { escapedSoftBreak, looksQuotedPrintable, qpCharacter, saysQuotedPrintable } from './quoted-printable.js';
import { decodeEscape, encodedZeroWidth, ESC, hexAt, htmlEntity, isTokenChar, terminalEnd } from './escapes.js';
import { csiEats, hyperlinkAt, nextOf } from './escapes.js';
import { colourView } from './colour-view.js';
import { ignorableAt, ignorablePairEnd, isIgnorableChar, isSpaceOrDash } from './invisibles.js';
import { dashAsHyphen, nextZeroWidthOrSpace, spaceOrDashEdit } from './invisibles.js';
import type { View } from './view-map.js';
export { lossyLines, rawToOriginal, toOriginal, type View } from './view-map.js';

/** What replaces text[i, to): `char`, or nothing (''). */
interface Edit {
  to: number;
  char: string;
}

/**
 * True for a decoded letter, digit or `-_.~`, which breaks no match (anything else may: a literal `%40` in a URL
 * password).
 */
const breaksNoMatch = (char: string): boolean => /[A-Za-z0-9_.~-]/.test(char);

/**
 * Builds a view: the next `\`, ESC, `%`, `\r`, `&` and `=` are each found by indexOf (a fast
 * native search) and kept as it goes; each is decoded (or kept) by a handler of its own.
 */
class ViewBuilder {
  /** The raw BEL that ends an OSC 8 hyperlink's URI (Infinity: none). */
  private bel = Infinity;
  private bs: number;
  private esc: number;
  private pct: number;
  private cr: number;
  private amp: number;
  private eq: number;
  private bsp: number;
  /** The next zero-width character or Unicode space (invisibles.ts). */
  private zw: number;
  // Made by build() only: most small files have nothing to decode (40,000 one-line files made six arrays each).
  private parts!: string[];
  private vStart!: number[];
  private vLen!: number[];
  private oStart!: number[];
  private oLen!: number[];
  private lossyAt!: number[];
  private qp = false;
  private eqNeedle = '';
  private copied = 0;
  private vpos = 0;
  /** The last character of the view so far (-1: none). */
  private lastChar = -1;

  constructor(private readonly text: string) {
    this.bs = nextOf(text, '\\', 0);
    this.esc = nextOf(text, ESC, 0);
    this.pct = nextOf(text, '%', 0);
    this.cr = nextOf(text, '\r', 0);
    this.amp = nextOf(text, '&', 0);
    this.bsp = nextOf(text, '\b', 0);
    this.zw = nextZeroWidthOrSpace(text, 0);
    // Quoted-printable (`=5F`, a `=` that ends a line) only in a mail part that says it is one, or in text that reads
    // as one without a MIME header (looksQuotedPrintable): elsewhere `=` assigns.
    // Elsewhere only a soft break JSON-escaped inside a token (`…sk-ab=\\ncd…`: escapedSoftBreak) is read.
    this.qp = saysQuotedPrintable(text) || looksQuotedPrintable(text);
    this.eqNeedle = this.qp ? '=' : text.includes('=\\') ? '=\\' : '';
    this.eq = this.eqNeedle ? nextOf(text, this.eqNeedle, 0) : Infinity;
  }

  /** True when the text holds none of the characters a view decodes. */
  nothingToDo(): boolean {
    return Math.min(this.bs, this.esc, this.pct, this.cr, this.amp, this.eq, this.bsp, this.zw) === Infinity;
  }

  /** True when ESC (and `&`) are the only characters the text holds that a view decodes. */
  onlyEsc(): boolean {
    return this.esc !== Infinity && Math.min(this.bs, this.pct, this.cr, this.eq, this.bsp, this.zw) === Infinity;
  }

  build(): View | null {
    [this.parts, this.vStart, this.vLen, this.oStart, this.oLen, this.lossyAt] = [[], [], [], [], [], []];
    for (;;) {
      const i = Math.min(this.bs, this.esc, this.pct, this.cr, this.amp, this.eq, this.bsp, this.zw, this.bel);
      if (i === Infinity) break;
      const c = this.text.charCodeAt(i);
      if (i === this.bel) this.bel = Infinity;
      if (c === 0x08) {
        this.backspaces(i);
        continue;
      }
      const n = ignorableAt(this.text, i);
      if (n > 0) {
        this.zeroWidth(i, n);
        continue;
      }
      if (isSpaceOrDash(c)) {
        this.spaceOrDash(i);
        continue;
      }
      const edit =
        c === 0x5c
          ? this.backslash(i)
          : c === 0x1b
            ? this.escape(i)
            : c === 0x25
              ? this.percent(i)
              : c === 0x3d
                ? this.equals(i)
                : c === 0x26
                  ? this.ampersand(i)
                  : c === 0x07
                    ? { to: i + 1, char: ' ' } // a hyperlink's raw BEL (terminal)
                    : this.carriageReturn(i);
      if (edit) this.record(i, edit);
    }
    if (this.vStart.length === 0) return null;
    const { text, parts, copied, lossyAt } = this;
    if (copied < text.length) parts.push(text.slice(copied));
    return {
      text: parts.join(''),
      lossy: lossyAt.length > 0,
      lossyAt,
      vStart: this.vStart,
      vLen: this.vLen,
      oStart: this.oStart,
      oLen: this.oLen,
    };
  }

  /** A run of backslashes and the escape after it (a run before no escape reads as one backslash). */
  private backslash(i: number): Edit | null {
    const text = this.text;
    let j = i + 1;
    while (text.charCodeAt(j) === 0x5c) j++;
    const e = j < text.length ? decodeEscape(text, j) : null;
    if (e === null) {
      this.bs = nextOf(text, '\\', j);
      return j - i > 1 ? { to: j, char: '\\' } : null;
    }
    if (e.char === ESC) return this.terminal(i, e.end);
    const to = Math.max(e.end, ignorablePairEnd(text, e.char, e.end));
    this.bs = nextOf(text, '\\', to);
    // An escaped BEL (a hyperlink's URI's end, `\u0007`) reads as a blank.
    return { to, char: to > e.end || isIgnorableChar(e.char) ? '' : e.char === '\x07' ? ' ' : e.char };
  }

  /**
   * A run of backspaces, as a terminal shows it (a `script` capture, a man page's overstrikes): each takes back the
   * character before it on its line (`gsk_jvx<BS>fW…` reads `gsk_jvfW…`, `N<BS>N` reads `N`), as the binary scan's
   * view does (binary-views.ts). Only characters not decoded by another edit are taken back; a backspace with nothing
   * to take back is removed alone.
   */
  private backspaces(i: number): void {
    const text = this.text;
    let to = i;
    while (text.charCodeAt(to) === 0x08) to++;
    let from = i;
    while (from > this.copied && i - from < to - i && text.charCodeAt(from - 1) !== 0x0a) from--;
    this.bsp = nextOf(text, '\b', to);
    this.record(from, { to, char: '' });
  }

  /** A run of zero-width characters: nothing in the view. */
  private zeroWidth(i: number, n: number): void {
    let to = i + n;
    for (let k = ignorableAt(this.text, to); k > 0; k = ignorableAt(this.text, to)) to += k;
    this.zw = nextZeroWidthOrSpace(this.text, to);
    this.record(i, { to, char: '' });
  }

  /** A run of Unicode spaces, or a typographic dash (invisibles.ts; in a token the line as written is read too). */
  private spaceOrDash(i: number): void {
    const e = spaceOrDashEdit(this.text, i, this.copied, this.prevChar(i));
    this.zw = nextZeroWidthOrSpace(this.text, e.to);
    if (e.lossy) this.lossyAt.push(i);
    if (e.char !== null) this.record(i, { to: e.to, char: e.char });
  }

  /** A raw ESC: the common case inline (a colour code, ESC [ digits ; m), else a terminal sequence. */
  private escape(i: number): Edit {
    const text = this.text;
    let k = i + 1;
    if (text.charCodeAt(k) === 0x5b) {
      k++;
      let d = text.charCodeAt(k);
      while ((d >= 0x30 && d <= 0x39) || d === 0x3b) d = text.charCodeAt(++k);
    }
    if (!(k > i + 1 && text.charCodeAt(k) === 0x6d && k - i < 64)) return this.terminal(i, i + 1);
    const to = k + 1;
    if (isTokenChar(this.prevChar(i)) && to < text.length && isTokenChar(text.charCodeAt(to))) this.lossyAt.push(i);
    this.esc = nextOf(text, ESC, to);
    return { to, char: '' };
  }

  private percent(i: number): Edit | null {
    let code = hexAt(this.text, i + 1, 2);
    let to = i + 3;
    // A zero-width character or a soft hyphen URL-encoded in UTF-8 (`%E2%80%8B`): nothing, as the raw one.
    const zw = encodedZeroWidth(this.text, i);
    if (zw > i) {
      this.pct = nextOf(this.text, '%', zw);
      return { to: zw, char: '' };
    }
    // Doubly URL-encoded (`%253D` is `%3D` is `=`): both layers at once.
    if (code === 0x25 && hexAt(this.text, to, 2) >= 0x20) [code, to] = [hexAt(this.text, to, 2), to + 2];
    const edit = code >= 0x20 && code < 0x7f ? { to, char: String.fromCharCode(code) } : null;
    // A letter or digit encoded inside a word (`Naf%33eq`) is more likely a literal `%` (a password's): the original
    // line is read too. Encoders leave letters and digits alone.
    if (edit && (!breaksNoMatch(edit.char) || isTokenChar(this.prevChar(i)))) this.lossyAt.push(i);
    this.pct = nextOf(this.text, '%', edit ? edit.to : i + 1);
    return edit;
  }

  /** Quoted-printable: `=` + line break is a soft line break (nothing), `=XX` a byte. */
  private equals(i: number): Edit | null {
    const text = this.text;
    const escaped = escapedSoftBreak(text, i, this.qp);
    if (escaped !== -1 || !this.qp) {
      this.eq = nextOf(text, this.eqNeedle, escaped !== -1 ? escaped : i + 1);
      return escaped !== -1 ? { to: escaped, char: '' } : null;
    }
    const soft =
      text.charCodeAt(i + 1) === 0x0a ? 2 : text.charCodeAt(i + 1) === 0x0d && text.charCodeAt(i + 2) === 0x0a ? 3 : 0;
    const code = soft ? -1 : hexAt(text, i + 1, 2);
    let edit: Edit | null = null;
    if (soft) edit = { to: i + soft, char: '' };
    else if (code >= 0x20 && code < 0x7f && /[0-9A-F]{2}/.test(text.slice(i + 1, i + 3))) {
      edit = { to: i + 3, char: String.fromCharCode(code) };
      if (!breaksNoMatch(edit.char)) this.lossyAt.push(i);
    } else if (code >= 0xc2 && code <= 0xf4) edit = qpCharacter(text, i, code);
    this.eq = nextOf(text, '=', edit ? edit.to : i + 1);
    return edit;
  }

  /** An HTML character reference (`&#115;`, `&#x73;`, `&quot;`): a key shown on a web page or in an HTML report. */
  private ampersand(i: number): Edit | null {
    const e = htmlEntity(this.text, i);
    // A typographic dash (`&ndash;`, `&#8209;`) reads as `-`, and its line as written too (`key&mdash;sk-…`).
    const edit = e ? { to: e.end, char: isIgnorableChar(e.char) ? '' : dashAsHyphen(e.char) } : null;
    if (edit && (!breaksNoMatch(edit.char) || edit.char !== e!.char)) this.lossyAt.push(i);
    this.amp = nextOf(this.text, '&', edit ? edit.to : i + 1);
    return edit;
  }

  /**
   * \r: with the \n after it one line ending (a match that starts at the line break takes both), or a line ending of
   * its own.
   */
  private carriageReturn(i: number): Edit {
    const to = this.text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
    this.cr = nextOf(this.text, '\r', to);
    return { to, char: '\n' };
  }

  /**
   * A terminal sequence whose ESC (raw or escaped) starts at `i` and ends before `from`: removed. A hyperlink's URI
   * stays (OSC 8, round 29: a key in a link's query went out), and the ST or raw BEL that ends it reads as a blank.
   */
  private terminal(i: number, from: number): Edit {
    const text = this.text;
    const osc8 = text.startsWith(']8;', from);
    const link = osc8 ? hyperlinkAt(text, from) : null;
    if (link !== null) {
      this.bel = link[1];
      this.resync(link[0]);
      return { to: link[0], char: ' ' };
    }
    const to = terminalEnd(text, from);
    // Glued between two token characters (of the view: what came before may be an edit too), or a CSI that is not a
    // colour code (`ESC [ 2 K`, a stray `ESC [` before a token, read as `ESC [ g`) may have eaten a token's character.
    const glued = isTokenChar(this.prevChar(i)) && to < text.length && isTokenChar(text.charCodeAt(to));
    if (glued || csiEats(text, from, to)) this.lossyAt.push(i);
    this.resync(to);
    // A lone ST (`ESC \`) ends a hyperlink's URI (OSC strings end in theirs); a link's end (`ESC ] 8 ; ;`) is a blank.
    return { to, char: osc8 || text.charCodeAt(from) === 0x5c ? ' ' : '' };
  }

  /** The character of the view before original position i. */
  private prevChar(i: number): number {
    return i > this.copied ? this.text.charCodeAt(i - 1) : this.lastChar;
  }

  private record(i: number, { to, char }: Edit): void {
    if (i > this.copied) {
      this.parts.push(this.text.slice(this.copied, i));
      this.vpos += i - this.copied;
      this.lastChar = this.text.charCodeAt(i - 1);
    }
    if (char) this.lastChar = char.charCodeAt(char.length - 1);
    this.vStart.push(this.vpos);
    this.vLen.push(char.length);
    this.oStart.push(i);
    this.oLen.push(to - i);
    if (char) this.parts.push(char);
    this.vpos += char.length;
    this.copied = to;
    this.resync(to);
  }

  /** An escape may have swallowed what another search found (`\%`, `\\r`...). */
  private resync(to: number): void {
    const text = this.text;
    if (this.bs < to) this.bs = nextOf(text, '\\', to);
    if (this.esc < to) this.esc = nextOf(text, ESC, to);
    if (this.pct < to) this.pct = nextOf(text, '%', to);
    if (this.cr < to) this.cr = nextOf(text, '\r', to);
    if (this.amp < to) this.amp = nextOf(text, '&', to);
    if (this.eq < to) this.eq = nextOf(text, this.eqNeedle, to);
    if (this.bsp < to) this.bsp = nextOf(text, '\b', to);
    if (this.zw < to) this.zw = nextZeroWidthOrSpace(text, to);
  }
}

/**
 * The normalised view of `text`, or null when it holds nothing to normalise (the fast path). Text whose only edits are
 * colour codes gets its view by a native replace (colour-view.ts).
 */
export function normalise(text: string): View | null {
  const builder = new ViewBuilder(text);
  if (builder.nothingToDo()) return null;
  return (builder.onlyEsc() ? colourView(text) : undefined) ?? builder.build();
}

/** For tests: the view ViewBuilder makes, without the colour codes' path. */
export function builtView(text: string): View | null {
  const builder = new ViewBuilder(text);
  return builder.nothingToDo() ? null : builder.build();
}
