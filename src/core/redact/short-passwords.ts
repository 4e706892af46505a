/**
 * A password shorter than the 8 characters the key-name layer asks of any other value (`password: pass123`,
 * `DB_PASSWORD=s3cr3t`, `ADMIN_PIN: 4711`): under a password's name, 4 to 7 characters with a digit or a symbol
 * beside its letters (not only a closing `!` or `?`), letters no word holds (`Qlhdmd`), or digits alone. Words alone
 * (`admin`, `string`, `none`) stay: a schema's or a form's word is as likely there. The famous examples stay too
 * (`hunter2`, `123456`: benign.ts), and a short value is never learned for other files (learned.ts).
 */
/** The rule of a short password's hit: its value is judged by its shape alone (no word read as a label: hits.ts). */
export const SHORT_PASSWORD_RULE = 'short-password';

const SHORT = /^[A-Za-z0-9!#^~?][A-Za-z0-9!#$%^&*?~+_.@-]{3,6}$/;
/** A password's name, normalised (key-names.ts): `password`, its abbreviations and its words in other languages. */
const PASSWORD_NAME =
  /(?:password|passwd|passphrase|passcode|pwd|psw|pw|pass|pin|passwort|kennwort|contrasena|senha|motdepasse|wachtwoord|parola|salasana|losenord|adgangskode|haslo|heslo|jelszo|sifre)$/;

/** True if `value`, assigned to the normalised name `norm`, is a short password (see the file's comment). */
export function shortPassword(norm: string, value: string): boolean {
  if (!SHORT.test(value) || !PASSWORD_NAME.test(norm)) return false;
  // A PIN, or the commonest passwords (`123456`); not one digit repeated (`0000`, a mask or an unset PIN).
  if (/^\d+$/.test(value)) return !/^(\d)\1+$/.test(value);
  // A version (`1.2.3`, `v2.1`), a reference (`$PW`, `%PW%`), a YAML alias's or a mask's characters.
  if (/^v?[\d.]+$|^\$|%$|^\*|\*\*/i.test(value)) return false;
  // Letters and a closing `!` or `?` are a word and its mark (`Yes!`): the symbol must be inside. Letters alone no
  // word holds: four consonants in a row (`Qlhdmd`, a generator's; `y` may be a vowel: `rhythm`).
  // A mask (`XXXXX`, `xxxx`) repeats one letter.
  if (/^[A-Za-z]+$/.test(value)) return /[bcdfghj-np-tv-xz]{4}/i.test(value) && !/(.)\1\1/i.test(value);
  return /[A-Za-z]/.test(value) && /[\d#$%^&*~+@]|[!?](?=.)/.test(value);
}
