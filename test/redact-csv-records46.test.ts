/**
 * Attack 46: a key a tool wrote in chunks, one CSV row each (`seq,chunk` then `0,npm_COl…` and `1,vesY…`): the first
 * half was redacted by its prefix, the second went out. Every family's key cut in 2 to 4 pieces over rows of several
 * layouts (a sequence number, a time, an agent's name before the chunk; LF and CRLF; two keys back to back): no
 * 10-character window of a key goes out. Twins, CSV tables of ids, words, hashes and numbers, come out byte for byte.
 * Seeded (REDACT_SEED).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { fakeSecrets, randomStrings, rng } from './helpers/fake-secrets.js';
import { leaksValue } from './helpers/placements.js';

const SEED = Number(process.env.REDACT_SEED ?? 4601);
const rand = rng(SEED);
const r = randomStrings(SEED + 1);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const redact = (rel: string, text: string): string => {
  const f = new Redactor().filter({ rel });
  return f.write(text) + f.end();
};

/** The value cut in `n` pieces of 4 characters at least. */
function cut(value: string, n: number): string[] {
  const at = new Set<number>();
  while (at.size < n - 1) at.add(4 + Math.floor(rand() * (value.length - 8)));
  const ends = [...at].sort((a, b) => a - b);
  return [0, ...ends].map((s, i) => value.slice(s, ends[i] ?? value.length));
}

const LAYOUTS: [header: string, row: (i: number, piece: string) => string][] = [
  ['seq,chunk', (i, p) => `${i},${p}`],
  ['seq,time,chunk', (i, p) => `${i},2026-01-31T10:15:${String(i).padStart(2, '0')}Z,${p}`],
  ['agent,seq,chunk', (i, p) => `"agent_a",${i},${p}`],
  ['id,kind,offset,data', (i, p) => `${r('hex', 8)},delta,${i * 20},${p}`],
];

/** Keys of token characters that are redacted alone on a line (a shape of their own, no name needed). */
const keys = fakeSecrets(SEED).filter(
  (s) => /^[\w.+/=-]{20,200}$/.test(s.value) && !leaksValue(redact('x.txt', `${s.value}\n`), s.value),
);

describe(`a key cut over CSV rows is redacted in every piece (attack 46, seed ${SEED})`, () => {
  it('every family, 2 to 4 pieces, every layout, LF and CRLF, keys back to back', () => {
    assert.ok(keys.length >= 25, `${keys.length} families`);
    const leaked: string[] = [];
    for (const [i, k] of keys.entries()) {
      const [header, row] = LAYOUTS[i % LAYOUTS.length]!;
      const eol = i % 3 === 0 ? '\r\n' : '\n';
      // A second key right after the first, in the next rows, every other time.
      const other = i % 2 === 0 ? keys[(i + 7) % keys.length]! : undefined;
      const pieces = [...cut(k.value, 2 + (i % 3)), ...(other ? cut(other.value, 2) : [])];
      const text = [header, ...pieces.map((p, j) => row(j, p))].join(eol) + eol;
      const out = redact(`workspace/chunks_${i}.csv`, text);
      if (!out.startsWith(`${header}${eol}`)) leaked.push(`${k.family}: the header changed: ${out.split(eol)[0]}`);
      for (const v of [k.value, ...(other ? [other.value] : [])])
        if (leaksValue(out, v)) leaked.push(`${k.family}${other ? ` + ${other.family}` : ''}: ${out}`);
    }
    assert.deepEqual(leaked, []);
  });

  it('tables of ids, words, hashes and numbers come out byte for byte', () => {
    const tables = [
      ['id,name', ...Array.from({ length: 12 }, (_, i) => `${i},${pick(['alpha', 'beta', 'gamma', 'delta'])}${i}`)],
      ['seq,sha', ...Array.from({ length: 12 }, (_, i) => `${i},${r('hex', 40)}`)],
      ['seq,video', ...Array.from({ length: 12 }, (_, i) => `${i},${r('urlsafe', 11)}`)],
      ['row,model,tokens', ...Array.from({ length: 12 }, (_, i) => `${i},gpt-4o-mini,${1000 + i}`)],
      [
        'seq,word',
        ...'the quick brown fox jumps over the lazy dog again and again'.split(' ').map((w, i) => `${i},${w}`),
      ],
      [
        'n,uuid',
        ...Array.from(
          { length: 8 },
          (_, i) => `${i},${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`,
        ),
      ],
      ['file,path', ...Array.from({ length: 8 }, (_, i) => `${i},src/module_${i}/index.ts`)],
      // A header inside the text: its last word is no piece of the row's value (a cursor under its own name).
      ['(1 row)', '', 'id,provider,tokens,next_page_token', `63,github,9344,${r('hex', 40)}`],
    ];
    const changed = tables.map((t) => `${t.join('\n')}\n`).filter((t) => redact('workspace/table.csv', t) !== t);
    assert.deepEqual(changed, []);
  });
});
