/**
 * A value found by its context written again on the same line, where nothing labels it a second time: Doppler's
 * `secrets --raw` prints each secret under VALUE (COMPUTED) and VALUE (RAW), a table or a log line echoes the value a
 * field set (`token=… (was …)`). The repeat is the same secret: it is replaced too. Only values that read as tokens
 * (12 or more characters, no blank, a letter and a digit) and only whole repeats (no token character either side);
 * each hit's own line is searched (at most LINE characters either side), so the cost stays linear in the hits.
 */
import { isTokenChar } from './escapes.js';
import { mergeHits, type Hit } from './pass.js';

const LINE = 4096;
const TOKENISH = /^(?=[^\s]*[A-Za-z])(?=[^\s]*\d)[^\s]{12,}$/;

/** The other whole copies of each hit's value on its line, as hits of the same rule (`hits`: sorted, disjoint). */
export function repeatedOnLine(text: string, hits: Hit[]): Hit[] {
  const extra: Hit[] = [];
  hits.forEach((h, i) => {
    const value = text.slice(h.start, h.end);
    if (!TOKENISH.test(value)) return;
    // The window: the hit's line, at most LINE characters either side and not past the hits beside it (so that the
    // windows do not overlap: a line of one value repeated is searched once, not once per hit).
    const lo = Math.max(h.start - LINE, i > 0 ? hits[i - 1]!.end : 0);
    const hi = Math.min(h.end + LINE, i + 1 < hits.length ? hits[i + 1]!.start : text.length);
    const before = text.slice(lo, h.start);
    const after = text.slice(h.end, hi);
    const nl = after.indexOf('\n');
    const from = lo + before.lastIndexOf('\n') + 1;
    const line = text.slice(from, nl === -1 ? hi : h.end + nl);
    for (let k = line.indexOf(value); k !== -1; k = line.indexOf(value, k + value.length)) {
      const at = from + k;
      const end = at + value.length;
      if (at === h.start || isTokenChar(text.charCodeAt(at - 1)) || isTokenChar(text.charCodeAt(end))) continue;
      extra.push({ ...h, start: at, end });
    }
  });
  return extra.length === 0 ? hits : mergeHits(hits, extra);
}
