/**
 * A cheap test before a table row's regex (labels.ts ROW: `|`, a provider's or service's name, optionally bold, `|`),
 * whose alternation of every name, case folded, V8 took ~8 ms to compile: most tables of a session (a coordination
 * table, a status table) name no provider in their first cell, and then the regex is not compiled for them.
 */

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
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
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

const isBlank = (c: number): boolean => c === 32 || c === 9;
