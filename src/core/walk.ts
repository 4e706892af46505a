import { lstat, readdir, readlink, realpath } from 'node:fs/promises';
import path from 'node:path';
import { mapLimited } from './concurrency.js';
import type { ExcludeCategory, ExcludeMatcher } from './excludes.js';
import { ATTEMPT_RE, TURN_RE, type AttemptRef } from './layout.js';

interface Located {
  /** Path relative to the session root, posix separators. */
  rel: string;
  turn: number;
  attempt: number;
}

/** A regular file the export may carry. */
export interface WalkFile extends Located {
  type: 'file';
  abs: string;
  /** Path relative to the attempt directory (what the gist name is built from). */
  attemptRel: string;
  size: number;
  mtimeMs: number;
}

/** Something the walk saw and left out: an excluded file or directory, a special file, an unreadable entry. */
export interface WalkSkipped extends Located {
  type: 'skipped';
  isDir: boolean;
  /** On-disk bytes of a skipped regular file; null for directories and unknowns. */
  size: number | null;
  reason: string;
  category: ExcludeCategory | 'special file' | 'unreadable' | 'symlink';
}

/** A symbolic link inside the session; never followed. */
export interface WalkLink extends Located {
  type: 'link';
  attemptRel: string;
  /** The link text as stored (`readlink`). */
  target: string;
  /** Where it points, relative to the session root, when it stays inside it. */
  targetRel: string | null;
}

export type WalkEntry = WalkFile | WalkSkipped | WalkLink;

export interface WalkOptions {
  /** Symlink-resolved session root. */
  root: string;
  matcher: ExcludeMatcher;
  onEntry?: (entry: WalkEntry) => void;
}

const STAT_CONCURRENCY = 64;


function isInside(root: string, p: string): boolean {
  return p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** Classifies a symlink without following it for content: inside, outside, dangling, or a loop. */
async function describeLink(root: string, abs: string): Promise<{ target: string; targetRel: string | null; problem?: string }> {
  const target = await readlink(abs);
  try {
    const real = await realpath(abs);
    if (!isInside(root, real)) return { target, targetRel: null, problem: 'symlink to outside the session (not followed)' };
    return { target, targetRel: path.relative(root, real).split(path.sep).join('/') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { target, targetRel: null, problem: 'symlink loop' };
    if (code === 'ENOENT' || code === 'ENOTDIR') return { target, targetRel: null, problem: 'dangling symlink' };
    return { target, targetRel: null, problem: `symlink could not be resolved (${code ?? 'error'})` };
  }
}

/**
 * Walks one attempt directory with lstat: symlinks are recorded, never followed; excluded
 * directories are reported once and never descended into; FIFOs, sockets and devices are
 * reported and never opened. Entries come out in a stable (sorted) order.
 */
export async function walkAttempt(attempt: AttemptRef, opts: WalkOptions): Promise<WalkEntry[]> {
  const out: WalkEntry[] = [];
  const emit = (e: WalkEntry): void => {
    out.push(e);
    opts.onEntry?.(e);
  };
  const loc = (rel: string): Located => ({ rel, turn: attempt.turn, attempt: attempt.attempt });
  const stack: string[] = [''];
  while (stack.length > 0) {
    const dirRel = stack.pop()!;
    const dirAbs = dirRel ? path.join(attempt.dir, dirRel) : attempt.dir;
    let names: string[];
    try {
      names = (await readdir(dirAbs)).sort();
    } catch (err) {
      const rel = [attempt.relDir, dirRel].filter(Boolean).join('/');
      emit({ type: 'skipped', ...loc(rel + '/'), isDir: true, size: null, category: 'unreadable',
        reason: `directory could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    if (attempt.implicit && dirRel === '') {
      // A legacy turn's direct files sit beside its restart attempts; a flat session has no turns.
      names = names.filter((n) => !ATTEMPT_RE.test(n) && !TURN_RE.test(n));
    }
    const stats = await mapLimited(names, STAT_CONCURRENCY, async (name) => {
      try {
        return await lstat(path.join(dirAbs, name));
      } catch (err) {
        return err as NodeJS.ErrnoException;
      }
    });
    const subdirs: string[] = [];
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      const st = stats[i]!;
      const attemptRel = dirRel ? `${dirRel}/${name}` : name;
      const rel = attempt.relDir ? `${attempt.relDir}/${attemptRel}` : attemptRel;
      const abs = path.join(dirAbs, name);
      if (st instanceof Error) {
        emit({ type: 'skipped', ...loc(rel), isDir: false, size: null, category: 'unreadable',
          reason: st.code === 'ENOENT' ? 'vanished while listing' : `could not be examined (${st.code ?? 'error'})` });
        continue;
      }
      const isDir = st.isDirectory();
      const excluded = opts.matcher.reason(isDir ? `${rel}/` : rel);
      if (excluded) {
        emit({ type: 'skipped', ...loc(isDir ? `${rel}/` : rel), isDir, size: st.isFile() ? st.size : null,
          category: excluded, reason: `excluded: ${excluded}` });
        continue;
      }
      if (isDir) {
        subdirs.push(attemptRel);
      } else if (st.isFile()) {
        emit({ type: 'file', ...loc(rel), abs, attemptRel, size: st.size, mtimeMs: st.mtimeMs });
      } else if (st.isSymbolicLink()) {
        try {
          const link = await describeLink(opts.root, abs);
          if (link.problem) {
            emit({ type: 'skipped', ...loc(rel), isDir: false, size: null, category: 'symlink', reason: link.problem });
          } else {
            emit({ type: 'link', ...loc(rel), attemptRel, target: link.target, targetRel: link.targetRel });
          }
        } catch (err) {
          emit({ type: 'skipped', ...loc(rel), isDir: false, size: null, category: 'unreadable',
            reason: `symlink could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
        }
      } else {
        const kind = st.isFIFO() ? 'FIFO' : st.isSocket() ? 'socket' : 'device file';
        emit({ type: 'skipped', ...loc(rel), isDir: false, size: null, category: 'special file', reason: `${kind} (never read)` });
      }
    }
    // Depth-first, in sorted order: push in reverse so the first name is walked first.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
  }
  return out;
}
