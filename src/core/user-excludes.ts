/**
 * The user's exclusion patterns (`--exclude`, `.massgenignore`, `--include` as negations), asked per entry of the
 * walk. A `.massgenignore` is the session's, so untrusted: a megabyte of patterns made `ignore` test every pattern
 * against every path (38,000 patterns: 2.3 s to set up, 10.8 s for the first path, 100 ms each after). Here each
 * pattern is indexed by its last segment (a literal name, or a glob matched without backtracking), and `ignore` is
 * asked only with the few patterns whose last segment may match the entry's name, in their order (gitignore's last
 * match wins among them; the others cannot decide for an entry whose parents are decided: the walk's contract). The
 * count and the length of the patterns are capped (userPatternsProblem).
 */
import ignore, { type Ignore } from 'ignore';

/** Patterns read at most (all files and flags together): real ignore files hold tens to a few hundred. */
export const MAX_USER_PATTERNS = 10_000;
/** Characters in one pattern at most. */
export const MAX_PATTERN_LENGTH = 1024;

/** Why `patterns` (from `source`) are refused, one line, or null. */
export function userPatternsProblem(patterns: readonly string[], source: string): string | null {
  if (patterns.length > MAX_USER_PATTERNS)
    return `${source}: ${patterns.length} patterns, more than the ${MAX_USER_PATTERNS} read; shorten it (directory patterns such as dir/ cover many files)`;
  const long = patterns.findIndex((p) => p.length > MAX_PATTERN_LENGTH);
  if (long !== -1)
    return `${source}: a pattern of ${patterns[long]!.length} characters (pattern ${long + 1}), more than the ${MAX_PATTERN_LENGTH} read`;
  return null;
}

/** A segment glob: its matcher (of a lower-case name) and the character every name it matches ends with, if one. */
interface Glob {
  match: (lowerName: string) => boolean;
  last: number | undefined;
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
  const end = tokens[tokens.length - 1]!;
  return {
    last: end >= 0 ? end : undefined,
    match: tokens.includes(ONE) ? (n) => globMatch(tokens, n) : starMatch(tokens),
  };
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

/** The user's gitignore lines in order, asked per entry name (see the module's comment). */
export class UserRules {
  private readonly byName = new Map<string, number[]>();
  /** The globs by the character their names end with (`*.log`: g); -1 for those that may end with any. */
  private readonly globs = new Map<number, (Glob & { index: number })[]>();
  private readonly always: number[] = [];
  private readonly sets = new Map<string, Ignore>();

  constructor(private readonly rules: readonly string[]) {
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
      if (!glob) return this.always.push(index);
      const key = glob.last ?? -1;
      const list = this.globs.get(key) ?? [];
      list.push({ ...glob, index });
      return this.globs.set(key, list);
    });
  }

  /** `ignore` over the patterns that may decide for an entry named `name`, in their order; null when none may. */
  forName(name: string): Ignore | null {
    const lower = name.toLowerCase();
    const picked = [...(this.byName.get(lower) ?? []), ...this.always];
    for (const key of [lower.charCodeAt(lower.length - 1), -1])
      for (const g of this.globs.get(key) ?? []) if (g.match(lower)) picked.push(g.index);
    if (picked.length === 0) return null;
    picked.sort((a, b) => a - b);
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
