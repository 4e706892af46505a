/**
 * A cheap test before a table row's regex (labels.ts ROW: `|`, a provider's or service's name, optionally bold, `|`),
 * whose alternation of every name, case folded, V8 took ~8 ms to compile: most tables of a session (a coordination
 * table, a status table) name no provider in their first cell, and then the regex is not compiled for them.
 */
import { isSpaceOrTab } from './escapes.js';

/** The marks a cell's label may be wrapped in (labels.ts BOLD: `**`, `__`, `*`, `_` or none). */
const BOLD_MARKS = ['', '*', '**', '_', '__'];

/**
 * Whether the first cell of the row at `at` (blanks, then `|`) is blanks, an optional bold mark, a label `isLabel`
 * accepts whole, an optional bold mark and blanks, closed by a `|`: exactly where ROW's `[ \t]*\|[ \t]*BOLD(label)BOLD
 * [ \t]*\|` can match (a label holds no `|`, starts and ends with no blank; one spanning a line break fails both).
 */
export function firstCellLabelled(text: string, at: number, isLabel: (label: string) => boolean): boolean {
  const open = text.indexOf('|', at);
  const close = open === -1 ? -1 : text.indexOf('|', open + 1);
  if (close === -1) return false;
  let from = open + 1;
  let to = close;
  while (from < to && isSpaceOrTab(text.charCodeAt(from))) from++;
  while (to > from && isSpaceOrTab(text.charCodeAt(to - 1))) to--;
  const cell = text.slice(from, to);
  for (const before of BOLD_MARKS) {
    if (!cell.startsWith(before)) continue;
    for (const after of BOLD_MARKS) {
      if (before.length + after.length > cell.length || !cell.endsWith(after)) continue;
      if (isLabel(cell.slice(before.length, cell.length - after.length))) return true;
    }
  }
  return false;
}

/** A table's separator line: Markdown's `|---|`, `|:--|`, `|-|`; psql's `----+--`; a grid's `+===+`; a box's `├──┼`. */
const SEPARATOR = /^[ \t]*(?:\|?[ \t]*:?-{3,}|\|[ \t]*:?-+:?[ \t]*\||\+[-=+]{3,}|[\u251c\u251d\u255e\u2521])/;
const ROW = /[|\u2502\u2503\u2551]/;

/**
 * The header line of the table a row at `rowStart` is in (the line above its separator), or '' (no separator within
 * 200 rows above).
 */
export function tableHeaderAbove(text: string, rowStart: number): string {
  let end = rowStart - 1;
  for (let n = 0; n < 200 && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (SEPARATOR.test(line)) return text.slice(text.lastIndexOf('\n', start - 2) + 1, start);
    if (!ROW.test(line)) return '';
    end = start - 1;
  }
  return '';
}

/**
 * The header cells' text of the HTML table a row at `rowStart` is in (the last `</th>` row before it, within 4 KiB and
 * with no `</table>` between), or ''.
 */
export function htmlHeaderAbove(text: string, rowStart: number): string {
  const from = Math.max(0, rowStart - 4096);
  const th = text.lastIndexOf('</th>', rowStart);
  if (th < from || text.lastIndexOf('</table>', rowStart) > th) return '';
  const tr = text.lastIndexOf('<tr', th);
  return tr < from ? '' : text.slice(tr, th + 5).replace(/<[^>]*>/g, ' ');
}

/** The first line of the tab-separated block a row at `rowStart` is in (its header), or ''. */
export function tabHeaderAbove(text: string, rowStart: number): string {
  let start = rowStart;
  for (let n = 0; n < 200 && start > 0; n++) {
    const above = text.lastIndexOf('\n', start - 2) + 1;
    if (!text.slice(above, start - 1).includes('\t')) break;
    start = above;
  }
  return start === rowStart ? '' : text.slice(start, text.indexOf('\n', start));
}
