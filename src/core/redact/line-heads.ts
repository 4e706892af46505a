/**
 * Searches for lines by their first characters: a regex that starts with a literal line break scans text fast, where
 * one starting with a multiline `^` (tried at every position) or with common letters reads it slowly.
 */

/** True when `\n` is the text's only line terminator: a multiline `^` then matches at 0 and after each `\n` only. */
export const onlyNewlines = (text: string): boolean =>
  !text.includes('\r') && !text.includes('\u2028') && !text.includes('\u2029');

export interface LineHead {
  /** `head`, tried at the start of the text. */
  first: RegExp;
  /** A line break, then `head`. */
  after: RegExp;
}

/** Where a line's first characters are `head` (a regex source). */
export function lineHead(head: string): LineHead {
  return { first: new RegExp(head, 'y'), after: new RegExp(`\\n${head}`, 'g') };
}

/** The starts of the lines (after `\n`) whose first characters match `head`, in order. */
export function lineStarts(text: string, head: LineHead): number[] {
  const out: number[] = [];
  head.first.lastIndex = 0;
  if (head.first.test(text)) out.push(0);
  head.after.lastIndex = 0;
  for (let f = head.after.exec(text); f !== null; f = head.after.exec(text)) out.push(f.index + 1);
  return out;
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
