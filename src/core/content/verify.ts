import { createHash } from 'node:crypto';
import { UserError } from '../../errors.js';
import type { ContentKind, TextFilterFactory } from './kinds.js';
import { NotText } from './sniff.js';
import { exportedChunks } from './stream.js';

/**
 * Streams a file's exported bytes again (for writing), checking that they hash to what
 * measureFile saw; a file that changed in between is an error, never a silent mismatch.
 */
export async function* exportedBytes(
  abs: string,
  rel: string,
  kind: ContentKind,
  expectedSha256: string,
  filter: TextFilterFactory,
  /** The size the walk saw (saves a stat); a file that changed since fails the hash check. */
  sizeHint?: number,
): AsyncGenerator<Buffer> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of exportedChunks(abs, rel, kind, filter, () => {}, sizeHint)) {
      hash.update(chunk);
      yield chunk;
    }
  } catch (err) {
    if (err instanceof NotText) throw new FileChangedError(rel);
    throw err;
  }
  if (hash.digest('hex') !== expectedSha256) throw new FileChangedError(rel);
}

/** A file whose content changed between the read that planned the export and the one that wrote it. */
export class FileChangedError extends UserError {
  constructor(readonly rel: string) {
    super(
      `${rel} changed while it was being exported, so nothing was written. Run the export again once the session is idle.`,
    );
    this.name = 'FileChangedError';
  }
}
