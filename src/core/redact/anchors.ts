/**
 * Finds a regex's matches from literals it holds. indexOf is the cheapest search there is when the literal's first
 * character is rare in text (and the literal is at most 6 characters long: longer ones take a slower algorithm); a
 * regex that starts with an alternation or a class reads every character, several times slower.
 */

/** A literal every match of a regex holds, the distances from it back to where a match may start, and a cheap check. */
export interface Anchor {
  literal: string;
  backs: readonly number[];
  at?: (text: string, index: number) => boolean;
}

/**
 * The matches of a sticky regex tried `back` characters before each anchor's literal, by position (those starting at
 * the same place once). With `first`, the first one found (not the leftmost).
 */
export function anchoredMatches(
  text: string,
  anchors: readonly Anchor[],
  sticky: RegExp,
  first = false,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const seen = new Set<number>();
  for (const { literal, backs, at } of anchors) {
    for (let i = text.indexOf(literal); i !== -1; i = text.indexOf(literal, i + 1)) {
      if (at && !at(text, i)) continue;
      for (const back of backs) {
        const p = i - back;
        if (p < 0 || seen.has(p)) continue;
        sticky.lastIndex = p;
        const m = sticky.exec(text);
        if (m === null) continue;
        seen.add(p);
        out.push(m);
        if (first) return out;
      }
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** True when the sticky regex matches somewhere `anchors` point at. */
export const anchoredTest = (text: string, anchors: readonly Anchor[], sticky: RegExp): boolean =>
  anchoredMatches(text, anchors, sticky, true).length > 0;
