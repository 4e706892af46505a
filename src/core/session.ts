import { readdir, realpath, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { ATTEMPT_RE, TURN_RE } from './layout.js';

export interface SessionRef {
  /** Absolute, symlink-resolved session root (`.../log_YYYYMMDD_HHMMSS_ffffff`). */
  root: string;
  /** The session's directory name, e.g. `log_20260131_101500_123456`. */
  id: string;
  /** The logs directory the session sits in (`…/massgen_logs`), when it sits in one. */
  logsDir?: string;
  /** Set when the argument named one turn (`turn_N`) or one attempt (`attempt_M`) directory. */
  only?: { turn: number; attempt?: number };
  /**
   * How it was found: the argument (a path or a name), the session the current directory is in,
   * or the newest in the logs directory.
   */
  found?: 'argument' | 'current-directory' | 'newest';
}

interface FindSessionOptions {
  cwd: string;
  /** `--logs-dir`. */
  logsDir?: string;
  env?: NodeJS.ProcessEnv;
  home?: string;
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Where session logs live: `--logs-dir`, else `MASSGEN_LOGS_DIR`, else the nearest
 * `.massgen/massgen_logs` from the cwd upwards (the way git finds `.git`), else
 * `~/.massgen/massgen_logs`. Returns the candidates in the order they were tried.
 */
export async function findLogsDir(opts: FindSessionOptions): Promise<{ dir?: string; tried: string[] }> {
  const env = opts.env ?? process.env;
  const explicit = opts.logsDir ?? (env.MASSGEN_LOGS_DIR || undefined);
  if (explicit) {
    const dir = path.resolve(opts.cwd, explicit);
    return { dir: (await isDir(dir)) ? dir : undefined, tried: [dir] };
  }
  const tried: string[] = [];
  let dir = path.resolve(opts.cwd);
  for (;;) {
    const candidate = path.join(dir, '.massgen', 'massgen_logs');
    tried.push(candidate);
    if (await isDir(candidate)) return { dir: candidate, tried };
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const homeLogs = path.join(opts.home ?? os.homedir(), '.massgen', 'massgen_logs');
  if (!tried.includes(homeLogs)) {
    tried.push(homeLogs);
    if (await isDir(homeLogs)) return { dir: homeLogs, tried };
  }
  return { tried };
}

/** A MassGen session directory's name: `log_YYYYMMDD_HHMMSS` with or without microseconds. */
const SESSION_NAME_RE = /^log_\d{8}_\d{6}(?:_\d{1,6})?$/;
export const isSessionName = (name: string): boolean => SESSION_NAME_RE.test(name);

/**
 * The session directory the current directory is in, at any depth (`log_…` itself, `turn_1`,
 * an agent's workspace), found by name from `cwd` upwards; undefined when there is none.
 */
async function sessionAround(cwd: string): Promise<string | undefined> {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (SESSION_NAME_RE.test(path.basename(dir)) && (await isDir(dir))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Sort key for `log_YYYYMMDD_HHMMSS[_ffffff]`: newest first compares numerically, not by length. */
export function sessionTime(name: string): string {
  const m = /^log_(\d{8})_(\d{6})(?:_(\d{1,6}))?/.exec(name);
  return m ? `${m[1]}${m[2]}${(m[3] ?? '').padEnd(6, '0')}` : '';
}

/** The newest `log_*` session in a logs directory, preferring one that has turns. */
async function newestSession(logsDir: string): Promise<string | undefined> {
  const names = (await readdir(logsDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && e.name.startsWith('log_'))
    .map((e) => e.name)
    .sort((a, b) => sessionTime(b).localeCompare(sessionTime(a)) || b.localeCompare(a));
  for (const name of names) {
    const inside = await readdir(path.join(logsDir, name)).catch(() => [] as string[]);
    if (inside.some((n) => TURN_RE.test(n))) return name;
  }
  return names[0];
}

/** Interprets a path that exists: a session root, a `turn_N`, or an `attempt_M` directory. */
async function fromPath(p: string): Promise<SessionRef> {
  const real = await realpath(p);
  const base = path.basename(real);
  const parent = path.dirname(real);
  const attempt = ATTEMPT_RE.exec(base);
  const parentTurn = TURN_RE.exec(path.basename(parent));
  if (attempt && parentTurn) {
    const root = path.dirname(parent);
    return {
      root,
      id: path.basename(root),
      logsDir: logsDirAbove(root),
      only: { turn: Number(parentTurn[1]), attempt: Number(attempt[1]) },
    };
  }
  const turn = TURN_RE.exec(base);
  if (turn)
    return { root: parent, id: path.basename(parent), logsDir: logsDirAbove(parent), only: { turn: Number(turn[1]) } };
  return { root: real, id: base, logsDir: logsDirAbove(real) };
}

/**
 * What only a MassGen session holds: a `log_*` name, a `turn_N` directory, or one of the files MassGen writes at a
 * session's (or a flat run's) root. A home directory or `/etc` passed by mistake is refused, not exported.
 */
const SESSION_FILES = new Set([
  'status.json',
  'execution_metadata.yaml',
  'agent_outputs',
  'coordination_events.json',
  'coordination_table.txt',
  'metrics_summary.json',
  'metrics_events.json',
  'snapshot_mappings.json',
  'massgen.log',
]);
function looksLikeSession(name: string, entries: readonly string[]): boolean {
  return name.startsWith('log_') || entries.some((e) => TURN_RE.test(e) || SESSION_FILES.has(e));
}

/** The logs directory a session root sits in, when it sits in one (`…/massgen_logs/log_x`). */
const logsDirAbove = (root: string): string | undefined =>
  path.basename(path.dirname(root)) === 'massgen_logs' ? path.dirname(root) : undefined;

/**
 * Resolves the `massgen export [SESSION]` argument: a path (relative to the cwd or absolute) to
 * a session, turn or attempt directory, or a session name under the logs directory, with or
 * without its `log_` prefix. Without one: the session the cwd is in (at any depth; unless
 * `--logs-dir` names where to look), else the newest session in the logs directory (findLogsDir).
 * `found` says which.
 */
export async function resolveSession(arg: string | undefined, opts: FindSessionOptions): Promise<SessionRef> {
  try {
    const around = arg === undefined && !opts.logsDir ? await sessionAround(opts.cwd) : undefined;
    const ref: SessionRef = around
      ? { ...(await fromPath(around)), found: 'current-directory' }
      : { ...(await resolveSessionPath(arg, opts)), found: arg === undefined ? 'newest' : 'argument' };
    // The session root must be listable: say so now, in one line, rather than fail midway.
    const entries = await readdir(ref.root);
    if (!looksLikeSession(path.basename(ref.root), entries))
      throw new UserError(
        `Not a MassGen session: ${ref.root} is not a log_* directory and holds no turn_N directory nor any of MassGen's files (status.json, execution_metadata.yaml, agent_outputs/). Pass a session (log_YYYYMMDD_HHMMSS_ffffff), or a turn or attempt inside one.`,
      );
    return ref;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code !== 'EACCES' && e.code !== 'EPERM') throw err;
    const where = e.path ?? (arg === undefined ? 'the logs directory' : arg);
    throw new UserError(
      `Cannot read ${where} (permission denied, ${e.code}): give yourself read access (chmod u+rx on it) or run as its owner, then try again.`,
      undefined,
      { cause: err },
    );
  }
}

async function resolveSessionPath(arg: string | undefined, opts: FindSessionOptions): Promise<SessionRef> {
  if (arg !== undefined && arg.trim() === '') {
    throw new UserError('The session argument is empty. Pass a session name or path, or nothing for the newest.');
  }
  if (arg !== undefined) {
    const asPath = path.resolve(opts.cwd, arg);
    const looksLikePath = path.isAbsolute(arg) || arg.includes('/') || arg.includes(path.sep) || arg.startsWith('.');
    if (await isDir(asPath)) return fromPath(asPath);
    if (looksLikePath) {
      throw new UserError(`Session not found: ${asPath} is not a directory. Check the path, or pass a session name.`);
    }
  }
  const logs = await findLogsDir(opts);
  if (!logs.dir) {
    throw new UserError(
      arg === undefined
        ? `No MassGen logs found (looked in ${logs.tried.join(', ')}). Run from your MassGen project, or pass a session path or --logs-dir.`
        : `Session not found: "${arg}" (no logs directory; looked in ${logs.tried.join(', ')}). Pass a path, or --logs-dir.`,
    );
  }
  if (arg === undefined) {
    const name = await newestSession(logs.dir);
    if (!name) throw new UserError(`No sessions (log_*) in ${logs.dir}. Run MassGen first, or pass --logs-dir.`);
    const ref = await fromPath(path.join(logs.dir, name));
    return { ...ref, logsDir: logs.dir };
  }
  for (const name of [arg, `log_${arg}`]) {
    const p = path.join(logs.dir, name);
    if (await isDir(p)) return { ...(await fromPath(p)), logsDir: logs.dir };
  }
  throw new UserError(
    `Session not found: "${arg}" in ${logs.dir}. Pass a session name (log_YYYYMMDD_HHMMSS_ffffff) or a path.`,
  );
}
