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
import { PROVIDERS } from './context.js';
import type { Hit } from './pass.js';
import { charSet } from './line-heads.js';
import { nextRun } from './runs.js';

const MIN = 20;
const MAX = 200;
const TOKEN = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+/=.~-');

/** Calls `on` with the [start, end) of each run of at least `min` token characters (runs.ts). */
function tokenRuns(text: string, min: number, on: (start: number, end: number) => void): void {
  for (let r = nextRun(text, 0, min, TOKEN); r !== null; r = nextRun(text, r[1] + 1, min, TOKEN)) on(r[0], r[1]);
}

const PROVIDER = new RegExp(`^(?:${PROVIDERS})$`, 'i');
const IDS_OR_HASHES = /^[0-9a-fA-F-]+$/;
/** A name for ids or digests (`runs = {`, `"request_ids": {`, `commits:`) owning the entries below it. */
const ID_PARENT =
  /(?:^|[^A-Za-z])(?:ids?|runs?|requests?|sessions?|traces?|hash(?:es)?|commits?|digests?|shas?|checksums?|revisions?|versions?)["']?[ \t]*(?::|=)[ \t]*(?:\{|dict\(|\r?\n)/i;
/** Before a value: its key, closed by a quote (`\"` in escaped JSON) or none, then `:`, `=>` or `=`, then a quote. */
const BEFORE = /(?<![\w.-])([A-Za-z][\w.-]{1,30})(?:\\?["'`])?[ \t]*(?::|=>|=)[ \t]*(\\?["'`]?)$/;

/** The index of the first `=` in text[start, end), or -1. */
function equalsIn(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 61) return i;
  return -1;
}

/** True when a separator (`:`, `=`, `=>`) comes before `at`, past a quote (maybe escaped) and blanks. */
function separatorBefore(text: string, at: number): boolean {
  let i = at - 1;
  let c = text.charCodeAt(i);
  if (c === 34 || c === 39 || c === 96) c = text.charCodeAt(--i);
  if (c === 92) c = text.charCodeAt(--i);
  while (c === 32 || c === 9) c = text.charCodeAt(--i);
  return c === 58 || c === 61 || c === 62;
}

/** The entry a run of token characters is the value of: [name, start of the value, the value's quote], or null. */
function entry(text: string, start: number, end: number): [string, number, string] | null {
  // `groq=<value>` is one run (`=` is a token character: base64 padding).
  const eq = equalsIn(text, start, end - MIN);
  if (eq !== -1 && PROVIDER.test(text.slice(start, eq))) return [text.slice(start, eq), eq + 1, ''];
  if (!separatorBefore(text, start)) return null;
  const m = BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return m !== null && PROVIDER.test(m[1]!) ? [m[1]!, start, m[2]!] : null;
}

/** Base64 of printable text (a ConfigMap's `data:`): the base64 pass reads what it spells. */
function encodedText(v: string): boolean {
  if (v.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(v)) return false;
  return /^[\x20-\x7e\t\r\n]+$/.test(Buffer.from(v, 'base64').toString('latin1'));
}

/** The entries whose value `isKey` accepts (given the provider's name), as hits on the value. */
export function providerMapHits(text: string, isKey: (v: string, label: string) => boolean): Hit[] {
  const hits: Hit[] = [];
  tokenRuns(text, MIN, (runStart, end) => {
    if (end - runStart > MAX + 40) return;
    const e = entry(text, runStart, end);
    if (e === null) return;
    const [label, start, quote] = e;
    const v = text.slice(start, end);
    // A quoted value must close with its quote (an unquoted one ends the run).
    if (v.length < MIN || (quote !== '' && !text.startsWith(quote, end)) || !isKey(v, label)) return;
    // Dotted values are versions, hosts and file names (a key with dots has a prefix rule: Discord's, SendGrid's).
    if (encodedText(v) || v.includes('.')) return;
    if (IDS_OR_HASHES.test(v) && ID_PARENT.test(text.slice(Math.max(0, runStart - 200), runStart))) return;
    hits.push({ rule: 'labelled-secret', start, end });
  });
  return hits;
}
