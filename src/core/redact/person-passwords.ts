/**
 * Round 37: a person's password in any script once a label has made a value a candidate (labelled-passwords.ts,
 * spaced-labels.ts): letters of any script with a digit or a symbol (`Ahorn2024baum`, `Подсолнух2024`,
 * `Maple2024!river`), 6 to 64 characters; or two such parts apart by one blank (`Maple tree42!`). Not a placeholder
 * (`<password>`, `${X}`, `%X%`, `changeme`), a mask, a date, a version (`v2.3.1`, `sha256`, `utf8`), a URL, a path or
 * an e-mail address; two parts are no sentence: one of them mixes letters with digits or symbols, and neither is a
 * number alone (`Version 2`, `Step 3`).
 */
import { isPlaceholderValue } from './key-names.js';

const TOKEN = /^[\p{L}\p{M}\p{N}!#$%&*+=?@^_~.-]{6,64}$/u;
/** A symbol before the end: a `?` or `!` that ends a word is a sentence's (`Passwort vergessen?`). */
const SYMBOL = /[!#$%&*+=?@^~](?!$)/;
/** A version, a digest's or an encoding's name, a unit, a date. */
const NOT_PASSWORD =
  /^(?:v?\d+(?:[.-]\d+)+[a-z]?|(?:sha|md|utf|base|ipv|http|https|ssl|tls|wpa|aes|rsa|x|ver|version|step|page|room)[._-]?\d+\S*|(?:gpt|claude|llama|gemini|mistral|qwen|phi)-?\d\S*|o\d(?:-mini|-pro|-preview)?|(?:gpt|claude|llama|gemini|mistral|qwen)-\S+|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d+[a-z]{1,3})$/i;
/** A product and its version (`пароль от iPhone15`, `Windows11`), a count's unit (`8chars`). */
const PRODUCT =
  /^(?:iphone|ipad|pixel|galaxy|windows|win|office|macos|ios|android|ubuntu|debian|fedora|python|java|node|php|excel|xbox|ps)\d{1,4}$|^\d+(?:chars?|characters|digits|letters|symbols|zeichen)$/i;
const PLAIN_WORDS = /^(?:changeme|password|passwort|passwd|redacted|required|optional|none|null|unknown)$/i;
/**
 * A hash's, a protocol's or a token format's name (`PBKDF2`, `argon2id`, `OAuth2`, `JWT256`), a place and its number or
 * a name and its version (`Raum-2.14`, `Node-20.1`): what a sentence about passwords names, not a password.
 */
const NAMED =
  /^(?:pbkdf\d*(?:[_-]?sha\d*)?|argon\d\w{0,3}|b?crypt\d*|scrypt\d*|yescrypt|oauth\d[\d.]*|saml\d[\d.]*|jwt\d*|jwe\d*|hs\d{3}|rs\d{3}|es\d{3}|sha-?\d+|md\d|ntlm\w{0,3}|kerberos\d*|totp\d*|hotp\d*|fido\d|u2f|2fa|mfa\d*|webauthn\d*|ldap\w{0,2}|radius\d*|tls\d[\d.]*|ssl\d[\d.]*|wpa\d\w{0,4}|utf-?\d+|iso-?\d+(?:-\d+)?)$|^(?:raum|zimmer|room|salle|sala|stube|etage|floor|stock|level|geb[aä]ude|building|rack|halle|hall|tor|gate|door|t[uü]r)[ ._-]?\d|^\p{L}+[ _-]?\d+(?:\.\d+)+$/iu;

/** One part: letters and a digit or a symbol, not a version, a placeholder or a variable. */
export function personPassword(v: string): boolean {
  if (!TOKEN.test(v) || !/\p{L}/u.test(v) || !(/\p{N}/u.test(v) || SYMBOL.test(v))) return false;
  if (
    NOT_PASSWORD.test(v) ||
    PRODUCT.test(v) ||
    PLAIN_WORDS.test(v) ||
    NAMED.test(v) ||
    /^[%$]\w+%?$|^\$\{|^\.{1,2}\/|@[\w-]+\.[a-z]{2,}$/i.test(v)
  )
    return false;
  // A product named after the word (`1Password`, `KeePassXC`) is no password.
  if (/^[._-]|[._-]$/.test(v) || /passw|kennw|keepass/i.test(v) || /^[A-Za-z]+[.][a-z]{2,4}$/.test(v)) return false;
  return !isPlaceholderValue(v.length >= 8 ? v : `${v}________`);
}

/**
 * A sentence's part beside a password's word (`is now 2FA-protected`, `ist mindestens 8-stellig`, `is PBKDF2 hashed`,
 * `"Test#1 passed"`): a lower-case adverb or state, a participle, a count's or a state's compound.
 */
const PROSE_PART =
  /^(?:now|still|also|just|always|never|currently|already|then|too|very|not|only|mindestens|höchstens|nun|jetzt|noch|immer|nie|bereits|schon|auch|nicht|nur|lang|long|kurz|short|valid|invalid|gültig|ungültig|ok|okay|done|set|reset|fixed|plain|plaintext|encoded|stellig|zeichen|chars?|characters|digits|minimum|maximum|min|max)$|^[a-z]{2,}(?:ed|ing)$|^\p{N}+-\p{L}+$|^[\p{L}\p{N}]+-\p{Ll}{3,}(?:ed|ing|ig|lich|bar|only|based|free|safe|ready)$/u;

/** Two parts apart by one blank, 8 to 64 characters: one part mixes letters with digits or symbols. */
export function twoPartPassword(v: string): boolean {
  const parts = v.split(' ');
  if (parts.length !== 2 || v.length < 8 || v.length > 64 || parts.some((p) => p.length < 2)) return false;
  // A YAML tag and what it takes (`!GetAtt Secret.Value`, `!Ref DbPassword`, `!secret db_password`, `!vault |`): a
  // reference to the secret, not the secret.
  if (/^!{1,2}[A-Za-z][\w.:-]*$/.test(parts[0]!)) return false;
  // A variable's value (`--password=$PASS mydb`, `${DB_PW} x`, `%PASS% x`): the shell's, not written here.
  if (parts.some((p) => /^\$(?:[A-Z_][A-Z0-9_]*|\{[^}]*\}?)$|^%\w+%$/.test(p))) return false;
  // A number alone, a flag or another assignment (`--password=x --token=y`) is no part of one password.
  if (parts.some((p) => /^\p{N}+$|^-|^[A-Za-z_][\w.-]*=/u.test(p) || !/^[\p{L}\p{M}\p{N}!#$%&*+=?@^_~.-]+$/u.test(p)))
    return false;
  if (
    isPlaceholderValue(v) ||
    /passw|kennw/i.test(v) ||
    parts.some((p) => PROSE_PART.test(p) || NAMED.test(p)) ||
    /^(?:your|my|the|a|an|see|use|same|set|not|no|enter|ask|in|from|min|max|at|only|must|is|was|like|for|of|as|via|per)$/i.test(
      parts[0]!,
    )
  )
    return false;
  return parts.some(
    (p) => /\p{L}/u.test(p) && (/\p{N}/u.test(p) || SYMBOL.test(p)) && !NOT_PASSWORD.test(p) && !PRODUCT.test(p),
  );
}
