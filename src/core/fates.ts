import { UserError } from '../errors.js';
import { base64Length, type Measured } from './content.js';
import type { ExportLimits } from './plan.js';

/** Upper bound of a zip's size (zip64 records, worst-case deflate expansion) for the given members. */
export function zipUpperBound(members: readonly { path: string; bytes: number }[]): number {
  let total = 22 + 56 + 20; // end of central directory, zip64 end record and locator
  for (const m of members) {
    const name = Buffer.byteLength(m.path, 'utf8');
    const data = m.bytes + 5 * Math.ceil((m.bytes + 1) / 16383) + 64;
    total += 30 + name + 20 + data + 24 + 46 + name + 28;
  }
  return total;
}

/**
 * Zip bytes per archive part: a multiple of 3 (each part decodes on its own) whose base64
 * text fits `--max-file-size`.
 */
export const archivePartCapacity = (maxFileSize: number): number => Math.max(3, Math.floor((maxFileSize * 3) / 4 / 3) * 3);

/** Bytes a file takes in the gist: its text, or its base64 form. */
export const gistBytesOf = (m: Pick<Measured, 'kind' | 'bytes'>): number => (m.kind === 'base64' ? base64Length(m.bytes) : m.bytes);

/**
 * Decides, in priority order, which files travel as their own gist file (fate null) and which
 * in the overflow archive (fate: the reason). The archive's base64 parts take gist slots too,
 * so the count is iterated to a fixed point from an upper bound of the zip's size.
 */
export function assignFates(files: readonly ({ path: string } & Pick<Measured, 'kind' | 'bytes'>)[], limits: ExportLimits): { fates: (string | null)[]; parts: number; archiveBound: number } {
  const individualReason = (m: Pick<Measured, 'kind' | 'bytes'>): string | null =>
    m.kind === 'binary' ? 'binary file (not an image, PDF or Office document)'
      : gistBytesOf(m) > limits.maxFileSize ? 'larger than --max-file-size' : null;
  let parts = 0;
  for (;;) {
    let slots = limits.maxFiles - 1 - parts;
    const fates = files.map((f) => {
      const why = individualReason(f);
      if (why) return why;
      if (slots > 0) {
        slots--;
        return null;
      }
      return `over the ${limits.maxFiles}-file gist limit`;
    });
    const members = files.filter((_, i) => fates[i] !== null);
    const archiveBound = members.length ? zipUpperBound(members) : 0;
    const needed = members.length ? Math.ceil(archiveBound / archivePartCapacity(limits.maxFileSize)) : 0;
    if (needed <= parts) return { fates, parts: members.length ? parts : 0, archiveBound };
    parts = needed;
    if (1 + parts > limits.maxFiles) {
      throw new UserError(`The overflow archive would need ${parts} gist files, over the ${limits.maxFiles}-file limit. Raise --max-file-size or lower --max-total-size.`);
    }
  }
}
