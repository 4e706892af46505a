/**
 * Finds lines by their first characters: each line break found by indexOf and the character after the blanks looked
 * up in a table (a regex starting with a line break or a multiline `^` scanned text at half that speed).
 */

/** True when `\n` is the text's only line terminator: a multiline `^` then matches at 0 and after each `\n` only. */
export const onlyNewlines = (text: string): boolean =>
  !text.includes('\r') && !text.includes('\u2028') && !text.includes('\u2029');

/**
 * The text of `at`'s line before it, at most `max` characters: the search for the line's start goes no further back
 * (searched to the line's start for each candidate, a long line was quadratic).
 */
export function lineBefore(text: string, at: number, max: number): string {
  const before = text.slice(Math.max(0, at - max), at);
  return before.slice(before.lastIndexOf('\n') + 1);
}

/**
 * The start of the line holding `at` when it is at most `max` characters before `at`, else -1: a scan bounded by
 * `max`, where `lastIndexOf('\n')` would walk a one-line JSON log back to its start at every call.
 */
export function lineStartWithin(text: string, at: number, max: number): number {
  for (let i = at - 1; i >= 0 && at - i <= max + 1; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return at <= max ? 0 : -1;
}

/** The end of the line starting before `at` when it is at most `max` characters after `at`, else -1 (bounded). */
export function lineEndWithin(text: string, at: number, max: number): number {
  const nl = text.slice(at, at + max + 1).indexOf('\n');
  if (nl !== -1) return at + nl;
  return text.length - at <= max ? text.length : -1;
}

/** The bounds of the line around text[start, end) when it reaches at most `max` characters either way, else null. */
export function lineAround(text: string, start: number, end: number, max: number): [number, number] | null {
  const head = lineStartWithin(text, start, max);
  const tail = head === -1 ? -1 : lineEndWithin(text, end, max);
  return tail === -1 ? null : [head, tail];
}

/**
 * For places read in order (a pass's candidates, sorted hits): the line around each (lineAround), the same array for
 * places on the same line, so a line is found once. A line that reaches more than `max` either way from its first
 * place read is skipped whole (its other places cost one search in all), whatever its later places' distances.
 */
export function shortLines(text: string, max: number): (start: number, end: number) => [number, number] | null {
  let line: [number, number] | null = null;
  let longUntil = -1;
  return (start, end) => {
    if (start < longUntil) return null;
    if (line !== null && start >= line[0] && end <= line[1]) return line;
    line = lineAround(text, start, end, max);
    if (line === null) {
      const nl = text.indexOf('\n', end);
      longUntil = nl === -1 ? text.length : nl;
    }
    return line;
  };
}

/** A set of characters, as a table by character code. */
export function charSet(chars: string): Uint8Array {
  const set = new Uint8Array(65536);
  for (const c of chars) set[c.charCodeAt(0)] = 1;
  return set;
}

/**
 * For each set, the starts of the lines (0 and after each `\n`) whose first character after blanks (spaces, tabs) is
 * in the set, in order.
 */
export function lineStarts(text: string, sets: readonly Uint8Array[]): number[][] {
  const out = sets.map((): number[] => []);
  for (let at = 0; ;) {
    let i = at;
    let c = text.charCodeAt(i);
    while (c === 32 || c === 9) c = text.charCodeAt(++i);
    for (let k = 0; k < sets.length; k++) if (sets[k]![c] === 1) out[k]!.push(at);
    const nl = text.indexOf('\n', i);
    if (nl === -1) return out;
    at = nl + 1;
  }
}

/** The matches of a sticky regex tried at those of `starts` where the sticky regex `head` matches. */
export function matchesAt(text: string, starts: readonly number[], head: RegExp, sticky: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const at of starts) {
    head.lastIndex = at;
    if (!head.test(text)) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m !== null) out.push(m);
  }
  return out;
}
