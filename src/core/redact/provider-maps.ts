/**
 * The entries of a map keyed by providers' names, whatever the map is called (`providers:`, `backends:`, `llm = {`,
 * `dict(groq=…)`, a JSON object, a TOML table, a log's repr, escaped JSON in a log): `openai: <value>`,
 * `"anthropic": "<value>"`, `groq="<value>"`. The name says whose key the value is when the value reads as one
 * (labels.ts's `labelled`: credential-like, a UUID, 32+ hex); a UUID or hex under a map named for ids, runs,
 * requests, hashes or commits is that instead. Model names, URLs, numbers, booleans and short words never read as keys.
 *
 * A regex tried at every position cost 90 ms per 16 MB (provider names start with most letters): the values are found
 * first instead, as runs of 20+ token characters found by skipping ahead (a run must cover the 20th character from
 * here), and only the few runs found have the name before them read.
 */
import type { Hit } from './pass.js';
import { digestByName } from './generic.js';
import { namedShape } from './learn-gate.js';
import { charSet } from './line-heads.js';
import { tokenRunsOf, TOKEN_RUN } from './runs.js';
import { SERVICE_NAMES } from './services.js';

const MIN = TOKEN_RUN;
const MAX = 200;

const PROVIDER = new RegExp(`^(?:${SERVICE_NAMES})$`, 'i');
const IDS_OR_HASHES = /^[0-9a-fA-F-]+$/;
const VALUE_KEY = /^(?:value|secret|api_?key|token)$/i;
const PROVIDER_FIELD = new RegExp(
  `["']?(?:provider|service|vendor|backend|platform|name)\\\\?["']?[ \\t]*[:=][ \\t]*\\\\?["'](${SERVICE_NAMES})\\\\?["']`,
  'i',
);
/**
 * Words for ids, digests and results (attack8 FP-2: `RESULTS = dict(openai="<sha256>")`, `"last_response": {"openai":
 * "<uuid>"}`, a TOML `[runs]` table).
 */
const ID_WORDS =
  'ids?|runs?|requests?|sessions?|traces?|hash(?:es)?|commits?|digests?|shas?|checksums?|revisions?|versions?|' +
  'results?|responses?|outputs?|completions?|fingerprints?|seeds?|workspaces?|jobs?|batches|etags?|spans?|threads?|' +
  'conversations?';
/**
 * Where a map opens (`name: {`, `name = dict(`, `name:` alone on its line, a `[name]` table): the nearest one before a
 * value is the map the value is in.
 */
const PARENT_OPEN =
  /(?:^|[^\w-])([A-Za-z_][\w-]{0,40})["']?[ \t]*(?::|=)[ \t]*(?:\{|dict\(|\r?\n)|^[ \t]*\[([^\]\n]{1,80})\][ \t]*\r?\n/gm;
const ID_PARENT = new RegExp(`(?:^|[^A-Za-z])(?:${ID_WORDS})$`, 'i');

/**
 * True for a UUID or hex value in a map whose name is one for ids, digests or results (`RESULTS = dict(`, `"checksums":
 * {`, `[runs]`): the nearest map opened in the 2,000 characters before it.
 */
export function idUnderIdParent(text: string, start: number, v: string): boolean {
  if (!IDS_OR_HASHES.test(v)) return false;
  const window = text.slice(Math.max(0, start - 2000), start);
  let name: string | null = null;
  for (const m of window.matchAll(PARENT_OPEN)) name = m[1] ?? m[2]!;
  return name !== null && ID_PARENT.test(name.trim());
}

/**
 * Names of ids, digests and seeds (attack8 FP-2: `workspace = "<uuid>"`, `trace = "<hex>"` under `[openai]`); a
 * digest's that ends like a secret's (detect-secrets' `hashed_secret`) is generic.ts's digestByName.
 */
const ID_ENTRY_NAME =
  /(?:workspace|trace|span|seed|session|run|request|response|thread|checksum|hash|digest|sha\d*|fingerprint|etag|commit|revision|uuid|guid)(?:_?ids?)?s?$/i;

/** An entry whose name is an id's and whose value is a UUID or hex. */
export const idEntry = (name: string, value: string): boolean =>
  (ID_ENTRY_NAME.test(name) || digestByName(name)) && IDS_OR_HASHES.test(value);

/** Or a pair's first item: `("anthropic", "<value>")`, `["groq", "<value>"]` (a list of pairs). */
const PAIR_BEFORE = /[([][ \t]*(["'])([A-Za-z][\w.-]{1,30})\1[ \t]*,[ \t]*(["'])$/;
/**
 * Before a value (in the 40 characters before it): its key, closed by a quote (`\\"` in escaped JSON) or none, then
 * `:`, `=>` or `=`, then a quote: [key, the value's quote], as
 * `/(?<![\w.-])([A-Za-z][\w.-]{1,30})(?:\\?["'`])?[ \t]*(?::|=>|=)[ \t]*(\\?["'`]?)$/` on those characters finds,
 * read backwards from the value (each part there is only one way to read: that regex, tried at each of the 40
 * positions, was a quarter of the labels pass).
 */
export function keyAndQuoteBefore(text: string, start: number): [string, string] | null {
  const lo = Math.max(0, start - 40);
  const at = (k: number): number => (k >= lo ? text.charCodeAt(k) : -1);
  let i = start;
  // The value's quote, its backslash, or both.
  if (isQuote(at(i - 1))) i--;
  if (at(i - 1) === 92) i--;
  const quote = text.slice(i, start);
  while (at(i - 1) === 32 || at(i - 1) === 9) i--;
  if (at(i - 1) === 58 || at(i - 1) === 61) i--;
  else if (at(i - 1) === 62 && at(i - 2) === 61) i -= 2;
  else return null;
  while (at(i - 1) === 32 || at(i - 1) === 9) i--;
  if (isQuote(at(i - 1))) i -= at(i - 2) === 92 ? 2 : 1;
  let j = i;
  while (j > lo && NAME[text.charCodeAt(j - 1)] === 1) j--;
  const c = at(j);
  if (i - j < 2 || i - j > 31 || !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return null;
  return [text.slice(j, i), quote];
}

const isQuote = (c: number): boolean => c === 34 || c === 39 || c === 96;
/** `[\w.-]`: a key's characters. */
const NAME = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-');

/** The index of the first `=` in text from `from`, or the text's length. */
function nextEquals(text: string, from: number): number {
  const i = text.indexOf('=', from);
  return i === -1 ? text.length : i;
}

/** True when a separator (`:`, `=`, `=>`, a pair's `,`) comes before `at`, past a quote (maybe escaped) and blanks. */
function separatorBefore(text: string, at: number): boolean {
  let i = at - 1;
  let c = text.charCodeAt(i);
  if (c === 34 || c === 39 || c === 96) c = text.charCodeAt(--i);
  if (c === 92) c = text.charCodeAt(--i);
  while (c === 32 || c === 9) c = text.charCodeAt(--i);
  return c === 58 || c === 61 || c === 62 || c === 44;
}

/**
 * The entry a run of token characters is the value of: [name, start of the value, the value's quote], or null. `eq` is
 * the first `=` at or after the run's start (or the text's length).
 */
function entry(
  text: string,
  start: number,
  end: number,
  eq: number,
  lastClose: () => number,
): [string, number, string] | null {
  // `groq=<value>` is one run (`=` is a token character: base64 padding): its first `=` before its last MIN characters.
  if (eq < end - MIN && PROVIDER.test(text.slice(start, eq))) return [text.slice(start, eq), eq + 1, ''];
  // Bash's `declare -A keys=([mistral]=<value>)`: the run starts at the `=`.
  if (text.charCodeAt(start) === 61 && text.charCodeAt(start - 1) === 93) {
    const name = /\[["']?([A-Za-z][\w.-]{1,30})["']?\]$/.exec(text.slice(Math.max(0, start - 36), start));
    return name !== null && PROVIDER.test(name[1]!) ? [name[1]!, start + 1, ''] : null;
  }
  if (!separatorBefore(text, start)) return null;
  const key = keyAndQuoteBefore(text, start);
  if (key !== null && PROVIDER.test(key[0]) && !minifiedName(text, start, key[0])) return [key[0], start, key[1]];
  // A `value`/`secret` beside a field naming the provider: `{"name": "together", "value": "<value>"}`.
  if (key !== null && VALUE_KEY.test(key[0])) {
    // The braces within 400 characters (a search to the text's ends for each value was quadratic): none after the
    // value reads to it.
    const lo = Math.max(0, start - 400);
    const before = text.slice(lo, start + 1).lastIndexOf('{');
    const open = before === -1 ? -1 : lo + before;
    const after = text.slice(start, start + 400).indexOf('}');
    const close = after !== -1 ? start + after : lastClose() < start ? -1 : null;
    const f =
      open === -1 || close === null ? null : PROVIDER_FIELD.exec(text.slice(open, close === -1 ? start : close));
    if (f !== null) return [f[1]!, start, key[1]];
  }
  const p = PAIR_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return p !== null && PROVIDER.test(p[2]!) ? [p[2]!, start, p[3]!] : null;
}

/**
 * A provider's name of two letters declared as a variable (`var hf="…"`, `,hf='…'`): a minifier's name, whose value
 * is no key of Hugging Face's (attack 60: a bundle's strings).
 */
function minifiedName(text: string, start: number, name: string): boolean {
  if (name.length > 2) return false;
  const at = text.lastIndexOf(name, start);
  if (at === -1 || text[at + name.length] !== '=') return false;
  return /(?:^|[^\w$])(?:var|let|const)[ \t]+$|[,;]$/.test(text.slice(Math.max(0, at - 8), at));
}

/** Base64 of printable text (a ConfigMap's `data:`): the base64 pass reads what it spells. */
function encodedText(v: string): boolean {
  if (v.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(v)) return false;
  return /^[\x20-\x7e\t\r\n]+$/.test(Buffer.from(v, 'base64').toString('latin1'));
}

/** The entries whose value `isKey` accepts (given the provider's name), as hits on the value. */
export function providerMapHits(text: string, isKey: (v: string, label: string) => boolean): Hit[] {
  const hits: Hit[] = [];
  const runs = tokenRunsOf(text);
  // The next `=` from the run last read, found by a native search (a loop over each run's characters was a third of
  // the pass): `=` is rare in text, and runs come in order.
  let eq = -1;
  // The last `}` of the text, found once (a value without one after it reads to the value: entry).
  let last: number | null = null;
  const lastClose = (): number => (last ??= text.lastIndexOf('}'));
  for (let k = 0; k < runs.length; k += 2) {
    const runStart = runs[k]!;
    const end = runs[k + 1]!;
    if (end - runStart > MAX + 40) continue;
    if (eq < runStart) eq = nextEquals(text, runStart);
    const e = entry(text, runStart, end, eq, lastClose);
    if (e === null) continue;
    const [label, start, quote] = e;
    const v = text.slice(start, end);
    // A quoted value must close with its quote (an unquoted one ends the run).
    if (v.length < MIN || (quote !== '' && !text.startsWith(quote, end)) || !isKey(v, label)) continue;
    // Dotted values are versions, hosts and file names (a key with dots has a prefix rule: Discord's, SendGrid's);
    // an API's ids and names of words and numbers are what the provider answered or is called (learn-gate.ts).
    if (encodedText(v) || v.includes('.') || namedShape(v)) continue;
    if (idUnderIdParent(text, start, v)) continue;
    hits.push({ rule: 'labelled-secret', start, end });
  }
  return hits;
}
