import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CancelledError } from '../errors.js';
import { writeZip } from './zip/writer.js';
import { trackTemp } from './cleanup.js';
import type { GistFile } from './gist-files.js';
import { targetState, type OutputTarget } from './output-target.js';

/**
 * Writes the gist files to `target`: a .zip file, or a new directory holding one file per gist
 * file. Everything is written beside the target under a temporary name and renamed into place
 * at the end, so a failure or Ctrl-C never leaves a half-written output.
 */
export async function writeOutput(
  target: OutputTarget,
  files: readonly GistFile[],
  opts: { force: boolean; date: Date; signal?: AbortSignal },
): Promise<void> {
  const abs = target.path;
  await mkdir(path.dirname(abs), { recursive: true });
  // Not a name another user could guess and plant a link at (the zip writer also opens it with O_EXCL).
  const staging = path.join(
    path.dirname(abs),
    `.${path.basename(abs)}.partial-${process.pid}-${randomBytes(6).toString('hex')}`,
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
    if ((await targetState(abs)) !== 'none') await rm(abs, { recursive: true, force: true });
    await rename(staging, abs);
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  } finally {
    untrack();
  }
}
