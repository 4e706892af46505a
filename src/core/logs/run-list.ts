import type { SessionStatus } from '../manifest-types.js';
import type { SessionRef } from '../session.js';
import { isAnalyzed, listRuns, runTimestamp } from './runs.js';
import { summariseSession } from './session-summary.js';

export type RunFilter = 'all' | 'analyzed' | 'unanalyzed';

/** One row of `massgen logs list`: a run summarised over all its turns (latest attempt each). */
export interface RunRow {
  index: number;
  session: SessionRef;
  timestamp: string | null;
  turns: number;
  attempts: number;
  status: SessionStatus | 'unreadable';
  durationSeconds: number | null;
  cost: number | null;
  analyzed: boolean;
  question: string | null;
  viewerUrl: string | null;
  /** Why the run could not be summarised (status `unreadable`). */
  problem?: string;
  /** The directories of the attempts summarised (whose metadata the printer learns from before printing). */
  dirs: string[];
}

interface RunListOptions {
  limit: number;
  filter: RunFilter;
  /** The viewer URL our share record holds for a session, if any. */
  viewerUrlOf?: (session: SessionRef) => string | null;
}

async function row(session: SessionRef, analyzed: boolean, opts: RunListOptions): Promise<Omit<RunRow, 'index'>> {
  const base = {
    session,
    timestamp: runTimestamp(session.id),
    analyzed,
    viewerUrl: opts.viewerUrlOf?.(session) ?? null,
  };
  try {
    const s = await summariseSession(session);
    return {
      ...base,
      turns: s.selectedTurns.length,
      attempts: s.attempts.reduce((n, a) => n + a.info.totalAttempts, 0),
      status: s.status,
      durationSeconds: s.durationSeconds,
      cost: s.totals.cost,
      question: s.question,
      dirs: s.attempts.map((a) => a.info.dir),
    };
  } catch (err) {
    const problem = err instanceof Error ? err.message : String(err);
    return {
      ...base,
      turns: 0,
      attempts: 0,
      status: 'unreadable',
      durationSeconds: null,
      cost: null,
      question: null,
      problem,
      dirs: [],
    };
  }
}

/**
 * The newest `limit` runs of the logs directories that pass the filter, each summarised the way
 * `massgen logs` summarises a session; `total` counts every run found. Reads only each run's
 * directory listings and small metric files, a few runs at a time.
 */
export async function runList(
  dirs: readonly string[],
  opts: RunListOptions,
): Promise<{ total: number; rows: RunRow[] }> {
  const runs = await listRuns(dirs);
  const picked: { session: SessionRef; analyzed: boolean }[] = [];
  for (const session of runs) {
    if (picked.length >= opts.limit) break;
    const analyzed = await isAnalyzed(session.root);
    if (opts.filter === 'all' || (opts.filter === 'analyzed') === analyzed) picked.push({ session, analyzed });
  }
  const rows: RunRow[] = [];
  const BATCH = 16;
  for (let i = 0; i < picked.length; i += BATCH) {
    const done = await Promise.all(picked.slice(i, i + BATCH).map((p) => row(p.session, p.analyzed, opts)));
    done.forEach((r, j) => rows.push({ index: i + j + 1, ...r }));
  }
  return { total: runs.length, rows };
}
