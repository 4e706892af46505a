import type { ContentKind, Measured } from '../content.js';
import { gistBytesOf, type Entries, type PlannedFile } from '../plan.js';
import { Interned } from './interned.js';
import type { WalkTable } from './walk-table.js';

const CONTENT_KINDS: readonly ContentKind[] = ['text', 'base64', 'binary'];
const SHA_BYTES = 32;
const NO_REDACTIONS: Record<string, number> = Object.freeze({});

/**
 * The files that go out, in priority order, stored by column: a walked file's index, its
 * content kind, exported bytes and sha256 (32 bytes, not 64 hex characters), and its placement (own gist file or
 * archive).
 * Redactions, findings and gist names are kept only for the files that have them. Measurements
 * finish out of order, so the table is filled by slot (one per file chosen to be read) and then
 * compacted, in order, to the files that are planned.
 */
export class PlannedTable implements Entries<PlannedFile> {
  private readonly file: Int32Array;
  private readonly kind: Int8Array;
  private readonly bytes: Float64Array;
  private readonly sha: Buffer;
  /** The archive reason's id, or -1 for a file uploaded as its own gist file. */
  private readonly archiveReason: Int32Array;
  private readonly reasons = new Interned();
  private redactions = new Map<number, Record<string, number>>();
  private findings = new Map<number, readonly { line: number; rule: string }[]>();
  private readonly names = new Map<number, string>();
  private size: number;
  private compacted = false;

  constructor(
    private readonly walked: WalkTable,
    slots: number,
  ) {
    this.file = new Int32Array(slots).fill(-1);
    this.kind = new Int8Array(slots);
    this.bytes = new Float64Array(slots);
    this.sha = Buffer.alloc(SHA_BYTES * slots);
    this.archiveReason = new Int32Array(slots).fill(-1);
    this.size = slots;
  }

  get length(): number {
    return this.size;
  }

  /** Fills a slot with a walked file and what it measured (before compact()). */
  set(slot: number, file: number, m: Pick<Measured, 'kind' | 'bytes' | 'sha256' | 'redactions' | 'findings'>): void {
    this.file[slot] = file;
    this.kind[slot] = CONTENT_KINDS.indexOf(m.kind);
    this.bytes[slot] = m.bytes;
    this.sha.write(m.sha256, slot * SHA_BYTES, SHA_BYTES, 'hex');
    if (Object.keys(m.redactions).length > 0) this.redactions.set(slot, m.redactions);
    if (m.findings.length > 0) this.findings.set(slot, m.findings);
  }

  /** Empties a filled slot (before compact()): its file does not go out after all. */
  unset(slot: number): void {
    this.file[slot] = -1;
    this.redactions.delete(slot);
    this.findings.delete(slot);
  }

  /** Drops the slots never filled, keeping the order of the rest; entries are then numbered 0..length-1. */
  compact(): void {
    if (this.compacted) throw new Error('PlannedTable.compact() called twice');
    const redactions = new Map<number, Record<string, number>>();
    const findings = new Map<number, readonly { line: number; rule: string }[]>();
    let n = 0;
    for (let slot = 0; slot < this.size; slot++) {
      if (this.file[slot] === -1) continue;
      this.file[n] = this.file[slot]!;
      this.kind[n] = this.kind[slot]!;
      this.bytes[n] = this.bytes[slot]!;
      this.sha.copy(this.sha, n * SHA_BYTES, slot * SHA_BYTES, (slot + 1) * SHA_BYTES);
      const r = this.redactions.get(slot);
      if (r) redactions.set(n, r);
      const f = this.findings.get(slot);
      if (f) findings.set(n, f);
      n++;
    }
    this.redactions = redactions;
    this.findings = findings;
    this.size = n;
    this.compacted = true;
  }

  kindOf(i: number): ContentKind {
    return CONTENT_KINDS[this.kind[i]!]!;
  }

  bytesOf(i: number): number {
    return this.bytes[i]!;
  }

  pathOf(i: number): string {
    return this.walked.filePath(this.file[i]!);
  }

  attemptRelOf(i: number): string {
    return this.walked.fileAttemptRel(this.file[i]!);
  }

  attemptOf(i: number): { readonly turn: number; readonly attempt: number } {
    return this.walked.fileAttempt(this.file[i]!);
  }

  /** Sends entry `i` into the archive, for `reason` (entries are uploaded as their own gist file until then). */
  archive(i: number, reason: string): void {
    this.archiveReason[i] = this.reasons.id(reason);
  }

  setName(i: number, name: string): void {
    this.names.set(i, name);
  }

  redactionsOf(i: number): Record<string, number> | undefined {
    return this.redactions.get(i);
  }

  findingsOf(i: number): readonly { line: number; rule: string }[] | undefined {
    return this.findings.get(i);
  }

  get(i: number): PlannedFile {
    const file = this.file[i]!;
    const w = this.walked;
    const { turn, attempt } = w.fileAttempt(file);
    const kind = this.kindOf(i);
    const bytes = this.bytes[i]!;
    const reason = this.archiveReason[i]!;
    return {
      path: w.filePath(file),
      turn,
      attempt,
      kind,
      size: w.fileSize[file]!,
      mtimeMs: w.fileMtime[file]!,
      bytes,
      sha256: this.sha.toString('hex', i * SHA_BYTES, (i + 1) * SHA_BYTES),
      placement: reason === -1 ? 'upload' : 'archive',
      name: this.names.get(i),
      gistBytes: reason === -1 ? gistBytesOf({ kind, bytes }) : undefined,
      reason: reason === -1 ? undefined : this.reasons.values[reason],
      redactions: this.redactions.get(i) ?? NO_REDACTIONS,
    };
  }

  *[Symbol.iterator](): Iterator<PlannedFile> {
    for (let i = 0; i < this.size; i++) yield this.get(i);
  }
}
