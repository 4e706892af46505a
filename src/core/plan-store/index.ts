/**
 * The plan's storage, fenced: the only module imported from outside this folder.
 *
 * A session can hold hundreds of thousands of files, so what the export learns of them is kept
 * by column (numbers in plain and typed arrays, repeated strings interned, paths made when asked
 * for), never as an object per file. That is an optimisation and stays in here: the rest of the
 * code reads the plan through `Entries<T>` (plan.ts: a length and an iterator that makes each
 * entry as it is reached) and through the small interfaces the stages declare
 * (`PrioritizeInput`, `PlacementInput`). Only the export stages (core/stages/) write the tables.
 */
export { WalkTable } from './walk-table.js';
export { LeftOutTable } from './left-out-table.js';
export { PlannedTable } from './planned-table.js';
