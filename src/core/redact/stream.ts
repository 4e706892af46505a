/**
 * The streaming filter of one file, in bounded memory whatever its line lengths. Text is
 * redacted in pieces of about PIECE characters: cut after a line break; a line longer than
 * that is cut at a separator at least OVERLAP characters before the end of what is held, and
 * matched whole (a hit that starts before the cut is replaced whole, the rest waits for the
 * next piece). Each piece is matched with up to CONTEXT characters of the text before it (a
 * key name, a token's start), which are not emitted again. A PEM block that has not ended is
 * held back up to PEM_HOLD characters.
 */
import type { TextFilter } from '../content.js';
import { isCodeFile, isLocaleFile, type HitContext } from './benign.js';
import { notebookCodeAt } from './notebook-lines.js';
import { unfinishedBlock } from './blocks.js';
import { TableCarry } from './csv.js';
import { applyHits } from './apply-hits.js';
import { mergeHits, type Hit } from './pass.js';

/** Where a value was redacted: never the value itself. */
export interface Finding {
  line: number;
  rule: string;
}

/** Findings kept per file (counts are always complete). */
const MAX_FINDINGS_PER_FILE = 200;
/** Text is redacted in line-aligned pieces of about this many characters. */
const PIECE = 1 << 20;
/** An unterminated PEM block is held back for at most this long, waiting for its END line. */
const PEM_HOLD = 256 * 1024;
/**
 * A line longer than PIECE is cut at least this far before the end of what is held: every hit that starts before the
 * cut is seen whole.
 */
const OVERLAP = 64 * 1024;
/** Characters of already emitted text each piece is matched with (a key name, a token's start), not emitted again. */
const CONTEXT = 2048;

/** What the filter needs of the redactor: the hits of a piece of text. */
type HitsOf = (text: string, ctx: HitContext) => Hit[];

/** How a text that is no file is read in pieces (redactInPieces): its first line's number, where findings go. */
interface PieceOptions {
  firstLine: number;
  onFinding: (rule: string, line: number) => void;
  yaml: boolean;
  ctx: HitContext;
}

/**
 * The characters a token cut at a piece's end may go on with in the next piece (any token's: base64's `+/=`, a JWT's
 * and Google's `.`).
 */
const TOKEN_CHAR = /[A-Za-z0-9_+/=.-]/;

/** How many characters from text[at] continue a token (TOKEN_CHAR), up to `to`. */
function tokenRun(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && TOKEN_CHAR.test(text[i]!)) i++;
  return i - at;
}

class StreamFilter implements TextFilter {
  /** Whether the file is YAML (read only when a piece has hits). */
  private isYaml: boolean | undefined;
  /** The matching context: whether the file is code, read only when a pass has hits to judge (benign.ts). */
  private readonly ctx: HitContext;
  private readonly carry = new TableCarry();
  /**
   * The context (up to CONTEXT characters already emitted) and, after it, the text not emitted yet: one string, so a
   * piece is flattened once (a separate context made each piece a second 1 MB copy).
   */
  private buf = '';
  /** How many characters at the start of buf are context. */
  private ctxLen = 0;
  private line = 1;
  private readonly rel: string;
  private readonly countsByRule: Record<string, number> = {};
  private readonly found: Finding[] = [];
  /**
   * The last piece ended inside a token a hit replaced (a token longer than what a piece matches: `sk-` and 4 MiB): its
   * rest at the start of the next piece goes with it, replaced by nothing (the placeholder is out already).
   */
  private open = false;

  constructor(
    private readonly hitsOf: HitsOf,
    rel: string,
    private readonly opts?: PieceOptions,
  ) {
    let code: boolean | undefined;
    let locale: boolean | undefined;
    this.ctx = opts?.ctx ?? {
      get code(): boolean {
        return (code ??= isCodeFile(rel));
      },
      get locale(): boolean {
        return (locale ??= isLocaleFile(rel));
      },
      // A notebook's outputs and markdown cells are text, its code cells' sources code (notebook-lines.ts).
      ...(/\.ipynb$/i.test(rel) ? { codeAt: notebookCodeAt } : {}),
    };
    this.rel = rel;
    if (opts) [this.line, this.isYaml] = [opts.firstLine, opts.yaml];
  }

  write(text: string): string {
    this.buf += text;
    let out = '';
    while (this.buf.length - this.ctxLen >= PIECE) {
      const { cut, limit } = cutPoint(this.buf, this.ctxLen);
      if (cut === 0) break;
      out += this.flush(cut, limit);
    }
    return out;
  }

  end(): string {
    const pending = this.buf.length - this.ctxLen;
    return pending > 0 ? this.flush(pending, pending) : '';
  }

  counts(): Record<string, number> {
    return this.countsByRule;
  }

  findings(): Finding[] {
    return this.found;
  }

  private readonly onFinding = (rule: string, at: number): void => {
    this.opts?.onFinding(rule, at);
    this.countsByRule[rule] = (this.countsByRule[rule] ?? 0) + 1;
    if (this.found.length < MAX_FINDINGS_PER_FILE) this.found.push({ line: at, rule });
  };

  /** Redacts and emits the held text up to `cut`, matching it up to `limit`. */
  private flush(cut: number, limit: number): string {
    const { buf, ctxLen: from } = this;
    // The piece is matched with the context before it (a key name, a token's start), which is not emitted again.
    const text = from + limit < buf.length ? buf.slice(0, from + limit) : buf;
    // The rest of a token the last piece's hit was cut in goes with it; a piece that is all such rest is not matched.
    const rest = this.open ? from + tokenRun(text, from, text.length) : from;
    const whole = rest === text.length;
    // A CSV file's secret columns, whose header is only in the first piece (csv.ts).
    let hits = whole ? [] : mergeHits(this.hitsOf(text, this.ctx), this.carry.hits(text, from));
    if (rest > from) hits = hits.filter((h) => h.start >= rest);
    let to = Math.max(from + cut, rest);
    // A hit that starts before the cut is replaced whole: the cut moves to its end.
    for (const h of hits) if (h.start < to && h.end > to) to = h.end;
    if (to > text.length) to = text.length;
    this.open = to === text.length && to > from && (whole || hits.some((h) => h.end === to && h.start < to));
    this.open &&= TOKEN_CHAR.test(text[to - 1]!);
    this.carry.advance(text, from, to);
    const out =
      hits.length === 0
        ? text.slice(rest, to)
        : applyHits(text, hits, rest, to, this.line, this.onFinding, (this.isYaml ??= /\.ya?ml$/i.test(this.rel)));
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) this.line++;
    // Also after a line break: a YAML block scalar's or a name/value pair's name may be just before the cut.
    const ctxStart = Math.max(0, to - CONTEXT);
    this.ctxLen = to - ctxStart;
    this.buf = buf.slice(ctxStart);
    return out;
  }
}

/** A streaming filter for one file (see the file's comment). */
export function streamFilter(hitsOf: HitsOf, rel: string): TextFilter & { findings(): Finding[] } {
  return new StreamFilter(hitsOf, rel);
}

/**
 * A text that is no file (a string, a message, a log read whole) redacted in the stream's pieces when it is longer than
 * one: no regex then reads more than a piece (a 4 MiB run of token characters overflowed the regex engine's stack).
 * Null for a text of two pieces or less, matched whole by the caller: 2 MiB of `sk-`, `ghp_`, `eyJ` or `AKIA` then
 * token characters stays within the stack, and a line read whole costs a quarter of the same line in pieces (a 1 MiB
 * line of random letters: 375 against 1,400 ms of CPU).
 */
export function redactInPieces(hitsOf: HitsOf, text: string, opts: PieceOptions): string | null {
  if (text.length <= 2 * PIECE) return null;
  const f = new StreamFilter(hitsOf, '', opts);
  return f.write(text) + f.end();
}

/**
 * Where to cut a buffer (whole[start...]) of at least PIECE characters, and how much of it to match with the piece
 * before the cut: after the last line break (among the first PIECE characters if the buffer is
 * more than twice that), matched up to the cut; in a line longer than that, after the last separator (`,` `;` `}` or
 * whitespace) before
 * the last OVERLAP characters of the first PIECE (else there), never between the two halves of
 * a surrogate pair, matched with the OVERLAP characters after it; never inside a PEM block that
 * has not ended yet (held back up to PEM_HOLD characters).
 */
function cutPoint(whole: string, start: number): { cut: number; limit: number } {
  // The search flattens `whole` (context + pending text, appended to) in place; sliced after it, the pending text is
  // not copied (sliced before it, V8 copied it and the regexes flattened the whole once more).
  let cut = Math.max(0, whole.lastIndexOf('\n') + 1 - start);
  const buf = start > 0 ? whole.slice(start) : whole;
  // What one write brought may hold many lines: the piece stops at a line break among its first PIECE characters.
  if (cut > 2 * PIECE) cut = buf.lastIndexOf('\n', PIECE - 1) + 1;
  let limit = cut;
  if (cut === 0) {
    limit = Math.min(buf.length, PIECE);
    const last = limit - OVERLAP;
    const from = Math.max(0, last - 65536);
    for (let i = last - 1; i >= from; i--) {
      const c = buf.charCodeAt(i);
      if (c === 44 || c === 59 || c === 125 || c === 32 || c === 9) {
        cut = i + 1;
        break;
      }
    }
    if (cut === 0) cut = last;
    const c = buf.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
  }
  // Only a header in the last PEM_HOLD characters can be held back: the last one at or before the
  // cut is looked for there, by forward searches (lastIndexOf is a slow backward scan of the whole piece).
  let begin = -1;
  for (
    let i = buf.indexOf('-----BEGIN', Math.max(0, buf.length - PEM_HOLD + 1));
    i !== -1 && i <= cut;
    i = buf.indexOf('-----BEGIN', i + 1)
  )
    begin = i;
  if (begin !== -1 && !buf.includes('PRIVATE KEY')) begin = -1;
  const end = begin === -1 ? -1 : buf.indexOf('-----END', begin);
  if (begin !== -1 && (end === -1 || end >= cut) && buf.length - begin < PEM_HOLD) {
    cut = begin;
    limit = Math.min(limit, begin);
  }
  // PuTTY and SSH2 private keys are held the same way (blocks.ts).
  const block = unfinishedBlockNear(buf, cut);
  if (block !== -1) {
    cut = block;
    limit = Math.min(limit, block);
  }
  return { cut, limit };
}

/**
 * unfinishedBlock (blocks.ts) among the last PEM_HOLD characters only, the only ones a block can be held back from:
 * two searches of the whole buffer per piece were 3% of bench:redact.
 */
function unfinishedBlockNear(buf: string, cut: number): number {
  const from = Math.max(0, buf.length - PEM_HOLD + 1);
  if (cut < from) return -1;
  const at = unfinishedBlock(from > 0 ? buf.slice(from) : buf, cut - from);
  return at === -1 ? -1 : at + from;
}
