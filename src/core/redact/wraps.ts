/**
 * The rest of a secret wrapped onto the next lines: a value found by any pass (a key name's, a provider's shape) that
 * reaches the right edge of a terminal box or panel (`│ KEY=sk-…│`, rich's `┃`, `| … |` inside `+---+`) or the end
 * of a hard-wrapped line goes on at the start of the next line, after its border and padding. split.ts joins tokens
 * of a fixed length; this follows tokens of any length, from a hit, so it reads only the lines after the few hits.
 *
 * A next line's leading run of token characters continues the value when it fills its line as the first piece did
 * (the same right border with at most one space of padding, or a plain line as long as the first), and is the
 * value's last piece when it stops short and reads as random (letters and digits): a word, a setting (`DEBUG=true`), a
 * file name or a `model:` on the line after a value stays, and so does any line after a complete fixed-length token.
 * A value in a later cell of a table row (`│ NAME │ value │`) goes on in the same cell of the next row, whose cells
 * before it are blank: the next row's name (`│ DD_API_KEY │ … │`) is no piece of it.
 */
import { cellJoinPass } from './cell-joins.js';
import { cellTails, columnCuts, isBorder } from './cell-wraps.js';
import { groupedPass } from './grouped.js';
import { hardWrapPass } from './hard-wraps.js';
import { SHAPE_IDS } from './hits.js';
import { markupPass } from './markup.js';
import type { Hit, Pass } from './pass.js';
import { alphabetBreak } from './piece-alphabets.js';
import { completeForm, isRunChar } from './split.js';
import { continuedViewPass } from './continued-view.js';
import { openQuoteViewPass } from './open-quote-view.js';
import { shellSeamViewPass } from './shell-seams.js';
import { unwrapPass } from './unwrap.js';
import { atWrapColumn, breakAt, WRAP_COLUMNS } from './wrap-columns.js';

const MAX_LINES = 8;
/**
 * A run of parts joined by dots, each after the first six characters or more with a digit or both cases (a random
 * part: no file's extension, no host's name, `db01.internal`).
 */
const DOTTED_TOKEN = /^[\w-]+(?:\.(?=[\w-]{0,200}(?:\d|[a-z][\w-]{0,200}[A-Z]|[A-Z][\w-]{0,200}[a-z]))[\w-]{6,})+=*$/;
/** A first line shorter than this is no hard wrap (a plain line). */
const MIN_WIDTH = 24;

interface Piece {
  start: number;
  end: number;
  /** The piece fills its line: the value may go on. */
  full: boolean;
}

/** True when `run` ends in base64's padding and the base64 run before `end` (16 characters or more) makes it whole. */
function padsBase64(text: string, end: number, run: string): boolean {
  if (!/^[A-Za-z0-9+/]*={1,2}$/.test(run)) return false;
  let s = end;
  while (s > 0 && end - s < 512 && /[A-Za-z0-9+/]/.test(text[s - 1]!)) s--;
  return end - s >= 16 && (end - s + run.length) % 4 === 0;
}

/**
 * The piece of a value that ended at `end` on the next line, or null. In a plain hard wrap a last piece must follow a
 * full middle line (`after`) or have prose after it on its line: a short random token alone on the line after a value
 * (a commit, an id) is a line of its own.
 */
function nextPiece(
  text: string,
  end: number,
  width: number,
  after: boolean,
  cell: number,
  wrapColumn: boolean,
): Piece | null {
  let i = end;
  if (text.charCodeAt(i) === 32) i++;
  // A dot the value's reading left out (a sentence's end to it, or a dotted token's own: a Discord bot token cut after
  // its first part), when a long random run goes on at the next line's start.
  const dot = text.charCodeAt(i) === 46 && i === end && breakAt(text, i + 1) > 0;
  if (dot) i++;
  const boxed = isBorder(text.charCodeAt(i));
  if (boxed) i++;
  else if (i !== end + (dot ? 1 : 0) || width < MIN_WIDTH) return null;
  while (text.charCodeAt(i) === 32) i++;
  const br = breakAt(text, i);
  if (br === 0) return null;
  let s = i + br;
  while (text.charCodeAt(s) === 32) s++;
  if (boxed && cell > 0) {
    const next = i + br;
    if (!/^[ \u2502\u2503\u2551|]*$/.test(text.slice(next, next + cell)) || !isBorder(text.charCodeAt(next + cell)))
      return null;
    s = next + cell + 1;
    if (text.charCodeAt(s) === 32) s++;
  } else if (boxed) {
    if (!isBorder(text.charCodeAt(s))) return null;
    s++;
    if (text.charCodeAt(s) === 32) s++;
  } else {
    // A hard wrap's next line may be indented or quoted as its first (`  `, `> `).
    while (text.charCodeAt(s) === 62 || text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9) s++;
  }
  let e = s;
  while (e < text.length && isRunChar(text.charCodeAt(e))) e++;
  const run = text.slice(s, e);
  // A run drawn from another alphabet than the value's (piece-alphabets.ts): a CID or a digest on the next line.
  if (alphabetBreak(text.slice(Math.max(0, end - 64), end), run)) return null;
  if (dot && (run.length < 10 || !/\d/.test(run) || !/[A-Za-z]/.test(run))) return null;
  // `DEBUG=true`, `main.py`, `model:` on the next line: a setting, a file name or a key, not a piece of a value. A
  // token's dotted parts of six or more (a Discord bot token's `…EY` then `cpFr2jUssFM.EHP3M4.V5hb…`: attack 43) are.
  if (e === s || /=.*[^=]/.test(run) || (/\.[^]/.test(run) && !DOTTED_TOKEN.test(run))) return null;
  if (/^[ \t]*[:=(]/.test(text.slice(e, e + 3))) return null;
  let pad = e;
  while (text.charCodeAt(pad) === 32) pad++;
  const line = e - (i + br);
  const full = boxed
    ? pad - e <= 1 && isBorder(text.charCodeAt(pad))
    : (e - s === width || line === width || pad - (i + br) === width) && breakAt(text, pad) > 0;
  // The rest of the base64 its value started, with the padding their lengths call for (a key pasted across two lines:
  // `…fQLf` then `7CkO…uw==`, or `ug==` alone).
  const pads = !boxed && padsBase64(text, end, run);
  // Random: letters and digits; in a box also an inner capital (a tail of random letters, `JhAtOODswo`).
  if (!full && !pads && !(/\d/.test(run) && /[A-Za-z]/.test(run)) && !(boxed && /[a-z][A-Z]/.test(run))) return null;
  // A last piece has prose after it on its line, closes the quote its value opened (`…"` then anything), or pads.
  if (!boxed && !full && !after && !pads && !/^(?: [^\r\n]|["'`])/.test(text.slice(e, e + 2))) return null;
  // And its first line ends at a wrap column (`after`: a wrapped line's width is its own evidence): a line of any width
  // ending in a value, then a word with digits and prose (`password=…` then `ssh-ed25519 AAAA… ci@build`), is two
  // lines (attack 57: the next line's first word was redacted, learned, and redacted everywhere).
  if (!boxed && !full && !after && !pads && !wrapColumn) return null;
  return { start: s, end: e, full };
}

/**
 * A piece of a value whose label is on the line above: alone on its line, and hex after hex (`sha256 of …` under a
 * 64-character hex key is a sentence, not the key's rest).
 */
function ownLine(text: string, h: Hit, p: Piece): boolean {
  if (/^[0-9a-f]+$/i.test(text.slice(h.start, h.end)) && !/^[0-9a-f]+$/i.test(text.slice(p.start, p.end))) return false;
  let e = p.end;
  while (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9) e++;
  // (a JSON string's value ends at its quote)
  return e === text.length || breakAt(text, e) > 0 || /["'`]/.test(text[e]!);
}

/** How far back a line's start is looked for: a value on a longer line is read from 4 KiB before it. */
const LINE_BACK = 4096;

/**
 * For hits met in order of their starts, each character read once (a line of 47,000 `x-api-key: ` hits was read 8 KiB
 * back for each: 3.1 s per MiB): where the line holding a hit starts (after a line break or its escape; LINE_BACK
 * back at most), and the column of the border before a value in a later cell of a table row (the line holds another
 * border before it), or 0 (a one-cell box's `│ KEY=value │`, also inside a JSON string). A hit before the last one
 * read starts the reading again.
 */
function lineReader(text: string): (at: number) => { from: number; cell: number } {
  let read = 0;
  // The last line start and the last two borders (after it) in text[.., read), or -1.
  let start = -1;
  let b1 = -1;
  let b0 = -1;
  return (at) => {
    if (at < read || at - read > LINE_BACK + 1) {
      read = Math.max(0, at - LINE_BACK - 1);
      start = b1 = b0 = -1;
    }
    for (; read < at; read++) {
      const c = text.charCodeAt(read);
      if (c === 10 || (c === 110 && text.charCodeAt(read - 1) === 92)) {
        start = read + 1;
        b1 = b0 = -1;
      } else if (isBorder(c)) {
        b0 = b1;
        b1 = read;
      }
    }
    const from = Math.max(start, at - LINE_BACK, 0);
    return { from, cell: b0 >= from ? b1 - from : 0 };
  };
}

/**
 * The hits with the wrapped rest of each value added (same rule and label), sorted; `joined` gets the whole value of
 * each hit that goes on, by its start (learned whole: the value pasted unwrapped elsewhere holds no piece alone).
 */
export function wrappedTails(text: string, hits: Hit[], joined?: Map<number, string>): Hit[] {
  const extra: Hit[] = [];
  const lineOf = lineReader(text);
  for (const h of hits) {
    // A complete token of a fixed-length form ends there (the line after it is not its rest).
    // So does base64 its padding closes (`ENV_B64=…Cg==` at column 76, then `task-… risk-high`: attack 57).
    if (completeForm(h.rule, text.slice(h.start, h.end)) || text.charCodeAt(h.end - 1) === 61) continue;
    let end = h.end;
    const { from, cell } = lineOf(h.start);
    // A plain line that is the value alone is no wrap of a labelled line (a list of tokens: MIN_WIDTH keeps it out),
    // unless its label is on the line before and it ends at a wrap column (`API_KEY=` then 40 columns a line): its
    // next line is then its rest, however short.
    const labelledAbove = h.start === from && h.rule === 'next-line-secret' && WRAP_COLUMNS.has(end - from);
    const width = h.start > from || labelledAbove ? end - from : 0;
    let whole = text.slice(h.start, h.end);
    const wrapColumn = atWrapColumn(text, from, width);
    for (let n = 0; n < MAX_LINES; n++) {
      const p = nextPiece(text, end, width, n > 0 || labelledAbove, cell, wrapColumn);
      if (p === null || (labelledAbove && !ownLine(text, h, p))) break;
      extra.push({ ...h, start: p.start, end: p.end });
      whole += text.slice(p.start, p.end);
      if (!p.full) break;
      end = p.end;
    }
    // Not the last cell of its row: a provider's token may go on in its cell of the next rows (cell-wraps.ts); a value
    // a heuristic found (`│ DB_PASSWORD │ … │` then `│ DB_HOST │ db01.internal │`) is no such token's head.
    if (end === h.end && whole.length === h.end - h.start && h.start > from && SHAPE_IDS.has(h.rule))
      for (const p of cellTails(text, h, from)) {
        extra.push(p);
        whole += text.slice(p.start, p.end);
      }
    if (joined && whole.length > h.end - h.start) joined.set(h.start, whole);
  }
  if (extra.length === 0) return hits;
  const all = [...hits, ...extra].sort((a, b) => a.start - b.start);
  return all.filter((h, i) => i === 0 || h.start >= all[i - 1]!.end);
}

/**
 * The passes that read a text joined where markup (markup.ts), a hard wrap with no hit on its first line
 * (hard-wraps.ts) or a table's cells side by side (cell-joins.ts) cut a token, read by the passes that need no context
 * (`free`: the known values, the provider shapes, the user's patterns; a value under a key name is followed onto the
 * next lines by wrappedTails), and where a token is printed in groups or split over an array's elements (grouped.ts),
 * read by all the other passes (`all`: a key name before the groups counts), as are a value with the syntax after its
 * name taken out (unwrap.ts), a token continued by a glued backslash (continued-view.ts) and a quoted one wrapped
 * before its closing quote (open-quote-view.ts), in the order they run.
 */
export function joiningPasses(
  hits: (text: string, passes: readonly Pass[]) => Hit[],
  free: () => readonly Pass[],
  all: () => readonly Pass[],
): Pass[] {
  const detect = (t: string): Hit[] => hits(t, free());
  const others = (t: string, self: Pass): Hit[] =>
    hits(
      t,
      all().filter((p) => p !== self),
    );
  return [
    markupPass(detect),
    hardWrapPass(detect),
    cellJoinPass(detect),
    cellJoinPass(detect, columnCuts),
    groupedPass(others, detect),
    unwrapPass(others),
    continuedViewPass(others),
    openQuoteViewPass(others),
    shellSeamViewPass(others),
  ];
}
