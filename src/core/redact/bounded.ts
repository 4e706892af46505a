/**
 * Searches for one character that stop at a bound (hostile inputs, attack 13): `text.lastIndexOf('{', at)` on a line
 * with no `{` reads back to the text's start, and done at each of a line's candidates it is quadratic. A caller that
 * rejects a match farther than `limit` away gets the same answer from these in at most `limit` steps.
 */

/** The last `code` at or before `at`, no farther back than `limit` characters; -1 when there is none that near. */
export function lastIndexWithin(text: string, code: number, at: number, limit: number): number {
  const min = Math.max(0, at - limit);
  for (let i = Math.min(at, text.length - 1); i >= min; i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** The first `code` at or after `at`, no farther on than `limit` characters; -1 when there is none that near. */
export function indexWithin(text: string, code: number, at: number, limit: number): number {
  const max = Math.min(text.length, at + limit + 1);
  for (let i = Math.max(0, at); i < max; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** The start of the line holding `at`, or `at - limit` when that is nearer (a cap on the search back, not a line). */
export function lineStartOrCap(text: string, at: number, limit: number): number {
  const nl = lastIndexWithin(text, 10, at, limit);
  return nl === -1 ? Math.max(0, at - limit) : nl + 1;
}

/**
 * For places that only move on (a pass's candidates, in order): the last `char` at or before each and the first at or
 * after it, as `lastIndexOf` and `indexOf` answer, reading the text once overall instead of once per candidate.
 */
export function nearest(text: string, char: string): { before(at: number): number; after(at: number): number } {
  const code = char.charCodeAt(0);
  let read = 0;
  let last = -1;
  let from = -1;
  let next = -1;
  return {
    before(at) {
      if (at < read - 1) return text.lastIndexOf(char, at);
      for (const end = Math.min(at + 1, text.length); read < end; read++)
        if (text.charCodeAt(read) === code) last = read;
      return last;
    },
    after(at) {
      if (from !== -1 && from <= at && (next === -1 || next >= at)) return next;
      from = Math.max(0, at);
      next = text.indexOf(char, from);
      return next;
    },
  };
}
