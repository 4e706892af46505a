/**
 * Delimited tables (CSV, TSV, `;`-separated) whose header row names a secret column
 * (`provider,api_key,status`, `id\tpassword`): every cell of that column, in every row below, is
 * judged as a value of that name (judgeAssignment), however far it is from the header and however
 * long its row. Quoted cells (`"a,b"`, `""` inside, line breaks inside) are read as one cell.
 * - headerAt/columnHits: a header the key-name finder found inside a piece of text (tables.ts);
 * - TableCarry: a file whose first line is such a header, carried across the redactor's pieces
 *   (a row over 1 MiB is cut into pieces, and the header is only in the first).
 */
import type { Hit } from './pass.js';
import { cellName, isSecretName, judgeCell } from './cells.js';
import { most } from '../lists.js';

/**
 * A header row: its delimiter, number of columns, and the name of each column judged as secret (null for the others).
 */
export interface Header {
  delim: number;
  columns: number;
  secret: (string | null)[];
}

const DELIMS = [44, 9, 59]; // , \t ;

/** The cells of one line split on a delimiter, quote-aware (a header has no line breaks in its cells). */
function splitLine(line: string, delim: number): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === delim && !quoted) {
      cells.push(cur);
      cur = '';
    } else cur += line[i];
  }
  cells.push(cur);
  return cells;
}

/** The line as a header: every cell a name, one of them secret; null if it is none. */
function parseHeader(line: string): Header | null {
  const text = line.replace(/\r$/, '');
  const counts = DELIMS.map((d) => splitLine(text, d).length);
  const best = counts.indexOf(most(counts));
  if (counts[best]! < 2) return null;
  const delim = DELIMS[best]!;
  const cells = splitLine(text, delim).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  const names = cells.map(cellName);
  if (names.some((n) => n === null)) return null;
  // A tokenizer's vocabulary (`token,count,token_id`): its `token` column holds words, not credentials. A bare `id`
  // says nothing (`id,user,token,created` is an account table).
  const vocabulary = names.some((n) => /^(?:token_?id|count|freq(?:uency)?|rank|score|logprob)$/i.test(n!));
  const secret = names.map((n) => (n !== null && isSecretName(n) && !(vocabulary && /^tokens?$/i.test(n)) ? n : null));
  return secret.some((s) => s !== null) ? { delim, columns: cells.length, secret } : null;
}

/**
 * Where a walk over rows is: the column, inside quotes or not, where the current cell started (-1: before this text).
 */
interface WalkState {
  col: number;
  quoted: boolean;
  cellStart: number;
  /** The table ended (a row with another number of cells, a blank line). */
  ended: boolean;
}

/**
 * Walks text[from, to) over the rows of a table with this header, from `s` (updated), calling
 * `cell` for each cell that ends in the range. A row with another number of cells, or a blank
 * line, ends the table.
 */
export function walk(
  text: string,
  from: number,
  to: number,
  h: Header,
  s: WalkState,
  cell?: (col: number, start: number, end: number) => void,
): void {
  for (let i = from; i < to && !s.ended; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // `""` inside a quoted cell is a quote; a cell is quoted when `"` starts it.
      if (s.quoted && text.charCodeAt(i + 1) === 34) i++;
      else if (s.quoted) s.quoted = false;
      else if (i === s.cellStart || (s.cellStart >= 0 && /^[ \t]*$/.test(text.slice(s.cellStart, i)))) s.quoted = true;
    } else if (s.quoted) continue;
    else if (c === h.delim || c === 10) {
      if (cell && s.col < h.columns) cell(s.col, Math.max(0, s.cellStart), i);
      if (c === 10) {
        if (s.col !== h.columns - 1) s.ended = true;
        s.col = 0;
      } else s.col++;
      s.cellStart = i + 1;
    }
  }
}

/**
 * The hits of the secret columns' cells that end in text[from, to) (a cell still open at `to` counts if to is the
 * text's end).
 */
export function columnHits(text: string, from: number, h: Header, s: WalkState): Hit[] {
  const hits: Hit[] = [];
  const judge = (col: number, start: number, end: number): void => {
    const name = h.secret[col];
    if (!name) return;
    const hit = judgeCell(name, text.slice(start, end), 'cell');
    if (hit) hits.push({ rule: hit.rule, start: start + hit.start, end: start + hit.end });
  };
  walk(text, from, text.length, h, s, judge);
  if (!s.ended && !s.quoted) judge(s.col, Math.max(0, s.cellStart), text.length);
  return hits;
}

/**
 * The header whose line ends at lineEnd, if the next line is a row of it (as many cells; or, cut off by the text's end,
 * no more), or not there yet.
 */
export function headerAt(text: string, lineStart: number, lineEnd: number): Header | null {
  const h = parseHeader(text.slice(lineStart, lineEnd));
  if (!h) return null;
  // Nothing after the header yet (the streaming filter holds a row over 1 MiB back): taken as it is.
  if (lineEnd + 1 >= text.length) return h;
  const s: WalkState = { col: 0, quoted: false, cellStart: lineEnd + 1, ended: false };
  const next = text.indexOf('\n', lineEnd + 1);
  walk(text, lineEnd + 1, next === -1 ? text.length : next + 1, h, s);
  if (next === -1) return s.col < h.columns ? h : null;
  return !s.ended || s.quoted ? h : null;
}

/**
 * A file's header row carried across the redactor's pieces: the first piece finds it on the
 * file's first line, every piece gets the hits of the secret columns' cells, and the walk is
 * advanced over what was emitted. A file whose first line is no such header costs one parse.
 */
export class TableCarry {
  private header: Header | null = null;
  private started = false;
  private col = 0;
  private quoted = false;
  private ended = false;
  /** Where the open cell started, relative to the end of the emitted text (at most 0). */
  private rel = 0;
  /** In the first piece: the end of the header line, where the rows start. */
  private skip = 0;

  private state(from: number): WalkState {
    const cellStart = this.skip > 0 ? this.skip : from + this.rel >= 0 ? from + this.rel : -1;
    return { col: this.col, quoted: this.quoted, ended: this.ended, cellStart };
  }

  /** The hits in a piece whose first `from` characters were already emitted (the context before it). */
  hits(text: string, from: number): Hit[] {
    if (!this.started) {
      this.started = true;
      const lineEnd = text.indexOf('\n');
      this.header = from === 0 && lineEnd !== -1 ? headerAt(text, 0, lineEnd) : null;
      this.skip = lineEnd + 1;
    }
    if (!this.header || this.ended) return [];
    return columnHits(text, Math.max(from, this.skip), this.header, this.state(from));
  }

  /** Moves the walk over the emitted text[from, to). */
  advance(text: string, from: number, to: number): void {
    if (!this.header || this.ended) return;
    const s = this.state(from);
    walk(text, Math.max(from, this.skip), to, this.header, s);
    this.col = s.col;
    this.quoted = s.quoted;
    this.ended = s.ended;
    this.rel = s.cellStart >= 0 ? s.cellStart - to : -Infinity;
    this.skip = 0;
  }
}
