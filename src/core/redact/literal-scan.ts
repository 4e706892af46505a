/**
 * One scan of a text for the literals of several finders at once. A finder regex is a trie or an
 * alternation of literals: V8 runs each one over the whole text, and tries its branches at every
 * position whose character starts one (most of them: provider prefixes, key-name stems and keywords
 * start with common letters), so each finder cost a full scan of the piece. Here the literal sets of
 * the finders (the shape table's, the case-insensitive keywords', the key-name stems') are compiled
 * into one Aho-Corasick automaton, ASCII case folded, run once per text in a loop of one table
 * lookup per character; each finder then reads where its literals start and confirms them with its
 * own regex there (a case-sensitive finder's positions are candidates: `AKIA` is also found as
 * `akia`). The sets are registered when the passes are built, and a text's positions are kept until
 * another text is scanned (the passes of one piece read the same view one after another). A pass that reads the
 * original text (`raw`) searches it otherwise: the original of a log with colour codes is another string than its
 * view, and its scan is a second run of every set over the piece (dumps.ts's did: the scan took twice as long).
 */
import { LiteralIndex } from './literal-index.js';

/** Characters 0..127 are in literals, and BEYOND (any other character reads as class 0, or as BEYOND when used). */
const WIDTH = 129;
/**
 * In a literal, `\x80` stands for any character beyond ASCII (one class for them all): `\x80:` is a colon after a word
 * of another script, which a finder's regex then reads.
 */
export const BEYOND = '\x80';

interface Automaton {
  /**
   * The next state: `table[(state << shift) | classes[char]]`. A character's class is its place among the (folded)
   * characters of the literals, 0 for the others: a row per state of that many columns, not 128, made the automaton's
   * construction (on the first text redacted, before its code is optimised) and its table a third as large. A class
   * for every UTF-16 code (no test of the character's range): the scan is a third faster. States by number in 16 bits
   * (fewer than 0xffff: literalScan), not rows by offset in 32: the table, a load per character that the next one
   * waits for, is half as large (2,300 states of 64 columns: 290 KB, not 580) and the scan a third faster.
   */
  table: Uint16Array;
  classes: Uint8Array;
  shift: number;
  /** States from `accepting` on end at least one literal. */
  accepting: number;
  /** For an accepting state (minus `accepting`): the sets and lengths of the literals ending there, as pairs. */
  ends: Int32Array[];
  /** Computes (and stores) a transition the table does not hold yet (UNSET). */
  step: (from: number, c: number) => number;
}

/** The registered sets (lowercase literals), by their key (the literals joined), each with its index. */
const sets: string[][] = [];
/**
 * Each set's gate: the characters after which its consumer reads no start (null: none), so the scan does not report
 * them. A run of one letter keeps the automaton in an accepting state (the shape table's `AAAAAAAA`, case folded,
 * ends at every `a` of `aaaa…`): a start per character pushed for each set was most of the scan (1.4 s of CPU per
 * 4 MB of `a`, against 0.02 s for 4 MB of `b`), and its consumer (token-starts.ts) read them all to drop them.
 */
const gates: (Uint8Array | null)[] = [];
function gateOf(chars: string): Uint8Array | null {
  if (chars === '') return null;
  const g = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) g[chars.charCodeAt(i)] = 1;
  return g;
}
const byKey = new Map<string, number>();
let automaton: Automaton | null = null;
let index: LiteralIndex | null = null;
/**
 * How many characters the index may scan before the automaton is built (the index is slower per character: a lookup
 * and a comparison per literal found, where the automaton takes one table load).
 */
const INDEXED = 1 << 16;
let indexed = 0;
/** The characters of the registered sets (a bound on the automaton's states). */
let chars = 0;
let lastText: string | null = null;
let lastStarts: number[][] = [];
/**
 * The text scanned before the last one, and its starts: the redactor reads a view and the lines of the original it
 * lost (redactor.ts) pass after pass.
 */
let prevText: string | null = null;
let prevStarts: number[][] = [];
/**
 * The last short text: a pass that decodes part of a view scans each decoded text with the other passes; those
 * leave the two long ones in place, so the passes after it (one-step.ts, after base64.ts) do not scan the view again.
 */
const SHORT = 1 << 16;
let shortText: string | null = null;
let shortStarts: number[][] = [];
/** How many texts of SHORT characters or more were scanned (each is a run of the whole automaton). */
let longScans = 0;

/** The number of scans of long texts so far: a piece of a log should cost one (its view), not one per pass. */
export const longScansDone = (): number => longScans;

/** The registered sets' literals (lowercase), for benchmarks of hostile input (bench/redact-repeats.ts). */
export const registeredLiterals = (): readonly (readonly string[])[] => sets.map((set) => [...set]);

/** How many automata were built (a small session's dry run should build none: see INDEXED). */
let builds = 0;
export const automataBuilt = (): number => builds;

/**
 * Registers a set of literals; returns where they start in a text (ASCII case folded, overlapping, in order), or
 * null when a literal is empty or not printable ASCII, tab, line break or BEYOND (the finder then runs its regex).
 * `notAfter`: printable ASCII characters after which a start is not reported (its consumer reads none there).
 */
export function literalScan(literals: readonly string[], notAfter = ''): ((text: string) => readonly number[]) | null {
  if (literals.length === 0 || literals.some((l) => l === '' || /[^\t\n\r\x20-\x7e\x80]/.test(l))) return null;
  if (/[^\x20-\x7e]/.test(notAfter)) return null;
  const folded = [...new Set(literals.map((l) => l.toLowerCase()))].sort();
  // A literal that starts with another starts where that one does (`tokens`, `token`): it adds only pushes. Sorted,
  // the literals after a kept one that start with it come right after it (one pass, where testing each literal against
  // all others took ~140,000 tests for the largest set, as the passes were built).
  const set: string[] = [];
  for (const l of folded) if (set.length === 0 || !l.startsWith(set[set.length - 1]!)) set.push(l);
  const size = set.join('\n').length;
  const key = `${set.join('\n')}\n\n${notAfter}`;
  let id = byKey.get(key);
  if (id === undefined) {
    // A state per character at most: a bound on the table's size.
    if (chars + size >= 0xffff) return null;
    chars += size;
    id = sets.push(set) - 1;
    gates.push(gateOf(notAfter));
    byKey.set(key, id);
    automaton = null;
    index = null;
    indexed = 0;
    lastText = null;
    prevText = null;
    shortText = null;
  }
  const at = id;
  return (text) => startsIn(text)[at]!;
}

function startsIn(text: string): number[][] {
  // An equal text in another string is kept in its place (caches.ts).
  if (text === lastText) {
    lastText = text;
    return lastStarts;
  }
  if (text === prevText) {
    [prevText, lastText] = [lastText, text];
    [prevStarts, lastStarts] = [lastStarts, prevStarts];
    return lastStarts;
  }
  if (text === shortText) {
    shortText = text;
    return shortStarts;
  }
  let starts: number[][];
  if (automaton === null && indexed + text.length <= INDEXED) {
    // The first texts of a run are looked up in an index of the literals (literal-index.ts), cheaper to build.
    indexed += text.length;
    starts = (index ??= new LiteralIndex(sets)).scan(text);
  } else starts = scan((automaton ??= build(sets)), text, sets.length);
  if (automaton === null) ungate(text, starts);
  if (text.length < SHORT) {
    [shortText, shortStarts] = [text, starts];
    return starts;
  }
  longScans++;
  [prevText, prevStarts] = [lastText, lastStarts];
  [lastText, lastStarts] = [text, starts];
  return starts;
}

/** Drops the gated starts of the index's scan (literal-index.ts reports them all). */
function ungate(text: string, starts: number[][]): void {
  starts.forEach((xs, id) => {
    const g = gates[id];
    if (!g) return;
    let k = 0;
    for (const at of xs) if (at === 0 || g[text.charCodeAt(at - 1)] !== 1) xs[k++] = at;
    xs.length = k;
  });
}

/**
 * The class of each character: 1.. for the characters of the literals, by code, ASCII case folded; every character
 * beyond ASCII in BEYOND's class when a literal holds it.
 */
function classesOf(literalSets: readonly string[][]): { classes: Uint8Array; count: number } {
  const used = new Uint8Array(WIDTH);
  for (const set of literalSets) for (const l of set) for (let i = 0; i < l.length; i++) used[l.charCodeAt(i)] = 1;
  const classes = new Uint8Array(65536);
  let count = 1;
  for (let c = 0; c < WIDTH; c++) if (used[c] === 1) classes[c] = count++;
  for (let c = 65; c <= 90; c++) classes[c] = classes[c + 32]!;
  classes.fill(classes[WIDTH - 1]!, WIDTH);
  return { classes, count };
}

/** The literals' trie: edges by state and class (-1: none), each state's edges, what ends at each state. */
interface Trie {
  next: Int32Array;
  edges: number[][];
  ends: number[][];
}

function trieOf(literalSets: readonly string[][], classes: Uint8Array, shift: number): Trie {
  const max = 1 + literalSets.reduce((n, set) => n + set.reduce((k, l) => k + l.length, 0), 0);
  const next = new Int32Array(max << shift).fill(-1);
  const edges: number[][] = [[]];
  const ends: number[][] = [[]];
  literalSets.forEach((set, id) => {
    for (const l of set) {
      let s = 0;
      for (let i = 0; i < l.length; i++) {
        const c = classes[l.charCodeAt(i)]!;
        if (next[(s << shift) | c]! < 0) {
          next[(s << shift) | c] = edges.length;
          edges[s]!.push(c);
          edges.push([]);
          ends.push([]);
        }
        s = next[(s << shift) | c]!;
      }
      ends[s]!.push(id, l.length);
    }
  });
  return { next, edges, ends };
}

/** A transition not computed yet (above every state's number: the scan's test for an accepting state catches it). */
const UNSET = 0xffff;

/**
 * The Aho-Corasick automaton of the literal sets: failure links computed on the trie (BFS), accepting states numbered
 * last (one comparison per character tells a match). The table's transitions are computed when the scan first takes
 * them (`step`), each from the trie's edge or its failure state's transition: a text reaches a few hundred of the
 * ~240,000, so the first texts of a command (a dry run of a small session) no longer pay for the whole table (the
 * rows copied state by state, before the code is optimised, took 10-30 ms of every CLI start), and a long text pays
 * one test it already made.
 */
function build(literalSets: readonly string[][]): Automaton {
  builds++;
  const { classes, count } = classesOf(literalSets);
  let shift = 0;
  while (1 << shift < count) shift++;
  const { next, edges, ends } = trieOf(literalSets, classes, shift);
  const states = edges.length;
  const fail = new Int32Array(states);
  const order = edges[0]!.map((c) => next[c]!);
  for (let q = 0; q < order.length; q++) {
    const s = order[q]!;
    for (const c of edges[s]!) {
      const t = next[(s << shift) | c]!;
      let f = fail[s]!;
      while (f > 0 && next[(f << shift) | c]! < 0) f = fail[f]!;
      fail[t] = Math.max(0, next[(f << shift) | c]!);
      if (ends[fail[t]]!.length > 0) ends[t] = [...ends[t]!, ...ends[fail[t]]!];
      order.push(t);
    }
  }
  // id: a trie state's number in the table; trie: a number's trie state.
  const id = new Uint16Array(states);
  const trie = new Int32Array(states);
  let n = 0;
  for (let s = 0; s < states; s++) if (ends[s]!.length === 0) trie[(id[s] = n++)] = s;
  const accepting = n;
  const endsOf: Int32Array[] = [];
  for (let s = 0; s < states; s++) {
    if (ends[s]!.length === 0) continue;
    endsOf.push(Int32Array.from(ends[s]!));
    trie[(id[s] = n++)] = s;
  }
  const table = new Uint16Array(states << shift).fill(UNSET);
  /** The transition from numbered state `from` on class `c`: the trie's edge, else its failure state's (memoised). */
  const step = (from: number, c: number): number => {
    let q = trie[from]!;
    let to = next[(q << shift) | c]!;
    while (to < 0 && q > 0) {
      q = fail[q]!;
      to = next[(q << shift) | c]!;
      const known = table[(id[q]! << shift) | c]!;
      if (to < 0 && known !== UNSET) return (table[(from << shift) | c] = known);
    }
    return (table[(from << shift) | c] = to < 0 ? 0 : id[to]!);
  };
  return { table, classes, shift, accepting, ends: endsOf, step };
}

/** Where each set's literals start in the text, sorted, without repeats. */
function scan(a: Automaton, text: string, count: number): number[][] {
  const { table, classes, shift, accepting, ends, step } = a;
  const out: number[][] = Array.from({ length: count }, () => []);
  const n = text.length;
  let s = 0;
  for (let p = 0; p < n; p++) {
    const c = classes[text.charCodeAt(p)]!;
    let t = table[(s << shift) | c]!;
    if (t >= accepting) {
      if (t === UNSET) t = step(s, c);
      if (t >= accepting) {
        const e = ends[t - accepting]!;
        for (let i = 0; i < e.length; i += 2) {
          const at = p - e[i + 1]! + 1;
          const g = gates[e[i]!];
          if (g && at > 0 && g[text.charCodeAt(at - 1)] === 1) continue;
          out[e[i]!]!.push(at);
        }
      }
    }
    s = t;
  }
  for (const starts of out) sortUnique(starts);
  return out;
}

/**
 * Sorts in place and drops repeats (a set's literals ending at one position start at different ones). Each start is
 * moved back past the few greater ones before it (they are at most a literal's length before it): a sort of the whole
 * list, for a set whose literals end inside others (`api_key`, `key`), was a tenth of the scan.
 */
function sortUnique(xs: number[]): void {
  // Most lists are sorted: the first start out of order, or none.
  let k = 1;
  while (k < xs.length && xs[k - 1]! < xs[k]!) k++;
  if (k >= xs.length) return;
  for (let i = k; i < xs.length; i++) {
    const x = xs[i]!;
    let j = k;
    while (j > 0 && xs[j - 1]! > x) j--;
    if (j > 0 && xs[j - 1] === x) continue;
    for (let m = k; m > j; m--) xs[m] = xs[m - 1]!;
    xs[j] = x;
    k++;
  }
  xs.length = k;
}

/** The index of the first of a scan's sorted positions at or after `at` (its length when none is). */
export function firstAtOrAfter(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
