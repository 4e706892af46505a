/**
 * Round 37: a password a sentence gives after its label, where the prose readers read only the word right after it:
 * - a copula further on (`Der Zugang für den Router ist Ahorn2024baum`, `Das Passwort für das WLAN lautet …`, `the
 *   password for the NAS is …`): the word after the first copula within 80 characters of the label;
 * - French guillemets (`mot de passe «Érable du lac 42»`, `Le code d'accès est « … »`): what they hold, blanks and all;
 * - a script other than the label's (`password: Подсолнух2024`, `пароль от вайфая sunflower2024`, `κωδικός wifi:
 *   maplehouse2024`): the first word of Latin, Cyrillic or Greek letters after words of the label's own script only.
 * Each value must read as a person's password (person-passwords.ts): letters with a digit or a symbol, no placeholder,
 * version or word alone (`Das Passwort ist zu kurz`, `«mot de passe oublié»`, `password Подсолнух` stay).
 *
 * Linear: labels are found by one global regex; each reads at most 160 characters of its line, with bounded runs.
 */
import { personPassword, twoPartPassword } from './person-passwords.js';
import { runPass, type Hit, type Pass } from './pass.js';

const RULE = 'prose-password';
const LABEL =
  /(?<![\p{L}\p{N}_])(?:password|passwort|passwd|passphrase|pw|pwd|kennwort|zugang(?:sdaten|scode)?|mot de passe|code d['’]acc[eè]s|contrase[ñn]a|senha|пароль|пароля|κωδικ(?:ός|ό|ού)[ \t]+(?:πρόσβασης|wifi|wi-fi|wlan|δικτύου)|συνθηματικό)(?![\p{L}\p{N}_])/giu;
const HINT = /pass|pw|kennwort|zugang|mot de|code d|contrase|senha|пароль|пароля|κωδικ|συνθημ/i;
/**
 * The first copula after one to eight words after the label (right after it, the prose readers judge the value), and
 * the word after it (an opening quote aside).
 */
const COPULA =
  /^(?:[ \t]+[^\s]{1,40}){1,8}?[ \t]+(?:ist|lautet|est|is|es|это|είναι)[ \t]+(?:[:=][ \t]*)?["'„“”«]?[ \t\u00a0]?([^\s"'„“”«»<>]{6,64})/du;
const GUILLEMETS = /^([^\n«»]{0,60})«[ \t\u00a0]?([^«»\n]{4,64}?)[ \t\u00a0]?»/du;
/** Right after the label, or its `:`, `=` or copula (`mot de passe «…»`, `… est «…»`), not after a verb's words. */
const RIGHT_AFTER = /^[ \t\u00a0]*(?:(?:est|is|ist|lautet|es|:|=)[ \t\u00a0]*)?$/iu;
/** A rule's words in guillemets (`« 8 caractères minimum »`, `«UTF-8 ou ISO-8859-1»`). */
const RULE_WORDS =
  /caract|chiffre|lettre|symbole|minimum|maximum|majuscule|minuscule|character|digit|letter|zeichen|ziffer|utf|iso|ascii/iu;
/** A phrase of words with a number, in guillemets right after the label (`mot de passe «Érable du lac 42»`). */
const guillemetPhrase = (prefix: string, v: string): boolean =>
  RIGHT_AFTER.test(prefix) && /\p{L}/u.test(v) && /\p{N}/u.test(v) && /\s/u.test(v) && !RULE_WORDS.test(v);
/** A word that names a user, not a password, before a value (`пароль для пользователя admin01`). */
const USER_WORD =
  /^(?:пользовател[яюьей]|юзера|учётки|user|username|login|benutzer|benutzers|nutzer|utilisateur|usuario|usuário|χρήστη)$/iu;
const WORD = /[^\s"'«»„“”:=,;()[\]{}<>]+/gu;

type Script = 'latin' | 'cyrillic' | 'greek' | null;
function scriptOf(w: string): Script {
  if (/\p{Script=Cyrillic}/u.test(w)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(w)) return 'greek';
  return /\p{Script=Latin}/u.test(w) ? 'latin' : null;
}

/** Trailing sentence punctuation is no part of a password (`… ist Ahorn2024baum.`). */
const trimmed = (v: string): string => v.replace(/[.,;:)]+$/, '');

/** The first word of another script than the label's, after words of the label's script only. */
function otherScript(label: string, window: string): [number, string] | null {
  const own = scriptOf(label);
  let n = 0;
  let prev = '';
  for (const m of window.matchAll(WORD)) {
    const s = scriptOf(m[0]);
    const after = prev;
    prev = m[0];
    if (s === null || s === own) {
      if (++n > 4) return null;
      continue;
    }
    // A word of another script that is no password (`κωδικός wifi: …`) counts as one of the label's.
    const v = trimmed(m[0]);
    if (personPassword(v) && !USER_WORD.test(after)) return [m.index, v];
    if (++n > 4) return null;
  }
  return null;
}

function labelHit(text: string, label: RegExpExecArray): Hit | null {
  const from = label.index + label[0].length;
  const window = text.slice(from, from + 160).split('\n', 1)[0]!;
  const g = GUILLEMETS.exec(window);
  if (g && (personPassword(g[2]!) || twoPartPassword(g[2]!) || guillemetPhrase(g[1]!, g[2]!))) {
    const [start, stop] = g.indices![2]!;
    return { rule: RULE, start: from + start, end: from + stop };
  }
  const c = COPULA.exec(window);
  if (c && personPassword(trimmed(c[1]!))) {
    const at = from + c.indices![1]![0];
    return { rule: RULE, start: at, end: at + trimmed(c[1]!).length };
  }
  const o = otherScript(label[0], window);
  return o && { rule: RULE, start: from + o[0], end: from + o[0] + o[1].length };
}

function labelledHits(text: string): Hit[] {
  if (!HINT.test(text)) return [];
  const hits: Hit[] = [];
  for (const m of text.matchAll(LABEL)) {
    if (hits.length > 0 && m.index < hits[hits.length - 1]!.end) continue;
    const hit = labelHit(text, m);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** The pass of passwords after their labels further on in a sentence (see the file's comment). */
export function labelledPasswordPass(): Pass {
  return runPass(labelledHits);
}
