/**
 * Round 21, secrets split across layout (tables21-corpus.ts; issue 11, categories 3 and 7): a prefix-less value under a
 * secret-named row or column of a Markdown table with no padding, an HTML table, TSV, a reStructuredText grid, psql or
 * MySQL output, a box-drawing table. Twins: the same tables holding placeholders and references under secret names, and
 * hashes, UUIDs, model names, counts, URLs and dates under id columns beside a provider's name, byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { leaked, piecePlants, pieceTwins, SEED, tablePlants, tableTwins } from './helpers/tables21-corpus.js';

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

  // 2c6bd21 leaked 84 of 140 (seed 2101; 2102: 86): arrays under a secret name, and symbol passwords in `+` and
  // implicit concatenation. Open: a bare YAML list (flow or block) of a password's pieces with symbols (`*`, `!`, `#`
  // are YAML's own there).
  for (const seed of [SEED, SEED + 1])
    it(`seed ${seed}: a prefix-less value under a secret name over an array or string pieces`, () => {
      const left = leaked(piecePlants(seed), red);
      assert.ok(
        left.every((l) => /^pieces\/yaml-(?:flow|block)\//.test(l)),
        left.join('\n'),
      );
      assert.ok(left.length <= 12, left.join('\n'));
    });

  // Open (also on 2c6bd21): a model name in a YAML list under `tokens:`.
  it('twin: arrays of words, models, files, env names, and ids under id names are kept', () =>
    assert.ok(changed(pieceTwins(SEED + 2), 200).length <= 1, changed(pieceTwins(SEED + 2), 200).join('\n')));

  // 1 MiB of grid rows of ids: 1.6-1.8 s of CPU alone on 784e056, 2.6 s in CI beside other work.
  itIsLinear([
    ['separator cells with no padding', '|-'],
    ['spaced HTML name cells', '<td>API Key</td><td>aB3d'],
    ['id columns of a grid', '| openai | 0123456789abcdef0123456789abcdef |\n'],
    ['HTML rows under id headers', '<tr><td>openai</td><td>0123456789abcdef0123456789abcdef</td></tr>'],
    ['tab rows of ids', 'openai\t0123456789abcdef0123456789abcdef\t'],
    ['named arrays of quoted pieces', 'api_key = ["a1B!", "c2D@"]\n'],
    ['one array of quoted pieces', '"a1B!", '],
    ['named YAML lists', 'token:\n  - a1B2\n  - c3D4\n'],
    ['concatenated symbol literals', "'a1!' + "],
  ]);
});
