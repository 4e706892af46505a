/**
 * The user's exclusion patterns (`--exclude`, `.massgenignore`, `--include` as negations), asked per entry of the
 * walk. A `.massgenignore` is the session's, so untrusted: a megabyte of patterns made `ignore` test every pattern
 * against every path (38,000 patterns: 2.3 s to set up, 10.8 s for the first path, 100 ms each after). Here each
 * pattern is indexed by its last segment (a literal name, or a glob by its rarest literal chunk: indexGlobs; globs
 * matched without backtracking), and `ignore` is
 * asked only with the few patterns whose last segment may match the entry's name, in their order (gitignore's last
 * match wins among them; the others cannot decide for an entry whose parents are decided: the walk's contract). The
 * count and the length of the patterns are capped (userPatternsProblem).
 */
import ignore, { type Ignore } from 'ignore';
import { charsOf } from './char-codes.js';
import { pushAll } from './lists.js';

/** Patterns read at most (all files and flags together): real ignore files hold tens to a few hundred. */
const MAX_USER_PATTERNS = 10_000;
/** Characters in one pattern at most. */
const MAX_PATTERN_LENGTH = 1024;

/** Why `patterns` (from `source`) are refused, one line, or null. */
export function userPatternsProblem(patterns: readonly string[], source: string): string | null {
  if (patterns.length > MAX_USER_PATTERNS)
    return `${source}: ${patterns.length} patterns, more than the ${MAX_USER_PATTERNS} read; shorten it (directory patterns such as dir/ cover many files)`;
  const long = patterns.findIndex((p) => p.length > MAX_PATTERN_LENGTH);
  if (long !== -1)
    return `${source}: a pattern of ${patterns[long]!.length} characters (pattern ${long + 1}), more than the ${MAX_PATTERN_LENGTH} read`;
  return null;
}

/**
 * A segment glob: its matcher (of a lower-case name) and its literal chunks (between wildcards, lower case), each with
 * where a name must hold it: at its start (`pre`), its end (`suf`) or anywhere (`mid`).
 */
interface Glob {
  match: (lowerName: string) => boolean;
  chunks: { at: 'pre' | 'suf' | 'mid'; text: string }[];
  tokens: number;
}

const STAR = -1;
const ONE = -2;

/**
 * A matcher for one glob segment that never backtracks past the last star (at most name × pattern steps), case-
 * insensitive: `*`, `?`, and a `[...]` class read as any one character (a superset: a false yes only costs a call to
 * `ignore`). null when the segment could match any name or is not understood: the pattern is asked for every name.
 */
function segmentMatcher(seg: string): Glob | null {
  const tokens: number[] = [];
  const s = seg.toLowerCase();
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') return null;
    if (c === '*') {
      if (tokens[tokens.length - 1] !== STAR) tokens.push(STAR);
    } else if (c === '?') tokens.push(ONE);
    else if (c === '[') {
      let j = i + 1;
      if (s[j] === '!' || s[j] === '^') j++;
      if (s[j] === ']') j++;
      const close = s.indexOf(']', j);
      if (close === -1) return null;
      tokens.push(ONE);
      i = close;
    } else tokens.push(s.charCodeAt(i));
  }
  return {
    chunks: chunksOf(tokens),
    tokens: tokens.length,
    match: tokens.includes(ONE) ? (n) => globMatch(tokens, n) : starMatch(tokens),
  };
}

/** The literal runs of a glob's tokens, each with where a name must hold it. */
function chunksOf(tokens: readonly number[]): Glob['chunks'] {
  const out: Glob['chunks'] = [];
  for (let i = 0; i < tokens.length;) {
    if (tokens[i]! < 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && tokens[j]! >= 0) j++;
    const text = charsOf(tokens.slice(i, j));
    out.push({ at: i === 0 ? 'pre' : j === tokens.length ? 'suf' : 'mid', text });
    i = j;
  }
  return out;
}

/**
 * A glob of literals and stars: the text before the first star and after the last one checked first (most names are
 * told apart there), then each literal between stars found with indexOf, leftmost first (right for stars alone).
 */
function starMatch(tokens: readonly number[]): (lowerName: string) => boolean {
  const chunks: string[] = [''];
  for (const t of tokens) {
    if (t === STAR) chunks.push('');
    else chunks[chunks.length - 1] += String.fromCharCode(t);
  }
  const prefix = chunks[0]!;
  if (chunks.length === 1) return (n) => n === prefix;
  const suffix = chunks[chunks.length - 1]!;
  const middle = chunks.slice(1, -1).filter((c) => c !== '');
  return (n) => {
    if (n.length < prefix.length + suffix.length || !n.startsWith(prefix) || !n.endsWith(suffix)) return false;
    const stop = n.length - suffix.length;
    let at = prefix.length;
    for (const c of middle) {
      const found = n.indexOf(c, at);
      if (found === -1 || found + c.length > stop) return false;
      at = found + c.length;
    }
    return true;
  };
}

/** Wildcard matching with one backtrack point (the last star): linear in practice, name × pattern at worst. */
function globMatch(p: readonly number[], s: string): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (i < s.length) {
    if (j < p.length && p[j] !== STAR && (p[j] === ONE || p[j] === s.charCodeAt(i))) {
      i++;
      j++;
    } else if (j < p.length && p[j] === STAR) {
      star = j++;
      mark = i;
    } else if (star !== -1) {
      j = star + 1;
      i = ++mark;
    } else return false;
  }
  while (p[j] === STAR) j++;
  return j === p.length;
}

/** `ignore` instances kept for sets of candidate patterns (then forgotten all at once). */
const CACHED_SETS = 1024;
/**
 * Glob tokens (literals and wildcards) that one literal may stand for at most: the globs that share the literal they
 * are indexed by are all matched against a name holding it. Past this the patterns are refused (userGlobsProblem).
 */
const MAX_SHARED_TOKENS = 4096;

type Indexed = Glob & { index: number };
/** Globs indexed by one literal chunk each, by where a name must hold it. */
type ChunkIndex = Record<'pre' | 'suf' | 'mid', Map<string, Indexed[]>>;

/**
 * Each glob indexed by its rarest literal chunk (the one fewest globs hold; at a name's start or end before anywhere,
 * then the longest), so a name is matched only against the globs whose chunk it holds where they need it.
 */
function indexGlobs(globs: readonly Indexed[]): { index: ChunkIndex; always: Indexed[] } {
  const count = new Map<string, number>();
  const keyOf = (c: Glob['chunks'][number]): string => `${c.at}:${c.text}`;
  for (const g of globs) for (const k of new Set(g.chunks.map(keyOf))) count.set(k, (count.get(k) ?? 0) + 1);
  const index: ChunkIndex = { pre: new Map(), suf: new Map(), mid: new Map() };
  const always: Indexed[] = [];
  for (const g of globs) {
    const rank = (c: Glob['chunks'][number]): number =>
      count.get(keyOf(c))! * 4096 + (c.at === 'mid' ? 2048 : 0) - Math.min(c.text.length, 2047);
    const best = g.chunks.reduce<Glob['chunks'][number] | null>((a, c) => (a && rank(a) <= rank(c) ? a : c), null);
    if (!best) {
      always.push(g);
      continue;
    }
    const map = index[best.at];
    map.set(best.text, [...(map.get(best.text) ?? []), g]);
  }
  return { index, always };
}

/** The user's gitignore lines in order, asked per entry name (see the module's comment). */
export class UserRules {
  private readonly byName = new Map<string, number[]>();
  private readonly globs: ChunkIndex;
  /** The globs without a literal (`*`, `?*`): asked for every name. */
  private readonly anyGlobs: Indexed[];
  /** The lengths of the indexed chunks, by where a name holds them. */
  private readonly lengths: Record<'pre' | 'suf' | 'mid', number[]>;
  private readonly always: number[] = [];
  private readonly sets = new Map<string, Ignore>();
  /** Why the patterns are refused (too many globs share a literal), or null. */
  readonly problem: string | null;

  constructor(private readonly rules: readonly string[]) {
    const globs: Indexed[] = [];
    rules.forEach((raw, index) => {
      const body = raw.trim().replace(/^!/, '').replace(/\/+$/, '');
      const last = body.slice(body.lastIndexOf('/') + 1);
      if (last === '' || last.includes('**')) return this.always.push(index);
      if (!/[*?[\\]/.test(last)) {
        const key = last.toLowerCase();
        const list = this.byName.get(key) ?? [];
        list.push(index);
        return this.byName.set(key, list);
      }
      const glob = segmentMatcher(last);
      return glob ? globs.push({ ...glob, index }) : this.always.push(index);
    });
    const { index, always } = indexGlobs(globs);
    this.globs = index;
    this.anyGlobs = always;
    const lengths = (m: Map<string, unknown>): number[] => [...new Set([...m.keys()].map((k) => k.length))];
    this.lengths = { pre: lengths(index.pre), suf: lengths(index.suf), mid: lengths(index.mid) };
    this.problem = sharedProblem(index, always, rules);
  }

  /** Adds the globs matching `lower` to `picked`: those whose chunk it holds where they need it, and those without. */
  private matchGlobs(lower: string, picked: number[]): void {
    const n = lower.length;
    const visit = (list: Indexed[] | undefined): void => {
      if (list) for (const g of list) if (g.match(lower)) picked.push(g.index);
    };
    visit(this.anyGlobs);
    for (const len of this.lengths.pre) if (len <= n) visit(this.globs.pre.get(lower.slice(0, len)));
    for (const len of this.lengths.suf) if (len <= n) visit(this.globs.suf.get(lower.slice(n - len)));
    // A chunk held twice adds its globs twice (forName drops the repeats).
    for (const len of this.lengths.mid)
      for (let i = 0; i + len <= n; i++) visit(this.globs.mid.get(lower.slice(i, i + len)));
  }

  /** `ignore` over the patterns that may decide for an entry named `name`, in their order; null when none may. */
  forName(name: string): Ignore | null {
    return this.forNames([name]);
  }

  /**
   * `ignore` over the patterns that may decide for entries with any of these names, in their order; null when none
   * may. Given a path's names, the parents are judged as the whole set judges them (the patterns that may decide for
   * a parent are among those picked by its name).
   */
  forNames(names: readonly string[]): Ignore | null {
    let picked = [...this.always];
    for (const name of names) {
      const lower = name.toLowerCase();
      pushAll(picked, this.byName.get(lower) ?? []);
      this.matchGlobs(lower, picked);
    }
    if (picked.length === 0) return null;
    picked.sort((a, b) => a - b);
    picked = picked.filter((p, k) => k === 0 || p !== picked[k - 1]);
    const key = picked.join(',');
    let rules = this.sets.get(key);
    if (!rules) {
      if (this.sets.size >= CACHED_SETS) this.sets.clear();
      rules = ignore({ allowRelativePaths: true }).add(picked.map((i) => this.rules[i]!));
      this.sets.set(key, rules);
    }
    return rules;
  }
}

/** Why the globs are refused: those indexed by one literal (or by none) hold more than MAX_SHARED_TOKENS tokens. */
function sharedProblem(index: ChunkIndex, always: readonly Indexed[], rules: readonly string[]): string | null {
  const lists: [string, readonly Indexed[]][] = [
    ['no literal', always],
    ...Object.values(index).flatMap((m) => [...m].map(([k, l]): [string, Indexed[]] => [`the literal "${k}"`, l])),
  ];
  for (const [what, list] of lists) {
    const tokens = list.reduce((a, g) => a + g.tokens, 0);
    if (tokens <= MAX_SHARED_TOKENS) continue;
    const first = rules[list[0]!.index]!;
    return (
      `${list.length} wildcard patterns share ${what} (the first: ${JSON.stringify(first.slice(0, 60))}), ` +
      `${tokens} wildcards and literals together, more than the ${MAX_SHARED_TOKENS} one name is matched against; ` +
      'use fewer wildcards or directory patterns (dir/)'
    );
  }
  return null;
}
