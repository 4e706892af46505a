/**
 * Secrets in the tables of document markup (round 23, issue 11 category 3): LaTeX `tabular`/`longtable`/`tabularx`,
 * Jira/Confluence, Textile, MediaWiki, AsciiDoc, reStructuredText list-tables and simple tables (doc-rows.ts reads
 * them). Judged as tables.ts judges its own (cells.ts): a head cell naming a secret (`API key`, `Password`), every cell
 * under it; a cell naming one, the cell after it in its row. A cell's markup is taken off first (`\texttt{…}`,
 * `\verb|…|`, `\url{…}`, Textile's `_.`, MediaWiki's attributes) and LaTeX's escapes read (`\_`, `\#`, `\%`, `\&`):
 * a value that was escaped is replaced whole. Runs only on text holding a table's first-line literal (`\begin{`, a
 * line starting `||`, `|_.`, `{|`, `|===`, `list-table::`, a rule `==  ==`), on the original (the view reads `\t` and
 * `\n` of `\texttt` and `\newcommand` as escapes).
 */
import { cellName, isSecretName, judgeCell } from './cells.js';
import {
  adocTable,
  barTable,
  listTable,
  simpleTable,
  texTable,
  wikiTable,
  type DocTable,
  type Span,
} from './doc-rows.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** LaTeX's commands that wrap a cell's text. */
const WRAP =
  /^\\(?:texttt|textbf|textit|textsf|textrm|emph|url|path|code|nolinkurl|detokenize|lstinline|mintinline\{[a-z]+\})\s*\{([^]*)\}$/;
const VERB = /^\\verb\*?([^A-Za-z\s*])([^]*)\1$/;
const TT = /^\{\\(?:tt|ttfamily|bf|small)\s+([^]*)\}$/;

/** LaTeX's (and Jira's) escapes of a character. */
export const unescapeTex = (s: string): string =>
  s.replace(/\\textbackslash\{\}|\\([_#&%$^{}~|])(?:\{\})?/g, (m, c: string | undefined) => c ?? '\\');

/** A cell's text without its markup: its [start, end) in the text and the value it reads as. */
export function cellValue(text: string, [a, b]: Span): { a: number; b: number; value: string } {
  let s = text.slice(a, b);
  const lead = s.length - s.trimStart().length;
  a += lead;
  b -= s.length - s.trimEnd().length;
  s = s.trim();
  const style = /^(?:_\.|[<>=^~]\.|\{[^{}]{0,80}\}\.)[ \t]*/.exec(s);
  if (style) {
    a += style[0].length;
    s = s.slice(style[0].length);
  }
  for (let k = 0; k < 3; k++) {
    const m = WRAP.exec(s) ?? VERB.exec(s) ?? TT.exec(s);
    if (!m) break;
    const inner = m[m.length - 1]!;
    // Each form ends with one character (`}` or the `\verb` delimiter).
    a += s.length - 1 - inner.length;
    b = a + inner.length;
    s = inner;
    if (m[0].startsWith('\\verb')) return { a, b, value: s };
  }
  return { a, b, value: unescapeTex(s) };
}

function secretName(text: string, span: Span | undefined): string | null {
  if (span === undefined) return null;
  const n = cellName(cellValue(text, span).value);
  return n !== null && isSecretName(n) ? n : null;
}

function judge(text: string, span: Span, name: string, kind: 'cell' | 'row', hits: Hit[]): void {
  const { a, b, value } = cellValue(text, span);
  // Markup left in the value (`\ensuremath{\tau}`, `\cite{…}`) is LaTeX, not a key.
  if (/\\[A-Za-z]/.test(value)) return;
  const hit = judgeCell(name, value, kind);
  if (hit === null) return;
  const exact = value === text.slice(a, b);
  hits.push({ rule: hit.rule, start: exact ? a + hit.start : a, end: exact ? a + hit.end : b });
}

/** By column (a head cell naming a secret) and by row (a cell naming one, then its value). */
function tableHits(text: string, t: DocTable, hits: Hit[]): void {
  const names = t.head.map((s) => secretName(text, s));
  for (const row of [t.head, ...t.rows])
    for (let i = 0; i < row.length; i++) {
      const col = row === t.head ? null : names[i];
      if (col) judge(text, row[i]!, col, 'cell', hits);
      const n = i > 0 ? secretName(text, row[i - 1]) : null;
      if (n) judge(text, row[i]!, n, 'row', hits);
    }
}

type Reader = (text: string, at: number) => DocTable | null;

const ENV = /\\begin\{(tabular[xy*]?|longtable\*?|tabu|tblr|array|supertabular|xtabular|longtabu)\}/y;
const texReader: Reader = (text, at) => {
  ENV.lastIndex = at;
  const m = ENV.exec(text);
  return m ? texTable(text, at, m[1]!) : null;
};
const RULE = /^ *=+(?: +=+)+ *\r?$/;

const ruleReader: Reader = (t, at) =>
  RULE.test(t.slice(at, t.indexOf('\n', at) + 1 || at + 1024)) ? simpleTable(t, at) : null;

/**
 * Each format's first-line literal, where its reader starts (`line`: the literal starts its line after blanks, read
 * from the line's start; `rule`: read from the line's start; `here`: from the literal) and its reader.
 */
const FORMATS: [string, 'line' | 'rule' | 'here', Reader][] = [
  ['\\begin{', 'here', texReader],
  ['||', 'line', (t, at) => barTable(t, at, '||')],
  ['|_.', 'line', (t, at) => barTable(t, at, '|')],
  ['{|', 'line', wikiTable],
  ['|===', 'line', adocTable],
  ['list-table::', 'here', listTable],
  ['=  =', 'rule', ruleReader],
  ['= =', 'rule', ruleReader],
];

/** The start of the line holding `i` when only blanks come before it there (within 1,024 characters), else -1. */
function lineStart(text: string, i: number, blanksOnly: boolean): number {
  let j = i;
  while (j > 0 && i - j < 1024 && text[j - 1] !== '\n') {
    if (blanksOnly && text[j - 1] !== ' ' && text[j - 1] !== '\t') return -1;
    j--;
  }
  return j > 0 && text[j - 1] !== '\n' ? -1 : j;
}

export function docTableHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const starts: [number, Reader][] = [];
  for (const [lit, mode, read] of FORMATS)
    for (let i = text.indexOf(lit), next = 0; i !== -1; i = text.indexOf(lit, Math.max(i + 1, next))) {
      const ls = lineStart(text, i, mode === 'line');
      // One start a line: `= = = =` or `|| || ||` read once, not once each.
      next = i + 1024;
      if (ls === -1) continue;
      const nl = text.indexOf('\n', i);
      next = nl === -1 ? text.length : nl;
      starts.push([mode === 'here' ? i : ls, read]);
    }
  let resume = 0;
  for (const [at, read] of starts.sort((x, y) => x[0] - y[0])) {
    if (at < resume) continue;
    const t = read(text, at);
    if (t === null) continue;
    tableHits(text, t, hits);
    resume = t.end;
  }
  return hits.sort((x, y) => x.start - y.start);
}

const LITERALS = FORMATS.map(([l]) => l);

export function docTablePass(): Pass {
  const pass = runPass(docTableHits, true);
  pass.requires = (text) => LITERALS.some((l) => text.includes(l));
  return pass;
}
