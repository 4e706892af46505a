/**
 * Round 21, secrets split across layout (tables21-corpus.ts; issue 11, categories 3 and 7): a prefix-less value under a
 * secret-named row or column of a Markdown table with no padding, an HTML table, TSV, a reStructuredText grid, psql or
 * MySQL output, a box-drawing table. Twins: the same tables holding placeholders and references under secret names, and
 * hashes, UUIDs, model names, counts, URLs and dates under id columns beside a provider's name, byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { assertSixteenTimesLinear } from './helpers/child-timer.js';
import { leaked, SEED, tablePlants, tableTwins } from './helpers/tables21-corpus.js';

const r = new Redactor();
const red = (s: string): string => r.redactString(s);

function changed(lines: readonly string[], min: number): string[] {
  assert.ok(lines.length >= min, `${lines.length} lines`);
  return lines.filter((l) => red(l) !== l).map((l) => `${JSON.stringify(l)} => ${JSON.stringify(red(l))}`);
}

describe(`round 21: secrets split across layout (seed ${SEED}, REDACT_SEED replays)`, () => {
  // 2c6bd21 leaked 18 of 300 (seed 2101) and 15 (2102): `|-|-|` separators, `<td>API Key</td>`, `<th>` columns of
  // passwords with symbols.
  for (const seed of [SEED, SEED + 1])
    it(`seed ${seed}: a secret-named row or column of a table holds a prefix-less value`, () =>
      assert.deepEqual(leaked(tablePlants(seed), red), []));

  // 2c6bd21 changed 56 of 780 (hashes and UUIDs under commit, sha256, request_id, trace_id beside a provider's name in
  // `|-|` tables, grids, psql, TSV and HTML). Open: a secret name, a tab and a region (`env:OPENAI_API_KEY\tus-east-1`)
  // is read by the key-name layer as a name and its value.
  it('twin: placeholders under secret names, ids and hashes under id columns are kept', () =>
    assert.ok(changed(tableTwins(SEED + 2), 700).length <= 1, changed(tableTwins(SEED + 2), 700).join('\n')));

  for (const [name, unit] of [
    ['separator cells with no padding', '|-'],
    ['spaced HTML name cells', '<td>API Key</td><td>aB3d'],
    ['id columns of a grid', '| openai | 0123456789abcdef0123456789abcdef |\n'],
    ['HTML rows under id headers', '<tr><td>openai</td><td>0123456789abcdef0123456789abcdef</td></tr>'],
    ['tab rows of ids', 'openai\t0123456789abcdef0123456789abcdef\t'],
  ] as const)
    it(`linear: 1 MiB of ${name}`, () => assertSixteenTimesLinear(name, unit, 2000));
});
