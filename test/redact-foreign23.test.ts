/**
 * Issue 11, round 23 (categories 3 and 4): secrets labelled in other languages and scripts, inflected, unaccented or
 * under unusual English names (test/helpers/foreign23-corpus.ts). Config keys in 25 languages and sentences handing a
 * key or a password over are redacted; the same layouts and sentences with ids, hashes, versions, prices, model
 * names, placeholders or no value at all come out byte for byte. Fresh values each seed (`REDACT_SEED`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foreign23Plants, foreign23Twins } from './helpers/foreign23-corpus.js';
import { itIsLinear } from './helpers/child-timer.js';
import { damaged, leaksValue, redactAs } from './helpers/placements.js';

const SEED = Number(process.env.REDACT_SEED ?? 2323);

describe('secrets labelled in other languages and unusual names (foreign23)', () => {
  it('redacts values under foreign, inflected and unusual names and in foreign sentences', () => {
    const plants = foreign23Plants(SEED, 2);
    const leaked = plants.filter((p) => leaksValue(redactAs(p.rel, p.text), p.value));
    const lines = leaked.map((p) => `${p.name} in ${p.rel}: ${p.text.trim()}`);
    assert.ok(plants.length >= 400, `${plants.length} plants`);
    assert.equal(leaked.length, 0, `leaked ${leaked.length} of ${plants.length}:\n${lines.slice(0, 60).join('\n')}`);
  });

  it('keeps the same layouts with ids, hashes, placeholders and no value byte for byte', () => {
    const twins = foreign23Twins(SEED + 1);
    assert.ok(twins.length >= 100, `${twins.length} twins`);
    const changed = damaged(twins);
    assert.deepEqual(changed, [], `changed ${changed.length} of ${twins.length}`);
  });

  describe('stays linear on its trigger words repeated', () =>
    itIsLinear(
      [
        ...['cle_api=', 'kunci ', 'รหัสผ่านคือ ', '🔑 ', 'Zugangsschlüssel ', 'ключ от X ', 'x_seed: '],
        ...['khoa_api=a\n', 'คีย์ API คือ ab\n', '🔑 0a\n', 'הסיסמה היא x\n'],
      ].map((u) => [JSON.stringify(u), u]),
    ));
});
