/**
 * Where `--output` may write: checked before anything is collected. Kept apart from the writer
 * (output.ts), so that checking a target does not load the zip and stream machinery.
 */
import { lstat, readdir, readFile, readlink, realpath, rename, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_NAME } from '../core/names.js';
import { UserError } from '../errors.js';

type OutputKind = 'zip' | 'directory';

const outputKind = (target: string): OutputKind => (target.toLowerCase().endsWith('.zip') ? 'zip' : 'directory');

/** `--output`, resolved once: as given (for messages), absolute, and its kind. */
export interface OutputTarget {
  given: string;
  path: string;
  kind: OutputKind;
}

export function resolveOutputTarget(given: string, cwd: string): OutputTarget {
  const abs = path.resolve(cwd, given);
  return { given, path: abs, kind: outputKind(abs) };
}

/** What stands at a target path: nothing, an empty directory, or something (a file or a non-empty directory). */
export async function targetState(target: string): Promise<'none' | 'empty-dir' | 'non-empty'> {
  try {
    const st = await lstat(target);
    if (st.isDirectory()) return (await readdir(target)).length === 0 ? 'empty-dir' : 'non-empty';
    return 'non-empty';
  } catch {
    return 'none';
  }
}

/**
 * Puts a staged directory at `target`: renamed into place where nothing stands; into an empty directory that stands
 * there, its entries moved in one by one, so the user's directory stays (its inode, mode, owner and ACLs, and a shell
 * inside it: `mkdir x && cd x && massgen shares pull ID .`, hostile 59), and the staging directory removed. A failure
 * part way moves the entries back. Anything else standing there is the rename's error (ENOTEMPTY, ENOTDIR).
 */
export async function placeDirectory(staging: string, target: string): Promise<void> {
  if ((await targetState(target)) !== 'empty-dir') return rename(staging, target);
  const moved: string[] = [];
  try {
    for (const name of await readdir(staging)) {
      // Never over something that came to stand there meanwhile (a rename replaces a file without a word).
      if (await exists(path.join(target, name))) throw Object.assign(new Error(`${name} appeared`), { code: 'EEXIST' });
      await rename(path.join(staging, name), path.join(target, name));
      moved.push(name);
    }
  } catch (err) {
    for (const name of moved) await rename(path.join(target, name), path.join(staging, name)).catch(() => undefined);
    throw err;
  }
  await rmdir(staging);
}

const exists = (p: string): Promise<boolean> =>
  lstat(p).then(
    () => true,
    () => false,
  );

/** The text of a symbolic link standing at `target` (dangling or not), or null when none does. */
export async function linkAt(target: string): Promise<string | null> {
  try {
    return (await lstat(target)).isSymbolicLink() ? await readlink(target) : null;
  } catch {
    return null;
  }
}

/** Nearest existing ancestor, symlinks resolved (the target itself may not exist yet). */
async function realAncestor(p: string): Promise<string> {
  let cur = path.resolve(p);
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(await realpath(cur), ...rest.reverse());
    } catch {
      const parent = path.dirname(cur);
      if (parent === cur) return path.resolve(p);
      rest.push(path.basename(cur));
      cur = parent;
    }
  }
}

/** Refuses targets that would write into the session (it is read-only to us) or clobber without --force. */
export async function checkOutputTarget(output: OutputTarget, sessionRoot: string, force: boolean): Promise<void> {
  const target = output.path;
  const real = await realAncestor(target);
  if (real === sessionRoot || real.startsWith(sessionRoot + path.sep)) {
    throw new UserError(
      `--output ${target} is inside the session directory, which is never modified. Choose a path outside ${sessionRoot}.`,
    );
  }
  if (sessionRoot.startsWith(real.endsWith(path.sep) ? real : real + path.sep)) {
    throw new UserError(`--output ${target} contains the session directory. Choose another path.`);
  }
  const link = await linkAt(target);
  // --force replaces a link named as the zip (not what it points to); a folder output is never written through one.
  if (link !== null && !(force && output.kind === 'zip')) {
    const replace = output.kind === 'zip' ? 'pass --force to replace the link itself, or ' : '';
    throw new UserError(`--output ${target} is a symbolic link (to ${link}): ${replace}choose another path.`);
  }
  const state = await targetState(target);
  if (state === 'non-empty' && !force) {
    throw new UserError(
      `--output ${target} already exists and is not empty. Pass --force to replace it, or choose another path.`,
    );
  }
  if (state === 'non-empty') await checkReplaceable(output);
  if (output.kind === 'zip' && state === 'empty-dir') {
    throw new UserError(`--output ${target} is a directory; a .zip output must be a file path.`);
  }
}

/**
 * What --force may replace: an export written before (a folder holding our manifest and files only, as output.ts
 * writes it) or, for a .zip path, a file. Anything else named by mistake (a home folder, a project, `/`) is refused:
 * --force would delete it whole.
 */
export async function checkReplaceable(output: OutputTarget): Promise<void> {
  const target = output.path;
  const st = await lstat(target);
  if (!st.isDirectory()) {
    if (output.kind === 'zip') return;
    throw new UserError(
      `--output ${output.given} is a file, not an export folder; --force replaces only a previous export. Remove it yourself or choose another path.`,
    );
  }
  const entries = await readdir(target, { withFileTypes: true });
  const listed = entries.every((e) => e.isFile()) ? await manifestNames(path.join(target, MANIFEST_NAME)) : null;
  const stray = listed ? entries.find((e) => !listed.has(e.name)) : undefined;
  if (listed && !stray) return;
  const why = stray
    ? `${JSON.stringify(stray.name)}, which its ${MANIFEST_NAME} does not list`
    : `no readable ${MANIFEST_NAME}, or folders inside`;
  throw new UserError(
    `--output ${output.given} is a folder that is not a previous export (${why}); --force replaces only an export. Remove it yourself or choose another path.`,
  );
}

/** A manifest larger than this is no export's (the large benchmark's is 8 MB). */
const MANIFEST_CAP = 256 * 1024 * 1024;

/**
 * The names an export folder written with this manifest holds (output.ts): the manifest, each file it lists and the
 * overflow archive's parts; null when it is no manifest of ours (not a regular file, too large, not JSON).
 */
async function manifestNames(file: string): Promise<Set<string> | null> {
  try {
    const st = await lstat(file);
    if (!st.isFile() || st.size > MANIFEST_CAP) return null;
    const m = JSON.parse(await readFile(file, 'utf8')) as { files?: unknown; archive?: { parts?: unknown } | null };
    if (m === null || typeof m !== 'object' || m.files === null || typeof m.files !== 'object') return null;
    const parts = Array.isArray(m.archive?.parts) ? m.archive.parts.filter((p) => typeof p === 'string') : [];
    return new Set([MANIFEST_NAME, ...Object.keys(m.files), ...parts]);
  } catch {
    return null;
  }
}

/**
 * Whether the file system holding `dir` (a folder this run made, whose name has a lower-case letter) ignores case: its
 * name in upper case is the same folder. A FAT or exFAT drive, an ext4 folder with casefold, APFS and NTFS by default.
 */
export async function foldsCase(dir: string): Promise<boolean> {
  const upper = path.join(path.dirname(dir), path.basename(dir).toUpperCase());
  if (upper === dir) return false;
  const [a, b] = await Promise.all([lstat(dir), lstat(upper).catch(() => null)]);
  return b !== null && a.ino === b.ino && a.dev === b.dev;
}
