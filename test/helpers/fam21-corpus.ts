/**
 * Fam21's plants and twins: every family of fam21-families.ts in fam20's fourteen placements, and the look-alikes in
 * the placements whose name says nothing.
 */
import { seededGen } from './fake-secrets.js';
import { PLACEMENTS20 } from './fam20-corpus.js';
import type { Planted } from './fam19-corpus.js';
import type { Family21 } from './fam21-families.js';

export interface Planted21 extends Planted {
  /** What must not go out. */
  secret: string;
}

/** `n` fresh values of every family in every placement. */
export function plants21(families: readonly Family21[], seed: number, n = 3): Planted21[] {
  const g = seededGen(seed);
  const out: Planted21[] = [];
  for (const f of families)
    for (const [placement, rel, place] of PLACEMENTS20)
      for (let i = 0; i < n; i++) {
        const value = f.make(g);
        out.push({ family: f.id, placement, rel, text: place(value, i), value, secret: f.secret?.(value) ?? value });
      }
  return out;
}

/** Every look-alike of every family in every placement that does not name a secret. */
export function twins21(families: readonly Family21[], seed: number): Omit<Planted, 'value'>[] {
  const g = seededGen(seed);
  const out: Omit<Planted, 'value'>[] = [];
  for (const f of families)
    for (const alike of f.alikes(g))
      for (const [placement, rel, place] of PLACEMENTS20.filter(([name]) => name !== 'helm-set'))
        out.push({ family: f.id, placement, rel, text: place(alike, 0) });
  return out;
}
