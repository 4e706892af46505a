/**
 * Attack 15, category 3: a key spread out one character at a time with gaps of spaces, dots or dashes (one kind, or
 * a mix: `s k - a n t - …`, `g . h . p _ …`), under a name or bare, in prose, JSON and indented blocks: no 10-character
 * window of the value's letters and digits survives. Twin: letter-spaced headings, spaced digits, sequences, boards
 * and a dump's header come out byte for byte. A long spread run stays linear.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { redactAs } from './helpers/placements.js';
import { apartLeaks, spacedPlants, spacedTwins } from './helpers/wrap15-corpus.js';

const seed = Number(process.env.REDACT_SEED ?? 15);

const cpuSeconds = (f: () => void): number => {
  const t0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(t0);
  return (c.user + c.system) / 1e6;
};

describe('attack 15: keys spread out with spaces, dots or dashes', () => {
  it('redacts 300 spread keys (18 families and opaque keys, 6 placements)', () => {
    const plants = spacedPlants(seed);
    const leaked = plants.filter((p) => p.secrets.some((v) => apartLeaks(redactAs(p.rel, p.text), v)));
    assert.deepEqual(
      leaked.map((p) => p.text),
      [],
    );
  });
  it('keeps letter-spaced headings, digits, sequences and boards', () => {
    const damaged = spacedTwins(seed).filter(([rel, t]) => redactAs(rel, t) !== t);
    assert.deepEqual(damaged, []);
  });
  it('reads 1 MiB of spread characters in linear time', () => {
    const r = new Redactor();
    for (const piece of ['a ', 'a - ', 'a . ', 'a       ', 'ab ']) {
      const text = piece.repeat(Math.floor((1 << 20) / piece.length));
      assert.ok(cpuSeconds(() => r.redactString(text)) < 3, piece);
    }
  });
});
