/**
 * Values that are code or a regex source, not a secret (issue 11, category 8: a secret scanner's own tests in a
 * workspace, `perplexity_api_key: 'pplx-[a-zA-Z0-9]{48}'`, `api_key = 'x'.repeat(Math.ceil(n / 2))`, were redacted
 * and learned, then replaced in every other file). A random key holds none of these: a character class with a range
 * or an escape, a quantifier after a class, a group, an escape or a dot, a regex group's `(?:`, a method call, a math
 * or string helper, a template's `${`.
 */

import { garbledBrackets, generatedPassword } from './generated-passwords.js';

/** A character class with a range or an escape: `[a-zA-Z0-9]`, `[A-Za-z0-9_-]`, `[^\s]`, `[0-9A-Z]`. */
const CLASS = /\[\^?[^\]\s]{0,40}?(?:[a-z]-[a-z]|[A-Z]-[A-Z]|\d-\d|\\[sSdDwW])[^\]\s]{0,40}\]/;
/** A quantifier after a class, a group, an escape or a dot: `]{48}`, `){2,}`, `\d{6}`, `.{8,64}`, `]+`. */
const QUANTIFIER = /(?:[\])]|\\[dDwWsS]|\.)(?:\{\d{1,4}(?:,\d{0,4})?\}|[+*]\??(?:$|[^A-Za-z0-9]))/;
/** A regex group or assertion, a method call, a helper of the language's library, a template. */
const CODE = /\(\?[:=!<]|\.[A-Za-z_$][\w$]*\(|\b(?:Math|JSON|String|Array|Number|Object|Buffer|crypto)\.[a-z]|\$\{/;

/** True for a value that is code or a regex source (no credential holds one of these shapes). */
export function codeOrPattern(v: string): boolean {
  // A generator's password is neither: brackets out of order with no escape, or classes changing throughout
  // (`6]lL0z1K9v]*`, `6Tt8.Mu9vK(kF(`: generated-passwords.ts).
  if ((garbledBrackets(v) && !v.includes('\\')) || generatedPassword(v, true)) return false;
  return CODE.test(v) || (v.includes('[') && CLASS.test(v)) || QUANTIFIER.test(v);
}
