import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * How a session directory is laid out:
 * - `attempts`: 0.1.23+, `turn_N/attempt_M/`;
 * - `legacy`: 0.1.12-0.1.22, `turn_N/` holding the files directly (an `attempt_M/` only after a restart);
 * - `flat`: a very old single-run `log_*` holding the files directly.
 */
export type Layout = 'attempts' | 'legacy' | 'flat';

/** One attempt directory: the unit the exporter walks. */
export interface AttemptRef {
  turn: number;
  attempt: number;
  /** Absolute directory. */
  dir: string;
  /** Directory relative to the session root, posix separators; '' for a flat session. */
  relDir: string;
  /**
   * True when the attempt's files sit directly in a turn (legacy) or session (flat) directory;
   * the walk then skips the sibling `attempt_*` and `turn_*` directories.
   */
  implicit: boolean;
}

/**
 * What the walk goes through: an attempt, or part of a directory walked with a turn (the files directly under
 * `turn_N/`, a turn's context carried from the attempt that has it). `only` keeps just those names at its top,
 * `skip` passes over those.
 */
export interface WalkUnit extends AttemptRef {
  only?: readonly string[];
  skip?: readonly string[];
}

/** The attempt number of a unit holding the files directly under `turn_N/` (named `turn_N__<name>`). */
export const TURN_LEVEL = -1;

/**
 * A turn's or an attempt's folder. Its number is at most 15 digits (leading zeros aside): a safe integer, so that two
 * folders never read as the same number (`turn_99999999999999999999` and `…998` both read 1e20). A longer one is no
 * turn: its files are outside the turns, as any other folder's.
 */
export const TURN_RE = /^turn_0*(\d{1,15})$/;
export const ATTEMPT_RE = /^attempt_0*(\d{1,15})$/;
/** Turn-level entries that are not an attempt's own files in 0.1.23+ (copies and reports). */
const TURN_LEVEL_EXTRAS = new Set(['final', 'ANALYSIS_REPORT.md']);

async function subdirs(dir: string): Promise<{ name: string; isDir: boolean }[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.map((e) => ({ name: e.name, isDir: e.isDirectory() }));
}

function numbered(entries: { name: string; isDir: boolean }[], re: RegExp): { n: number; name: string }[] {
  return entries
    .filter((e) => e.isDir && re.test(e.name))
    .map((e) => ({ n: Number(re.exec(e.name)![1]), name: e.name }))
    .sort((a, b) => a.n - b.n || a.name.localeCompare(b.name));
}

/** Lists every attempt of every turn, sorted numerically by (turn, attempt). */
export async function listAttempts(root: string): Promise<{ layout: Layout; attempts: AttemptRef[] }> {
  const top = await subdirs(root);
  const turns = numbered(top, TURN_RE);
  if (turns.length === 0) {
    return { layout: 'flat', attempts: [{ turn: 1, attempt: 1, dir: root, relDir: '', implicit: true }] };
  }
  let layout: Layout = 'attempts';
  const attempts: AttemptRef[] = [];
  for (const t of turns) {
    const turnDir = path.join(root, t.name);
    const inside = await subdirs(turnDir);
    const explicit = numbered(inside, ATTEMPT_RE);
    const hasDirectFiles =
      inside.some((e) => !ATTEMPT_RE.test(e.name) && !TURN_LEVEL_EXTRAS.has(e.name)) ||
      (explicit.length === 0 && inside.length > 0);
    if (hasDirectFiles) {
      layout = 'legacy';
      // The files held directly were the first attempt; a later restart adds attempt_M/ beside them.
      const n = explicit.some((a) => a.n === 1) ? 0 : 1;
      attempts.push({ turn: t.n, attempt: n, dir: turnDir, relDir: t.name, implicit: true });
    }
    for (const a of explicit) {
      attempts.push({
        turn: t.n,
        attempt: a.n,
        dir: path.join(turnDir, a.name),
        relDir: `${t.name}/${a.name}`,
        implicit: false,
      });
    }
  }
  attempts.sort((a, b) => a.turn - b.turn || a.attempt - b.attempt);
  return { layout, attempts };
}
