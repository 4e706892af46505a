/**
 * Passwords held in a map of users (attack 33): express-basic-auth's `users: { admin: "…" }`, a Python `USERS =
 * {"ops": "…"}`, a Ruby `{ "ci" => "…" }`, Traefik's or a proxy's YAML `basic_auth_users:` with `admin: …` below it.
 * The name ends in `users`, `accounts`, `logins`, `admins`, `htpasswd` or `credentials`; each entry names an account
 * and its value is judged as a password, strictly, since such maps also hold roles, names and addresses (`alice:
 * admin`, `bob: "Bob Smith"`): a person's or a generator's password (phrase-values' isPassword, with no blank), a
 * random run, or a passphrase (four words, or three with a number). Entries named as ids or references stay
 * (`id: <uuid>`), and so does a map of maps (each inner entry is judged by its own name).
 */
import { generatedPassword } from './generated-passwords.js';
import { isReferenceName, looksRandom } from './generic.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { passphraseValue } from './passphrases.js';
import { isPassword, wholePhrase } from './phrase-values.js';

export const USER_MAP_RULE = 'user-map-password';

const MAP_WORDS = ['users', 'accounts', 'logins', 'admins', 'htpasswd', 'credentials'];
const scan = literalScan(MAP_WORDS);

/** Whether the word at `at` starts a name's word: after a separator, or camelCase (`basic_auth_users`, `authUsers`). */
function wordStart(text: string, at: number): boolean {
  const before = text[at - 1];
  if (before === undefined || !/[A-Za-z0-9]/.test(before)) return true;
  return /[a-z]/.test(before) && /[A-Z]/.test(text[at]!);
}
/** After the word: the name's end, an assignment, then `{` (a literal map) or the line's end (a YAML block). */
const OPENING = /(?![A-Za-z0-9_])["']?[ \t]*(?::=|=|:)[ \t]*(?:(\{)|(?=\r?\n))/y;
/**
 * A typed or constructed map: TypeScript's `users: Record<string, string> = {`, Go's `users := map[string]string{`,
 * gin's `gin.Accounts{`.
 */
const TYPED =
  /(?![A-Za-z0-9_])(?:[ \t]*:[ \t]*[A-Za-z_][\w.<>,[\] ]{0,60})?[ \t]*(?:(?::=|=)[ \t]*(?:map\[\w{1,20}\]\w{1,20}|[A-Z][\w.]{0,40})?)?[ \t]*\{/y;
/** An entry of a literal map: a quoted or bare account, `:` `=` or `=>`, a quoted value. */
const INLINE_ENTRY = /(["']?)([\w.@+-]{1,64})\1[ \t]*(?::|=>?)[ \t]*(["'`])((?:(?!\3)[^\\\r\n]){1,256})\3/g;
/** An entry of a YAML block: indent, account, `: `, the rest of the line (comment and quotes off: blockValue). */
const BLOCK_ENTRY = /^([ \t]+)(["']?)([\w.@+-]{1,64})\2:[ \t]+(\S[^\r\n]*)\r?$/;
/** How much of a literal map is read, and how many lines of a block. */
const MAX_MAP = 4096;
const MAX_LINES = 64;

/** An account's entry that names a field of a record instead (`id`, `arn`, `region`, `Expiration`): not a user's. */
const FIELD =
  /^(?:ids?|uuid|arn|sid|hash|sha\d*|table|region|count|total|max|min|limit|default|type|role|url|host|expiration|expires|expiry|date|time|timestamp|created|updated)$/i;

/** A value read as a password in a map of users (see the file's comment). */
export function userMapPassword(v: string): boolean {
  // Not an address, a URL, a path, an Ethereum address (`0x…`) or a base64 id (`MDQ6VXNlcjU4MzIzMQ==`).
  if (v.length < 8 || /^[\w.+-]+@[\w-]+\.[\w.-]+$|^\w+:\/\/|^[./~]|^0x[0-9a-fA-F]+$|=$/.test(v)) return false;
  // A time (`2011-07-15T23:28:33.359Z`: STS credentials' `Expiration`).
  if (/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?$/.test(v)) return false;
  if (!/\s/.test(v)) return isPassword(v) || looksRandom(v) || generatedPassword(v, true);
  return wholePhrase(v) || (passphraseValue(v) && /\d/.test(v));
}

function judge(account: string, value: string, at: number, hits: Hit[]): void {
  if (FIELD.test(account) || isReferenceName(account) || !userMapPassword(value)) return;
  hits.push({ rule: USER_MAP_RULE, start: at, end: at + value.length });
}

/** The entries of a literal map opened at `from` (up to its `}`; none when it holds another map). */
/** Where a literal map's `}` is, quoted strings skipped (`"Tr0ub4dor&{3}"`); -1 for a map of maps or none seen. */
function mapEnd(body: string): number {
  let quote = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') return -1;
    else if (c === '}') return i;
  }
  return body.length;
}

function inlineMap(text: string, from: number, hits: Hit[]): number {
  const body = text.slice(from, from + MAX_MAP);
  const close = mapEnd(body);
  if (close === -1) return from;
  const map = body.slice(0, close);
  for (const m of map.matchAll(INLINE_ENTRY))
    judge(m[2]!, m[4]!, from + m.index + m[0].length - 1 - m[4]!.length, hits);
  return from + map.length;
}

/** A YAML entry's value: its comment (` #…`), blanks and matched quotes taken off (linear: no regex backtracks). */
function blockValue(rest: string): string {
  const hash = rest.search(/[ \t]#/);
  let v = (hash === -1 ? rest : rest.slice(0, hash)).trimEnd();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) v = v.slice(1, -1);
  return v;
}

/** The entries of the YAML block under the line ending at `from`: lines indented alike, deeper than the name's. */
function blockMap(text: string, lineStart: number, from: number, hits: Hit[]): number {
  const base = /^[ \t]*/.exec(text.slice(lineStart, from))![0].length;
  let indent: string | null = null;
  let at = text.indexOf('\n', from) + 1;
  for (let k = 0; at > 0 && k < MAX_LINES; k++) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(at, Math.min(end, at + MAX_MAP));
    const m = BLOCK_ENTRY.exec(line);
    if (m === null || m[1]!.length <= base || (indent !== null && m[1] !== indent)) break;
    indent = m[1]!;
    const value = blockValue(m[4]!);
    judge(m[3]!, value, at + line.indexOf(value, m[1]!.length + m[3]!.length), hits);
    at = nl + 1;
  }
  return at;
}

function userMapHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let next = 0;
  for (const at of scan?.(text) ?? []) {
    if (at < next || !wordStart(text, at)) continue;
    const word = MAP_WORDS.find((w) => text.slice(at, at + w.length).toLowerCase() === w);
    if (word === undefined) continue;
    OPENING.lastIndex = at + word.length;
    const open = OPENING.exec(text);
    if (open === null) {
      TYPED.lastIndex = at + word.length;
      const typed = TYPED.exec(text);
      if (typed !== null) next = inlineMap(text, typed.index + typed[0].length, hits);
      continue;
    }
    const from = open.index + open[0].length;
    if (open[1] !== undefined) next = inlineMap(text, from, hits);
    else next = blockMap(text, text.lastIndexOf('\n', at) + 1, from, hits);
  }
  return hits;
}

/** The pass of passwords in maps of users (see the file's comment). */
export const userMapPass = (): Pass => runPass(userMapHits);
