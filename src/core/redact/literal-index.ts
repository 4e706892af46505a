/**
 * The shared literal scan's answer for the first texts of a run, before its automaton is worth building
 * (literal-scan.ts): the literals indexed by their first one or two characters (ASCII case folded), each text's
 * positions looked up there and the literals found compared in place. Building the index is one step per literal
 * (some 1,200), where the automaton's trie is one per character (8,000) and its failure links one per state, all run
 * before V8 has optimised the code: 10-30 ms of CPU on every CLI start, while a dry run of a small session scans some
 * fifty texts of 13,000 characters in all. The answers are the automaton's: where each set's literals start, sorted,
 * without repeats.
 */

/**
 * A character's code, ASCII upper case folded to lower case (the literals are lower case), and any character beyond
 * ASCII read as BEYOND (128, literal-scan.ts), as the automaton reads it.
 */
const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c > 128 ? 128 : c);
/** Past the text's end: no literal's character. */
const END = 256;

/** Whether the literal (lower case, two characters or more) starts at text[at], ASCII case folded. */
function foldedAt(text: string, at: number, literal: string): boolean {
  if (at + literal.length > text.length) return false;
  for (let i = 2; i < literal.length; i++) if (fold(text.charCodeAt(at + i)) !== literal.charCodeAt(i)) return false;
  return true;
}

/** Appends a start unless it is the last one (several literals of a set start at one position). */
function add(starts: number[], at: number): void {
  if (starts.length === 0 || starts[starts.length - 1] !== at) starts.push(at);
}

export class LiteralIndex {
  /** By a literal's character (0..128): the sets holding it as a one-character literal. */
  private readonly one: (number[] | undefined)[] = [];
  /** By a literal's first two characters (`c0 << 8 | c1`): each longer literal starting so, with its set. */
  private readonly two: ([number, string][] | undefined)[] = [];

  /** `sets`: the registered sets of lower-case literals of printable ASCII, tab, line breaks and BEYOND. */
  constructor(private readonly sets: readonly (readonly string[])[]) {
    sets.forEach((set, id) => {
      for (const l of set) {
        const c0 = l.charCodeAt(0);
        if (l.length === 1) (this.one[c0] ??= []).push(id);
        else (this.two[(c0 << 8) | l.charCodeAt(1)] ??= []).push([id, l]);
      }
    });
  }

  /** Where each set's literals start in the text, sorted, without repeats (what the automaton's scan gives). */
  scan(text: string): number[][] {
    const out: number[][] = this.sets.map(() => []);
    const n = text.length;
    let c1 = n > 0 ? fold(text.charCodeAt(0)) : 0;
    for (let p = 0; p < n; p++) {
      const c0 = c1;
      c1 = p + 1 < n ? fold(text.charCodeAt(p + 1)) : END;
      const ones = this.one[c0];
      if (ones !== undefined) for (const id of ones) add(out[id]!, p);
      if (c1 === END) continue;
      const pairs = this.two[(c0 << 8) | c1];
      if (pairs !== undefined) for (const [id, l] of pairs) if (foldedAt(text, p, l)) add(out[id]!, p);
    }
    return out;
  }
}
