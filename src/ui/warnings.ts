/** Warnings for a terminal: a tree of thousands of odd folders gives thousands, and a screen of them says no more. */
import { count } from './numbers.js';

/** The warnings printed in full; past them, one line counts the rest. */
const SHOWN = 20;

/** The first SHOWN of `lines`, then (when there are more) one line saying how many more there were. */
export function cappedWarnings(lines: readonly string[], shown = SHOWN): string[] {
  if (lines.length <= shown) return [...lines];
  const more = lines.length - shown;
  const what = `${count(more)} more warning${more === 1 ? '' : 's'}`;
  return [...lines.slice(0, shown), `${what} like these (${count(lines.length)} in all).`];
}
