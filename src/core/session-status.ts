import type { SessionStatus } from './manifest-types.js';
import type { AttemptInfo } from './turns.js';

/**
 * MassGen's rule, over the selected attempts: the last one decides, an earlier error still counts. In its own module:
 * `shares list`, `shares delete` and `logs` need it without the manifest writer (and the content and redaction code
 * the writer's module imports).
 */
export function sessionStatus(attempts: readonly AttemptInfo[]): SessionStatus {
  const last = attempts[attempts.length - 1];
  if (!last) return 'complete';
  if (last.status === 'error' || last.status === 'timeout') return 'error';
  if (last.status === 'interrupted') return 'interrupted';
  return attempts.some((a) => a.status === 'error' || a.status === 'timeout') ? 'error' : 'complete';
}
