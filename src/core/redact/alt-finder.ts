/**
 * A finder regex `first|rest` whose first alternatives start with literals (the key-name stems and words) searched
 * as two: where their literals are is read from the shared literal scan (literal-scan.ts) and they are tried there
 * only (sticky), the rest is a regex of its own. V8 tried the stems' branches at every position whose character
 * starts one (`t`, `s`, `p`, `a`, `c`, `d`, `k`: a third of a text). The matches are the whole regex's: at each
 * position the first alternatives before the rest, the earliest position first; `lastIndex` as a global regex's
 * (where the search starts, set after each match to its end). `first` and `rest` may be the alternatives of a
 * regex reordered: that keeps its matches when no alternative moved to the rest can match where one moved before
 * it can (they start with other characters).
 */
import { leadingStrings } from './leading.js';
import { literalScan } from './literal-scan.js';

/** What a finder loop uses of a global regex. */
export interface Finder {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

/**
 * Where the rest's matches may start, from the shared literal scan: `start` maps a position where one of `literals`
 * starts to the position a match may start at (-1: none may there). Every match of the rest must start at a position
 * so given (a superset: the rest's regex is tried there, sticky); the positions need not come in order.
 */
export interface RestStarts {
  literals: readonly string[];
  start(text: string, at: number): number;
}

/**
 * The finder of `first|rest` (with `flags`, which hold `g`): split when first's literals can be scanned for. With
 * `restStarts`, the rest is tried only where it says (a search of the whole text by the rest's regex, starting on
 * `-` and `:`, took two thirds of the key-name pass).
 */
export function altFinder(
  first: readonly string[],
  rest: readonly string[],
  flags: string,
  restStarts?: RestStarts,
): Finder {
  const leading = first.map((f) => leadingStrings(f));
  // A literal's ASCII start is what every match starts with too (the scan folds ASCII only).
  const ascii = leading.includes(null) ? null : (leading as string[][]).flat().map((l) => /^[\x20-\x7e]*/.exec(l)![0]);
  const starts = ascii ? literalScan(ascii) : null;
  if (!starts) return new RegExp([...first, ...rest].join('|'), flags);
  const restScan = restStarts ? literalScan(restStarts.literals) : null;
  const sticky = flags.replace('g', 'y');
  return new SplitFinder(
    new RegExp(first.join('|'), sticky),
    new RegExp(rest.join('|'), restScan ? sticky : flags),
    starts,
    restScan && restStarts ? (text) => candidates(text, restScan(text), restStarts) : null,
  );
}

/** The positions restStarts gives for the literals found at `found`, sorted, without repeats. */
function candidates(text: string, found: readonly number[], restStarts: RestStarts): number[] {
  const out: number[] = [];
  let sorted = true;
  for (const at of found) {
    const p = restStarts.start(text, at);
    if (p < 0) continue;
    // Two literals may give one position (a colon after `e` and before a digit).
    if (out.length > 0 && p <= out[out.length - 1]!) {
      if (p === out[out.length - 1]) continue;
      sorted = false;
    }
    out.push(p);
  }
  return sorted ? out : [...new Set(out)].sort((a, b) => a - b);
}

class SplitFinder implements Finder {
  lastIndex = 0;
  private text: string | null = null;
  private starts: readonly number[] = [];
  /** The index in starts of the first at or after the last search's start. */
  private next = 0;
  /** The rest's first match at or after restFrom (-1: none searched for yet in this text). */
  private restFrom = -1;
  private restMatch: RegExpExecArray | null = null;
  /** Where the rest may match in this text (restAt's), and the index of the first at or after the last search. */
  private restStarts: readonly number[] = [];
  private restNext = 0;

  /** `rest` is sticky when `restAt` says where it may match, else global. */
  constructor(
    private readonly first: RegExp,
    private readonly rest: RegExp,
    private readonly startsIn: (text: string) => readonly number[],
    private readonly restAt: ((text: string) => readonly number[]) | null,
  ) {}

  exec(text: string): RegExpExecArray | null {
    const from = this.lastIndex;
    if (text !== this.text) {
      this.text = text;
      this.starts = this.startsIn(text);
      this.next = 0;
      this.restFrom = -1;
      this.restStarts = this.restAt ? this.restAt(text) : [];
      this.restNext = 0;
    }
    // An equal text in another string is kept in its place (caches.ts).
    this.text = text;
    const rest = this.restAfter(text, from);
    const limit = rest === null ? Infinity : rest.index;
    const { starts, first } = this;
    while (this.next > 0 && starts[this.next - 1]! >= from) this.next--;
    while (this.next < starts.length && starts[this.next]! < from) this.next++;
    // At a position where both match, the first alternative is the match.
    for (let k = this.next; k < starts.length && starts[k]! <= limit; k++) {
      first.lastIndex = starts[k]!;
      const m = first.exec(text);
      if (m !== null) return this.found(m);
    }
    return this.found(rest);
  }

  /** The rest's first match at or after `from`: the one found before while it still is. */
  private restAfter(text: string, from: number): RegExpExecArray | null {
    const kept =
      this.restFrom >= 0 && from >= this.restFrom && (this.restMatch === null || this.restMatch.index >= from);
    if (!kept) {
      this.restMatch = this.restAt ? this.restAtOrAfter(text, from) : this.restSearch(text, from);
      this.restFrom = from;
    }
    return this.restMatch;
  }

  private restSearch(text: string, from: number): RegExpExecArray | null {
    this.rest.lastIndex = from;
    return this.rest.exec(text);
  }

  /** The rest (sticky) tried at the positions it may match at, from `from`: the first that matches. */
  private restAtOrAfter(text: string, from: number): RegExpExecArray | null {
    const { restStarts: starts, rest } = this;
    while (this.restNext > 0 && starts[this.restNext - 1]! >= from) this.restNext--;
    while (this.restNext < starts.length && starts[this.restNext]! < from) this.restNext++;
    for (let k = this.restNext; k < starts.length; k++) {
      rest.lastIndex = starts[k]!;
      const m = rest.exec(text);
      if (m !== null) return m;
    }
    return null;
  }

  private found(m: RegExpExecArray | null): RegExpExecArray | null {
    this.lastIndex = m === null ? 0 : m.index + m[0].length;
    return m;
  }
}
