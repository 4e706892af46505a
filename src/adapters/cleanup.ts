import { rmSync } from 'node:fs';
import { mkdtemp, realpath } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { terminalSafe } from '../ui/terminal-safe.js';

/**
 * Paths to remove if the process is interrupted (Ctrl-C) before the work that made them is
 * done: staging directories, partial outputs, temporary archives. The CLI's signal handler
 * calls `removeAllNow`; normal code paths remove their own and unregister.
 */
const pending = new Set<string>();

export function trackTemp(p: string): () => void {
  pending.add(p);
  return () => {
    pending.delete(p);
  };
}

/** Directories no temporary directory may be made in (the session being read: hostile 60's TMPDIR inside it). */
const readOnly = new Set<string>();

/** Refuses temporary directories inside `root` (its real path) from now on. */
export function keepTempOutOf(root: string): void {
  readOnly.add(root);
}

/**
 * A new private directory in the system's temporary directory (TMPDIR), removed if the process is interrupted; a
 * TMPDIR that is missing, a file or read-only is a one-line error (attack 55: `logs analyze` called it a bug).
 */
export async function newTempDir(prefix: string): Promise<{ dir: string; untrack: () => void }> {
  const tmp = await realpath(os.tmpdir()).catch(() => path.resolve(os.tmpdir()));
  for (const root of readOnly)
    if (tmp === root || tmp.startsWith(root + path.sep))
      throw new UserError(
        `The temporary directory ${terminalSafe(os.tmpdir())} is inside the session directory, which is never modified: set TMPDIR to a directory outside ${terminalSafe(root)}, then try again.`,
      );
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix)).catch((err: NodeJS.ErrnoException) => {
    throw new UserError(
      `The temporary directory ${terminalSafe(os.tmpdir())} cannot be used (${err.code ?? err.message}): set TMPDIR to a writable directory, then try again.`,
    );
  });
  return { dir, untrack: trackTemp(dir) };
}

export function removeAllNow(): void {
  for (const p of pending) {
    try {
      rmSync(p, { recursive: true, force: true });
    } catch {
      // Best effort while exiting.
    }
  }
  pending.clear();
}
