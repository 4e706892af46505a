import { metaPath, readJsonObject, type MetaRead, type JsonObject } from '../read-meta.js';
import { parseCoordinationEvents, type EventsSummary } from './coordination-events.js';
import { parseMetricsSummary, type MetricsSummary } from './metrics-summary.js';
import { parseStatus, type StatusSummary } from './status.js';

/** One attempt's metric files, each parsed or null, with a warning for each present but unreadable one. */
interface AttemptMetrics {
  metrics: MetricsSummary | null;
  status: StatusSummary | null;
  /** Read only when status.json gives no elapsed time. */
  events: EventsSummary | null;
  warnings: string[];
}

async function readOne<T>(
  dir: string,
  name: string,
  parse: (doc: JsonObject) => T,
  warnings: string[],
): Promise<T | null> {
  const read: MetaRead<JsonObject> = await readJsonObject(metaPath(dir, name));
  if (read.ok) return parse(read.value);
  if (!read.missing) warnings.push(`${name} ${read.problem}`);
  return null;
}

/**
 * Reads metrics_summary.json and status.json of one attempt directory, and coordination_events.json
 * when status.json has no elapsed time. Never throws: a missing file is null, a bad one a warning.
 */
export async function readAttemptMetrics(dir: string): Promise<AttemptMetrics> {
  const warnings: string[] = [];
  const [metrics, status] = await Promise.all([
    readOne(dir, 'metrics_summary.json', parseMetricsSummary, warnings),
    readOne(dir, 'status.json', parseStatus, warnings),
  ]);
  const events =
    status?.elapsedSeconds == null
      ? await readOne(dir, 'coordination_events.json', parseCoordinationEvents, warnings)
      : null;
  return { metrics, status, events, warnings };
}

/**
 * An attempt's wall time in seconds: status.json `elapsed_seconds`, else the span of
 * coordination_events.json (its session start and end, or first and last event). Never a sum of
 * the agents' round times: agents run in parallel.
 */
export function wallSeconds(m: AttemptMetrics): number | null {
  if (m.status?.elapsedSeconds != null) return m.status.elapsedSeconds;
  const e = m.events;
  if (e?.start != null && e.end != null && e.end >= e.start) return e.end - e.start;
  return null;
}
