import { get, num, type JsonObject } from '../read-meta.js';

/**
 * A cost or a token count as a session file gives it: a number from 0 up to 1e15, else not given (a hostile or broken
 * file's -1e308 summed to -Infinity and printed as `$-∞`; a 400-digit figure filled the terminal).
 */
function amount(value: unknown): number | null {
  const n = num(value);
  return n !== null && n >= 0 && n <= 1e15 ? n : null;
}

/** Cost and tokens of one attempt, or summed over several. */
export interface Totals {
  cost: number;
  input: number;
  output: number;
  reasoning: number;
}

/** metrics_summary.json `totals` (subagents included), or null when the file has none. */
export function metricsTotals(metrics: JsonObject | null): Totals | null {
  const t = get(metrics, 'totals');
  if (!t || typeof t !== 'object') return null;
  return {
    cost: amount(get(t, 'estimated_cost')) ?? 0,
    input: amount(get(t, 'input_tokens')) ?? 0,
    output: amount(get(t, 'output_tokens')) ?? 0,
    reasoning: amount(get(t, 'reasoning_tokens')) ?? 0,
  };
}

/** status.json `costs` (no reasoning tokens there), or null when the file has none. */
export function statusCosts(status: JsonObject | null): Totals | null {
  const c = get(status, 'costs');
  if (!c || typeof c !== 'object') return null;
  return {
    cost: amount(get(c, 'total_estimated_cost')) ?? 0,
    input: amount(get(c, 'total_input_tokens')) ?? 0,
    output: amount(get(c, 'total_output_tokens')) ?? 0,
    reasoning: 0,
  };
}

/**
 * One attempt's cost and tokens: metrics_summary.json `totals`, else status.json `costs` (a run
 * that errored or was interrupted has only the latter); null if neither. The export's manifest
 * and `massgen logs` both take an attempt's totals from here.
 */
export const attemptTotals = (metrics: JsonObject | null, status: JsonObject | null): Totals | null =>
  metricsTotals(metrics) ?? statusCosts(status);

/**
 * Totals summed over attempts in their order (the cost rounded to a millionth of a dollar), an
 * attempt without totals counting nothing: the manifest's `total_cost`/`total_tokens` and the
 * `massgen logs` summary are both this sum, so they agree by construction.
 */
export function sumTotals(all: readonly (Totals | null)[]): Totals {
  const sum = (pick: (t: Totals) => number) => all.reduce((n, t) => n + (t ? pick(t) : 0), 0);
  return {
    cost: Math.round(sum((t) => t.cost) * 1e6) / 1e6,
    input: sum((t) => t.input),
    output: sum((t) => t.output),
    reasoning: sum((t) => t.reasoning),
  };
}
