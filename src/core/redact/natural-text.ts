/**
 * Natural-language values: what a locale file, a form or a help text writes under a secret's name (`"password":
 * "Passwort"`, `password: Mot de passe`, `"apiKey": "API-Schlüssel"`, `token: 'Jeton'`, `--password LÖSENORD`,
 * `<string name="secret">Tajemství</string>`) is a label, not a credential. A value is natural text when it is
 * made of words only (letters of any script and their marks, a hyphen or an apostrophe inside a word, blanks and
 * sentence punctuation between and around them: no digit, no other symbol) written as words are (`lower`, `Title`,
 * `UPPER`, per part of a hyphenated word; never `camelCase`), and it is not all-lowercase ASCII: `supersecret` or
 * `correct horse battery staple` under `password:` may be a real password and stays redacted where it is (never
 * learned: learned.ts). A capitalised or upper-case ASCII word must read as a word: a vowel in every four letters, no
 * run of six consonants, and an upper-case one no longer than 14 letters (random upper-case letters are a key).
 */

/** Sentence punctuation around a phrase or its words (`¿…?`, `Passwort:`, `(erneut)`, `« … »`, `パスワード：`). */
const PUNCT_START = /^[¿¡(«„“"'‹[>]+/u;
const PUNCT_END = /[?!.:;,…)»”"'›*\]？！。：、–-]+$/u;
/** A word: letters of any script with their marks, parts joined by a hyphen or an apostrophe. */
const WORD = /^[\p{L}\p{M}]+(?:[-'’‐_][\p{L}\p{M}]+)*$/u;
/** Escaped blanks inside a quoted string or a URL-encoded one (`\n`, `%0A`): a sentence goes on after them. */
const ESCAPED_BLANK = /\\[ntr]|%%?0[AaDd9]|%20/g;
/** A printf conversion among the words (`Changing password for %s.`). */
const CONVERSION = /^%[-+ #0-9.]*[sdifuxXc]$/;
/** The longest phrase read (value and its continuation on the line). */
const MAX_PHRASE = 200;

/** True when each cased part of a word is lower, UPPER or Title case (`API-Schlüssel`, `PIN-kód`, `APIキー`). */
function wordCase(word: string): boolean {
  for (const part of word.split(/[-'’‐_]/)) {
    const cased = part.replace(/[^\p{Lu}\p{Ll}]/gu, '');
    if (cased.length <= 1) continue;
    const rest = cased.slice(1);
    if (rest !== rest.toLowerCase() && cased !== cased.toUpperCase()) return false;
  }
  return true;
}

/** Six consonants in a row: no word (of a language written in ASCII). */
const CONSONANTS = /[b-df-hj-np-tv-xz]{6}/i;

/** True when ASCII letters read as words: vowels in one in four letters or more (a share given). */
function wordLike(letters: string, share = 1 / 4): boolean {
  if (letters.length === 0) return true;
  const vowels = letters.replace(/[^aeiouyAEIOUY]/g, '').length;
  return vowels >= letters.length * share;
}

/**
 * True when ASCII letters have a word's shape: no six consonants in a row, and a vowel in one in four letters. The one
 * test of "a word" for the layers that ask (natural-text's words, passphrases.ts's, benign.ts's identifier parts).
 */
export const wordShaped = (letters: string): boolean => !CONSONANTS.test(letters) && wordLike(letters);

/**
 * A count among a phrase's words (`Passwort muss mindestens 8 Zeichen lang sein`, `at least 12 characters`), or glued
 * inside words of a script written without blanks (`密码必须至少包含8个字符`, `パスワードは8文字以上`): a rule's
 * number, read as a word of the phrase when its unit follows it (characters, digits, days, attempts, in the languages a
 * UI is translated to) and four words or more stand around it, two of them in lower case (`Tiger 42`, `Minimum 8`,
 * `Blue Sky 7 Rocket`, a generated passphrase `Granite found 041 curiouss at Juniper!` stay no phrase).
 */
const LOWER_WORD = /^\p{Ll}{2,}$/u;
const COUNT = /^[1-9]\d{0,2}$/;
const UNIT =
  /^(?:characters?|chars?|digits?|letters?|symbols?|numbers?|days?|hours?|minutes?|seconds?|times?|attempts?|tries|zeichen|stellen|ziffern|buchstaben|tagen?|stunden|minuten|versuchen?|caract[eè]res?|chiffres?|lettres?|jours?|heures?|tentatives?|caracteres|d[ií]gitos|letras|d[ií]as|horas|intentos|caratteri|cifre|lettere|giorni|ore|tentativi|символ(?:ов|а)?|цифр[ыа]?|букв|дн(?:ей|я)|час(?:ов|а)|попыт(?:ок|ки)|tekens|cijfers|dagen|uur|pogingen|znak(?:ów|i)|cyfr|dni|karakter|hane|gün|tecken|siffror|dagar)$/iu;
const CJK_COUNT =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]{2,}[1-9]\d{0,2}[个位字文桁자일日天回次][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]{2,}$/u;

/** The words of a phrase (escaped blanks read as blanks, punctuation around it and its words dropped), or null. */
function wordsOf(s: string): string[] | null {
  const words: string[] = [];
  let counts = 0;
  let last = '';
  for (const raw of s.replace(ESCAPED_BLANK, ' ').split(/[\s\x00-\x1f\u00a0\u3000]+/u)) {
    let w = raw.replace(PUNCT_START, '').replace(PUNCT_END, '');
    if (CONVERSION.test(w)) continue;
    if (w === '') {
      if (raw !== '' && !/^[\p{P}\p{S}]+$/u.test(raw)) return null;
      continue;
    }
    if (COUNT.test(last) && !UNIT.test(w)) return null;
    last = w;
    if (COUNT.test(w)) {
      counts++;
      continue;
    }
    if (CJK_COUNT.test(w)) w = w.replace(/\d+/, '');
    if (!WORD.test(w) || !wordCase(w)) return null;
    words.push(w);
  }
  if (counts > 0 && (words.length < 4 || COUNT.test(last) || words.filter((w) => LOWER_WORD.test(w)).length < 2))
    return null;
  return words.length > 0 ? words : null;
}

/**
 * True for words (any script, any case) that read as words: the learn gate's test (learned.ts: a value learned is
 * replaced everywhere, and a word is in prose everywhere).
 */
export function wordsOnly(s: string): boolean {
  const words = wordsOf(s);
  if (!words) return false;
  return words.every((w) => /[^\x00-\x7f]/.test(w) || (!CONSONANTS.test(w) && wordLike(w.replace(/[^A-Za-z]/g, ''))));
}

/**
 * True for natural text as a value: wordsOnly, and not all-lowercase ASCII (a real password may be one word or a
 * passphrase in lower case); an ASCII word in upper case at most 14 letters long.
 */
export function naturalText(s: string): boolean {
  const words = wordsOf(s);
  if (!words) return false;
  // A word of another script (Cyrillic, Greek, CJK, Arabic…) or with accents: no ASCII password.
  if (words.some((w) => /[^\x00-\x7f]/.test(w))) return true;
  let cased = false;
  for (const w of words) {
    if (/[A-Z]/.test(w)) {
      if (w === w.toUpperCase() && w.replace(/[^A-Z]/g, '').length > 14) return false;
      cased = true;
    }
    // A long word reads as one on its own (`PASSWORT`); a phrase's short words (`ftp`, `http`) with the others.
    for (const part of w.split(/[-'’‐_]/))
      if (CONSONANTS.test(part) || !wordLike(part, part.length >= 8 ? 1 / 4 : 0)) return false;
  }
  return cased && wordLike(words.join('').replace(/[^A-Za-z]/g, ''), 1 / 5);
}

/**
 * True when the value text[start, end) is natural text, read with the rest of its phrase on the same line (an
 * unquoted value ends at a blank: `Mot` of `password: Mot de passe`): the words after it up to a quote, a `<` or the
 * line's end, at most MAX_PHRASE characters (a bounded window per hit).
 */
export function naturalAt(text: string, start: number, end: number): boolean {
  if (end - start > MAX_PHRASE) return false;
  const value = text.slice(start, end);
  if (wordsOf(value) === null) return false;
  // Words across a line break (`to%0Aprotect`, `changed.\0New` in a binary's strings): text, no password.
  if (/\S(?:\\[nr]|%%?0[AaDd]|[\r\n\x00])+\S/.test(value) && wordsOnly(value)) return true;
  // A quoted value is judged alone.
  const q = text[start - 1];
  if ((q === '"' || q === "'" || q === '`') && text[end] === q) return naturalText(value);
  // An unquoted one with the rest of its phrase: the words after it to a quote, a `<`, `=`, `#`, the end of a clause
  // or of the line (`Mot` of `password: Mot de passe`), in a bounded window.
  let stop = end;
  const limit = Math.min(text.length, start + MAX_PHRASE);
  while (stop < limit) {
    const c = text[stop]!;
    if (c === '\n' || c === '\r' || c === '"' || c === '<' || c === '`' || c === '=' || c === '#') break;
    stop++;
    if (c === '.' || c === ',' || c === ';' || c === '!' || c === '?' || c === ':') break;
  }
  // A phrase cut by the window is judged by its value alone.
  return naturalText(stop === limit && limit < text.length ? value : text.slice(start, stop));
}
