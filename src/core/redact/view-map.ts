/**
 * Mapping the normalised view back to the original (normalise.ts): a match in the view maps to
 * the range of original text it came from, and the lines where the view lost something are
 * gathered to be matched in the original too.
 */

/** A piece of text's normalised view (normalise.ts) and where it differs from the original. */
export interface View {
  /** The normalised text. */
  text: string;
  /**
   * True when normalising lost something matching on the original could still use (a terminal
   * sequence glued between two token characters, which may also mark a token's start; a
   * URL-decoded character, which may be a literal `%XX` inside a password): then the original
   * is matched too.
   */
  lossy: boolean;
  /** Where (in the original) the view lost something: the lines to match in the original too. */
  lossyAt: number[];
  /**
   * Edits, in view order: view[vStart, vStart+vLen) came from original[oStart, oStart+oLen). vLen is 0 (removed), 1 or
   * 2 (an astral character).
   */
  vStart: number[];
  vLen: number[];
  oStart: number[];
  oLen: number[];
}

/** The index of the last edit at or before view position p (-1 if none). */
function lastEdit(view: View, p: number): number {
  let lo = 0;
  let hi = view.vStart.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (view.vStart[mid]! <= p) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Where view position p (a character) starts in the original. */
function startOf(view: View, p: number): number {
  const k = lastEdit(view, p);
  if (k === -1) return p;
  if (p < view.vStart[k]! + view.vLen[k]!) return view.oStart[k]!;
  return p - (view.vStart[k]! + view.vLen[k]!) + view.oStart[k]! + view.oLen[k]!;
}

/** Where view character p ends in the original. */
function endOf(view: View, p: number): number {
  const k = lastEdit(view, p);
  if (k !== -1 && p < view.vStart[k]! + view.vLen[k]!) return view.oStart[k]! + view.oLen[k]!;
  return startOf(view, p) + 1;
}

/** The original range a view range [start, end) came from: whole escapes, sequences inside it included. */
export function toOriginal(view: View, start: number, end: number): [number, number] {
  const s = startOf(view, start);
  return [s, end > start ? endOf(view, end - 1) : s];
}

/**
 * Lines of the original to match again (those holding a lossy site; adjacent ones kept together), and where each
 * starts.
 */
interface RawLines {
  text: string;
  /** For each block of lines: its start in `text` and in the original, and its length. */
  at: number[];
  orig: number[];
  len: number[];
}

/** The lines of `text` that hold the view's lossy sites, joined by line breaks. */
export function lossyLines(text: string, view: View): RawLines {
  const out: RawLines = { text: '', at: [], orig: [], len: [] };
  const parts: string[] = [];
  let sub = 0;
  let lastEnd = -2;
  for (const pos of view.lossyAt) {
    if (pos < lastEnd) continue;
    const start = text.lastIndexOf('\n', pos - 1) + 1;
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const k = out.at.length - 1;
    if (k >= 0 && start === lastEnd + 1) {
      // The next line: one block with the one before.
      parts.push(text.slice(lastEnd, end));
      out.len[k] = end - out.orig[k]!;
      sub += end - lastEnd;
    } else {
      if (k >= 0) {
        parts.push('\n');
        sub++;
      }
      out.at.push(sub);
      out.orig.push(start);
      out.len.push(end - start);
      parts.push(text.slice(start, end));
      sub += end - start;
    }
    lastEnd = end;
  }
  out.text = parts.join('');
  return out;
}

/**
 * The original range of a range of lossyLines' text (clipped to its block); null if it starts on a joining line break.
 */
export function rawToOriginal(raw: RawLines, start: number, end: number): [number, number] | null {
  let k = raw.at.length - 1;
  while (k > 0 && raw.at[k]! > start) k--;
  const offset = start - raw.at[k]!;
  if (offset >= raw.len[k]!) return null;
  return [raw.orig[k]! + offset, raw.orig[k]! + Math.min(end - raw.at[k]!, raw.len[k]!)];
}
