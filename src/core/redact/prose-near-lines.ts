/**
 * Lines another reader judges, and values the sentence says are no key, for prose-near.ts (round 18):
 * - a bullet's or a bold label's line (`- GitHub: <sha>`, `* **Groq**: …`, YAML's `- key: <uuid>`): labels.ts's
 *   BULLET, which knows a git host's 40 hex is a commit and a YAML list's `key` no label;
 * - a table row (psql, CSV, TSV) under a header that names the value's column as something else
 *   (`next_page_token`, `token_count`, `sha`): tables.ts and csv.ts read rows by their header;
 * - a generator's output shown after its call (`` `nanoid()` gives "…" ``, `uuid.v4() // => '…'`).
 * Each costs a bounded read around the value (a line, a few lines above): prose-near stays linear.
 */
import { LastAnswer } from './caches.js';
import { cellName, isSecretName } from './cells.js';
import { BULLET, BULLET_HEAD } from './labels.js';

/** After a value that ends its line: a closing quote or bold, a full stop. */
const LINE_END = /^[`"'*_]{0,4}[ \t]*[.,;]?[ \t]*\r?(?:\n|$)/;
/** The longest line read as a bullet or a table's row (a longer one is no table a tool printed). */
const LINE = 1024;

/** Whether the value at [start, end), on the line from `ls`, is the value of a bullet's or bold label's line. */
export function bulletValue(text: string, ls: number, start: number, end: number): boolean {
  // The value ends its line (BULLET's shape), and the line starts within LINE characters of it.
  if (!LINE_END.test(text.slice(end, end + 12)) || (ls > 0 && text.charCodeAt(ls - 1) !== 10)) return false;
  BULLET_HEAD.lastIndex = ls;
  if (!BULLET_HEAD.test(text)) return false;
  BULLET.lastIndex = ls;
  const m = BULLET.exec(text);
  const v = m?.indices?.groups?.v;
  return v !== undefined && v[0] <= start && end <= v[1];
}

/**
 * A call's output after it (`` `nanoid()` gives "…" ``, `crypto.randomUUID(); // ⇨ '…'`, `uuid4() returns …`): a call
 * (a name, its arguments), maybe closing a code span, then at most an arrow or a verb of output.
 */
const CALL_OUTPUT =
  /[\w$.]\((?:[^()\n]|\([^()\n]*\)){0,80}\)[`'"]*[ \t]*;?[ \t]*(?:(?:\/\/|#)[ \t]*)?(?:(?:=>|⇨|→|->|:|gives|returns?|yields|prints|outputs?|produces|generates|e\.g\.|like|is)[ \t]*)*(?:values?[ \t]+like[ \t]+)?["'`]?$/;

/** Whether the text before a value on its line ends with a call whose output the value is. */
export const callOutput = (before: string): boolean => CALL_OUTPUT.test(before.slice(-160));

/** A header's name that says nothing of what its column holds. */
const GENERIC = /^(?:values?|val|data|content|text|field|entry|key|secret|token|credential|password|item)$/i;
/** A separator line of psql (`----+----`), Markdown or column output. */
const SEPARATOR = /^[ \t|+:=─━═┼╪╇-]*-[ \t|+:=─━═┼╪╇-]*\r?$/;
/** How many lines up a header is looked for (rows of a table: each line read once per value at most). */
const MAX_ROWS = 8;

/** The delimiter of a row the value is a cell of: `|` (psql, column bars), else `,`, `\t`, `;` (most on the line). */
function delimiterOf(line: string): string | null {
  if (line.includes('|')) return '|';
  const counts = [',', '\t', ';'].map((d) => [d, line.split(d).length - 1] as const).sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : null;
}

/** The header last read (a row's values are judged one after another: its header is read once). */
const lastHeader = new LastAnswer<Header | null>();

interface Header {
  delim: string;
  names: string[];
}

/**
 * The header of the table row whose line starts at `ls`: a line a few lines above whose cells (as many) are all names,
 * psql's separator line skipped; null when the line is no row or none is found.
 */
function headerOf(text: string, ls: number, start: number): Header | null {
  return lastHeader.get(text, () => readHeader(text, ls, start), ls);
}

function readHeader(text: string, ls: number, start: number): Header | null {
  if (ls > 0 && text.charCodeAt(ls - 1) !== 10) return null;
  let le = text.slice(start, start + LINE).indexOf('\n');
  le = le === -1 ? (start + LINE >= text.length ? text.length : -1) : start + le;
  if (le === -1) return null;
  const line = text.slice(ls, le);
  const delim = delimiterOf(line);
  if (delim === null) return null;
  const cells = line.split(delim).length;
  let end = ls - 1;
  for (let k = 0; k < MAX_ROWS && end > 0; k++) {
    const nl = text.slice(Math.max(0, end - LINE - 1), end).lastIndexOf('\n');
    if (nl === -1 && end > LINE) return null;
    const from = nl === -1 ? 0 : Math.max(0, end - LINE - 1) + nl + 1;
    const above = text.slice(from, end);
    end = from - 1;
    if (SEPARATOR.test(above)) continue;
    const parts = above.split(delim);
    if (above.trim() === '' || parts.length !== cells) return null;
    const names = parts.map(cellName);
    if (names.every((n): n is string => n !== null)) return { delim, names };
  }
  return null;
}

/** The name of the column of a table row's cell at `start` (its line from `ls`), from its header; null when none. */
export function columnName(text: string, ls: number, start: number): string | null {
  const h = headerOf(text, ls, start);
  if (h === null) return null;
  return h.names[text.slice(ls, start).split(h.delim).length - 1] ?? null;
}

/**
 * Whether a table's header names the value's column as no secret (`next_page_token`, `token_count`, `sha`): the tables
 * pass reads that column; a secret's name or a word that says nothing (`value`, `key`) leaves it to the anchor.
 */
export function namedColumn(text: string, ls: number, start: number): boolean {
  const name = columnName(text, ls, start);
  return name !== null && !GENERIC.test(name) && !isSecretName(name);
}

/**
 * Between an anchor and a value below it: the rest of the anchor's sentence ending with a colon, then the value on a
 * line of its own after at most one blank line, a code fence or an indented block's indent (`Here is the key:`, a
 * blank line, `    <hex>`). wordsBetween ends a clause at a line break, so such a value was found only when another
 * layer happened to read it.
 */
const INTRO_GAP = /^[^\n.;!?]{0,40}:[ \t]*\r?\n(?:[ \t]*\r?\n)?(?:[ \t]*(?:```|~~~)[\w-]*[ \t]*\r?\n)?[ \t>]*[`'"]?$/;
/** After such a value: its line ends (a closing quote or code span at most). */
const ALONE_AFTER = /^[`'"]?[ \t]*\r?(?:\n|$)/;

/** Whether the value at [start, end) stands alone on a line below a sentence its anchor (ending at `from`) ends. */
export const introducedBelow = (text: string, from: number, start: number, end: number): boolean =>
  start - from <= 80 && INTRO_GAP.test(text.slice(from, start)) && ALONE_AFTER.test(text.slice(end, end + 4));
