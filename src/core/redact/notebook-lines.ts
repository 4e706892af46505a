/**
 * A Jupyter notebook (`.ipynb`, JSON) read as Jupyter reads it:
 * - its code cells' sources are code, and everything else (outputs: a stream's `text`, `text/plain`, `text/markdown`,
 *   `text/html`, `application/json`, a traceback; markdown and raw cells) is text: a key name's value printed by a cell
 *   (`api_key=…` in a stream) is no variable's name (benign.ts's code context is asked where the hit is: codeAt);
 * - a line list's elements are joined with nothing between them, so an element that does not end in `\n` goes on on
 *   the same line (`"text": ["token=ab12", "cd34\n"]`): the lines cut so are read joined by every pass, each hit mapped
 *   back onto the pieces (chunks.ts's joinedHits), the JSON kept as it was; a hit of the pieces read apart that ends or
 *   starts at a cut gives way to the joined reading.
 */
import type { HitContext } from './benign.js';
import { LastAnswer } from './caches.js';
import { chunkHits, closing, joinedHits, type Piece } from './chunks.js';
import { markupBodyHits } from './markup-bodies.js';
import { mergeCovering, mergeHits, type Hit } from './pass.js';
import { pushAll } from '../lists.js';

/** The keys of a cell's parts: only `source` (in a code cell) is code. */
const PART =
  /(?<!\\)"(source|outputs|cell_type|metadata|attachments|execution_count|id)"[ \t\r\n]*:[ \t\r\n]*(?:"(\w+)")?/g;

type Part = { at: number; part: string; type: string | undefined };
/** The last text's parts (a pass asks where each of its hits is, in one text). */
const lastParts = new LastAnswer<Part[]>();

function partsOf(text: string): Part[] {
  return lastParts.get(text, () => {
    const parts: Part[] = [];
    PART.lastIndex = 0;
    for (let m = PART.exec(text); m !== null; m = PART.exec(text)) parts.push({ at: m.index, part: m[1]!, type: m[2] });
    return parts;
  });
}

/**
 * Whether `at` in a notebook's text is in a code cell's source: after a `"source"` key with no other part's key
 * between, in a cell whose type is code (or not in the text). Where no part's key is in the text (a piece inside a
 * long string), the notebook is code, as a whole `.ipynb` was.
 */
export function notebookCodeAt(text: string, at: number): boolean {
  const parts = partsOf(text);
  let lo = 0;
  let hi = parts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (parts[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return true;
  if (parts[lo - 1]!.part !== 'source') return false;
  for (let k = lo - 2; k >= 0; k--) if (parts[k]!.part === 'cell_type') return parts[k]!.type === 'code';
  return true;
}

/** A list of lines: the keys whose value Jupyter writes as a list of strings. */
const LIST =
  /(?<!\\)"(?:source|text|text\/plain|text\/markdown|text\/html|text\/latex|image\/svg\+xml|traceback)"[ \t\r\n]*:[ \t\r\n]*\[/g;
const SPACE = /[ \t\r\n]*/y;

/** True when the string's content [s, e) ends with a `\n` escape (not an escaped backslash and `n`). */
function endsLine(text: string, s: number, e: number): boolean {
  if (e - s < 2 || text[e - 1] !== 'n') return false;
  let k = 0;
  while (e - 2 - k >= s && text.charCodeAt(e - 2 - k) === 92) k++;
  return k % 2 === 1;
}

/** The elements of the list opened at `open` (its `[`), as [start, end) of their contents. */
export function listElements(text: string, open: number): Piece[] {
  const out: Piece[] = [];
  let i = open + 1;
  for (;;) {
    SPACE.lastIndex = i;
    SPACE.exec(text);
    i = SPACE.lastIndex;
    if (text[i] !== '"') return out;
    const end = closing(text, i);
    if (end === -1) return out;
    out.push([i + 1, end]);
    SPACE.lastIndex = end + 1;
    SPACE.exec(text);
    i = SPACE.lastIndex;
    if (text[i] !== ',') return out;
    i++;
  }
}

/** The list's lines: runs of elements up to one that ends in `\n` (the last element ends the last line). */
export function linesOf(text: string, elements: readonly Piece[]): Piece[][] {
  const lines: Piece[][] = [];
  let run: Piece[] = [];
  for (const p of elements) {
    run.push(p);
    if (endsLine(text, p[0], p[1])) {
      lines.push(run);
      run = [];
    }
  }
  if (run.length > 0) lines.push(run);
  return lines;
}

/** Whether the text holds a notebook's cells or outputs. */
const NOTEBOOK = /"(?:cell_type|output_type)"[ \t]*:/;

/**
 * The hits in a notebook's lines cut into two or more list elements, read joined (`detect`: the code cells' source
 * lines with `code` true, the other lines with it false), mapped back onto the elements.
 */
export function notebookLineHits(
  text: string,
  notebook: boolean,
  detect: (joined: string, code: boolean) => Hit[],
): { hits: Hit[]; cuts: Set<number> } {
  const cuts = new Set<number>();
  if (!notebook && !NOTEBOOK.test(text)) return { hits: [], cuts };
  const code: Piece[][] = [];
  const prose: Piece[][] = [];
  LIST.lastIndex = 0;
  for (let m = LIST.exec(text); m !== null; m = LIST.exec(text)) {
    const open = m.index + m[0].length - 1;
    const elements = listElements(text, open);
    if (elements.length < 2) continue;
    const cut = linesOf(text, elements).filter((l) => l.length >= 2);
    if (cut.length === 0) continue;
    pushAll(notebookCodeAt(text, open) ? code : prose, cut);
    for (const line of cut) for (let i = 1; i < line.length; i++) cuts.add(line[i - 1]![1]).add(-line[i]![0]);
  }
  const hits = [...joinedHits(text, code, (t) => detect(t, true)), ...joinedHits(text, prose, (t) => detect(t, false))];
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return { hits: hits.filter((h, i, a) => i === 0 || h.start >= a[i - 1]!.end), cuts };
}

/**
 * Whether a hit ends where a cut line's element ends or starts where the next begins (`cuts`: the ends, and the starts
 * negated): it read a piece of the line, which the joined reading judges whole (`token = get_toke` + `n(user_id=1)`).
 */
const atCut = (h: Hit, cuts: Set<number>): boolean => cuts.has(h.end) || cuts.has(-h.start);

/**
 * The hits (`accepted`) with those of the joined readings: a stream's records (chunks.ts), a notebook's cut lines (its
 * code cells' sources as code, the rest as text), the bodies of comments, alt text and titles read as lines
 * (markup-bodies.ts). `detect`: every pass's hits in a text.
 */
export function joinedReadings(
  text: string,
  accepted: Hit[],
  ctx: HitContext,
  detect: (t: string, ctx: HitContext) => Hit[],
): Hit[] {
  const joined = chunkHits(text, (t) => detect(t, ctx));
  const out = joined.length > 0 ? mergeCovering(accepted, joined) : accepted;
  const { hits, cuts } = notebookLineHits(text, ctx.codeAt !== undefined, (t, code) =>
    detect(t, { code: code && ctx.code }),
  );
  const lines =
    cuts.size > 0
      ? mergeHits(
          out.filter((h) => !atCut(h, cuts)),
          hits,
        )
      : out;
  const bodies = markupBodyHits(text, (t) => detect(t, { code: ctx.code, ...(ctx.locale ? { locale: true } : {}) }));
  return bodies.length > 0 ? mergeHits(lines, bodies) : lines;
}
