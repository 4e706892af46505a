/**
 * Round 23, secrets in tables and definitions of document formats (doctables23-corpus.ts; issue 11 category 3): a
 * prefix-less or prefixed key under a secret name in a header, a row label or a macro's name, in reStructuredText
 * (simple, grid and list tables, field lists), LaTeX (`tabular`, `longtable`, `tabularx`, cells in `\texttt{}`,
 * `\verb||`, `\url{}` with `\_`/`\#`/`\%`/`\&`; `\newcommand`, `\def`, `\pgfkeys`), Org (tables, `#+PROPERTY:`,
 * drawers), AsciiDoc (`|===` tables, attributes), Jira/Confluence, MediaWiki, Textile, Markdown cells with `<br>`, CSV
 * as Excel writes it (`="…"`, a BOM); numbered seed-phrase grids and backup-code grids in those tables. Twins
 * (doctables23-twins.ts) come out byte for byte. Each test reads through an export's filter.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { codePlants, definitionPlants, leaked, seedPlants, SEED, tablePlants } from './helpers/doctables23-corpus.js';
import { allTwins } from './helpers/doctables23-twins.js';

const r = new Redactor();
const red = (s: string): string => {
  const f = r.filter({ rel: 'workspace/notes.md' });
  return f.write(s) + f.end();
};

describe(`round 23: secrets in tables and definitions of document formats (seed ${SEED}, REDACT_SEED replays)`, () => {
  // 3a7e9d1 leaked 71 of 216 (seed 2301): list-tables, AsciiDoc, Jira, MediaWiki, Textile, LaTeX rows, Excel's `="…"`,
  // Org's `|---+---|`, `<br>` in a cell.
  for (const seed of [SEED, SEED + 1])
    it(`seed ${seed}: a secret-named column or row of a document table`, () =>
      assert.deepEqual(leaked(tablePlants(seed), red), []));

  // 3a7e9d1 leaked 39 of 96: `\newcommand{\apikey}{…}`, `\def\token{…}`, escaped values in `\pgfkeys`, `#+PROPERTY:`.
  // Open: a value holding `#` under an AsciiDoc attribute named `*-KEY` (`:OPENAI-API-KEY: abc#def`): the header rule
  // (api-key-header, an earlier pass) takes it up to the `#` and wins the overlap (seed 2302).
  for (const seed of [SEED, SEED + 1])
    it(`seed ${seed}: a secret-named macro, key, property or attribute`, () => {
      const left = leaked(definitionPlants(seed), red);
      assert.ok(left.length <= 1 && left.every((l) => l.startsWith('def/adoc-attr/')), left.join('\n'));
    });

  // 3a7e9d1 leaked 45 of 46: numbered grids of 12 or 24 BIP-39 words in lines and in every table format.
  for (const seed of [SEED, SEED + 1])
    it(`seed ${seed}: a numbered seed-phrase grid`, () => assert.deepEqual(leaked(seedPlants(seed), red), []));

  // 3a7e9d1 leaked 10 of 25: backup codes under a label in a head cell, rows between rules, `&`, `!!`, `="…"`,
  // AsciiDoc's blank lines, `\texttt{}`.
  for (const seed of [SEED, SEED + 1])
    it(`seed ${seed}: a backup-code grid in a table`, () => assert.deepEqual(leaked(codePlants(seed), red), []));

  // 3a7e9d1 changed 15 of 303, of two kinds and still open: a UUID or 32 hex digits under `request_id`/`trace_id`
  // beside `openai` in the row, read by labels.ts and near-labels.ts as a provider's labelled value (they know the
  // header above a Markdown, HTML or tab row only); an AsciiDoc head `|Key |Summary` read as a key and its value. No
  // other twin may change.
  it('twin: ids, hashes, models, prices, placeholders, LaTeX papers, word lists and agendas are kept', () => {
    const twins = allTwins(SEED + 5);
    assert.ok(twins.length >= 300, `${twins.length} twins`);
    const changed = twins.filter((t) => red(t) !== t);
    const other = changed.filter(
      (t) => !/request\\?_id[^]*trace\\?_id[^]*\bopenai\b/.test(t) && !t.includes('|Key |Summary |Status'),
    );
    assert.deepEqual(other, []);
    assert.ok(changed.length <= 15, `${changed.length} changed`);
  });

  itIsLinear([
    ['LaTeX rows', 'api\\_key & \\texttt{aB3\\_dE5} \\\\\n'],
    ['LaTeX rows on one line', 'Token & \\verb|x1!| \\\\ \\hline '],
    ['LaTeX table starts', '\\begin{tabular}{ll}\nkey & v \\\\\n'],
    ['Jira heads', '||API key||Token||\n'],
    ['Jira rows', '|openai|aB3dE5fG7hJ9|'],
    ['MediaWiki tables', '{|\n! API key !! token\n|-\n| aB3dE5fG7h || x\n'],
    ['AsciiDoc tables', '|===\n|API key |Token\n\n|aB3dE5fG7h\n'],
    ['reST rules', '====  ====\n'],
    ['reST rules on one line', '= = '],
    ['list-tables', '.. list-table::\n   * - API key\n     - aB3dE5fG7h\n'],
    ['macros', '\\newcommand{\\apikey}{aB3\\_dE5fG7h}\n'],
    ['open macros', '\\def\\token{'],
    // Not an open `\pgfkeys{` repeated: 1 MiB of it takes 17 s of CPU on 3a7e9d1 already (11 s with `x=` after it, 5 s
    // for `/api/key=aB3dE5,`), in the passes before this one.
    ['key lists', '\\pgfkeys{/api/token=aB3\\%dE5}\n'],
    ['open macros with a name', '\\newcommand{\\apikey}{'],
    ['numbered words', '1. abandon 2. ability '],
    ['numbered word lines', '12. abandon\n'],
    ['code rows under a label', 'Backup codes\n\\hline\n1234-5678 & \\texttt{9012-3456} \\\\\n'],
  ]);
});
