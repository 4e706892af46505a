import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { link, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CancelledError, UserError } from '../errors.js';
import { writeZip } from './zip/writer.js';
import { trackTemp } from './cleanup.js';
import type { GistFile } from './gist-files.js';
import { checkReplaceable, placeDirectory, targetState, type OutputTarget } from './output-target.js';
import { partialName, removeStalePartials } from './stale-partials.js';

/**
 * Writes the gist files to `target`: a .zip file, or a new directory holding one file per gist
 * file. Everything is written beside the target under a temporary name and renamed into place
 * at the end, so a failure or Ctrl-C never leaves a half-written output.
 */
export async function writeOutput(
  target: OutputTarget,
  files: readonly GistFile[],
  opts: { force: boolean; date: Date; signal?: AbortSignal },
): Promise<{ stale: string[] }> {
  const abs = target.path;
  await mkdir(path.dirname(abs), { recursive: true });
  const stale = await removeStalePartials(abs);
  // Not a name another user could guess and plant a link at (the zip writer also opens it with O_EXCL).
  const staging = path.join(
    path.dirname(abs),
    partialName(path.basename(abs), process.pid, randomBytes(6).toString('hex')),
  );
  const untrack = trackTemp(staging);
  try {
    if (target.kind === 'zip') {
      await writeZip(
        staging,
        files.map((f) => ({
          name: f.name,
          date: opts.date,
          data: () => {
            if (opts.signal?.aborted) throw new CancelledError('Cancelled; nothing was written.');
            return f.data();
          },
        })),
      );
    } else {
      await mkdir(staging, { mode: 0o755 });
      for (const f of files) {
        if (opts.signal?.aborted) throw new CancelledError('Cancelled; nothing was written.');
        await pipeline(
          Readable.from(f.data(), { objectMode: false }),
          createWriteStream(path.join(staging, f.name), { flags: 'wx' }),
        );
      }
    }
    await putInPlace(staging, target, opts.force);
    return { stale };
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  } finally {
    untrack();
  }
}

/** What a rename or a link answers when something stands at the target. */
const TAKEN = new Set(['EEXIST', 'ENOTEMPTY', 'ENOTDIR', 'EISDIR']);

/**
 * Puts the staged output at the target, never over what came to stand there while the export ran (another program,
 * another export to the same path): a folder is renamed into place, which fails over anything but an empty folder; a
 * zip is linked into place, which fails over anything at all. With --force, what stands there is checked again as
 * the start checked it (output-target.ts: only a previous export, or a file for a zip) before it is replaced.
 */
async function putInPlace(staging: string, target: OutputTarget, force: boolean): Promise<void> {
  const abs = target.path;
  if (force && (await targetState(abs)) !== 'none') {
    await checkReplaceable(target);
    await rm(abs, { recursive: true, force: true });
  }
  try {
    if (target.kind === 'zip') await placeFile(staging, abs);
    else await placeDirectory(staging, abs);
  } catch (err) {
    if (!TAKEN.has((err as NodeJS.ErrnoException).code ?? '')) throw err;
    throw new UserError(
      `--output ${target.given} appeared while the export ran and was left as it is; nothing was written. Choose another path${force ? '' : ', or pass --force to replace it'}.`,
    );
  }
}

/**
 * A file put at `abs` only if nothing is there: a hard link (EEXIST otherwise), or where links are not made, a rename
 * after a look.
 */
async function placeFile(staging: string, abs: string): Promise<void> {
  try {
    await link(staging, abs);
  } catch (err) {
    if (TAKEN.has((err as NodeJS.ErrnoException).code ?? '')) throw err;
    // A file system without hard links (EPERM, ENOTSUP): the look and the rename leave a moment between them.
    if ((await targetState(abs)) !== 'none') throw Object.assign(new Error('target exists'), { code: 'EEXIST' });
    await rename(staging, abs);
    return;
  }
  await rm(staging, { force: true });
}
