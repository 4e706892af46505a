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

/**
 * What the walk does not see: every regular file and symlink under the directories it did not enter (excluded ones) and
 * outside the walked units. With the walk's own counts, the accounting then covers all that `find -type f` / `-type l`
 * count.
 */
export interface Census {
  /** Files and symlinks under the directories the walk left out without entering. */
  notEnteredFiles: number;
  notEnteredSymlinks: number;
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
 * Counts the regular files and symlinks the walk did not see (never following a link): those under `notEntered` (the
 * session-relative directories the walk left out unentered) and those outside the walked units, sorted by where they
 * are. Directories inside a unit were listed by the walk and are not listed again.
 */
export async function takeCensus(
  root: string,
  units: readonly WalkUnit[],
  selectedTurns: readonly number[],
  notEntered: readonly (string | Buffer)[],
  signal?: AbortSignal,
): Promise<Census> {
  const turns = new Set(selectedTurns);
  const c: Census = { notEnteredFiles: 0, notEnteredSymlinks: 0, outside: {}, outsideSymlinks: 0 };
  // Below a unit's top entries, or outside every unit past `turn_N/attempt_M/`, a directory's entries all share its
  // place: only directories on the way to a unit decide entry by entry. A place of true is inside a unit.
  const onTheWay = (rel: string): boolean => units.some((u) => u.relDir === rel || u.relDir.startsWith(`${rel}/`));
  const placeOf = (rel: string): true | string => (inUnits(units, rel) ? true : outsideFate(rel, turns));
  const maybeYield = yielder();
  const stack: Pending[] = [{ rel: '', place: null, unentered: false }];
  for (const rel of notEntered) {
    if (typeof rel === 'string') stack.push({ rel: rel.replace(/\/$/, ''), place: true, unentered: true });
    else await countBytesTree(c, Buffer.concat([Buffer.from(`${root}/`), rel]), maybeYield, signal);
  }
  while (stack.length > 0) {
    const { rel, place, unentered } = stack.pop()!;
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
      // Most entries are files under a directory the walk did not enter: counted without a path made for them.
      const kind = kindOf(d, root, rel);
      if (kind === 'dir') {
        const r = rel ? `${rel}/${d.name}` : d.name;
        const p = place ?? (onTheWay(r) ? null : placeOf(`${r}/-`));
        // The walk listed the directories inside a unit (and reported those it did not enter).
        if (p !== true || unentered) stack.push({ rel: r, place: p, unentered });
      } else if (kind === 'file' || kind === 'link') {
        const p = place ?? placeOf(rel ? `${rel}/${d.name}` : d.name);
        if (p !== true) count(c, kind, p);
        else if (unentered) countNotEntered(c, kind);
      }
    }
  }
  return c;
}

interface Pending {
  rel: string;
  place: true | string | null;
  /** Under a directory the walk did not enter. */
  unentered: boolean;
}

function kindOf(d: Dirent, root: string, rel: string): 'file' | 'link' | 'dir' | 'other' {
  if (d.isFile()) return 'file';
  if (d.isSymbolicLink()) return 'link';
  if (d.isDirectory()) return 'dir';
  const st = lstatSync(path.join(root, rel, d.name), { throwIfNoEntry: false });
  return st?.isFile() ? 'file' : st?.isSymbolicLink() ? 'link' : st?.isDirectory() ? 'dir' : 'other';
}

function countNotEntered(c: Census, kind: 'file' | 'link'): void {
  if (kind === 'link') c.notEnteredSymlinks++;
  else c.notEnteredFiles++;
}

/** Counts a file or symlink outside the walked units, by where it is. */
function count(c: Census, kind: 'file' | 'link', place: string): void {
  if (kind === 'link') c.outsideSymlinks++;
  else c.outside[place] = (c.outside[place] ?? 0) + 1;
}

/**
 * Counts the files and symlinks under a directory the walk could not name (a name that is not UTF-8: walk-list.ts),
 * listing by the path's bytes, never following a link.
 */
async function countBytesTree(
  c: Census,
  top: Buffer,
  maybeYield: () => Promise<void> | undefined,
  signal?: AbortSignal,
): Promise<void> {
  const slash = Buffer.from('/');
  const stack = [top];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      continue;
    }
    for (const d of entries) {
      const pause = maybeYield();
      if (pause) await pause;
      if (signal?.aborted) throw new CancelledError();
      const abs = Buffer.concat([dir, slash, d.name]);
      const st = d.isFile() || d.isSymbolicLink() || d.isDirectory() ? d : lstatSync(abs, { throwIfNoEntry: false });
      if (st?.isDirectory()) stack.push(abs);
      else if (st?.isSymbolicLink()) countNotEntered(c, 'link');
      else if (st?.isFile()) countNotEntered(c, 'file');
    }
  }
}
