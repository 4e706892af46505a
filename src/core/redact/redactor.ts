import type { TextFilter, TextFilterFactory } from '../content.js';
import type { NameSecret } from '../walk.js';
import { isCodeFile, isCodeValue, isPaginationKey, isPlaceholderText, keyBefore, type HitContext } from './benign.js';
import { base64Pass } from './carriers.js';
import { ASSIGN_FORMAT_HINT, ASSIGN_FORMAT_SOURCE, blockScalarHit, COMMAND_FINDER, COMMAND_FORMAT_SOURCE, COMMAND_HINT, ENV_SEPARATOR, resolveFormat, type BlockScalar } from './formats.js';
import { isSecretKey, judgeAssignment, KEY_NAME_SOURCE } from './key-names.js';
import { knownValuesFromEnv, parseDotenv, type KnownValue } from './known-values.js';
import { keyBefore as assignedKeyBefore, LearnedValues, type Learning } from './learned.js';
import { lossyLines, normalise, rawToOriginal, toOriginal } from './normalise.js';
import { escapeLiteral, literalFinder, mergeHits, passHits, type Hit, type Pass } from './pass.js';
import { SHAPE_RULES, startsToken, type ShapeRule } from './rules.js';
import { splitTokenPass } from './split.js';
export type { KnownValue } from './known-values.js';

/** Where a value was redacted: never the value itself. */
export interface Finding {
  line: number;
  rule: string;
}

export interface RedactorOptions {
  knownValues?: readonly KnownValue[];
  /** `--redact-extra` and `.massgenignore` `redact:` regexes (JavaScript syntax). */
  extraPatterns?: readonly string[];
  /**
   * Learn values: a value found by a layer other than the provider shapes (a key name, a generic
   * detector, a user pattern) becomes a known value for every later piece (learned.ts).
   */
  learn?: boolean;
}

/** Findings kept per file (counts are always complete). */
const MAX_FINDINGS_PER_FILE = 200;
/** Text is redacted in line-aligned pieces of about this many characters. */
const PIECE = 1 << 20;
/** An unterminated PEM block is held back for at most this long, waiting for its END line. */
const PEM_HOLD = 256 * 1024;
/** A line longer than PIECE is cut at least this far before the end of what is held: every hit that starts before the cut is seen whole. */
const OVERLAP = 64 * 1024;
/** Characters of already emitted text each piece is matched with (a key name, a token's start), not emitted again. */
const CONTEXT = 2048;
/** Matching context for text that is not a file (a string, names). */
const PLAIN: HitContext = { code: false };

export const placeholder = (rule: string): string => `[REDACTED:${rule}]`;

/** One pass over a group of shape rules compiled into a single alternation, prefiltered by their keywords. */
function shapePass(rules: readonly ShapeRule[], flags: string, finder: RegExp | null, requires?: (text: string) => boolean): Pass {
  const regex = new RegExp(rules.map((r, i) => `(?<r${i}>${r.source.replace(/\(\?<s>/g, `(?<s${i}>`)})`).join('|'), `gd${flags}`);
  return {
    finder,
    requires,
    regex,
    resolve(m) {
      const groups = m.groups!;
      for (let i = 0; i < rules.length; i++) {
        if (groups[`r${i}`] === undefined) continue;
        if (rules[i]!.prefix && !startsToken(m.input, m.index)) return m.index + 1;
        const s = m.indices!.groups![`s${i}`];
        return s ? { rule: rules[i]!.id, start: s[0], end: s[1] } : { rule: rules[i]!.id, start: m.index, end: m.index + m[0].length };
      }
      return null;
    },
  };
}

/**
 * Secret-ish stems of key names (generic.ts), followed by the rest of the name (not a counter
 * or reference ending, which would send every `token_usage:` line to the full regex), before
 * `:`, `=`, `"] =` and `",` (`os.environ["X"] = …`, `getenv("X", …)`), `|` and `>` (tables,
 * XML), a ` value=` (.NET) or two spaces (column output); and flags. The rest of the name is
 * taken whole (`(?=(…))\\1`, an atomic group) so the exclusion is checked once, not per length.
 * A `${VAR}` placeholder as the whole value (MassGen configs are full of `api_key: ${X_API_KEY}`)
 * sends no line to the regexes: it would be kept anyway.
 */
const KEY_FINDER = new RegExp(
  `(?:key(?!s\\b)|token(?!s\\b)|secret|pass|pwd|phrase|auth|cred|cookie|dsn|sig)(?=([a-z0-9_.-]{0,40}))\\1(?<![_.-](?:source|usage|name|names|file|env|url|uri|path|type|count|dir|limit|size))` +
    `(?:\\\\?["'\`]?(?:\\]|[ \\t]+value)?[ \\t]*[:=|>](?![ \\t]*\\\\?["']?\\$\\{[A-Za-z0-9_]*\\}\\\\?["']?[ \\t]*(?:[\\r\\n,}]|$))|\\\\?["'](?<=\\(\\s*\\\\?["'][A-Za-z0-9_.-]{1,64}\\\\?["']),|[ \\t]{2,}\\S|${ENV_SEPARATOR})` +
    `|--[a-z0-9-]*(?:key|token|secret|passw(?:or)?d|pwd|pass|phrase|credentials?)[ \\t]|${COMMAND_FINDER}`,
  'gi',
);

/**
 * A line longer than this (a minified bundle, a JSON log on one line) is not read whole for each
 * key name in it: only a window around the name, from the start of the token before it (a key
 * name is at most 64 characters) to 8 KiB after it, stretched to the end of the value there.
 */
const LONG_LINE = 16 * 1024;
const TOKEN_CHAR = /[A-Za-z0-9_.\-$\\"'`\[\]]/;
function windowAround(text: string, at: number, lineStart: number, lineEnd: number): [number, number] {
  let start = at;
  while (start > lineStart && at - start < 160 && TOKEN_CHAR.test(text[start - 1]!)) start--;
  // Keep one character before the token, so that a key still has to start a token.
  start = Math.max(lineStart, start - 1);
  let end = Math.min(lineEnd, at + 8192);
  while (end < lineEnd && !/[\s,;)}]/.test(text[end]!)) end++;
  return [start, end];
}

function keyNamePass(): Pass {
  // The format branches in a regex of their own: a plain line (most of them) pays nothing for
  // them, a line that may hold one is read by both (a hit found twice is merged away).
  const regex = new RegExp(ASSIGN_FORMAT_SOURCE, 'gid');
  const commandRegex = new RegExp(COMMAND_FORMAT_SOURCE, 'gid');
  const plainRegex = new RegExp(KEY_NAME_SOURCE, 'gid');
  const resolve = (m: RegExpExecArray): Hit | number | BlockScalar | null => {
    const format = resolveFormat(m);
    if (format !== undefined) return format;
    const g = m.groups!;
    const idx = m.indices!.groups!;
    for (const [k, v] of [['k', 'v'], ['k2', 'v2'], ['k3', 'v3']] as const) {
      if (g[k] === undefined) continue;
      const range = idx[v]!;
      if (k === 'k2' && !startsToken(m.input, idx.k2![0])) return m.index + 1;
      // The shell's `${NAME:-default}` reads a variable: the name is no key being assigned.
      if (k === 'k2' && m.input.startsWith('${', idx.k2![0] - 2)) return range[1];
      const rule = judgeAssignment(g[k]!, g[v]!);
      return rule === null ? range[0] : { rule, start: range[0], end: range[1] };
    }
    return null;
  };
  return {
    finder: KEY_FINDER,
    regex,
    resolve: (m) => {
      const r = resolve(m);
      return r !== null && typeof r === 'object' && 'block' in r ? null : r;
    },
    // The finder's lines, as passHits scans them, except that a YAML block scalar header reads the
    // lines below it, and a line with a command option or `://:` is also read by the command regex.
    run(text) {
      const hits: Hit[] = [];
      const scanLine = (regex: RegExp, line: string, lineStart: number, lineEnd: number): number => {
        let next = lineEnd;
        regex.lastIndex = 0;
        for (let m = regex.exec(line); m !== null; m = regex.exec(line)) {
          const r = resolve(m);
          if (typeof r === 'number') regex.lastIndex = r;
          else if (r !== null && 'block' in r) {
            const hit = blockScalarHit(text, lineEnd, r);
            if (hit) {
              hits.push(hit);
              next = hit.end;
            }
            break;
          } else if (r) hits.push({ ...r, start: r.start + lineStart, end: r.end + lineStart });
        }
        return next;
      };
      const scanLines = (finder: RegExp): void => {
        finder.lastIndex = 0;
        for (let f = finder.exec(text); f !== null; f = finder.exec(text)) {
          let lineStart = text.lastIndexOf('\n', f.index) + 1;
          let lineEnd = text.indexOf('\n', f.index);
          if (lineEnd === -1) lineEnd = text.length;
          const windowed = lineEnd - lineStart > LONG_LINE;
          if (windowed) [lineStart, lineEnd] = windowAround(text, f.index, lineStart, lineEnd);
          const line = text.slice(lineStart, lineEnd);
          // Most key-name lines are plain `key: value`: the regex with the format branches only runs where one may be.
          let next = ASSIGN_FORMAT_HINT.test(line) ? scanLine(regex, line, lineStart, lineEnd) : lineEnd;
          next = Math.max(next, scanLine(plainRegex, line, lineStart, lineEnd));
          // A hit found twice (a line read by both regexes, or two windows) is dropped by the redactor's merge.
          if (COMMAND_HINT.test(line)) scanLine(commandRegex, line, lineStart, lineEnd);
          // After a window, the finder resumes a little before its end: a key whose value the window cut gets a window of its own.
          finder.lastIndex = windowed ? Math.max(f.index + 1, next - 256) : next;
        }
      };
      scanLines(KEY_FINDER);
      return hits;
    },
  };
}

function literalPass(values: readonly KnownValue[]): Pass | null {
  const usable = [...values].filter((v) => v.value.length >= 8).sort((a, b) => b.value.length - a.value.length);
  if (usable.length === 0) return null;
  const byValue = new Map(usable.map((v) => [v.value, v.name]));
  return {
    finder: null,
    raw: true,
    requires: (text) => usable.some((v) => text.includes(v.value)),
    regex: new RegExp(usable.map((v) => escapeLiteral(v.value)).join('|'), 'gd'),
    resolve: (m) => ({ rule: 'known-value', start: m.index, end: m.index + m[0].length, label: `known-value:${byValue.get(m[0]) ?? 'env'}` }),
  };
}

function extraPass(patterns: readonly string[]): Pass | null {
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
    if (new RegExp(`^(?:${p})$`).test('')) return `--redact-extra pattern ${JSON.stringify(p)} matches the empty string`;
    if (nestedRepeat(p)) return `Redaction pattern ${JSON.stringify(p)} repeats a group that itself repeats (as in (a+)+): it can take exponential time on some lines, and every line is searched. Write it without the nested repeat`;
  }
  return null;
}

/**
 * True when a group that holds an unbounded repeat (`*`, `+`, `{n,}`) is itself repeated
 * without bound, as in `(a+)+` or `(\w+\s?)*`: the shape behind catastrophic backtracking. A
 * pattern from a session's `.massgenignore` is not to be trusted, and JavaScript regexes have
 * no time limit. (Overlapping alternatives such as `(a|a)*` are not caught.)
 */
export function nestedRepeat(source: string): boolean {
  const stack: boolean[] = [];
  let inner = false;
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
      stack.push(inner);
      inner = false;
      continue;
    }
    if (c === ')') {
      const held = inner;
      inner = stack.pop() ?? false;
      if (unboundedAt(i + 1)) {
        if (held) return true;
        inner = true;
      } else if (held) inner = true;
      continue;
    }
    if (unboundedAt(i)) inner = true;
  }
  return false;
}

/**
 * Redacts secrets from text in three layers, one pass per layer over each piece of text:
 * known values (the user's own keys), provider shapes (a curated rule table, prefiltered by
 * literal keywords and compiled into as few regexes as possible), and key names (YAML, JSON,
 * env, INI, TOML, Python reprs, headers, flags). Replacements are typed placeholders; a
 * multi-line match keeps its line breaks so line numbers and YAML structure survive.
 */
export class Redactor implements Learning {
  private readonly passes: Pass[];
  private learning = false;
  /** The known values (given, then learned) and the pass that finds them. */
  private readonly known: KnownValue[];
  private literal: Pass | null;
  /** Values learned during this export (null: learning is off). */
  readonly learned: LearnedValues | null;

  constructor(opts: RedactorOptions = {}) {
    this.known = [...(opts.knownValues ?? [])];
    this.literal = literalPass(this.known);
    this.learned = opts.learn ? new LearnedValues() : null;
    const multiLine = SHAPE_RULES.filter((r) => r.multiLine);
    const multiLineKeywords = multiLine.flatMap((r) => r.keywords);
    // A keyword that starts with punctuation (`:AA`) makes the finder check every `:` of JSON
    // and YAML, which halved its speed: such rules get a pass of their own, run only on text
    // that holds one of their keywords (a plain substring search).
    const punctuated = (r: ShapeRule): boolean => r.keywords.some((k) => /^[^A-Za-z0-9]/.test(k));
    const rare = SHAPE_RULES.filter((r) => !r.caseInsensitive && !r.multiLine && !r.finder && punctuated(r));
    const cs = SHAPE_RULES.filter((r) => !r.caseInsensitive && !r.multiLine && !r.finder && !punctuated(r));
    const ci = SHAPE_RULES.filter((r) => r.caseInsensitive);
    const rareKeywords = rare.flatMap((r) => r.keywords);
    this.passes = [
      this.literal,
      shapePass(multiLine, '', null, (text) => multiLineKeywords.some((k) => text.includes(k))),
      shapePass(cs, '', literalFinder(cs.flatMap((r) => r.keywords), '')),
      rare.length > 0 ? shapePass(rare, '', literalFinder(rareKeywords, ''), (text) => rareKeywords.some((k) => text.includes(k))) : null,
      shapePass(ci, 'i', literalFinder(ci.flatMap((r) => r.keywords), 'i')),
      // Rules with a finder of their own (rules.ts: a literal too common to be a keyword).
      ...SHAPE_RULES.filter((r) => r.finder).map((r) => shapePass([r], '', new RegExp(r.finder!, 'g'))),
      // A token of a fixed-length family cut by a wrap, a box border or string concatenation (split.ts).
      splitTokenPass(() => this.known),
      extraPass(opts.extraPatterns ?? []),
      keyNamePass(),
    ].filter((p): p is Pass => p !== null);
    // Last: a base64 run is replaced whole when what it decodes to holds a secret (found by the passes above).
    const b64 = base64Pass((text) => innerRule(this.passes, b64, text));
    this.passes.push(b64);
  }

  /**
   * Makes values known for every later piece (propagatable ones only: learned.ts); returns how
   * many were new. Values found by a layer are learned as they are found when `learn` is on.
   */
  learn(values: readonly KnownValue[]): number {
    if (!this.learned) return 0;
    let added = 0;
    for (const v of values) {
      if (!this.learned.add(v.name, v.value)) continue;
      this.known.push(v);
      added++;
    }
    if (added > 0) {
      const next = literalPass(this.known);
      const i = this.literal ? this.passes.indexOf(this.literal) : -1;
      if (i >= 0) this.passes[i] = next!;
      else this.passes.unshift(next!);
      this.literal = next;
    }
    return added;
  }

  version(): number {
    return this.learned?.version ?? 0;
  }

  since(version: number): string[] {
    return this.learned?.since(version) ?? [];
  }

  /** While on, values found by a layer are learned as they are found (during a collection). */
  active(on: boolean): void {
    this.learning = on && this.learned !== null;
  }

  /** Learns the values of a file that is not exported (a `.env`, a `credentials.json`): its dotenv entries and what the layers find. */
  harvest(rel: string, text: string): void {
    if (!this.learned) return;
    const base = rel.slice(rel.lastIndexOf('/') + 1);
    if (/^\.env|\.env$/i.test(base)) this.learn(knownValuesFromEnv(parseDotenv(text)));
    const was = this.learning;
    this.learning = true;
    this.redactPiece(text, 1, () => {});
    this.learning = was;
  }

  /** Learns the value of a hit when a layer other than the provider shapes and known values found it. */
  private observe(text: string, hit: Hit): void {
    // Shapes and user patterns match wherever the value is; only a value found by its context is learned.
    if (SHAPE_IDS.has(hit.rule) || hit.rule === 'known-value' || hit.rule === 'base64-secret' || hit.rule === 'custom') return;
    const value = text.slice(hit.start, hit.end);
    if (this.learned!.has(value)) return;
    // Named by its key when the key is a secret key name (never by other text before it, which could be anything).
    const key = assignedKeyBefore(text, hit.start);
    this.learn([{ name: key && key.length <= 48 && isSecretKey(key) ? key : hit.rule, value }]);
  }

  /**
   * The hits in one piece of text, as ranges of the original text, sorted and not overlapping.
   * Every pass matches on the normalised view (escapes decoded, terminal sequences removed,
   * URL-encoding decoded, line endings unified: see normalise.ts); each hit is mapped back to the
   * original range it came from. Where the view lost something (lossy), those lines of the
   * original are matched too; passes marked `raw` match all of the original as well. A pass's hit that overlaps a hit of an earlier pass (a
   * key-name value that is also a provider key) is dropped, so the most specific rule names the
   * placeholder. Hits that are false positives (placeholders, code that refers to a key,
   * pagination cursors: benign.ts) are dropped before they are merged.
   */
  hitsOf(text: string, ctx: HitContext = PLAIN, raw = false): Hit[] {
    const view = raw ? null : normalise(text);
    let accepted: Hit[] = [];
    // Where the view lost something, those lines of the original are matched too (only those: a URL-encoded link elsewhere costs nothing).
    const lines = view?.lossy ? lossyLines(text, view) : null;
    for (const pass of this.passes) {
      let hits: Hit[] = [];
      if (view) {
        hits = this.keep(passHits(pass, view.text), view.text, ctx);
        for (const h of hits) [h.start, h.end] = toOriginal(view, h.start, h.end);
      }
      if (!view || lines || pass.raw) {
        let rawHits: Hit[];
        if (!view || pass.raw) rawHits = this.keep(passHits(pass, text), text, ctx);
        else {
          rawHits = [];
          for (const h of this.keep(passHits(pass, lines!.text), lines!.text, ctx)) {
            const range = rawToOriginal(lines!, h.start, h.end);
            if (range) rawHits.push({ ...h, start: range[0], end: range[1] });
          }
        }
        // The same secret found in both (a token cut by a colour code, a password with a literal %40) is replaced whole.
        hits = hits.length === 0 ? rawHits : rawHits.length === 0 ? hits : union(hits, rawHits);
      }
      if (hits.length > 0) accepted = mergeHits(accepted, hits);
    }
    if (this.learning) for (const hit of accepted) this.observe(text, hit);
    return accepted;
  }

  /** The hits that are not false positives (benign.ts). */
  private keep(hits: Hit[], text: string, ctx: HitContext): Hit[] {
    if (hits.length === 0) return hits;
    return hits.filter((h) => {
      if (h.rule === 'custom' || h.rule === 'base64-secret' || h.rule.startsWith('known') || h.rule.startsWith('learned')) return true;
      const value = text.slice(h.start, h.end);
      if (isPlaceholderText(value)) return false;
      if (SHAPE_IDS.has(h.rule)) return true;
      const key = keyBefore(text, h.start);
      if (key !== null && isPaginationKey(key)) return false;
      const q = text[h.start - 1];
      const quoted = (q === '"' || q === "'" || q === '`') && text[h.end] === q;
      return !isCodeValue(value, quoted, key, ctx);
    });
  }

  /**
   * The redacted form of text[from, to), given its hits (those starting in the range are
   * replaced; one that started before `from` is replaced from `from` on). `firstLine` is the
   * line number of `from`; findings carry original line numbers (replacements never add or
   * remove line breaks: a multi-line match keeps its line breaks).
   */
  private apply(text: string, hits: readonly Hit[], from: number, to: number, firstLine: number, onFinding: (rule: string, line: number) => void, yaml: boolean): string {
    let result = '';
    let copied = from;
    let line = firstLine;
    for (const hit of hits) {
      if (hit.end <= from || hit.start >= to) continue;
      const start = Math.max(hit.start, from);
      for (let i = text.indexOf('\n', copied); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
      const breaks = text.slice(start, hit.end).split('\n').length - 1;
      let replacement = placeholder(hit.label ?? hit.rule);
      // In YAML, a bare `[...]` value would read as a list: quote a placeholder that is a whole plain value.
      if (yaml && isWholePlainYamlValue(text, start, hit.end)) replacement = `'${replacement}'`;
      result += text.slice(copied, start) + replacement + '\n'.repeat(breaks);
      line += breaks;
      copied = hit.end;
      onFinding(hit.rule, line - breaks);
    }
    return copied === from ? text.slice(from, to) : result + text.slice(copied, Math.max(copied, to));
  }

  /**
   * Redacts one piece of text (see hitsOf). The output is built once. `firstLine` is the line
   * number of the first line.
   */
  redactPiece(text: string, firstLine: number, onFinding: (rule: string, line: number) => void, yaml = false, ctx: HitContext = PLAIN): string {
    const hits = this.hitsOf(text, ctx);
    if (hits.length === 0) return text;
    return this.apply(text, hits, 0, text.length, firstLine, onFinding, yaml);
  }

  /** Redacts a whole string (a question, an error message, a JSON document about to be printed). */
  redactString(text: string): string {
    return this.redactPiece(text, 1, () => {});
  }

  /**
   * A streaming filter for one file, in bounded memory whatever its line lengths. Text is
   * redacted in pieces of about PIECE characters: cut after a line break; a line longer than
   * that is cut at a separator at least OVERLAP characters before the end of what is held, and
   * matched whole (a hit that starts before the cut is replaced whole, the rest waits for the
   * next piece). Each piece is matched with up to CONTEXT characters of the text before it (a
   * key name, a token's start), which are not emitted again. A PEM block that has not ended is
   * held back up to PEM_HOLD characters.
   */
  readonly filter: TextFilterFactory = ({ rel }) => {
    const yaml = /\.ya?ml$/i.test(rel);
    const ctx: HitContext = { code: isCodeFile(rel) };
    let buf = '';
    let before = '';
    let line = 1;
    const counts: Record<string, number> = {};
    const findings: Finding[] = [];
    const onFinding = (rule: string, at: number): void => {
      counts[rule] = (counts[rule] ?? 0) + 1;
      if (findings.length < MAX_FINDINGS_PER_FILE) findings.push({ line: at, rule });
    };
    const flush = (cut: number, limit: number): string => {
      const held = limit < buf.length ? buf.slice(0, limit) : buf;
      // Only the rest of a long line is matched with what came before it (a piece that starts a line has no `before`).
      const text = before.length > 0 ? before + held : held;
      const from = before.length;
      const hits = this.hitsOf(text, ctx);
      let to = from + cut;
      // A hit that starts before the cut is replaced whole: the cut moves to its end.
      for (const h of hits) if (h.start < to && h.end > to) to = h.end;
      if (to > text.length) to = text.length;
      const out = hits.length === 0 ? text.slice(from, to) : this.apply(text, hits, from, to, line, onFinding, yaml);
      const emitted = text.slice(from, to);
      for (let i = emitted.indexOf('\n'); i !== -1; i = emitted.indexOf('\n', i + 1)) line++;
      before = text.charCodeAt(to - 1) === 10 ? '' : text.slice(Math.max(0, to - CONTEXT), to);
      buf = buf.slice(to - from);
      return out;
    };
    const filter: TextFilter & { findings(): Finding[] } = {
      write: (text) => {
        buf += text;
        let out = '';
        while (buf.length >= PIECE) {
          const { cut, limit } = cutPoint(buf);
          if (cut === 0) break;
          out += flush(cut, limit);
        }
        return out;
      },
      end: () => (buf.length > 0 ? flush(buf.length, buf.length) : ''),
      counts: () => counts,
      findings: () => findings,
    };
    return filter;
  };

  /**
   * The names (of one directory) that hold a secret, each with its rules and the name redacted;
   * null for the others. The names are scanned together, one per line, so that the start of a
   * name starts a token (in a path, `/` continues one, as in base64) at one scan per directory.
   */
  scanNames(names: readonly string[]): (NameSecret | null)[] {
    const text = names.map((n) => n.replace(/[\r\n]/g, ' ')).join('\n');
    const rules = new Map<number, Set<string>>();
    const out = this.redactPiece(text, 0, (rule, line) => {
      const set = rules.get(line) ?? new Set<string>();
      rules.set(line, set.add(rule));
    });
    if (rules.size === 0) return names.map(() => null);
    const shown = out.split('\n');
    return names.map((_, i) => {
      const found = rules.get(i);
      return found ? { rules: [...found], shown: shown[i]! } : null;
    });
  }

  /** Scans binary content (as latin1) for secrets; returns the rules found. Nothing is rewritten. */
  scanBinary(chunk: Buffer): string[] {
    const found: string[] = [];
    for (const h of this.hitsOf(chunk.toString('latin1'), PLAIN, true)) found.push(h.rule);
    return found;
  }
}

const SHAPE_IDS = new Set(SHAPE_RULES.map((r) => r.id));

/** The rule of the first secret the passes find in a text, or null. */
function innerRule(passes: readonly Pass[], skip: Pass, text: string): string | null {
  for (const pass of passes) {
    if (pass === skip) continue;
    const hits = passHits(pass, text);
    if (hits.length > 0) return hits[0]!.label ?? hits[0]!.rule;
  }
  return null;
}

/** The hits of two lists, overlapping ones joined into one (named by the first list's). */
function union(first: Hit[], second: Hit[]): Hit[] {
  const all = [...first.map((h) => ({ ...h, first: true })), ...second.map((h) => ({ ...h, first: false }))].sort((a, b) => a.start - b.start || Number(b.first) - Number(a.first));
  const out: (Hit & { first: boolean })[] = [];
  for (const h of all) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.end > last.end) last.end = h.end;
      if (h.first && !last.first) Object.assign(last, { rule: h.rule, label: h.label, first: true });
    } else out.push({ ...h });
  }
  return out.map(({ first: _first, ...h }) => h);
}

/** True when [start, end) is the entire plain (unquoted) value of a YAML mapping entry or list item. */
function isWholePlainYamlValue(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  const after = text.slice(end, lineEnd);
  return /^[ \t]*(?:-[ \t]+)*(?:[^\s#'"{[][^#]*?:[ \t]+)?$/.test(before) && /^[ \t]*(?:#.*)?\r?$/.test(after) && /\S/.test(before);
}

/**
 * Where to cut a buffer of at least PIECE characters, and how much of it to match with the piece
 * before the cut: after the last line break (among the first PIECE characters if the buffer is
 * more than twice that), matched up to the cut; in a line longer than that, after the last separator (`,` `;` `}` or whitespace) before
 * the last OVERLAP characters of the first PIECE (else there), never between the two halves of
 * a surrogate pair, matched with the OVERLAP characters after it; never inside a PEM block that
 * has not ended yet (held back up to PEM_HOLD characters).
 */
function cutPoint(buf: string): { cut: number; limit: number } {
  let cut = buf.lastIndexOf('\n') + 1;
  // What one write brought may hold many lines: the piece stops at a line break among its first PIECE characters.
  if (cut > 2 * PIECE) cut = buf.lastIndexOf('\n', PIECE - 1) + 1;
  let limit = cut;
  if (cut === 0) {
    limit = Math.min(buf.length, PIECE);
    const last = limit - OVERLAP;
    const from = Math.max(0, last - 65536);
    for (let i = last - 1; i >= from; i--) {
      const c = buf.charCodeAt(i);
      if (c === 44 || c === 59 || c === 125 || c === 32 || c === 9) {
        cut = i + 1;
        break;
      }
    }
    if (cut === 0) cut = last;
    const c = buf.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
  }
  // Only a text holding a PEM header can have a block to hold back (includes() is a fast forward search).
  const begin = buf.includes('PRIVATE KEY') ? buf.lastIndexOf('-----BEGIN', cut) : -1;
  const end = begin === -1 ? -1 : buf.indexOf('-----END', begin);
  if (begin !== -1 && (end === -1 || end >= cut) && buf.length - begin < PEM_HOLD) {
    cut = begin;
    limit = Math.min(limit, begin);
  }
  return { cut, limit };
}
