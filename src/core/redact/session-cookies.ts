/**
 * Session credentials under a cookie or session name, in any syntax (README, Redaction, "Session cookies"): a session
 * cookie's value, a session id or token, a remember-me token, a CSRF token, given as `name=value` (env, shell, cookie
 * headers, curl `-b`, httpie `Cookie:`), `name: value` (YAML, JSON, dicts), a call's two string arguments
 * (`s.cookies.set('sessionid', '…')`, `res.cookie('sid', '…')`, `new Cookie("JSESSIONID", "…")`), a subscript
 * (`cookies['sessionid'] = '…'`, `cookies[:_session_id] = '…'`) or a cookie record (`{"name": "sessionid", …,
 * "value": "…"}`: HAR, browser exports, Playwright's storageState, Go's `http.Cookie{Name:, Value:}`).
 *
 * Where the line is drawn between a credential and an id:
 * - a cookie name (`sessionid`, `PHPSESSID`, `JSESSIONID`, `connect.sid`, `ASP.NET_SessionId`, `laravel_session`,
 *   `_session_id`, `_gh_sess`, `*.session-token`, `sb-*-auth-token`, `*_session`, `SESSION_COOKIE`, `remember_token`,
 *   `csrftoken`, `XSRF-TOKEN`) names a credential: any value of 16 or more token characters that is no placeholder and
 *   reads as random, a UUID or hex included;
 * - a generic name (`session`, `session_id`, `sessionId`, `sid`) names an id (MassGen's own `session_id` is
 *   `attempt_1`, `session_20260131_101500`, `log_…`, or a UUID, and Jupyter's `session` is hex): its value is a
 *   credential only as a cookie (a cookie word or curl's `-b` before it on the line, or a cookie record), in a signed
 *   cookie's shape (Flask `eyJ….….…`, Express `s%3A….…`, Rails `…--…`), or random and neither hex, a UUID nor a
 *   prefixed id (`sess_…`).
 * Cookie names alone (`SESSION_COOKIE_NAME = "sessionid"`), counters (`session: 3`), analytics ids (`_ga=GA1.2.…`) and
 * code reading a cookie (`request.cookies.get("sessionid")`) stay.
 *
 * Linear: each literal found reads at most 64 characters of name either side, 24 of separator and 4,096 of value; a
 * literal inside a name or value already read is skipped; a record reads at most 512 characters either side. Attack 42:
 * an element's text (`<phpsessid>…</phpsessid>`) and a setter's blank (`SetEnv RAILS_SESSION …`) give a value too.
 */
import { namedCredential } from './credential-values.js';
import { looksRandom, shannon } from './generic.js';
import { isPlaceholderValue } from './key-names.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { idShaped, inCookieList } from './session-ids.js';

const scan = literalScan(['sess', 'sid', 'cookie', 'remember', 'csrf', 'xsrf']);

const NAME_CHAR = /[A-Za-z0-9_.-]/;
/**
 * After a name: its closing quote and bracket, a separator, a string prefix and an opening quote; then the value. An
 * XML attribute's quote and `>` before an element's text is one too (Android's `<string name="session">…</string>`:
 * attack 59), and Markdown's bold after a label (`**Session:** \`…\``); a sentence's copula (`the connect.sid is …`), a
 * label in another script before its colon (`PHPSESSID の値: …`), a blank before a quote (`using sessionid "…"`:
 * attack 60).
 */
const AFTER =
  /(["'`]?)\]?[ \t]*(=>|=|:(?!:)|,|(?<=["'])>|(?<=[ \t])(?:is|was)(?=[ \t])|[^\x00-\x7f\s]{1,8}[:\uff1a]|(?<=[ \t])(?=["'`]))(?:\*\*|__)?[ \t]*(?:[fbr](?=["'`]))?(["'`]?)((?:[A-Za-z0-9%+/._:~-]|={1,3}(?=--|[^A-Za-z0-9%+/._:~=-]|$)){1,4096})/y;
/** A record's name key just before the quoted name (`"name": "`, `Name: "`, `name='`). */
const RECORD_NAME = /\bname["']?[ \t]*[:=][ \t]*["']$/i;
const RECORD_VALUE = /\bvalue["']?[ \t]*[:=][ \t]*["']([^"'\s]{16,4096})["']/i;

/** Names that name a session credential whatever the line around them. */
const STRONG_RAW =
  /^(?:__(?:Host|Secure)-[A-Za-z0-9_.-]{1,60}|sessionid|SESSIONID|Sessionid|sessid|SESSID|connect[._]sid|ASP\.NET_SessionId|_[A-Za-z0-9_]*session(?:_id)?|_gh_sess|sb-[a-z0-9]{1,40}-auth-token(?:\.\d)?|XSRF-TOKEN|X-XSRF-TOKEN)$/;
const STRONG_NORM =
  /(?:phpsessid|jsessionid|sessiontoken|sessioncookie|sessionkey|authcookie|logincookie|cookiesession|remembertoken|rememberusertoken|remembermetoken|rememberme|csrftoken|xsrftoken|csrfsecret)$/;
/** Names of an id or a counter: judged as a credential only as a cookie or by a signed cookie's shape. */
const WEAK_RAW = /^(?:session|sess|sid|session[_-]?id|sessionId|SessionId|SessionID|SESSION|SESSION_ID|SESSION-ID)$/;
/** What a name about a session that is not its credential ends with. */
const SETTING_END =
  /(?:name|names|age|domain|path|secure|httponly|samesite|expires|expiry|ttl|lifetime|timeout|driver|store|engine|backend|class|serializer|count|length|size|prefix|enabled|header|field|url|uri|file|dir|type|start|end|time|ids)$/;

/**
 * `strong`, `weak` as above; `app`: an app's `*_session` name (`laravel_session`, also `auth_session` or
 * `chat_session` in a log), strong except that a UUID or hex value needs a cookie around it (a log's UUID is an id).
 */
type Kind = 'strong' | 'app' | 'weak' | 'cookie' | null;

function nameKind(name: string): Kind {
  const raw = name.replace(/^[-.]+/, '');
  const k = raw.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (k === 'cookie' || k === 'cookies') return 'cookie';
  if (SETTING_END.test(k) && !STRONG_NORM.test(k)) return null;
  if (/^[A-Za-z0-9]+_session$/i.test(raw) && !STRONG_NORM.test(k)) return 'app';
  if (STRONG_RAW.test(raw) || STRONG_NORM.test(k)) return 'strong';
  return WEAK_RAW.test(raw) ? 'weak' : null;
}

/** MassGen's own session and log ids: `attempt_1`, `session_20260131_101500`, `log_20260131_101500_123456`. */
const MASSGEN_ID = /^(?:log|session|attempt|turn)_[0-9_]+$/;
const UUID_OR_HEX = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,}|[0-9A-F]{16,})$/i;
/** A signed or encrypted session cookie: Flask/itsdangerous, JWT/JWE, Express `s:`, Rails `data--digest`, Supabase. */
const SIGNED =
  /^(?:eyJ[\w-]{8,}\.[\w.-]{8,}|s(?:%3A|:)[\w-]{8,}\.[\w%+/-]{8,}|[A-Za-z0-9+/%]{16,}(?:=|%3D){0,3}--[A-Za-z0-9+/%=-]{8,}|base64-[A-Za-z0-9+/]{16,})/;

/** A framework's session id: 20 or more letters and digits, spread (PHP's 26 and Django's 32 of `[a-z0-9]`). */
const sessionId = (v: string): boolean =>
  /^[A-Za-z0-9]{20,}$/.test(v) && /\d/.test(v) && /[A-Za-z]/.test(v) && shannon(v) >= 3.6;

/**
 * Random pieces of 8 or more joined by dots (a cookie signed in a shape of its own: `<payload>.<signature>`), read as
 * one random value; a host's or a version's pieces are short or words.
 */
const dottedRandom = (v: string): boolean =>
  /^[A-Za-z0-9_+=-]{8,}(?:\.[A-Za-z0-9_+=-]{8,})+$/.test(v) && namedCredential(v.replace(/\./g, ''));

/** Whether `v` under a name of this kind is a session credential; `cookie`: it is given as a cookie. */
export function sessionCredential(v: string, kind: Exclude<Kind, 'cookie' | null>, cookie: boolean): boolean {
  // An elided value (`3f2b9c1e-8a4d...`) shows no secret.
  if (v.length < 16 || isPlaceholderValue(v) || MASSGEN_ID.test(v) || /^(.)\1+$|\.\.\./.test(v)) return false;
  if (SIGNED.test(v)) return true;
  if (kind === 'app' && !cookie && idShaped(v)) return false;
  if (kind !== 'weak' || cookie)
    return UUID_OR_HEX.test(v) || namedCredential(v) || looksRandom(v) || sessionId(v) || dottedRandom(v);
  return !idShaped(v) && !/^[a-z]{2,8}_/.test(v) && namedCredential(v);
}

/** A cookie word or curl's `-b` on the line before `at`, within 256 characters, the name in its list of cookies. */
function cookieBefore(text: string, at: number, reach = 256): boolean {
  let before = text.slice(Math.max(0, at - reach), at);
  // A record's reach spans lines and needs the word only.
  if (reach > 256) return /cookie|(?:^|\s)-b[ \t]/i.test(before);
  // Within the line, searched in the window only: never back to the line's start.
  before = before.slice(before.lastIndexOf('\n') + 1);
  return inCookieList(before);
}

/** The value of a cookie record whose name was quoted at [start, end): `"value"` after it or before it. */
function recordValue(text: string, start: number, end: number): [number, number] | null {
  const after = text.slice(end, Math.min(text.length, end + 512));
  const close = after.search(/[{}]/);
  const m = RECORD_VALUE.exec(close < 0 ? after : after.slice(0, close));
  if (m) {
    const s = end + m.index + m[0].length - 1 - m[1]!.length;
    return [s, s + m[1]!.length];
  }
  const from = Math.max(0, start - 512);
  const slice = text.slice(from, start);
  const open = Math.max(slice.lastIndexOf('{'), slice.lastIndexOf('}')) + 1;
  const b = RECORD_VALUE.exec(slice.slice(open));
  if (!b) return null;
  const v = from + open + b.index + b[0].length - 1 - b[1]!.length;
  return [v, v + b[1]!.length];
}

/**
 * A name's value with no separator of its own: an element's text (`<phpsessid>…</phpsessid>`), or after a blank where
 * a setter names it (`SetEnv RAILS_SESSION …`, csh's `setenv`, a Dockerfile's `ENV`): its bounds, or null.
 */
const ELEMENT_VALUE = />([A-Za-z0-9%+/._:~=-]{16,4096})<\/([A-Za-z0-9_.-]{1,72})>/y;
const SETTER_BEFORE = /(?:^|\n)[ \t]*(?:SetEnv|setenv|ENV)[ \t]+$/;
const SETTER_VALUE = /[ \t]+([A-Za-z0-9%+/._:~=-]{16,4096})[ \t]*(?:\r?\n|$)/y;
function bareValue(text: string, s: number, e: number): [number, number] | null {
  // Sticky reads at the name's end: no copy of the text after each name found (most are neither).
  ELEMENT_VALUE.lastIndex = e;
  const el = text[s - 1] === '<' ? ELEMENT_VALUE.exec(text) : null;
  if (el !== null && el[2]!.toLowerCase() === text.slice(s, e).toLowerCase()) return [e + 1, e + 1 + el[1]!.length];
  SETTER_VALUE.lastIndex = e;
  const set = SETTER_BEFORE.test(text.slice(Math.max(0, s - 24), s)) ? SETTER_VALUE.exec(text) : null;
  if (set === null) return null;
  const start = e + set[0].indexOf(set[1]!);
  return [start, start + set[1]!.length];
}

function sessionHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let done = 0;
  for (const at of scan?.(text) ?? []) {
    if (at < done) continue;
    // The whole name the literal is in, at most 64 characters either side.
    let s = at;
    while (s > 0 && at - s < 64 && NAME_CHAR.test(text[s - 1]!)) s--;
    let e = at;
    while (e < text.length && e - at < 64 && NAME_CHAR.test(text[e]!)) e++;
    done = e;
    if ((s > 0 && at - s >= 64 && NAME_CHAR.test(text[s - 1]!)) || e - s > 72) continue;
    const name = text.slice(s, e);
    const kind = nameKind(name);
    if (kind === null) continue;
    const quote = s > 0 ? text[s - 1]! : '';
    const quoted = quote === '"' || quote === "'" || quote === '`';
    if (quoted && kind !== 'cookie' && RECORD_NAME.test(text.slice(Math.max(0, s - 16), s))) {
      const r = recordValue(text, s, e);
      if (r !== null) {
        const v = text.slice(r[0], r[1]);
        if (sessionCredential(v, kind, cookieBefore(text, s, 512))) {
          hits.push({ rule: 'session-cookie', start: r[0], end: r[1] });
          done = Math.max(done, r[1]);
        }
        continue;
      }
      // No record's value: an XML attribute's name and the element's text, read below (`<string name="session">`).
    }
    const bare = kind === 'cookie' ? null : bareValue(text, s, e);
    if (bare !== null && kind !== 'cookie') {
      if (sessionCredential(text.slice(bare[0], bare[1]), kind, cookieBefore(text, s)))
        hits.push({ rule: 'session-cookie', start: bare[0], end: bare[1] });
      done = Math.max(done, bare[1]);
      continue;
    }
    AFTER.lastIndex = e;
    const m = AFTER.exec(text);
    if (m === null) continue;
    const [, close, sep, open, read] = m as unknown as [string, string, string, string, string];
    const vStart = AFTER.lastIndex - read.length;
    // A sentence's full stop is no part of the value.
    const value = open === '' ? read.replace(/\.+$/, '') : read;
    // A call's or a list's second item: a quoted name and a quoted value. Anything else after a comma is the next
    // field, whose own name is read next (`{name: session_cookie, sessionCookie: "s%3A…"}`: attack 42).
    // A cookie's own name (`connect.sid,"…"` in a CSV export: attack 59) is followed by its value whatever the quotes.
    if (sep === ',' && (!quoted || open === '') && kind !== 'strong') continue;
    // A value that is the next pair's name (`COOKIE="sessionid=…"`) is read again as a name.
    done = Math.max(done, text[AFTER.lastIndex] === '=' ? vStart : AFTER.lastIndex);
    if (close !== '' && close !== quote) continue;
    if (open !== '' && text[AFTER.lastIndex] !== open) continue;
    if (kind === 'cookie') {
      // `COOKIE=…` holds one cookie's value (a list of pairs is judged pair by pair).
      if (!sessionCredential(value, 'weak', true) || text[AFTER.lastIndex] === '=') continue;
    } else if (!sessionCredential(value, kind, cookieBefore(text, s))) continue;
    hits.push({ rule: 'session-cookie', start: vStart, end: vStart + value.length });
  }
  return hits;
}

/** The pass of session credentials under cookie and session names (see the file's comment). */
export function sessionCookiePass(): Pass {
  return runPass(sessionHits);
}
