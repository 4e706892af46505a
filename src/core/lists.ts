/**
 * Lists of any length. `to.push(...items)` and `Math.min(...items)` pass each item as an argument, on the stack: past
 * about 120,000 of them a RangeError (a `.env` of 130,000 lines ended an export with "Maximum call stack size
 * exceeded": attack S3). Lint forbids the spread in a push (eslint.config.js).
 */

/** Appends every item to `to`, which it returns. */
export function pushAll<T>(to: T[], items: Iterable<T>): T[] {
  for (const item of items) to.push(item);
  return to;
}

/** The least of `values` (Infinity for none), as `Math.min` of them. */
export function least(values: Iterable<number>): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}

/** The greatest of `values` (-Infinity for none), as `Math.max` of them. */
export function most(values: Iterable<number>): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}
