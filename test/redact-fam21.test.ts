/**
 * Fam21 (issue 11, categories 5 and 8): `id:secret` pairs whose secret went out after the id was replaced, and long
 * opaque tokens cut short, planted with fresh values (helpers/fam21-families.ts) in fam20's placements; the twins must
 * come out byte for byte. `REDACT_SEED` replaces the seeds; `REDACT_REPORT=1` prints the counts per family.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { itIsLinear } from './helpers/child-timer.js';
import { plants21, twins21 } from './helpers/fam21-corpus.js';
import { LONG21, PAIRS21, type Family21 } from './helpers/fam21-families.js';
import { leaksValue, redactAs } from './helpers/placements.js';

const report = (line: string): void => {
  if (process.env.REDACT_REPORT) console.log(line);
};
const SEED = Number(process.env.REDACT_SEED ?? 2101);

function leakCheck(families: readonly Family21[], seed: number): void {
  console.log(`fam21 seed ${seed}`);
  const plants = plants21(families, seed);
  const leaked = plants.filter((p) => leaksValue(redactAs(p.rel, p.text), p.secret));
  for (const f of families)
    report(
      `fam21 ${f.id}: ${leaked.filter((p) => p.family === f.id).length}/${plants.filter((p) => p.family === f.id).length} leaked`,
    );
  assert.deepEqual(
    leaked.map((p) => `${p.family}/${p.placement}: ${JSON.stringify(p.text.slice(0, 300))}`),
    [],
  );
}

function twinCheck(families: readonly Family21[], seed: number): void {
  const twins = twins21(families, seed);
  const changed = twins
    .map((t) => [t, redactAs(t.rel, t.text)] as const)
    .filter(([t, out]) => out !== t.text)
    .map(([t, out]) => `${t.family}/${t.placement}: ${JSON.stringify(t.text)} -> ${JSON.stringify(out)}`);
  report(`fam21 twins: ${changed.length}/${twins.length} changed`);
  assert.deepEqual(changed, []);
}

describe('fam21: id:secret pairs and long opaque tokens', () => {
  it('the secret of an id:secret pair does not go out', () => leakCheck(PAIRS21, SEED));
  it('a long opaque token is replaced whole', () => leakCheck(LONG21, SEED + 1));
  it('look-alikes come out byte for byte', () => twinCheck([...PAIRS21, ...LONG21], SEED + 2));
});

describe('fam21: the new shapes stay linear on hostile lines', () => {
  const units: [string, string][] = [
    ['Ably-like pairs', 'aB3dE9.xY7_k2:'],
    ['colons before token runs', ':aB3dEf9HaB3dEf9HaB3dE'],
    ['Algolia-like ids', 'ABCDE12345:'],
    ['hex pairs', '0a1b2c3d4e5f6a7b8c9d:'],
    ['Microsoft heads', '0.AaB9'],
    ['Microsoft bodies with dots', '1.AR.x9Y.'],
    ['MSA heads', 'M.C5_BAY.aB3'],
  ];
  itIsLinear(units);
});
