/**
 * A pass that reads a text with some cuts taken out (joined.ts) by the other passes, and keeps each hit that crosses a
 * cut, as its pieces in place: a token continued by a glued backslash (continued-view.ts), a quoted one wrapped before
 * its closing quote (open-quote-view.ts).
 */
import { disjoint, joinCuts, mappedHits } from './joined.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** The pass: `cutsOf` gives the cuts of a text, `detect` the other passes' (but `self`'s) hits in one. */
export function cutViewPass(
  cutsOf: (text: string) => [number, number][],
  detect: (text: string, self: Pass) => Hit[],
  requires: (text: string) => boolean,
): Pass {
  let depth = 0;
  const pass: Pass = runPass((text) => {
    if (depth > 0) return [];
    const joined = joinCuts(text, cutsOf(text));
    if (joined === null) return [];
    depth++;
    try {
      return disjoint(mappedHits(joined, detect(joined.text, pass)));
    } finally {
      depth--;
    }
  });
  pass.requires = requires;
  return pass;
}
