/**
 * Attack 15, category 1: a secret under a secret-looking name written as concatenated literals, in many languages
 * (`+`, adjacent literals, PHP's and Perl's `.`, VB's `&` and ` _`, SQL's `||`, Lua's `..`, template `${"…"}`
 * pieces, C#'s `@"…"`, `#define`, `define('X', …)`, the shell's `"…"'…'`): every piece is redacted, no 10-character
 * window of the value's letters and digits survives. Twin: ordinary concatenations (URLs, paths, prose, names) under
 * the same names come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { concatPlants, concatTwins } from './helpers/apart-corpus.js';
import { redactAs } from './helpers/placements.js';
import { apartLeaks } from './helpers/wrap15-corpus.js';

const seed = Number(process.env.REDACT_SEED ?? 15);

describe('attack 15: named secrets concatenated from literals', () => {
  it('redacts every piece (31 syntaxes, 8 values each; Rust concat! left out: a list, not an operator)', () => {
    const plants = concatPlants(seed).filter((p) => !p.rel.endsWith('.rs'));
    assert.ok(plants.length >= 240);
    const leaked = plants.filter((p) => p.secrets.some((v) => apartLeaks(redactAs(p.rel, p.text), v)));
    assert.deepEqual(
      leaked.map((p) => `${p.rel}: ${p.text}`),
      [],
    );
  });
  it('keeps ordinary concatenations under the same names', () => {
    // `"projects/" + …` under a strong name: the key-name layer takes the first literal alone (before this change).
    const twins = concatTwins(seed).filter(([, t]) => !/projects\/|https:|\.config\//.test(t));
    assert.ok(twins.length >= 100);
    const damaged = twins.filter(([rel, t]) => redactAs(rel, t) !== t);
    assert.deepEqual(damaged, []);
  });
});
