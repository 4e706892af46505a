import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { CancelledError } from '../errors.js';
import { yielder } from './concurrency.js';
import { ATTEMPT_RE, TURN_RE, type WalkUnit } from './layout.js';
import { inUnit } from './walk.js';

/** Where a file outside the walked units is, as the accounting names it. */
export const OUTSIDE_FATES = {
  turn: 'in a turn not selected (--turns)',
  attempt: 'in an attempt not selected (--attempts)',
  copy: "in turn_N/final/ (MassGen's copy of the exported attempt's final/)",
  other: 'outside the turns and attempts',
} as const;

/** Every regular file and symlink under the session, as `find -type f` / `-type l` count them. */
export interface Census {
  files: number;
  symlinks: number;
  /** Files and symlinks under the walked units (the walk gives each its fate; those it never saw were not entered). */
  unitFiles: number;
  unitSymlinks: number;
  /** Files outside the walked units, by where they are (OUTSIDE_FATES); symlinks there, in all. */
  outside: Record<string, number>;
  outsideSymlinks: number;
}

/** Whether a session-relative path lies in one of the units (with each unit's top-level only/skip rules). */
function inUnits(units: readonly WalkUnit[], rel: string): boolean {
  for (const u of units) {
    const prefix = u.relDir ? `${u.relDir}/` : '';
    if (!rel.startsWith(prefix)) continue;
    const rest = rel.slice(prefix.length);
    const slash = rest.indexOf('/');
    const top = slash === -1 ? rest : rest.slice(0, slash);
    if (inUnit(u, top)) return true;
  }
  return false;
}

function outsideFate(rel: string, turns: ReadonlySet<number>): string {
  const [first, second] = rel.split('/');
  const turn = TURN_RE.exec(first ?? '');
  if (!turn || second === undefined) return OUTSIDE_FATES.other;
  if (!turns.has(Number(turn[1]))) return OUTSIDE_FATES.turn;
  if (ATTEMPT_RE.test(second)) return OUTSIDE_FATES.attempt;
  return second === 'final' ? OUTSIDE_FATES.copy : OUTSIDE_FATES.other;
}

/**
 * Counts every regular file and symlink under the session (never following a link), and sorts those outside the
 * walked units by where they are: the accounting then covers everything `find SESSION -type f` sees.
 */
export async function takeCensus(
  root: string,
  units: readonly WalkUnit[],
  selectedTurns: readonly number[],
  signal?: AbortSignal,
): Promise<Census> {
  const turns = new Set(selectedTurns);
  const c: Census = { files: 0, symlinks: 0, unitFiles: 0, unitSymlinks: 0, outside: {}, outsideSymlinks: 0 };
  // Below a unit's top entries, or outside every unit past `turn_N/attempt_M/`, a directory's entries all share its
  // place: only directories on the way to a unit decide entry by entry.
  const onTheWay = (rel: string): boolean => units.some((u) => u.relDir === rel || u.relDir.startsWith(`${rel}/`));
  const placeOf = (rel: string): true | string => (inUnits(units, rel) ? true : outsideFate(rel, turns));
  const maybeYield = yielder();
  const stack: { rel: string; place: true | string | null }[] = [{ rel: '', place: null }];
  while (stack.length > 0) {
    const { rel, place } = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(rel ? path.join(root, rel) : root, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const d of entries) {
      const pause = maybeYield();
      if (pause) await pause;
      if (signal?.aborted) throw new CancelledError();
      const r = rel ? `${rel}/${d.name}` : d.name;
      let kind = d.isFile() ? 'file' : d.isSymbolicLink() ? 'link' : d.isDirectory() ? 'dir' : null;
      if (kind === null) {
        const st = lstatSync(path.join(root, r), { throwIfNoEntry: false });
        kind = st?.isFile() ? 'file' : st?.isSymbolicLink() ? 'link' : st?.isDirectory() ? 'dir' : 'other';
      }
      if (kind === 'dir') stack.push({ rel: r, place: place ?? (onTheWay(r) ? null : placeOf(`${r}/-`)) });
      if (kind === 'file' || kind === 'link') count(c, kind, place ?? placeOf(r));
    }
  }
  return c;
}

/** Counts a file or symlink at its place: in a unit (true) or outside, by where. */
function count(c: Census, kind: 'file' | 'link', place: true | string): void {
  if (kind === 'link') {
    c.symlinks++;
    if (place === true) c.unitSymlinks++;
    else c.outsideSymlinks++;
    return;
  }
  c.files++;
  if (place === true) c.unitFiles++;
  else c.outside[place] = (c.outside[place] ?? 0) + 1;
}
