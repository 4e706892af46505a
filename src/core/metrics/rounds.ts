import { get, num } from '../read-meta.js';

/** The outcomes MassGen counts rounds by (`rounds.by_outcome`). */
export const OUTCOMES = ['answer', 'vote', 'presentation', 'post_evaluation', 'restarted', 'error', 'timeout'] as const;
type Outcome = (typeof OUTCOMES)[number];

export interface RoundCounts {
  total: number;
  byOutcome: Record<Outcome, number>;
}

const zero = (): Record<Outcome, number> => Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;

/** Reads a `rounds` object (`total_rounds`, `by_outcome`) of metrics_summary.json or status.json. */
export function parseRounds(rounds: unknown): RoundCounts | null {
  if (!rounds || typeof rounds !== 'object' || Array.isArray(rounds)) return null;
  const byOutcome = zero();
  for (const o of OUTCOMES) byOutcome[o] = num(get(rounds, 'by_outcome', o)) ?? 0;
  const counted = OUTCOMES.reduce((n, o) => n + byOutcome[o], 0);
  return { total: num(get(rounds, 'total_rounds')) ?? counted, byOutcome };
}

export function sumRounds(all: readonly (RoundCounts | null)[]): RoundCounts {
  const out: RoundCounts = { total: 0, byOutcome: zero() };
  for (const r of all) {
    if (!r) continue;
    out.total += r.total;
    for (const o of OUTCOMES) out.byOutcome[o] += r.byOutcome[o];
  }
  return out;
}
