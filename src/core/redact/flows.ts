/**
 * A literal that reaches a secret parameter through a variable (issue 11: prefix-less keys with a neutral name):
 * `k = "…"` then `Mistral(api_key=k)`, `const k = '…'` then `new Cohere({ token: k })`, `v := "…"` then
 * `option.WithAPIKey(v)`, `tok = "…"` then `f"Bearer {tok}"`, `K=…` then `curl -H "Authorization: Bearer $K"`,
 * `let key = String::from("…")` then `.with_api_key(key)`, in one file (a notebook's cells, an answer's code blocks).
 *
 * Found from the use (rare) rather than the literal (every string constant of a bundle): the stems of secret names and
 * `bearer` come from the shared literal scan (literal-scan.ts, the same sets line-values.ts and schemes.ts register, so
 * no new scan of the text); at each, a secret name (isSecretKey: `api_key`, `apiKey`, `WithAPIKey`, `X-API-KEY`) or a
 * scheme given a variable (`= k`, `: k`, `(k)`, `"$k"`, `${k}`, `{k}`, `"+k`), whose assignment to a quoted literal is
 * then looked for before it (the nearest assignment of the name wins: a name read from the environment holds none).
 * The literal must read as a key (labels.ts's `labelled`: a credential, a UUID, 16+ hex mixing letters and digits).
 */
import { assignedBefore } from './assignments.js';
import { indexWithin, lastIndexWithin } from './bounded.js';
import { BoundedAnswers } from './caches.js';
import { isPlaceholderValue, isSecretKey } from './key-names.js';
import { judgeJoinedName } from './joined-names.js';
import { labelled } from './labels.js';
import { literalScan } from './literal-scan.js';
import { charSet } from './line-heads.js';
import { runPass, type Hit, type Pass } from './pass.js';

const STEMS = ['pass', 'secret', 'key', 'salt', 'token', 'pwd', 'auth', 'cred'];
const SCHEMES = ['bearer', 'basic'];
const scan = (words: string[]): ((text: string) => readonly number[]) =>
  literalScan(words) ??
  ((text: string): number[] => [...text.matchAll(new RegExp(words.join('|'), 'gi'))].map((m) => m.index));
const stems = scan(STEMS);
const schemes = scan(SCHEMES);

/** `[\w-]`: a name's characters (`X-API-KEY`, `api_key`). */
const NAME = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');

/** Where a joined value may start (a quote), or what may follow its first variable (` + `, a quote, `}`). */
const QUOTES = charSet('"\'`');
const JOINS = charSet(' \t+"\'}');
const IDENT = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_');
const END = charSet(' \t\r\n,;)}]"\'`');
/**
 * After a scheme: a blank and an interpolated variable (Swift's `\\(k)` too), or the string's end and `+`, `,`, `%`
 * then a variable.
 */
const SCHEME_USE =
  /[ \t]+(?:(?:\$\{|#\{|\$|\{|\\\()|(?:%s)?["'`][ \t]*[+,%.][ \t]*)((?:self\.|this\.)?[A-Za-z_]\w{0,40})(?=[\s,;)}\]"'`]|$)/y;

/** Names that are no variable holding a literal: keywords, types, the environment. */
const NOT_VARIABLES = new Set(
  (
    'None null nil undefined true false True False self this os env process config settings options opts args kwargs ' +
    'props str string String int number any bool boolean object dict list map Option required optional params ' +
    'Bearer Basic Token bearer basic token'
  ).split(' '),
);

/**
 * The variable a secret name at `stem` is given (`api_key=k`), or null; read by hand (a regex per stem cost 4 ms per
 * 16 MB).
 */
function nameUse(text: string, stem: number, hits: Hit[]): [string, number] | null {
  // A name is 64 characters at most: a line of random letters holds stems all along it.
  let e = stem;
  const max = stem + 64;
  while (e < max && NAME[text.charCodeAt(e)] === 1) e++;
  const at = separatorAfter(text, e);
  if (at === -1) {
    tagValueHit(text, stem, e, hits);
    return null;
  }
  const v0 = variableAt(text, at);
  let j: RegExpExecArray | null = null;
  if (v0 === null ? QUOTES[text.charCodeAt(at)] === 1 : JOINS[text.charCodeAt(v0[1])] === 1) {
    JOINED.lastIndex = at;
    j = JOINED.exec(text);
  }
  const v = j !== null ? null : v0;
  if (j === null && (v === null || refused(text, v[0], v[1]))) return null;
  let s = stem;
  const min = Math.max(0, stem - 64);
  while (s > min && NAME[text.charCodeAt(s - 1)] === 1) s--;
  while (text.charCodeAt(s) === 45) s++;
  if (e - s > 64 || !secretName(text.slice(s, e))) return null;
  if (j !== null) joinedHits(text, (j[1] ?? j[2] ?? j[3])!.match(/[A-Za-z_]\w*/g)!, s, hits);
  return v === null ? null : [text.slice(v[0], v[1]), s];
}

/**
 * A tag's `name`/`key` attribute naming a secret, its value in `value`/`content` before or after (`<meta …>`): a key,
 * or what the name's judgement takes (a password under `password`, `service-credential`: attack 40).
 */
const NAME_ATTR = /[ \t](?:name|key)=["']([\w.-]{1,64})["']$/;
const VALUE_ATTR = /[ \t](?:value|content)=(["'])([^"'<>\s]{8,200})\1/;
function tagValueHit(text: string, stem: number, e: number, hits: Hit[]): void {
  const q = text.charCodeAt(e);
  if (q !== 34 && q !== 39) return;
  const open = lastIndexWithin(text, 60, stem, 200);
  const m = open === -1 ? null : NAME_ATTR.exec(text.slice(open, e + 1));
  if (m === null || text.slice(open, stem).includes('>') || !secretName(m[1]!)) return;
  const close = indexWithin(text, 62, e, open + 600 - e);
  if (close === -1) return;
  const v = VALUE_ATTR.exec(text.slice(open, close));
  if (v === null || isPlaceholderValue(v[2]!)) return;
  if (!(v[2]!.length >= 16 && labelled(v[2]!, '')) && judgeJoinedName(m[1]!, v[2]!) === null) return;
  const start = open + v.index + v[0].length - 1 - v[2]!.length;
  hits.push({ rule: 'passed-secret', start, end: start + v[2]!.length });
}

/**
 * A value joined from variables (a key split to get past scanners): `a + b`, `"$A$B"`, `"${a}${b}"`, `f"{a}{b}"`,
 * `` `${a}${b}` ``, `"".join([a, b])`.
 */
const JOINED =
  /(?:""|'')\.join\([[(]?[ \t]*(\w{1,40}(?:[ \t]*,[ \t]*\w{1,40}){1,5})[ \t]*[\])]?\)|[fb]?["'`]((?:(?:\$\{|\$|\{)[A-Za-z_]\w{0,40}\}?){2,6})["'`]|([A-Za-z_]\w{0,40}(?:[ \t]*\+[ \t]*[A-Za-z_]\w{0,40}){1,5})(?=[ \t]*(?:[,;)}\]\r\n]|$))/y;

/**
 * The literals the variables of a joined value were assigned before (`a = "…"`, `b = "…"`, then `API_KEY = a + b`):
 * each is redacted when every variable holds one and their concatenation reads as a key.
 */
function joinedHits(text: string, names: string[], before: number, hits: Hit[]): void {
  const pieces: [number, number][] = [];
  for (const n of names) {
    const r = NOT_VARIABLES.has(n) ? null : assignedBefore(text, n, before, true);
    if (r === null) return;
    pieces.push(r);
  }
  const v = pieces.map((r) => text.slice(...r)).join('');
  if (isPlaceholderValue(v) || !labelled(v, '')) return;
  for (const [start, end] of pieces) hits.push({ rule: 'passed-secret', start, end });
}

/**
 * Past a name's closing quote or bracket (`"api_key": k`, `environ["X_API_KEY"] = k`), `=`, `:` or `(` (not `==`,
 * `=>`, `::`; after a quoted name also `,` and `=>`: `Add("api-key", k)`, `'api_key' => $k`) and blanks: where the
 * value starts, or -1.
 */
function separatorAfter(text: string, e: number): number {
  let i = e;
  let c = text.charCodeAt(i);
  const quoted = c === 34 || c === 39;
  if (quoted) c = text.charCodeAt(++i);
  if (c === 93) c = text.charCodeAt(++i);
  while (c === 32 || c === 9) c = text.charCodeAt(++i);
  const d = text.charCodeAt(i + 1);
  if (quoted && (c === 44 || (c === 61 && d === 62))) i += c === 44 ? 0 : 1;
  else if (c !== 61 && c !== 58 && c !== 40) return -1;
  else if ((c === 61 && (d === 61 || d === 62 || d === 126)) || (c === 58 && d === 58)) return -1;
  c = text.charCodeAt(++i);
  while (c === 32 || c === 9) c = text.charCodeAt(++i);
  return i;
}

/**
 * The variable a value starts with, maybe interpolated (`"$k"`, `"${k}"`, `{k}`, PHP's `$k`) or a member of `self` or
 * `this`, ending the argument, the member or the string (`k,`, `k)`, `k}`, `k"`, `k` at the line's end): [start, end].
 */
function variableAt(text: string, at: number): [number, number] | null {
  let i = at;
  let c = text.charCodeAt(i);
  // A quote only before an interpolation: `"OPENAI_API_KEY"` is a literal.
  if (c === 34 || c === 39 || c === 96) {
    c = text.charCodeAt(++i);
    if (c !== 36 && c !== 35) return null;
  }
  if (c === 36 || c === 35) c = text.charCodeAt(++i);
  if (c === 123) c = text.charCodeAt(++i);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return null;
  const id = i;
  while (i <= id + 40 && IDENT[text.charCodeAt(i)] === 1) i++;
  if (text.charCodeAt(i) === 46 && /^(?:self|this)$/.test(text.slice(id, i))) {
    i++;
    while (i <= id + 45 && IDENT[text.charCodeAt(i)] === 1) i++;
  }
  return i - id > 45 || (i < text.length && END[text.charCodeAt(i)] !== 1) ? null : [id, i];
}

/**
 * The variables refused last (a secret name's own, `${OPENAI_API_KEY}`: the key-name pass's wherever it is assigned; a
 * keyword), compared in place: a log repeats its few references on every line, and a slice and a lookup for each cost
 * more than the rest of the pass.
 */
const recent: string[] = [];
function refused(text: string, from: number, to: number): boolean {
  for (const r of recent) if (r.length === to - from && text.startsWith(r, from)) return true;
  const id = text.slice(from, to);
  if (!NOT_VARIABLES.has(id) && !valueLike(id) && !secretName(id)) return false;
  if (recent.unshift(id) > 8) recent.pop();
  return true;
}

/** isSecretKey, remembered (a log repeats its few names: `api_key: ${OPENAI_API_KEY}` on every line). */
const judged = new BoundedAnswers<string, boolean>(4096);
function secretName(name: string): boolean {
  return judged.get(name, () => isSecretKey(name));
}

function schemeUse(text: string, at: number): [string, number] | null {
  if (IDENT[text.charCodeAt(at - 1)] === 1) return null;
  SCHEME_USE.lastIndex = at + 6;
  const m = SCHEME_USE.exec(text);
  if (m === null || text.slice(at, at + 6).toLowerCase() !== 'bearer') return null;
  return refused(text, m.index + m[0].length - m[1]!.length, m.index + m[0].length) ? null : [m[1]!, at];
}

/** An unquoted value rather than a variable's name (`KEY=sk_live_…`): 16+ characters with digits. */
const valueLike = (id: string): boolean => id.length >= 16 && /\d/.test(id);

function flowHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<number>();
  // Each name's last use whose search found no assignment: a later use searches back to it only (assignedBefore).
  const misses = new Map<string, number>();
  const use = (u: [string, number] | null): void => {
    if (u === null) return;
    const since = misses.get(u[0]) ?? -1;
    const r = assignedBefore(text, u[0], u[1], false, since <= u[1] ? since : -1);
    if (r === null) misses.set(u[0], u[1]);
    else misses.delete(u[0]);
    if (r === null || seen.has(r[0])) return;
    const v = text.slice(r[0], r[1]);
    if (isPlaceholderValue(v) || !labelled(v, '')) return;
    seen.add(r[0]);
    hits.push({ rule: 'passed-secret', start: r[0], end: r[1] });
  };
  const at = stems(text);
  for (let k = 0; k < at.length; k++) {
    const u = nameUse(text, at[k]!, hits);
    if (u !== null) use(u);
  }
  for (const p of schemes(text)) if ((text.charCodeAt(p) | 32) === 98) use(schemeUse(text, p));
  return hits.sort((a, b) => a.start - b.start);
}

export function flowPass(): Pass {
  return runPass(flowHits);
}
