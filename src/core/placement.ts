import { UserError } from '../errors.js';
import type { Measured } from './content.js';
import { gistBytesOf, type ExportLimits } from './plan.js';

/** Bytes of a zip's end records at most: end of central directory, zip64 end record and locator. */
const ZIP_END_BOUND = 22 + 56 + 20;

/** Upper bound of the bytes one member adds to a zip (headers, zip64 extras, worst-case deflate expansion). */
function zipMemberBound(nameBytes: number, bytes: number): number {
  const data = bytes + 5 * Math.ceil((bytes + 1) / 16383) + 64;
  return 30 + nameBytes + 20 + data + 24 + 46 + nameBytes + 28;
}

/** Upper bound of a zip's size (zip64 records, worst-case deflate expansion) for the given members. */
export function zipUpperBound(members: readonly { path: string; bytes: number }[]): number {
  return members.reduce(
    (total, m) => total + zipMemberBound(Buffer.byteLength(m.path, 'utf8'), m.bytes),
    ZIP_END_BOUND,
  );
}

/**
 * Zip bytes per archive part: a multiple of 3 (each part decodes on its own) whose base64
 * text fits `--max-file-size`.
 */
export const archivePartCapacity = (maxFileSize: number): number =>
  Math.max(3, Math.floor((maxFileSize * 3) / 4 / 3) * 3);

/** What assignPlacement reads of the files, in priority order (a PlannedTable). */
export interface PlacementInput {
  readonly length: number;
  kindOf(i: number): Measured['kind'];
  bytesOf(i: number): number;
  pathOf(i: number): string;
}

/**
 * Decides, in priority order, which files travel as their own gist file (placement null) and which
 * in the overflow archive (placement: the reason). The archive's base64 parts take gist slots too,
 * so the count is iterated to a fixed point from an upper bound of the zip's size.
 */
export function assignPlacement(
  files: PlacementInput,
  limits: ExportLimits,
): { placement: (string | null)[]; parts: number; archiveBound: number } {
  const n = files.length;
  // What does not depend on the slots, worked out once: binaries and oversize files always go to
  // the archive; each file's share of the zip's upper bound, should it go there.
  const individual = new Array<string | null>(n);
  const memberBound = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const m = { kind: files.kindOf(i), bytes: files.bytesOf(i) };
    individual[i] =
      m.kind === 'binary'
        ? 'binary file (not an image, PDF or Office document)'
        : gistBytesOf(m) > limits.maxFileSize
          ? 'larger than --max-file-size'
          : null;
    memberBound[i] = zipMemberBound(Buffer.byteLength(files.pathOf(i), 'utf8'), m.bytes);
  }
  const overLimit = `over the ${limits.maxFiles}-file gist limit`;
  let parts = 0;
  for (;;) {
    let slots = limits.maxFiles - 1 - parts;
    let members = 0;
    let archiveBound = ZIP_END_BOUND;
    const placement = individual.map((why, i) => {
      let place = why;
      if (!place) {
        if (slots > 0) {
          slots--;
          return null;
        }
        place = overLimit;
      }
      members++;
      archiveBound += memberBound[i]!;
      return place;
    });
    if (members === 0) archiveBound = 0;
    const needed = members ? Math.ceil(archiveBound / archivePartCapacity(limits.maxFileSize)) : 0;
    if (needed <= parts) return { placement, parts: members ? parts : 0, archiveBound };
    parts = needed;
    if (1 + parts > limits.maxFiles) {
      throw new UserError(
        `The overflow archive would need ${parts} gist files, over the ${limits.maxFiles}-file limit. Raise --max-file-size or lower --max-total-size.`,
      );
    }
  }
}
