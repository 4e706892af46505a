/**
 * Runs of characters of one class (base64, token characters) found by skipping ahead like Boyer-Moore: a run of `min`
 * must cover the `min`th character from here, so a position whose `min`th character is outside the class is passed
 * over at once (about 0.2 s per 100 MB).
 */
import { charSet } from './line-heads.js';

/**
 * The [start, end) of the first run of at least `min` characters of the class, from `from`; or null. The class is a
 * table by character code (line-heads.ts's charSet): a predicate passed in made the call megamorphic (two callers),
 * which V8 does not inline (half the cost of the provider-map and base64 searches).
 */
export function nextRun(
  text: string,
  from: number,
  min: number,
  inClass: Uint8Array,
  n = text.length,
): [number, number] | null {
  let i = from;
  while (i + min <= n) {
    if (inClass[text.charCodeAt(i + min - 1)] === 0) {
      i += min;
      continue;
    }
    let j = i + min - 2;
    while (j >= i && inClass[text.charCodeAt(j)] === 1) j--;
    if (j >= i) {
      i = j + 1;
      continue;
    }
    let e = i + min;
    while (e < n && inClass[text.charCodeAt(e)] === 1) e++;
    return [i, e];
  }
  return null;
}

/** Token characters: base64's, base64url's, `=`, `.` and `~`. */
export const TOKEN = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+/=.~-');
/** The shortest token run kept (tokenRunsOf). */
export const TOKEN_RUN = 16;

let lastText: string | null = null;
let lastRuns: readonly number[] = [];

/**
 * The runs of at least TOKEN_RUN token characters of a text, as [start, end) pairs in order; the last text's are kept
 * (the provider maps and the base64 pass read the same view one after the other: subRuns).
 */
export function tokenRunsOf(text: string): readonly number[] {
  if (text === lastText) return lastRuns;
  const runs: number[] = [];
  for (let r = nextRun(text, 0, TOKEN_RUN, TOKEN); r !== null; r = nextRun(text, r[1] + 1, TOKEN_RUN, TOKEN))
    runs.push(r[0], r[1]);
  lastText = text;
  lastRuns = runs;
  return runs;
}

/**
 * nextRun for a class of token characters and `min` of TOKEN_RUN or more, searched inside the text's token runs only
 * (every such run is inside one: a second read of the whole text per pass was 5% of the redactor). The returned
 * function takes `from` in increasing order.
 */
export function subRuns(text: string, min: number, inClass: Uint8Array): (from: number) => [number, number] | null {
  const runs = tokenRunsOf(text);
  let k = 0;
  return (from) => {
    for (; k < runs.length; k += 2) {
      if (runs[k + 1]! <= from) continue;
      const r = nextRun(text, Math.max(from, runs[k]!), min, inClass, runs[k + 1]);
      if (r !== null) return r;
    }
    return null;
  };
}
