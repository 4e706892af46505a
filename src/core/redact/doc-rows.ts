/**
 * The tables of document markup the other table readers do not know (round 23, doc-tables.ts reads them): LaTeX
 * `tabular`-like environments (rows ended by `\\`, cells by `&`, rules `\hline`/`\midrule`), Jira/Confluence
 * (`||head||`, `|cell|`), Textile (`|_. head |`), MediaWiki (`{|` … `|}`: `!` heads, `|-` rows, `||`/`!!` cells),
 * AsciiDoc (`|===` … `|===`, a cell per `|`, rows of as many cells as the first line), reStructuredText list-tables
 * (`* - cell`, `  - cell`) and simple tables (`=====  =====` rules, columns where the rule's runs start). Each reader
 * starts at its table's first line and returns the cells as [start, end) ranges of the text and where the table ends,
 * so every line is read once. Every search is bounded (`LIMIT` characters of a table, `LINE` of a line).
 */
import { pushAll } from '../lists.js';

export type Span = [number, number];
export interface DocTable {
  head: Span[];
  rows: Span[][];
  end: number;
}

/** The most of a table read, and of one line. */
const LIMIT = 256 * 1024;
const LINE = 16 * 1024;

/** The end of the line at `at` (bounded: a longer line ends there). */
function lineEnd(text: string, at: number): number {
  const lim = Math.min(text.length, at + LINE);
  let i = at;
  while (i < lim && text.charCodeAt(i) !== 10) i++;
  return i;
}

/** The spans between separators `sep` in [a, b); an empty first and last span (outside outer bars) left out. */
export function splitSpans(text: string, a: number, b: number, sep: string): Span[] {
  const out: Span[] = [];
  const line = text.slice(a, b);
  let s = a;
  for (let i = line.indexOf(sep); i !== -1; i = line.indexOf(sep, i + sep.length)) {
    if (line[i - 1] !== '\\') {
      out.push([s, a + i]);
      s = a + i + sep.length;
    }
  }
  out.push([s, b]);
  const blank = (x: Span | undefined): boolean => x !== undefined && text.slice(x[0], x[1]).trim() === '';
  if (out.length > 1 && blank(out[0])) out.shift();
  if (out.length > 1 && blank(out.at(-1))) out.pop();
  return out;
}

/** Lines from `at` while `take(line start, line end)` says they belong to the table. */
function lines(text: string, at: number, take: (a: number, b: number) => boolean): number {
  let a = at;
  while (a < text.length && a - at < LIMIT) {
    const b = lineEnd(text, a);
    if (!take(a, b)) break;
    a = b + 1;
  }
  return Math.min(a, text.length);
}

const cr = (text: string, b: number): number => (text[b - 1] === '\r' ? b - 1 : b);

/** Jira/Confluence and Textile: a head line, then lines starting with `|`. */
export function barTable(text: string, at: number, headSep: string): DocTable {
  const b = lineEnd(text, at);
  const head = splitSpans(text, at, cr(text, b), headSep);
  const rows: Span[][] = [];
  const end = lines(text, b + 1, (x, y) => {
    if (!/^[ \t]*\|(?!\|)/.test(text.slice(x, Math.min(y, x + 64)))) return false;
    rows.push(splitSpans(text, x, cr(text, y), '|'));
    return true;
  });
  return { head, rows, end };
}

/** MediaWiki: `{|` to `|}`. */
export function wikiTable(text: string, at: number): DocTable {
  const head: Span[] = [];
  const rows: Span[][] = [];
  let row: Span[] | null = null;
  const end = lines(text, lineEnd(text, at) + 1, (x, y) => {
    const t = text.slice(x, Math.min(y, x + 3)).trimStart();
    if (t.startsWith('|}')) return false;
    const a = x + text.slice(x, y).search(/\S|$/);
    if (t.startsWith('|-')) rows.push((row = []));
    else if (t.startsWith('!') || (t.startsWith('|') && !t.startsWith('|+'))) {
      const cells = splitSpans(text, a + 1, cr(text, y), t[0] === '!' ? '!!' : '||').flatMap((s) =>
        splitSpans(text, s[0], s[1], '||'),
      );
      // `style="…" | value`: the value after the attributes.
      const values = cells.map(([p, q]): Span => {
        const bar = text.slice(p, q).lastIndexOf('|');
        return bar === -1 ? [p, q] : [p + bar + 1, q];
      });
      pushAll(t[0] === '!' && rows.length === 0 ? head : (row ??= rows[rows.push([]) - 1]!), values);
    }
    return true;
  });
  return { head, rows: rows.filter((r) => r.length > 0), end: Math.min(lineEnd(text, end) + 1, text.length) };
}

/** AsciiDoc: `|===` to `|===`; the first line's cells are the head and give the row's width. */
export function adocTable(text: string, at: number): DocTable {
  const cells: Span[][] = [];
  const end = lines(text, lineEnd(text, at) + 1, (x, y) => {
    const t = text.slice(x, cr(text, y));
    if (t.startsWith('|===')) return false;
    if (t.trim() !== '')
      cells.push(t.trimStart().startsWith('|') ? splitSpans(text, x + t.indexOf('|') + 1, x + t.length, '|') : []);
    return true;
  });
  const head = cells[0] ?? [];
  const flat = cells.slice(1).flat();
  const rows: Span[][] = [];
  const n = Math.max(head.length, 1);
  for (let i = 0; i < flat.length; i += n) rows.push(flat.slice(i, i + n));
  return { head, rows, end: Math.min(lineEnd(text, end) + 1, text.length) };
}

/** reStructuredText list-table: options, then `* - cell` rows and `  - cell` cells. */
export function listTable(text: string, at: number): DocTable {
  const rows: Span[][] = [];
  const end = lines(text, lineEnd(text, at) + 1, (x, y) => {
    const t = text.slice(x, cr(text, y));
    const m = /^[ \t]+(\* +)?- /.exec(t);
    if (m) {
      if (m[1] || rows.length === 0) rows.push([]);
      rows.at(-1)!.push([x + m[0].length, x + t.length]);
    }
    return m !== null || t.trim() === '' || /^[ \t]+:[\w-]+:/.test(t) || /^[ \t]{4,}\S/.test(t);
  });
  return { head: rows[0] ?? [], rows: rows.slice(1), end };
}

const RULE = /^ *=+(?: +=+)+ *\r?$/;

/** reStructuredText simple table: a rule, the head, a rule, rows, a rule; columns where the rule's runs start. */
export function simpleTable(text: string, at: number): DocTable | null {
  const b = lineEnd(text, at);
  const starts = [...text.slice(at, b).matchAll(/=+/g)].map((m) => m.index);
  const cells = (x: number, y: number): Span[] =>
    starts
      .map((s, i): Span => [Math.min(x + s, y), i + 1 < starts.length ? Math.min(x + starts[i + 1]!, y) : y])
      .filter(([p, q]) => p < q);
  const body: Span[][] = [];
  let rules = 1;
  const end = lines(text, b + 1, (x, y) => {
    if (RULE.test(text.slice(x, Math.min(y, x + 1024)))) return ++rules < 3;
    if (text.slice(x, y).trim() !== '') body.push(cells(x, cr(text, y)));
    return rules === 2 || body.length < 3;
  });
  if (rules < 2 || body.length === 0) return null;
  return { head: body[0]!, rows: body.slice(1), end: Math.min(lineEnd(text, end) + 1, text.length) };
}

/** LaTeX's rules and row commands before a row's first cell. */
const TEX_RULES =
  /^(?:\s+|\\(?:hline|toprule|midrule|bottomrule|endhead|endfirsthead|endfoot|endlastfoot)\b|\\(?:cline|cmidrule|rowcolor)(?:\([^)]{0,8}\))?\{[^{}]{0,40}\}|\[[^\]]{0,16}\])+/;

/** A LaTeX table environment from `\begin{env}` to `\end{env}`: rows ended by `\\`, cells split at `&`. */
export function texTable(text: string, at: number, env: string): DocTable {
  const from = lineEnd(text, at) + 1;
  const close = text.indexOf(`\\end{${env}}`, from);
  const end = close === -1 || close - from > LIMIT ? Math.min(text.length, from + LIMIT) : close;
  const rows: Span[][] = [];
  for (let a = from; a < end;) {
    const nl = text.indexOf('\\\\', a);
    const b = nl === -1 || nl > end ? end : nl;
    const lead = TEX_RULES.exec(text.slice(a, Math.min(b, a + 1024)));
    const s = a + (lead ? lead[0].length : 0);
    if (s < b) rows.push(splitSpans(text, s, b, '&'));
    a = b + 2;
  }
  return { head: rows[0] ?? [], rows: rows.slice(1), end: Math.min(end + 1, text.length) };
}
