/**
 * What the collect keeps of each text file it measured, so that writing the export (the upload,
 * `--output`, the overflow archive's members) neither reads nor redacts the file a second time:
 * its exported bytes as measured (redacted, or a copy of its own bytes when redaction changed
 * nothing), within a memory budget, with the number of values the redactor had learned when the
 * measurement began. Writing sends what was kept as it is, only if no value was learned since
 * (reuse.ts): each file is read and redacted once. Past the budget only the sha256 of a file's own
 * bytes is kept: writing reads it again, and uses those bytes when they still hash to what was
 * measured; otherwise (or a value learned since) the file is redacted again, as before.
 */

/** Output held for reuse, at most (beyond it, a file is read again when written, and a redacted one redacted again). */
const KEEP_BUDGET = 64 << 20;
/**
 * What an entry costs beside its path's characters and its output, counted against the budget: a
 * file whose bytes are its export is a Map entry, a number and the path string (about 120 bytes
 * in all, measured: +12 MB for 100,000 files); a redacted one also an object and two hashes.
 */
const SAME_COST = 90;
const REDACTED_COST = 280;

/** A text file whose output is held, as its measurement saw it. */
interface Redacted {
  /** Values the redactor had learned when the measurement began (Learning.version()). */
  version: number;
  /** sha256 (hex) of the file's bytes as read, and of its exported (redacted) bytes. */
  rawSha256: string;
  sha256: string;
  out: readonly Buffer[];
}

/**
 * What writing may reuse of a file: its output as measured (sent as it is), or (null) only the sha256 its own bytes
 * must still have (they are then its output).
 */
interface Reusable {
  rawSha256: string;
  out: readonly Buffer[] | null;
}

/**
 * Where one measurement hands what it read (measure.ts). An output being read is held only while
 * `reserve` grants it room in the budget (so that eight large files measured at once cannot each
 * fill it); `keep` ends the measurement (releasing what it did not keep), `release` abandons it.
 */
export interface KeepSink {
  reserve(bytes: number): boolean;
  /** `out` null: the exported bytes are the file's own (then `rawSha256` is `sha256`). */
  keep(rawSha256: string, sha256: string, out: readonly Buffer[] | null): void;
  release(): void;
}

const costOf = (rel: string, k: number | Redacted): number =>
  typeof k === 'number' ? SAME_COST + rel.length : REDACTED_COST + rel.length + k.out.reduce((n, b) => n + b.length, 0);

/**
 * The kept measurements of one export, by session-relative path: for a file whose bytes are its
 * export, only the count of learned values its measurement began with (there can be 100,000 such
 * files); for a redacted one, its hashes and output too. `version` is the redactor's count of
 * learned values now: an entry made at an older count is never reused (a value learned after it
 * may be in the file in a form only redaction finds).
 */
export class KeptOutputs {
  private readonly byPath = new Map<string, number | Redacted>();
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
        const need = bytes + (reserved === 0 ? REDACTED_COST + rel.length : 0);
        if (this.held + need > this.budget) return false;
        this.held += need;
        reserved += need;
        return true;
      },
      keep: (rawSha256, sha256, out) => {
        release();
        const k = out ? { version, rawSha256, sha256, out } : version;
        const cost = costOf(rel, k);
        if (this.held + cost > this.budget) return;
        this.forget(rel);
        this.byPath.set(rel, k);
        this.held += cost;
      },
      release,
    };
  }

  /**
   * What writing `rel`, measured with exported bytes hashing to `sha256`, may reuse: only what was
   * kept with every value learned so far (else undefined: it is redacted again).
   */
  reusable(rel: string, sha256: string): Reusable | undefined {
    const k = this.byPath.get(rel);
    if (k === undefined) return undefined;
    if (typeof k === 'number') return k === this.version() ? { rawSha256: sha256, out: null } : undefined;
    return k.version === this.version() && k.sha256 === sha256 ? k : undefined;
  }

  private forget(rel: string): void {
    const k = this.byPath.get(rel);
    if (k === undefined) return;
    this.byPath.delete(rel);
    this.held -= costOf(rel, k);
  }
}
