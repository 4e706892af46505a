/**
 * A linear, tolerant scan of the JSON documents in a text (a state file, a block in Markdown, a log line): each
 * object's members are recorded as slots (a string's text, a literal, an object's own slots, and the range of the
 * string values under it), and the caller is told when an object closes, with the objects and arrays around it. Text
 * that is no JSON ends the document being read; the scan goes on at the next `{` or `[`.
 */

/** A member's value: where the strings under it are in `strings`, and what it is when it is no container. */
export interface JsonSlot {
  /** The string values under it are `strings[from]` to `strings[to - 1]`. */
  from: number;
  to: number;
  /** A string's content (unescaped only as far as the text is). */
  text?: string;
  /** `true`, `false`, `null` or a number, as written. */
  literal?: string;
  /** An object's members. */
  sub?: Map<string, JsonSlot>;
}

export interface JsonFrame {
  array: boolean;
  slots: Map<string, JsonSlot>;
  /** The key whose value comes next (objects); null before a key or in an array. */
  key: string | null;
  /** After `key`, its `:` was read. */
  colon: boolean;
  /** `strings.length` when the container opened. */
  from: number;
}

/** A string value: its content's [start, end) in the text and the key it is directly under (null in an array). */
export type JsonString = [start: number, end: number, key: string | null];

const LITERAL = /true|false|null|-?\d[\d.eE+-]{0,63}/y;
const OPEN = /[{[]/g;
/** Nesting deeper than this is no document a tool wrote: the scan starts again after it. */
const MAX_DEPTH = 256;

type OnClose = (stack: readonly JsonFrame[], strings: readonly JsonString[]) => void;

/** One scan's state; each step returns false where the text is no JSON (the scan then starts again after it). */
class Scan {
  readonly strings: JsonString[] = [];
  private readonly stack: JsonFrame[] = [];
  private newline = -1;
  /** In a container, after a value: a `,` or its end is due. */
  private afterValue = false;
  i = -1;

  constructor(
    private readonly text: string,
    private readonly onClose: OnClose,
  ) {}

  private get top(): JsonFrame | undefined {
    return this.stack[this.stack.length - 1];
  }

  restart(): void {
    this.stack.length = 0;
    this.afterValue = false;
    OPEN.lastIndex = this.i + 1;
    this.i = OPEN.exec(this.text)?.index ?? this.text.length;
  }

  private set(slot: JsonSlot): void {
    const top = this.top;
    if (top && !top.array) {
      if (top.key !== null) top.slots.set(top.key, slot);
      top.colon = false;
    }
    this.afterValue = true;
  }

  open(array: boolean): boolean {
    const top = this.top;
    if (this.afterValue || this.stack.length >= MAX_DEPTH || (top && !top.array && !top.colon)) return false;
    this.stack.push({ array, slots: new Map(), key: null, colon: false, from: this.strings.length });
    this.i++;
    return true;
  }

  close(array: boolean): boolean {
    const top = this.top;
    if (!top || top.array !== array) return false;
    if (!array) this.onClose(this.stack, this.strings);
    this.stack.pop();
    this.set({ from: top.from, to: this.strings.length, ...(array ? {} : { sub: top.slots }) });
    this.i++;
    if (this.stack.length === 0) this.restart();
    return true;
  }

  punctuation(c: string): boolean {
    const top = this.top;
    if (!top) return false;
    if (c === ',' && this.afterValue) {
      this.afterValue = false;
      if (!top.array) top.key = null;
    } else if (c === ':' && !top.array && top.key !== null && !top.colon && !this.afterValue) top.colon = true;
    else return false;
    this.i++;
    return true;
  }

  /** A string at `i`: a key or a value; it must close on its line. */
  string(): boolean {
    const { text, i } = this;
    const top = this.top;
    if (!top || this.afterValue) return false;
    let end = i + 1;
    for (;;) {
      end = text.indexOf('"', end);
      if (end === -1) break;
      let slashes = 0;
      while (text.charCodeAt(end - 1 - slashes) === 92) slashes++;
      if (slashes % 2 === 0) break;
      end++;
    }
    if (this.newline < i) this.newline = text.indexOf('\n', i) >>> 0;
    if (end === -1 || end > this.newline) return false;
    const content = text.slice(i + 1, end);
    this.i = end + 1;
    if (!top.array && !top.colon) {
      if (top.key !== null) return false;
      top.key = content;
      return true;
    }
    this.strings.push([i + 1, end, top.array ? null : top.key]);
    this.set({ from: this.strings.length - 1, to: this.strings.length, text: content });
    return true;
  }

  literal(): boolean {
    const top = this.top;
    LITERAL.lastIndex = this.i;
    const m = top && !this.afterValue && (top.array || top.colon) ? LITERAL.exec(this.text) : null;
    if (m === null) return false;
    this.set({ from: this.strings.length, to: this.strings.length, literal: m[0] });
    this.i += m[0].length;
    return true;
  }
}

/**
 * Scans `text`; `onClose` is called as each object closes, with the frames open (outermost first, the object last)
 * and the string values seen so far (the slots' `from`/`to` index them); returns every string value, in order.
 */
export function scanJson(text: string, onClose: OnClose): JsonString[] {
  const scan = new Scan(text, onClose);
  scan.restart();
  while (scan.i < text.length) {
    const code = text.charCodeAt(scan.i);
    if (code === 32 || code === 10 || code === 13 || code === 9) {
      scan.i++;
      continue;
    }
    const c = text[scan.i]!;
    const ok =
      c === '{' || c === '['
        ? scan.open(c === '[')
        : c === '}' || c === ']'
          ? scan.close(c === ']')
          : c === ',' || c === ':'
            ? scan.punctuation(c)
            : c === '"'
              ? scan.string()
              : scan.literal();
    if (!ok) scan.restart();
  }
  return scan.strings;
}
