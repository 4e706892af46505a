/**
 * Names in what `massgen logs` prints: a tool's name (a key of metrics_summary.json `tools.by_tool`), an agent id (a
 * key of status.json `agents`), a path. A token in a name is glued to the rest by `_`, `-`, `.` or `:` — an MCP tool
 * `mcp__<server>__<tool>`, a suffix `<token>_tool`, a folder `proj_<token>` — and the shapes that need a boundary
 * before or after a token (`hf_`, `sk-`, `re_`, any token followed by `_x`) miss it there. A name is read as the value
 * it is, and then by its pieces: every run of it between two separators (a word's start or end, or `_ - . : $ @ ~ + %
 * =`) is read alone by the passes that need no context (known values, provider shapes, the user's patterns), as a file
 * name is judged on its own. A piece that holds a secret is replaced by the placeholder its passes give.
 */
import { pushAll } from '../lists.js';

/** What the reading needs of the redactor (redactor.ts). */
interface NameReader {
  redactString(text: string): string;
  redactContextFree(text: string): string;
}

/** A word: a run of characters a path, a table or a JSON string does not split (no blank, slash, quote, bracket). */
const WORD = /[^\s/\\"'`()[\]{}<>|,;]+/g;
/** The separators of the pieces of a word. */
const SEP = /[_\-.:$@~+%=]+/g;
/** A piece shorter than this is no token of any family (the shortest are 16 and more). */
const MIN_PIECE = 12;
/** Pieces read per word at most: past it, only the word's prefixes and suffixes are read. */
const MAX_PIECES = 400;

interface Piece {
  start: number;
  text: string;
}

/** The runs of `word` (at `at` in its text) between separators, as long as a token can be. */
function piecesOf(word: string, at: number): Piece[] {
  const starts = [0];
  const ends: number[] = [];
  SEP.lastIndex = 0;
  for (let m = SEP.exec(word); m !== null; m = SEP.exec(word)) {
    if (m.index > 0) ends.push(m.index);
    if (m.index + m[0].length < word.length) starts.push(m.index + m[0].length);
  }
  ends.push(word.length);
  if (starts.length === 1 && ends.length === 1) return [];
  const all = starts.length * ends.length <= MAX_PIECES;
  const out: Piece[] = [];
  for (const s of starts)
    for (const e of ends) {
      if (e - s < MIN_PIECE || (!all && s !== 0 && e !== word.length)) continue;
      out.push({ start: at + s, text: word.slice(s, e) });
    }
  return out;
}

/** The part of `after` that differs from `before` (common start and end taken off): where and what replaced it. */
function changed(before: string, after: string): { from: number; to: number; by: string } {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let q = 0;
  while (q < before.length - p && q < after.length - p && before[before.length - 1 - q] === after[after.length - 1 - q])
    q++;
  return { from: p, to: before.length - q, by: after.slice(p, after.length - q) };
}

/** Replaces the ranges (overlapping ones merged, the widest one's placeholder standing for them all). */
function replaceRanges(text: string, ranges: { from: number; to: number; by: string }[]): string {
  ranges.sort((a, b) => a.from - b.from || b.to - a.to);
  const merged: { from: number; to: number; by: string; width: number }[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.from < last.to) {
      if (r.to - r.from > last.width) Object.assign(last, { by: r.by, width: r.to - r.from });
      last.to = Math.max(last.to, r.to);
    } else merged.push({ ...r, width: r.to - r.from });
  }
  let out = '';
  let at = 0;
  for (const r of merged) {
    out += text.slice(at, r.from) + r.by;
    at = r.to;
  }
  return out + text.slice(at);
}

/** `text` with each piece of its words that holds a secret (read alone, by the passes needing no context) replaced. */
function redactPieces(text: string, r: NameReader): string {
  const pieces: Piece[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) pushAll(pieces, piecesOf(m[0], m.index));
  if (pieces.length === 0) return text;
  const lines = pieces.map((p) => p.text);
  let read = r.redactContextFree(lines.join('\n')).split('\n');
  if (read.length !== lines.length) read = lines.map((l) => r.redactContextFree(l));
  const ranges: { from: number; to: number; by: string }[] = [];
  for (let i = 0; i < pieces.length; i++) {
    if (read[i] === lines[i]) continue;
    const c = changed(lines[i]!, read[i]!);
    ranges.push({ from: pieces[i]!.start + c.from, to: pieces[i]!.start + c.to, by: c.by });
  }
  return ranges.length ? replaceRanges(text, ranges) : text;
}

/** A printed string (a name, a path, a message): redacted as a value, then by the pieces of its words. */
export const redactPrinted = (text: string, r: NameReader): string => redactPieces(r.redactString(text), r);

/** `name`, or `name #2`, `name #3`… : the first of them not in `used` (which it is added to). */
export function distinctName(name: string, used: Set<string>): string {
  let out = name;
  for (let n = 2; used.has(out); n++) out = `${name} #${n}`;
  used.add(out);
  return out;
}
