import { lstatSync } from 'node:fs';
import path from 'node:path';
import { readConfigFile } from '../config-file.js';
import { TURN_LEVEL, type AttemptRef, type Layout, type WalkUnit } from '../layout.js';
import type { CarriedContext } from '../plan.js';

/** What is walked besides the selected attempts, and the context carried. */
interface ExtraUnits {
  units: WalkUnit[];
  carried: CarriedContext[];
}

const METADATA = 'execution_metadata.yaml';
const OUTPUTS = 'agent_outputs';

const isDir = (p: string): boolean => lstatSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** Whether an attempt's `execution_metadata.yaml` holds the run's `config:` (a restart's does not): null if none. */
async function metadataHasConfig(dir: string): Promise<boolean | null> {
  const read = await readConfigFile(path.join(dir, METADATA));
  // One that cannot be read as a configuration file (over 1 MiB, not a regular file) is left as it is.
  if (read.text === null) return read.missing ? null : true;
  return /^config:/m.test(read.text);
}

/** The files directly under each selected `turn_N/` (not its attempts, nor `final/`, MassGen's copy of one). */
function turnLevelUnits(layout: Layout, all: readonly AttemptRef[], turns: readonly number[]): WalkUnit[] {
  if (layout === 'flat') return [];
  const units: WalkUnit[] = [];
  for (const turn of turns) {
    const ofTurn = all.filter((a) => a.turn === turn);
    // A legacy turn directory that is itself an attempt is walked whole already.
    if (ofTurn.length === 0 || ofTurn.some((a) => a.implicit)) continue;
    const dir = path.dirname(ofTurn[0]!.dir);
    units.push({ turn, attempt: TURN_LEVEL, dir, relDir: `turn_${turn}`, implicit: true, skip: ['final'] });
  }
  return units;
}

/**
 * For a turn whose exported attempt lacks its context (a restart: no `agent_outputs/`, an `execution_metadata.yaml`
 * without `config:`), the context of the earliest attempt of the turn that has it, when that attempt is not exported.
 * A carried entry the exported attempt lacks travels under the exported attempt's gist name prefix (the Viewer shows a
 * turn's agent logs by that prefix); a carried `execution_metadata.yaml` beside the restart's own keeps its own
 * attempt's name (the Viewer reads the first `execution_metadata` in name order). The manifest gives the real path.
 */
async function contextUnits(all: readonly AttemptRef[], selected: readonly AttemptRef[]): Promise<ExtraUnits> {
  const units: WalkUnit[] = [];
  const carried: CarriedContext[] = [];
  const exported = new Set(selected.map((a) => a.relDir));
  for (const turn of new Set(selected.map((a) => a.turn))) {
    const ofTurn = all.filter((a) => a.turn === turn);
    const last = selected.filter((a) => a.turn === turn).pop()!;
    const sources = ofTurn.filter((a) => a !== last && !exported.has(a.relDir));
    const take = (entry: string, from: AttemptRef | undefined, nameAs: number): void => {
      if (!from) return;
      const unit = units.find((u) => u.relDir === from.relDir && u.attempt === nameAs);
      if (unit) (unit.only as string[]).push(entry);
      else units.push({ ...from, turn, attempt: nameAs, only: [entry] });
      const note = carried.find((c) => c.fromDir === from.relDir && c.forDir === last.relDir);
      if (note) note.entries.push(entry);
      else carried.push({ turn, forDir: last.relDir, fromDir: from.relDir, entries: [entry] });
    };
    if (!isDir(path.join(last.dir, OUTPUTS)))
      take(
        OUTPUTS,
        sources.find((a) => isDir(path.join(a.dir, OUTPUTS))),
        last.attempt,
      );
    const own = await metadataHasConfig(last.dir);
    if (own !== true) {
      let from: AttemptRef | undefined;
      for (const a of sources) if (!from && (await metadataHasConfig(a.dir)) === true) from = a;
      // Beside the restart's own metadata, the carried one keeps its own attempt's number in its name.
      take(METADATA, from, own === null ? last.attempt : (from?.attempt ?? 0));
    }
  }
  return { units, carried };
}

/** Stage 1b: the units walked besides the selected attempts (files directly under turns, carried context). */
export async function extraUnits(
  layout: Layout,
  all: readonly AttemptRef[],
  selected: readonly AttemptRef[],
  turns: readonly number[],
): Promise<ExtraUnits> {
  const context = await contextUnits(all, selected);
  return { units: [...turnLevelUnits(layout, all, turns), ...context.units], carried: context.carried };
}
