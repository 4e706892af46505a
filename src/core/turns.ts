import type { AttemptRef } from './layout.js';
import { attemptTotals, type Totals } from './metrics/totals.js';
import { get, metaPath, num, readJsonObject, readYamlObject, str, type JsonObject } from './read-meta.js';

export type TurnStatus = 'complete' | 'error' | 'timeout' | 'interrupted' | 'restarted';

export interface ErrorInfo {
  type: string;
  message: string | null;
  timestamp: number | string | null;
  agent_id: string | null;
}

export type { Totals } from './metrics/totals.js';

/** An attempt with what its metadata says about it. */
export interface AttemptInfo extends AttemptRef {
  /** How many attempts the turn has in all (not only the selected ones). */
  totalAttempts: number;
  /** 1-based position of this attempt within its turn (attempt numbers need not be contiguous). */
  attemptIndex: number;
  status: TurnStatus;
  question: string | null;
  winner: string | null;
  error: ErrorInfo | null;
  /** Cost and tokens from metrics_summary.json `totals`, else status.json `costs`; null if neither. */
  totals: Totals | null;
}

/** First agent whose `error` is an object: the key is always present and usually null. */
function agentError(status: JsonObject): ErrorInfo | null {
  const agents = get(status, 'agents');
  if (!agents || typeof agents !== 'object') return null;
  for (const [agentId, data] of Object.entries(agents as JsonObject)) {
    const err = get(data, 'error');
    if (err && typeof err === 'object' && !Array.isArray(err)) {
      const ts = get(err, 'timestamp');
      return {
        type: str(get(err, 'type')) ?? 'error',
        message: str(get(err, 'message')),
        timestamp: typeof ts === 'number' || typeof ts === 'string' ? ts : null,
        agent_id: agentId,
      };
    }
  }
  return null;
}

function inferStatus(status: JsonObject | null, isLast: boolean): { status: TurnStatus; error: ErrorInfo | null } {
  if (!status) return { status: isLast ? 'interrupted' : 'restarted', error: null };
  const finish = str(get(status, 'finish_reason'));
  const agentErr = agentError(status);
  if (finish === 'completed' || get(status, 'is_complete') === true) return { status: 'complete', error: null };
  if (!isLast) return { status: 'restarted', error: agentErr };
  const fromFinish = (type: 'error' | 'timeout'): ErrorInfo =>
    agentErr ?? {
      type,
      message: str(get(status, 'finish_reason_details')),
      timestamp: num(get(status, 'meta', 'last_updated')),
      agent_id: null,
    };
  if (finish === 'timeout') return { status: 'timeout', error: fromFinish('timeout') };
  if (finish === 'error') return { status: 'error', error: fromFinish('error') };
  if (agentErr) return { status: agentErr.type === 'timeout' ? 'timeout' : 'error', error: agentErr };
  if ((num(get(status, 'rounds', 'by_outcome', 'error')) ?? 0) > 0)
    return { status: 'error', error: fromFinish('error') };
  if ((num(get(status, 'rounds', 'by_outcome', 'timeout')) ?? 0) > 0)
    return { status: 'timeout', error: fromFinish('timeout') };
  return { status: 'interrupted', error: null };
}

/**
 * Reads status.json, metrics_summary.json and (for the question, when neither has it)
 * execution_metadata.yaml of one attempt. A missing or malformed file becomes a warning.
 */
export async function describeAttempt(
  ref: AttemptRef,
  attemptIndex: number,
  totalAttempts: number,
  warn: (message: string) => void,
): Promise<AttemptInfo> {
  const where = `turn ${ref.turn} attempt ${ref.attempt}`;
  const [statusRead, metricsRead] = await Promise.all([
    readJsonObject(metaPath(ref.dir, 'status.json')),
    readJsonObject(metaPath(ref.dir, 'metrics_summary.json')),
  ]);
  const status = statusRead.ok ? statusRead.value : null;
  const metrics = metricsRead.ok ? metricsRead.value : null;
  if (!statusRead.ok) {
    warn(
      statusRead.missing
        ? `${where}: no status.json (the run ended before MassGen wrote it)`
        : `${where}: status.json ${statusRead.problem}; its status is a guess`,
    );
  }
  if (!metricsRead.ok && !metricsRead.missing) warn(`${where}: metrics_summary.json ${metricsRead.problem}`);

  const { status: turnStatus, error } = inferStatus(status, attemptIndex === totalAttempts);
  let question = str(get(status, 'meta', 'question')) ?? str(get(metrics, 'meta', 'question'));
  if (question === null) {
    const meta = await readYamlObject(metaPath(ref.dir, 'execution_metadata.yaml'));
    if (meta.ok) question = str(get(meta.value, 'query'));
    else if (!meta.missing) warn(`${where}: execution_metadata.yaml ${meta.problem}`);
  }
  const winner = str(get(status, 'results', 'winner')) ?? str(get(metrics, 'meta', 'winner'));
  return {
    ...ref,
    totalAttempts,
    attemptIndex,
    status: turnStatus,
    question,
    winner,
    error,
    totals: attemptTotals(metrics, status),
  };
}
