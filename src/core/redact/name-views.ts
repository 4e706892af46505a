/**
 * A second reading of file and directory names: a name's stem (without a short extension) with `_`, `-` and `.` read
 * as spaces, as text would separate words. `cohere_<40 characters>.json` then reads as `cohere <key>`, a provider's
 * name before a key, which the rules for text find; the name itself reads as one word.
 */
import type { NameSecret } from '../name-judge.js';
import { wordsAndNumbers } from './learn-gate.js';
import { withNameTokens } from './name-tokens.js';

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
 * A part of a name no key is: hex (a hash, an id) or words and numbers (`token_refresh3.pyc`, `password_loader79.pyo`,
 * `secret_sauce3.cpython-312.pyc`: a module's name after a secret word, read as `token refresh3`).
 */
const notKey = (part: string): boolean => ID_LIKE.test(part) || wordsAndNumbers(part);

/**
 * The name with the part of its spaced stem that `redacted` replaced, replaced likewise (its other characters kept);
 * null when that part is no key (notKey).
 */
function shownName(name: string, stem: string, redacted: string): string | null {
  let head = 0;
  while (head < stem.length && stem[head] === redacted[head]) head++;
  let tail = 0;
  while (tail < stem.length - head && stem[stem.length - 1 - tail] === redacted[redacted.length - 1 - tail]) tail++;
  if (notKey(stem.slice(head, stem.length - tail))) return null;
  return name.slice(0, head) + redacted.slice(head, redacted.length - tail) + name.slice(stem.length - tail);
}

/**
 * The verdicts with every name shown distinct: a redacted name shown as another name of the directory (two files
 * whose tokens differ, `notes_[REDACTED:github-token].md` twice) takes `~2`, `~3`, … after its last placeholder, in the
 * order of the names themselves, so the same directory is shown the same way in every snapshot and export.
 */
export function distinctShown(names: readonly string[], found: readonly (NameSecret | null)[]): (NameSecret | null)[] {
  const taken = new Set(names.filter((_, i) => !found[i]));
  const order = names.map((_, i) => i).filter((i) => found[i]);
  order.sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
  const out = [...found];
  for (const i of order) {
    const f = found[i]!;
    let shown = f.shown;
    const at = shown.lastIndexOf(']') + 1;
    for (let n = 2; taken.has(shown); n++) shown = `${f.shown.slice(0, at)}~${n}${f.shown.slice(at)}`;
    taken.add(shown);
    if (shown !== f.shown) out[i] = { rules: f.rules, shown };
  }
  return out;
}

type Scan = (text: string, count: number) => readonly (NameSecret | null)[];

/**
 * A directory's names read every way (Redactor.scanNames): `alone` (the names scanned together, one per line), their
 * spaced stems, the tokens glued with `_ - .` or cut short (name-tokens.ts); no two names shown alike.
 */
export function readNames(names: readonly string[], alone: readonly (NameSecret | null)[], scan: Scan) {
  return distinctShown(names, withNameTokens(names, withSpacedStems(names, alone, scan)));
}

/**
 * The verdicts of `count` names scanned together as `text` (redacted: `out`; the rules found by line: `rules`). A name
 * the batch changed is read again `alone` when there are others: a hit across a line break (a token's pieces joined,
 * split.ts) keeps the break but moves a name's text to the line before it.
 */
export function namesFound(
  text: string,
  out: string,
  rules: ReadonlyMap<number, ReadonlySet<string>>,
  count: number,
  alone: (name: string) => NameSecret | null,
): (NameSecret | null)[] {
  if (rules.size === 0 && out === text) return new Array<null>(count).fill(null);
  const shown = out.split('\n');
  const lines = text.split('\n');
  return Array.from({ length: count }, (_, i) => {
    const found = rules.get(i);
    if (!found && shown[i] === lines[i]) return null;
    if (count > 1) return alone(lines[i]!);
    return { rules: [...(found ?? [])], shown: shown[i]! };
  });
}
