/**
 * Tokens wrapped inside a layout of columns or behind a per-line prefix: a key in one cell of a 2–4 column table
 * (rich's and tabulate's boxes, psql's `|` columns, aligned Markdown tables) that goes on in the same column of the
 * rows below, or a key cut over log lines that each start with a timestamp and level (`2026-01-03 10:00:01 INFO | `)
 * or a line-number gutter (`  12 │ `, bat's blank gutter on a wrapped line). wraps.ts and split.ts follow a value to
 * the next line's start only.
 *
 * A block is a run of lines with one layout: the same border positions (tables), or the same prefix shape (digits as
 * digits, the same length). Its rows are re-flowed: a cell whose token reaches its right edge (at most one blank
 * before the border; for a last column without a border, a line as long as the block's longest) and whose cell in
 * the next line starts with a token character is joined to it; the other cells of that line continue theirs after a
 * blank. The re-flowed rows (`| name | joined value |`) are read by the other passes (`detect`); only a hit that
 * crosses a join is kept (the rest was read in place), mapped back to the pieces it came from.
 */
import { isAlnum } from './escapes.js';
import { isRunChar } from './split.js';
import { disjoint, mappedHits, type Reflowed } from './joined.js';
import { SHAPE_IDS } from './hits.js';
import { narrowWraps } from './narrow-wraps.js';
import { ellipsisJoins } from './ellipsis-joins.js';
import type { Hit, Pass } from './pass.js';
import { most, pushAll } from '../lists.js';

/** `│`, `┃`, `║`, `|`. */
const isBorder = (c: number): boolean => c === 0x2502 || c === 0x2503 || c === 0x2551 || c === 124;
/** Shortest piece before a join (a keyword and a few characters), longest block read. */
const MIN_PIECE = 4;
const MAX_LINES = 400;
/** A syslog line's month (`Jan 02 10:00:00 host app[42]: `). */
const MONTH = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/y;
/**
 * A log line's prefix: a timestamp (syslog's too), its level and logger (`INFO agent_a: `, `host app[42]: `), or a line
 * number and its gutter (blank on a wrapped line).
 */
const PREFIX = new RegExp(
  String.raw`[ \t]*(?:\[?(?:\d{4}-\d\d-\d\d[T ]|${MONTH.source}[ \t]+\d{1,2}[ \t]+)?\d\d:\d\d:\d\d(?:[.,]\d{1,6})?(?:Z|[+-]\d\d:?\d\d)?\]?` +
    String.raw`(?:[ \t]*[|:-]?[ \t]*\[?(?:TRACE|DEBUG|INFO|NOTICE|WARNING|WARN|ERROR|CRITICAL|FATAL)\]?)?` +
    String.raw`(?:(?:[ \t]+[\w.-]{1,40}){1,2}(?:\[\d{1,7}\])?:(?=[ \t]))?[ \t]*(?:[|:>][ \t]?|-[ \t])?` +
    String.raw`|\d{1,7}[ \t]*[│|:][ \t]?|[│|][ \t]?)`,
  'y',
);

interface Line {
  start: number;
  end: number;
}
/** A layout of one line: its cells (absolute ranges, padding included) and its shape (equal for lines of a block). */
interface Layout {
  cells: [number, number][];
  shape: string;
  /** A gutter without its number (a wrapped line of bat's): its line goes on from the one before. */
  blank: boolean;
}

/** The cells between a line's borders; null without a border. */
function tableLayout(text: string, l: Line): Layout | null {
  const cells: [number, number][] = [];
  let from = l.start;
  for (let i = l.start; i < l.end; i++) {
    if (!isBorder(text.charCodeAt(i))) continue;
    cells.push([from, i]);
    from = i + 1;
  }
  if (cells.length === 0) return null;
  cells.push([from, l.end]);
  return { cells, shape: `t${cells.map(([s]) => s - l.start).join(',')}`, blank: false };
}

/** The text after a line's prefix as its one cell; null without a prefix. */
function prefixLayout(text: string, l: Line): Layout | null {
  PREFIX.lastIndex = l.start;
  const m = PREFIX.exec(text);
  if (!m || m.index + m[0].length > l.end) return null;
  const digits = /\d/.test(m[0]);
  // Digits as blanks: numbered and blank gutters, and timestamps, each keep their shape.
  return { cells: [[m.index + m[0].length, l.end]], shape: `p${m[0].replace(/\d/g, ' ')}`, blank: !digits };
}

/** True when the cell's text ends (at most one blank before its edge) with a run of token characters of a piece. */
function endsPiece(text: string, start: number, end: number): boolean {
  let e = end;
  if (e > start && text.charCodeAt(e - 1) === 32) e--;
  let s = e;
  let alnum = false;
  for (let c = text.charCodeAt(s - 1); s > start && isRunChar(c); c = text.charCodeAt(--s - 1)) alnum ||= isAlnum(c);
  // A rule of dashes (a Markdown table's, `----+----`) ends no piece.
  return e - s >= MIN_PIECE && alnum;
}

/** True when a token character starts the cell's text (after at most one blank). */
function startsPiece(text: string, start: number, end: number): boolean {
  const s = start < end && text.charCodeAt(start) === 32 ? start + 1 : start;
  return s < end && isRunChar(text.charCodeAt(s));
}

/** A cell's text without its blanks. */
function trimmed(text: string, [s, e]: [number, number]): [number, number] {
  while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
  while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  return [s, e];
}

/** A cell's piece: `join` when it goes on from the piece before without a blank, `cont` on a continuation row. */
type Piece = { s: number; e: number; join: boolean; cont?: boolean };

/**
 * True for a table row that goes on from the one above: its first cell (after a leading border) blank, another one
 * filled (a long cell wrapped at word boundaries, Rich's and MassGen's coordination table:
 * `│ Answer │ I used the key │` then `│        │ 3b30e00d…      │`).
 */
function continues(text: string, cells: readonly [number, number][]): boolean {
  const full = cells.map((cell) => {
    const [s, e] = trimmed(text, cell);
    return s < e;
  });
  const first = full[0] ? 0 : 1;
  return full.length > first + 1 && !full[first] && full.slice(first + 1).some(Boolean);
}

/** True when a row has two or more cells filled and no blank cell between its first and last border. */
function filledRow(text: string, cells: readonly [number, number][]): boolean {
  const full = cells.map((cell) => {
    const [s, e] = trimmed(text, cell);
    return s < e;
  });
  return full.filter(Boolean).length >= 2 && full.slice(1, -1).every(Boolean);
}

/** The rows of a block, each cell's pieces in order; a piece joined to the one before it is marked. */
function blockRows(text: string, lines: readonly Line[], layouts: readonly Layout[]): Piece[][][] {
  const width = most(lines.map((l) => l.end - l.start));
  const rows: Piece[][][] = [];
  for (let k = 0; k < lines.length; k++) {
    const { cells, blank } = layouts[k]!;
    const prev = k > 0 ? layouts[k - 1]!.cells : null;
    const joined = cells.map(([s, e], c) => {
      if (!prev) return false;
      const [ps, pe] = prev[c]!;
      const full = c < cells.length - 1 || blank || lines[k - 1]!.end - lines[k - 1]!.start === width;
      return full && endsPiece(text, ps, pe) && startsPiece(text, s, e);
    });
    // A row that goes on from the one above leaves a cell blank (a wrapped value's name cell); a row with every cell
    // filled is a row of its own (a value or the widest name padded to its border, then the next row's:
    // `│ BASE_URL │ http://… │` then `│ PG_PASS  │ changeme │`). Borders outside the row's cells are no cells.
    if (layouts[k]!.shape.startsWith('t') && filledRow(text, cells)) joined.fill(false);
    const pieces = cells.map((cell, c): Piece[] => {
      const [s, e] = trimmed(text, cell);
      return s < e ? [{ s, e, join: joined[c]! }] : [];
    });
    const table = layouts[k]!.shape.startsWith('t');
    const cont = table && rows.length > 0 && !joined.some(Boolean) && continues(text, cells);
    if (cont) pieces.forEach((ps) => ps.forEach((p) => (p.cont = true)));
    if (joined.some(Boolean) || cont) rows[rows.length - 1]!.forEach((row, c) => pushAll(row, pieces[c]!));
    else rows.push(pieces);
  }
  return rows.filter((r) => r.some((cell) => cell.some((p) => p.join || p.cont)));
}

/** A re-flowed block, and where a continuation row's piece starts in it (read with the words of the rows above). */
type Reflow = Reflowed & { conts: number[] };

/** The rows that join as text (`| cell | cell |` a line), or null when none does. */
function reflow(text: string, lines: readonly Line[], layouts: readonly Layout[]): Reflow | null {
  const rows = blockRows(text, lines, layouts);
  if (rows.length === 0) return null;
  const out: Reflow = { text: '', parts: [], joins: [], conts: [] };
  for (const row of rows) {
    for (const cell of row) {
      out.text += '| ';
      cell.forEach((p, i) => {
        if (p.join) out.joins.push(out.text.length);
        else if (i > 0) out.text += ' ';
        if (p.cont && !p.join && i > 0) out.conts.push(out.text.length);
        out.parts.push(out.text.length, p.s, p.e - p.s);
        out.text += text.slice(p.s, p.e);
      });
      out.text += ' ';
    }
    out.text += '|\n';
  }
  return out;
}

/**
 * Runs of candidate lines (by their first character), re-flowed by layout: the lines of one shape in a run, 2 to
 * MAX_LINES of them, make a block. A prefixed run whose lines (but its last) all end in something other than a piece
 * (most logs: `)`, `}`, a short word) joins nothing and is not read further.
 */
class Blocks {
  private lines: Line[] = [];
  private mayJoin = false;
  readonly out: Reflow[] = [];
  constructor(
    private readonly text: string,
    private readonly of: (text: string, l: Line) => Layout | null,
    private readonly endsOnly: boolean,
  ) {}

  /** The next line, or null for a line that is not a candidate (it ends the run). */
  add(line: Line | null): void {
    if (!line) return this.flush();
    const last = this.lines[this.lines.length - 1];
    if (last && !this.mayJoin) this.mayJoin = !this.endsOnly || endsPiece(this.text, last.start, last.end);
    this.lines.push(line);
  }

  flush(): void {
    if (this.mayJoin) {
      let block: Line[] = [];
      let layouts: Layout[] = [];
      const done = (): void => {
        const r = layouts.length >= 2 ? reflow(this.text, block, layouts) : null;
        if (r) this.out.push(r);
        [block, layouts] = [[], []];
      };
      for (const line of this.lines) {
        const layout = this.of(this.text, line);
        if (!layout || layouts.length >= MAX_LINES || (layouts.length > 0 && layout.shape !== layouts[0]!.shape))
          done();
        if (!layout) continue;
        block.push(line);
        layouts.push(layout);
      }
      done();
    }
    this.lines = [];
    this.mayJoin = false;
  }
}

/** The pass: `detect` gives the other passes' hits in a text (the re-flowed blocks). */
export function layoutPass(detect: (text: string) => Hit[]): Pass {
  return {
    lineWidths: true,
    finder: null,
    regex: /(?!)/g,
    resolve: () => null,
    run(text: string): Hit[] {
      if (!text.includes('\n')) return [];
      const tables = new Blocks(text, tableLayout, false);
      const prefixed = new Blocks(text, prefixLayout, true);
      // Only lines that start (after blanks) with a border, a digit or `[` are read: most lines are passed over here.
      for (let at = 0; at <= text.length;) {
        let nl = text.indexOf('\n', at);
        if (nl === -1) nl = text.length;
        let i = at;
        while (text.charCodeAt(i) === 32) i++;
        const c = text.charCodeAt(i);
        tables.add(isBorder(c) ? { start: at, end: nl } : null);
        MONTH.lastIndex = i;
        const head = (c >= 48 && c <= 57) || c === 91 || isBorder(c) || (c >= 65 && c <= 83 && MONTH.test(text));
        prefixed.add(head ? { start: at, end: nl } : null);
        at = nl + 1;
      }
      tables.flush();
      prefixed.flush();
      const hits: Hit[] = [];
      // Values cut into narrow lines of one width (narrow-wraps.ts).
      const conts = (r: Reflowed): number[] => ('conts' in r ? (r as Reflow).conts : []);
      // And a key cut in two around an ellipsis (ellipsis-joins.ts).
      for (const r of [...tables.out, ...prefixed.out, ...narrowWraps(text), ...ellipsisJoins(text)]) {
        // A narrow column's one full line under a keyword: the providers' shapes only (narrow-wraps.ts' keyedCut).
        const found = 'shapesOnly' in r ? detect(r.text).filter((h) => SHAPE_IDS.has(h.rule)) : detect(r.text);
        pushAll(hits, mappedHits(r, found));
        // A hit that starts a continuation row's piece (after a quote), or crosses into one, read with the words above.
        if (conts(r).length > 0) pushAll(hits, mappedHits({ ...r, joins: conts(r) }, found, 2));
      }
      return disjoint(hits);
    },
  };
}
