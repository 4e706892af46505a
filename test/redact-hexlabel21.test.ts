import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leakedPlacements, randomToken, type Planted } from './helpers/placements.js';

/**
 * A short label written in hex letters (`dd`, Datadog's abbreviation) inside a UUID's or a hash's group is no label:
 * attack 21 saw a sha256 in an `id,sha256` CSV replaced when the row's UUID held `-dd` at a group's start (about one
 * UUID in 256). The label still names a key where it stands as a word.
 */
describe('labels inside hex runs', () => {
  const seed = Number(process.env.REDACT_SEED ?? 2121);
  const rand = rng(seed);
  const tok = randomToken(rand);
  const hexOf = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += CHARSETS.hex[Math.floor(rand() * 16)];
    return s;
  };
  /** A UUID with `dd` at the start of one of its groups (or glued to hex after it). */
  const ddUuid = (): string => {
    const groups = [hexOf(8), hexOf(4), hexOf(4), hexOf(4), hexOf(12)];
    const g = 1 + Math.floor(rand() * 4);
    groups[g] = 'dd' + groups[g]!.slice(2);
    return groups.join('-');
  };
  it(`keeps digests beside UUIDs with a dd group (seed ${seed})`, () => {
    const cases: [string, string][] = [];
    for (let i = 0; i < 60; i++) {
      const u = ddUuid();
      const h = hexOf(i % 2 === 0 ? 64 : 40);
      cases.push(['runs.csv', `id,sha256\n${u},${h}\n`]);
      cases.push(['log.txt', `run ${u} finished, digest ${h}\n`]);
      cases.push(['trace.json', `{"run": "${u}", "checksum": "${h}"}\n`]);
      cases.push(['table.md', `| ${u} | ${h} |\n`]);
    }
    assert.deepEqual(damaged(cases), []);
  });
  const key = (): string => tok(CHARSETS.alnum, 32);
  const planted: Planted[] = [
    ['notes.md', (v) => `dd: ${v}\n`, key],
    ['notes.txt', (v) => `My DD key is ${v}\n`, key],
    ['answer.md', (v) => `For dd, use \`${v}\`\n`, () => hexOf(32)],
  ];
  it('still reads dd as a label where it stands as a word', () => {
    assert.deepEqual(leakedPlacements(planted, 6), []);
  });
});
