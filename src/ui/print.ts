import { EventEmitter } from 'node:events';
import { yielder } from '../core/concurrency.js';

/** Where output goes: process.stdout or process.stderr, or a test's stand-in. */
export interface Output {
  write(s: string): boolean;
}

/**
 * Prints text a chunk at a time, each passed through `transform` (the redactor). When the
 * output says its buffer is full (a pipe whose reader is slower), it waits for room, so that a
 * long report is never queued whole in memory; it also lets the event loop turn now and then
 * (a file or terminal takes every write at once), so that a second Ctrl-C is not held up.
 */
export async function printChunks(
  chunks: Iterable<string>,
  out: Output,
  transform: (chunk: string) => string = (c) => c,
): Promise<void> {
  const maybeYield = yielder();
  for (const chunk of chunks) {
    if (!out.write(transform(chunk)) && out instanceof EventEmitter) {
      // A reader that went away (EPIPE on a closed stderr) only loses the rest of the text.
      if (gone(out)) return;
      await roomOrGone(out);
      if (gone(out)) return;
    }
    const pause = maybeYield();
    if (pause) await pause;
  }
}

const gone = (out: EventEmitter): boolean => {
  const w = out as EventEmitter & { destroyed?: boolean; writableEnded?: boolean; errored?: unknown };
  return Boolean(w.destroyed || w.writableEnded || w.errored);
};

/** Resolves when the output drains, closes or fails (never rejects: a failed output is the caller's `gone`). */
function roomOrGone(out: EventEmitter): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      out.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    out.on('drain', done).on('close', done).on('error', done);
  });
}

/** Lines, each ended by a line break, gathered into chunks of about `size` characters. */
export function* lineChunks(lines: Iterable<string>, size = 1 << 16): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const line of lines) {
    parts.push(line, '\n');
    length += line.length + 1;
    if (length < size) continue;
    yield parts.join('');
    parts = [];
    length = 0;
  }
  if (parts.length > 0) yield parts.join('');
}
