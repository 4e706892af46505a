import { forEachLimited } from '../concurrency.js';
import { leaveOutLearnedNames } from './learned-names.js';
import { measureLearning, type LearnInput } from './measure-learning.js';
import { MEASURE_CONCURRENCY, SlotMeasurer, type MeasuredFiles, type MeasureInput } from './slot-measurer.js';

export type { LearnInput } from './measure-learning.js';
export type { MeasuredFiles, MeasureInput } from './slot-measurer.js';

/** Measures every chosen file (learning first, when the redactor learns values). */
export async function measureFiles(input: MeasureInput, learn?: LearnInput): Promise<MeasuredFiles> {
  const learning = learn?.learning ?? null;
  input.content.begin();
  // The number of values learned when each slot's measurement began (learned values only grow).
  const measurer = new SlotMeasurer(input, learning ? new Int32Array(input.chosen.length) : null, learning);
  learning?.active(true);
  try {
    if (learn) await measureLearning(measurer, learn);
    else await forEachLimited(measurer.slots, MEASURE_CONCURRENCY, (slot) => measurer.measure(slot, false));
  } finally {
    learning?.active(false);
  }
  if (learn?.names) leaveOutLearnedNames(measurer, learn.names);
  return measurer.settle();
}
