/**
 * A second reading of file and directory names: a name's stem (without a short extension) with `_`, `-` and `.` read
 * as spaces, as text would separate words. `cohere_<40 characters>.json` then reads as `cohere <key>`, a provider's
 * name before a key, which the rules for text find; the name itself reads as one word.
 */
import type { NameSecret } from '../name-judge.js';

const EXT = /\.[A-Za-z0-9]{1,10}$/;

const stemOf = (name: string): string => {
  const m = EXT.exec(name);
  return m && m.index > 0 ? name.slice(0, m.index) : name;
};

/** What `scan` finds in the spaced stems of the names found clean, merged into `found` (`shown`: redacted). */
export function withSpacedStems(
  names: readonly string[],
  found: readonly (NameSecret | null)[],
  scan: (text: string, count: number) => readonly (NameSecret | null)[],
): (NameSecret | null)[] {
  const idx: number[] = [];
  const stems: string[] = [];
  names.forEach((name, i) => {
    if (found[i] || !/[-_.]/.test(name)) return;
    idx.push(i);
    stems.push(stemOf(name.replace(/[\r\n]/g, ' ')).replace(/[-_.]/g, ' '));
  });
  const out = [...found];
  if (idx.length === 0) return out;
  const again = scan(stems.join('\n'), stems.length);
  again.forEach((hit, k) => {
    if (!hit) return;
    const i = idx[k]!;
    const shown = shownName(names[i]!, stems[k]!, hit.shown);
    if (shown !== null) out[i] = { rules: hit.rules, shown };
  });
  return out;
}

/** Hex digits and ids (a UUID's hyphens read as spaces): a cache file named after a hash or an id is no key. */
const ID_LIKE = /^[0-9a-f ]+$/i;

/**
 * The name with the part of its spaced stem that `redacted` replaced, replaced likewise (its other characters kept);
 * null when that part is hex digits (a hash or an id).
 */
function shownName(name: string, stem: string, redacted: string): string | null {
  let head = 0;
  while (head < stem.length && stem[head] === redacted[head]) head++;
  let tail = 0;
  while (tail < stem.length - head && stem[stem.length - 1 - tail] === redacted[redacted.length - 1 - tail]) tail++;
  if (ID_LIKE.test(stem.slice(head, stem.length - tail))) return null;
  return name.slice(0, head) + redacted.slice(head, redacted.length - tail) + name.slice(stem.length - tail);
}
