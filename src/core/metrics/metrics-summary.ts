import { get, num, str, type JsonObject } from '../read-meta.js';
import { parseRounds, type RoundCounts } from './rounds.js';
import { parseTools, type ToolFigures } from './tools.js';
import { metricsTotals, type Totals } from './totals.js';

/** API timing (`api_timing`): calls and time spent waiting for the models. */
export interface ApiTiming {
  calls: number;
  totalMs: number;
  avgTtftMs: number | null;
}

/** What `massgen logs` reads from one attempt's metrics_summary.json (written when coordination ends). */
export interface MetricsSummary {
  question: string | null;
  winner: string | null;
  numAgents: number | null;
  /** When MassGen wrote the file (epoch seconds). */
  generatedAt: number | null;
  totals: Totals | null;
  tools: ToolFigures | null;
  rounds: RoundCounts | null;
  api: ApiTiming | null;
}

function parseApi(api: unknown): ApiTiming | null {
  if (!api || typeof api !== 'object' || Array.isArray(api)) return null;
  return {
    calls: num(get(api, 'total_calls')) ?? 0,
    totalMs: num(get(api, 'total_time_ms')) ?? 0,
    avgTtftMs: num(get(api, 'avg_ttft_ms')),
  };
}

/** Reads a parsed metrics_summary.json; any field may be missing or of the wrong type (it becomes null). */
export function parseMetricsSummary(doc: JsonObject): MetricsSummary {
  return {
    question: str(get(doc, 'meta', 'question')),
    winner: str(get(doc, 'meta', 'winner')),
    numAgents: num(get(doc, 'meta', 'num_agents')),
    generatedAt: num(get(doc, 'meta', 'generated_at')),
    totals: metricsTotals(doc),
    tools: parseTools(get(doc, 'tools')),
    rounds: parseRounds(get(doc, 'rounds')),
    api: parseApi(get(doc, 'api_timing')),
  };
}
