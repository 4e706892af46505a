import { assignNames } from '../names.js';
import { assignPlacement } from '../placement.js';
import type { ExportLimits } from '../plan.js';
import type { PlannedTable } from '../plan-store/index.js';

/** Stage 5, place: each measured file as its own gist file (with its gist name) or in the archive. */
export interface Placed {
  /** Files uploaded as their own gist file. */
  uploaded: number;
  /** Gist files reserved for the archive's base64 parts (0 without an archive). */
  archiveParts: number;
  /** Upper bound of the archive's zip size. */
  archiveBound: number;
}

/** Places the planned files (in priority order) and names those uploaded; records both in the table. */
export function placeFiles(planned: PlannedTable, limits: ExportLimits): Placed {
  const { placement, parts, archiveBound } = assignPlacement(planned, limits);
  const up: number[] = [];
  placement.forEach((place, i) => (place === null ? up.push(i) : planned.archive(i, place)));
  const names = assignNames(
    up.map((i) => {
      const { turn, attempt } = planned.attemptOf(i);
      return { turn, attempt, attemptRel: planned.attemptRelOf(i) };
    }),
  );
  up.forEach((i, k) => planned.setName(i, names[k]!));
  return { uploaded: up.length, archiveParts: up.length < planned.length ? parts : 0, archiveBound };
}
