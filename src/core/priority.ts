import type { WalkFile } from './walk.js';

/** Metadata files at the root of an attempt, in the order they matter to the Viewer. */
const METADATA = [
  'status.json',
  'metrics_summary.json',
  'execution_metadata.yaml',
  'coordination_events.json',
  'snapshot_mappings.json',
  'coordination_table.txt',
  'vote.json',
];
const STEP_RE = /^\d{8}_\d{6}(?:_\d+)?$/;
const NOT_AGENTS = new Set(['final', 'agent_outputs', 'subagents', 'workspace']);

/** Where a file sits in an attempt, as far as priority and workspace limits care. */
export interface FileRole {
  /** 0 answers, votes, metadata; 1 final workspaces; 2 step workspace snapshots; 3 everything else. */
  tier: 0 | 1 | 2 | 3;
  /** The agent whose workspace this is (tiers 1 and 2). */
  agent: string | null;
  /** The step timestamp directory (`YYYYMMDD_HHMMSS_ffffff`) for per-step files, or 'final'. */
  step: string | null;
}

export function roleOf(attemptRel: string): FileRole {
  const parts = attemptRel.split('/');
  const name = parts[parts.length - 1]!;
  const wsIndex = parts.indexOf('workspace');
  if (parts[0] === 'final' && parts.length >= 3) {
    const agent = parts[1]!;
    if (parts[2] === 'workspace' && parts.length > 3) return { tier: 1, agent, step: 'final' };
    if (parts.length === 3 && name === 'answer.txt') return { tier: 0, agent, step: 'final' };
    return { tier: 3, agent, step: 'final' };
  }
  if (parts.length >= 3 && !NOT_AGENTS.has(parts[0]!) && STEP_RE.test(parts[1]!)) {
    const agent = parts[0]!;
    const step = parts[1]!;
    if (parts[2] === 'workspace' && parts.length > 3) return { tier: 2, agent, step };
    if (parts.length === 3 && (name === 'answer.txt' || name === 'vote.json')) return { tier: 0, agent, step };
    return { tier: 3, agent, step };
  }
  if (wsIndex === -1 && (parts.length === 1 && METADATA.includes(name))) return { tier: 0, agent: null, step: null };
  return { tier: 3, agent: null, step: null };
}

function restClass(attemptRel: string): number {
  if (attemptRel.startsWith('agent_outputs/')) return 0;
  if (attemptRel.endsWith('execution_trace.md')) return 1;
  if (attemptRel.endsWith('/context.txt')) return 2;
  return 3;
}

export interface Ranked<T> {
  file: T;
  role: FileRole;
}

/**
 * Orders files so that what matters survives every limit: answers, final answers, votes and
 * metadata of every attempt first, then final workspaces, then workspace snapshots (newest
 * step per agent first), then the rest (logs and traces first, then smallest first).
 * Within a tier, attempts take turns, latest attempt first, so no turn is starved by another.
 * `attemptOrder` maps `turn/attempt` to its position with the latest first.
 */
export function prioritize<T extends Pick<WalkFile, 'attemptRel' | 'size' | 'rel' | 'turn' | 'attempt'>>(
  files: readonly T[],
  attemptOrder: ReadonlyMap<string, number>,
): Ranked<T>[] {
  // Recency rank of each (attempt, agent, step): 0 is the newest step of that agent.
  const steps = new Map<string, string[]>();
  const ranked = files.map((file) => ({ file, role: roleOf(file.attemptRel) }));
  for (const { file, role } of ranked) {
    if (role.agent && role.step && role.step !== 'final') {
      const key = `${file.turn}/${file.attempt}/${role.agent}`;
      const list = steps.get(key) ?? [];
      if (!list.includes(role.step)) list.push(role.step);
      steps.set(key, list);
    }
  }
  for (const list of steps.values()) list.sort().reverse();
  const recency = (file: T, role: FileRole): number =>
    role.step === 'final' || !role.agent || !role.step ? 0 : steps.get(`${file.turn}/${file.attempt}/${role.agent}`)!.indexOf(role.step);

  const keyOf = ({ file, role }: Ranked<T>): number[] => {
    const order = attemptOrder.get(`${file.turn}/${file.attempt}`) ?? 0;
    const name = file.attemptRel.slice(file.attemptRel.lastIndexOf('/') + 1);
    switch (role.tier) {
      case 0: {
        const meta = METADATA.indexOf(name);
        const primary = role.step === null ? meta : role.step === 'final' ? 10 : 20 + recency(file, role);
        return [0, primary, order, 0];
      }
      case 1:
        return [1, 0, order, file.size];
      case 2:
        return [2, recency(file, role), order, file.size];
      default:
        return [3, restClass(file.attemptRel), order, file.size];
    }
  };
  // Sort positions by precomputed keys (no lookups in the comparator: it runs n log n times).
  const keys = ranked.map(keyOf);
  const order = ranked.map((_, i) => i).sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    const ra = ranked[a]!.file.rel;
    const rb = ranked[b]!.file.rel;
    return ra < rb ? -1 : ra > rb ? 1 : 0;
  });
  return order.map((i) => ranked[i]!);
}
