import { createWriteStream } from 'node:fs';
import { lstat, mkdir, readdir, realpath, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CancelledError, UserError } from '../errors.js';
import { writeZip } from './archive.js';
import { trackTemp } from './cleanup.js';
import type { GistFile } from './gist-files.js';

export type OutputKind = 'zip' | 'directory';

export const outputKind = (target: string): OutputKind => (target.toLowerCase().endsWith('.zip') ? 'zip' : 'directory');

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
export async function checkOutputTarget(target: string, sessionRoot: string, force: boolean): Promise<void> {
  const real = await realAncestor(target);
  if (real === sessionRoot || real.startsWith(sessionRoot + path.sep)) {
    throw new UserError(`--output ${target} is inside the session directory, which is never modified. Choose a path outside ${sessionRoot}.`);
  }
  if (sessionRoot.startsWith(real + path.sep)) {
    throw new UserError(`--output ${target} contains the session directory. Choose another path.`);
  }
  const state = await targetState(target);
  if (state === 'non-empty' && !force) {
    throw new UserError(`--output ${target} already exists and is not empty. Pass --force to replace it, or choose another path.`);
  }
  if (outputKind(target) === 'zip' && state === 'empty-dir') {
    throw new UserError(`--output ${target} is a directory; a .zip output must be a file path.`);
  }
}

/**
 * Writes the gist files to `target`: a .zip file, or a new directory holding one file per gist
 * file. Everything is written beside the target under a temporary name and renamed into place
 * at the end, so a failure or Ctrl-C never leaves a half-written output.
 */
export async function writeOutput(target: string, files: readonly GistFile[], opts: { force: boolean; date: Date; signal?: AbortSignal }): Promise<void> {
  const abs = path.resolve(target);
  await mkdir(path.dirname(abs), { recursive: true });
  const staging = path.join(path.dirname(abs), `.${path.basename(abs)}.partial-${process.pid}`);
  const untrack = trackTemp(staging);
  try {
    if (outputKind(abs) === 'zip') {
      await writeZip(staging, files.map((f) => ({
        name: f.name,
        date: opts.date,
        data: () => {
          if (opts.signal?.aborted) throw new CancelledError('Cancelled; nothing was written.');
          return f.data();
        },
      })));
    } else {
      await mkdir(staging, { mode: 0o755 });
      for (const f of files) {
        if (opts.signal?.aborted) throw new CancelledError('Cancelled; nothing was written.');
        await pipeline(Readable.from(f.data(), { objectMode: false }), createWriteStream(path.join(staging, f.name), { flags: 'wx' }));
      }
    }
    if ((await targetState(abs)) !== 'none') await rm(abs, { recursive: true, force: true });
    await rename(staging, abs);
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  } finally {
    untrack();
  }
}
