import { UserError } from '../../errors.js';
import { listAttempts, type AttemptRef, type Layout } from '../layout.js';
import type { SessionRef } from '../session.js';
import { selectTurns } from '../turn-spec.js';
import { describeAttempt, type AttemptInfo } from '../turns.js';

/** Stage 1, select: which attempts of the session go out. */
interface SelectInput {
  session: SessionRef;
  /** `--turns` (default `all`). */
  turns?: string;
  /** `--attempts` (default `latest`). */
  attempts?: 'latest' | 'all';
  /** Redacts a string taken from metadata (questions, error messages) before it is shown. */
  redactString?: (s: string) => string;
}

/** The attempts chosen for export, with their metadata read. */
export interface Selection {
  layout: Layout;
  availableTurns: number[];
  selectedTurns: number[];
  attempts: AttemptInfo[];
  /** Every attempt of the session, selected or not. */
  all: AttemptRef[];
  warnings: string[];
}

/**
 * Chooses the attempts to export: `--turns` over distinct turn numbers (never attempts), then
 * the latest attempt of each turn or all of them, and reads each one's status, question,
 * winner and totals. A bad `--turns` is a usage error naming the real turn count.
 */
export async function selectAttempts(opts: SelectInput): Promise<Selection> {
  const warnings: string[] = [];
  const { layout, attempts: all } = await listAttempts(opts.session.root);
  let pool: AttemptRef[] = all;
  const only = opts.session.only;
  if (only) {
    pool = all.filter((a) => a.turn === only.turn && (only.attempt === undefined || a.attempt === only.attempt));
    if (pool.length === 0) {
      throw new UserError(
        `Turn ${only.turn}${only.attempt !== undefined ? ` attempt ${only.attempt}` : ''} has nothing to export in ${opts.session.root}.`,
      );
    }
  }
  const availableTurns = [...new Set(pool.map((a) => a.turn))].sort((a, b) => a - b);
  const selectedTurns = selectTurns(opts.turns ?? 'all', availableTurns);
  const infos: AttemptInfo[] = [];
  for (const turn of selectedTurns) {
    const ofTurn = all.filter((a) => a.turn === turn);
    const candidates = pool.filter((a) => a.turn === turn);
    const chosen = opts.attempts === 'all' || only?.attempt !== undefined ? candidates : candidates.slice(-1);
    for (const a of chosen) {
      const info = await describeAttempt(a, ofTurn.indexOf(a) + 1, ofTurn.length, (m) => warnings.push(m));
      const r = opts.redactString;
      if (r) {
        if (info.question) info.question = r(info.question);
        if (info.error?.message) info.error.message = r(info.error.message);
      }
      infos.push(info);
    }
  }
  return { layout, availableTurns, selectedTurns, attempts: infos, all, warnings };
}
