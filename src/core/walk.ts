import { lstatSync, readlinkSync, realpathSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { yielder } from './concurrency.js';
import type { ExcludeMatcher } from './excludes.js';
import { leftOutJoined } from './joined-names.js';
import { goesOutByContent, type SecretFinder } from './judged-files.js';
import { ATTEMPT_RE, TURN_RE, type WalkUnit } from './layout.js';
import type { NameJudge, NameSecret } from './name-judge.js';
import { listDirectory } from './walk-list.js';
import { codeOf, type EntryKind, type WalkSink } from './walk-types.js';

export type { EntryKind, Skipped, WalkSink } from './walk-types.js';

interface WalkOptions {
  /** Symlink-resolved session root. */
  root: string;
  matcher: ExcludeMatcher;
  /**
   * A name that holds a secret would travel as a gist file name, a manifest path and a zip
   * member: such an entry is left out (a directory is not entered) and shown redacted (name-judge.ts).
   */
  names?: NameJudge;
  /** The redactor's verdict on a label or example file's text: one holding nothing goes out (judged-files.ts). */
  findsSecret?: SecretFinder;
  sink: WalkSink;
}

/**
 * path.join for a directory and names from readdir (never `.`, `..` or holding a separator), without normalising: it
 * runs per entry.
 */
const join = (dir: string, rel: string): string => (dir.endsWith(path.sep) ? dir + rel : dir + path.sep + rel);

function isInside(root: string, p: string): boolean {
  return p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** Classifies a symlink without following it for content: inside, outside, dangling, or a loop. */
function describeLink(root: string, abs: string): { target: string; targetRel: string } | { problem: string } {
  try {
    // Read to report a link that cannot be (its text itself is not published: see below).
    readlinkSync(abs);
  } catch (err) {
    return { problem: `symlink could not be read (${codeOf(err)})` };
  }
  try {
    const real = realpathSync(abs);
    if (!isInside(root, real)) return { problem: 'symlink to outside the session (not followed)' };
    // The target is recorded as the path from the link's folder to where it resolves: an absolute target, or a
    // relative one that climbs out and back (`../../../../home/alice/proj/…`), would publish the user's name and
    // folders (attack 35's helper), and a pull refuses an absolute target.
    const shared = path.relative(path.dirname(abs), real) || '.';
    return { target: shared.split(path.sep).join('/'), targetRel: path.relative(root, real).split(path.sep).join('/') };
  } catch (err) {
    const code = codeOf(err);
    if (code === 'ELOOP') return { problem: 'symlink loop' };
    if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: 'dangling symlink' };
    return { problem: `symlink could not be resolved (${code})` };
  }
}

/** Reports a symlink: recorded with its target when that stays inside the session, else left out with why. */
function reportLink(opts: WalkOptions, abs: string, dir: number, name: string): void {
  const link = describeLink(opts.root, abs);
  if ('problem' in link)
    return opts.sink.skipped(dir, name, { kind: 'link', size: null, category: 'symlink', reason: link.problem });
  // The link text goes into the manifest: one that names a secret is left out like a name that holds one.
  const rules = (opts.names?.atWalk(link.target.split(/[\\/]/)) ?? []).flatMap((found) => found?.rules ?? []);
  if (rules.length > 0) {
    return opts.sink.skipped(dir, name, {
      kind: 'link',
      size: null,
      category: 'secret in name',
      reason: `symlink whose target holds a secret (${[...new Set(rules)].join(', ')}); left out`,
    });
  }
  opts.sink.link(dir, name, link.target, link.targetRel);
}

/** A name that Windows reads as a path out of its folder: a `..` between backslashes, a leading `\\` or `C:`. */
const climbsOnWindows = (name: string): boolean =>
  name.includes('\\') && (name.split('\\').includes('..') || name.startsWith('\\') || /^[A-Za-z]:/.test(name));

/** Leaves out (and reports) an entry whose name holds a secret or is excluded; true if it did. */
function leftOutByName(
  opts: WalkOptions,
  dir: number,
  sessionDir: string,
  dirAbs: string,
  name: string,
  kind: EntryKind,
  size: number | null,
  secret: NameSecret | null | undefined,
): boolean {
  const isDir = kind === 'dir';
  // `..\..\evil.exe` is a plain name here but a climb out of the folder for a Windows unzip or pull.
  if (!secret && climbsOnWindows(name)) {
    if (isDir) opts.sink.notEntered?.(sessionDir + name);
    opts.sink.skipped(dir, isDir ? `${name}/` : name, {
      kind,
      size,
      category: 'bad name',
      reason: 'name climbs out of its folder on Windows (a backslash is a folder separator there)',
    });
    return true;
  }
  if (secret) {
    if (isDir) opts.sink.notEntered?.(sessionDir + name);
    opts.sink.skipped(dir, isDir ? `${secret.shown}/` : secret.shown, {
      kind,
      size,
      category: 'secret in name',
      reason: `name holds a secret (${secret.rules.join(', ')}); left out, shown redacted`,
    });
    return true;
  }
  const excluded = opts.matcher.childReason(sessionDir, name, isDir);
  if (!excluded) return false;
  // A key file holding only public material (`id_rsa.pub`), a label or example file holding nothing secret-like
  // (`passwords.txt` of common passwords, `.env.example`) goes out: judged by its content (judged-files.ts).
  if (excluded === 'secret-bearing file' && size !== null) {
    if (goesOutByContent(join(dirAbs, name), sessionDir + name, name, size, opts.findsSecret)) return false;
  }
  if (isDir) opts.sink.notEntered?.(sessionDir + name);
  opts.sink.skipped(dir, isDir ? `${name}/` : name, {
    kind,
    size,
    category: excluded,
    reason: `excluded: ${excluded}`,
  });
  return true;
}

/**
 * What a directory entry is: from its dirent where that says, else from `lstat`, which every
 * regular file gets too (its size and time are needed). `st` is set whenever `lstat` ran. Null
 * when the entry could not be examined (reported as skipped).
 */
function examine(
  d: Dirent,
  dirAbs: string,
  dir: number,
  sink: WalkSink,
): { kind: Exclude<EntryKind, 'unknown'>; st: Stats | undefined } | null {
  let isDir = d.isDirectory();
  let isFile = d.isFile();
  let isLink = d.isSymbolicLink();
  let st: Stats | undefined;
  const known = isDir || isFile || isLink || d.isFIFO() || d.isSocket() || d.isCharacterDevice() || d.isBlockDevice();
  if (!known || isFile) {
    try {
      st = lstatSync(join(dirAbs, d.name));
    } catch (err) {
      const code = codeOf(err);
      sink.skipped(dir, d.name, {
        kind: isFile ? 'file' : 'unknown',
        size: null,
        category: 'unreadable',
        reason: code === 'ENOENT' ? 'vanished while listing' : `could not be examined (${code})`,
      });
      return null;
    }
    isDir = st.isDirectory();
    isFile = st.isFile();
    isLink = st.isSymbolicLink();
  }
  return { kind: isDir ? 'dir' : isFile ? 'file' : isLink ? 'link' : 'special', st };
}

/** Whether an entry at the top of a unit's directory belongs to it. */
export function inUnit(unit: WalkUnit, name: string): boolean {
  if (unit.implicit && (ATTEMPT_RE.test(name) || TURN_RE.test(name))) return false;
  if (unit.only && !unit.only.includes(name)) return false;
  return !unit.skip?.includes(name);
}

/**
 * Walks one attempt directory: symlinks are recorded, never followed; excluded directories
 * are reported once and never descended into; FIFOs, sockets and devices are reported and
 * never opened; names that are not UTF-8 are reported (a gist cannot name them). Uses the
 * directory's file types (no lstat for directories) and synchronous calls, which are several
 * times faster than the thread pool for this many tiny operations, letting the event loop
 * turn every few milliseconds. Entries are reported in a stable order: depth first, each
 * directory's names sorted, its own entries before those of its subdirectories.
 */
export async function walkAttempt(attempt: WalkUnit, opts: WalkOptions): Promise<void> {
  const { sink } = opts;
  // The event loop gets a turn (progress, Ctrl-C) every few milliseconds.
  const maybeYield = yielder();
  // Directories are held attempt-relative with their trailing `/` ('' for the attempt itself).
  const prefix = attempt.relDir ? `${attempt.relDir}/` : '';
  const stack: string[] = [''];
  /** The ids of the directories listed so far, by session-relative path (a joined secret is shown from one). */
  const ids = new Map<string, number>();
  while (stack.length > 0) {
    const dirRel = stack.pop()!;
    const sessionDir = prefix + dirRel;
    const dir = sink.dir(sessionDir);
    if (opts.names) ids.set(sessionDir, dir);
    const dirAbs = dirRel ? join(attempt.dir, dirRel.slice(0, -1)) : attempt.dir;
    const dirents = listDirectory(dirAbs, dir, sessionDir, sink);
    if (!dirents) continue;
    // Below the attempt's own directory a name is read after its folders too.
    const verdicts = opts.names?.atWalk(
      dirents.map((d) => d.name),
      dirRel ? sessionDir : undefined,
    );
    const subdirs: string[] = [];
    for (let i = 0; i < dirents.length; i++) {
      const d = dirents[i]!;
      const name = d.name;
      if (dirRel === '' && !inUnit(attempt, name)) continue;
      const pause = maybeYield();
      if (pause) await pause;
      const entry = examine(d, dirAbs, dir, sink);
      if (!entry) continue;
      const { kind, st } = entry;
      const size = kind === 'file' ? st!.size : null;
      const verdict = verdicts?.[i];
      if (verdict && 'dir' in verdict) {
        leftOutJoined(sink, ids.get(verdict.dir) ?? dir, sessionDir + name, kind, size, verdict);
        continue;
      }
      if (leftOutByName(opts, dir, sessionDir, dirAbs, name, kind, size, verdict)) continue;
      if (kind === 'dir') {
        subdirs.push(`${dirRel}${name}/`);
      } else if (kind === 'file') {
        sink.file(dir, name, st!.size, st!.mtimeMs);
      } else if (kind === 'link') {
        reportLink(opts, join(dirAbs, name), dir, name);
      } else {
        const special = st ?? d;
        sink.skipped(dir, name, {
          kind: 'special',
          size: null,
          category: 'special file',
          reason: `${special.isFIFO() ? 'FIFO' : special.isSocket() ? 'socket' : 'device file'} (never read)`,
        });
      }
    }
    // Depth-first, in sorted order: push in reverse so the first name is walked first.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
  }
}
