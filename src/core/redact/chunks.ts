/**
 * A model's streamed output logged one record per chunk: `StreamChunk(type='content', content='…')` reprs
 * (streaming_debug.log, behind a log line's prefix or not), JSON lines (`{"type":"content","content":"…"}`),
 * server-sent events (`data: {"choices":[{"delta":{"content":"…"}}]}`, Anthropic's `"text":"…"` and
 * `"partial_json":"…"` deltas, the Responses API's `"delta":"…"`). A secret the model wrote goes out cut across
 * consecutive records, each piece too short for any pass: `…set KAGGLE_KEY=2863` then `a1f0…`.
 *
 * The view: the string values of consecutive chunk records (one per line; up to MAX_GAP lines between them, blank,
 * an SSE `event:` line or another record) are joined, as they are written (escapes included: the passes read the join
 * through the normalised view). Every pass reads the joined text (`detect`); each hit is mapped back to the pieces of
 * the records it came from, each piece replaced in place, the records' syntax kept as it was (a JSON line still
 * parses). It reads the original text, where the quotes that end a value are told from escaped ones.
 */
import { union } from './apply-hits.js';
import { pushAll } from '../lists.js';
import { leadingStrings } from './leading.js';
import { escapeLiteral, type Hit } from './pass.js';
import { SHAPE_RULES } from './rules.js';
import { lineAround, splitByStream, streamIdentity, type Piece } from './stream-identity.js';

/** The fields of a chunk record that hold its text, as a repr's `name='…'` or JSON's `"name": "…"`. */
const NAMES = 'content|text|delta|reasoning_delta|reasoning|thinking|partial_json|arguments';
/**
 * Also a JSON record logged as a JSON string (`chunk "{\"choices\":[{\"delta\":{\"content\":\"Use KEY=\"}}]}"`): its
 * quotes escaped by the same run of backslashes (group 2), which ends its value too.
 */
const FIELD = new RegExp(
  `(?:(?<![\\w.])(?:${NAMES})=(['"])|"(?:${NAMES})"[ \\t]{0,8}:[ \\t]{0,8}"|(?<!\\\\)(\\\\{1,8})"(?:${NAMES})\\2"[ \\t]{0,8}:[ \\t]{0,8}\\2")`,
  'g',
);
/** The longest value of an escaped record looked through for its end (a chunk is a few words). */
const MAX_ESCAPED = 4096;
/** Lines between two records of one stream (an SSE event's blank line and `event:` line), and their longest. */
const MAX_GAP = 3;
const MAX_GAP_LINE = 300;

export type { Piece } from './stream-identity.js';

/** Where the string value whose opening quote is at `q` ends (its closing quote), or -1 (none on its line). */
export function closing(text: string, q: number): number {
  const quote = text.charCodeAt(q);
  for (let i = q + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === quote) return i;
    else if (c === 10 || c === 13) return -1;
  }
  return -1;
}

/**
 * Where the value of an escaped record whose opening quote is at `q` ends (the backslashes before its closing quote),
 * or, when there is none (the next quote escaped by exactly `n` backslashes, on its line, within MAX_ESCAPED
 * characters), `-1 - i` where the search stopped: no record of that run starts before `i` (each search is bounded and
 * never read again: linear).
 */
function escapedClosing(text: string, q: number, n: number): number {
  const stop = Math.min(text.length, q + MAX_ESCAPED);
  for (let i = q + 1; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return -1 - i;
    if (c !== 34) continue;
    let b = 0;
    while (b <= n && text.charCodeAt(i - 1 - b) === 92) b++;
    if (b === n) return i - n;
  }
  return -1 - stop;
}

/**
 * True when the lines between two records (text[from, to), from the end of one to the start of the next) keep them in
 * one stream: the next record is on a later line, with at most MAX_GAP lines between, none longer than MAX_GAP_LINE.
 */
function sameStream(text: string, from: number, to: number): boolean {
  let lines = 0;
  let last = text.indexOf('\n', from);
  if (last === -1 || last >= to) return false;
  for (let nl = text.indexOf('\n', last + 1); nl !== -1 && nl < to; nl = text.indexOf('\n', nl + 1)) {
    if (++lines > MAX_GAP || nl - last > MAX_GAP_LINE) return false;
    last = nl;
  }
  return true;
}

/**
 * A record that is a whole message, no stream's chunk: a person's (`"role": "user"`, `role='user'`) or an item typed
 * `message` (attack 49: a user's `wachtwoord: <password>` then `hasło to …` were read as one stream, and `hasło`
 * went with the password). Read on the record's line, within 512 characters of its field.
 */
const WHOLE = /["']?role["']?\s*[:=]\s*["']user["']|"type"\s*:\s*"message"/;
function wholeMessage(text: string, at: number, end: number): boolean {
  const [from, to] = lineAround(text, at, end, 512);
  return WHOLE.test(text.slice(from, at)) || WHOLE.test(text.slice(end, to));
}

/**
 * The streams of the text: runs of two or more consecutive records' values (the first record of each line), a run of
 * interleaved streams' records split by stream (stream-identity.ts).
 */
export function chunkStreams(text: string): Piece[][] {
  const streams: Piece[][] = [];
  let run: Piece[] = [];
  // A run's records' identities are read once it ends, and only for a run of two or more.
  const close = (): void => {
    if (run.length >= 2)
      pushAll(
        streams,
        splitByStream(
          run,
          run.map(([s, e]) => streamIdentity(text, s, e)),
        ),
      );
    run = [];
  };
  let lineEnd = -1;
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(text); m !== null; m = FIELD.exec(text)) {
    const q = m.index + m[0].length - 1;
    const end = m[2] === undefined ? closing(text, q) : escapedClosing(text, q, m[2].length);
    if (end < 0) {
      FIELD.lastIndex = end === -1 ? q + 1 : -1 - end;
      continue;
    }
    // A line's other fields are passed over (its first is its record's text).
    if (m.index > lineEnd) {
      const last = run[run.length - 1];
      const whole = wholeMessage(text, m.index, end);
      if (last !== undefined && (whole || !sameStream(text, last[1], m.index))) close();
      if (!whole) run.push([q + 1, end]);
      lineEnd = text.indexOf('\n', end);
      if (lineEnd === -1) break;
      FIELD.lastIndex = lineEnd;
      continue;
    }
    FIELD.lastIndex = end + 1;
  }
  close();
  return streams;
}

/**
 * The hits in the joined values of each stream (`detect`), mapped back to the pieces they came from; with those of the
 * runs that start at a record holding a provider's prefix (restartRuns).
 */
export function chunkHits(text: string, detect: (joined: string) => Hit[]): Hit[] {
  const sections = text.includes('### ') ? sectionStreams(text) : [];
  const rows = text.includes(',') ? csvStreams(text) : [];
  const streams = chunkStreams(text);
  pushAll(streams, sections);
  pushAll(streams, rows);
  // By their first records (a run split by stream: its streams' runs start in its order, end past each other).
  if (streams.length > 1) streams.sort((a, b) => a[0]![0] - b[0]![0]);
  const hits = joinedHits(text, streams, detect);
  // A short table's rows each start a run: a key with no prefix may follow another (`gsk_…` then a Z.ai key's hex).
  const restarts = restartRuns(text, streams, new Set(rows.filter((r) => r.length <= SHORT_TABLE)));
  return restarts.length === 0 ? hits : union(hits, joinedHits(text, restarts, detect));
}

/**
 * A CSV row whose last field is a run of token characters, after one to four short fields
 * (`0,npm_COl…`, `3,2026-01-01T10:00:00Z,vesY…`, `1,37161054987-3087…`).
 */
const CSV_ROW = /^(?:[^,\r\n]{0,40},){1,4}([A-Za-z0-9_+/=.-]{1,200})\r?$/gm;

/**
 * Consecutive CSV rows of that shape, their last fields the pieces of one stream: a key a tool wrote in chunks, one a
 * row (`seq,chunk` then `0,npm_COl…` and `1,vesY…`: attack 46, the first half redacted by its prefix, the second out).
 */
function csvStreams(text: string): Piece[][] {
  const streams: Piece[][] = [];
  let run: Piece[] = [];
  let next = -1;
  CSV_ROW.lastIndex = 0;
  for (let m = CSV_ROW.exec(text); m !== null; m = CSV_ROW.exec(text)) {
    const value = m[1]!;
    const start = m.index + m[0].indexOf(value, m[0].length - value.length - 1);
    // A row of words (`seq,chunk`, `id,provider,tokens,next_page_token`) is a table's header, no piece.
    if (HEADER.test(m[0])) {
      next = -1;
      continue;
    }
    if (m.index !== next) {
      if (run.length >= 2) streams.push(run);
      run = [];
    }
    run.push([start, start + value.length]);
    next = m.index + m[0].length + 1;
  }
  if (run.length >= 2) streams.push(run);
  // A column with no letter in it is a table's figures, not a key's pieces. A first row of a word may be the column's
  // name (`seq,chunk`), glued to the key's start in the join: the rows after it are read too.
  const out = streams.filter((rows) => rows.some(([s, e]) => /[A-Za-z]/.test(text.slice(s, e))));
  for (const rows of out.slice())
    if (rows.length >= 3 && /^[A-Za-z_]+$/.test(text.slice(rows[0]![0], rows[0]![1]))) out.push(rows.slice(1));
  return out;
}

/** A CSV header: words of letters and `_` (maybe quoted), no digit. */
const HEADER = /^(?:"?[A-Za-z_]+"?,)+"?[A-Za-z_]+"?\r?$/;

/** The rows of a CSV stream each of which starts a run (restartRuns), at most. */
const SHORT_TABLE = 32;

/** A heading of execution_trace.md whose section holds streamed text, at a line's start. */
const SECTION = /^### (?:Content|Reasoning)\r?\n/gm;
/** The longest section body read as a piece. */
const MAX_SECTION = 4096;

/**
 * execution_trace.md's runs of `### Content` (or `### Reasoning`) sections one after the other, each body a piece of
 * one stream (its line breaks at the end left out): the trace writes a section a flush, and a key the model wrote
 * goes out cut across two (`### Content` + `ghp_m4cd…` + `### Content` + `bpDR…`: attack 45).
 */
function sectionStreams(text: string): Piece[][] {
  const streams: Piece[][] = [];
  // Each body's piece, and where its section ends (the next one of the run starts there).
  let run: [number, number, number][] = [];
  SECTION.lastIndex = 0;
  for (let m = SECTION.exec(text); m !== null; m = SECTION.exec(text)) {
    const start = m.index + m[0].length;
    const next = text.indexOf('\n#', start - 1);
    const end = next === -1 ? text.length : next + 1;
    let e = end;
    while (e > start && (text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
    if (run.length > 0 && run[run.length - 1]![2] !== m.index) {
      if (run.length >= 2) streams.push(run.map(([a, b]) => [a, b]));
      run = [];
    }
    if (e - start > MAX_SECTION) continue;
    run.push([start, e, end]);
    SECTION.lastIndex = end;
  }
  if (run.length >= 2) streams.push(run.map(([a, b]) => [a, b]));
  return streams;
}

/** The records read from one holding a provider's prefix: up to this many, and this many characters. */
const RESTART_RECORDS = 6;
const RESTART_CHARS = 600;

let prefixes: RegExp | null = null;
/** A provider's prefix (its literals of 3 characters or more, not all small letters; Telegram's `:AA`), anywhere. */
function prefixRe(): RegExp {
  if (prefixes) return prefixes;
  const literals = new Set<string>([':AA']);
  for (const r of SHAPE_RULES)
    if (r.prefix)
      for (const l of leadingStrings(r.source) ?? [])
        // Not a word's letters alone (Airtable's `pat` is in every `path`): a rule with one has its own finder.
        if (l.length >= 3 && /[^a-z]/.test(l)) literals.add(escapeLiteral(l));
  prefixes = new RegExp([...literals].join('|'), 'g');
  return prefixes;
}
/** How far before Telegram's `:AA` its token starts (the bot's id: up to 10 digits). */
const TELEGRAM_ID = 10;

/**
 * Keys streamed back to back, each cut across records (`…lnzQB1f` + `1436701302:AA…` + `yTG_…` + `glsa_…`: attack 45):
 * in the stream's join each is glued to its neighbours, and a shape that wants a token's start or end before and after
 * it finds none. From each record where a provider's prefix starts in the join (the prefix may itself be cut), the runs
 * of it and the records after it (1 to RESTART_RECORDS of them, RESTART_CHARS at most) are read apart, each on a line
 * of its own, where the run's edges are the token's. Only records with a prefix start a run, and every record of the
 * streams in `everyRecord` (a short CSV table's): the extra reading stays small on any log.
 */
function restartRuns(text: string, streams: readonly Piece[][], everyRecord: ReadonlySet<Piece[]>): Piece[][] {
  const re = prefixRe();
  const runs: Piece[][] = [];
  for (const stream of streams) {
    const { joined, at } = joinOf(text, [stream], '');
    const starts = new Set<number>();
    let i = 0;
    re.lastIndex = 0;
    for (let m = re.exec(joined); m !== null; m = re.exec(joined)) {
      i = pieceAt(at, m[0] === ':AA' ? Math.max(0, m.index - TELEGRAM_ID) : m.index, i);
      starts.add(i);
    }
    if (everyRecord.has(stream)) for (let k = 0; k < stream.length; k++) starts.add(k);
    for (const first of starts) {
      let chars = 0;
      for (let j = first; j < stream.length && j < first + RESTART_RECORDS && chars < RESTART_CHARS; j++) {
        chars += stream[j]![1] - stream[j]![0];
        runs.push(stream.slice(first, j + 1));
      }
    }
  }
  return runs;
}

/**
 * The hits in the joined pieces of each stream (`detect`: the streams one per line), mapped back to the pieces they
 * came from (also a notebook's lines cut into list elements: notebook-lines.ts).
 */
export function joinedHits(text: string, streams: readonly Piece[][], detect: (joined: string) => Hit[]): Hit[] {
  if (streams.length === 0) return [];
  const { joined, at, pieces } = joinOf(text, streams, '\n');
  const out: Hit[] = [];
  let k = 0;
  for (const h of detect(joined).sort((a, b) => a.start - b.start)) {
    k = pieceAt(at, h.start, k);
    const mapped: Hit[] = [];
    for (let i = k; i < at.length && at[i]! < h.end; i++) {
      const [s, e] = pieces[i]!;
      const from = Math.max(h.start, at[i]!) - at[i]! + s;
      const to = Math.min(h.end, at[i]! + e - s) - at[i]! + s;
      if (from < to) mapped.push({ ...h, start: from, end: to });
    }
    // A value across records is learned whole where it was read (the join); its pieces are none of its own (a
    // record's first word, `has\u0142o`, was learned for the whole export: attack 49).
    for (const m of mapped) out.push(mapped.length > 1 ? { ...m, piece: true } : m);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((h, i) => i === 0 || h.start >= out[i - 1]!.end);
}

/**
 * The streams' pieces joined, `after` following each stream (a line break, or nothing for one stream), with where each
 * piece starts in the join (`at`, in the order of `pieces`).
 */
function joinOf(
  text: string,
  streams: readonly Piece[][],
  after: string,
): { joined: string; at: number[]; pieces: Piece[] } {
  const parts: string[] = [];
  const at: number[] = [];
  const pieces: Piece[] = [];
  let len = 0;
  for (const stream of streams) {
    for (const [s, e] of stream) {
      at.push(len);
      pieces.push([s, e]);
      parts.push(text.slice(s, e));
      len += e - s;
    }
    parts.push(after);
    len += after.length;
  }
  return { joined: parts.join(''), at, pieces };
}

/** The piece that holds offset `x` of a join (`at`: where each starts), searched from piece `k` either way. */
function pieceAt(at: readonly number[], x: number, k: number): number {
  while (k > 0 && at[k]! > x) k--;
  while (k + 1 < at.length && at[k + 1]! <= x) k++;
  return k;
}
