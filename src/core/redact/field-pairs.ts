/**
 * A binary's name/value pairs that a control byte separates, read as `name=value` lines: a PNG text chunk
 * (`API_KEY\0<value>`), NUL-, tab-, unit- (\x1f) or record-separated (\x1e) fields of a serialised record or a SQLite
 * export, a BSON document (`\x02api_key\0` and the value after its 4-byte length), a Java class's constant pool (each
 * string after its 2-byte length), a binary plist's strings. A latin1 scan reads `password\0…` as two strings and no
 * assignment. Only a field that holds a secret-ish word (key, token, secret, pass, pwd, auth, cred) and ends at a
 * control byte is a name; the value is the printable run after at most MAX_GAP separator bytes (and one printable
 * length byte among them). The key-name layer then judges each line as it judges `name=value`.
 *
 * Found from each secret-ish word (a literal regex), each field read forward and back a bounded number of characters,
 * a word inside a field already read skipped: linear on any binary.
 */

import { randomToken, symbolKey } from './credential-values.js';

const WORD = /key|token|secret|pass|pwd|auth|cred/gi;
/** The longest name and value read. */
const MAX_NAME = 64;
const MAX_VALUE = 512;
/** The most separator bytes between a name and its value (BSON: a NUL and four length bytes). */
const MAX_GAP = 8;
/** The fewest characters of a value. */
const MIN_VALUE = 8;
const NAME = /^[A-Za-z_][\w.-]*$/;

const printable = (c: number): boolean => c >= 0x20 && c < 0x7f;

/**
 * A value that can be a secret: a random-looking token, a key with symbols, or a person's password (letters, a
 * digit and a symbol, no code); also with one length byte glued before it (a Java constant pool's `$` for 36).
 * Names and words stored back to back (a debug section's identifiers, `pwd\0quickcheck`,
 * `Ed448PrivateKey\0Ed448PublicKey)`) are none.
 */
const password = (v: string): boolean =>
  /^[\x21-\x7e]{8,64}$/.test(v) &&
  /[A-Za-z]/.test(v) &&
  /\d/.test(v) &&
  /[!#$%&*@^~;|?+]/.test(v) &&
  !/[()[\]{}<>'"`\\/=,:]/.test(v);
/** Letters and digits mixed as a generator mixes them, not words and numbers (`get1_RSA`, `context_v1`). */
const mixed = (v: string): boolean =>
  /^[\x21-\x7e]{12,128}$/.test(v) && /[A-Za-z]/.test(v) && /\d/.test(v) && !/[()[\]{}<>'"`\\/=,:]/.test(v);
/** Words and numbers joined by `_`, `.` or `-`: an identifier (`__GI___do_niscall3`, `gss_krb5_lucid_context_v1`). */
const words = (v: string): boolean => v.split(/[._-]+/).every((w) => /^(?:[a-z]*|[A-Z][a-z]*|[A-Z]*)\d*$/.test(w));
/** The value as it can be a secret (without a glued length byte when it needs to lose one), or null. */
const secretValue = (v: string): string | null =>
  (/^[A-Za-z0-9]/.test(v) ? [v, v.slice(1)] : [v.slice(1), v]).find(
    (x) => !words(x) && (randomToken(x) || symbolKey(x) || password(x) || mixed(x)),
  ) ?? null;
/** A name that ends with its secret word (and a short suffix: `API_KEY_PROD`, `token2`), not `…_token.so.1`. */
const ENDS =
  /(?:key|token|secret|pass(?:word|wd|phrase)?|pwd|auth|cred(?:ential)?s?)(?:[_-]?[A-Za-z][a-z]{0,7}|[_-]?[A-Z]{1,8})?\d*$/i;

/** The start of the value after a name ending at `at`: past control bytes and one printable length byte among them. */
function valueStart(s: string, at: number): number {
  let v = at;
  let lengthByte = false;
  while (v < s.length && v - at < MAX_GAP) {
    const c = s.charCodeAt(v);
    if (!printable(c)) v++;
    // A length byte that happens to be printable (BSON's `!\0\0\0` for 32), then control bytes again.
    else if (!lengthByte && v + 1 < s.length && !printable(s.charCodeAt(v + 1))) {
      lengthByte = true;
      v++;
    } else break;
  }
  return v;
}

/**
 * Compiled code (ELF, `ar` archives, Mach-O, PE, WebAssembly, Python bytecode; Java classes are read): a symbol
 * table's names stand back to back (`xmlSecNameEncryptedKey\0xmlSecHrefEcdsaSha512`), no name beside its value.
 */
const COMPILED =
  /^(?:[\s\S]\r\r\n|\x7fELF|!<arch>|\xcf\xfa\xed\xfe|\xce\xfa\xed\xfe|\xca\xfe\xba\xbe\0\0\0[\x01-\x1f]|MZ|\0asm)/;

/** The `name=value` lines of a binary's latin1 text, or null when it has none. */
export function fieldPairs(s: string): Buffer | null {
  if (COMPILED.test(s.slice(0, 8))) return null;
  const lines: string[] = [];
  let end = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m !== null; m = WORD.exec(s)) {
    if (m.index < end) continue;
    let a = m.index;
    while (a > 0 && m.index - a < MAX_NAME && printable(s.charCodeAt(a - 1))) a--;
    let b = m.index + m[0].length;
    while (b < s.length && b - a < MAX_NAME && printable(s.charCodeAt(b))) b++;
    end = b;
    WORD.lastIndex = Math.max(WORD.lastIndex, b);
    if (b >= s.length || printable(s.charCodeAt(b)) || (a > 0 && printable(s.charCodeAt(a - 1)))) continue;
    // A binary plist's or a record's marker bytes glued around the name (`Wapi_key_`, `[DB_PASSWORD`).
    const name = s
      .slice(a, b)
      .trim()
      .replace(/^[^A-Za-z_]+/, '')
      .replace(/[^A-Za-z0-9]+$/, '');
    if (!NAME.test(name) || !ENDS.test(name) || s[b] === '\n' || s[b] === '\r') continue;
    const v = valueStart(s, b);
    let e = v;
    while (e < s.length && e - v < MAX_VALUE && printable(s.charCodeAt(e))) e++;
    const value = s.slice(v, e).trim();
    const secret = value.length >= MIN_VALUE ? secretValue(value) : null;
    if (secret !== null) lines.push(`${name}=${secret}`);
  }
  return lines.length > 0 ? Buffer.from(`${lines.join('\n')}\n`, 'latin1') : null;
}
