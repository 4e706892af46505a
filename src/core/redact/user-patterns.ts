/**
 * User patterns: `--redact-extra` and `.massgenignore` `redact:` regexes, checked up front and
 * matched as one pass.
 */
import type { Pass } from './pass.js';

export function extraPass(patterns: readonly string[]): Pass | null {
  if (patterns.length === 0) return null;
  return {
    finder: null,
    raw: true,
    regex: new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'gd'),
    resolve: (m) => (m[0].length === 0 ? null : { rule: 'custom', start: m.index, end: m.index + m[0].length }),
  };
}

/** Checks user regexes up front: a bad one is the user's to fix, named in one line. */
export function validatePatterns(patterns: readonly string[]): string | null {
  for (const p of patterns) {
    try {
      new RegExp(p);
    } catch (err) {
      return `Invalid --redact-extra pattern ${JSON.stringify(p)}: ${(err as Error).message}`;
    }
    if (new RegExp(`^(?:${p})$`).test(''))
      return `--redact-extra pattern ${JSON.stringify(p)} matches the empty string`;
    if (nestedRepeat(p))
      return `Redaction pattern ${JSON.stringify(p)} repeats a group that itself repeats or holds alternatives (as in (a+)+ or (a|b)*): it can take exponential time on some lines, and every line is searched. Write it without the nested repeat (a class such as [ab]* for alternatives)`;
  }
  return null;
}

/**
 * True when a group that holds an unbounded repeat (`*`, `+`, `{n,}`) is itself repeated
 * without bound, as in `(a+)+` or `(\w+\s?)*`: the shape behind catastrophic backtracking. A
 * pattern from a session's `.massgenignore` is not to be trusted, and JavaScript regexes have
 * no time limit. A repeated group of alternatives (`(a|a)*`, `(x|xy)+`) is refused too: write
 * a class (`[ab]*`) instead.
 */
export function nestedRepeat(source: string): boolean {
  const stack: { inner: boolean; alt: boolean }[] = [];
  let inner = false;
  // The group being read holds alternatives (`|`): repeated without bound, two of them may match the same text.
  let alt = false;
  const unboundedAt = (i: number): number => {
    const c = source[i];
    if (c === '*' || c === '+') return 1;
    const m = /^\{\d*,\}/.exec(source.slice(i));
    return m ? m[0].length : 0;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (c === '(') {
      stack.push({ inner, alt });
      inner = false;
      alt = false;
      continue;
    }
    if (c === '|' && stack.length > 0) alt = true;
    if (c === ')') {
      const held = inner;
      const alternatives = alt;
      ({ inner, alt } = stack.pop() ?? { inner: false, alt: false });
      if (unboundedAt(i + 1)) {
        if (held || alternatives) return true;
        inner = true;
      } else if (held) inner = true;
      continue;
    }
    if (unboundedAt(i)) inner = true;
  }
  return false;
}
