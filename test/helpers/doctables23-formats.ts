/**
 * Round 23, document formats (doctables23-corpus.ts): the tables and definitions of reStructuredText, LaTeX, Org,
 * AsciiDoc, Jira/Confluence, MediaWiki, Textile, Markdown with `<br>` and CSV as Excel writes it. A table is a header
 * and rows of cells, already written in the format's own escapes (latex.ts's `tex`).
 */

export type Table = (head: string[], rows: string[][]) => string;

const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - s.length));
const widths = (rows: string[][]): number[] => rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));

/** LaTeX's escapes of text (not of `\verb`). */
export const tex = (s: string): string =>
  s.replace(/[_#&%$^{}~\\]/g, (c) =>
    c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : c === '\\' ? '\\textbackslash{}' : `\\${c}`,
  );

/** reST simple table; the last column's rule is the header's width (a value may run past it). */
const rstSimple: Table = (head, rows) => {
  const w = widths([head, ...rows]);
  w[w.length - 1] = Math.max(head.at(-1)!.length, 5);
  const rule = w.map((n) => '='.repeat(n)).join('  ');
  const line = (cs: string[]): string => cs.map((c, i) => (i === cs.length - 1 ? c : pad(c, w[i]!))).join('  ');
  return [rule, line(head), rule, ...rows.map(line), rule].join('\n');
};

/** reST grid table whose cells run over two lines (a note under the value). */
const rstGrid: Table = (head, rows) => {
  const body = rows.flatMap((r) => [r, r.map((c, i) => (i === 0 ? '' : i === r.length - 1 ? '(rotated)' : ''))]);
  const w = widths([head, ...body]);
  const bar = (c: string): string => `+${w.map((n) => c.repeat(n + 2)).join('+')}+`;
  const line = (cs: string[]): string => `| ${cs.map((c, i) => pad(c, w[i]!)).join(' | ')} |`;
  const out = [bar('-'), line(head), bar('=')];
  for (let i = 0; i < body.length; i += 2) out.push(line(body[i]!), line(body[i + 1]!), bar('-'));
  return out.join('\n');
};

const rstList: Table = (head, rows) =>
  [
    '.. list-table:: Credentials',
    '   :widths: 20 80',
    '   :header-rows: 1',
    '',
    ...[head, ...rows].flatMap((r) => r.map((c, i) => `   ${i === 0 ? '*' : ' '} - ${c}`)),
  ].join('\n');

const latex =
  (env: string, spec: string, cell: (c: string) => string): Table =>
  (head, rows) =>
    [
      `\\begin{${env}}${spec}`,
      '\\hline',
      `${head.map((h) => `\\textbf{${tex(h)}}`).join(' & ')} \\\\`,
      '\\hline',
      ...rows.map((r) => `${r.map((c, i) => (i === 0 ? tex(c) : cell(c))).join(' & ')} \\\\`),
      '\\hline',
      `\\end{${env}}`,
    ].join('\n');

const org: Table = (head, rows) => {
  const w = widths([head, ...rows]);
  const line = (cs: string[]): string => `| ${cs.map((c, i) => pad(c, w[i]!)).join(' | ')} |`;
  return [line(head), `|${w.map((n) => '-'.repeat(n + 2)).join('+')}|`, ...rows.map(line)].join('\n');
};

const adoc: Table = (head, rows) =>
  [
    `[cols="${head.map(() => '1').join(',')}",options="header"]`,
    '|===',
    head.map((h) => `|${h}`).join(' '),
    ...rows.flatMap((r) => ['', ...r.map((c) => `|${c}`)]),
    '|===',
  ].join('\n');

const adocInline: Table = (head, rows) =>
  ['|===', head.map((h) => `| ${h}`).join(' '), '', ...rows.map((r) => r.map((c) => `| ${c}`).join(' ')), '|==='].join(
    '\n',
  );

const jira: Table = (head, rows) => [`||${head.join('||')}||`, ...rows.map((r) => `|${r.join('|')}|`)].join('\n');

const wiki: Table = (head, rows) =>
  ['{| class="wikitable"', `! ${head.join(' !! ')}`, ...rows.flatMap((r) => ['|-', `| ${r.join(' || ')}`]), '|}'].join(
    '\n',
  );

const wikiLines: Table = (head, rows) =>
  [
    '{| class="wikitable sortable"',
    '|+ Keys',
    ...head.map((h) => `! ${h}`),
    ...rows.flatMap((r) => ['|-', ...r.map((c) => `| ${c}`)]),
    '|}',
  ].join('\n');

const textile: Table = (head, rows) =>
  [`|_. ${head.join(' |_. ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const mdBr: Table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map((c, i) => (i === r.length - 1 ? `${c}<br>rotated 2025-03` : c)).join(' | ')} |`),
  ].join('\n');

const mdBrBefore: Table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => ':--').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map((c, i) => (i === r.length - 1 ? `prod:<br/>\`${c}\`` : c)).join(' | ')} |`),
  ].join('\n');

const csvExcel: Table = (head, rows) =>
  ['\uFEFF' + head.join(','), ...rows.map((r) => r.map((c, i) => (i === 0 ? c : `="${c}"`)).join(','))].join('\r\n');

const csvQuoted: Table = (head, rows) =>
  [head.map((h) => `"${h}"`).join(';'), ...rows.map((r) => r.map((c) => `"${c}"`).join(';'))].join('\n');

/** Formats whose cells hold a value as written (no escapes needed). */
export const TABLES: [string, Table][] = [
  ['rst-simple', rstSimple],
  ['rst-grid', rstGrid],
  ['rst-list', rstList],
  ['org', org],
  ['adoc', adoc],
  ['adoc-inline', adocInline],
  ['jira', jira],
  ['wiki', wiki],
  ['wiki-lines', wikiLines],
  ['textile', textile],
  ['md-br', mdBr],
  ['md-br-code', mdBrBefore],
  ['csv-excel', csvExcel],
  ['csv-quoted', csvQuoted],
  ['tex-tabular', latex('tabular', '{|l|l|}', tex)],
  ['tex-longtable', latex('longtable', '{ll}', (c) => `\\texttt{${tex(c)}}`)],
  ['tex-tabularx', latex('tabularx', '{\\textwidth}{lX}', (c) => `\\verb|${c}|`)],
  // `&`, `%` and `#` escaped in `\url` too (a table's cell is an argument: `\url` cannot change their meaning there).
  ['tex-url', latex('tabular', '{ll}', (c) => `\\url{${c.replace(/[&%#]/g, (x) => `\\${x}`)}}`)],
];

/** Definitions: a secret-named macro, field, attribute or property and its value. */
export const DEFINITIONS: [string, (name: string, v: string) => string][] = [
  ['rst-field', (n, v) => `Deployment\n==========\n\n:service: openai\n:${n}: ${v}\n:region: us-east-1`],
  ['tex-newcommand', (n, v) => `\\newcommand{\\${macro(n)}}{${tex(v)}}`],
  ['tex-newcommand-tt', (n, v) => `\\newcommand*{\\${macro(n)}}{\\texttt{${tex(v)}}}\n% used in the appendix`],
  ['tex-def', (n, v) => `\\def\\${macro(n)}{${tex(v)}}`],
  ['tex-pgfkeys', (n, v) => `\\pgfkeys{/service/.cd, endpoint=api.example.com, ${n.replace(/ /g, '')}=${tex(v)}}`],
  ['org-property', (n, v) => `#+TITLE: Deploy notes\n#+PROPERTY: ${n.replace(/ /g, '_')} ${v}`],
  ['org-drawer', (n, v) => `* Production\n  :PROPERTIES:\n  :${n.replace(/ /g, '_').toUpperCase()}: ${v}\n  :END:`],
  ['adoc-attr', (n, v) => `= Setup\n:toc:\n:${n.replace(/[ _]/g, '-')}: ${v}\n\nUse {${n.replace(/[ _]/g, '-')}}.`],
];

/** A macro name for a secret name: `\apikey`, `\dbpassword` (LaTeX names are letters). */
export const macro = (n: string): string => n.replace(/[^A-Za-z]/g, '').replace(/^./, (c) => c.toLowerCase());
