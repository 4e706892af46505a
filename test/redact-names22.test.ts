/**
 * Issue 11, round 22: secret names nobody listed (test/helpers/names22-corpus.ts). A value under a misspelled secret
 * name, an uncommon synonym, a name in another language or script, or after a key emoji is redacted; the same names
 * with benign values, and identifiers holding the same letters legitimately, come out byte for byte. Fresh values each
 * seed (`REDACT_SEED`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { names22Plants, names22Twins } from './helpers/names22-corpus.js';
import { itIsLinear } from './helpers/child-timer.js';
import { damaged, leaksValue, redactAs } from './helpers/placements.js';

const SEED = Number(process.env.REDACT_SEED ?? 2222);

describe('secret names nobody listed (names22)', () => {
  it('redacts values under misspelled, synonym, foreign and emoji names', () => {
    const plants = names22Plants(SEED, 3);
    const leaked = plants.filter((p) => leaksValue(redactAs(p.rel, p.text), p.value));
    const lines = leaked.map((p) => `${p.name} in ${p.rel}: ${p.text.trim()}`);
    assert.ok(plants.length >= 300, `${plants.length} plants`);
    assert.equal(leaked.length, 0, `leaked ${leaked.length} of ${plants.length}:\n${lines.slice(0, 40).join('\n')}`);
  });

  it('keeps the same names with benign values, and legitimate identifiers, byte for byte', () => {
    const twins = names22Twins(SEED + 1);
    assert.ok(twins.length >= 100, `${twins.length} twins`);
    const changed = damaged(twins);
    assert.deepEqual(changed, [], `changed ${changed.length} of ${twins.length}`);
  });

  describe('stays linear on its trigger words repeated', () =>
    itIsLinear(
      [
        ...['pasword=', 'ключ: ', '🔑 ', 'secert_', '密码=', 'MASTER_', 'tokne:"x", '],
        ...['pasword=a\n', 'пароль: Ab3#\n', '🔑 k\n', 'api_kye: "v"\n'],
      ].map((u) => [JSON.stringify(u), u]),
    ));
});
