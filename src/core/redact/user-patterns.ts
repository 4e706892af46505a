/**
 * User patterns: `--redact-extra` and `.massgenignore` `redact:` regexes, checked up front and
 * matched as one pass. They run on RE2JS, a linear-time engine: a session's `.massgenignore` may
 * come from a pulled share, and no JavaScript regex can be stopped once it backtracks (`(a+){8}b`
 * on a line of `a`s ran for minutes, deaf to Ctrl-C). RE2 has no backtracking, so no pattern
 * can take more than linear time; it refuses lookarounds and backreferences (a usage error).
 */
import type { RE2JS } from 're2js';
import { runPass, type Hit, type Pass } from './pass.js';

/** RE2JS (263 KB), loaded only when there are user patterns (most exports have none). */
let engine: typeof RE2JS | null = null;

/** Loads the engine; call it before validatePatterns or a Redactor with user patterns. */
export async function loadPatternEngine(): Promise<void> {
  engine ??= (await import('re2js')).RE2JS;
}

/** The user's patterns (written as JavaScript regexes) compiled as one RE2 alternation. */
function compile(patterns: readonly string[]): RE2JS {
  if (!engine) throw new Error('user patterns need loadPatternEngine() first');
  const re2 = engine;
  return re2.compile(patterns.map((p) => `(?:${re2.translateRegExp(p)})`).join('|'));
}

export function extraPass(patterns: readonly string[]): Pass | null {
  if (patterns.length === 0) return null;
  const re = compile(patterns);
  return runPass((text) => {
    const hits: Hit[] = [];
    const m = re.matcher(text);
    while (m.find()) if (m.end() > m.start()) hits.push({ rule: 'custom', start: m.start(), end: m.end() });
    return hits;
  }, true);
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
    try {
      compile([p]);
    } catch (err) {
      return `Redaction pattern ${JSON.stringify(p)} cannot run in linear time (${(err as Error).message}): patterns may not use lookarounds or backreferences`;
    }
  }
  return null;
}
