/**
 * What the collect keeps of each text file it measured, so that writing the export (the upload,
 * `--output`) does not redact the file a second time: the sha256 of the file's own bytes and, when
 * redaction changed them, the redacted bytes (within a memory budget), with the number of values
 * the redactor had learned when the measurement began. Writing reads the file again and uses what
 * was kept only if the file's bytes still hash to what was measured and no value was learned since
 * (reuse.ts); otherwise the file is redacted again, as before.
 */

/** Redacted output held for reuse, at most (beyond it, a redacted file is read and redacted again when written). */
export const KEEP_BUDGET = 64 << 20;
/** What one kept entry costs beside its output (its path, the entry, the hash): counted against the budget. */
const ENTRY_COST = 160;

/** One text file as its measurement saw it. */
export interface KeptText {
  /** Values the redactor had learned when the measurement began (Learning.version()). */
  version: number;
  /** sha256 (hex) of the file's bytes as read, and of its exported (redacted) bytes. */
  rawSha256: string;
  sha256: string;
  /** The redacted bytes; null when redaction left the file's bytes as they are. */
  out: readonly Buffer[] | null;
}

/**
 * Where one measurement hands what it read (measure.ts). An output being read is held only while
 * `reserve` grants it room in the budget (so that eight large files measured at once cannot each
 * fill it); `keep` ends the measurement (releasing what it did not keep), `release` abandons it.
 */
export interface KeepSink {
  reserve(bytes: number): boolean;
  /** `out` null: the exported bytes are the file's own (then `sha256` is theirs too). */
  keep(rawSha256: string, sha256: string, out: readonly Buffer[] | null): void;
  release(): void;
}

/**
 * The kept measurements of one export, by session-relative path. `version` is the redactor's
 * count of learned values now: an entry made at an older count is never reused (a value learned
 * after it may be in the file in a form only redaction finds).
 */
export class KeptOutputs {
  private readonly byPath = new Map<string, KeptText>();
  private held = 0;

  constructor(
    readonly version: () => number,
    readonly budget = KEEP_BUDGET,
  ) {}

  /** Forgets everything (a new collection measures every file again). */
  reset(): void {
    this.byPath.clear();
    this.held = 0;
  }

  /** Bytes held (outputs and entries), for the budget. */
  get heldBytes(): number {
    return this.held;
  }

  /** A sink for the measurement of `rel` that begins now, at learned-value count `version`. */
  sink(rel: string, version: number): KeepSink {
    this.forget(rel);
    let reserved = 0;
    const release = (): void => {
      this.held -= reserved;
      reserved = 0;
    };
    return {
      reserve: (bytes) => {
        const need = bytes + (reserved === 0 ? ENTRY_COST + rel.length : 0);
        if (this.held + need > this.budget) return false;
        this.held += need;
        reserved += need;
        return true;
      },
      keep: (rawSha256, sha256, out) => {
        release();
        const cost = ENTRY_COST + rel.length + (out ? out.reduce((n, b) => n + b.length, 0) : 0);
        if (this.held + cost > this.budget) return;
        this.forget(rel);
        this.byPath.set(rel, { version, rawSha256, sha256, out });
        this.held += cost;
      },
      release,
    };
  }

  /** The entry for `rel` if it may be reused now (made with every value learned so far), else undefined. */
  reusable(rel: string): KeptText | undefined {
    const k = this.byPath.get(rel);
    return k && k.version === this.version() ? k : undefined;
  }

  private forget(rel: string): void {
    const k = this.byPath.get(rel);
    if (!k) return;
    this.byPath.delete(rel);
    this.held -= ENTRY_COST + rel.length + (k.out ? k.out.reduce((n, b) => n + b.length, 0) : 0);
  }
}
