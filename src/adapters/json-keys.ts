import { UserError } from '../errors.js';

/**
 * The most keys an answer read as a gist or a page of gists may hold (Gh.json, GistService.pages): a page of 100 gists
 * of 300 files listed with 6 keys each is about 182,000; a gist's own answer, 300 files of 7 keys, an owner, its forks
 * and its history (some 25 keys each), leaves room for over 15,000 of them. 400,000 keys parse in about 130 MB.
 */
const MAX_KEYS = 400_000;

/**
 * Whether a JSON text holds more than `max` keys, counted without parsing it: each `:` outside a string ends a key
 * (a string's `\` escapes the character after it), and the count stops once past `max`. Parsing a hostile gist answer
 * of two million `"x":{}` files (27 MB of JSON, 4.7 MB on the wire) took 631 MB and 5 s before it could be refused
 * (attack 55); eight million would run out of memory.
 */
function keysOver(json: string, max: number): boolean {
  const marks = /["\\:]/g;
  let [inString, count] = [false, 0];
  for (let m = marks.exec(json); m !== null; m = marks.exec(json)) {
    if (inString) {
      if (m[0] === '\\') marks.lastIndex++;
      else if (m[0] === '"') inString = false;
    } else if (m[0] === '"') inString = true;
    else if (m[0] === ':' && ++count > max) return true;
  }
  return false;
}

/**
 * GitHub's answer parsed (`empty` for a blank one); one of over MAX_KEYS keys, or no JSON, is a one-line error naming
 * `what` (Gh.json and GistService.pages: a gist and a page of gists).
 */
export function parseAnswer(body: string, what: string, empty: unknown): unknown {
  if (!body.trim()) return empty;
  if (keysOver(body, MAX_KEYS)) throw new UserError(`${what} failed: GitHub's answer holds over ${MAX_KEYS} keys`);
  try {
    return JSON.parse(body);
  } catch {
    throw new UserError(`${what} failed: GitHub's answer is not JSON (a proxy or captive portal in the way?)`);
  }
}
