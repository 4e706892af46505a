/**
 * Round 20, tokens cut apart by the structure around them (attack 19b): printed in groups between other separators
 * (tab, `.`, `:`, `•`, `·`, `|`, `/`, `_`, NBSP, `, `, ` - `) and in groups of mixed sizes; split over the elements of
 * arrays that C, PHP, Lua, YAML, Ruby, Rust, Go and shell join; and over a table's cells with no padding, HTML cells,
 * TSV and CSV rows, reStructuredText grid rows and the rows of one column. Placers for struct18-corpus.ts's
 * structPlants (every prefix family of rules.ts, and values under a secret name); twins in group20-twins.ts.
 */
import type { Gen } from './glue15-tokens.js';
import { grouped, type Placer } from './group19-corpus.js';
import { dq, pieces as parts, sq } from './struct18-corpus.js';

/** A named value's label as prose writes it (`OPENAI_API_KEY: `), or none. */
const said = (l: string): string => l.replace(/=$/, ': ');
/** 3 to 8 from the generator. */
const size = (r: Gen): number => 3 + Number(r('012345', 1));

/** `t` in groups of mixed sizes (3 to 8 characters each). */
export function mixed(t: string, r: Gen, sep: string): string {
  const out: string[] = [];
  for (let i = 0; i < t.length;) {
    const n = size(r);
    out.push(t.slice(i, i + n));
    i += n;
  }
  return out.join(sep);
}

/** Category 1: groups between other separators, and groups of mixed sizes. */
export const SEPARATED: [string, Placer][] = [
  ['tab4', (t, _, l) => `Here is the token, split for safety: ${said(l)}${grouped(t, 4, '\t')}`],
  ['dot4', (t, _, l) => `${said(l)}${grouped(t, 4, '.')}`],
  ['colon4', (t, _, l) => `The key (grouped): ${said(l)}${grouped(t, 4, ':')}`],
  ['colon6', (t, _, l) => `${said(l)}${grouped(t, 6, ':')}`],
  ['bullet', (t, r, l) => `Key: ${said(l)}${grouped(t, size(r), ' • ')}`],
  ['middot', (t, _, l) => `> ${said(l)}${grouped(t, 4, '·')}`],
  ['pipe', (t, r, l) => `${said(l)}${grouped(t, size(r), '|')}`],
  ['slash', (t, _, l) => `token: ${said(l)}${grouped(t, 5, '/')}`],
  ['underscore', (t, _, l) => `${said(l)}${grouped(t, 4, '_')}`],
  ['nbsp', (t, r, l) => `Use ${said(l)}${grouped(t, size(r), '\u00a0')} for now.`],
  ['two-blanks', (t, _, l) => `${said(l)}${grouped(t, 4, '  ')}`],
  ['comma', (t, _, l) => `Pieces: ${said(l)}${grouped(t, 4, ', ')}`],
  ['space-dash', (t, _, l) => `${said(l)}${grouped(t, 4, ' - ')}`],
  ['mixed-space', (t, r, l) => `The key is ${said(l)}${mixed(t, r, ' ')} (keep it safe)`],
  ['json-tab', (t, _, l) => JSON.stringify({ role: 'assistant', content: `${said(l)}${grouped(t, 5, '\t')}` })],
];

/** Open: groups of mixed sizes between dashes (a uuid's groups are such: only same-length groups are read). */
export const MIXED_DASH: [string, Placer][] = [['mixed-dash', (t, r, l) => `${said(l)}${mixed(t, r, '-')}`]];

/** Category 2: arrays that code joins, in more languages. */
export const JOINED: [string, Placer][] = [
  ['c-array', (t, r, _, n) => `static const char *${n}_parts[] = {${dq(parts(t, r))}};`],
  ['c-array-lines', (t, r, _, n) => `const char *${n}[] = {\n    ${dq(parts(t, r), ',\n    ')},\n    NULL\n};`],
  ['php-implode', (t, r, _, n) => `$${n} = implode('', [${sq(parts(t, r))}]);`],
  ['php-array', (t, r, _, n) => `$${n} = implode('', array(${sq(parts(t, r), ', ')}));`],
  ['lua-concat', (t, r, _, n) => `local ${n} = table.concat({${dq(parts(t, r))}})`],
  ['lua-table', (t, r, _, n) => `local ${n}_parts = {${dq(parts(t, r))}}\nlocal ${n} = table.concat(${n}_parts)`],
  [
    'yaml-block',
    (t, r, _, n) =>
      `${n}_parts:\n${parts(t, r)
        .map((p) => `  - ${p}`)
        .join('\n')}\n${n}: "{{ ${n}_parts | join('') }}"`,
  ],
  ['yaml-flow', (t, r, _, n) => `${n}_parts: [${parts(t, r).join(', ')}]`],
  ['ruby-w', (t, r, _, n) => `${n} = %w[${parts(t, r).join(' ')}].join`],
  ['rust-concat-macro', (t, r, _, n) => `const ${n.toUpperCase()}: &str = concat!(${dq(parts(t, r))});`],
  ['rust-slice-concat', (t, r, _, n) => `let ${n} = [${dq(parts(t, r))}].concat();`],
  ['go-join-lines', (t, r, _, n) => `${n} := strings.Join([]string{\n\t${dq(parts(t, r), ',\n\t')},\n}, "")`],
  ['shell-array', (t, r, _, n) => `${n}=(${parts(t, r).join(' ')}); IFS=; echo "\${${n}[*]}"`],
  ['shell-quoted', (t, r, _, n) => `${n}=(${dq(parts(t, r), ' ')})\nKEY=$(printf %s "\${${n}[@]}")`],
  ['py-tuple', (t, r, _, n) => `${n} = "".join((${dq(parts(t, r))}))`],
  [
    'js-comments',
    (t, r, _, n) =>
      `const ${n} = [\n${parts(t, r)
        .map((p) => `  '${p}', // part`)
        .join('\n')}\n].join('');`,
  ],
];

/** `t` cut in `k` pieces of about one length. */
function cells(t: string, k: number): string[] {
  const n = Math.ceil(t.length / k);
  return t.match(new RegExp(`.{1,${n}}`, 'gs'))!;
}
const pad = (xs: string[], w: number): string[] => xs.map((x) => x.padEnd(w));

/** Category 3: a token over a table's cells: no padding, HTML, TSV, CSV, grid tables, one column's rows. */
export const TABLED: [string, Placer][] = [
  ['md-nopad', (t) => `|key|\n|---|\n|${cells(t, 3).join('|')}|`],
  ['md-nopad-label', (t) => `|name|value|more|\n|-|-|-|\n|prod|${cells(t, 2).join('|')}|`],
  [
    'html-td',
    (t) =>
      `<table><tr>${cells(t, 3)
        .map((c) => `<td>${c}</td>`)
        .join('')}</tr></table>`,
  ],
  [
    'html-td-lines',
    (t) =>
      `<tr>\n  ${cells(t, 2)
        .map((c) => `<td>${c}</td>`)
        .join('\n  ')}\n</tr>`,
  ],
  ['tsv', (t) => `part1\tpart2\tpart3\n${cells(t, 3).join('\t')}`],
  ['csv', (t) => `p1,p2,p3\n${cells(t, 3).join(',')}`],
  [
    'rst-grid',
    (t) => {
      const c = cells(t, 2);
      const w = Math.max(...c.map((x) => x.length)) + 2;
      const rule = `+${c.map(() => '-'.repeat(w)).join('+')}+`;
      return `${rule}\n| ${pad(c, w - 2).join(' | ')} |\n${rule}`;
    },
  ],
  [
    'one-column',
    (t) =>
      `| part |\n|------|\n${cells(t, 3)
        .map((c) => `| ${c} |`)
        .join('\n')}`,
  ],
  ['fullwidth', (t) => `｜ ${cells(t, 3).join(' ｜ ')} ｜`],
  ['wide-pad', (t) => `| ${pad(cells(t, 3), 80).join(' | ')} |`],
];
