/**
 * Attack 14, category 1: a bare provider key (no name around it) encoded on its own: base64 (standard, url-safe,
 * unpadded, of `echo`'s line, wrapped at 64 and 76), zlib or gzip then base64, hex; on its own line, in a log, a JSON
 * string, a YAML value, a data: URI, a Python `b64decode("…")` call. Every family the tests can generate
 * (test/helpers/encb14-corpus.ts), checked by a recipient's decoders (base64, hex, inflate); benign twins (images,
 * fonts, hashes, encoded benign text) come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { redactAs } from './helpers/placements.js';
import { encodedPlants, encodedTwins, leaksDecoded } from './helpers/encb14-corpus.js';

/** CPU milliseconds of redacting one line, best of two. */
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

describe('bare keys encoded on their own (attack 14)', () => {
  it('no window of a key comes back decoded, in any encoding or placement', () => {
    const plants = encodedPlants(1401);
    assert.ok(plants.length > 1000, `corpus of ${plants.length}`);
    const leaked = plants.filter((p) => leaksDecoded(redactAs(p.rel, p.text), p.secret)).map((p) => p.name);
    assert.deepEqual(leaked, [], `${leaked.length} of ${plants.length} leaked`);
  });

  it('images, fonts, hashes and encoded benign text come out byte for byte', () => {
    const twins = encodedTwins(1402);
    const damaged = twins.filter(([rel, t]) => redactAs(rel, t) !== t).map(([rel, t]) => `${rel}: ${t.slice(0, 120)}`);
    assert.deepEqual(damaged, []);
  });

  it('url-safe base64 runs joined by `-` and `_` cost time linear in the line (each run read it to its end)', () => {
    // 24 base64 characters (`ABCDEFGHIJKLMNOPQR`), then `-`: every run's url-safe stretch is the rest of the line.
    const unit = `${Buffer.from('ABCDEFGHIJKLMNOPQR').toString('base64')}-`;
    for (const sep of ['-', '_']) {
      const u = unit.slice(0, -1) + sep;
      // Best of two each: the first run of a size may pay for the optimising compiler or heap growth.
      const small = Math.min(cpu(u.repeat(10_000)), cpu(u.repeat(10_000)));
      const big = Math.min(cpu(u.repeat(40_000)), cpu(u.repeat(40_000)));
      assert.ok(big < 8 * Math.max(small, 50), `${sep}: ${small.toFixed(0)} ms, 4 times longer ${big.toFixed(0)} ms`);
    }
  });
});
