import { stat } from 'node:fs/promises';
import path from 'node:path';
import { readAttemptMetrics, wallSeconds } from '../metrics/read.js';
import type { ApiTiming } from '../metrics/metrics-summary.js';
import type { RoundCounts } from '../metrics/rounds.js';
import type { ToolFigures } from '../metrics/tools.js';
import type { AttemptInfo } from '../turns.js';

/** One selected attempt as `massgen logs` shows it: the export's view of it plus its metrics. */
export interface AttemptFigures {
  info: AttemptInfo;
  /** Where the figures came from: metrics_summary.json, status.json alone (a failed run), or nothing. */
  source: 'metrics' | 'status' | 'none';
  /** Wall time in seconds (status.json `elapsed_seconds`, else the events' span). */
  durationSeconds: number | null;
  /** Epoch seconds. */
  startTime: number | null;
  agents: number | null;
  rounds: RoundCounts | null;
  tools: ToolFigures | null;
  api: ApiTiming | null;
  /** `turn_N/ANALYSIS_REPORT.md`, when the turn has one. */
  analysisReport: string | null;
  warnings: string[];
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** The turn directory an attempt belongs to (itself for a legacy turn, the session root for a flat run). */
export const turnDirOf = (info: AttemptInfo): string => (info.implicit ? info.dir : path.dirname(info.dir));

/** Reads the metric files of one attempt the export's selection chose (its totals come from `info`). */
export async function attemptFigures(info: AttemptInfo): Promise<AttemptFigures> {
  const m = await readAttemptMetrics(info.dir);
  const report = path.join(turnDirOf(info), 'ANALYSIS_REPORT.md');
  const agents = m.metrics?.numAgents ?? (m.status?.agentIds.length || m.events?.agentIds.length || null);
  return {
    info,
    source: m.metrics ? 'metrics' : m.status ? 'status' : 'none',
    durationSeconds: wallSeconds(m),
    startTime: m.status?.startTime ?? m.events?.start ?? null,
    agents,
    rounds: m.metrics?.rounds ?? m.status?.rounds ?? null,
    tools: m.metrics?.tools ?? m.status?.tools ?? null,
    api: m.metrics?.api ?? null,
    analysisReport: (await isFile(report)) ? report : null,
    // status.json and metrics_summary.json problems were already reported by the selection.
    warnings: m.warnings
      .filter((w) => w.startsWith('coordination_events.json'))
      .map((w) => `turn ${info.turn} attempt ${info.attempt}: ${w}`),
  };
}
