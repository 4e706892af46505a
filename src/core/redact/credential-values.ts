/**
 * Whether a value reads as a credential, judged by the value alone (the shared value judges, asked by many passes
 * once something around the value has made it a candidate): `credentialLike` and `namedCredential` (a key under a
 * name or after a word that says credential), `randomToken` (a key with no name or prefix), `encodedToken` (a token
 * someone escaped or dumped whole), `humanPassword` and `mixedAlnum` (a person's password).
 */
import { numbered } from './benign.js';
import { hexBytesText } from './byte-lists.js';
/** Hex bytes spelling text (`3c:54:4f:4b`): byte-lists.ts decodes and judges them, the value judges leave them. */
export { hexBytesText };
import { classChanges, isAllowListed, looksRandom, shannon, wordiness } from './generic.js';
import { UUID_VALUE } from './shapes.js';

const HEX = /^[0-9a-fA-F]+$/;

/** A credential-shaped value: random-looking, a UUID (Exa, Pinecone) or 32+ hex digits (W&B, Deepgram). */
export function credentialLike(v: string, hexOk: boolean): boolean {
  if (UUID_VALUE.test(v)) return hexOk;
  if (HEX.test(v)) return hexOk && v.length >= 32 && /[a-f]/i.test(v) && /\d/.test(v);
  return looksRandom(v) && !isAllowListed('', v);
}

/**
 * A value under a name that says credential (`key = …` in an `[openai]` section): random-looking, or random
 * enough with a digit in it where looksRandom would take it for a camelCase identifier (few digits, short words):
 * few of its letters in spoken words, or digits in three or more places (`ZZ3U2VIOkoug…j7JRJ…`).
 */
export function namedCredential(v: string): boolean {
  if (credentialLike(v, true)) return true;
  return (
    /^[A-Za-z0-9_+=-]{16,}$/.test(v) &&
    /\d/.test(v) &&
    /[A-Za-z]/.test(v) &&
    shannon(v) >= 4 &&
    classChanges(v) >= 0.3 &&
    (wordiness(v) < 0.7 || spokenWords(v) < 0.5 || (v.length >= 20 && (v.match(/\d+/g) ?? []).length >= 3)) &&
    !isAllowListed('', v)
  );
}

/**
 * A key with symbols in it (`tTxWQg!PfLnm#z17n9`, `uF3Eji%!6kNEt`): 12 to 128 printable characters, one of `! # $ % & *
 * @ ^ ~ ; |` inside, letters and a digit, varied enough; not a variable (`$X`, `${X}`, `%X%`), a format (`%s`, `%05d`),
 * code (brackets, quotes, slashes), a URL, an e-mail address, or words joined by one symbol (`deploy#prod#2024`).
 */
export function symbolKey(v: string): boolean {
  if (!/^[\x21-\x7e]{12,128}$/.test(v) || !/[!#$%&*@^~;|]/.test(v) || !/\d/.test(v) || !/[A-Za-z]/.test(v))
    return false;
  if (/["'`\\<>(){}[\]=,]|^[$@#%&*~|.]|^\/|\/\/|\.\w+@|@\w+\.[a-z]{2,}$|^%\w+%$/i.test(v)) return false;
  if (/%[-#0 +]*\d*[sdfrxiu](?![A-Za-z0-9])/.test(v) && /[:._/-]/.test(v)) return false;
  if (v.split(/[!#$%&*@^~;|.:_+-]+/).every((w) => /^(?:[a-z]*|[A-Z][a-z]*|[A-Z]*)\d*$/.test(w))) return false;
  return caseAndDigitClasses(v) >= 2 && shannon(v) >= 3.3 && !isAllowListed('', v);
}

/**
 * One token of 16 to 128 characters that reads as random (a key with no name or prefix); spelled in hex, 20 or more
 * characters in few words are enough (32 random letters pass no other test).
 */
export const randomToken = (s: string): boolean =>
  /^[A-Za-z0-9_+/=.~-]{16,128}$/.test(s) &&
  (namedCredential(s) || credentialLike(s, false) || (s.length >= 20 && wordiness(s) < 0.5 && shannon(s) >= 4));

/**
 * A token someone encoded whole (escaped character by character, dumped in hex): random-looking, 16+ hex digits mixing
 * letters and digits (a short key: no one hex-dumps a hash's hex), or 20+ characters mixing letters and digits or cases
 * (nobody escapes an identifier character by character).
 */
export const encodedToken = (d: string): boolean =>
  randomToken(d) ||
  (/^[0-9a-fA-F]{16,64}$/.test(d) && /[a-fA-F]/.test(d) && /\d/.test(d) && shannon(d) >= 2.5) ||
  (/^[A-Za-z0-9_+/=.~-]{20,128}$/.test(d) && caseAndDigitClasses(d) >= 2 && shannon(d) >= 3.5);

/**
 * The fraction of a value in runs of letters that could be spoken (they hold a vowel): identifiers are made of them
 * (`getUserAccessToken`: 0.96), random values of consonant clusters too (`gndlbw`; 0.28 at the median of random
 * 32-character base62 values, 0.66 at the 99th percentile).
 */
function spokenWords(v: string): number {
  let n = 0;
  for (const [w] of v.matchAll(/[A-Z]?[a-z]{2,}|[A-Z]{2,}(?![a-z])/g)) if (/[aeiouy]/i.test(w)) n += w.length;
  return n / v.length;
}

/** How many of lower case, upper case and digits a value holds. */
export const caseAndDigitClasses = (v: string): number => [/[a-z]/, /[A-Z]/, /\d/].filter((c) => c.test(v)).length;

/**
 * A person's password in prose: a symbol (other than `.`, `_`, `-`) with two of lower case, upper case and digits,
 * or random-looking; not a variable (`${X}`, `%X%`, `<x>`), a mask, a placeholder word, a date, an e-mail address,
 * a path or a URL.
 */
export function humanPassword(v: string): boolean {
  if (v.length < 8 || /^(?:\$\{?[A-Za-z_]\w*\}?$|%[A-Za-z_]+%$|<[^>]*>$|\{\{|\*+$|x+$)/i.test(v)) return false;
  if (/^(?:password|passwd|changeme|redacted|null|none|your[_-]?password|required|protected)$/i.test(v)) return false;
  if (/[/\\]|^\d{4}-\d\d-\d\d|^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/.test(v)) return false;
  if (hexBytesText(v)) return false;
  return (
    (/[^A-Za-z0-9._-]/.test(v) && caseAndDigitClasses(v) >= 2) ||
    mixedAlnum(v) ||
    namedCredential(v) ||
    wordsAndNumbers(v)
  );
}

/**
 * Words and numbers a person joins with `.`, `_` or `-` (`Zephyr80.tundra347h3T`, `Lychee14.quince984mIq`): two parts
 * or more that are each a word of three letters or more then two digits or more, five digits or more in all. A name
 * and a version (`release-2024.10.15`, `python3.11`, `utf8_mb4`) has one such part at most.
 */
function wordsAndNumbers(v: string): boolean {
  if (v.length < 10 || v.length > 64 || !/^[A-Za-z0-9._-]+$/.test(v)) return false;
  const parts = v.split(/[._-]/);
  return parts.length <= 4 && numbered(parts);
}

/**
 * Letters and digits mixed as a generator mixes them: 8 to 64 of them with a digit, in four or more runs of letters
 * and digits (`qrey66j20c`), four consonants in a row (`8pdqgfrsRQDK`), three runs of letters spoken little
 * (`cz884fudrl`), or all three classes in four or more runs that are no camelCase name, digits aside (`GckBkf0tI`;
 * not `Base64Encoded`); not a word and a number (`admin123`, `Summer2024`, `sha256`, `base64encoded`, `utf8mb4`).
 */
export function mixedAlnum(v: string): boolean {
  if (!/^[A-Za-z0-9]{8,64}$/.test(v) || !/\d/.test(v) || !/[A-Za-z]/.test(v)) return false;
  const runs = v.match(/[A-Za-z]+|\d+/g)!.length;
  if (runs >= 4 || /[bcdfghj-np-tv-z]{4}/i.test(v) || (runs === 3 && spokenWords(v) < 0.6)) return true;
  return (
    caseAndDigitClasses(v) === 3 &&
    v.match(/[A-Z]+|[a-z]+|\d+/g)!.length >= 4 &&
    !/^[A-Za-z][a-z]+(?:[A-Z][a-z]+)*$/.test(v.replace(/\d+/g, ''))
  );
}

/** Three to six capitalised words glued, then two to four digits (`GraniteFjordQuinceSaffron76`: round 28). */
export const gluedWords = (v: string): boolean => /^(?:[A-Z][a-z]{2,11}){3,6}\d{2,4}$/.test(v);
