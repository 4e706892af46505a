/**
 * A secret as code's default value or argument (issue 11, round 22): the literal a flag, option, parameter or lookup
 * falls back to, on the line of a secret's name.
 * - defaults: `Field(default="…")`, `add_argument("--api-key", default="…")`, `@click.option(…, default='…')`,
 *   `typer.Option("…")`, `SecretStr("…")`, `flags.DEFINE_string("api_key", "…", …)`, `flag.String("token", "…", …)`,
 *   Gradle's `buildConfigField "String", "API_KEY", "\"…\""`, Android's `resValue "string", "api_key", "…"`, R's
 *   `api_key <- "…"`, `cmp.Or(os.Getenv("X"), "…")`, Laravel's `env('X', '…')`, `unwrap_or("…")`, `orElse("…")`,
 *   `?? "…"` after C#'s or Swift's environment reads, `defaultValue: '…'`;
 * - joins: string chunks joined with no separator (`"".join(["ab…", "cd…"])`, `['ab…', 'cd…'].join('')`, Go's
 *   `strings.Join([]string{…}, "")`) under a secret's name, and chunks concatenated after `"Bearer " +`.
 * - side names (round 23): a call's `alias=`, `env=`, `envvar=`, `validation_alias=` naming a secret's variable, or a
 *   `help=` about a key, names its default (`cmc: str = Field(default="…", alias="CMC_PRO_API_KEY")`).
 * A value is judged under the names before it on its line (key-names.ts's judgeAssignment) and must read as a key:
 * no blanks, a digit or a symbol, no URL, path, file name, version, placeholder or reference.
 * Each search is bounded: a trigger reads at most BACK characters before it and AHEAD after it.
 */
import { PIECE_RULE } from './concat.js';
import { wordiness } from './generic.js';
import { isPlaceholderValue, isSecretKey, judgeAssignment } from './key-names.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';

const BACK = 200;
const AHEAD = 300;

/** Calls and operators whose literal arguments are defaults (ASCII case folded). */
const DEFAULTS = [
  'field(',
  'option(',
  'secretstr(',
  'add_argument(',
  'define_string(',
  'flag.string(',
  'stringvar(',
  'buildconfigfield',
  'resvalue',
  'cmp.or(',
  'env(',
  'get_env(',
  'unwrap_or(',
  'unwrap_or_else(',
  'orelse(',
  'getordefault(',
  'fromenvironment(',
];
/** Operators and keywords whose one literal right after is a default. */
const OPERATORS = ['default=', 'default =', 'default:', 'defaultvalue:', '<-', '?? ', '?: '];
const JOINS = ['.join(', 'strings.join('];
const BEARER = 'bearer ';
const SCAN = literalScan([...DEFAULTS, ...OPERATORS, ...JOINS, BEARER])!;

/**
 * A quoted literal: Gradle's `"\"…\""` (in the normalised view `""…""` after a comma: normalise.ts), or a plain one.
 */
const LIT =
  /(?<=,[ \t]*)\\?(["'])\\?\1([^"'`\\\r\n]{1,200})\\?\1\\?\1|\\(["'])([^"'`\\\r\n]{0,200})\\\3|(["'`])([^"'`\\\r\n]{0,200})\5/g;
const NAME = /[A-Za-z_][\w.-]{1,63}/g;
const TYPE = /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/;
const WORD_ID = /^[A-Za-z]+\d*(?:_\d+)?$/;
const CAMEL_NAME = /^[A-Za-z][a-z]+(?:[A-Z][a-z]+)+(?:V?\d{1,3})?(?:[A-Z][a-z]+)*$/;

/** Whether `v` reads as a key, not a word, name, flag, URL, path, file, version, number or placeholder. */
export function keyLikeDefault(v: string): boolean {
  if (v.length < 8 || v.length > 200 || /[\s,;(){}]/.test(v) || !/[^A-Za-z_-]/.test(v)) return false;
  if (v.includes('://') || /^[/~.$<{%[]|^v?\d+(?:\.\d+)+|\.[a-z]{2,5}$|^[\d.:-]+$/.test(v)) return false;
  // A type's or a message's name of words and a version (`AccountSpecV2`, `RetryConfigV2Token`).
  if (CAMEL_NAME.test(v)) return false;
  // An identifier (`YankedOutputAsyncV1`): 20+ random base62 characters are at most 0.85 words (generic.ts).
  if ((v.includes('/') && wordiness(v) > 0.6) || wordiness(v) >= 0.85) return false;
  return !isPlaceholderValue(v);
}

type Window = [start: number, end: number];

/** The bounded window of `i`'s line: [start, end). */
function lineWindow(text: string, i: number): Window {
  const from = Math.max(0, i - BACK);
  const nl = text.slice(from, i).lastIndexOf('\n');
  const start = nl === -1 ? from : from + nl + 1;
  const ahead = text.slice(i, i + AHEAD);
  const cut = ahead.search(/\r?\n/);
  return [start, cut === -1 ? i + ahead.length : i + cut];
}

/** A secret's name (isSecretKey) and where it ends. */
interface Named {
  name: string;
  end: number;
}

/** The secret names in text[from, to): not a type or a call (`SecretStr`, `Field(`), which names no value. */
function secretNames(text: string, from: number, to: number, known: Map<string, boolean>): Named[] {
  const part = text.slice(from, to);
  const out: Named[] = [];
  for (const m of part.matchAll(NAME)) {
    const name = m[0].replace(/^[.-]+/, '');
    if (TYPE.test(name) || part[m.index + m[0].length] === '(') continue;
    let secret = known.get(name);
    if (secret === undefined) known.set(name, (secret = isSecretKey(name)));
    if (secret) out.push({ name, end: from + m.index + m[0].length });
  }
  return out;
}

/** Whether one of the two secret names nearest before `at` takes `value` as a secret (judgeAssignment). */
function underSecretName(names: readonly Named[], at: number, value: string): boolean {
  let k = names.length;
  while (k > 0 && names[k - 1]!.end > at) k--;
  return names.slice(Math.max(0, k - 2), k).some((n) => judgeAssignment(n.name, value) !== null);
}

/**
 * A call's side arguments that name what it holds (round 23): `alias=`, `env=`, `envvar=`, `validation_alias=` giving a
 * secret's variable (`Field(default="…", alias="CMC_API_KEY")` under a field named `cmc`), a help text about a key.
 */
const SIDE =
  /\b(alias|env|envvar|env_var|validation_alias|serialization_alias|help)[ \t]*=[ \t]*(["'])([^"'\r\n]{1,120})\2/g;
const HELP_KEY = /\b(?:api[ _-]?key|access[ _-]?key|token|secret|password|credential)s?\b/i;
function sideNames(text: string, from: number, to: number, known: Map<string, boolean>): string[] {
  const out: string[] = [];
  for (const m of text.slice(from, to).matchAll(SIDE))
    if (m[1] === 'help') {
      if (HELP_KEY.test(m[3]!)) out.push('api_key');
    } else if (/^[A-Za-z_][\w.-]*$/.test(m[3]!) && secretNames(m[3]!, 0, m[3]!.length, known).length > 0)
      out.push(m[3]!);
  return out;
}

/** Literals in text[from, to), with their starts. */
function literals(text: string, from: number, to: number): { at: number; v: string }[] {
  const part = text.slice(from, to);
  return [...part.matchAll(LIT)].map((m) => {
    const v = m[2] ?? m[4] ?? m[6]!;
    return { at: from + m.index + m[0].indexOf(v), v };
  });
}

/** Where the call opened before `from` closes (quotes skipped), or `end`. */
function callEnd(text: string, from: number, end: number): number {
  let depth = 0;
  for (let k = from; k < end; k++) {
    const c = text[k]!;
    if (c === '"' || c === "'" || c === '`') {
      const close = text.slice(k + 1, end).indexOf(c);
      if (close === -1) return end;
      k += close + 1;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && --depth < 0) return k;
  }
  return end;
}

/**
 * Defaults after a trigger at `i`: after an operator the one literal right after it, after a call's name the literals
 * of its arguments, each judged under the secret names before it on the line. Returns where the reading ended.
 */
function defaultHits(text: string, i: number, [start, end]: Window, out: Hit[], known: Map<string, boolean>): number {
  const low = text.slice(i, i + 18).toLowerCase();
  const op = OPERATORS.find((o) => low.startsWith(o));
  const call = DEFAULTS.find((d) => low.startsWith(d)) ?? '';
  const from = i + (op ?? call).length;
  // Gradle's `buildConfigField "String", …` takes no parentheses: its arguments run to the end of the line.
  const to = op !== undefined || !call.endsWith('(') ? end : callEnd(text, from, end);
  let found = literals(text, from, to).filter((l) => keyLikeDefault(l.v));
  if (op !== undefined) found = found.slice(0, 1).filter((l) => /^[ \t]*\\?["'`]{1,2}$/.test(text.slice(from, l.at)));
  if (found.length === 0) return op === undefined ? to : from;
  const names = secretNames(text, start, found[found.length - 1]!.at, known);
  const side = op === undefined ? sideNames(text, from, to, known) : [];
  for (const { at, v } of found)
    if (underSecretName(names, at, v) || side.some((n) => judgeAssignment(n, v) !== null))
      out.push({ rule: 'code-default-secret', start: at, end: at + v.length });
  return op === undefined ? to : from;
}

/** The bracket group of a join at `i` and whether it joins with no separator: [start, end) or null. */
function joinGroup(text: string, i: number, start: number, end: number): [number, number] | null {
  const before = text.slice(start, i);
  if (/^strings\.join\(/i.test(text.slice(i, i + 13))) {
    const open = text.slice(i, end).indexOf('{');
    const close = open === -1 ? -1 : text.slice(i + open, end).indexOf('}');
    if (close === -1 || !/^\}\s*,\s*(["'`])\1\s*\)/.test(text.slice(i + open + close, end))) return null;
    return [i + open, i + open + close];
  }
  if (/[\])]\s*$/.test(before)) {
    const open = before.lastIndexOf('[');
    return open === -1 || !/^\.join\(\s*(["'`])\1\s*\)/.test(text.slice(i, end)) ? null : [start + open, i];
  }
  const close = text.slice(i, end).search(/[\])]/);
  return /(["'`])\1\s*$/.test(before) && close !== -1 ? [i + 6, i + close] : null;
}

/** Chunks joined with no separator (`"".join([…])`, `[…].join('')`, `strings.Join([]string{…}, "")`). */
function joinedHits(text: string, i: number, [start, end]: Window, out: Hit[], known: Map<string, boolean>): void {
  const group = joinGroup(text, i, start, end);
  if (group === null) return;
  const parts = literals(text, group[0], group[1]);
  const value = parts.map((p) => p.v).join('');
  // Words and ids joined (`"NUMBER", "Numpad7"`, `"req_209173", "org_604846"`) are no key's chunks.
  if (parts.length < 2 || !keyLikeDefault(value) || parts.every((p) => WORD_ID.test(p.v))) return;
  const bearer = /["'`]Bearer\s*["'`]/i.test(text.slice(start, group[0]));
  if (!bearer && !underSecretName(secretNames(text, start, group[0], known), group[0], value)) return;
  for (const p of parts) if (p.v.length > 0) out.push({ rule: PIECE_RULE, start: p.at, end: p.at + p.v.length });
}

/** Chunks concatenated after `"Bearer " +`: judged joined as a bearer token. */
const CHUNK = /[ \t]*\+[ \t]*(["'`])([^"'`\\\r\n]{1,200})\1/y;
function bearerHits(text: string, i: number, end: number, out: Hit[]): void {
  if (!/["'`]/.test(text[i - 1] ?? '') || !/["'`]/.test(text[i + BEARER.length] ?? '')) return;
  CHUNK.lastIndex = i + BEARER.length + 1;
  const parts: { at: number; v: string }[] = [];
  for (let m = CHUNK.exec(text); m !== null && CHUNK.lastIndex <= end; m = CHUNK.exec(text))
    parts.push({ at: CHUNK.lastIndex - 1 - m[2]!.length, v: m[2]! });
  const value = parts.map((p) => p.v).join('');
  if (parts.length < 2 || !keyLikeDefault(value) || judgeAssignment('bearer_token', value) === null) return;
  for (const p of parts) out.push({ rule: PIECE_RULE, start: p.at, end: p.at + p.v.length });
}

function codeDefaultHits(text: string): Hit[] {
  const out: Hit[] = [];
  // Where each kind's last reading ended: a trigger inside it was read there (a call's arguments, a bearer's chunks).
  const read = { bearer: -1, join: -1, other: -1 };
  const known = new Map<string, boolean>();
  for (const i of SCAN(text)) {
    const low = text.slice(i, i + 14).toLowerCase();
    const kind = low.startsWith(BEARER) ? 'bearer' : JOINS.some((j) => low.startsWith(j)) ? 'join' : 'other';
    if (i < read[kind]) continue;
    const w = lineWindow(text, i);
    read[kind] = kind === 'bearer' ? w[1] : i + 1;
    if (kind === 'bearer') bearerHits(text, i, w[1], out);
    else if (kind === 'join') joinedHits(text, i, w, out, known);
    else read.other = defaultHits(text, i, w, out, known);
  }
  const seen = new Set<number>();
  return out.filter((h) => !seen.has(h.start) && seen.add(h.start));
}

/** The pass of defaults and joined chunks in code (see the file's comment). */
export function codeDefaultPass(): Pass {
  return runPass(codeDefaultHits);
}
