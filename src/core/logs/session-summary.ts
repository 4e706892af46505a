import type { SessionStatus } from '../manifest-types.js';
import { sessionStatus } from '../session-status.js';
import { sumRounds, type RoundCounts } from '../metrics/rounds.js';
import { mergeTools, type ToolFigures } from '../metrics/tools.js';
import { sumTotals, type Totals } from '../metrics/totals.js';
import type { SessionRef } from '../session.js';
import { selectAttempts } from '../stages/select.js';
import { attemptFigures, type AttemptFigures } from './attempt-figures.js';

interface SummaryOptions {
  /** `--turns` (default `all`), as export reads it. */
  turns?: string;
  /** `--attempts` (default `latest`). */
  attempts?: 'latest' | 'all';
}

/** A session's figures over its selected attempts, with each attempt's own. */
export interface SessionSummary {
  session: SessionRef;
  availableTurns: number[];
  selectedTurns: number[];
  attemptsMode: 'latest' | 'all';
  attempts: AttemptFigures[];
  status: SessionStatus;
  question: string | null;
  winner: string | null;
  agents: number | null;
  /** Sum of the attempts' wall times (turns run one after another); null if none is known. */
  durationSeconds: number | null;
  /** The same sum as the export manifest's `total_cost` / `total_tokens`. */
  totals: Totals;
  rounds: RoundCounts;
  tools: ToolFigures;
  /** Attempts of the selected turns that were restarted (selected or not). */
  restartedAttempts: number;
  warnings: string[];
}

function sumKnown(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}

/**
 * Summarises a session over the turns and attempts export would select (the same selection
 * code): totals, wall time, rounds and tools summed, and the per-attempt breakdown.
 */
export async function summariseSession(session: SessionRef, opts: SummaryOptions = {}): Promise<SessionSummary> {
  const sel = await selectAttempts({ session, turns: opts.turns, attempts: opts.attempts });
  const attempts: AttemptFigures[] = [];
  for (const info of sel.attempts) attempts.push(await attemptFigures(info));
  const infos = sel.attempts;
  const winners = infos.map((a) => a.winner).filter((w): w is string => w !== null);
  const restarted = new Map<number, number>();
  for (const a of infos) restarted.set(a.turn, a.totalAttempts - 1);
  return {
    session,
    availableTurns: sel.availableTurns,
    selectedTurns: sel.selectedTurns,
    attemptsMode: opts.attempts ?? 'latest',
    attempts,
    status: sessionStatus(infos),
    question: infos.find((a) => a.question !== null)?.question ?? null,
    winner: winners[winners.length - 1] ?? null,
    agents: attempts.reduce<number | null>((n, a) => (a.agents !== null && a.agents > (n ?? 0) ? a.agents : n), null),
    durationSeconds: sumKnown(attempts.map((a) => a.durationSeconds)),
    totals: sumTotals(infos.map((a) => a.totals)),
    rounds: sumRounds(attempts.map((a) => a.rounds)),
    tools: mergeTools(attempts.map((a) => a.tools)),
    restartedAttempts: [...restarted.values()].reduce((a, b) => a + b, 0),
    warnings: [...sel.warnings, ...attempts.flatMap((a) => a.warnings)],
  };
}
