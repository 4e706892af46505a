/**
 * The literal a variable was last assigned before a place in the text (`k = "…"`, `const k: string = '…'`,
 * `v := "…"`, `let k = String::from("…")`, `$k = '…'`, a shell's `K=…`): what a call or a parameter given the variable
 * receives (flows.ts, context.ts's SDK calls). The nearest assignment of the name decides; a name read from elsewhere
 * (`k = os.environ[…]`) holds no literal.
 */
import { charSet } from './line-heads.js';

const IDENT = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_');

/**
 * An assignment after the variable's name: a type (`: str`, `: &str`, Go's `string`), `=` or `:=`, a wrapper
 * (`String::from(`, `str(`), then a quoted literal (a shell's may be bare, to the line's end or a blank).
 */
const assign = (min: number): RegExp =>
  new RegExp(
    String.raw`(?:[ \t]*:[ \t]*&?[A-Za-z_][\w.<>[\]| ]{0,40}?|[ \t]+[A-Za-z_][\w.[\]]{0,30})?[ \t]*:?=(?![=>~])[ \t]*` +
      String.raw`(?:(?:String::from|String|str|to_string)\([ \t]*)?` +
      String.raw`(?:(["'\x60])([A-Za-z0-9_+/=.~-]{${min},200})\1|([A-Za-z0-9_+/=.~-]{${min},200})(?=[ \t]*(?:[;\r\n]|$)))`,
    'y',
  );
const ASSIGN = assign(16);
/** The same for a piece of a value joined from several (`a + b`: flows.ts), 6 characters or more. */
const ASSIGN_PIECE = assign(6);
/** Any assignment after the name (`k = os.environ[…]`): the nearest one decides. */
const ANY_ASSIGN = /(?:[ \t]*:[^=\n]{0,40}?)?[ \t]*:?=(?![=>~])/y;

/** How far before a use its variable's assignment is looked for, and how many times the name is tried there. */
const WINDOW = 64 * 1024;
const TRIES = 64;

/**
 * The literal assigned to `name` nearest before `before`, as [start, end] of its value, or null. `since`: a place where
 * the same search found nothing (at or before `before`): the occurrences that end by it decided nothing then and cannot
 * now, so the search stops there (a line of `password=x ` repeated looked back at 64 `x`s for each: 1.6 s per MiB).
 */
export function assignedBefore(
  text: string,
  name: string,
  before: number,
  piece = false,
  since = -1,
): [number, number] | null {
  const re = piece ? ASSIGN_PIECE : ASSIGN;
  const lo = Math.max(0, before - WINDOW);
  // Searched in the window only (a name not in it would have been looked for back to the text's start).
  const win = text.slice(lo, before);
  let k = win.lastIndexOf(name);
  for (let n = 0, j = lo + k; k !== -1 && n < TRIES; n++, k = k > 0 ? win.lastIndexOf(name, k - 1) : -1, j = lo + k) {
    if (j + name.length <= since) return null;
    // `$k = '…'` is PHP's (a shell's `$K` is a use, never followed by `=`).
    if (j > 0 && (IDENT[text.charCodeAt(j - 1)] === 1 || text.charCodeAt(j - 1) === 46)) continue;
    const at = j + name.length;
    if (IDENT[text.charCodeAt(at)] === 1) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m !== null) {
      const v = m[2] ?? m[3]!;
      const end = m.index + m[0].length - (m[2] !== undefined ? 1 : 0);
      return [end - v.length, end];
    }
    ANY_ASSIGN.lastIndex = at;
    if (ANY_ASSIGN.test(text)) return null;
  }
  return null;
}
