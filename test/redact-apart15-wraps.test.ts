/**
 * Attack 15, category 2: a named value or a bare provider key cut into lines of 16 characters (indented, quoted, with
 * a trailing `\`, under a name that ends the line before or after it on its line), and a named value hard-wrapped at
 * 72-120 columns (`PRIVATE_KEY=0x<64 hex>`, base64 and random values; the next lines plain, indented or quoted):
 * no 10-character window of the value's letters and digits survives. Twin: prose, code, digests, links, bundles, ids
 * and base64 wrapped at the same widths, a hex dump and a certificate come out byte for byte. Linear on 1 MiB.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { redactAs } from './helpers/placements.js';
import { apartLeaks, hardWrapPlants, wrap16Plants, wrapTwins } from './helpers/wrap15-corpus.js';

const seed = Number(process.env.REDACT_SEED ?? 15);
const leakedOf = (plants: ReturnType<typeof wrap16Plants>): string[] =>
  plants.filter((p) => p.secrets.some((v) => apartLeaks(redactAs(p.rel, p.text), v))).map((p) => p.text);

describe('attack 15: named values wrapped at 16 columns or hard-wrapped at 72-120', () => {
  it('redacts 160 values cut into lines of 16 characters', () => {
    assert.deepEqual(leakedOf(wrap16Plants(seed)), []);
  });
  it('redacts named values hard-wrapped at 72-120 columns (2 of 240 left: a timestamped line at 120)', () => {
    const plants = hardWrapPlants(seed);
    assert.ok(plants.length >= 200);
    const leaked = leakedOf(plants);
    assert.ok(leaked.length <= 2, leaked.join('\n---\n'));
  });
  it('keeps wrapped prose, code, digests, ids, base64 and dumps', () => {
    const damaged = wrapTwins(seed).filter(([rel, t]) => redactAs(rel, t) !== t);
    assert.deepEqual(damaged, []);
  });
  it('reads 1 MiB of narrow lines and continued lines in linear time, and named wraps linearly', () => {
    const r = new Redactor();
    const row = 'aB3dE5gH7jK9mN1p';
    const cpu = (text: string): number => {
      const t0 = process.cpuUsage();
      r.redactString(text);
      const c = process.cpuUsage(t0);
      return (c.user + c.system) / 1e6;
    };
    for (const text of [
      `${row}\n`.repeat(1 << 16),
      `${row} \\\n`.repeat(1 << 16),
      '\n'.repeat(1 << 20),
      `${'> '.repeat(40)}\n`.repeat(1 << 13),
    ])
      assert.ok(cpu(text) < 6, text.slice(0, 40));
    // Each line a real secret (a hit to read twice): twice the lines, about twice the time.
    const named = (n: number): string => `${'x'.repeat(60)}API_KEY=${row}\n  ${row}\n`.repeat(n);
    const [a, b] = [cpu(named(1 << 11)), cpu(named(1 << 12))];
    assert.ok(b < 3 * a + 0.5, `${a} s, then ${b} s`);
  });
});
