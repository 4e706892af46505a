/**
 * A value under a secret name spread over lines (round 23, issue 11 categories 3 and 7), joined and judged whole:
 * - by a format: YAML plain scalars going on on more-indented lines and explicit keys (`? token` then `: value`),
 *   TOML multi-line strings (`"""`, `'''`, line-ending backslashes), HCL heredocs (`<<EOT`, `<<-EOT`), Python
 *   triple-quoted strings, XML CDATA, INI continuation lines, an open quote going on (doubly escaped JSON's `\r\n`);
 * - by a wrapper that puts its mark before each line: comments (`#`, `//`, `--`, ` * `), e-mail quoting (`>`, `>>`),
 *   diff lines (`+`, `-`), word diffs (`{+…+}`), lists of quoted lines (`["abcd…",` + `"efgh…",`), `<br>` and
 *   Markdown hard breaks (two blanks) ending each piece.
 * Found from the stems of secret names (line-values.ts's, the shared literal scan): the name's line must end with the
 * value's first piece (or an opener); each next line, under the same mark, must hold one piece alone (a run of key
 * characters that reads random: no word, no file name), more indented than the name's line unless an opener, a quote,
 * a break or a mail quote says the value goes on. The pieces joined are judged as the name's value (judgeAssignment);
 * each piece is a hit. Every read is bounded (a name's line, 512 characters a line, 24 lines), so the pass is linear.
 */
import { shapeOf } from './continuations.js';
import { caseAndDigitClasses, humanPassword, namedCredential, symbolKey } from './credential-values.js';
import { judgeAssignment } from './key-names.js';
import { stemStarts } from './line-values.js';
import { runPass, type Hit, type Pass } from './pass.js';

const TOKEN = String.raw`[A-Za-z0-9+/_~!@#$%^*?.-]`;
/**
 * A run of blanks taken whole and never given back (a lookahead's capture, then its backreference: JavaScript has no
 * atomic group). Runs side by side that may each take blanks split a run every way: a name, 8,192 blanks and a
 * comma took over 60 s of CPU (attack 13's test).
 */
const blanks = (name: string, run = String.raw`[ \t]*`): string => String.raw`(?=(?<${name}>${run}))\k<${name}>`;
/**
 * After a name: its closing quote, `>` or `**`, an operator (or an explicit key's `:` on the next line), an opener,
 * the first piece (256 characters at most) and what ends it, then the line's end.
 */
const AFTER = new RegExp(
  String.raw`(?:["'>]|\*\*)?${blanks('b0')}(?<op>:=|=>|=|:|\r?\n[ \t]*:(?=[ \t]))?${blanks('b1')}` +
    String.raw`(?<open>"""|'''|<<-?["']?[A-Za-z_]\w{0,15}["']?|<!\[CDATA\[|(?:\[-[^\]\n]{0,64}-\])?\{\+|` +
    String.raw`(?:["']{2}\.join\()?\(?\[?[ \t]*["']?|)` +
    String.raw`(?<first>${TOKEN}{0,256}?={0,2})(?<end>\\|<br[ \t]*\/?>|\+\}|["'][,;)\]}]*|${blanks('b2', '  +')})?` +
    String.raw`(?<tail>${blanks('b3')}\r?)$`,
  'my',
);
/** A next line's piece (after the name line's mark): blanks, a piece's opener, the piece, what ends it. */
const PIECE = new RegExp(
  String.raw`(?<open>\{\+|["'])?(?<piece>${TOKEN}{1,256}?={0,2})` +
    String.raw`(?<end>\+\}|"""|'''|["'][,;)\]}"']*|\]\]>|\\|<br[ \t]*\/?>|${blanks('b0', '  +')})?${blanks('b1')}\r?$`,
  'my',
);
/** A line's mark: a comment's, a mail quote's, a diff's. */
const MARK = /[ \t]*(#+|\/\/+|--|\*(?!\*)|>(?:[ \t]?>)*|\+|-|;+)?([ \t]*)/y;
/** The blanks before a piece, on a line with no mark. */
const BLANKS = /[ \t]*/y;
const MAX_LINES = 24;
const MAX_LINE = 512;

const isNameChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) || c === 95 || c === 45 || c === 46;

/** Words joined by `-`, `_` or `.`, maybe a number after (`X-Api-Key`, `memory_cost_kib2`, `deploy-user`). */
const wordJoin = (p: string): boolean => /^(?:[A-Z]?[a-z]+|[A-Z]+)(?:[-_.](?:[A-Z]?[a-z]+|[A-Z]+))*\d*$/.test(p);

/** A piece that reads random: no words (`Cheers`, `README`, `X-Other-Key2`) and no file name (`main.py`). */
const pieceLike = (p: string): boolean =>
  !wordJoin(p) &&
  !/^[\w-]+\.[a-z]{1,4}$/i.test(p) &&
  (/[\d+/_~!@#$%^*?-]/.test(p) || (/[a-z]/.test(p) && /[A-Z]/.test(p)));

/** The blanks before and after a line's mark. */
const indentOf = (mk: RegExpExecArray): number => mk[0].length - (mk[1]?.length ?? 0);

/** The end of the line at `from` (its `\n` or the text's end), or -1 past `max` characters. */
function lineEnd(text: string, from: number, max: number): number {
  const stop = Math.min(text.length, from + max);
  for (let i = from; i < stop; i++) if (text.charCodeAt(i) === 10) return i;
  return stop === text.length ? stop : -1;
}

/** How the value goes on after its name's line. */
interface Mode {
  /** A block's closing line (`"""`, `'''`, `EOT`, `]]>`), or null. */
  closer: string | null;
  /** Next lines may sit at any indentation: an opener, a quote, a break or a mail quote says the value goes on. */
  free: boolean;
  /** What each next piece must be wrapped in: `{+`, a quote (`q`: in a list or parentheses), or nothing. */
  wrap: string;
  /** Each next piece but the last ends with a break (`<br>`, two blanks, `\`). */
  brk: string;
  /** An open quote: the value is whole only once a piece closes it. */
  quoted?: boolean;
}

const mode = (closer: string | null, wrap = '', brk = '', free = true): Mode => ({ closer, free, wrap, brk });

function modeOf(open: string, end: string, explicit: boolean): Mode | null {
  const brk = end.startsWith('<br') ? '<br' : end.startsWith('  ') ? '  ' : '';
  if (open === '"""' || open === "'''") return mode(open);
  if (open.startsWith('<<')) return mode(/\w+/.exec(open)![0]);
  if (open === '<![CDATA[') return mode(']]>');
  if (open.endsWith('{+')) return end === '+}' ? mode(null, '{+') : null;
  // A list or parentheses: quoted pieces, the first on the name's line (`["ab…",`) or on the next (`"".join([`).
  if (/[[(]/.test(open)) return (/["']$/.test(open) ? /^["'],?$/.test(end) : end === '') ? mode(null, 'q') : null;
  if (open !== '') return end === '' || end === '\\' ? { ...mode(null), quoted: /^["']$/.test(open) } : null;
  if (end !== '' && end !== '\\' && brk === '') return null;
  return mode(null, '', brk, explicit || brk !== '' || end === '\\');
}

/** Whether a piece's close ends the value: a quote (but a list's `",`), a block's closer, a bracket. */
const lastClose = (close: string, wrap: string): boolean =>
  wrap === 'q' ? /[)\]]/.test(close) : /^["']|"""|'''|\]\]>/.test(close);

/** The pieces of the value whose name's line ends at `eol`: [start, piece] pairs, or null. */
function nextPieces(text: string, eol: number, mark: string, indent: number, md: Mode): [number, string][] | null {
  const out: [number, string][] = [];
  let pos = eol + 1;
  for (let n = 0; pos < text.length; n++) {
    // A value going on past the lines read is left whole to the other passes (a PEM body in one quoted string, 25
    // lines and more: its first 24 lines taken here would leave the rest out).
    if (n === MAX_LINES) return null;
    const end = lineEnd(text, pos, MAX_LINE);
    if (end === -1) break;
    // Under no mark a piece may start with one (`-7Bo0…`): only blanks are read before it.
    const re = mark === '' ? BLANKS : MARK;
    re.lastIndex = pos;
    const mk = re.exec(text)!;
    if ((mk[1] ?? '') !== mark) break;
    const at = pos + mk[0].length;
    if (md.closer !== null && text.startsWith(md.closer, at)) return out;
    PIECE.lastIndex = at;
    const m = PIECE.exec(text);
    if (m === null || PIECE.lastIndex > end) break;
    const g = m.groups!;
    const close = g.end ?? '';
    const last = lastClose(close, md.wrap);
    const deeper = md.free || indentOf(mk) > indent || (mark.startsWith('>') && indentOf(mk) === indent);
    const wrapped = md.wrap === 'q' ? /^["']$/.test(g.open ?? '') && /^["']/.test(close) : (g.open ?? '') === md.wrap;
    // A piece in a frame (a block, a list, a word diff) may be a word; one a plain wrap or a mark goes on with not.
    const framed = md.closer !== null || md.wrap !== '';
    if (!deeper || !wrapped || !(framed || pieceLike(g.piece!) || (last && g.piece!.length < 3))) break;
    if (md.wrap === '{+' && close !== '+}') break;
    out.push([at + (g.open?.length ?? 0), g.piece!]);
    // A break mode's piece without its break is the last.
    if (last || (md.brk !== '' && !close.startsWith(md.brk))) return out;
    pos = end + 1;
  }
  // A string still open where the pieces stop (its last line goes on: `…XOH","client_email":…`) is left whole to the
  // other passes: its pieces would leave the last line out.
  return md.closer === null && md.quoted !== true ? out : null;
}

/** The hits of a value spread over lines under the name at [nameStart, nameEnd), or the position read to. */
function spreadAt(text: string, nameStart: number, nameEnd: number, hits: Hit[]): number {
  // A name's quote, `>`, `**`, a blank, an operator or a line break follows it (not `your-key-here<br>`'s `<`).
  if (!/["'>*:=\s]/.test(text.charAt(nameEnd))) return nameEnd;
  AFTER.lastIndex = nameEnd;
  const m = AFTER.exec(text);
  if (m === null) return nameEnd;
  const g = m.groups!;
  const open = g.open ?? '';
  const explicit = g.op?.includes('\n') === true;
  if (g.op === undefined && open !== '<![CDATA[') return nameEnd;
  const md = modeOf(open, g.end ?? '', explicit);
  const eol = AFTER.lastIndex;
  if (md === null || text.charCodeAt(eol) !== 10) return nameEnd;
  // The name's line: its mark and the blanks after it (a name 512 characters into its line is no setting's).
  let ls = nameStart;
  while (ls > 0 && nameStart - ls < MAX_LINE && text.charCodeAt(ls - 1) !== 10) ls--;
  if (ls > 0 && text.charCodeAt(ls - 1) !== 10) return nameEnd;
  MARK.lastIndex = ls;
  const mk = MARK.exec(text)!;
  const next = nextPieces(text, eol, mk[1] ?? '', indentOf(mk), md);
  const first = g.first!;
  // Two pieces or more; one in a block or after an explicit key.
  if (next === null || next.length + (first === '' ? 0 : 1) < (md.closer !== null || explicit ? 1 : 2)) return nameEnd;
  const firstStart = AFTER.lastIndex - g.tail!.length - (g.end?.length ?? 0) - first.length;
  const pieces = first === '' ? next : [[firstStart, first] as [number, string], ...next];
  const value = pieces.map(([, p]) => p).join('');
  const name = text.slice(nameStart, nameEnd).replace(/^[^A-Za-z_]+/, '');
  if (value.length < 12 || caseAndDigitClasses(value) < 2 || judgeAssignment(name, value) === null) return nameEnd;
  // The name's judgement takes any value under a strong name: the pieces joined must read as a credential too.
  // A first piece of words (`X-Api-Key`) a plain wrap goes on from is a setting's, but a prefix (`sk-ant-api`).
  const shape = shapeOf(value) !== null;
  if (md.closer === null && md.wrap === '' && wordJoin(first) && !shape) return nameEnd;
  if (!(shape || namedCredential(value) || humanPassword(value) || symbolKey(value))) return nameEnd;
  for (const [start, p] of pieces) hits.push({ rule: 'line-value', start, end: start + p.length });
  const [lastStart, lastPiece] = pieces[pieces.length - 1]!;
  return lastStart + lastPiece.length;
}

function spreadHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let done = 0;
  for (const i of stemStarts(text)) {
    if (i < done) continue;
    let s = i;
    while (s > 0 && i - s < 64 && isNameChar(text.charCodeAt(s - 1))) s--;
    let e = i;
    while (e < text.length && e - i < 64 && isNameChar(text.charCodeAt(e))) e++;
    done = spreadAt(text, s, e, hits);
  }
  return hits;
}

/**
 * The pass of values spread over lines under a secret name (see the file's comment); on the original too where the
 * view decoded a `%` (a password's `%27` read as a quote).
 */
export function spreadValuePass(): Pass {
  return { ...runPass(spreadHits, true), rawOnlyIn: (text) => text.includes('%') };
}
