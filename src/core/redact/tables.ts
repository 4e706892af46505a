/**
 * Tables, as agents and tools print them: Markdown (`| Name | Value |` / `|---|---|`), ASCII
 * (`+----+` borders, MySQL), psql (`----+----`), column output with a dashes line
 * (PowerShell `Format-Table`, `Get-ChildItem env:`, `docker ps`), and delimited text (CSV, TSV,
 * `;`: csv.ts). Two placements, both judged like key-name values (cells.ts):
 * - by row: a cell that names a secret, then the value in the next cell
 *   (`| Mistral API key | \`…\` |`, `OPENAI_API_KEY,…`), the name an identifier or prose;
 * - by column: a header row (then a separator line, or for delimited text a row of as many
 *   cells) whose column names a secret (`| Provider | API key | Status |`); every cell of that
 *   column in the rows below, to the end of the table.
 * Box-drawn rows (Rich, tabulate, MassGen's terminal UI: `│ NAME │ value │`, `┃`, `║`, the borderless `NAME │ value`)
 * are pipe rows; their rules (`┡━━╇━━┩`, `├──┼──┤`, `╞══╪══╡`, `━━━━ ━━━━`) are separator lines.
 * The key-name finder flags the line that holds the name (TABLE_SEPARATOR adds a name that is a
 * whole delimited cell); its format regex claims table-shaped lines (TABLE_SOURCE, the last
 * branch) and tableHits reads the table from there.
 */
import { cellName, isSecretName, judgeCell } from './cells.js';
import { columnHits, headerAt } from './csv.js';
import type { Hit } from './pass.js';
import { pushAll } from '../lists.js';

/** The column borders of a pipe row: ASCII, and the box-drawing light, heavy and double verticals. */
export const BARS = '|\u2502\u2503\u2551';
const BAR = new RegExp(`[${BARS}]`);
const isBar = (c: string | undefined): boolean => c === '|' || c === '\u2502' || c === '\u2503' || c === '\u2551';

/**
 * For the key-name finder, after a secret-ish name: the name is a whole cell of a delimited row (`,api_key,`,
 * `…\tpassword` at the line's end).
 */
/**
 * A cell's name in the table separator's lookbehinds: it neither starts nor ends with a blank, so the blanks around it
 * are split one way only (a name that may end in blanks beside `[ \t]*` read `password` and 3,000 blanks in 3.3 s).
 */
const CELL_NAME = '[A-Za-z0-9_.-](?:[A-Za-z0-9_. -]{0,62}[A-Za-z0-9_.-])?';
export const TABLE_SEPARATOR = [
  // A Markdown cell: `| **DB password** |`, `| Secret Access Key (prod) |`. One run of blanks when there is no
  // parenthesis: two adjacent `[ \t]*` split a long run of blanks every way (`password` and 16 K spaces: over 60 s).
  `(?:\\*\\*|__|\`)?[ \\t]*(?:\\([^()|\\r\\n]{0,40}\\)[ \\t]*)?[${BARS}]`,
  // Blanks before a tab are spaces (`[ \t]*` then a tab read a run of tabs once per tab given back).
  `\\\\?["']?(?:[ \\t]*[,;]| *\\t)(?<=(?:^|[\\n,;\\t[])[ \\t]*\\\\?["']?${CELL_NAME}\\\\?["']?[ \\t]*[,;\\t])`,
  `\\\\?["']?[ \\t]*\\r?(?=\\n|$)(?<=[,;\\t|][ \\t]*\\\\?["']?${CELL_NAME}\\\\?["']?[ \\t]*\\r?)`,
].join('|');

/** A key-name line that may be a delimited row (its first cell a name): read by the format regex. */
export const TABLE_HINT = /^[ \t]*["'`*]*[A-Za-z_$][A-Za-z0-9 _.$-]{0,63}["'`*]*[ \t]*[,;\t]/;

/** The format regex's last branch: a line with cells (claimed by resolveTable when it is table-shaped). */
export const TABLE_SOURCE = `^(?<tb>[ \\t]*\\S)(?=[^\\r\\n]*(?:[${BARS},;\\t]|\\S[ \\t]{2,}\\S))`;

/** A table row to read (the caller passes the text and the line's end to tableHits). */
export interface TableRequest {
  block: true;
  table: true;
}

type Shape = 'pipe' | 'delimited' | 'fixed';
type Cell = [number, number];

/** Cells of a pipe row: `| a | b |`, `a | b`, ` 1 | x | y` (psql); `||` is code, not a table. */
function pipeCells(line: string): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && (!isBar(line[i]) || line[i - 1] === '\\')) continue;
    cells.push([start, i]);
    start = i + 1;
  }
  // The empty cells outside a row's outer pipes.
  if (cells.length > 1 && line.slice(cells[0]![0], cells[0]![1]).trim() === '') cells.shift();
  if (cells.length > 1 && line.slice(cells[cells.length - 1]![0], cells[cells.length - 1]![1]).trim() === '')
    cells.pop();
  return cells;
}

/** Cells split by a delimiter. */
function splitCells(line: string, delim: string): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (let i = line.indexOf(delim); i !== -1; i = line.indexOf(delim, i + 1)) {
    cells.push([start, i]);
    start = i + 1;
  }
  cells.push([start, line.length]);
  return cells;
}

/** Cells of column output: runs of text with single spaces inside, two or more spaces or a tab between. */
function fixedCells(line: string): Cell[] {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => [m.index, m.index + m[0].length] as Cell);
}

const isName = (line: string, [a, b]: Cell): boolean => cellName(line.slice(a, b)) !== null;

/** The shape of a line and its cells, or null when it is no table row (code, prose, a YAML block header). */
export function rowOf(line: string): { shape: Shape; cells: Cell[] } | null {
  const body = line.replace(/\r$/, '');
  if (BAR.test(body) && !/\|\||^\s*[\w.-]+\s*:\s*[|>]/.test(body)) {
    const cells = pipeCells(body);
    if (cells.filter(([a, b]) => body.slice(a, b).trim() !== '').length >= 2) return { shape: 'pipe', cells };
  }
  if (TABLE_HINT.test(body)) {
    const delim = [',', '\t', ';'].map((d) => [d, body.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
    const cells = splitCells(body, delim);
    if (cells.length >= 2 && cells.every((c) => isName(body, c) || body.slice(c[0], c[1]).trim() === ''))
      return { shape: 'delimited', cells };
    // A name/value row of a key-value sheet (`Field,Value` then `API Key,v`): its first cell a secret name.
    const first = cells.length >= 2 ? cellName(body.slice(cells[0]![0], cells[0]![1])) : null;
    if (first !== null && isSecretName(first)) return { shape: 'delimited', cells };
  }
  const fixed = fixedCells(body);
  if (fixed.length >= 2 && /\S(?: {2,}|\t)\S/.test(body) && fixed.every((c) => isName(body, c)))
    return { shape: 'fixed', cells: fixed };
  return null;
}

/** Resolves a match of TABLE_SOURCE: a table request, or where to resume (not table-shaped). */
export function resolveTable(m: RegExpExecArray): TableRequest | number | undefined {
  if (m.groups!.tb === undefined) return undefined;
  return rowOf(m.input) ? { block: true, table: true } : m.index + 1;
}

/** A table's separator line; a Markdown one between outer pipes may have single dashes (`|-|-|`). */
const SEPARATOR_LINE =
  /^[ \t]*(?:(?=[^\r\n]*[\u2500\u2501\u2550])[\u2500-\u257f][\u2500-\u257f \t]*|\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?|\|(?:[ \t]*:?-+:?[ \t]*\|)+|\|-+(?:\+-+)+\||\+[-=+]+\+|-{2,}(?:\+-{2,})+|[-=]{2,}(?:[ \t]+[-=]{2,})+)[ \t]*\r?$/;

/** By row: each cell that names a secret, with the value in the next cell. Offsets are the line's. */
function rowHits(line: string, cells: Cell[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i + 1 < cells.length; i++) {
    const name = cellName(line.slice(cells[i]![0], cells[i]![1]));
    if (name === null || !isSecretName(name)) continue;
    const [a, b] = cells[i + 1]!;
    const hit = judgeCell(name, line.slice(a, b), 'row');
    if (hit) hits.push({ rule: hit.rule, start: a + hit.start, end: a + hit.end });
  }
  return hits;
}

/** Line ends of the lines from `pos` on, as [start, end) pairs, lazily. */
function* linesFrom(text: string, pos: number): Generator<[number, number]> {
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    yield [pos, end];
    pos = end + 1;
  }
}

/**
 * The hits of the table row whose line ends at lineEnd: by row on that line, and, when it is a
 * header (a separator line follows, or for delimited text a row of as many cells), by column and
 * by row in every row below, to the end of the table.
 */
export function tableHits(text: string, lineEnd: number, lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1): Hit[] {
  const line = text.slice(lineStart, lineEnd);
  const row = rowOf(line);
  if (!row) return [];
  const hits = rowHits(line, row.cells).map((h) => ({ ...h, start: h.start + lineStart, end: h.end + lineStart }));
  if (row.shape === 'delimited') {
    const h = headerAt(text, lineStart, lineEnd);
    if (h)
      pushAll(hits, columnHits(text, lineEnd + 1, h, { col: 0, quoted: false, cellStart: lineEnd + 1, ended: false }));
    return hits;
  }
  const secret = row.cells.map(([a, b]) => {
    const n = cellName(line.slice(a, b));
    return n !== null && isSecretName(n) ? n : null;
  });
  let separated = false;
  for (const [a, b] of linesFrom(text, lineEnd + 1)) {
    const next = text.slice(a, b);
    if (SEPARATOR_LINE.test(next)) {
      separated = true;
      continue;
    }
    if (!separated) break;
    const cells =
      row.shape === 'pipe'
        ? BAR.test(next)
          ? pipeCells(next.replace(/\r$/, ''))
          : null
        : next.trim() !== ''
          ? alignTo(next, row.cells)
          : null;
    if (!cells) break;
    for (const h of rowHits(next, cells)) hits.push({ ...h, start: h.start + a, end: h.end + a });
    // A row of another number of cells spans or skips columns (a box table's merged cells: Node's URL diagram puts
    // `pathname` fourth, far right of `password`): a cell is under a header's column only where the two overlap.
    const spans = cells.length !== row.cells.length;
    cells.forEach(([x, y], i) => {
      const head = row.cells[i];
      const name = spans && !(head !== undefined && x < head[1] && y > head[0]) ? null : secret[i];
      const hit = name ? judgeCell(name, next.slice(x, y), 'cell') : null;
      if (hit) hits.push({ rule: hit.rule, start: a + x + hit.start, end: a + x + hit.end });
    });
  }
  return hits.sort((x, y) => x.start - y.start);
}

/** The cells of a column-output row under a header's columns (each from its column's start to the next one's). */
function alignTo(line: string, header: Cell[]): Cell[] {
  return header.map(([a], i) => {
    const end = i + 1 < header.length ? header[i + 1]![0] : line.length;
    return [Math.min(a, line.length), Math.min(Math.max(end, a), line.length)] as Cell;
  });
}
