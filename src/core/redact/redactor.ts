import type { TextFilter, TextFilterFactory } from '../content.js';
import { isPlaceholderValue, isSecretKey, KEY_NAME_SOURCE } from './key-names.js';
import { SHAPE_RULES, type ShapeRule } from './rules.js';

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
}

/** Findings kept per file (counts are always complete). */
const MAX_FINDINGS_PER_FILE = 200;
/** Text is redacted in line-aligned pieces of about this many characters. */
const PIECE = 1 << 20;
/** An unterminated PEM block is held back for at most this long, waiting for its END line. */
const PEM_HOLD = 256 * 1024;

export const placeholder = (rule: string): string => `[REDACTED:${rule}]`;

interface Pass {
  /** Which rules of this pass have a keyword in the text (bitmask as string, for the regex cache). */
  select(text: string): string;
  regexFor(key: string): RegExp | null;
  /**
   * For a match: the rule id and the [start, end) of the part to replace; or, to keep it,
   * null or the index to resume scanning at (a kept `key: value` may hold another inside its value).
   */
  resolve(m: RegExpExecArray): { rule: string; start: number; end: number; label?: string } | number | null;
}

function variants(keyword: string, caseInsensitive: boolean): string[] {
  if (!caseInsensitive) return [keyword];
  return [...new Set([keyword, keyword.toUpperCase(), keyword[0]!.toUpperCase() + keyword.slice(1)])];
}

/** One pass over a group of shape rules compiled into a single alternation (per keyword subset). */
function shapePass(rules: readonly ShapeRule[], flags: string): Pass {
  const keywords = rules.map((r) => r.keywords.flatMap((k) => variants(k, Boolean(r.caseInsensitive))));
  const cache = new Map<string, RegExp | null>();
  return {
    select: (text) => keywords.map((kws) => (kws.some((k) => text.includes(k)) ? '1' : '0')).join(''),
    regexFor(key) {
      if (!cache.has(key)) {
        const parts = rules
          .map((r, i) => (key[i] === '1' ? `(?<r${i}>${r.source.replace(/\(\?<s>/g, `(?<s${i}>`)})` : null))
          .filter((p): p is string => p !== null);
        cache.set(key, parts.length ? new RegExp(parts.join('|'), flags) : null);
      }
      return cache.get(key)!;
    },
    resolve(m) {
      const groups = m.groups!;
      for (let i = 0; i < rules.length; i++) {
        if (groups[`r${i}`] === undefined) continue;
        const s = m.indices!.groups![`s${i}`];
        return s ? { rule: rules[i]!.id, start: s[0], end: s[1] } : { rule: rules[i]!.id, start: m.index, end: m.index + m[0].length };
      }
      return null;
    },
  };
}

function keyNamePass(): Pass {
  const regex = new RegExp(KEY_NAME_SOURCE, 'gid');
  return {
    select: (text) => (/[:=]/.test(text) ? '1' : '0'),
    regexFor: (key) => (key === '1' ? regex : null),
    resolve(m) {
      const g = m.groups!;
      const idx = m.indices!.groups!;
      for (const [k, v] of [['k', 'v'], ['k2', 'v2'], ['k3', 'v3']] as const) {
        if (g[k] === undefined) continue;
        const range = idx[v]!;
        if (!isSecretKey(g[k]!) || isPlaceholderValue(g[v]!)) return range[0];
        return { rule: 'secret-key-value', start: range[0], end: range[1] };
      }
      return null;
    },
  };
}

function literalPass(values: readonly KnownValue[]): Pass | null {
  const usable = [...values].filter((v) => v.value.length >= 8).sort((a, b) => b.value.length - a.value.length);
  if (usable.length === 0) return null;
  const byValue = new Map(usable.map((v) => [v.value, v.name]));
  const regex = new RegExp(usable.map((v) => v.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gd');
  return {
    select: (text) => (usable.some((v) => text.includes(v.value)) ? '1' : '0'),
    regexFor: (key) => (key === '1' ? regex : null),
    resolve: (m) => ({ rule: 'known-value', start: m.index, end: m.index + m[0].length, label: `known-value:${byValue.get(m[0]) ?? 'env'}` }),
  };
}

function extraPass(patterns: readonly string[]): Pass | null {
  if (patterns.length === 0) return null;
  const regex = new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'gd');
  return {
    select: () => '1',
    regexFor: () => regex,
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
export class Redactor {
  private readonly passes: Pass[];

  constructor(opts: RedactorOptions = {}) {
    const cs = SHAPE_RULES.filter((r) => !r.caseInsensitive);
    const ci = SHAPE_RULES.filter((r) => r.caseInsensitive);
    this.passes = [
      literalPass(opts.knownValues ?? []),
      shapePass(cs, 'gd'),
      shapePass(ci, 'gdi'),
      extraPass(opts.extraPatterns ?? []),
      keyNamePass(),
    ].filter((p): p is Pass => p !== null);
  }

  /**
   * Redacts one piece of text. `firstLine` is the line number of its first line; findings
   * get original line numbers (replacements never add or remove line breaks).
   */
  redactPiece(text: string, firstLine: number, onFinding: (rule: string, line: number) => void, yaml = false): string {
    let out = text;
    for (const pass of this.passes) {
      const regex = pass.regexFor(pass.select(out));
      if (!regex) continue;
      regex.lastIndex = 0;
      let result = '';
      let copied = 0;
      let line = firstLine;
      let counted = 0;
      for (let m = regex.exec(out); m !== null; m = regex.exec(out)) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        const hit = pass.resolve(m);
        if (typeof hit === 'number') {
          regex.lastIndex = hit;
          continue;
        }
        if (!hit || hit.start < copied) continue;
        for (let i = out.indexOf('\n', counted); i !== -1 && i < hit.start; i = out.indexOf('\n', i + 1)) line++;
        counted = hit.start;
        const secret = out.slice(hit.start, hit.end);
        const breaks = secret.split('\n').length - 1;
        let replacement = placeholder(hit.label ?? hit.rule);
        // In YAML, a bare `[...]` value would read as a list: quote a placeholder that is a whole plain value.
        if (yaml && isWholePlainYamlValue(out, hit.start, hit.end)) replacement = `'${replacement}'`;
        result += out.slice(copied, hit.start) + replacement + '\n'.repeat(breaks);
        copied = hit.end;
        onFinding(hit.rule, line);
      }
      if (copied > 0) out = result + out.slice(copied);
    }
    return out;
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

  /** Scans binary content (as latin1) for secrets; returns the rules found. Nothing is rewritten. */
  scanBinary(chunk: Buffer): string[] {
    const found: string[] = [];
    this.redactPiece(chunk.toString('latin1'), 1, (rule) => found.push(rule));
    return found;
  }
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
  const begin = buf.lastIndexOf('-----BEGIN', cut);
  const end = begin === -1 ? -1 : buf.indexOf('-----END', begin);
  if (begin !== -1 && (end === -1 || end >= cut) && buf.length - begin < PEM_HOLD) cut = begin;
  return cut;
}
