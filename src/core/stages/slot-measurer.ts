import path from 'node:path';
import { CancelledError } from '../../errors.js';
import { yielder } from '../concurrency.js';
import type { ExportContent, Measured } from '../content.js';
import type { RedactionReport } from '../plan.js';
import { PlannedTable, type LeftOutTable, type WalkTable } from '../plan-store/index.js';
import type { Learning } from '../redact/learned.js';
import type { StageControl } from './events.js';

export const MEASURE_CONCURRENCY = 8;

/** Stage 4, measure: read each chosen file once (kind, exported bytes, sha256, redactions). */
export interface MeasureInput extends StageControl {
  root: string;
  walked: WalkTable;
  /** Files that cannot go out (vanished, blank, a binary holding a secret) are added here. */
  leftOut: LeftOutTable;
  /** Walked files to read, in priority order. */
  chosen: readonly number[];
  /** How each file is read and redacted (content/export-content.ts). */
  content: ExportContent;
}

export interface MeasuredFiles {
  /** The files that go out, in priority order (not yet placed). */
  planned: PlannedTable;
  withheld: RedactionReport['withheld'];
}

/**
 * Reads the chosen files into slots of a planned table as they finish (there can be 100,000);
 * what cannot go out is noted by slot. A slot may be measured again (a value learned since).
 */
export class SlotMeasurer {
  readonly planned: PlannedTable;
  readonly cannot = new Map<number, { leave: string; withheld?: string[]; shown?: string }>();
  private readonly maybeYield = yielder();
  private count = 0;
  private bytes = 0;

  constructor(
    readonly input: MeasureInput,
    readonly seenAtVersions: Int32Array | null,
    private readonly learning: Learning | null,
  ) {
    this.planned = new PlannedTable(input.walked, input.chosen.length);
  }

  get slots(): number {
    return this.input.chosen.length;
  }

  /** A chosen file's path on disk. */
  diskPath(slot: number): string {
    return path.join(this.input.root, this.input.walked.filePath(this.input.chosen[slot]!));
  }

  async measure(slot: number, again: boolean): Promise<void> {
    const pause = this.maybeYield();
    if (pause) await pause;
    const { input } = this;
    if (input.signal?.aborted) throw new CancelledError();
    const file = input.chosen[slot]!;
    const rel = input.walked.filePath(file);
    const size = input.walked.fileSize[file]!;
    if (this.seenAtVersions) this.seenAtVersions[slot] = this.learning!.version();
    // Measured again, a file planned before may not go out now (a value learned since is found in a view of it that
    // makes it withheld, or it vanished): its slot is filled again only if it still goes out.
    if (again) this.planned.unset(slot);
    let m: Measured;
    try {
      m = await input.content.measure(path.join(input.root, rel), rel, size);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      this.cannot.set(slot, {
        leave:
          code === 'ENOENT'
            ? 'vanished before it could be read'
            : `could not be read (${code ?? (err as Error).message})`,
      });
      return;
    } finally {
      if (!again) this.progress(size);
    }
    this.cannot.delete(slot);
    if (m.blank) this.cannot.set(slot, { leave: 'whitespace-only file (GitHub refuses blank files)' });
    else if (m.binarySecrets.length > 0) {
      this.cannot.set(slot, {
        leave:
          m.withheldReason ??
          `binary file holding a secret (${m.binarySecrets.join(', ')}) that cannot be redacted in place`,
        withheld: m.binarySecrets,
      });
    } else this.planned.set(slot, file, m);
  }

  private progress(size: number): void {
    this.count++;
    this.bytes += size;
    if (this.count % 100 === 0 || this.count === this.slots) {
      this.input.onEvent?.({ type: 'measured', files: this.count, total: this.slots, bytes: this.bytes });
    }
  }

  /** Leaves out, in priority order, what could not go out; compacts the planned table. */
  settle(): MeasuredFiles {
    const { walked, leftOut, chosen } = this.input;
    const withheld: MeasuredFiles['withheld'] = [];
    for (let slot = 0; slot < chosen.length; slot++) {
      const why = this.cannot.get(slot);
      if (!why) continue;
      const file = chosen[slot]!;
      if (why.withheld) withheld.push({ file: walked.filePath(file), rules: why.withheld });
      leftOut.addFile(file, why.leave, why.shown);
    }
    this.planned.compact();
    return { planned: this.planned, withheld };
  }
}
