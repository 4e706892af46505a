/**
 * Random values beside a secret (attack 33): where a rule found a secret, a value that reads as random a few words
 * away is most often another one, held under no name a rule reads (`Invalid API key '<ghp_…>'. Tried fallback
 * <random>`, `The user gave the Square key <key> earlier; I will keep <uuid> as backup`, `Keys: <key> / <random>`), and
 * so is one in an entry beside the secret's in the same mapping (`providers:` then `github: ghp_…` and
 * `fallback: <hex>`). Such a value is replaced too. Read only near a hit (REACH characters on its line, the entries of
 * its block), so a file without a secret is never touched; a value that a noun names as an id, a hash or a record
 * (`request_id`, `commit`, `sha256`: id-nouns.ts) or a name as a reference's (`trace_id`, a JWK's `n`) stays, and so
 * does anything that is neither a UUID (some providers' keys are) nor random (randomRun: words, paths, identifiers,
 * versions stay).
 */
import { inAwsExample } from './benign.js';
import { lineStartOrCap } from './bounded.js';
import { keyBefore } from './cursors.js';
import { lineAround, shortLines } from './line-heads.js';
import { classChanges } from './char-classes.js';
import { isApiId, isReferenceName, keyWords, looksRandom, shannon } from './generic.js';
import { base64Json, base64Prose } from './prose-base64.js';
import { idNounBefore } from './id-nouns.js';
import { mergeHits, type Hit } from './pass.js';
import { UUID_VALUE } from './shapes.js';
import { isReferenceKey, isSecretKey, isWeakSecretKey, normalise } from './key-names.js';
import { isPaginationNorm } from './cursors.js';
import { SERVICE_NAMES } from './services.js';
import { publicName, publicValue } from './public-values.js';

export const COMPANION_RULE = 'companion-token';

/** How far from a hit, on its line, a companion is looked for. */
const REACH = 300;
/**
 * The longest line read (a minified bundle's, a dump's: random runs there are data, not a person's list of keys), from
 * the hit either way.
 */
const LONG_LINE = 2048;
/** How many entries of a hit's mapping block either side are read. */
const SIBLINGS = 12;

/** A candidate: token characters (base64's, base64url's, `.`, `~`), `=` only as padding. */
const TOKEN = /[A-Za-z0-9_+/~.-]{16,}={0,2}/g;
/** What may stand right before a companion: a line's start, a blank, a quote, a bracket, a separator. */
const OPENS = /[\s'"`([{,;:=|>]/;
/** An entry of a mapping: its indent, a name, then `: ` (YAML's) or `=` and a value on the line. */
const ENTRY = /^([ \t]*)(?:- )?["']?[\w.-]{1,64}["']?(?:[ \t]*=[ \t]*|:[ \t]+)\S/;

/** The entries of the mapping block around the line [head, tail) with the same indent (`indent`), as lines. */
function siblings(text: string, head: number, tail: number, indent: string): [number, number][] {
  const out: [number, number][] = [];
  for (const dir of [-1, 1]) {
    let at = dir < 0 ? head - 1 : tail + 1;
    for (let k = 0; k < SIBLINGS && at >= 0 && at <= text.length; k++) {
      const line = lineAround(text, at, at, LONG_LINE);
      if (line === null || ENTRY.exec(text.slice(line[0], line[1]))?.[1] !== indent) break;
      out.push(line);
      at = dir < 0 ? line[0] - 1 : line[1] + 1;
    }
  }
  return out;
}

/** An entry's name and value (its quotes and a comma after it apart). */
const ENTRY_PARTS = /^[ \t]*(?:- )?["']?([\w.-]{1,64})["']?(?:[ \t]*=[ \t]*|:[ \t]+)["']?([^"'\s,]*)/;
/** A provider's or a service's name (a map of providers' keys is no table of data). */
const SERVICE = new RegExp(`^(?:${SERVICE_NAMES})(?:[_.-]|$)`, 'i');
/** The entries a table of data has at least (a person's keys are fewer: `primary`, `secondary`, `backup`, `token`). */
const TABLE_ROWS = 6;
/** The plain words that also name a secret, under which a table's row is a row (`"pepper": <md5>`). */
const ROW_WORDS = /^(?:pepper|salt|seed|nonce)$/;
/** Hex digits, or a UUID. */
const HEX_LIKE = /^[0-9a-f-]+$/i;
/** A value's shape: its length, and hex (or a UUID) or not. */
const shape = (v: string): string => `${v.length}${HEX_LIKE.test(v) ? 'h' : 'x'}`;

/**
 * Whether the hit's block is a table of data: TABLE_ROWS entries or more whose values all have the hit's shape, no
 * other name a secret's or a provider's (`"harbor": <md5>`, … `"pepper": <md5>`; feature flags' UUIDs). Its values
 * are rows, not a person's keys: no companion is read there, and a key name's hex or UUID under a plain word that also
 * names a secret (ROW_WORDS: `pepper`, `salt`) is a row; a provider's token (its own rule's hit) always stays a hit.
 */
function dataTable(text: string, h: Hit, lines: [number, number][]): boolean {
  const own = shape(text.slice(h.start, h.end));
  if (lines.length < TABLE_ROWS - 1) return false;
  return lines.every((l) => {
    const m = ENTRY_PARTS.exec(text.slice(l[0], l[1]));
    if (m === null || shape(m[2]!) !== own) return false;
    const name = m[1]!;
    return !isSecretKey(name) && !isWeakSecretKey(name) && !SERVICE.test(name);
  });
}

/**
 * The windows read around each hit (sorted, merged): its line near it, the entries of its block; and the hits that are
 * rows of a table of data (dataTable) under a plain word. A line's bounds are found once for all the hits on it
 * (`hits` are sorted).
 */
function windows(text: string, hits: readonly Hit[]): { reads: [number, number][]; rows: Set<Hit> } {
  const out: [number, number][] = [];
  const rows = new Set<Hit>();
  // A line longer than LONG_LINE either way from the hit is not read.
  const lines = shortLines(text, LONG_LINE);
  let line: [number, number] | null = null;
  for (const h of hits) {
    const around = lines(h.start, h.end);
    if (around === null) continue;
    if (around !== line) {
      line = around;
      // An entry of a mapping: the entries beside it in its block are read too, unless they are a table's rows.
      const entry = ENTRY.exec(text.slice(line[0], h.end));
      const block = entry === null ? [] : siblings(text, line[0], line[1], entry[1]!);
      if (dataTable(text, h, block)) {
        const name = ENTRY_PARTS.exec(text.slice(line[0], line[1]))?.[1] ?? '';
        if (h.rule === 'secret-key-value' && ROW_WORDS.test(name) && HEX_LIKE.test(text.slice(h.start, h.end)))
          rows.add(h);
        continue;
      }
      for (const b of block) out.push([b[0], Math.min(b[1], b[0] + REACH)]);
    }
    out.push([Math.max(line[0], h.start - REACH), Math.min(line[1], h.end + REACH)]);
  }
  out.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const w of out) {
    const last = merged[merged.length - 1];
    if (last !== undefined && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push(w);
  }
  return { reads: merged, rows };
}

/**
 * A random value (looksRandom), or base62 of 20 characters or more whose case and digits change at a third of its
 * characters or more: looksRandom reads a random base62 run with few digits as camelCase words (`spEdruZ9vHT1coaR…`),
 * and beside a secret an identifier is rare (an identifier's class changes once a word: `getUserSettings2`).
 */
const randomRun = (v: string): boolean =>
  looksRandom(v) ||
  (/^[A-Za-z0-9]{20,}$/.test(v) &&
    /[a-z]/.test(v) &&
    /[A-Z]/.test(v) &&
    /\d/.test(v) &&
    classChanges(v) >= 0.35 &&
    shannon(v) >= 0.8 * Math.log2(Math.min(v.length, 62)));

/**
 * A command's flag that names a user, a tenant, an app or a subscription by its id (`az login --service-principal -u
 * <app id> -p … --tenant <tenant id>`: attack 43).
 */
const ID_FLAG =
  /(?:^|\s)(?:-u|--user(?:name)?|--tenant(?:-id)?|--subscription(?:-id)?|--(?:client|app|application|object|principal)-id)[ \t=]["']?$/;

/**
 * Whether the token at `at` is a companion: opened as a value, random, not in a URL or a path, not named an id (`lo`:
 * where its window starts, no farther back than its line's start).
 */
function companion(text: string, lo: number, at: number, token: string): boolean {
  if ((at > 0 && !OPENS.test(text[at - 1]!)) || token.startsWith('//')) return false;
  // A colour code's parameters and what it colours (`ESC[32mPERPLEXITY_API_KEY`: attack 58) are no value.
  if (text.charCodeAt(at - 2) === 27 && text[at - 1] === '[') return false;
  // A UUID, or a random value; not a name of short parts (a model's `gpt-4o-mini-2024-07-18`, a version, a slug).
  if (!UUID_VALUE.test(token) && (!randomRun(token) || token.split(/[-_.]/).every((p) => p.length < 12))) return false;
  // Not an API's id (`toolu_…`, `chatcmpl-…`), base64 of a sentence or of JSON (a page's cursor), nor a UUID or a
  // commit's or digest's hex (40, 64) in another cell of a row (a SQL dump's `public_id`, a CSV's `sha`: attack 58,
  // each then learned and replaced everywhere); beside a secret in a mapping or a sentence, such hex is one more key.
  if (isApiId(token) || base64Prose(token) || base64Json(token)) return false;
  // Public by its shape or what stands before it (an SSH public key's body, Stripe's ids, an address: public-values).
  if (publicValue(token, text, at)) return false;
  if ((UUID_VALUE.test(token) || /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(token)) && inRow(text, at)) return false;
  const gap = text.slice(Math.max(lo, lineStartOrCap(text, at, 60)), at);
  // Part of a URL or an address (`https://host/<id>/`, `user@…`), or named an id, a hash, a record.
  if (/:\/\/\S*$|@$/.test(gap) || idNounBefore(gap) || ID_FLAG.test(gap)) return false;
  // A data URL's payload (`url(data:font/woff2;base64,…)`: attack 57); a minified bundle's string (`var qd="…"`).
  if (DATA_URL_BEFORE.test(gap) || MINIFIED.test(gap)) return false;
  // A sentence's word for it (`The slug is …`, `the font_data was …`: public-values.ts).
  const word = WORD_BEFORE.exec(gap);
  if (word !== null && publicName(keyWords(word[1]!))) return false;
  const name = keyBefore(text, at);
  return name === null || !notSecretName(name);
}

/** Whether `at` is in a row of three or more cells (commas or tabs between values, on a line of 2 KiB at most). */
function inRow(text: string, at: number): boolean {
  const ls = lineStartOrCap(text, at, 2048);
  const nl = text.indexOf('\n', at);
  const line = text.slice(ls, nl === -1 || nl - at > 2048 ? at + 2048 : nl);
  return (line.match(/,/g)?.length ?? 0) >= 2 || (line.match(/\t/g)?.length ?? 0) >= 2;
}

/** The word before a value, then a copula, `:` or `=` (or nothing) and a quote. */
const WORD_BEFORE = /([A-Za-z_][\w-]{0,40})["'`]?[ \t]*(?:(?:is|was|are|were)[ \t]+|[:=][ \t]*)?["'`]?$/;

/** A minifier's variable of one or two letters, given a string (`var qd="`, `,ex='`): code, not a person's note. */
const MINIFIED = /(?:\b(?:var|let|const)[ \t]+|[,;{(])[A-Za-z$_][A-Za-z0-9$_]?=["'`]$/;

/** Before a data URL's payload: its media type and parameters, then `;base64,`. */
const DATA_URL_BEFORE = /data:[\w.+-]+\/[\w.+-]+(?:;[\w.+-]+=[^;,\s]*)*;base64,$/i;

/**
 * An entry's name that says what it is, not whose: a reference's (a JWK's public `n`, `x`, a `model`, a `region`:
 * generic.ts), a data structure's key (`Idempotency-Key`, `sort_key`), a page's cursor (`nextPageToken`), a public or
 * publishable key (`STRIPE_PUBLISHABLE_KEY`, .NET's `PublicKeyToken`), a digest, an address, an IV (public-values.ts):
 * beside a secret, such a value stayed a companion and was learned, then replaced in every file (attacks 57, 60).
 */
const notSecretName = (name: string): boolean =>
  /^(?:after|before|cursor|next|prev|page|offset|continuation)$/i.test(name) ||
  isReferenceName(name) ||
  isReferenceKey(name) ||
  isPaginationNorm(normalise(name)) ||
  publicName(keyWords(name));

/**
 * `hits` (sorted, disjoint) with the random values near them added (COMPANION_RULE), less the rows of a table of data
 * (dataTable).
 */
export function companionHits(text: string, hits: Hit[]): Hit[] {
  if (hits.length === 0) return hits;
  const extra: Hit[] = [];
  // A run touching a hit is a piece of its value the rule left out (a colour code cut it), not a value beside it.
  const edges = new Set(hits.flatMap((h) => [h.start, h.end]));
  const { reads, rows } = windows(text, hits);
  for (const [lo, hi] of reads) {
    const seg = text.slice(lo, hi);
    for (const m of seg.matchAll(TOKEN)) {
      const token = m[0].replace(/[.-]+$/, '');
      const at = lo + m.index;
      if (edges.has(at) || edges.has(at + token.length) || inAwsExample(text, at, at + token.length)) continue;
      if (companion(text, lo, at, token)) extra.push({ rule: COMPANION_RULE, start: at, end: at + token.length });
    }
  }
  const kept = rows.size === 0 ? hits : hits.filter((h) => !rows.has(h));
  return extra.length === 0 ? kept : mergeHits(kept, extra);
}
