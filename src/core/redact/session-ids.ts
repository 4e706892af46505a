/**
 * What tells a log's id from a session cookie (session-cookies.ts, and the command layer's cookie branch): the id's
 * shapes (a UUID, hex, a ULID, a KSUID), and whether a name stands in a list of cookies after a cookie word (`Cookie:
 * a=b; session_id=…`, `curl -b "…"`, `cookies={"session": …}`), not merely on a line that says "cookie" somewhere
 * (`Set the cookie later; session_id=<uuid> is the log id`).
 */

const UUID_OR_HEX = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,}|[0-9A-F]{16,})$/i;
const ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/i;
const KSUID = /^[0-9A-Za-z]{27}$/;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** The times an id of now may hold: 2015 to 2040, in seconds since 1970. */
const [FROM, TO] = [1_420_070_400, 2_208_988_800];

/** A ULID whose first 10 characters (milliseconds since 1970) fall within FROM..TO. */
function ulidTime(v: string): boolean {
  let ms = 0;
  for (const c of v.slice(0, 10).toUpperCase()) ms = ms * 32 + CROCKFORD.indexOf(c);
  return ms >= FROM * 1000 && ms < TO * 1000;
}

/** A KSUID: 20 bytes in base62 whose first 4 (seconds since 2014-05-13) fall within FROM..TO. */
function ksuidTime(v: string): boolean {
  let n = 0n;
  for (const c of v) n = n * 62n + BigInt(BASE62.indexOf(c));
  if (n >= 1n << 160n) return false;
  const t = Number(n >> 128n) + 1_400_000_000;
  return t >= FROM && t < TO;
}

/** A log's id: a UUID, 16 or more hex digits, a ULID or a KSUID of a time between 2015 and 2040. */
export function idShaped(v: string): boolean {
  return UUID_OR_HEX.test(v) || (ULID.test(v) && ulidTime(v)) || (KSUID.test(v) && ksuidTime(v));
}

/** The last cookie word or curl `-b` of a line's text before a name. */
const COOKIE_WORD = /cookies?|(?:^|\s)-b(?=[ \t])/gi;
/**
 * After that word, what may stand before a cookie's name: the rest of the word (`Set-Cookie`, `cookies.set`), a
 * closing quote, a separator (`:`, `=`, `(`, `{`, `[`, or blanks), an opening bracket and quote, and other cookies'
 * pairs each closed by `;` or `,`.
 */
const COOKIE_LIST =
  /^[\w.-]*["'`\]]*(?:[ \t]*(?:=>|[:=({[])[ \t]*|[ \t]+)[{([]?[ \t]*(?:["'`:]?[^;,\s"'`=:]+["'`]?[ \t]*[=:][ \t]*(?:["'`][^;,\s"'`]*["'`]|[^;,\s"'`]*)[ \t]*[;,][ \t]*)*["'`:]?$/;

/** Whether a name right after `before` (text of its line) stands in a list of cookies. */
export function inCookieList(before: string): boolean {
  let end = -1;
  COOKIE_WORD.lastIndex = 0;
  for (let m = COOKIE_WORD.exec(before); m !== null; m = COOKIE_WORD.exec(before)) end = m.index + m[0].length;
  return end >= 0 && COOKIE_LIST.test(before.slice(end));
}
