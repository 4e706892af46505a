/**
 * PHP's dumps of an array or an object, where the name and its value are apart:
 * - `var_dump`: `["api_key"]=>` (a private property `["apiKey":"Cfg":private]=>`, a protected one
 *   `["apiKey":protected]=>`), then on the next line `string(32) "…"`: the value is the length's bytes between the
 *   quotes (it may hold quotes and blanks);
 * - `print_r`: `[api_key] => …` (`[apiKey:Cfg:private] => …`, `[apiKey:protected] => …`) to the line's end.
 * Found from their `]=>` and `] => ` literals (sibling-pairs.ts's scan); the name, on the same line before, and the
 * value are read in bounded windows, and the name is judged as sibling-pairs.ts judges a pair's name.
 */

const VAR_DUMP_NAME = /\[[ \t]*"([^"\r\n]{1,120})"(?::"[^"\r\n]{0,200}")?(?::(?:private|protected|public))?$/;
const VAR_DUMP_VALUE = /\]=>[ \t]*\r?\n[ \t]*string\((\d{1,5})\)[ \t]*"/y;
const PRINT_R_NAME = /^[ \t]*\[([A-Za-z_$][\w.$-]{0,119})(?::[\w\\]{1,120}:private|:protected)?$/;
const PRINT_R_VALUE = /\] => ([^\r\n]{1,4096})/y;
/** The longest value read. */
const MAX_VALUE = 4096;
/** How far back on its line a dump's name is read. */
const NEAR = 400;

export interface DumpPair {
  name: string;
  value: string;
  start: number;
}

/** The line's text from its start (at most NEAR characters back) to `at`. */
function lineBefore(text: string, at: number): string {
  const from = Math.max(0, at - NEAR);
  const piece = text.slice(from, at);
  return piece.slice(piece.lastIndexOf('\n') + 1);
}

/**
 * A `var_dump` pair at its `]=>`, or null. `read`: the end of the last value read; a pair inside it is none (a value's
 * bytes read once: `["password"]=>\n  string(4000) "` repeated read 4,000 characters per line, 7 s per MiB).
 */
export function varDumpPair(text: string, at: number, read: { end: number }): DumpPair | null {
  if (at < read.end) return null;
  const name = VAR_DUMP_NAME.exec(lineBefore(text, at));
  if (name === null) return null;
  VAR_DUMP_VALUE.lastIndex = at;
  const m = VAR_DUMP_VALUE.exec(text);
  if (m === null) return null;
  const start = at + m[0].length;
  const length = Number(m[1]);
  if (length > MAX_VALUE) return null;
  // The length counts UTF-8 bytes: a value beyond ASCII ends at the last quote of its line (read at most that far).
  let end = start + length;
  if (text.charCodeAt(end) !== 34 || /[^\x00-\x7f]/.test(text.slice(start, end))) {
    const line = text.slice(start, start + MAX_VALUE);
    const eol = line.indexOf('\n');
    end = start + line.lastIndexOf('"', eol === -1 ? line.length : eol);
    if (end <= start) return null;
  }
  read.end = end;
  return { name: name[1]!, value: text.slice(start, end), start };
}

/** A `print_r` pair at its `] => `, or null (a nested `Array` or `… Object` is no value). */
export function printRPair(text: string, at: number): DumpPair | null {
  const name = PRINT_R_NAME.exec(lineBefore(text, at));
  if (name === null) return null;
  PRINT_R_VALUE.lastIndex = at;
  const m = PRINT_R_VALUE.exec(text);
  if (m === null) return null;
  const value = m[1]!.trimEnd();
  if (/^(?:Array|[\w\\]+ Object)$/.test(value)) return null;
  return { name: name[1]!, value, start: at + 5 };
}
