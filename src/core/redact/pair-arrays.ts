/**
 * A name and its value as a pair of strings in a list (issue 11, round 25): Sentry's `tags`, `request.headers` and
 * `request.cookies` (`[["api_token", "…"], …]`), Python's `headers.items()` and `urlencode`'s tuples (`[('api_key',
 * '…')]`), a Go or JS `[][2]string`; escaped inside a JSON string too. The key-name layer reads `name: value`, not
 * `name", "value`: each pair is read as `name = value` and its name judged as the key-name layer judges one
 * (key-names.ts's judgeJoinedName, words joined: `X-Api-Key` reads as `X_Api_Key`).
 *
 * A pair must be an element of a list (its bracket follows `[`, `(` or `,`): a lone two-string list is a list of
 * names as often as a pair (`for (const key of ['_authtoken', '-authtoken'])`, `sensitiveHeaders: ['cookie', 'x']`).
 *
 * Found from an opening bracket or parenthesis and a quote (a regex's search), each pair read once by a sticky regex
 * bounded on each side: linear.
 */
import { judgeJoinedName } from './joined-names.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** Where a pair may start: `[` or `(`, blanks, a quote (maybe escaped). */
const OPEN = /[[(][ \t\r\n]{0,40}\\?["']/g;
/** A pair: a name, a comma, a one-token value in the same quotes, the pair's close. */
const PAIR =
  /[[(][ \t\r\n]{0,40}(\\?["'])([A-Za-z_][\w.:-]{0,63})\1[ \t\r\n]{0,40},[ \t\r\n]{0,40}\1((?:[^"'\\\s]|\\[^\s"']){8,4096})\1[ \t\r\n]{0,40}[\])]/y;

/** Whether the bracket at `at` opens an element of a list: the first non-blank before it (40 at most) opens or parts */
function inList(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 40; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') continue;
    return c === '[' || c === '(' || c === ',';
  }
  return false;
}

function pairHits(text: string): Hit[] {
  const hits: Hit[] = [];
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(text); m !== null; m = OPEN.exec(text)) {
    PAIR.lastIndex = m.index;
    const p = inList(text, m.index) ? PAIR.exec(text) : null;
    if (p === null) continue;
    const [name, value] = [p[2]!, p[3]!];
    const rule = judgeJoinedName(name, value);
    const end = PAIR.lastIndex - p[0].length + p[0].lastIndexOf(value) + value.length;
    if (rule !== null) hits.push({ rule, start: end - value.length, end });
    OPEN.lastIndex = PAIR.lastIndex;
  }
  return hits;
}

/** The pass of names and values paired in lists (see the file's comment). */
export function pairArrayPass(): Pass {
  return runPass(pairHits);
}
