import type { FileHandle } from 'node:fs/promises';

/** Output is written in batches of about this size. */
export const WRITE_BATCH = 1 << 20;

export interface StagedWriter {
  /** Bytes put so far (written or staged). */
  readonly bytes: number;
  flush(): Promise<void>;
  /** Copies the piece into the stage, or writes it before it returns: the caller may reuse it. */
  put(b: Buffer): Promise<void>;
}

/**
 * Writes pieces to a file through one reused buffer, a MB at a time: holding each small piece
 * (headers, small members) until its batch was written kept tens of thousands of small buffers
 * alive per batch for an archive of tiny files. Large pieces are written directly.
 */
export function stagedWriter(fh: FileHandle, onPiece?: (b: Buffer) => void): StagedWriter {
  const stage = Buffer.allocUnsafe(WRITE_BATCH);
  let staged = 0;
  let written = 0;
  const writeAll = async (b: Buffer): Promise<void> => {
    for (let done = 0; done < b.length;) done += (await fh.write(b, done, b.length - done)).bytesWritten;
  };
  const flush = async (): Promise<void> => {
    if (staged === 0) return;
    const n = staged;
    staged = 0;
    await writeAll(stage.subarray(0, n));
  };
  return {
    /** Bytes put so far (written or staged). */
    get bytes(): number {
      return written;
    },
    flush,
    async put(b: Buffer): Promise<void> {
      onPiece?.(b);
      written += b.length;
      if (b.length > WRITE_BATCH - staged) {
        await flush();
        if (b.length >= WRITE_BATCH / 2) return writeAll(b);
      }
      b.copy(stage, staged);
      staged += b.length;
    },
  };
}
