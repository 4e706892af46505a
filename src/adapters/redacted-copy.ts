/**
 * Redacted copies of a run's files for `massgen logs analyze` (an assistant reads them, never the session): each file
 * redacted as the export redacts it, under a private directory of its own, in the session's layout. Symlinks, special
 * files, binary files, secret-bearing and other default-excluded names (exclude-defaults.ts), names that hold a secret
 * themselves (a token's or a `.env` value's file or folder name, as the export leaves them out), files a tool or
 * an assistant acts on in its folder (tool-files.ts) and files past the caps are not copied; the count of those is
 * returned.
 */
import { lstat, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultReason } from '../core/excludes.js';
import { toolFileJudge } from '../core/tool-files.js';
import { CancelledError } from '../errors.js';
import { newTempDir } from './cleanup.js';

/** A file larger than this is not copied (an assistant reads the small metadata files first). */
const FILE_CAP = 16 * 1024 * 1024;
/** Files copied at most, and bytes together. */
const MAX_FILES = 5000;
const MAX_BYTES = 256 * 1024 * 1024;

interface RedactedCopy {
  /** The private directory holding the copies (mode 0700), in the session's layout under it. */
  dir: string;
  copied: number;
  skipped: number;
}

/** How the copy reads what it copies: each text file's redaction, and which of a directory's names hold a secret. */
export interface CopyRedaction {
  text(text: string): string;
  secretNames(names: readonly string[]): readonly boolean[];
}

/**
 * Copies `rels` (files or directories, relative to `root`), each text file through `redact`, into a new directory.
 * Ctrl-C (`signal`) stops it between two files, and the directory goes (a second Ctrl-C removes it too: cleanup.ts).
 */
export async function redactedCopy(
  root: string,
  rels: readonly string[],
  redact: CopyRedaction,
  signal?: AbortSignal,
): Promise<RedactedCopy> {
  const { dir, untrack } = await newTempDir('massgen-analyze-');
  try {
    return await copyAll(root, rels, redact, dir, signal);
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  } finally {
    untrack();
  }
}

async function copyAll(
  root: string,
  rels: readonly string[],
  redact: CopyRedaction,
  dir: string,
  signal: AbortSignal | undefined,
): Promise<RedactedCopy> {
  const done: RedactedCopy = { dir, copied: 0, skipped: 0 };
  // (A run's folder is copied as it is: a file at its top is no stranger there.)
  const isToolFile = toolFileJudge(false);
  let bytes = 0;
  const copy = async (rel: string): Promise<void> => {
    if (signal?.aborted) throw new CancelledError('Cancelled; the redacted copies were removed.');
    const st = await lstat(path.join(root, rel)).catch(() => null);
    const isDir = st?.isDirectory() ?? false;
    if (!st || (!isDir && !st.isFile()) || defaultReason(isDir ? `${rel}/` : rel) !== null) {
      done.skipped++;
      return;
    }
    if (isDir) {
      const names = (await readdir(path.join(root, rel))).sort();
      const secret = redact.secretNames(names);
      done.skipped += secret.filter(Boolean).length;
      for (const [i, name] of names.entries()) if (!secret[i]) await copy(`${rel}/${name}`);
      return;
    }
    if (st.size > FILE_CAP || done.copied >= MAX_FILES || bytes + st.size > MAX_BYTES) {
      done.skipped++;
      return;
    }
    const data = await readFile(path.join(root, rel));
    // Nor files a coding assistant or a tool acts on by itself in the folder it is pointed at (`CLAUDE.md`,
    // `.claude/settings.json`, `.mcp.json`, `.vscode/tasks.json`: tool-files.ts, a pull leaves them out; hostile 60).
    if (data.includes(0) || isToolFile(rel.replace(/^(?:\.\/)+/, ''), data)) {
      done.skipped++;
      return;
    }
    bytes += st.size;
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true, mode: 0o700 });
    await writeFile(path.join(dir, rel), redact.text(data.toString('utf8')), { mode: 0o600, flag: 'wx' });
    done.copied++;
  };
  for (const rel of rels) await copy(rel);
  return done;
}
