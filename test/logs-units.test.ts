/** The figures and tables `massgen logs` prints: numbers for people, tables that fit the terminal or stay plain. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { count, cut, duration, millis, money } from '../src/ui/numbers.js';
import { stylerFor } from '../src/ui/style.js';
import { displayWidth, renderTable, renderTableInBlocks } from '../src/ui/tables.js';
import { cappedWarnings } from '../src/ui/warnings.js';

test('numbers for people', () => {
  assert.equal(money(0.5412), '$0.54');
  assert.equal(money(0.0042), '$0.0042');
  assert.equal(money(1234.5), '$1,234.50');
  assert.equal(money(0), '$0.00');
  assert.equal(money(null), '-');
  assert.equal(count(6035629), '6,035,629');
  assert.equal(duration(432), '7.2m');
  assert.equal(duration(42), '42s');
  assert.equal(duration(4.25), '4.3s');
  assert.equal(duration(5400), '1.5h');
  assert.equal(duration(3 * 86400), '3.0d');
  // A log's own figures, as they come (attack S3: 1e308 printed 300 characters).
  assert.equal(duration(1e308), 'over 100y');
  assert.equal(duration(Number.NaN), '-');
  assert.equal(duration(-5), '-');
  assert.equal(count(1e308), '1.00e+308');
  assert.equal(money(Number.POSITIVE_INFINITY), '$?');
  assert.equal(millis(181), '181ms');
  assert.equal(millis(4800.2), '4.8s');
  assert.equal(cut('a\nlong   question', 8), 'a long …');
});

const spec = {
  head: ['#', 'Cost', 'Question'],
  rows: [
    ['1', '$0.54', 'Build a landing page for a coffee shop with a menu, a map and opening hours'],
    ['2', '$12.00', '日本語の質問をここに書きます。とても長い質問です。'],
  ],
  right: [0, 1],
  flex: 2,
};

test('on a terminal: boxed, fitted to its width (the flex column cut with …), bold header unless NO_COLOR', () => {
  const style = stylerFor({ isTTY: true }, {});
  const out = renderTable(spec, { tty: true, columns: 50, style });
  const lines = out.trimEnd().split('\n');
  for (const l of lines) assert.ok(displayWidth(l.replace(/\x1b\[\d+m/g, '')) <= 50, l);
  assert.match(out, /┌/);
  assert.match(out, /…/);
  assert.match(out, /\x1b\[1m#\x1b\[22m/);
  const plain = renderTable(spec, { tty: true, columns: 50, style: stylerFor({ isTTY: true }, { NO_COLOR: '1' }) });
  assert.doesNotMatch(plain, /\x1b/);
  // Wide enough: nothing cut.
  assert.doesNotMatch(renderTable(spec, { tty: true, columns: 200, style }), /…/);
});

test('in a pipe: plain columns, no borders, no colour, nothing cut', () => {
  const out = renderTable(spec, { tty: false, style: stylerFor({ isTTY: false }, { FORCE_COLOR: '1' }) });
  assert.doesNotMatch(out, /[┌│└─]|\x1b|…/);
  const lines = out.trimEnd().split('\n');
  assert.equal(lines[0], '#    Cost  Question');
  assert.match(
    lines[1]!,
    /^1 {3}\$0\.54 {2}Build a landing page for a coffee shop with a menu, a map and opening hours$/,
  );
  assert.equal(displayWidth('日本'), 4);
  // A skin tone joins the emoji before it: one wide character, as cli-table3 and terminals count it.
  assert.equal(displayWidth('👍🏽 ok'), 5);
});

test('cells are shown terminal-safe', () => {
  const out = renderTable({ head: ['Q'], rows: [['\x1b]0;pwned\x07 hi']] }, { tty: false, style: stylerFor({}, {}) });
  assert.doesNotMatch(out, /\x1b|\x07/);
  assert.match(out, /\\x1b\]0;pwned\\x07 hi/);
});

test('a long table is rendered in blocks, the same text as one table', () => {
  const names = [
    'read_file',
    'mcp__fs__write',
    '日本語ツール',
    'a',
    'x'.repeat(70),
    'tool\x1b[31m',
    '👍🏽 ok',
    'é́',
    'ﾊﾝｶｸ',
  ];
  const rows = Array.from({ length: 57 }, (_, i) => [`${names[i % names.length]}_${i}`, String(i * 97), `${i}.5s`]);
  const big = { head: ['Tool', 'Calls', 'Time'], rows, right: [1, 2], flex: 0 };
  for (const target of [
    { tty: true, columns: 60, style: stylerFor({ isTTY: true }, {}) },
    { tty: true, columns: 200, style: stylerFor({ isTTY: true }, { NO_COLOR: '1' }) },
    { tty: false, style: stylerFor({}, {}) },
  ])
    for (const block of [1, 2, 10, 56])
      assert.equal(renderTableInBlocks(big, target, block), renderTableInBlocks(big, target, 1000), `${block}`);
  // 8,000 rows: cli-table3 alone took minutes (its layout is quadratic in rows); here about a second.
  const many = { ...big, rows: Array.from({ length: 8000 }, (_, i) => [`t${i}`, String(i), `${i}ms`]) };
  const out = renderTable(many, { tty: true, columns: 80, style: stylerFor({ isTTY: true }, {}) });
  assert.equal(out.trimEnd().split('\n').length, 8004);
});

test('warnings past 20 are counted in one line (attack S3: 20,000 empty turn folders printed 20,000)', () => {
  const many = Array.from({ length: 20_000 }, (_, i) => `turn_${i + 1} has no attempt`);
  const shown = cappedWarnings(many);
  assert.equal(shown.length, 21);
  assert.deepEqual(shown.slice(0, 20), many.slice(0, 20));
  assert.equal(shown[20], '19,980 more warnings like these (20,000 in all).');
  assert.deepEqual(cappedWarnings(many.slice(0, 20)), many.slice(0, 20));
  assert.equal(cappedWarnings(many.slice(0, 21))[20], '1 more warning like these (21 in all).');
});
