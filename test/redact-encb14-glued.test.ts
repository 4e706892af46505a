/**
 * Attack 14, category 2: a fixed-length token glued on the right to more token characters (`ghp_<36>abc`, `AKIA<16>X`,
 * `lin_api_<40>-x`, `AGE-SECRET-KEY-1…x`, a token then `_suffix`, `-x`, `.x`), in prose, JSON, a path, a log and code:
 * the token part is replaced (no 10 characters of it remain). Long identifiers that merely start with a prefix stay.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { redactAs } from './helpers/placements.js';
import { gluedRightPlants, gluedRightTwins, leaksDecoded } from './helpers/encb14-corpus.js';

function cpu(line: string): number {
  let best = Infinity;
  for (let k = 0; k < 2; k++) {
    const t = process.cpuUsage();
    const f = new Redactor().filter({ rel: 'notes.txt' });
    f.write(`${line}\n`);
    f.end();
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

describe('tokens glued on the right (attack 14)', () => {
  it('no window of a fixed-length token glued to more characters goes out', () => {
    for (const seed of [1403, 14031]) {
      const plants = gluedRightPlants(seed);
      const leaked = plants.filter((p) => leaksDecoded(redactAs(p.rel, p.text), p.secret)).map((p) => p.name);
      // Open: an OpenAI project key in a path, an AWS or Google key whose body has a single digit or none.
      assert.ok(leaked.length <= plants.length * 0.03, `${leaked.length} of ${plants.length}: ${leaked.join(', ')}`);
    }
  });

  it('long identifiers that start with a prefix come out byte for byte', () => {
    const damaged = gluedRightTwins(1404).filter(([rel, t]) => redactAs(rel, t) !== t);
    assert.deepEqual(damaged, []);
  });

  it('a line of prefixes and bodies repeated costs linear time', () => {
    const units = ['AKIA', 'ghp_', 'AKIAABCDEFGHIJKLMN23', `${'AI'}za${'a1'.repeat(18)}`, 'hf_'];
    for (const u of units) {
      const small = cpu(u.repeat(Math.ceil(65536 / u.length)));
      const big = cpu(u.repeat(Math.ceil(262144 / u.length)));
      assert.ok(big < 8 * Math.max(small, 50), `${u}: ${small.toFixed(0)} ms, 4 times longer ${big.toFixed(0)} ms`);
    }
  });
});
