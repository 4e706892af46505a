/**
 * Fam20's plants and twins: every family of fam20-families.ts in fam19's ten placements and three with no label at all
 * (a bare line, a list item, a table of values), and the look-alikes in the same placements.
 */
import { seededGen } from './fake-secrets.js';
import { PLACEMENTS as FAM19_PLACEMENTS, type Planted } from './fam19-corpus.js';
import type { Family } from './fam19-families.js';

type Placement = (typeof FAM19_PLACEMENTS)[number];

export const PLACEMENTS20: Placement[] = [
  ...FAM19_PLACEMENTS,
  ['bare-line', 'answer.md', (v) => `Done.\n\n${v}\n\nAnything else?\n`],
  ['list-item', 'notes.md', (v) => `- region: eu-west-1\n- ${v}\n- retries: 3\n`],
  ['helm-set', 'install.sh', (v) => `helm upgrade --install app ./chart --set sf.token=${v} --wait\n`],
  ['sql-dump', 'dump.sql', (v, i) => `INSERT INTO t VALUES (${i},'localhost','svc','${v}','N');\n`],
];

/** `n` fresh values of every family in every placement. */
export function plants20(families: readonly Family[], seed: number, n = 4): Planted[] {
  const g = seededGen(seed);
  const out: Planted[] = [];
  for (const f of families)
    for (const [placement, rel, place] of PLACEMENTS20)
      for (let i = 0; i < n; i++) {
        const value = f.make(g);
        out.push({ family: f.id, placement, rel, text: place(value, i), value });
      }
  return out;
}

/** Placements whose key name says secret (the key-name layer takes any value there): no look-alike is put in them. */
const NAMED = new Set(['helm-set']);

/** Every look-alike of every family in every placement that does not name a secret. */
export function twins20(families: readonly Family[], seed: number): Omit<Planted, 'value'>[] {
  const g = seededGen(seed);
  const out: Omit<Planted, 'value'>[] = [];
  for (const f of families)
    for (const alike of f.alikes(g))
      for (const [placement, rel, place] of PLACEMENTS20.filter(([name]) => !NAMED.has(name)))
        out.push({ family: f.id, placement, rel, text: place(alike, 0) });
  return out;
}
