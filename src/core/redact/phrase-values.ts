/**
 * Passwords people and generators make of words and digits, after a password's word in prose (round 28, attack 28):
 * - capitalised words glued and a number (`GraniteFjordQuinceSaffron76`, `SaffronSaffronFjordWillow33`);
 * - a PIN-like run of digits (`Password: 608873392061`), not a date or a Unix time;
 * - a diceware passphrase of four words or more joined by `-` (`awkward-alter-behind-analyst`: passphraseValue);
 * - a diceware passphrase of words and blanks (`Пароль до бази: asset blame bonus bridge`), read by spacedPhrase.
 */
import { BIP39, IMPERATIVE, passphraseValue } from './passphrases.js';
import { NAMED_VALUE, passphrase, passwordValue, tokenValue } from './prose-values.js';
import { digitsPassword } from './cli-passwords.js';
import { dottedWords } from './benign.js';
import { gluedWords } from './credential-values.js';

/**
 * A passphrase of four to eight BIP-39 words joined by `-` or `.` (three are a kebab-case name's: `top-level-quota`), a
 * number maybe glued to one (`blind.crumble.abuse.castle1`).
 */
export function hyphenPhrase(v: string): boolean {
  const sep = v.includes('-') ? '-' : '.';
  const parts = v.split(sep);
  return (
    !v.includes(' ') &&
    parts.length >= 4 &&
    // A generator's words (BIP-39's): a component's or a bucket's name is words of code (`pin-entry-modal-dialog`).
    parts.every((w) => BIP39.has(w.replace(/(?<=[a-z])\d{1,4}$/, '')) || /^\d{1,4}$/.test(w)) &&
    passphraseValue(v)
  );
}

/**
 * Four to eight lower-case words after a blank each (a number maybe glued to the last, or the last), then the line's
 * or the sentence's end, a closing mark (typographic quotes too: `„…“`, `“…”`, `«…»`), a word that goes on the
 * sentence (`I set pw = again build bonus access for the sandbox VM`), or a word of a script with no Latin letters
 * (`비밀번호는 … 입니다`, `รหัสผ่านคือ … ครับ`).
 */
const SPACED =
  /[a-z]{2,12}(?: [a-z]{2,12}){2,6} (?:[a-z]{2,12}\d{0,4}|\d{1,4})(?=[ \t]*(?:[\r\n.!,;:)"'`*<\]，。、！？；：）」』”“»’›]|—|-[ \t]|$)| (?:for|on|in|at|to|from|with|and|but|so|as|when|if|until|before|after)\b| [\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])/y;

/**
 * The end of a passphrase of blanks and words that starts at `at` (-1: none). A sentence's words are no passphrase:
 * passphraseValue keeps a sentence's (`in`, `for`, `the`), and a word a sentence inflects (`-ed`, `-ly`, `-ing`) that
 * BIP-39 does not hold makes it prose (`shared across every service`).
 */
export function spacedPhrase(text: string, at: number): number {
  SPACED.lastIndex = at;
  const m = SPACED.exec(text);
  if (m === null || !passphraseValue(m[0])) return sentencePassword(text, at);
  if (m[0].split(' ').some((w) => /(?:ed|ly|ing)$/.test(w) && !BIP39.has(w))) return -1;
  return at + m[0].length;
}

/** A whole value that is a passphrase of words and blanks or a sentence made a password (spacedPhrase). */
export const wholePhrase = (v: string): boolean => spacedPhrase(v, 0) === v.length;

/** Four to eight words or numbers, then `!`, `?` or `.`, then the value's end. */
const SENTENCE_PW = /(?:[A-Za-z][a-z'’]{1,15}|\d{1,4})(?: (?:[A-Za-z][a-z'’]{1,15}|\d{1,4})){3,7}[!?.]/y;
/**
 * A rule's or a notice's words: a policy or a status where the password would be (`Minimum 12 Characters With One
 * Symbol.`, `Expired 30 Days Ago.`, `Version 22 Was Released Today!`).
 */
const POLICY =
  /^(?:characters?|chars?|digits?|letters?|symbols?|length|minimum|maximum|min|max|required|least|step|page|days?|hours?|minutes?|weeks?|months?|years?|ago|version|release[ds]?|path|notes?|today|expired|expires)$/i;

/**
 * The end of a sentence made a password that starts at `at` (-1: none): `Willow ate 272 lychees at Harbor!`, `My 22
 * Cats love Tuna!` — a number of two to four digits, two capitals, the closing mark, no instruction, policy or status
 * (round 29). Read only where a password is expected: after its label or name, under its column, after a login.
 */
export function sentencePassword(text: string, at: number): number {
  SENTENCE_PW.lastIndex = at;
  const m = SENTENCE_PW.exec(text);
  if (m === null) return -1;
  const end = at + m[0].length;
  if (end < text.length && !/[\s"'`<)\],;，。.”“»’›]/.test(text[end]!)) return -1;
  const words = m[0].slice(0, -1).split(' ');
  // A number of two to four digits (`Step 3`, `Path 3` are an instruction's and a path's), two capitals.
  if (!words.some((w) => /^\d{2,4}$/.test(w)) || words.filter((w) => /^[A-Z]/.test(w)).length < 2) return -1;
  return IMPERATIVE.has(words[0]!.toLowerCase()) || words.some((w) => POLICY.test(w)) ? -1 : end;
}

/** A password's value after a password's word in prose (prose-credentials.ts). */
export const isPassword = (v: string): boolean =>
  !NAMED_VALUE.test(v) &&
  (passwordValue(v) ||
    passphrase(v) ||
    tokenValue(v) ||
    gluedWords(v) ||
    digitsPassword(v) ||
    hyphenPhrase(v) ||
    dottedWords(v));

/**
 * The value a match read ends its line or its sentence (`new root password → sRm2l;4NYt#61TGaK,RBv`), or words of a
 * script without blanks follow it (`数据库密码是 BD14I#m,OPT 请勿外传`).
 */
export const endsLine = (m: RegExpExecArray): boolean =>
  /^[.!?]?[ \t]*(?:\r?\n|$|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])/.test(m.input.slice(m.index + m[0].length));

/** A person's or a generator's password: both cases and no bracket of code (`ZFgn;rf&~u;WctfUTrhRn`). */
export const mixedSymbols = (v: string): boolean =>
  passwordValue(v) && /[A-Z]/.test(v) && /[a-z]/.test(v) && !/[(){}[\]]/.test(v);

/** A login's user and password in prose, a blank on each side of the slash (`log in with admin / rZ80%Uv8O,j`). */
export const slashPair = (w: RegExpExecArray, gap: string): boolean =>
  w.groups!.cr !== undefined && /[ \t]\/[ \t]*$/.test(gap);
