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
/** Votes rank after every answer, metadata after every vote (step ranks stay below 2^18). */
const VOTE_RANK = 2 ** 18;
const METADATA_RANK = 2 ** 19;
const STEP_RE = /^\d{8}_\d{6}(?:_\d+)?$/;
const NOT_AGENTS = new Set(['final', 'agent_outputs', 'subagents', 'workspace']);

/** Where a file sits in an attempt, as far as priority and workspace limits care. */
interface FileRole {
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

/**
 * True when a directory's attempt-relative path (ending in `/`) has three segments or more: the role of every file in
 * it is the directory's.
 */
const dirDecidesRole = (attemptDir: string): boolean => {
  const a = attemptDir.indexOf('/');
  const b = a === -1 ? -1 : attemptDir.indexOf('/', a + 1);
  return b !== -1 && attemptDir.indexOf('/', b + 1) !== -1;
};

/** Within the last tier: agent outputs, then traces, then context, then the rest. */
function restClass(attemptDir: string, name: string): number {
  if (attemptDir.startsWith('agent_outputs/')) return 0;
  if (name.endsWith('execution_trace.md')) return 1;
  if (attemptDir !== '' && name === 'context.txt') return 2;
  return 3;
}

/** What prioritize reads of the walked files (a WalkTable). */
interface RankInput {
  readonly fileCount: number;
  readonly fileDir: readonly number[];
  readonly fileName: readonly string[];
  readonly fileSize: readonly number[];
  /** Each directory's attempt (an index into the attempt order). */
  readonly dirAttempt: readonly number[];
  attemptDir(dir: number): string;
}

interface Ranking {
  /** File indices, most important first. */
  order: number[];
  /** Each file's role, by file index. */
  roles: FileRole[];
}

/** The role of each file, and each directory's path within its attempt. */
function fileRoles(files: RankInput): { roles: FileRole[]; dirPaths: Map<number, string> } {
  const n = files.fileCount;
  // A file below an agent's step or final directory has that directory's role: one role (and
  // one set of agent and step strings) per directory, not per file.
  const dirRoles = new Map<number, FileRole | null>();
  const dirPaths = new Map<number, string>();
  const roles = new Array<FileRole>(n);
  for (let i = 0; i < n; i++) {
    const dir = files.fileDir[i]!;
    let attemptDir = dirPaths.get(dir);
    if (attemptDir === undefined) dirPaths.set(dir, (attemptDir = files.attemptDir(dir)));
    let role = dirRoles.get(dir);
    if (role === undefined)
      dirRoles.set(dir, (role = dirDecidesRole(attemptDir) ? roleOf(attemptDir + files.fileName[i]!) : null));
    roles[i] = role ?? roleOf(attemptDir + files.fileName[i]!);
  }
  return { roles, dirPaths };
}

/** For each role with a step: the rank of each step of that agent in that attempt. */
function stepRanks(files: RankInput, roles: readonly FileRole[]): Map<FileRole, Map<string, number>> {
  // Recency rank of each (attempt, agent, step): 0 is the newest step of that agent. Worked out
  // once per role object (roles are shared by a directory's files).
  const stepsOf = new Map<string, Map<string, number>>();
  const withStep = new Map<FileRole, Map<string, number>>();
  for (let i = 0; i < files.fileCount; i++) {
    const role = roles[i]!;
    if (!role.agent || !role.step || role.step === 'final' || withStep.has(role)) continue;
    const key = `${files.dirAttempt[files.fileDir[i]!]}/${role.agent}`;
    let set = stepsOf.get(key);
    if (!set) stepsOf.set(key, (set = new Map<string, number>()));
    set.set(role.step, 0);
    withStep.set(role, set);
  }
  for (const set of stepsOf.values())
    [...set.keys()]
      .sort()
      .reverse()
      .forEach((step, i) => set.set(step, i));
  return withStep;
}

/**
 * Orders files so that what matters survives every limit: final answers, answers, votes (newest
 * step per agent first), then metadata, of every attempt; then final workspaces, then workspace
 * snapshots (newest step per agent first), then the rest (logs and traces first, then smallest first).
 * Within a tier, attempts take turns, latest attempt first, so no turn is starved by another.
 * `attemptOrder[a]` is attempt a's position with the latest first. Files that tie keep the
 * walk's order (each directory's names sorted).
 */
export function prioritize(files: RankInput, attemptOrder: readonly number[]): Ranking {
  const n = files.fileCount;
  const { roles, dirPaths } = fileRoles(files);
  const withStep = stepRanks(files, roles);

  // The sort key of each file as two numbers compared in turn (no lookups, strings or arrays in
  // the comparator: it runs n log n times): `major` packs tier, rank within the tier and the
  // attempt's position; `minor` is the size. Ties go to the walk's order.
  const major = new Float64Array(n);
  const minor = new Float64Array(n);
  const pack = (tier: number, rank: number, order: number): number => (tier * 2 ** 20 + rank) * 2 ** 24 + order;
  for (let i = 0; i < n; i++) {
    const dir = files.fileDir[i]!;
    const role = roles[i]!;
    const order = attemptOrder[files.dirAttempt[dir]!] ?? 0;
    const recency = role.step ? (withStep.get(role)?.get(role.step) ?? 0) : 0;
    const size = files.fileSize[i]!;
    switch (role.tier) {
      case 0: {
        // Final answers, then answers, then votes (newest step per agent first), then the metadata files.
        const name = files.fileName[i]!;
        const primary =
          role.step === null
            ? METADATA_RANK + METADATA.indexOf(name)
            : role.step === 'final'
              ? 0
              : (name === 'vote.json' ? VOTE_RANK : 1) + recency;
        major[i] = pack(0, primary, order);
        break;
      }
      case 1:
        major[i] = pack(1, 0, order);
        minor[i] = size;
        break;
      case 2:
        major[i] = pack(2, recency, order);
        minor[i] = size;
        break;
      default:
        major[i] = pack(3, restClass(dirPaths.get(dir)!, files.fileName[i]!), order);
        minor[i] = size;
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => major[a]! - major[b]! || minor[a]! - minor[b]! || a - b,
  );
  return { order, roles };
}
