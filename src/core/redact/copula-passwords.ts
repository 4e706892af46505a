/**
 * A password a sentence gives right after `password is` (or `:`, `=`, `was`, `es`, `est`), which a person's password
 * reader (credential-values.ts' humanPassword) would keep for its shape: a word and a number (`the staff wifi
 * password is espresso2026`, `el password es cafecito2026`), or any word in quotes or backticks (`` the admin
 * password is `coffeebean` ``). A technical word and its number (`sha256`, `base64`, `utf8`, `argon2`) says how a
 * password is kept, not what it is; a schema's or a form's word in quotes (`"required"`) is no value.
 */
import { isPlaceholderValue } from './placeholder-values.js';
import { shortPassword } from './short-passwords.js';

/** The gap between the stem and the value: blanks, a `:` or `=`, or a copula, then maybe an opening quote. */
const COPULA_GAP =
  /^(?:[ \t]*[:=][ \t]*|[ \t]+(?:is|was|is now|is still|is set to|set to|will be|es|est|era|ist|é|è)(?:[ \t]*[:=])?[ \t]+)(?<q>["'`“„«‘]?)$/i;
const WORD_NUMBER = /^[A-Za-z]{3,24}\d{2,6}$|^[A-Za-z]{4,24}\d$/;
/** Words that a number follows in a name of an algorithm, an encoding, a protocol or a version. */
const TECH_WORD =
  /^(?:sha|md|base|utf|ucs|latin|iso|argon|pbkdf|bcrypt|scrypt|aes|des|rsa|ecdsa|ed|curve|x|hmac|crc|rot|http|oauth|ipv|tls|ssl|python|node|java|php|ruby|gpt|claude|gemini|llama|version|v|rev|step|phase|level|tier|option|case|type|mode|rule|round|test|item|line|page|part|section|chapter)$/i;
const CLOSE: Record<string, string> = { '"': '"', "'": "'", '`': '`', '“': '”', '„': '“', '«': '»', '‘': '’' };

/** A word and its number that no algorithm, encoding or version is named by (`espresso2026`, not `sha256`). */
export function wordNumberPassword(v: string): boolean {
  return WORD_NUMBER.test(v) && !TECH_WORD.test(/^[A-Za-z]+/.exec(v)![0]);
}

/** A word in quotes or backticks given as the password: no placeholder, form's word or call; a short one as in a
 * config (short-passwords.ts). */
export const quotedPassword = (v: string): boolean =>
  v.length >= 8
    ? /^[^\s"'`/\\]{8,64}$/.test(v) && !isPlaceholderValue(v) && !CODE_NAME.test(v)
    : shortPassword('password', v);
/**
 * What code quotes: a call, a name of code (`tlsClientError`, `password_hash`, `socket.setNoDelay`, a host), an email.
 */
const CODE_NAME = /^[A-Za-z_]\w*\(|^[a-z]+(?:[A-Z][a-z0-9]*)+$|^\w+(?:_\w+)+$|^[\w-]+(?:\.[\w-]+)+$|@/;
/**
 * The copulas after which a password's looser shapes are read (prose-passwords.ts reads more: Finnish `on`, Danish
 * `er`, which English prose holds as other words).
 */
export const STRICT_COPULA = /^(?:is|was|ist|lautet|war|est|es|era|é|è|wordt|är|jest)$/i;

/** The word a token (a word with its quotes and marks) quotes at its start (`` `coffeebean`. ``), or null. */
export function quotedWord(token: string): string | null {
  const m = /^(["'`“„«‘])([^\s"'`“”„«»‘’]{1,64})(["'`”“»’])/.exec(token);
  return m !== null && CLOSE[m[1]!] === m[3] ? m[2]! : null;
}

/**
 * True if `value`, after `gap` (the text between the password's stem and the value) and followed by `after`, is a
 * password given in a sentence (see the file's comment).
 */
export function copulaPassword(gap: string, value: string, after: string): boolean {
  const m = COPULA_GAP.exec(gap);
  if (m === null) return false;
  const q = m.groups!.q!;
  return q !== '' && after.startsWith(CLOSE[q]!) ? quotedPassword(value) : wordNumberPassword(value);
}
