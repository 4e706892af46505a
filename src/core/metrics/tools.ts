import { get, num, type JsonObject } from '../read-meta.js';

/** One tool's figures (metrics_summary.json `tools.by_tool.<name>`). */
export interface ToolStat {
  name: string;
  calls: number;
  failures: number;
  totalMs: number;
}

/** The tool section of metrics_summary.json or status.json: totals and the per-tool list. */
export interface ToolFigures {
  calls: number;
  failures: number;
  totalMs: number;
  byTool: ToolStat[];
}

/** Reads a `tools` object (`total_calls`, `total_failures`, `total_execution_time_ms`, `by_tool`); tolerant of gaps. */
export function parseTools(tools: unknown): ToolFigures | null {
  if (!tools || typeof tools !== 'object' || Array.isArray(tools)) return null;
  const byTool: ToolStat[] = [];
  const entries = get(tools, 'by_tool');
  if (entries && typeof entries === 'object' && !Array.isArray(entries)) {
    for (const [name, t] of Object.entries(entries as JsonObject)) {
      if (!t || typeof t !== 'object') continue;
      byTool.push({
        name,
        calls: num(get(t, 'call_count')) ?? 0,
        failures: num(get(t, 'failure_count')) ?? 0,
        totalMs: num(get(t, 'total_execution_time_ms')) ?? 0,
      });
    }
  }
  return {
    calls: num(get(tools, 'total_calls')) ?? byTool.reduce((n, t) => n + t.calls, 0),
    failures: num(get(tools, 'total_failures')) ?? byTool.reduce((n, t) => n + t.failures, 0),
    totalMs: num(get(tools, 'total_execution_time_ms')) ?? byTool.reduce((n, t) => n + t.totalMs, 0),
    byTool,
  };
}

/** Sums tool figures over attempts, merging tools by name (in first-seen order). */
export function mergeTools(all: readonly (ToolFigures | null)[]): ToolFigures {
  const byName = new Map<string, ToolStat>();
  const out: ToolFigures = { calls: 0, failures: 0, totalMs: 0, byTool: [] };
  for (const f of all) {
    if (!f) continue;
    out.calls += f.calls;
    out.failures += f.failures;
    out.totalMs += f.totalMs;
    for (const t of f.byTool) {
      const seen = byName.get(t.name);
      if (seen) {
        seen.calls += t.calls;
        seen.failures += t.failures;
        seen.totalMs += t.totalMs;
      } else byName.set(t.name, { ...t });
    }
  }
  out.byTool = [...byName.values()];
  return out;
}
