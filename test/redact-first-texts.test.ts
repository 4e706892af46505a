/**
 * What the first texts of a run cost (issue 16, start-up): the shared literal scan answers them from an index of its
 * literals, not from its automaton (literal-index.ts), and the labels' bullet regex (every provider's name, case
 * folded: the costliest regex to compile) is not tried on lines it cannot match, nor the table rows' (the same names)
 * on rows whose first cell names no provider (row-gate.ts). Each must find exactly what it stands for.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LiteralIndex } from '../src/core/redact/literal-index.js';
import { automataBuilt, literalScan } from '../src/core/redact/literal-scan.js';
import { BULLET, BULLET_HEAD, isProviderLabel, ROW } from '../src/core/redact/labels.js';
import { firstCellLabelled } from '../src/core/redact/row-gate.js';
import { rng } from './helpers/fake-secrets.js';

const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** Where each set's (lower-case) literals start, ASCII case folded: the plain definition. */
function reference(sets: readonly string[][], text: string): number[][] {
  return sets.map((set) => {
    const out: number[] = [];
    for (let p = 0; p < text.length; p++) {
      const at = (l: string): boolean => [...l].every((ch, i) => fold(text.charCodeAt(p + i)) === ch.charCodeAt(0));
      if (set.some(at)) out.push(p);
    }
    return out;
  });
}

/** Random sets of lower-case literals (one character or more) and texts of their characters, case variants, others. */
function generated(seed: number): { sets: string[][]; texts: string[] } {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const chars = 'abck-_:/ \n\t.';
  const word = (n: number): string => Array.from({ length: n }, () => pick([...chars])).join('');
  const sets = Array.from({ length: 12 }, () => [
    ...new Set(Array.from({ length: 1 + Math.floor(rand() * 8) }, () => word(1 + Math.floor(rand() * 5)))),
  ]);
  const odd = ['A', 'B', 'K', '\u212a', '\u017f', 'é', '😀', 'x', 'Q'];
  const texts = Array.from({ length: 300 }, () =>
    Array.from({ length: Math.floor(rand() * 60) }, () => (rand() < 0.2 ? pick(odd) : word(1))).join(''),
  );
  return { sets, texts };
}

describe('the literal index (the first texts of a run)', () => {
  it('finds where each set of literals starts, as the plain definition says (case folded, overlapping)', () => {
    for (const seed of [1, 2, 3]) {
      const { sets, texts } = generated(seed);
      const index = new LiteralIndex(sets);
      for (const t of texts) assert.deepEqual(index.scan(t), reference(sets, t), JSON.stringify(t));
    }
  });

  it('gives what the automaton gives, and the automaton is built only once the index has scanned 64 Ki characters', () => {
    const { sets, texts } = generated(4);
    // Sets of their own (a literal no other test registers): registering them starts a new automaton.
    const scans = sets.map((s) => literalScan([...s, 'literal-index-test'])!);
    const before = automataBuilt();
    const small = texts.map((t) => scans.map((f) => [...f(t)]));
    assert.equal(automataBuilt(), before, 'no automaton for the first small texts');
    // Each text padded past the index's budget (with a character no literal holds): the automaton's answer.
    const pad = 'é'.repeat(1 << 16);
    texts.forEach((t, i) =>
      assert.deepEqual(
        scans.map((f) => [...f(t + pad)]),
        small[i],
        JSON.stringify(t),
      ),
    );
    assert.equal(automataBuilt(), before + 1);
  });
});

describe("the bullet labels' regex", () => {
  const tried = (line: string): boolean => {
    BULLET_HEAD.lastIndex = 0;
    return BULLET_HEAD.test(line);
  };

  it('is not tried on list items, YAML lists, table borders or bold fields that end with no value', () => {
    for (const line of [
      '1. Outline',
      '  - id: agent_a',
      '+--------+-----------+-----------+',
      '**Model**: claude-sonnet-4-5 | **Started**: 2026-01-31 10:15:00',
      '- [x] write the tests',
      '* see https://example.com/docs/getting-started for more',
    ])
      assert.equal(tried(line), false, line);
  });

  it('is tried wherever it matches (a bullet, a number or a bold label, then a value ending the line)', () => {
    const rand = rng(5);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const mark = /[ \t]*(?:[-*+\u2022_]|\d{1,3}[.)])/y;
    let matched = 0;
    for (let i = 0; i < 20_000; i++) {
      const line = [
        pick(['', ' ', '\t']),
        pick(['- ', '* ', '+ ', '\u2022 ', '1. ', '12) ', '**', '__', '_', '-', '9.', '']),
        pick(['', '**', '_']),
        pick(['Stripe', 'openai', 'API key', 'Token', 'prod', 'admin token', 'secret', 'Notes']),
        pick(['', '**', '_']),
        pick(['', ' ']),
        pick([':', '=', '\u2014', '\u2013', '->', '-', '']),
        pick(['', '**']),
        pick([' ', '\t', '']),
        pick(['', '`', '"']),
        pick([
          'sk_live_abcdefghijklmnop1234',
          'abcdefghijklmnopqrst',
          'short',
          'abcdefghijklmnop__',
          'abcdefghijklmno..',
        ]),
        pick(['', '`', '"', "'"]),
        pick(['', '**', '_']),
        pick(['', ' ', '.', ';', ' .']),
        pick(['', '\r', '\n', '\u2028', 'x']),
        pick(['', 'more']),
      ].join('');
      mark.lastIndex = 0;
      BULLET.lastIndex = 0;
      if (!mark.test(line) || BULLET.exec(line) === null) continue;
      matched++;
      assert.ok(tried(line), JSON.stringify(line));
    }
    assert.ok(matched > 500, `${matched} lines matched`);
  });
});

describe("the table rows' regex", () => {
  it('is tried exactly where it matches: a first cell that is a provider or service name, bold or not', () => {
    const rand = rng(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    let matched = 0;
    for (let i = 0; i < 20_000; i++) {
      const row = [
        pick(['', ' ', '\t']),
        '|',
        pick(['', ' ', '  ', '\t']),
        pick(['', '**', '__', '*', '_', '***']),
        pick(['Stripe', 'openai', 'OpenAI API', 'azure_openai', 'Cohere key', 'status', 'Agent', '', 'open ai', 'x|y']),
        pick(['', '**', '__', '*', '_', '_x']),
        pick(['', ' ', '\t', '\n', '\r']),
        pick(['|', '', ' |', '\n|']),
        pick([' sk_live_abcdefghijklmnop1234 |', ' done |', '', '\n| next |']),
      ].join('');
      ROW.lastIndex = 0;
      const matches = ROW.exec(row) !== null;
      if (matches) matched++;
      assert.equal(firstCellLabelled(row, 0, isProviderLabel), matches, JSON.stringify(row));
    }
    assert.ok(matched > 2_000, `${matched} rows matched`);
  });
});
