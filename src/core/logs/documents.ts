import { OUTCOMES, type RoundCounts } from '../metrics/rounds.js';
import type { ToolStat } from '../metrics/tools.js';
import type { SessionRef } from '../session.js';
import type { AttemptFigures } from './attempt-figures.js';
import type { SessionSummary } from './session-summary.js';

/** The version of every `massgen logs … --json` document (README: "massgen logs --json"). */
export const LOGS_JSON_VERSION = 1;

export type ToolSort = 'time' | 'calls';

/** Tools sorted by total time (or calls), ties by name. */
export function sortTools(tools: readonly ToolStat[], by: ToolSort): ToolStat[] {
  const key = (t: ToolStat) => (by === 'calls' ? t.calls : t.totalMs);
  return [...tools].sort((a, b) => key(b) - key(a) || a.name.localeCompare(b.name));
}

/** The TOTAL row of a tool list. */
export const toolTotal = (tools: readonly ToolStat[]): ToolStat => ({
  name: 'TOTAL',
  calls: tools.reduce((n, t) => n + t.calls, 0),
  failures: tools.reduce((n, t) => n + t.failures, 0),
  totalMs: tools.reduce((n, t) => n + t.totalMs, 0),
});

const ms = (n: number) => Math.round(n * 100) / 100;

const toolEntry = (t: ToolStat) => ({
  name: t.name,
  calls: t.calls,
  failures: t.failures,
  total_time_ms: ms(t.totalMs),
  avg_time_ms: t.calls ? ms(t.totalMs / t.calls) : 0,
});

const roundsEntry = (r: RoundCounts) => ({
  total: r.total,
  by_outcome: Object.fromEntries(OUTCOMES.map((o) => [o, r.byOutcome[o]])),
});

export const sessionEntry = (s: SessionRef) => ({ id: s.id, root: s.root, logs_dir: s.logsDir ?? null });

function turnEntry(a: AttemptFigures) {
  const i = a.info;
  return {
    turn: i.turn,
    attempt: i.attempt,
    attempt_index: i.attemptIndex,
    total_attempts: i.totalAttempts,
    status: i.status,
    source: a.source,
    dir: i.dir,
    question: i.question,
    winner: i.winner,
    agents: a.agents,
    start_time: a.startTime,
    duration_seconds: a.durationSeconds,
    cost: i.totals?.cost ?? null,
    tokens: i.totals ? { input: i.totals.input, output: i.totals.output, reasoning: i.totals.reasoning } : null,
    rounds: a.rounds ? roundsEntry(a.rounds) : null,
    tool_calls: a.tools?.calls ?? null,
    analysis_report: a.analysisReport,
    error: i.error,
  };
}

const selectionEntry = (s: SessionSummary) => ({
  available_turns: s.availableTurns,
  turns: s.selectedTurns,
  attempts: s.attemptsMode,
});

/** `massgen logs summary --json`. */
export function summaryDocument(s: SessionSummary) {
  return {
    version: LOGS_JSON_VERSION,
    command: 'summary',
    session: sessionEntry(s.session),
    selection: selectionEntry(s),
    status: s.status,
    question: s.question,
    winner: s.winner,
    agents: s.agents,
    duration_seconds: s.durationSeconds,
    cost: s.totals.cost,
    tokens: { input: s.totals.input, output: s.totals.output, reasoning: s.totals.reasoning },
    rounds: roundsEntry(s.rounds),
    tools: {
      total_calls: s.tools.calls,
      total_failures: s.tools.failures,
      total_time_ms: ms(s.tools.totalMs),
      by_tool: sortTools(s.tools.byTool, 'time').map(toolEntry),
    },
    restarted_attempts: s.restartedAttempts,
    turns: s.attempts.map(turnEntry),
    warnings: s.warnings,
  };
}

/** `massgen logs tools --json`: every tool, sorted, and their total. */
export function toolsDocument(s: SessionSummary, sort: ToolSort) {
  const tools = s.tools.byTool;
  return {
    version: LOGS_JSON_VERSION,
    command: 'tools',
    session: sessionEntry(s.session),
    selection: selectionEntry(s),
    sort,
    tools: sortTools(tools, sort).map(toolEntry),
    total: toolEntry(toolTotal(tools)),
    warnings: s.warnings,
  };
}
