/**
 * Values handed to code beside a name, in forms the one-line key-name regexes do not read (README, Redaction, item 5,
 * *calls*). The key-name pass's finder points at the name; from there:
 * - a header that carries a credential (`Authorization`, `X-Api-Key`, `api-key`, `x-goog-api-key`, `Private-Token`,
 *   `X-Auth-Token`, …) set by a subscript (`request["Authorization"] = …`, `conn.headers[:authorization] = …`), a call
 *   or builder whose arguments may be split over lines (`.header(AUTHORIZATION, …)`, `headers.insert(…)`), in a Go
 *   header literal, or by curl with a `\` continuation; its value a literal, a format (`format!("Bearer {}", "…")`,
 *   `String.format("Bearer %s", "…")`, `"Bearer {}".format("…")`, `"Bearer %s" % "…"`), an interpolated literal
 *   (`f"Bearer {'…'}"`, `$"Bearer {"…"}"`, `"Bearer #{"…"}"`), concatenated literals (`"Bearer " . "…"`, Python's
 *   adjacent `"Bearer " "…"`) or a scheme
 *   and a credential (`new AuthenticationHeaderValue("Bearer", "…")`, Faraday's `:authorization, 'Bearer', '…'`);
 * - a secret name given to a setter or store with its value as the next argument, over lines too, as a template
 *   literal or an f-string, after another argument (`rdb.Set(ctx, "api_token", …)`), as a symbol (`put_env(:app,
 *   :api_key, …)`), in a subscript (`cookies[:auth_token] = …`) or in Ruby's `ENV.fetch("X") { "…" }`;
 * - a session cookie set by a call (`Cookies.set('session', …)`, `response.set_cookie("session", …)`);
 * - keyring's `set_password(service, user, "…")`, a token's setter (`.bearer_auth("…")`, `withToken('…')`).
 * Only a literal counts: a variable, `os.environ[…]` or a template with `${…}` in it holds no value.
 */
import { codeOrName } from './code-names.js';
import { codeValue, judgePair } from './commands.js';
import { humanPassword } from './credential-values.js';
import { wordiness } from './generic.js';
import { isCliPassword } from './cli-passwords.js';
import { isPlaceholderValue, isSecretKey, judgeAssignment } from './key-names.js';
import type { Hit } from './pass.js';

/** Blanks and up to three line breaks (arguments split over lines, a shell's `\` continuation). */
const W = `[ \\t]*(?:\\\\?\\r?\\n[ \\t]*){0,3}`;
const Q = `["'\`]`;
/** A string's prefix: Python's f/b/r/u, C#'s `$` and `@`, C++'s `L`. */
const P = `(?:[fbruFBRUL@$]{1,2}(?=["'\`]))?`;
const TOK = `[A-Za-z0-9._~+/=-]{8,1024}`;
const SCHEME = `(?:bearer|token|basic|bot|digest|api-?key|key|oauth|splunk|ssws)`;
/** A format's hole: `{}`, `{0}`, `%s`, `%v`, `{:?}`. */
const HOLE = `(?:\\{\\d?\\}|%[sv]|\\{:\\?\\})`;
const LIT = `[^"'\`\\\\\\r\\n]{1,4096}`;

/**
 * After a header's name: a separator, up to two wrappers (`[]string{`, `[`, `HeaderValue::from_static(`), a
 * value.
 */
const HEADER_VALUE = new RegExp(
  `(?:\\\\?["'\`])?(?:[ \\t]*\\])?(?:${W}(?:(?:\\|\\||\\?\\?|&&)?=(?![=~])>?|:(?![:/])|,)${W}|[ \\t]+(?=:[a-z]))` +
    `(?:(?:\\[\\]string[ \\t]*)?[{[]${W}|(?:new[ \\t]+)?[A-Za-z_][\\w.:!<>]*[ \\t]*\\(${W}|new[ \\t]*\\(${W}){0,2}` +
    `(?:${P}(?<aq>${Q})(?:(?<as>${SCHEME})[ \\t]+)?(?<a>${TOK})\\k<aq>` +
    `|${SCHEME}[ \\t]+\\\\\\r?\\n[ \\t]*(?<n>${TOK})(?![\\w.~+/=-])` +
    `|${P}${Q}?${SCHEME}[ \\t]*${HOLE}${Q}(?:[ \\t]*\\.format\\(|[ \\t]*%[ \\t]*\\(?|[ \\t]*,)${W}${P}(?<bq>${Q})(?<b>${TOK})\\k<bq>` +
    `|${P}${Q}?${SCHEME}[ \\t]+(?:\\$?\\{|#\\{)[ \\t]*(?<cq>${Q})(?<c>${TOK})\\k<cq>[ \\t]*\\}` +
    `|${P}${Q}?${SCHEME}[ \\t]*${Q}${W}(?:(?:\\+\\+?|\\.\\.?|&|<>|\\.concat\\()${W})?${P}(?<dq>${Q})(?<d>${TOK})\\k<dq>` +
    `|:?${Q}?(?:bearer|token|basic|digest|bot|oauth)${Q}?[ \\t]*,${W}${P}(?<eq>${Q})(?<e>${TOK})\\k<eq>)`,
  'iyd',
);

/** Headers whose value is a credential. */
const HEADER_NAME =
  /^(?:proxy-)?authorization$|^(?:x-)?(?:goog-|xi-|openai-|anthropic-|dd-)?api-?key$|^(?:x-)?(?:auth|access)-token$|^private-token$|^x-subscription-token$|^ocp-apim-subscription-key$|^x-functions-key$/i;

/** After a quoted or symbol name: the next argument, a subscript's assignment, or Ruby's `fetch("X") { "…" }`. */
const ARG_VALUE = new RegExp(
  `(?:[ \\t]*,${W}${P}(?<q>${Q})(?<v>${LIT})\\k<q>(?=[ \\t]*(?:[,)\\]}]|\\r?\\n|$))` +
    `|[ \\t]*\\][ \\t]*(?:\\|\\||\\?\\?|&&)?=(?![=~>])${W}${P}(?<sq>${Q})(?<s>${LIT})\\k<sq>` +
    `|[ \\t]*\\)[ \\t]*(?:\\{|do\\b)[ \\t]*${P}(?<fq>${Q})(?<f>${LIT})\\k<fq>[ \\t]*(?:\\}|\\r?\\n|$))`,
  'yd',
);

/** keyring's `set_password(service, user, password)`: the third argument. */
const KEYRING = new RegExp(
  `[ \\t]*\\(${W}(?:${P}${Q}[^"'\`\\r\\n]{0,200}${Q}|[\\w.]+(?:\\(\\))?)${W},${W}(?:${P}${Q}[^"'\`\\r\\n]{0,200}${Q}|[\\w.]+(?:\\(\\))?)${W},${W}${P}(?<q>${Q})(?<v>${LIT})\\k<q>`,
  'yd',
);

/** A token's setter: reqwest's `.bearer_auth("…")`, Laravel's `withToken('…')`, resty's `SetAuthToken("…")`. */
const TOKEN_ARG = new RegExp(`\\(${W}${P}(?<q>${Q})(?<v>${TOK})\\k<q>`, 'yd');

/** Callees that store a value under a name: setters, environment and preference stores, caches. */
const STORE = /^(?:set|put|add|append|stub|write)(?:[A-Z_]\w*)?$|^(?:setdefault|setenv|putenv|setex|hset|setitem)$/i;

/**
 * A string literal that may be a credential under a secret name: one with a digit, random-looking, or 12+ letters of
 * both cases not made of words (not `X-Auth-Token`; random letters: 94% of 16, 98% of 24 under 0.8;
 * `getUserAccessToken` 1.0).
 */
function secretLiteral(v: string): boolean {
  return codeValue(v) || (/^[A-Za-z]{12,}$/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && wordiness(v) < 0.8);
}

const isNameChar = (c: number): boolean =>
  (c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45 || c === 47;
const isQuote = (c: number): boolean => c === 34 || c === 39 || c === 96;

/** The `(` of the call whose argument list holds `at`, or -1 (an array, an object, no call within 300 characters). */
function callOpen(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0 && at - i < 300; i--) {
    const c = text[i]!;
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '(' || c === '[' || c === '{') {
      if (depth === 0) return c === '(' ? i : -1;
      depth--;
    }
  }
  return -1;
}

/** The callee before a `(`: `setItem` in `localStorage.setItem(`. */
const calleeBefore = (text: string, open: number): string =>
  /([A-Za-z_$][\w$]*)[ \t]*$/.exec(text.slice(Math.max(0, open - 64), open))?.[1] ?? '';

const hitOf = (rule: string | null, m: RegExpExecArray, g: string): Hit | null => {
  if (rule === null) return null;
  const [start, end] = m.indices!.groups![g]!;
  return { rule, start, end };
};

function headerHit(text: string, at: number, name: string): Hit | null {
  HEADER_VALUE.lastIndex = at;
  const m = HEADER_VALUE.exec(text);
  if (m === null) return null;
  const g = m.groups!;
  const k = ['a', 'n', 'b', 'c', 'd', 'e'].find((x) => g[x] !== undefined)!;
  const v = g[k]!;
  // A literal with no scheme (`"X-Api-Key", "Content-Type"`: a list of header names) must read as a credential.
  // So must a credential given apart from its scheme (`("Bearer", "…")`).
  if (isPlaceholderValue(v) || (((k === 'a' && g.as === undefined) || k === 'e') && !secretLiteral(v))) return null;
  // A class's or a field's name in a call after the header's name (`apiKey = MessageField('ApiKeyConfig', 1)`).
  if (g.as === undefined && codeOrName(name, v)) return null;
  return hitOf(/authorization/i.test(name) ? 'authorization-header' : 'api-key-header', m, k);
}

/** The value given beside a quoted or symbol name ending at `end` (its opening quote or `:` at `open`). */
function argHit(text: string, open: number, name: string, end: number, symbol: boolean): Hit | null {
  ARG_VALUE.lastIndex = symbol ? end : end + 1;
  const m = ARG_VALUE.exec(text);
  if (m === null) return null;
  const g = m.groups!;
  const k = g.v !== undefined ? 'v' : g.s !== undefined ? 's' : 'f';
  const v = g[k]!;
  if (v.includes('${') || /\s/.test(v)) return null;
  let before = open - 1;
  // A string's prefix (`L"API_TOKEN"`) is no argument.
  if (/[LuUbBrR@$]/.test(text[before] ?? '') && !/[\w$]/.test(text[before - 1] ?? '')) before--;
  while (before >= 0 && /\s/.test(text[before]!)) before--;
  const prev = text[before];
  // A subscript assigned a literal under a secret name reads as an assignment (`ENV["DB_PASSWORD"] = "…"`).
  if (k === 's') return prev !== '[' ? null : isSecretKey(name) ? hitOf(judgeAssignment(name, v), m, k) : gated();
  const call = prev === '(' ? before : prev === ',' ? callOpen(text, before) : -1;
  if (call === -1) return null;
  const callee = calleeBefore(text, call);
  if (k === 'f') return /^fetch$/.test(callee) ? judged() : null;
  // A setter or store takes the value as given (as an assignment would); any other call, a literal that reads as one.
  if (STORE.test(callee)) return hitOf(judgeAssignment(name, v), m, k);
  return gated();
  function judged(): Hit | null {
    return hitOf(judgePair(name, v), m!, k);
  }
  function gated(): Hit | null {
    return secretLiteral(v) ? judged() : null;
  }
}

/** A cookie set by a call or a subscript: `Cookies.set('session', '…')`, `cookies[:auth_token] = '…'`. */
function cookieHit(text: string, at: number): Hit | null {
  const m = /[ \t]*[([][ \t]*(?:[A-Za-z]?(["'`])([\w.:-]{1,64})\1|:([\w]{1,64}))/y;
  m.lastIndex = at;
  const n = m.exec(text);
  if (n === null) return null;
  const name = n[2] ?? n[3]!;
  const end = n.index + n[0].length;
  ARG_VALUE.lastIndex = end;
  const v = ARG_VALUE.exec(text);
  const k = v?.groups?.v !== undefined ? 'v' : v?.groups?.s !== undefined ? 's' : null;
  if (v === null || k === null || !secretLiteral(v.groups![k]!)) return null;
  return hitOf(judgePair(name, v.groups![k]!), v, k);
}

/**
 * The hits for the name the key-name finder found ending at `end` (see the file's comment), added to `hits`. Cheap
 * for the common `name: value` line: a few character tests.
 */
export function callArgHits(text: string, end: number, hits: Hit[]): void {
  let start = end;
  while (start > 0 && end - start < 80 && isNameChar(text.charCodeAt(start - 1))) start--;
  // A symbol's colon (`:api_key`, `[:authorization]`) is no part of its name.
  while (start < end && text.charCodeAt(start) === 58) start++;
  const name = text.slice(start, end);
  const last = name.slice(name.search(/[\w-]*$/));
  const next = text.charCodeAt(end);
  let hit: Hit | null = null;
  if (HEADER_NAME.test(last)) hit = headerHit(text, end, last);
  else if ((next === 40 || next === 91) && /cookies?(?:\.\w{1,12})?$/i.test(name)) hit = cookieHit(text, end);
  else if (next === 40 && /(?:bearer_?auth|withtoken|setauthtoken)$/i.test(name)) {
    TOKEN_ARG.lastIndex = end;
    const m = TOKEN_ARG.exec(text);
    if (m && !isPlaceholderValue(m.groups!.v!) && secretLiteral(m.groups!.v!))
      hit = hitOf('authorization-header', m, 'v');
  } else if (next === 40 && /set_password$/.test(name)) {
    KEYRING.lastIndex = end;
    const m = KEYRING.exec(text);
    const v = m?.groups?.v;
    if (m && v && isCliPassword(v) && v.length >= 6 && (humanPassword(v) || codeValue(v) || secretLiteral(v)))
      hit = hitOf('secret-key-value', m, 'v');
  } else {
    const q = text.charCodeAt(start - 1);
    // `"name"` (also `L"name"`) or `:name`; the finder stops before a name's `:` (`openai:api_key`), the name does not.
    if (isQuote(q) && next === q) hit = argHit(text, start - 1, name, end, false);
    else if (q === 58 && (next === 44 || next === 93)) hit = argHit(text, start - 1, name, end, true);
  }
  if (hit) hits.push(hit);
}
