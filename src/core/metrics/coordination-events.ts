import { get, num, str, type JsonObject } from '../read-meta.js';

/** What `massgen logs` reads from coordination_events.json: when the run started and ended. */
export interface EventsSummary {
  /** `session_metadata.start_time`, else the first event's timestamp (epoch seconds). */
  start: number | null;
  /** `session_metadata.end_time`, else the last event's timestamp. */
  end: number | null;
  agentIds: string[];
  winner: string | null;
  question: string | null;
}

/** The smallest and largest event timestamps (events need not be in order). */
function eventSpan(events: unknown): { first: number | null; last: number | null } {
  let first: number | null = null;
  let last: number | null = null;
  if (!Array.isArray(events)) return { first, last };
  for (const e of events) {
    const t = num(get(e, 'timestamp'));
    if (t === null) continue;
    if (first === null || t < first) first = t;
    if (last === null || t > last) last = t;
  }
  return { first, last };
}

/** Reads a parsed coordination_events.json; tolerant of missing and mistyped fields. */
export function parseCoordinationEvents(doc: JsonObject): EventsSummary {
  const span = eventSpan(get(doc, 'events'));
  const ids = get(doc, 'session_metadata', 'agent_ids');
  return {
    start: num(get(doc, 'session_metadata', 'start_time')) ?? span.first,
    end: num(get(doc, 'session_metadata', 'end_time')) ?? span.last,
    agentIds: Array.isArray(ids) ? ids.filter((i): i is string => typeof i === 'string') : [],
    winner: str(get(doc, 'session_metadata', 'final_winner')),
    question: str(get(doc, 'session_metadata', 'user_prompt')),
  };
}
