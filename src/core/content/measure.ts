import crypto, { createHash } from 'node:crypto';
import { scanBinaryViews } from '../redact/carriers.js';
import { BinaryWatch, carrierSecrets } from './binary-watch.js';
import {
  isBase64Kind,
  type BinaryScanner,
  type ContentKind,
  type Measured,
  type TextFilter,
  type TextFilterFactory,
} from './kinds.js';
import type { KeepSink } from './kept.js';
import { readSmall, SMALL_FILE } from './read.js';
import { hasContent, NotText } from './sniff.js';
import { exportedChunks, exportWholeText } from './stream.js';

/** One call per small file (crypto.hash, Node 20.12 and later): no Hash object each. */
const sha256 = (b: Buffer): string => crypto.hash('sha256', b, 'hex');

/**
 * What most files measure: no redactions, findings or secrets. Shared (and frozen) instead of
 * three empty objects per file: there can be 100,000 files.
 */
const NONE_FOUND: { redactions: Record<string, number>; findings: Measured['findings']; binarySecrets: string[] } =
  Object.freeze({
    redactions: Object.freeze({}) as Record<string, number>,
    findings: Object.freeze([]) as unknown as Measured['findings'],
    binarySecrets: Object.freeze([]) as unknown as string[],
  });
const found = (
  f: TextFilter | null,
  binarySecrets: string[] = NONE_FOUND.binarySecrets,
): Pick<Measured, 'redactions' | 'findings' | 'binarySecrets'> => {
  const redactions = f?.counts?.() ?? NONE_FOUND.redactions;
  const findings = f?.findings?.() ?? NONE_FOUND.findings;
  return {
    redactions: Object.keys(redactions).length > 0 ? redactions : NONE_FOUND.redactions,
    findings: findings.length > 0 ? findings : NONE_FOUND.findings,
    binarySecrets: binarySecrets.length > 0 ? binarySecrets : NONE_FOUND.binarySecrets,
  };
};

/** measureAs for a file held whole in memory: the same result, without streaming machinery. */
function measureWhole(
  whole: Buffer,
  rel: string,
  first: ContentKind,
  filter: TextFilterFactory,
  scan?: BinaryScanner,
  keep?: KeepSink,
): Measured {
  const text = first === 'text' ? exportWholeText(whole, rel, filter) : null;
  if (text) {
    const { bytes, filter: f } = text;
    const sha = sha256(bytes);
    // What goes out is held while the budget allows (the file's own bytes copied out of the reused buffer): writing
    // neither reads nor redacts the file again (reuse.ts).
    if (keep) {
      const held = keep.reserve(bytes.length);
      if (bytes === whole) keep.keep(sha, sha, held ? [Buffer.from(whole)] : null);
      else if (held) keep.keep(sha256(whole), sha, [bytes]);
    }
    return { kind: 'text', bytes: bytes.length, sha256: sha, blank: !hasContent(bytes), ...found(f) };
  }
  const kind = first === 'text' ? 'binary' : first;
  // Also the views a latin1 scan misses (UTF-16 strings, prefixes glued to other data, SQLite pages).
  const viewed = scan ? scanBinaryViews(whole, scan) : { rules: [] };
  const raw = found(null, [...new Set(viewed.rules)]);
  const carried =
    raw.binarySecrets.length === 0
      ? carrierSecrets(whole, scan)
      : viewed.reason
        ? { withheldReason: viewed.reason }
        : null;
  return { kind, bytes: whole.length, sha256: sha256(whole), blank: whole.length === 0, ...raw, ...carried };
}

/**
 * Reads a whole file once: decides its kind (by extension for base64 types, by content
 * otherwise), and measures its exported bytes and sha256. Memory stays at one chunk. Files the
 * walk saw as small are read in one call into a reused buffer and measured synchronously.
 */
export async function measureFile(
  abs: string,
  rel: string,
  filter: TextFilterFactory,
  scan?: BinaryScanner,
  sizeHint?: number,
  /** Where what a text file's measurement read is kept for writing (kept.ts); nothing is kept without it. */
  keep?: KeepSink,
): Promise<Measured> {
  const first: ContentKind = isBase64Kind(rel) ? 'base64' : 'text';
  if (sizeHint !== undefined && sizeHint <= SMALL_FILE) {
    const whole = readSmall(abs, sizeHint);
    if (whole) return measureWhole(whole, rel, first, filter, scan, keep);
  }
  try {
    return await measureAs(abs, rel, first, filter, scan, sizeHint, first === 'text' ? keep : undefined);
  } catch (err) {
    if (err instanceof NotText) return measureAs(abs, rel, 'binary', filter, scan, sizeHint);
    throw err;
  }
}

/** Streams a file as `kind` (NotText when text is not), hashing, counting and watching it. */
async function measureAs(
  abs: string,
  rel: string,
  kind: ContentKind,
  filter: TextFilterFactory,
  scan?: BinaryScanner,
  sizeHint?: number,
  keep?: KeepSink,
): Promise<Measured> {
  const hash = createHash('sha256');
  let bytes = 0;
  let blank = true;
  let used: TextFilter | null = null;
  const watch = kind !== 'text' && scan ? new BinaryWatch(scan) : null;
  const done = (f: TextFilter): void => {
    used = f;
  };
  const kept = keep ? new KeptStream(keep) : null;
  const onRaw = kept ? (chunk: Buffer) => kept.raw.update(chunk) : undefined;
  try {
    for await (const chunk of exportedChunks(abs, rel, kind, filter, done, sizeHint, onRaw)) {
      hash.update(chunk);
      bytes += chunk.length;
      if (blank && (kind !== 'text' || hasContent(chunk))) blank = false;
      watch?.add(chunk);
      kept?.add(chunk);
    }
  } catch (err) {
    keep?.release();
    throw err;
  }
  const sha = hash.digest('hex');
  kept?.end(sha);
  return {
    kind,
    bytes,
    sha256: sha,
    blank,
    ...found(used, [...(watch?.rules ?? [])]),
    ...watch?.carried(),
  };
}

/** What a streamed text file's measurement keeps: the hash of its own bytes, and its output while the budget allows. */
class KeptStream {
  readonly raw = createHash('sha256');
  private out: Buffer[] | null = [];

  constructor(private readonly keep: KeepSink) {}

  add(chunk: Buffer): void {
    if (!this.out) return;
    if (this.keep.reserve(chunk.length)) this.out.push(chunk);
    else {
      this.out = null;
      this.keep.release();
    }
  }

  end(sha: string): void {
    const raw = this.raw.digest('hex');
    if (raw === sha) this.keep.keep(sha, sha, null);
    else if (this.out) this.keep.keep(raw, sha, this.out);
    else this.keep.release();
  }
}
