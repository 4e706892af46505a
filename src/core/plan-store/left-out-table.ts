import type { Entries, LeftOut } from '../plan.js';
import { Interned } from './interned.js';
import type { WalkTable } from './walk-table.js';

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
  /** The path shown for an entry whose real path holds a secret (by entry index; few). */
  private readonly shown = new Map<number, string>();
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

  /** A walked file, left out for `reason`; shown as `shown` (a path) when its own path must not go out. */
  addFile(file: number, reason: string, shown?: string): void {
    const w = this.walked;
    if (shown !== undefined) this.shown.set(this.dir.length, shown);
    this.add(w.fileDir[file]!, w.fileName[file]!, 'file', w.fileSize[file]!, reason);
  }

  /** Drops the entries added after the first `length` (a limit stage run again starts from the walk's entries). */
  truncate(length: number): void {
    while (this.dir.length > length) {
      this.shown.delete(this.dir.length - 1);
      this.dir.pop();
      this.name.pop();
      this.bytes.pop();
      this.reason.pop();
      this.kindCounts[this.kind.pop()!]!--;
    }
  }

  /** How many entries are of this kind. */
  count(kind: LeftOut['kind']): number {
    return this.kindCounts[ENTRY_KINDS.indexOf(kind)]!;
  }

  get(i: number): LeftOut {
    const kind = ENTRY_KINDS[this.kind[i]!]!;
    const bytes = this.bytes[i]!;
    return {
      path: this.shown.get(i) ?? this.walked.path(this.dir[i]!, this.name[i]!),
      isDir: kind === 'dir',
      kind,
      bytes: bytes < 0 ? null : bytes,
      reason: this.reasons.values[this.reason[i]!]!,
    };
  }

  *[Symbol.iterator](): Iterator<LeftOut> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }
}
