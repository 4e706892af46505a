import type { ContentKind, Measured } from './content.js';
import { gistBytesOf } from './fates.js';
import type { LeftOut, PlannedFile } from './plan.js';

/**
 * A list read by iterating it: an array, or one of the tables below, which make each entry as
 * it is reached.
 */
export interface Entries<T> extends Iterable<T> {
  readonly length: number;
}

/**
 * The first `n` items of `items` stably sorted by `compare`, in one pass that keeps `n` (a list
 * of tens of thousands is never copied to be sorted whole).
 */
export function firstSorted<T>(items: Iterable<T>, n: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  for (const item of items) {
    if (top.length === n && compare(item, top[n - 1]!) >= 0) continue;
    // After every kept item it does not sort before: equal items keep their order.
    let at = top.length;
    while (at > 0 && compare(item, top[at - 1]!) < 0) at--;
    top.splice(at, 0, item);
    if (top.length > n) top.pop();
  }
  return top;
}

/** Strings that repeat (reasons), each kept once and referred to by number. */
class Interned {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(s);
      this.ids.set(s, id);
    }
    return id;
  }
}

/**
 * What the walk found, stored by column. A session can hold hundreds of thousands of files: an
 * object and a path string for each cost about 400 bytes, and with the garbage they made about
 * 1 KB of peak memory per file. Here a directory's path is kept once, and a file is its
 * directory's id, its name (the string readdir gave), its size and its modification time, in
 * plain arrays of numbers (which V8 stores unboxed). Paths are made when asked for.
 */
export class WalkTable {
  private readonly dirRel: string[] = [];
  private readonly dirCut: number[] = [];
  /** The index (in `attempts`) of each directory's attempt. */
  readonly dirAttempt: number[] = [];
  readonly fileDir: number[] = [];
  readonly fileName: string[] = [];
  readonly fileSize: number[] = [];
  readonly fileMtime: number[] = [];

  /** `attempts`: the turn and attempt numbers of the walked attempts. */
  constructor(readonly attempts: readonly { readonly turn: number; readonly attempt: number }[]) {}

  get fileCount(): number {
    return this.fileDir.length;
  }

  /**
   * Adds a directory: `rel` is its session-relative path ending in `/` ('' for a flat session's
   * root), `attempt` its attempt's index, `cut` the length of the attempt directory's own prefix
   * in `rel`. Returns its id.
   */
  addDir(rel: string, attempt: number, cut: number): number {
    this.dirRel.push(rel);
    this.dirCut.push(cut);
    this.dirAttempt.push(attempt);
    return this.dirRel.length - 1;
  }

  /** Adds a regular file; returns its index. */
  addFile(dir: number, name: string, size: number, mtimeMs: number): number {
    this.fileDir.push(dir);
    this.fileName.push(name);
    this.fileSize.push(size);
    this.fileMtime.push(mtimeMs);
    return this.fileDir.length - 1;
  }

  /** The session-relative path of an entry named `name` in directory `dir`. */
  path(dir: number, name: string): string {
    return this.dirRel[dir]! + name;
  }

  /** A directory's path relative to its attempt directory ('' or ending in `/`). */
  attemptDir(dir: number): string {
    return this.dirRel[dir]!.slice(this.dirCut[dir]!);
  }

  filePath(file: number): string {
    return this.path(this.fileDir[file]!, this.fileName[file]!);
  }

  /** A file's path relative to its attempt directory (what its gist name is built from). */
  fileAttemptRel(file: number): string {
    return this.attemptDir(this.fileDir[file]!) + this.fileName[file]!;
  }

  /** The turn and attempt numbers of a file's attempt. */
  fileAttempt(file: number): { readonly turn: number; readonly attempt: number } {
    return this.attempts[this.dirAttempt[this.fileDir[file]!]!]!;
  }
}

const ENTRY_KINDS: readonly LeftOut['kind'][] = ['file', 'dir', 'link', 'special', 'unknown'];

/** What was left out, and why, stored by column like WalkTable: an entry is a directory id and the name shown. */
export class LeftOutTable implements Entries<LeftOut> {
  private readonly dir: number[] = [];
  private readonly name: string[] = [];
  /** -1 where the size is not known. */
  private readonly bytes: number[] = [];
  private readonly kind: number[] = [];
  private readonly reason: number[] = [];
  private readonly reasons = new Interned();
  /** Entries of each kind (index as in ENTRY_KINDS). */
  private readonly kindCounts = ENTRY_KINDS.map(() => 0);

  constructor(private readonly walked: WalkTable) {}

  get length(): number {
    return this.dir.length;
  }

  /** An entry named `name` in directory `dir` (as shown: a directory's ends in `/`; '' is `dir` itself). */
  add(dir: number, name: string, kind: LeftOut['kind'], bytes: number | null, reason: string): void {
    const k = ENTRY_KINDS.indexOf(kind);
    this.dir.push(dir);
    this.name.push(name);
    this.bytes.push(bytes ?? -1);
    this.kind.push(k);
    this.reason.push(this.reasons.id(reason));
    this.kindCounts[k]!++;
  }

  /** A walked file, left out for `reason`. */
  addFile(file: number, reason: string): void {
    const w = this.walked;
    this.add(w.fileDir[file]!, w.fileName[file]!, 'file', w.fileSize[file]!, reason);
  }

  /** How many entries are of this kind. */
  count(kind: LeftOut['kind']): number {
    return this.kindCounts[ENTRY_KINDS.indexOf(kind)]!;
  }

  get(i: number): LeftOut {
    const kind = ENTRY_KINDS[this.kind[i]!]!;
    const bytes = this.bytes[i]!;
    return { path: this.walked.path(this.dir[i]!, this.name[i]!), isDir: kind === 'dir', kind, bytes: bytes < 0 ? null : bytes, reason: this.reasons.values[this.reason[i]!]! };
  }

  *[Symbol.iterator](): Iterator<LeftOut> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }
}

const CONTENT_KINDS: readonly ContentKind[] = ['text', 'base64', 'binary'];
const SHA_BYTES = 32;
const NO_REDACTIONS: Record<string, number> = Object.freeze({}) as Record<string, number>;

/**
 * The files that go out, in priority order, stored by column: a walked file's index, its
 * content kind, exported bytes and sha256 (32 bytes, not 64 hex characters), and its fate.
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

  constructor(private readonly walked: WalkTable, slots: number) {
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
      path: w.filePath(file), turn, attempt, kind, size: w.fileSize[file]!, mtimeMs: w.fileMtime[file]!, bytes,
      sha256: this.sha.toString('hex', i * SHA_BYTES, (i + 1) * SHA_BYTES),
      fate: reason === -1 ? 'upload' : 'archive',
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
