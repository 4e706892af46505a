/**
 * Where grouped.ts's chain regex can match, found by one scan of the text's runs of group characters; the regex runs
 * (sticky) at those places alone, not at every character (the scan it did cost more than the rest of the layer).
 *
 * A match starts at a group character, and is either groups between a separator that is no group character (its first
 * group, 3 to 8 characters, ends where the run of group characters ends, and a separator's first character follows),
 * or groups between a dash, dot, slash or underscore (group characters: 11 or more from the start, one of those 4 to 8
 * after it). The leftmost match is the regex's own: places are tried in order.
 */
import { isTokenChar } from './escapes.js';

const isGroupChar = (c: number): boolean => isTokenChar(c) || c === 46 || c === 61;
/** A separator's first character: a blank, a tab, a no-break space, a bullet, a middle dot, a bar, `:`, `,`. */
const isSepStart = (c: number): boolean =>
  c === 32 || c === 9 || c === 0xa0 || c === 0x2022 || c === 0xb7 || c === 124 || c === 58 || c === 44;
/** A group character that cuts groups: `-`, `.`, `/`, `_`. */
const isCutChar = (c: number): boolean => c === 45 || c === 46 || c === 47 || c === 95;

/**
 * A cut character 4 to 8 characters after `p` (the first group's end), the same one 5 to 9 characters after it (the
 * second's), then a group character: where the regex's groups between dashes may match (it is tried there only; inside
 * a long run of base64 a `/` alone made it run at most places).
 */
function cutAfter(text: string, p: number): boolean {
  for (let k = p + 4; k <= p + 8; k++) {
    const c = text.charCodeAt(k);
    if (!isCutChar(c)) continue;
    for (let q = k + 5; q <= k + 9; q++)
      if (text.charCodeAt(q) === c && isGroupChar(text.charCodeAt(q + 1))) return true;
  }
  return false;
}

/**
 * The first match of `sticky` (the chain regex with the `y` flag) at `from` or after, as a global exec finds it. The
 * group characters ahead of each place are counted up to 12 only (a run is not read to its end at each call: a
 * megabyte's run would be read again after each chain).
 */
export function nextChainMatch(text: string, from: number, sticky: RegExp): RegExpExecArray | null {
  const n = text.length;
  let e = from;
  for (let p = from; p < n; p++) {
    if (e <= p) {
      if (!isGroupChar(text.charCodeAt(p))) continue;
      e = p + 1;
    }
    while (e < n && e - p < 12 && isGroupChar(text.charCodeAt(e))) e++;
    // Fewer than 12 group characters: the run ends at `e`.
    const len = e - p;
    const spaced = len >= 3 && len <= 8 && e < n && isSepStart(text.charCodeAt(e));
    if (!spaced && (len < 11 || !cutAfter(text, p))) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m !== null) return m;
  }
  return null;
}
