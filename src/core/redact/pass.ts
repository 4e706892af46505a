import type { View } from './normalise.js';

/** Which candidates a finder's sticky regex is tried at (candidate-gate.ts builds it). */
export interface CandidateGate {
  /**
   * False when no match at line[at] can be kept, or every rule that can start there failed on its run; `lineStart`
   * tells the lines apart.
   */
  viable(line: string, at: number, lineStart: number): boolean;
  /** The regex matched nothing at line[at]. */
  failed(line: string, at: number, lineStart: number): void;
  /** The regex's match at line[at] was dropped: the rules that can start there are tried alone. */
  rejected(line: string, at: number, lineStart: number): void;
}

/**
 * A redaction pass: one regex (or alternation) over a piece of text, prefiltered, whose matches
 * resolve to hits (the part to replace and its rule). The redactor composes passes; a later
 * pass's hit that overlaps an earlier one's is dropped (mergeHits).
 */
export type Hit = {
  rule: string;
  start: number;
  end: number;
  label?: string;
  /** A piece of a value read joined across records (chunks.ts): the whole was learned where it was read, not this. */
  piece?: true;
};

/**
 * A finder whose match starts at most one character before the literal it found (the character
 * before a token, or the literal itself at the start of the text): the line of a match is the
 * line of the character after its start. `escaped` also lets a literal follow `m`, `n`, `r`,
 * `t` (the end of an ANSI colour code or of a `\n` escape, which startsToken accepts): it is
 * used on text that holds an ESC or a backslash, where one of those can be.
 */
export interface TokenFinder {
  plain: RegExp;
  escaped: RegExp;
  /**
   * Every match of the pass starts where a literal was found (group 1 or 2 holds a literal found at a
   * token's start; a match without either is a literal found anywhere): the pass's regex is then
   * tried there only (`sticky`), not on the whole line.
   */
  exact: boolean;
  /**
   * For an exact finder: where its matches found their literals, in order (those candidateHits tries), found
   * without the regex (token-starts.ts); `escaped` as finderFor chooses.
   */
  starts?(text: string, escaped: boolean): number[];
}

export interface Pass {
  /**
   * The keyword prefilter: the full regex runs only on the lines holding a match of this one
   * (a single alternation of literals, fast to scan). Null: the pass runs on the whole text.
   */
  finder: RegExp | TokenFinder | null;
  /** Skip the pass unless this cheap test (plain substring searches) says the text may hold a match. */
  requires?: (text: string) => boolean;
  /**
   * For a finder that is a RegExp of literals: where its matches start, in order, found without it (the shared
   * literal scan: literal-scan.ts).
   */
  starts?: (text: string) => readonly number[];
  regex: RegExp;
  /** The regex with the `y` flag, for a TokenFinder that is exact. */
  sticky?: RegExp;
  /** For a TokenFinder that is exact: which candidates the sticky regex is tried at (candidate-gate.ts). */
  gate?: () => CandidateGate;
  /**
   * For a match: the rule id and the [start, end) of the part to replace; or, to keep it,
   * null or the index to resume scanning at (a kept `key: value` may hold another inside its value).
   */
  resolve(m: RegExpExecArray): Hit | number | null;
  /**
   * Also match the original text, not only the normalised view (normalise.ts): for literal
   * values (known values, user patterns) that may be written with `\\`, `%` or an escape.
   */
  raw?: boolean;
  /**
   * For a `raw` pass: false when the original holds no match the normalised view misses (the original is then not
   * searched).
   */
  rawOnlyIn?(text: string, view: View): boolean;
  /** A pass that is not one regex (a decoder, a scorer) finds its hits itself; finder and regex are then unused. */
  run?(text: string): Hit[];
  /**
   * The pass reads lines' widths (a hard wrap's column): its hits on the normalised view are kept only where the view
   * kept the widths of their lines (view-widths.ts).
   */
  lineWidths?: boolean;
}

export const escapeLiteral = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A finder for a set of literals, compiled as a trie (`s(?:k(?:-|_)|bp_)|A(?:Iza|KI(?:A|D))|...`):
 * V8 tries a regex's alternatives one after another at each position, so one branch per first
 * character is checked where a flat list had one per literal (2.4 times faster on 200 literals).
 * A literal that another one starts with stands for both (the finder only flags lines).
 */
export function literalFinder(literals: readonly string[], flags: string): RegExp {
  const norm = flags.includes('i') ? (l: string): string => l.toLowerCase() : (l: string): string => l;
  const build = (ls: readonly string[]): string => {
    if (ls.includes('')) return '';
    const groups = new Map<string, string[]>();
    for (const l of ls) {
      const group = groups.get(l[0]!);
      if (group) group.push(l.slice(1));
      else groups.set(l[0]!, [l.slice(1)]);
    }
    const alts = [...groups].map(([head, tails]) => escapeLiteral(head) + build(tails));
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  return new RegExp(build([...new Set(literals.map(norm))]), `g${flags}`);
}

/** Runs a pass's regex over text[from, to), adding hits with absolute offsets. */
export function scan(pass: Pass, text: string, from: number, to: number, hits: Hit[]): void {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const regex = pass.regex;
  regex.lastIndex = 0;
  for (let m = regex.exec(slice); m !== null; m = regex.exec(slice)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const hit = pass.resolve(m);
    if (typeof hit === 'number') regex.lastIndex = hit;
    else if (hit) hits.push({ ...hit, start: hit.start + from, end: hit.end + from });
  }
}

/** The hits of one pass: on the lines its finder points at, or on the whole text. */
export function passHits(pass: Pass, text: string): Hit[] {
  const hits: Hit[] = [];
  if (pass.requires && !pass.requires(text)) return hits;
  if (pass.run) return pass.run(text);
  if (!pass.finder) {
    scan(pass, text, 0, text.length, hits);
    return hits;
  }
  const { regex: finder, skip } = finderFor(pass.finder, text);
  // (`in`: a pass may make its sticky regex on first use, passes.ts; candidateHits reads it at its first try)
  if (!(pass.finder instanceof RegExp) && pass.finder.exact && 'sticky' in pass) {
    const starts = pass.finder.starts?.(text, finder === pass.finder.escaped) ?? literalsAt(finder, text);
    return candidateHits(pass, starts, text);
  }
  if (pass.starts && pass.finder instanceof RegExp) {
    // The finder's matches from the shared scan: the first at or after the end of the line last read.
    let next = 0;
    for (const at of pass.starts(text)) if (at >= next) next = scanLineAt(pass, text, at, hits);
    return hits;
  }
  finder.lastIndex = 0;
  for (let f = finder.exec(text); f !== null; f = finder.exec(text))
    finder.lastIndex = scanLineAt(pass, text, f.index + skip, hits);
  return hits;
}

/** Scans the line of text[at] (scan()); returns its end. */
function scanLineAt(pass: Pass, text: string, at: number, hits: Hit[]): number {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd === -1) lineEnd = text.length;
  scan(pass, text, lineStart, lineEnd, hits);
  return lineEnd;
}

/**
 * The hits of a pass whose matches all start at a literal its finder finds: the sticky regex is
 * tried at each literal (on its line, as scan() reads a line), in order, skipping those inside a
 * match or before where a kept match said to resume: the hits scan() would find on those lines,
 * at one try per literal instead of a scan of each line.
 */
function candidateHits(pass: Pass, starts: readonly number[], text: string): Hit[] {
  const hits: Hit[] = [];
  let sticky: RegExp | undefined;
  let lineStart = 0;
  let lineEnd = -1;
  let line = '';
  let resume = 0;
  const gate = pass.gate?.();
  for (const at of starts) {
    if (at < resume) continue;
    if (at > lineEnd) {
      lineStart = text.lastIndexOf('\n', at) + 1;
      lineEnd = text.indexOf('\n', at);
      if (lineEnd === -1) lineEnd = text.length;
      line = text.slice(lineStart, lineEnd);
    }
    if (gate && !gate.viable(line, at - lineStart, lineStart)) continue;
    sticky ??= pass.sticky!;
    sticky.lastIndex = at - lineStart;
    const m = sticky.exec(line);
    if (m === null) gate?.failed(line, at - lineStart, lineStart);
    if (m === null || m[0].length === 0) continue;
    const hit = pass.resolve(m);
    if (typeof hit === 'number') {
      gate?.rejected(line, at - lineStart, lineStart);
      resume = lineStart + hit;
      continue;
    }
    resume = lineStart + m.index + m[0].length;
    if (hit) hits.push({ ...hit, start: hit.start + lineStart, end: hit.end + lineStart });
  }
  return hits;
}

/** Where a token finder's matches found their literals, in order (see candidateHits). */
export function literalsAt(finder: RegExp, text: string): number[] {
  const out: number[] = [];
  finder.lastIndex = 0;
  for (let f = finder.exec(text); f !== null; f = finder.exec(text)) {
    const literal = f[1] ?? f[2];
    out.push(literal === undefined ? f.index : f.index + f[0].length - literal.length);
    // Literals may overlap (the next one may start inside this one).
    finder.lastIndex = f.index + 1;
  }
  return out;
}

/** The regex to scan `text` with, and how far after a match's start its literal may be. */
function finderFor(finder: TokenFinder | RegExp, text: string): { regex: RegExp; skip: number } {
  if (finder instanceof RegExp) return { regex: finder, skip: 0 };
  const escaped = text.includes('\x1b') || text.includes('\\');
  return { regex: escaped ? finder.escaped : finder.plain, skip: 1 };
}

/**
 * A test for text holding any of the literals. Literals that start with a capital letter are
 * found by a native search for that letter (rare in text, so fast) and a comparison where it
 * is; includes() of `PRIVATE KEY` took four times as long. Others by includes().
 */
export function containsAny(literals: readonly string[]): (text: string) => boolean {
  const byHead = new Map<string, string[]>();
  const rest: string[] = [];
  for (const l of literals) {
    if (/^[A-Z]/.test(l)) byHead.set(l[0]!, [...(byHead.get(l[0]!) ?? []), l]);
    else rest.push(l);
  }
  return (text) => {
    for (const [head, ls] of byHead) {
      for (let i = text.indexOf(head); i !== -1; i = text.indexOf(head, i + 1))
        if (ls.some((l) => text.startsWith(l, i))) return true;
    }
    return rest.some((l) => text.includes(l));
  };
}

/**
 * Hits in order of start, one per start (the first found): a pass that looks at each position of a literal scan may
 * find the same value from two of them. Sorting once keeps it linear where a lookup of every earlier hit did not (a
 * line of `psk="` repeated: 1 MiB took 34 s).
 */
export function distinctByStart(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start);
  return hits.filter((h, i) => i === 0 || hits[i - 1]!.start !== h.start);
}

/** Adds a later pass's hits to the accepted ones (sorted by start), dropping any that overlap. */
export function mergeHits(accepted: readonly Hit[], hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start);
  const out: Hit[] = [];
  let i = 0;
  let lastEnd = -1;
  for (const h of hits) {
    while (i < accepted.length && accepted[i]!.start <= h.start) {
      out.push(accepted[i]!);
      lastEnd = Math.max(lastEnd, accepted[i]!.end);
      i++;
    }
    const next = accepted[i];
    if (h.start >= lastEnd && (next === undefined || h.end <= next.start)) {
      out.push(h);
      lastEnd = h.end;
    }
  }
  while (i < accepted.length) out.push(accepted[i++]!);
  return out;
}

/**
 * `hits` merged into `accepted` (both sorted, each without overlaps) as mergeHits does, except that a hit covering
 * every accepted hit it overlaps takes their place: a stream's joined reading (chunks.ts) sees a whole secret (a Slack
 * webhook's URL cut across two records) where a record alone showed a pass only its last part; kept out, the rest of
 * the URL went out around that part. With `widens` (redactor.ts), only a hit wider than them and of which `widens`
 * says so for each takes their place, named by the first of them: a provider's token inside a longer value under a
 * secret's name (`client_secret: <40 hex>ghp_…`), whose head stayed out (attack 43).
 */
export function mergeCovering(
  accepted: readonly Hit[],
  hits: Hit[],
  widens?: (inner: Hit, outer: Hit) => boolean,
): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  let i = 0;
  for (const h of hits) {
    while (i < accepted.length && accepted[i]!.end <= h.start) out.push(accepted[i++]!);
    const last = out[out.length - 1];
    if (last !== undefined && last.end > h.start) continue;
    let j = i;
    while (j < accepted.length && accepted[j]!.start < h.end) j++;
    if (j === i) {
      out.push(h);
      continue;
    }
    const [first, end] = [accepted[i]!, accepted[j - 1]!.end];
    if (first.start < h.start || end > h.end) continue;
    if (widens === undefined) out.push(h);
    else if ((h.start < first.start || h.end > end) && accepted.slice(i, j).every((a) => widens(a, h)))
      out.push({ rule: first.rule, start: h.start, end: h.end, ...(first.label ? { label: first.label } : {}) });
    else continue;
    i = j;
  }
  while (i < accepted.length) out.push(accepted[i++]!);
  return out;
}

/** A pass that only runs a function over the text (no keyword prefilter, no regex); `raw`: on the original too. */
/** The hits `hitAt` reads at each of a scan's starts (in order); a start inside the last hit is passed over. */
export function startHits(starts: readonly number[], hitAt: (at: number) => Hit | null): Hit[] {
  const hits: Hit[] = [];
  let next = 0;
  for (const at of starts) {
    if (at < next) continue;
    const hit = hitAt(at);
    if (hit === null) continue;
    hits.push(hit);
    next = hit.end;
  }
  return hits;
}

export function runPass(run: (text: string) => Hit[], raw = false): Pass {
  return { finder: null, regex: /$^/g, resolve: () => null, run, ...(raw ? { raw } : {}) };
}
