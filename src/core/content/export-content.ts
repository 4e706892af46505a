import { KeptOutputs } from './kept.js';
import { identityFilter, type BinaryScanner, type Measured, type TextFilterFactory } from './kinds.js';
import { measureFile } from './measure.js';
import { bytesToWrite, keptWhole, type FileToWrite } from './reuse.js';

/**
 * How an export reads its files: each measured once while collecting (read, redacted, hashed), and
 * its exported bytes made again when written. Whether writing reuses what the measurement kept
 * (kept.ts, reuse.ts) is this interface's business alone: the stages and the writers only call it.
 */
export interface ExportContent {
  /** Starts a collection: forgets what an earlier one measured (the workspace prompt collects again). */
  begin(): void;
  /** Reads one file once: its kind, exported bytes, sha256 and redactions (measure.ts). */
  measure(abs: string, rel: string, size: number): Promise<Measured>;
  /** A planned file's exported bytes, for writing (checked against what was measured). */
  bytes(abs: string, f: FileToWrite): AsyncGenerator<Buffer>;
  /** A small planned file's exported bytes in one synchronous call, or null when `bytes` must make them. */
  whole(abs: string, f: FileToWrite): Buffer | null;
}

export interface ContentOptions {
  /** The redactor's streaming filter for text; identity when absent. */
  filter?: TextFilterFactory;
  /** The redactor's scanner for binary content: a binary holding a secret is withheld. */
  scanBinary?: BinaryScanner;
  /**
   * Keep each text file's output while measuring, for writing (an export that writes files): the redactor's count of
   * learned values (an output made before a value was learned is redacted again), and the memory budget.
   */
  reuse?: { version: () => number; budget?: number };
}

/** The content of one export's files, as `opts` says to read and redact them. */
export function exportContent(opts: ContentOptions = {}): ExportContent {
  const filter = opts.filter ?? identityFilter;
  const { scanBinary } = opts;
  const kept = opts.reuse ? new KeptOutputs(opts.reuse.version, opts.reuse.budget) : undefined;
  return {
    begin: () => kept?.reset(),
    // Made with the values learned so far: reused only if none is learned after (kept.ts).
    measure: (abs, rel, size) => measureFile(abs, rel, filter, scanBinary, size, kept?.sink(rel, kept.version())),
    bytes: (abs, f) => bytesToWrite(abs, f, filter, kept),
    whole: (abs, f) => keptWhole(abs, f, kept),
  };
}
