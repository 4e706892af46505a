import ignore, { type Ignore } from 'ignore';
import { UsageError } from '../errors.js';
import { DEFAULT_EXCLUDES, segmentRegex, type ExcludeCategory } from './exclude-defaults.js';
import { isLabelFileName } from './label-files.js';
import { isDisguisedSecretName, isDisguisedSecretPath } from './secret-names.js';
import { userPatternsProblem, UserRules } from './user-excludes.js';

// The default patterns live in a table of their own; importers keep importing them from here.
export { DEFAULT_EXCLUDES, type ExcludeCategory } from './exclude-defaults.js';

interface ExcludeOptions {
  /** `--exclude` patterns and `.massgenignore` lines (gitignore syntax, `!` negates). */
  exclude?: readonly string[];
  /** `--include` patterns: re-include what a default or user pattern excluded. */
  include?: readonly string[];
}

export interface ExcludeMatcher {
  /**
   * Why `relPath` (posix, relative to the session root) is excluded, or null if it is not.
   * Directories must be passed with a trailing `/` so that directory-only patterns apply.
   */
  reason(relPath: string): ExcludeCategory | null;
  /**
   * The same for an entry whose parent directory is known not to be excluded (the walk's case):
   * `parent` is that directory's path with its trailing `/` ('' for the session root), `name`
   * the entry's own. The entry's full path is only built when a pattern may match it.
   */
  childReason(parent: string, name: string, isDir: boolean): ExcludeCategory | null;
}

/** One default pattern compiled to per-segment regexes, matched against the end of a path. */
interface SegmentPattern {
  /** The pattern's last segment as written (no trailing `/`). */
  name: string;
  segments: RegExp[];
  dirOnly: boolean;
}

/**
 * Compiles a default pattern (`name`, `name/`, `*.ext`, `**\/a/b`) to segment regexes. The
 * defaults are written in this small subset of gitignore so that they can be matched a segment
 * at a time, without the general matcher (which costs about 20 us per new path).
 */
function compileDefault(pattern: string): SegmentPattern {
  const dirOnly = pattern.endsWith('/');
  const body = pattern.replace(/^\*\*\//, '').replace(/\/$/, '');
  if (/[?[\]\\!]/.test(body) || body.includes('**') || (body.includes('/') && !pattern.startsWith('**/'))) {
    throw new Error(`default exclude pattern outside the supported subset: ${pattern}`);
  }
  const parts = body.split('/');
  const segments = parts.map(segmentRegex);
  return { name: parts[parts.length - 1]!, segments, dirOnly };
}

const COMPILED_DEFAULTS: [ExcludeCategory, SegmentPattern[]][] = Object.entries(DEFAULT_EXCLUDES).map(
  ([category, patterns]) => [category as ExcludeCategory, patterns.map(compileDefault)],
);

/**
 * Every one-segment default at once (a set lookup and one small regex per path segment), for the common answer: not
 * excluded.
 */
const ONE_SEGMENT = COMPILED_DEFAULTS.flatMap(([, ps]) => ps).filter((p) => p.segments.length === 1);
const literals = (dirOnly: boolean): Set<string> =>
  new Set(ONE_SEGMENT.filter((p) => p.dirOnly === dirOnly && !p.name.includes('*')).map((p) => p.name));
/**
 * The one-segment globs of a kind as one anchored regex. The `*.ext` ones share a single `[^/]*` (one alternation of
 * anchored regexes, each with its own, cost three times as much: about 0.7 us a name).
 */
function globs(dirOnly: boolean): RegExp {
  const names = ONE_SEGMENT.filter((p) => p.dirOnly === dirOnly && p.name.includes('*')).map((p) => p.name);
  const body = (glob: string): string => segmentRegex(glob).source.slice(1, -1);
  const suffixes = names.filter((n) => n.lastIndexOf('*') === 0).map((n) => body(n.slice(1)));
  const others = names.filter((n) => n.lastIndexOf('*') !== 0).map(body);
  const alternatives = [...(suffixes.length > 0 ? [`[^/]*(?:${suffixes.join('|')})`] : []), ...others];
  return new RegExp(alternatives.length > 0 ? `^(?:${alternatives.join('|')})$` : '(?!)');
}
const ANY_LITERAL = literals(false);
const DIR_LITERAL = literals(true);
const ANY_GLOB = globs(false);
const DIR_GLOB = globs(true);
const MULTI_SEGMENT = COMPILED_DEFAULTS.flatMap(([, ps]) => ps).filter((p) => p.segments.length > 1);

/** Does `p` match the path's segments ending at index `end` (a directory unless it is the last, file, segment)? */
function matchesAt(p: SegmentPattern, segs: string[], end: number, lastIsDir: boolean): boolean {
  if (p.dirOnly && end === segs.length - 1 && !lastIsDir) return false;
  const start = end - p.segments.length + 1;
  if (start < 0) return false;
  for (let j = 0; j < p.segments.length; j++) if (!p.segments[j]!.test(segs[start + j]!)) return false;
  return true;
}

/** The default category excluding `relPath` (any of its segments), or null. */
export function defaultReason(relPath: string): ExcludeCategory | null {
  const lastIsDir = relPath.endsWith('/');
  const segs = (lastIsDir ? relPath.slice(0, -1) : relPath).split('/');
  let hit = false;
  for (let end = 0; end < segs.length && !hit; end++) {
    const seg = segs[end]!;
    hit =
      ANY_LITERAL.has(seg) ||
      ANY_GLOB.test(seg) ||
      ((end < segs.length - 1 || lastIsDir) && (DIR_LITERAL.has(seg) || DIR_GLOB.test(seg))) ||
      MULTI_SEGMENT.some((p) => matchesAt(p, segs, end, lastIsDir));
  }
  if (!hit) {
    let parent = '';
    for (let i = 0; i < segs.length; i++) {
      if (disguised(parent, segs[i]!, i < segs.length - 1 || lastIsDir)) return 'secret-bearing file';
      parent += `${segs[i]}/`;
    }
    return null;
  }
  // Excluded: which category says so first (the order of DEFAULT_EXCLUDES).
  for (const [category, patterns] of COMPILED_DEFAULTS) {
    for (let end = 0; end < segs.length; end++) {
      for (const p of patterns) if (matchesAt(p, segs, end, lastIsDir)) return category;
    }
  }
  return null;
}

/**
 * A secret-bearing name or path in disguise (secret-names.ts): another case, a copy, look-alike letters; or a file
 * whose name labels the secret it holds (label-files.ts).
 */
const disguised = (parent: string, name: string, isDir: boolean): boolean =>
  isDisguisedSecretName(name, isDir) || isDisguisedSecretPath(parent, name, isDir) || (!isDir && isLabelFileName(name));

/** The path matchers take: a directory's with its trailing `/`. */
const entryPath = (parent: string, name: string, isDir: boolean): string =>
  isDir ? `${parent}${name}/` : parent + name;

/**
 * defaultReason for an entry whose parents are not excluded: only its own name can exclude it (checked first, cheaply).
 */
function defaultChildReason(parent: string, name: string, isDir: boolean): ExcludeCategory | null {
  const mayMatch =
    ANY_LITERAL.has(name) ||
    ANY_GLOB.test(name) ||
    (isDir && (DIR_LITERAL.has(name) || DIR_GLOB.test(name))) ||
    MULTI_SEGMENT.some((p) => p.segments[p.segments.length - 1]!.test(name));
  if (mayMatch) {
    // Only a pattern ending at this entry decides: a parent that matched a default was re-included by a user pattern.
    const segs = `${parent}${name}`.split('/');
    for (const [category, patterns] of COMPILED_DEFAULTS) {
      for (const p of patterns) if (matchesAt(p, segs, segs.length - 1, isDir)) return category;
    }
  }
  return disguised(parent, name, isDir) ? 'secret-bearing file' : null;
}

/**
 * The matcher for a walk. The defaults always go through the segment matcher above; user
 * patterns (`--exclude`, `.massgenignore`, and `--include` as negations) through `ignore`, on
 * their own. They come after the defaults in gitignore order, so where one of them decides (it
 * excludes, or re-includes) it wins, and where none matches the defaults decide: the same answer
 * as one `ignore` over all of them, at the cost of the user's few patterns instead of all 100. One
 * exception: a secret-bearing file comes back only by `--include`, never by a `!` pattern.
 */
export function createExcludeMatcher(opts: ExcludeOptions = {}): ExcludeMatcher {
  const user = (opts.exclude ?? []).filter((p) => p.trim() !== '' && !p.trimStart().startsWith('#'));
  const include = (opts.include ?? []).filter((p) => p.trim() !== '');
  // Without user patterns (the common case) the defaults decide alone, a segment at a time.
  if (user.length === 0 && include.length === 0) return { reason: defaultReason, childReason: defaultChildReason };
  const problem = userPatternsProblem([...user, ...include], '--exclude, --include and .massgenignore');
  if (problem) throw new UsageError(`${problem}.`);
  const userRules = new UserRules([...user, ...include.map((p) => `!${p}`)]);
  if (userRules.problem) throw new UsageError(`--exclude, --include and .massgenignore: ${userRules.problem}.`);
  const includeRules =
    include.length > 0 ? ignore({ allowRelativePaths: true }).add(include.map((p) => `!${p}`)) : null;
  // The name's own patterns, unless they exclude its parent, which the walk's contract says is not excluded: one
  // that the whole set re-includes by a pattern picked by the parent's name (`[!c]*`, `!.env`: `.env/config.json`).
  // Then the patterns of every name on the path judge it, the parents as the whole set does.
  const judge = (rules: Ignore, relPath: string, parent: string): { ignored: boolean; unignored: boolean } => {
    const verdict = rules.test(relPath);
    if (!verdict.ignored || parent === '' || !rules.test(parent).ignored) return verdict;
    return userRules.forNames(relPath.split('/').filter((s) => s !== ''))!.test(relPath);
  };
  const childReason = (parent: string, name: string, isDir: boolean): ExcludeCategory | null => {
    const defaults = (): ExcludeCategory | null => defaultChildReason(parent, name, isDir);
    const rules = userRules.forName(name);
    if (!rules) return defaults();
    const relPath = entryPath(parent, name, isDir);
    const { ignored, unignored } = judge(rules, relPath, parent);
    if (ignored) return 'user pattern';
    if (!unignored) return defaults();
    // Re-included. Only --include brings back a secret-bearing file: a `!` line may come from the session's own
    // .massgenignore, which is not the user's to trust (`!.env` would upload the keys).
    if (includeRules?.test(relPath).unignored) return null;
    const d = defaults();
    return d === 'secret-bearing file' ? d : null;
  };
  // A whole path, a segment at a time as the walk meets it: an excluded directory excludes all below it.
  const reason = (relPath: string): ExcludeCategory | null => {
    const isDir = relPath.endsWith('/');
    const segs = (isDir ? relPath.slice(0, -1) : relPath).split('/');
    let parent = '';
    for (let i = 0; i < segs.length; i++) {
      const why = childReason(parent, segs[i]!, i < segs.length - 1 || isDir);
      if (why) return why;
      parent += `${segs[i]}/`;
    }
    return null;
  };
  return { reason, childReason };
}

/**
 * Splits a `.massgenignore` text into exclusion patterns and `redact:` patterns.
 * Lines are gitignore patterns; `redact: REGEX` lines (or the indented/`-` items after a bare
 * `redact:` line) are extra redaction patterns for the redactor.
 */
export function parseMassgenignore(text: string): { exclude: string[]; redact: string[] } {
  const exclude: string[] = [];
  const redact: string[] = [];
  let inRedactBlock = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    const inline = /^redact:\s*(.*)$/.exec(line);
    if (inline) {
      if (inline[1]) redact.push(inline[1]);
      inRedactBlock = !inline[1];
      continue;
    }
    if (inRedactBlock) {
      const item = /^\s+(?:-\s+)?(.+)$/.exec(line) ?? /^-\s+(.+)$/.exec(line);
      if (item) {
        redact.push(item[1]!);
        continue;
      }
      inRedactBlock = false;
    }
    if (line.trim() === '' || line.startsWith('#')) continue;
    exclude.push(line);
  }
  return { exclude, redact };
}
