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

const NO_ROLE: FileRole = { tier: 3, agent: null, step: null };
const METADATA_ROLE: FileRole = { tier: 0, agent: null, step: null };

/** Classifies a path relative to its attempt (runs once per walked file: no splitting). */
export function roleOf(attemptRel: string): FileRole {
  const s1 = attemptRel.indexOf('/');
  if (s1 === -1) return METADATA.includes(attemptRel) ? METADATA_ROLE : NO_ROLE;
  const s2 = attemptRel.indexOf('/', s1 + 1);
  if (s2 === -1) return NO_ROLE;
  const first = attemptRel.slice(0, s1);
  const second = attemptRel.slice(s1 + 1, s2);
  const s3 = attemptRel.indexOf('/', s2 + 1);
  const third = s3 === -1 ? attemptRel.slice(s2 + 1) : attemptRel.slice(s2 + 1, s3);
  // third is the name when the path has three parts (s3 === -1).
  if (first === 'final') {
    if (third === 'workspace' && s3 !== -1) return { tier: 1, agent: second, step: 'final' };
    if (s3 === -1 && third === 'answer.txt') return { tier: 0, agent: second, step: 'final' };
    return { tier: 3, agent: second, step: 'final' };
  }
  if (!NOT_AGENTS.has(first) && STEP_RE.test(second)) {
    if (third === 'workspace' && s3 !== -1) return { tier: 2, agent: first, step: second };
    if (s3 === -1 && (third === 'answer.txt' || third === 'vote.json')) return { tier: 0, agent: first, step: second };
    return { tier: 3, agent: first, step: second };
  }
  return NO_ROLE;
}

/** Index of the third `/` in a path, or -1: what follows it never changes a file's role. */
function thirdSlash(p: string): number {
  const a = p.indexOf('/');
  const b = a === -1 ? -1 : p.indexOf('/', a + 1);
  return b === -1 ? -1 : p.indexOf('/', b + 1);
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
  const n = files.length;
  // A file below an agent's step or final directory has that directory's role: one role
  // (and one set of agent and step strings) per directory, not per file.
  const byDir = new Map<string, FileRole>();
  const roles = files.map(({ attemptRel }) => {
    const cut = thirdSlash(attemptRel);
    if (cut === -1) return roleOf(attemptRel);
    const dir = attemptRel.slice(0, cut + 1);
    let role = byDir.get(dir);
    if (!role) byDir.set(dir, (role = roleOf(attemptRel)));
    return role;
  });
  // Recency rank of each (attempt, agent, step): 0 is the newest step of that agent.
  const stepsOf = new Map<string, Map<string, number>>();
  const stepSets: (Map<string, number> | null)[] = new Array(n).fill(null);
  for (let i = 0; i < n; i++) {
    const role = roles[i]!;
    if (!role.agent || !role.step || role.step === 'final') continue;
    const file = files[i]!;
    const key = `${file.turn}/${file.attempt}/${role.agent}`;
    let set = stepsOf.get(key);
    if (!set) stepsOf.set(key, (set = new Map()));
    set.set(role.step, 0);
    stepSets[i] = set;
  }
  for (const set of stepsOf.values()) [...set.keys()].sort().reverse().forEach((step, i) => set.set(step, i));

  // The sort key of each file as two numbers compared in turn (no lookups or arrays in the
  // comparator: it runs n log n times): `major` packs tier, rank within the tier and the
  // attempt's position; `minor` is the size. Ties go to the path.
  const major = new Float64Array(n);
  const minor = new Float64Array(n);
  const pack = (tier: number, rank: number, order: number): number => (tier * 2 ** 20 + rank) * 2 ** 24 + order;
  for (let i = 0; i < n; i++) {
    const file = files[i]!;
    const role = roles[i]!;
    const order = attemptOrder.get(`${file.turn}/${file.attempt}`) ?? 0;
    const recency = stepSets[i]?.get(role.step!) ?? 0;
    switch (role.tier) {
      case 0: {
        const name = file.attemptRel.slice(file.attemptRel.lastIndexOf('/') + 1);
        const primary = role.step === null ? METADATA.indexOf(name) : role.step === 'final' ? 10 : 20 + recency;
        major[i] = pack(0, primary, order);
        break;
      }
      case 1:
        major[i] = pack(1, 0, order);
        minor[i] = file.size;
        break;
      case 2:
        major[i] = pack(2, recency, order);
        minor[i] = file.size;
        break;
      default:
        major[i] = pack(3, restClass(file.attemptRel), order);
        minor[i] = file.size;
    }
  }
  const positions = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const d = major[a]! - major[b]! || minor[a]! - minor[b]!;
    if (d !== 0) return d;
    const ra = files[a]!.rel;
    const rb = files[b]!.rel;
    return ra < rb ? -1 : ra > rb ? 1 : 0;
  });
  return positions.map((i) => ({ file: files[i]!, role: roles[i]! }));
}
