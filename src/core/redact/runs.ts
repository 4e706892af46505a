/**
 * Runs of characters of one class (base64, token characters) found by skipping ahead like Boyer-Moore: a run of `min`
 * must cover the `min`th character from here, so a position whose `min`th character is outside the class is passed
 * over at once (about 0.2 s per 100 MB).
 */
import { LastAnswer } from './caches.js';
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

const lastRuns = new LastAnswer<readonly number[]>();

/**
 * The runs of at least TOKEN_RUN token characters of a text, as [start, end) pairs in order; the last text's are kept
 * (the provider maps and the base64 pass read the same view one after the other: subRuns).
 */
export function tokenRunsOf(text: string): readonly number[] {
  return lastRuns.get(text, () => {
    const runs: number[] = [];
    for (let r = nextRun(text, 0, TOKEN_RUN, TOKEN); r !== null; r = nextRun(text, r[1] + 1, TOKEN_RUN, TOKEN))
      runs.push(r[0], r[1]);
    return runs;
  });
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

/**
 * One atom of a regex of token characters: `\.`, a letter, digit, `_` or `-`, or a class of those (ranges within one
 * case or the digits, a `-` last).
 */
const TOKEN_ATOM = /\\\.|\[(?:[a-z]-[a-z]|[A-Z]-[A-Z]|[0-9]-[0-9]|[A-Za-z0-9_])+-?\]|[A-Za-z0-9_-]/y;
const COUNT = /\{(\d+)(?:,\d*)?\}|/y;

/**
 * The shortest match of a regex source made only of token characters (TOKEN_ATOM, each counted `{n}` or `{n,m}`), and
 * a `-` or `.` that every match holds (an atom outside a class, not optional), or null for any other source (a
 * lookaround, an anchor, a character outside the runs).
 */
export function tokenOnly(source: string): { min: number; holds: string | null } | null {
  let min = 0;
  let holds: string | null = null;
  for (let i = 0; i < source.length;) {
    TOKEN_ATOM.lastIndex = i;
    const atom = TOKEN_ATOM.exec(source);
    if (atom === null) return null;
    COUNT.lastIndex = i + atom[0].length;
    const count = COUNT.exec(source)!;
    const n = count[1] === undefined ? 1 : Number(count[1]);
    if (holds === null && n > 0 && (atom[0] === '-' || atom[0] === '\\.')) holds = atom[0].slice(-1);
    min += n;
    i = COUNT.lastIndex;
  }
  return { min, holds };
}

/**
 * Where a finder's matches start, for a finder whose every match is a run of at least TOKEN_RUN token characters
 * (tokenOnly), or null for another: searched inside the text's token runs that long only (a match is inside one), not
 * over all the text (a finder starting with `.` tried every dot of it), and only in runs that hold the `-` or `.` every
 * match holds (Mailgun's `[a-f0-9]{32}-…` tried 32 characters at every position of a run of hex: 0.8 s per 4 MiB of
 * `a`). The same starts as the regex's exec loop over the text.
 */
export function startsInRuns(source: string): ((text: string) => number[]) | null {
  const only = tokenOnly(source);
  if (only === null || only.min < TOKEN_RUN) return null;
  const { min, holds } = only;
  const regex = new RegExp(source, 'g');
  return (text) => {
    const out: number[] = [];
    const runs = tokenRunsOf(text);
    for (let k = 0; k < runs.length; k += 2) {
      if (runs[k + 1]! - runs[k]! < min) continue;
      const run = text.slice(runs[k], runs[k + 1]);
      if (holds !== null && !run.includes(holds)) continue;
      regex.lastIndex = 0;
      for (let m = regex.exec(run); m !== null; m = regex.exec(run)) out.push(runs[k]! + m.index);
    }
    return out;
  };
}
