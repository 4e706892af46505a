import { readdir, realpath, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { TURN_RE } from '../layout.js';
import { findLogsDir, sessionTime, type SessionRef } from '../session.js';

interface LogsDirsOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  home?: string;
  /** `--logs-dir`. */
  logsDir?: string;
}

/**
 * The logs directories `massgen logs list` reads: `--logs-dir` or `MASSGEN_LOGS_DIR` alone when
 * given (as export takes them); otherwise both the nearest `.massgen/massgen_logs` from the cwd
 * upwards and `~/.massgen/massgen_logs`, each once. Only directories that exist are returned.
 */
export async function logsDirsToList(opts: LogsDirsOptions): Promise<{ dirs: string[]; tried: string[] }> {
  const explicit = opts.logsDir ?? (opts.env.MASSGEN_LOGS_DIR || undefined);
  const env = { ...opts.env, MASSGEN_LOGS_DIR: '' };
  const found = await findLogsDir({ cwd: opts.cwd, env, home: opts.home, logsDir: explicit });
  const tried = [...found.tried];
  const candidates = found.dir ? [found.dir] : [];
  if (!explicit) {
    const home = path.join(opts.home ?? os.homedir(), '.massgen', 'massgen_logs');
    if (!tried.includes(home)) tried.push(home);
    candidates.push(home);
  }
  const dirs: string[] = [];
  for (const c of candidates) {
    const real = await realpath(c).catch(() => null);
    if (real && !dirs.includes(real) && (await stat(real)).isDirectory()) dirs.push(real);
  }
  return { dirs, tried };
}

/** `log_20260201_090000_000001` → `2026-02-01 09:00:00` (MassGen's local time; no zone is recorded). */
export function runTimestamp(id: string): string | null {
  const m = /^log_(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})/.exec(id);
  return m ? `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]}` : null;
}

/** Every `log_*` session in the directories, newest first (by the time in its name, then its name). */
export async function listRuns(dirs: readonly string[]): Promise<SessionRef[]> {
  const runs: SessionRef[] = [];
  for (const dir of dirs) {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (e.isDirectory() && e.name.startsWith('log_'))
        runs.push({ root: path.join(dir, e.name), id: e.name, logsDir: dir });
    }
  }
  return runs.sort((a, b) => sessionTime(b.id).localeCompare(sessionTime(a.id)) || b.id.localeCompare(a.id));
}

/** True when some turn of the run has an `ANALYSIS_REPORT.md` (MassGen's `logs analyze --mode self` writes one). */
export async function isAnalyzed(root: string): Promise<boolean> {
  const turns = (await readdir(root).catch(() => [] as string[])).filter((n) => TURN_RE.test(n));
  for (const t of turns) {
    const s = await stat(path.join(root, t, 'ANALYSIS_REPORT.md')).catch(() => null);
    if (s?.isFile()) return true;
  }
  return false;
}
