/** The walk's reporting types (walk.ts walks, walk-list.ts lists a directory; both report through a WalkSink). */
import type { ExcludeCategory } from './excludes.js';

/** What a skipped entry was: accounting counts regular files apart from the rest. */
export type EntryKind = 'file' | 'dir' | 'link' | 'special' | 'unknown';

/** Why the walk left an entry out: an excluded file or directory, a special file, an unreadable entry... */
export interface Skipped {
  kind: EntryKind;
  /** On-disk bytes of a skipped regular file; null for everything else. */
  size: number | null;
  reason: string;
  category: ExcludeCategory | 'special file' | 'unreadable' | 'symlink' | 'bad name' | 'secret in name';
}

/**
 * Where the walk reports what it finds, an entry at a time (the collector stores it compactly:
 * a directory's path once, then each entry as that directory's id and its name).
 */
export interface WalkSink {
  /**
   * A directory about to be listed: its session-relative path ending in `/` ('' for a flat session's root). Returns the
   * id its entries are reported with.
   */
  dir(rel: string): number;
  /** A regular file the export may carry, by the name readdir gave. */
  file(dir: number, name: string, size: number, mtimeMs: number): void;
  /** Something left out; `name` as shown (a directory's ends in `/`, '' stands for the directory `dir` itself). */
  skipped(dir: number, name: string, why: Skipped): void;
  /**
   * A symbolic link inside the session, never followed: its text as stored, and where it points relative to the session
   * root.
   */
  link(dir: number, name: string, target: string, targetRel: string): void;
  /**
   * A directory left out without being entered: its real session-relative path (even where it is shown redacted), as
   * bytes where its name is not UTF-8.
   */
  notEntered?(rel: string | Buffer): void;
}

export const codeOf = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? 'error';
