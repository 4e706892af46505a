import { CHARSETS } from './fake-secrets.js';
import { randomToken } from './placements.js';

/** The generators the wild10 tests share (issue 11, attack9's categories): a pick and passwords people write. */
export function wildValues(rand: () => number): {
  tok: (chars: string, n: number) => string;
  pick: <T>(xs: readonly T[]) => T;
  pw: () => string;
} {
  const tok = randomToken(rand);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  /** Letters, digits and a symbol or two (never a space or a quote). */
  const pw = (): string =>
    pick([
      () => `${tok(CHARSETS.alnum, 10)}#${tok(CHARSETS.alnum, 4)}$Z`,
      () => `${tok(CHARSETS.alnum, 14)}!`,
      () => tok(CHARSETS.alnum, 16),
      () => `${tok(CHARSETS.alnum, 6)}@${tok(CHARSETS.alnum, 8)}`,
    ])();
  return { tok, pick, pw };
}
