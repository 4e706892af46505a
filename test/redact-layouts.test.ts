/**
 * Keys wrapped inside layouts (leftovers of the sixth red-team round): a long key in one cell of a 2–4 column table
 * (rich, tabulate, psql, aligned Markdown) that goes on in the same column below, and a key cut over log lines that
 * each start with a timestamp and level or a line-number gutter. Every piece of each planted key must be redacted;
 * tables, logs and listings of hashes, ids and prose laid out the same way come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { randomStrings } from './helpers/fake-secrets.js';

const r = randomStrings(6062);
const KEYS: Record<string, () => string> = {
  github: () => `ghp_${r('alnum', 36)}`,
  anthropic: () => `sk-ant-api03-${r('urlsafe', 93)}AA`,
  openai: () => `sk-proj-${r('urlsafe', 74)}T3BlbkFJ${r('urlsafe', 74)}`,
  groq: () => `gsk_${r('alnum', 52)}`,
  known: () => KNOWN,
};
const KNOWN = r('alnum', 40);

/** A value cut into pieces of `width` (the last at least 8: shorter widths are not planted). */
const cut = (v: string, width: number): string[] => v.match(new RegExp(`.{1,${width}}`, 'g'))!;

type Layout = (key: string, width: number) => { text: string; pieces: string[] };

/** A rich/tabulate box of 2 to 4 columns: the key in column `col` (0-based), the others a name and statuses. */
const box =
  (cols: number, col: number, v = '│', wrapRow = true): Layout =>
  (key, width) => {
    const pieces = cut(key, width);
    const other = ['OpenAI prod', 'active', '2026-01-03'];
    const row = (cells: string[]): string => `${v} ${cells.join(` ${v} `)} ${v}`;
    const cellsOf = (k: number): string[] =>
      Array.from({ length: cols }, (_, c) =>
        c === col ? pieces[k]!.padEnd(width) : (k === 0 ? other[c % 3]! : '').padEnd(11),
      );
    const lines = [
      row(Array.from({ length: cols }, (_, c) => (c === col ? 'Key' : 'Field').padEnd(c === col ? width : 11))),
    ];
    if (wrapRow) lines.push(row(Array.from({ length: cols }, (_, c) => '-'.repeat(c === col ? width : 11))));
    for (let k = 0; k < pieces.length; k++) lines.push(row(cellsOf(k)));
    return { text: `${lines.join('\n')}\n`, pieces };
  };

/** Log lines with a prefix each (the message cut into chunks of `width`). */
const logged =
  (prefix: (k: number) => string, label = 'loaded key '): Layout =>
  (key, width) => {
    const message = `${label}${key} for agent_a`;
    const chunks = cut(message, width);
    const pieces: string[] = [];
    // The key's pieces as they fall on the chunks.
    let at = label.length;
    for (let k = 0; k < chunks.length; k++) {
      const start = k * width;
      const end = start + chunks[k]!.length;
      const s = Math.max(at, start);
      const e = Math.min(label.length + key.length, end);
      if (s < e) pieces.push(message.slice(s, e));
      at = Math.max(at, e);
    }
    return { text: `${chunks.map((c, k) => prefix(k) + c).join('\n')}\n`, pieces };
  };

const LAYOUTS: Record<string, Layout> = {
  'rich 2 columns, key last': box(2, 1),
  'rich 3 columns, key in the middle': box(3, 1),
  'rich 4 columns, key third': box(4, 2),
  'rich heavy borders, key first': box(3, 0, '┃'),
  'tabulate grid 2 columns': box(2, 1, '|'),
  'markdown 3 columns, key first': box(3, 0, '|'),
  'markdown 4 columns, key last': box(4, 3, '|', false),
  'python logging': logged((k) => `2026-01-03 10:00:0${k % 10},123 INFO     `),
  'timestamp | level |': logged((k) => `2026-01-03 10:00:0${k % 10} INFO | `),
  'massgen log': logged((k) => `10:15:${String(k).padStart(2, '0')} | INFO | `),
  'bracketed ISO': logged((k) => `[2026-01-03T10:00:0${k % 10}Z] WARNING: `),
  'line-number gutter': logged((k) => `${String(40 + k).padStart(4)} │ `, 'TOKEN = '),
  'cat -n': logged((k) => `${String(7 + k).padStart(6)}\t| `, 'key: '),
  'bat wrapped line': logged((k) => (k === 0 ? '  12 │ ' : '     │ '), 'api_key = '),
};
const WIDTHS = [16, 22, 30];

describe('keys wrapped in tables and behind line prefixes', () => {
  it('every piece of every planted key is redacted', () => {
    const redactor = new Redactor({ knownValues: [{ name: 'SERVICE_TOKEN', value: KNOWN }] });
    const missed: string[] = [];
    let cases = 0;
    for (const [layout, make] of Object.entries(LAYOUTS))
      for (const [family, key] of Object.entries(KEYS))
        for (const width of WIDTHS) {
          const { text, pieces } = make(key(), width);
          const out = redactor.redactString(text);
          cases++;
          const left = pieces.filter((p) => p.length >= 6 && out.includes(p));
          if (left.length > 0) missed.push(`${layout} / ${family} / ${width}: ${left.join(' ')}\n${out}`);
        }
    assert.equal(cases, 14 * 5 * 3);
    assert.deepEqual(missed, [], `${missed.length} of ${cases} cases leak a piece`);
  });

  it('tables, logs and listings of hashes, ids and prose in the same layouts come out unchanged', () => {
    const redactor = new Redactor({});
    const hex = (): string => r('hex', 40);
    const sha = (): string => r('hex', 64);
    const alikes = [
      box(3, 1)(`${hex()}${hex()}`, 40).text,
      box(2, 1)(`${sha()}`, 32).text,
      box(3, 1)('the agent wrote index.html then ran the tests and voted', 16).text,
      box(4, 2)(`550e8400-e29b-41d4-a716-446655440000-${r('lowerAlnum', 20)}`, 18).text,
      `│ commit   │ ${hex()} │\n│ parent   │ ${hex()} │\n`,
      logged((k) => `10:15:0${k} | INFO | `, 'sha256 ')(`${sha()}${sha()}`, 40).text,
      `2026-01-03 10:00:01 INFO | commit ${hex()}\n2026-01-03 10:00:02 INFO | ${hex()} merged into main\n`,
      `  12 │ const digest = "${sha()}\n  13 │ ${sha()}";\n`,
      `  1 | ${sha()}  build/app.js\n  2 | ${sha()}  build/app.css\n`,
      logged((k) => `[2026-01-03T10:00:0${k}Z] INFO: `, 'request id ')(r('lowerAlnum', 70), 30).text,
      `| model          | tokens |\n| gpt-4o-mini-2024-07-18 | 1234 |\n| claude-sonnet-4-5-20250929 | 99 |\n`,
    ];
    for (const alike of alikes) {
      const text = alike.replace('OpenAI prod', 'build cache');
      assert.equal(redactor.redactString(text), text);
    }
  });
});
