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

/** The finder of `first|rest` (with `flags`, which hold `g`): split when first's literals can be scanned for. */
export function altFinder(first: readonly string[], rest: readonly string[], flags: string): Finder {
  const leading = first.map((f) => leadingStrings(f));
  // A literal's ASCII start is what every match starts with too (the scan folds ASCII only).
  const ascii = leading.includes(null) ? null : (leading as string[][]).flat().map((l) => /^[\x20-\x7e]*/.exec(l)![0]);
  const starts = ascii ? literalScan(ascii) : null;
  if (!starts) return new RegExp([...first, ...rest].join('|'), flags);
  return new SplitFinder(
    new RegExp(first.join('|'), flags.replace('g', 'y')),
    new RegExp(rest.join('|'), flags),
    starts,
  );
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

  constructor(
    private readonly first: RegExp,
    private readonly rest: RegExp,
    private readonly startsIn: (text: string) => readonly number[],
  ) {}

  exec(text: string): RegExpExecArray | null {
    const from = this.lastIndex;
    if (text !== this.text) {
      this.text = text;
      this.starts = this.startsIn(text);
      this.next = 0;
      this.restFrom = -1;
    }
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
      this.rest.lastIndex = from;
      this.restMatch = this.rest.exec(text);
      this.restFrom = from;
    }
    return this.restMatch;
  }

  private found(m: RegExpExecArray | null): RegExpExecArray | null {
    this.lastIndex = m === null ? 0 : m.index + m[0].length;
    return m;
  }
}
