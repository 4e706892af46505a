/**
 * How the glue passes read a body and a rule (glued.ts, glued-right.ts, glued-words.ts, and the name and wrap readers
 * that judge bodies the same way): a rule's source without its token-start lookbehinds, the kinds of characters a body
 * holds, and whether it reads as random. A leaf: the passes import it, it imports none of them.
 */
import { englishBigrams } from './bigrams.js';
import { BOUNDARY } from './shapes.js';

/**
 * The longest token read after a glued literal or a secret word (a sk-proj- key is 164 characters; Fly.io macaroons
 * are longer).
 */
export const WINDOW = 1024;
/**
 * How many later candidates a token's body may run over (a random body may hold a glued literal, `…xai-…`, or a secret
 * word and a literal).
 */
export const TRIES = 3;

/** The rule's source without atStart's lookbehinds (`sk-(?<=…sk-)` reads `sk-`). */
export function unanchored(source: string): string {
  const lb = `(?<=${BOUNDARY}`;
  let s = source;
  for (let i = s.indexOf(lb); i !== -1; i = s.indexOf(lb)) {
    const close = s.indexOf(')', i + lb.length);
    if (close === -1) break;
    s = s.slice(0, i) + s.slice(close + 1);
  }
  return s;
}

/** The kinds of ASCII letters and digits `s` holds. */
export function charKinds(s: string): { upper: boolean; lower: boolean; digit: boolean } {
  let upper = false;
  let lower = false;
  let digit = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
    else if (c >= 48 && c <= 57) digit = true;
  }
  return { upper, lower, digit };
}

/** 0 lower, 1 upper, 2 digit, -1 other. */
const kind = (c: number): number => (c >= 97 && c <= 122 ? 0 : c >= 65 && c <= 90 ? 1 : c >= 48 && c <= 57 ? 2 : -1);

/** Neighbouring letters and digits of `s`: how many pairs, how many change case or kind, how many letter and digit. */
function changes(s: string): { pairs: number; kinds: number; digits: number } {
  let pairs = 0;
  let kinds = 0;
  let digits = 0;
  for (let i = 1; i < s.length; i++) {
    const a = kind(s.charCodeAt(i - 1));
    const b = kind(s.charCodeAt(i));
    if (a < 0 || b < 0) continue;
    pairs++;
    if (a !== b) kinds++;
    if ((a === 2) !== (b === 2)) digits++;
  }
  return { pairs, kinds, digits };
}

/**
 * A body glued on the right or after a `/` reads as random: its letters are no English (englishBigrams below 0.7:
 * words and names joined in any case score more), digits are mixed into it (four changes between letters and digits,
 * or two with letters below 0.8: hex, base32; `handler2`, `x86_64`, `utf8to16` have fewer or read as words), or its
 * case changes as often as random base62's (nearly half its neighbours; camelCase changes at each word). So
 * `AIzaSyntheticWrapper…`, `ghp_token_refresh_…`, `AKIAKEYROTATIONPOLICY` stay.
 */
export function readsRandom(body: string): boolean {
  const c = changes(body);
  if (c.pairs < 11) return false;
  const english = englishBigrams(body);
  return english < 0.7 || c.digits >= 4 || (c.digits >= 2 && english < 0.8) || c.kinds >= 0.45 * c.pairs;
}

/**
 * A body glued to a secret word reads as random (readsRandom: no English, digits mixed in, or case changing as often
 * as base62's), or holds capitals, small letters and digits, or three digits and three letters: words joined
 * (`tokensk-learnModel`, `apiKeyak-NUMBERFLOW5`) do not.
 */
export function randomAfterWord(body: string): boolean {
  const { upper, lower, digit } = charKinds(body);
  if (upper && lower && digit) return true;
  // Small letters alone are words or a slug (`tokenghp_<36 small letters>`: base62 never draws that).
  if (readsRandom(body)) return upper || digit;
  // Letters of one case and digits, three or more of each (hex, base32): a name holds one or two (`…DECLARED5`, `v2`).
  const digits = body.replace(/[^0-9]/g, '').length;
  return digits >= 3 && body.replace(/[^A-Za-z]/g, '').length >= 3;
}
