import type { TextFilter, TextFilterFactory } from '../content.js';
import type { NameSecret } from '../walk.js';
import { ASSIGN_FORMAT_HINT, ASSIGN_FORMAT_SOURCE, blockScalarHit, COMMAND_FINDER, COMMAND_FORMAT_SOURCE, COMMAND_HINT, ENV_SEPARATOR, resolveFormat, type BlockScalar } from './formats.js';
import { isSecretKey, judgeAssignment, KEY_NAME_SOURCE } from './key-names.js';
import { escapeLiteral, literalFinder, mergeHits, passHits, type Hit, type Pass } from './pass.js';
import { SHAPE_RULES, startsToken, type ShapeRule } from './rules.js';
import { keyBefore, LearnedValues, type Learning } from './learned.js';
import { knownValuesFromEnv, parseDotenv } from './known-values.js';
import { base64Pass } from './carriers.js';

/** A value the user holds (an environment variable or a `.env` entry), replaced wherever it appears. */
export interface KnownValue {
  name: string;
  value: string;
}

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
    requires: (text) => usable.some((v) => text.includes(v.value)),
    regex: new RegExp(usable.map((v) => escapeLiteral(v.value)).join('|'), 'gd'),
    resolve: (m) => ({ rule: 'known-value', start: m.index, end: m.index + m[0].length, label: `known-value:${byValue.get(m[0]) ?? 'env'}` }),
  };
}

function extraPass(patterns: readonly string[]): Pass | null {
  if (patterns.length === 0) return null;
  return {
    finder: null,
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
  }
  return null;
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
    const key = keyBefore(text, hit.start);
    this.learn([{ name: key && key.length <= 48 && isSecretKey(key) ? key : hit.rule, value }]);
  }

  /**
   * Redacts one piece of text. Every pass scans the original text; a pass's hit that overlaps
   * a hit of an earlier pass (a key-name value that is also a provider key) is dropped, so the
   * most specific rule names the placeholder. The output is built once. `firstLine` is the
   * line number of the first line; findings carry original line numbers (replacements never
   * add or remove line breaks).
   */
  redactPiece(text: string, firstLine: number, onFinding: (rule: string, line: number) => void, yaml = false): string {
    let accepted: Hit[] = [];
    for (const pass of this.passes) {
      const hits = passHits(pass, text);
      if (hits.length > 0) accepted = mergeHits(accepted, hits);
    }
    if (accepted.length === 0) return text;
    if (this.learning) for (const hit of accepted) this.observe(text, hit);
    let result = '';
    let copied = 0;
    let line = firstLine;
    for (const hit of accepted) {
      for (let i = text.indexOf('\n', copied); i !== -1 && i < hit.start; i = text.indexOf('\n', i + 1)) line++;
      const breaks = text.slice(hit.start, hit.end).split('\n').length - 1;
      let replacement = placeholder(hit.label ?? hit.rule);
      // In YAML, a bare `[...]` value would read as a list: quote a placeholder that is a whole plain value.
      if (yaml && isWholePlainYamlValue(text, hit.start, hit.end)) replacement = `'${replacement}'`;
      result += text.slice(copied, hit.start) + replacement + '\n'.repeat(breaks);
      line += breaks;
      copied = hit.end;
      onFinding(hit.rule, line - breaks);
    }
    return result + text.slice(copied);
  }

  /** Redacts a whole string (a question, an error message, a JSON document about to be printed). */
  redactString(text: string): string {
    return this.redactPiece(text, 1, () => {});
  }

  /** A streaming filter for one file: line-aligned pieces, PEM blocks held until they end. */
  readonly filter: TextFilterFactory = ({ rel }) => {
    const yaml = /\.ya?ml$/i.test(rel);
    let buf = '';
    let line = 1;
    const counts: Record<string, number> = {};
    const findings: Finding[] = [];
    const onFinding = (rule: string, at: number): void => {
      counts[rule] = (counts[rule] ?? 0) + 1;
      if (findings.length < MAX_FINDINGS_PER_FILE) findings.push({ line: at, rule });
    };
    const flush = (cut: number): string => {
      const piece = buf.slice(0, cut);
      buf = buf.slice(cut);
      const out = this.redactPiece(piece, line, onFinding, yaml);
      for (let i = piece.indexOf('\n'); i !== -1; i = piece.indexOf('\n', i + 1)) line++;
      return out;
    };
    const filter: TextFilter & { findings(): Finding[] } = {
      write: (text) => {
        buf += text;
        if (buf.length < PIECE) return '';
        return flush(cutPoint(buf));
      },
      end: () => flush(buf.length),
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
    this.redactPiece(chunk.toString('latin1'), 1, (rule) => found.push(rule));
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
 * Where to cut a buffer so that no secret is split: after the last line break, else after the
 * last separator (`,` `;` `}` or whitespace) of a single huge line; never inside a PEM block
 * that has not ended yet (held back up to PEM_HOLD characters).
 */
function cutPoint(buf: string): number {
  let cut = buf.lastIndexOf('\n') + 1;
  if (cut === 0) {
    const from = Math.max(0, buf.length - 65536);
    for (let i = buf.length - 1; i >= from; i--) {
      const c = buf.charCodeAt(i);
      if (c === 44 || c === 59 || c === 125 || c === 32 || c === 9) {
        cut = i + 1;
        break;
      }
    }
    if (cut === 0) cut = buf.length;
  }
  // Only a text holding a PEM header can have a block to hold back (includes() is a fast forward search).
  const begin = buf.includes('PRIVATE KEY') ? buf.lastIndexOf('-----BEGIN', cut) : -1;
  const end = begin === -1 ? -1 : buf.indexOf('-----END', begin);
  if (begin !== -1 && (end === -1 || end >= cut) && buf.length - begin < PEM_HOLD) cut = begin;
  return cut;
}
