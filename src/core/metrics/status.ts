import { get, num, str, type JsonObject } from '../read-meta.js';
import { parseRounds, type RoundCounts } from './rounds.js';
import { parseTools, type ToolFigures } from './tools.js';
import { statusCosts, type Totals } from './totals.js';

/** What `massgen logs` reads from one attempt's status.json (rewritten during the run, present for failed runs too). */
export interface StatusSummary {
  finishReason: string | null;
  isComplete: boolean;
  question: string | null;
  winner: string | null;
  /** Epoch seconds. */
  startTime: number | null;
  /** The run's wall time so far, in seconds. */
  elapsedSeconds: number | null;
  lastUpdated: number | null;
  /** `costs` (subagents excluded). */
  costs: Totals | null;
  tools: ToolFigures | null;
  rounds: RoundCounts | null;
  /** The agents `agents` lists. */
  agentIds: string[];
}

/** Reads a parsed status.json; any field may be missing or of the wrong type (it becomes null). */
export function parseStatus(doc: JsonObject): StatusSummary {
  const agents = get(doc, 'agents');
  return {
    finishReason: str(get(doc, 'finish_reason')),
    isComplete: get(doc, 'is_complete') === true,
    question: str(get(doc, 'meta', 'question')),
    winner: str(get(doc, 'results', 'winner')),
    startTime: num(get(doc, 'meta', 'start_time')),
    elapsedSeconds: num(get(doc, 'meta', 'elapsed_seconds')),
    lastUpdated: num(get(doc, 'meta', 'last_updated')),
    costs: statusCosts(doc),
    tools: parseTools(get(doc, 'tools')),
    rounds: parseRounds(get(doc, 'rounds')),
    agentIds: agents && typeof agents === 'object' && !Array.isArray(agents) ? Object.keys(agents) : [],
  };
}
