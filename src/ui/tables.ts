import Table from 'cli-table3';
import type { Styler } from './style.js';
import { terminalSafe } from './terminal-safe.js';
import { most, pushAll } from '../core/lists.js';

interface TableSpec {
  head: string[];
  rows: string[][];
  /** Columns aligned right (numbers). */
  right?: readonly number[];
  /** The column that gives up width when the table is wider than the terminal (a question). */
  flex?: number;
}

/** Where the table goes: a terminal (its width, boxes) or a pipe (plain aligned text, no width limit). */
export interface TableTarget {
  tty: boolean;
  columns?: number;
  style: Styler;
}

/** Display width of a cell: wide East Asian characters and emoji count two, combining marks none. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    // Combining marks, the zero-width joiner, variation selectors and emoji skin tones join the character before.
    if ((c >= 0x300 && c <= 0x36f) || c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0x1f3fb && c <= 0x1f3ff))
      continue;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1f300 && c <= 0x1faff) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

const PLAIN_CHARS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: '  ',
};

/** Each column's widest cell (its header's too), plus `pad`. */
const naturalWidths = (spec: TableSpec, pad: number): number[] =>
  spec.head.map((h, i) => Math.max(displayWidth(h), most(spec.rows.map((r) => displayWidth(r[i] ?? '')))) + pad);

/** Column widths (padding included) that fit `columns`: every column its natural width, the flex column the rest. */
function fitWidths(spec: TableSpec, columns: number): number[] | undefined {
  const natural = naturalWidths(spec, 2);
  const total = natural.reduce((a, b) => a + b, 0) + natural.length + 1;
  if (total <= columns || spec.flex === undefined) return undefined;
  const others = total - natural[spec.flex]!;
  natural[spec.flex] = Math.max(8, columns - others);
  return natural;
}

/**
 * Renders a table with cli-table3: on a terminal, boxed and fitted to its width (the flex column
 * truncated with `…`), the header bold when colour is on; in a pipe, plain columns separated by
 * two spaces, no borders, no colour and no width limit. Cells are shown terminal-safe.
 */
export function renderTable(spec: TableSpec, target: TableTarget): string {
  return renderTableInBlocks(spec, target, BLOCK);
}

/**
 * cli-table3 lays a table out in time quadratic in its rows (each cell is checked against every row above it for
 * spans: 2,000 tools took 13 s, 8,000 over two minutes, Ctrl-C unheard meanwhile). A longer table is rendered in blocks
 * of `block` rows with the whole table's column widths, the blocks' rows joined between one head and one bottom.
 */
const BLOCK = 64;

/** renderTable with blocks of `block` rows (exported for its test: the same text as one table). */
export function renderTableInBlocks(spec: TableSpec, target: TableTarget, block: number): string {
  const rows = spec.rows.map((r) => r.map((c) => terminalSafe(c)));
  if (rows.length <= block) return `${renderLines({ ...spec, rows }, target).join('\n')}\n`;
  const widths = blockWidths({ ...spec, rows }, target);
  if (!target.tty) return `${plainLines({ ...spec, rows }, widths).join('\n')}\n`;
  const lines = (rs: string[][]): string[] => renderLines({ ...spec, rows: rs }, target, widths);
  // Where the rows start and how many lines end the table: a table of one row against one of two.
  const one = lines(rows.slice(0, 1));
  const two = lines(rows.slice(0, 2));
  let differ = 0;
  while (one[differ] === two[differ]) differ++;
  const pre = differ - 1;
  const post = one.length - pre - 1;
  const out = one.slice(0, pre);
  for (let i = 0; i < rows.length; i += block) {
    const part = lines(rows.slice(i, i + block));
    pushAll(out, part.slice(pre, part.length - post));
  }
  pushAll(out, one.slice(one.length - post));
  return `${out.join('\n')}\n`;
}

/**
 * A long table for a pipe, laid out here: cli-table3 spends ~0.1 ms on each cell (100,000 tools' table took 11 s),
 * and its plain layout is only the cells padded to their column's width, two spaces apart, trailing blanks off.
 */
function plainLines(spec: TableSpec, widths: readonly number[]): string[] {
  const line = (cells: readonly string[]): string =>
    widths
      .map((w, i) => {
        const cell = cells[i] ?? '';
        const pad = ' '.repeat(Math.max(0, w - displayWidth(cell)));
        return spec.right?.includes(i) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(spec.head), ...spec.rows.map(line)];
}

/** The widths cli-table3 gives a whole table's columns (padding included), fixed for each block of it. */
const blockWidths = (spec: TableSpec, target: TableTarget): number[] =>
  target.tty ? (fitWidths(spec, target.columns ?? 80) ?? naturalWidths(spec, 2)) : naturalWidths(spec, 0);

/** The table's lines (cells already terminal-safe), trailing blanks off; `widths` fixes the columns' widths. */
function renderLines(spec: TableSpec, target: TableTarget, widths?: number[]): string[] {
  const head = spec.head.map((h) => (target.tty ? target.style.bold(h) : h));
  const colAligns: ('left' | 'right')[] = spec.head.map((_, i) => (spec.right?.includes(i) ? 'right' : 'left'));
  const table = target.tty
    ? new Table({
        head,
        colAligns,
        style: { head: [], border: [], compact: true },
        colWidths: widths ?? fitWidths(spec, target.columns ?? 80) ?? [],
        wordWrap: false,
      })
    : new Table({
        head,
        colAligns,
        chars: PLAIN_CHARS,
        style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
        ...(widths ? { colWidths: widths } : {}),
      });
  pushAll(table, spec.rows);
  return table
    .toString()
    .split('\n')
    .map((l) => l.trimEnd());
}
