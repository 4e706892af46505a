/**
 * Finds a regex's matches from literals it holds: where the shared literal scan found them (literal-scan.ts), or by
 * indexOf (the cheapest search there is when the literal's first character is rare in text); a regex that starts
 * with an alternation or a class reads every character, several times slower.
 */
import { literalScan } from './literal-scan.js';

/** A literal every match of a regex holds, the distances from it back to where a match may start, and a cheap check. */
interface Anchor {
  literal: string;
  backs: readonly number[];
  at?: (text: string, index: number) => boolean;
}

/**
 * A set of anchors, their literals registered with the shared literal scan (literal-scan.ts) when they can be: one
 * read of the text finds them all (case folded; each is then compared as written), not one search per literal (a `c`,
 * a `u` is not rare in text). Made once, where the anchors are defined (the scan's sets are registered before use).
 */
interface Anchors {
  list: readonly Anchor[];
  starts: ((text: string) => readonly number[]) | null;
}

export const anchors = (list: readonly Anchor[]): Anchors => ({
  list,
  starts: literalScan(list.map((a) => a.literal)),
});

/**
 * The matches of a sticky regex tried `back` characters before each anchor's literal, by position (those starting at
 * the same place once). With `first`, the first one found (not the leftmost).
 */
export function anchoredMatches(text: string, set: Anchors, sticky: RegExp, first = false): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const seen = new Set<number>();
  const tryAt = (anchor: Anchor, i: number): boolean => {
    if (anchor.at && !anchor.at(text, i)) return false;
    for (const back of anchor.backs) {
      const p = i - back;
      if (p < 0 || seen.has(p)) continue;
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m === null) continue;
      seen.add(p);
      out.push(m);
      if (first) return true;
    }
    return false;
  };
  if (set.starts) {
    for (const i of set.starts(text))
      for (const anchor of set.list) if (text.startsWith(anchor.literal, i) && tryAt(anchor, i)) return out;
  } else {
    for (const anchor of set.list)
      for (let i = text.indexOf(anchor.literal); i !== -1; i = text.indexOf(anchor.literal, i + 1))
        if (tryAt(anchor, i)) return out;
  }
  return out.sort((a, b) => a.index - b.index);
}

/** True when the sticky regex matches somewhere `anchors` point at. */
export const anchoredTest = (text: string, set: Anchors, sticky: RegExp): boolean =>
  anchoredMatches(text, set, sticky, true).length > 0;
