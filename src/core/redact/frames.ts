/**
 * pandas DataFrame text reprs (a notebook's `text/plain` output, `print(df)`): a header line of column names, each
 * right-aligned over its column (the index column's blank first), then rows, each an index and a value per column
 * right-aligned to its name's end (two spaces at least between columns). A column whose name says secret (`api_key`,
 * `token`, `password`) has each of its values judged like a key-name value (cells.ts); a value pandas cut at its
 * column width (`…` + `...`) is judged without the dots, and its shown part replaced.
 */
import { cellName, isSecretName, judgeCell } from './cells.js';

interface FrameHit {
  /** The line's index in the lines given, the hit's range in that line. */
  line: number;
  start: number;
  end: number;
  rule: string;
}

/** A header: blanks (the index column), then names with two or more blanks between them. */
const HEADER = /^ +\S/;
/** A cell's padding: a space, or the row's edge. */
const isPad = (c: string | undefined): boolean => c === undefined || c === ' ';

/** The column ends of a header line, with each column's name when it says secret (null otherwise). */
function columns(header: string): [number, string | null][] | null {
  const cols = [...header.matchAll(/\S+(?: \S+)*/g)].map((m) => {
    const name = cellName(m[0]);
    return [m.index + m[0].length, name !== null && isSecretName(name) ? name : null] as [number, string | null];
  });
  return cols.length >= 1 && cols.some(([, n]) => n !== null) ? cols : null;
}

/** The cells of a row under the header's column ends, or null when the row is not aligned to them. */
function rowCells(row: string, cols: readonly [number, string | null][]): [number, number][] | null {
  const index = /^\S+/.exec(row);
  if (index === null || index[0].length >= cols[0]![0]) return null;
  const cells: [number, number][] = [];
  let from = index[0].length;
  for (const [end] of cols) {
    if (isPad(row[end - 1]) || !isPad(row[end]) || row.slice(from, end).trim() === '') return null;
    cells.push([from, end]);
    from = end;
  }
  return cells;
}

/** The hits of the DataFrame reprs in `lines` (see the file's comment). */
export function frameHits(lines: readonly string[]): FrameHit[] {
  const hits: FrameHit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const cols = HEADER.test(lines[i]!) ? columns(lines[i]!) : null;
    if (cols === null) continue;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const row = lines[j]!;
      const cells = rowCells(row, cols);
      if (cells === null) break;
      cells.forEach(([a, b], c) => {
        const name = cols[c]![1];
        if (name === null) return;
        const raw = row.slice(a, b).replace(/\.\.\.$/, '');
        const hit = judgeCell(name, raw, 'cell');
        if (hit) hits.push({ line: j, start: a + hit.start, end: a + hit.end, rule: hit.rule });
      });
    }
    i = j - 1;
  }
  return hits;
}
