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
 * another text is scanned (the passes of one piece read the same view one after another).
 */

/** Characters are classes 0..127; any other character (none is in a literal) reads as 0. */
const WIDTH = 128;

interface Automaton {
  /** The next state: `table[state * WIDTH + class]`; states from `accepting` on end at least one literal. */
  table: Uint16Array;
  accepting: number;
  /** For an accepting state (minus `accepting`): the sets and lengths of the literals ending there, as pairs. */
  ends: Int32Array[];
}

/** The registered sets (lowercase literals), by their key (the literals joined), each with its index. */
const sets: string[][] = [];
const byKey = new Map<string, number>();
let automaton: Automaton | null = null;
/** The characters of the registered sets (a bound on the automaton's states). */
let chars = 0;
let lastText: string | null = null;
let lastStarts: number[][] = [];

/**
 * Registers a set of literals; returns where they start in a text (ASCII case folded, overlapping, in order), or
 * null when a literal is empty or not printable ASCII (the finder then runs its regex).
 */
export function literalScan(literals: readonly string[]): ((text: string) => readonly number[]) | null {
  if (literals.length === 0 || literals.some((l) => l === '' || /[^\x20-\x7e]/.test(l))) return null;
  const set = [...new Set(literals.map((l) => l.toLowerCase()))].sort();
  const key = set.join('\n');
  let id = byKey.get(key);
  if (id === undefined) {
    // A state per character at most: the table's Uint16 states hold them.
    if (chars + key.length >= 0xffff) return null;
    chars += key.length;
    id = sets.push(set) - 1;
    byKey.set(key, id);
    automaton = null;
    lastText = null;
  }
  const at = id;
  return (text) => startsIn(text)[at]!;
}

function startsIn(text: string): number[][] {
  if (text === lastText) return lastStarts;
  automaton ??= build(sets);
  lastStarts = scan(automaton, text, sets.length);
  lastText = text;
  return lastStarts;
}

/** The goto function of the literals' trie completed with failure links (Aho-Corasick), states in BFS order. */
function build(literalSets: readonly string[][]): Automaton {
  const next: Int32Array[] = [new Int32Array(WIDTH).fill(-1)];
  const ends: number[][] = [[]];
  literalSets.forEach((set, id) => {
    for (const l of set) {
      let s = 0;
      for (let i = 0; i < l.length; i++) {
        const c = l.charCodeAt(i);
        if (next[s]![c]! < 0) next[s]![c] = next.push(new Int32Array(WIDTH).fill(-1)) - 1;
        s = next[s]![c]!;
        ends[s] ??= [];
      }
      ends[s]!.push(id, l.length);
    }
  });
  const fail = new Int32Array(next.length);
  const queue: number[] = [];
  for (let c = 0; c < WIDTH; c++) {
    if (next[0]![c]! < 0) next[0]![c] = 0;
    else queue.push(next[0]![c]!);
  }
  for (let k = 0; k < queue.length; k++) {
    const s = queue[k]!;
    ends[s] = [...ends[s]!, ...ends[fail[s]!]!];
    for (let c = 0; c < WIDTH; c++) {
      const t = next[s]![c]!;
      if (t < 0) next[s]![c] = next[fail[s]!]![c]!;
      else {
        fail[t] = next[fail[s]!]![c]!;
        queue.push(t);
      }
    }
  }
  return renumbered(next, ends);
}

/** The automaton with its accepting states last (one comparison per character tells a match), case folded. */
function renumbered(next: readonly Int32Array[], ends: readonly number[][]): Automaton {
  const order = [...next.keys()].sort((a, b) => Number(ends[a]!.length > 0) - Number(ends[b]!.length > 0) || a - b);
  const id = new Int32Array(next.length);
  order.forEach((s, i) => (id[s] = i));
  const accepting = order.findIndex((s) => ends[s]!.length > 0);
  const table = new Uint16Array(next.length * WIDTH);
  for (let s = 0; s < next.length; s++) {
    for (let c = 0; c < WIDTH; c++) {
      const folded = c >= 65 && c <= 90 ? c + 32 : c;
      table[id[s]! * WIDTH + c] = id[next[s]![folded]!]!;
    }
  }
  return {
    table,
    accepting: accepting < 0 ? next.length : accepting,
    ends: order.slice(Math.max(accepting, 0)).map((s) => Int32Array.from(ends[s]!)),
  };
}

/** Where each set's literals start in the text, sorted, without repeats. */
function scan(a: Automaton, text: string, count: number): number[][] {
  const { table, accepting, ends } = a;
  const out: number[][] = Array.from({ length: count }, () => []);
  const n = text.length;
  let s = 0;
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    s = table[(s << 7) | (c < WIDTH ? c : 0)]!;
    if (s >= accepting) {
      const e = ends[s - accepting]!;
      for (let i = 0; i < e.length; i += 2) out[e[i]!]!.push(p - e[i + 1]! + 1);
    }
  }
  for (const starts of out) sortUnique(starts);
  return out;
}

/** Sorts in place and drops repeats (a set's literals ending at one position start at different ones). */
function sortUnique(xs: number[]): void {
  let sorted = true;
  for (let i = 1; i < xs.length && sorted; i++) sorted = xs[i - 1]! < xs[i]!;
  if (sorted) return;
  xs.sort((a, b) => a - b);
  let k = 0;
  for (let i = 0; i < xs.length; i++) if (k === 0 || xs[i] !== xs[k - 1]) xs[k++] = xs[i]!;
  xs.length = k;
}
