/**
 * Which candidates of a shape pass (passes.ts) its sticky regex is tried at (pass.ts, candidateHits): not where no
 * rule could keep a match, and not where every rule that could start there already failed on the same run.
 *
 * - A prefix rule's match is dropped unless it starts a token (startsToken), but the regex read to the end of its
 *   run first: `/ABSK` repeated (each `ABSK` after a `/`, the Bedrock key's body `[A-Za-z0-9+/]{100,}` the whole line)
 *   cost 5.5 s per 32 KiB. Where no rule can be kept, no match is tried.
 * - A rule that starts `LITERAL[CLASS]{n,}` where the literal's characters are all of CLASS (the JWT's
 *   `eyJ[A-Za-z0-9_-]{10,}\.…`) read the rest of its run from each literal inside it and gave it back: `-eyJ` repeated
 *   cost 14 s per 64 KiB. When the regex fails at such a literal, it fails at every later one of the same rule inside
 *   the same run (what follows the body is tried at fewer places, on the same text), so those are passed over.
 */
import { gluedEnd } from './shapes.js';
import { leadingStrings } from './leading.js';
import { escapeLiteral, type CandidateGate } from './pass.js';
import { startsToken, type ShapeRule } from './rules.js';

/** A rule's literal and, when its body is one run of a class holding the literal's characters, that class. */
interface Start {
  rule: number;
  literal: string;
  run: RegExp | null;
}

/** The class of `LITERAL[CLASS]{n,}` at the source's start, when the literal's characters are all of it. */
function runClass(source: string, literal: string): RegExp | null {
  const head = escapeLiteral(literal);
  if (!source.startsWith(head)) return null;
  const m = /^\[((?:\\.|[^\]\\])+)\]\{\d+,\}/.exec(source.slice(head.length));
  // A backreference would tie what follows to where the run started.
  if (!m || /\\k<|\\\d/.test(source)) return null;
  const cls = new RegExp(`[${m[1]}]`);
  return [...literal].every((c) => cls.test(c)) ? new RegExp(`[${m[1]}]*`, 'y') : null;
}

/**
 * The gate of a group of rules; `strong` the literals of each rule that start a token after `_ - + /` too; null when
 * some rule's matches do not all start with a literal read from its source.
 */
export function candidateGate(rules: readonly ShapeRule[], strong: readonly string[][]): (() => CandidateGate) | null {
  const starts: Start[] = [];
  for (let i = 0; i < rules.length; i++) {
    const leading = leadingStrings(rules[i]!.source);
    if (leading === null) return null;
    for (const literal of leading) starts.push({ rule: i, literal, run: runClass(rules[i]!.source, literal) });
  }
  const byHead = new Map<number, Start[]>();
  for (const s of starts) byHead.set(s.literal.charCodeAt(0), [...(byHead.get(s.literal.charCodeAt(0)) ?? []), s]);
  // A match of a prefix rule is kept only where a token starts (after `_ - + /` too for its strong literals).
  const keepable = (s: Start, line: string, at: number): boolean =>
    !rules[s.rule]!.prefix ||
    startsToken(line, at) ||
    (strong[s.rule]!.includes(s.literal) && startsToken(line, at, true));
  // Each rule's regex alone, compiled when first needed (sticky).
  const alone: (RegExp | undefined)[] = [];
  return () => {
    let of = -1;
    // Per rule: the end of the run its regex failed on (line offsets), 0 for none.
    const deadUntil = new Array<number>(rules.length).fill(0);
    let anyDead = 0;
    /** The rules that can start at line[at] and fail there (`fails`) are dead to the end of their run. */
    const fail = (line: string, at: number, lineStart: number, fails: (s: Start) => boolean): void => {
      if (lineStart !== of) {
        of = lineStart;
        deadUntil.fill(0);
        anyDead = 0;
      }
      for (const s of byHead.get(line.charCodeAt(at)) ?? []) {
        if (s.run === null || !line.startsWith(s.literal, at) || at < deadUntil[s.rule]! || !fails(s)) continue;
        s.run.lastIndex = at + s.literal.length;
        s.run.test(line);
        deadUntil[s.rule] = s.run.lastIndex;
        anyDead = Math.max(anyDead, s.run.lastIndex);
      }
    };
    const matches = (s: Start, line: string, at: number): boolean => {
      const source = rules[s.rule]!.source;
      const own = (alone[s.rule] ??= new RegExp(strong[s.rule]!.length > 0 ? gluedEnd(source) : source, 'y'));
      own.lastIndex = at;
      return own.test(line);
    };
    return {
      viable(line, at, lineStart) {
        const dead = lineStart === of && at < anyDead;
        // Tried where a rule can start and be kept, unless it failed on the run this literal is inside; and where the
        // regex of one such rule alone matches (the pass's alternation tried each of its rules' branches at every
        // literal: `secret_key:` repeated, Notion's `secret_` in every line, spent 9% of the redactor in it).
        let some = false;
        for (const s of byHead.get(line.charCodeAt(at)) ?? []) {
          if (!line.startsWith(s.literal, at) || !keepable(s, line, at)) continue;
          if (dead && s.run !== null && at < deadUntil[s.rule]!) continue;
          if (matches(s, line, at)) return true;
          some = true;
        }
        if (some) fail(line, at, lineStart, (s) => keepable(s, line, at));
        return false;
      },
      failed(line, at, lineStart) {
        fail(line, at, lineStart, () => true);
      },
      rejected(line, at, lineStart) {
        fail(line, at, lineStart, (s) => keepable(s, line, at) && !matches(s, line, at));
      },
    };
  };
}
