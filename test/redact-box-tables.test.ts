import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { randomStrings } from './helpers/fake-secrets.js';

/**
 * Box-drawn tables (Rich, tabulate, MassGen's terminal UI; the seventh attack's L1): a value under a secret name in the
 * same row of a `│`, `┃`, `║` or borderless `NAME │ value` table, or in a column whose box-drawn header names a
 * secret, is redacted as in an ASCII `|` table. Look-alike tables (settings, token counts, model names, references,
 * ids) come out byte for byte, and the next row's name is no wrapped piece of the value above it.
 */
const r = randomStrings(Number(process.env.REDACT_SEED ?? 9209));

/** Prefix-less values only a name tells apart: 32/40 hex, UUID, WireGuard base64, base62, a person's password. */
function values(): { name: string; value: string }[] {
  const pw = (): string => `${r('letters', 6)}!${r('digits', 3)}${r('upperAlnum', 6)}`;
  const uuid = (): string => [8, 4, 4, 4, 12].map((n) => r('hex', n)).join('-');
  return [
    { name: 'AZURE_OPENAI_API_KEY', value: r('hex', 32) },
    { name: 'DD_API_KEY', value: r('hex', 32) },
    { name: 'TWILIO_AUTH_TOKEN', value: r('hex', 32) },
    { name: 'WANDB_API_KEY', value: r('hex', 40) },
    { name: 'MISTRAL_API_KEY', value: `${r('alnum', 29)}7qK` },
    { name: 'COHERE_API_KEY', value: `${r('alnum', 37)}4Zp` },
    { name: 'HEROKU_API_KEY', value: uuid() },
    { name: 'WIREGUARD_PRIVATE_KEY', value: `${r('b64', 42)}8=` },
    { name: 'POSTGRES_PASSWORD', value: pw() },
    { name: 'DB_PASSWORD', value: pw() },
  ];
}

function streamed(rel: string, text: string): string {
  const f = new Redactor().filter({ rel });
  return f.write(text) + f.end();
}

const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - s.length));

/** A table of rows in one box style: [left, middle, right] borders and the top, header rule and bottom lines. */
interface Style {
  name: string;
  row: [string, string, string];
  top?: string;
  rule?: string;
  bottom?: string;
}

const line = (l: string, h: string, m: string, r2: string): string => `${l}${h.repeat(24)}${m}${h.repeat(46)}${r2}`;
const STYLES: Style[] = [
  { name: 'Rich HEAVY_HEAD', row: ['│', '│', '│'], top: line('┏', '━', '┳', '┓'), rule: line('┡', '━', '╇', '┩') },
  { name: 'Rich ROUNDED', row: ['│', '│', '│'], top: line('╭', '─', '┬', '╮'), rule: line('├', '─', '┼', '┤') },
  { name: 'Rich HEAVY', row: ['┃', '┃', '┃'], top: line('┏', '━', '┳', '┓'), rule: line('┣', '━', '╋', '┫') },
  { name: 'Rich DOUBLE', row: ['║', '║', '║'], top: line('╔', '═', '╦', '╗'), rule: line('╠', '═', '╬', '╣') },
  { name: 'tabulate fancy_grid', row: ['│', '│', '│'], top: line('╒', '═', '╤', '╕'), rule: line('╞', '═', '╪', '╡') },
  { name: 'Rich MINIMAL (borderless)', row: ['', '│', ''], rule: line(' ', '─', '┼', ' ') },
  { name: 'Rich SIMPLE_HEAVY', row: ['', '┃', ''], rule: line(' ', '━', ' ', ' ') },
  { name: 'rows only', row: ['│', '│', '│'] },
];

function table(s: Style, header: [string, string], rows: [string, string][]): string {
  const [l, m, rt] = s.row;
  const row = ([a, b]: [string, string]): string => `${l}${l ? ' ' : '  '}${pad(a, 22)} ${m} ${pad(b, 44)} ${rt}`;
  const head = s.name.startsWith('Rich HEAVY_HEAD') ? row(header).replace(/│/g, '┃') : row(header);
  const lines = [s.top, head, s.rule, ...rows.map(row), s.bottom ?? s.top?.replace(/[┏╭╔╒]/, '└')].filter(
    (x): x is string => x !== undefined,
  );
  return lines.join('\n') + '\n';
}

describe('box-drawn tables: a value under a secret name in the same row', () => {
  for (const s of STYLES) {
    it(s.name, () => {
      const vs = values();
      const rows: [string, string][] = [
        ['MODEL', 'gpt-4o-mini'],
        ...vs.map((v) => [v.name, v.value] as [string, string]),
      ];
      const text = table(s, ['Variable', 'Value'], rows);
      const out = streamed('turn_1/attempt_1/agent_outputs/agent_a.txt', text);
      const leaked = vs.filter((v) => out.includes(v.value.slice(0, 12)));
      assert.deepEqual(
        leaked.map((v) => v.name),
        [],
        `${s.name}: leaked\n${out}`,
      );
      for (const v of vs) assert.ok(out.includes(v.name), `${s.name}: the name ${v.name} kept`);
      assert.ok(out.includes('gpt-4o-mini'));
      assert.equal(out.split('\n').length, text.split('\n').length, 'lines kept');
    });
  }

  it('a value wrapped onto the next row of its cell, the next name kept', () => {
    const key = r('hex', 40);
    const text = `│ WANDB_API_KEY     │ ${key.slice(0, 20)} │\n│                   │ ${key.slice(20)} │\n│ DD_API_KEY        │ not set              │\n│ MODEL             │ gpt-4o-mini          │\n`;
    const out = streamed('agent_outputs/a.txt', text);
    assert.ok(!out.includes(key.slice(0, 12)) && !out.includes(key.slice(20, 32)), out);
    assert.ok(out.includes('│ DD_API_KEY        │ not set') && out.includes('│ MODEL             │ gpt-4o-mini'), out);
  });

  it('a column whose box-drawn header names a secret', () => {
    const k1 = r('hex', 32);
    const k2 = `${r('alnum', 37)}4Zp`;
    const text = table(
      STYLES[0]!,
      ['Provider', 'API key'],
      [
        ['azure', k1],
        ['cohere', k2],
        ['groq', 'not set'],
      ],
    );
    const out = streamed('agent_outputs/a.txt', text);
    assert.ok(!out.includes(k1.slice(0, 12)) && !out.includes(k2.slice(0, 12)), out);
    assert.ok(out.includes('not set') && out.includes('cohere'));
  });
});

describe('box-drawn look-alikes stay unchanged', () => {
  const sha = r('hex', 40);
  const lookAlikes: [string, [string, string], [string, string][]][] = [
    [
      'settings',
      ['Setting', 'Value'],
      [
        ['MODEL', 'claude-sonnet-4-5-20250929'],
        ['TEMPERATURE', '0.7'],
        ['MAX_TOKENS', '4096'],
        ['BACKEND', 'openai'],
        ['LOG_DIR', '.massgen/massgen_logs'],
      ],
    ],
    [
      'token counts',
      ['Agent', 'Tokens'],
      [
        ['agent_a', '12,873 in / 2,041 out'],
        ['input_tokens', '128734012'],
        ['output_tokens', '2041'],
        ['total_cost_usd', '0.04127'],
      ],
    ],
    [
      'models',
      ['Agent', 'Model'],
      [
        ['agent_a', 'gpt-4o-mini-2024-07-18'],
        ['agent_b', 'gemini-2.5-pro-preview-06-05'],
        ['agent_c', 'claude-opus-4-1-20250805'],
      ],
    ],
    [
      'references under secret names',
      ['Variable', 'Value'],
      [
        ['OPENAI_API_KEY', '${OPENAI_API_KEY}'],
        ['ANTHROPIC_API_KEY', 'not set'],
        ['POSTGRES_PASSWORD', '********'],
        ['DD_API_KEY', 'your-api-key-here'],
        ['API key', 'stored in Vault under prod/openai'],
      ],
    ],
    [
      'ids and hashes',
      ['Field', 'Value'],
      [
        ['commit', sha],
        ['session', 'log_20260131_101500_123456'],
        ['status', 'completed'],
      ],
    ],
  ];
  for (const s of STYLES)
    it(s.name, () => {
      for (const [name, header, rows] of lookAlikes) {
        const text = table(s, header, rows);
        assert.equal(streamed('agent_outputs/a.txt', text), text, `${s.name}, ${name}`);
      }
    });
});
