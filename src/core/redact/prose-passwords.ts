/**
 * Passwords written in prose (README, Redaction, item 6), read on the lines where the key-name finder
 * stops at a password word (its `pw` alternative, PASSWORD_FINDER, or a `pass`/`pwd` stem):
 * - after the word, a few words later, after `:`, `=`, a copula (`is`, `is now`, `ist`, `lautet`,
 *   `est`, `es`, `é`, `是`, `は`) or `to` after a verb that sets it (`set the admin password to …`):
 *   `the password for the staging db is …`, `pw …`, `Passwort: …`, `密码是 …`;
 * - before it: `use … as the password`, `… is the db password`;
 * - a user and a password after `login:` or `credentials`: `login: admin / …`, `credentials are admin:…`.
 * The word must stand alone (`bypass`, `passed`, `compass` are none) and the value must read as a password
 * (passwordValue): words (`the password is stored in vault`), placeholders, variables, code, paths and URLs stay.
 */
import type { Hit } from './pass.js';
import { isApiId } from './generic.js';
import { digitsPassword } from './cli-passwords.js';
import { humanPhrase, joinedPhrase } from './passphrases.js';
import { quotedPassword, quotedWord, STRICT_COPULA, wordNumberPassword } from './copula-passwords.js';
import { COPULA_WORDS, PASS_ARGUMENT, passwordValue, SETTING } from './prose-values.js';

/** Password words, by language (the key-name layer's names, key-names.ts, spelled as prose writes them). */
const WORDS =
  'pass(?:w(?:or)?d|wort|phrase|e)?s?|pwd?|kennwort|contrase(?:n\\u0303?|\\u00f1)a|senha|parola|salasana|adgangskode|clave|(?:s\\u0327?|\\u015f)ifre(?:m|n|niz|si)?|wachtwoord|has(?:\\u0142|l)o|heslo|jelsz(?:o|\\u00f3)|l(?:o|\\u00f6)senord(?:et)?|\\u043f\\u0430\\u0440\\u043e\\u043b\\u044c|cred(?:entials?|s)|login|kata sandi(?:nya)?|m(?:\\u1eadt|at) kh(?:\\u1ea9u|au)';
/** Words of scripts written without blanks between words (Chinese, Japanese, Korean). */
const CJK_WORDS = '\\u5bc6\\u7801|\\u53e3\\u4ee4|\\u30d1\\u30b9\\u30ef\\u30fc\\u30c9|\\ube44\\ubc00\\ubc88\\ud638';

/** The password words spelled in ASCII and Latin letters (the key-name finder's, for its lookbehind). */
const LATIN_WORDS =
  'pass(?:w(?:or)?d|wort|phrase|e)?s?|pwd?|cred(?:entials?|s)|kennwort|contrase(?:n\\u0303?|\\u00f1)a|senha|parola|salasana|adgangskode|clave|sifre|wachtwoord|heslo|jelsz[o\\u00f3]|l[o\\u00f6]senord';

/**
 * For the key-name finder, after a stem (key-name-pass.ts) or a foreign password word (placements.ts): nothing (a
 * zero-width separator) where the stem is a whole password word, followed by a blank, a punctuation mark or the end. A
 * finder match that is that word alone (letters only, isPasswordWordHit) sends its line here.
 */
export const PASSWORD_WORD_END = `(?=[\\s.,;!?)*\`]|$)(?<=(?:^|[^A-Za-z0-9_\\u00c0-\\u024f])(?:${LATIN_WORDS})\\.?)`;

/**
 * The key-name finder's alternative (named group `pwc`) for `login:` and for password words of scripts a one-byte text
 * cannot hold, followed by a colon (`пароль:`, `密码:`, `パスワード:`, `비밀번호:`, `hasło:`, `şifre:`): it starts on `:`
 * (a character the finder starts on already) and looks behind, first at one character (the last of a word: an
 * alternation of words behind each `:` took a two-byte text's finder from 203 to 416 ms per 8 MB). Not on the
 * full-width `：` (`密码：…`): a first character of its own cost a two-byte text's finder 70%.
 */
export const PASSWORD_COLON =
  '(?<pwc>:(?<=[no\\u044c\\u7801\\u4ee4\\u30c9\\ud638e][ \\t]?:)(?<=(?:login|\\u043f\\u0430\\u0440\\u043e\\u043b\\u044c|\\u5bc6\\u7801|\\u53e3\\u4ee4|\\u30d1\\u30b9\\u30ef\\u30fc\\u30c9|\\ube44\\ubc00\\ubc88\\ud638|has\\u0142o|\\u015fifre)[ \\t]?:))';

const PASSWORD_START = new RegExp(`^(?:${LATIN_WORDS})$`, 'i');
/** Whether a key-name finder match is a password word alone or a `login:` (PASSWORD_WORD_END, PASSWORD_COLON). */
export function isPasswordWordHit(f: RegExpExecArray): boolean {
  if (f.groups?.pwc !== undefined) return true;
  // The word, maybe with the full stop that ends its sentence (`… as the password.`).
  if (!/^[A-Za-z\u00c0-\u024f]+\.?$/.test(f[0])) return false;
  // The word the match ends (`twoord` ends `wachtwoord`).
  const end = f.index + f[0].length - (f[0].endsWith('.') ? 1 : 0);
  const word = /[A-Za-z\u00c0-\u024f]+$/.exec(f.input.slice(Math.max(0, end - 16), end))![0];
  // Not a name's last word (`DB_PASSWORD`), nor a name field's value (`- name: PASSWORD`, `{"name": "password"`,
  // the placements' pairs: placements.ts).
  const before = f.input.slice(Math.max(0, end - word.length - 24), end - word.length);
  return PASSWORD_START.test(word) && !NAME_BEFORE.test(before);
}
/** Before a password word: a name's first words (`DB_`), or a name field (`name: `, `"Name": "`, `key=`). */
const NAME_BEFORE = /[0-9_]$|(?<![A-Za-z0-9_-])(?:name|key|parameterkey)\\?["']?[ \t]*[:=][ \t]*\\?["']?$/i;

const WORD = new RegExp(`(?<![\\p{L}\\p{M}\\w])(?:${WORDS})(?![\\p{L}\\p{M}\\w])|${CJK_WORDS}`, 'giu');
/** Words that join a password word to its value (`is`, `ist`, `lautet`, `est`, `es`, `é`, `è`, `er`, `är`). */
const COPULA = new RegExp(`^(?:=|->|=>|\u2014|\u2013|-|${COPULA_WORDS.join('|')})$`, 'i');
const FILLER = /^(?:now|still|just|simply|currently|set|to|:)$/i;
const CJK_COPULA = /^(?:是|为|為|は|는|은|:|：|=)$/;
/** A token, read to one character past the longest kept (longer: no value, and no prose after it either). */
const TOKEN = /[^\s]{1,257}/g;

/** A token as its value: without the quotes, brackets, emphasis and punctuation around it (and T-SQL's `N'`). */
const bare = (t: string): [string, number] => {
  const lead = /^(?:N(?=')|[*_]{1,2}|["'`“«(])*/.exec(t)![0].length;
  // (a map's or a block's `}` after the quote too: `{:password "…"}`.)
  const v = t.slice(lead).replace(/(?:[*_]{2}|[.,;:!?)\]}"'`”»])+$/, '');
  return [v, lead];
};

/** The first `n` tokens of `rest`, up to and with one too long for a value (longer than 256: no reading after it). */
function firstTokens(rest: string, n: number): RegExpExecArray[] {
  const tokens: RegExpExecArray[] = [];
  TOKEN.lastIndex = 0;
  for (let t = TOKEN.exec(rest); t !== null && tokens.length < n; t = TOKEN.exec(rest)) {
    tokens.push(t);
    if (t[0].length > 256) break;
  }
  return tokens;
}

/**
 * The longest run of three to seven tokens from tokens[i] (the text between them kept) that reads as a person's
 * passphrase (passphrases.ts' humanPhrase) and opens with `my` or `our` or closes with a symbol, its closing `.`, `,`
 * or `;` aside; null if none does.
 */
function phraseAt(rest: string, tokens: readonly RegExpExecArray[], i: number): string | null {
  for (let j = Math.min(tokens.length - 1, i + 6); j >= i + 2; j--) {
    const run = rest.slice(tokens[i]!.index, tokens[j]!.index + tokens[j]![0].length).replace(/[.,;:]+$/, '');
    // In a sentence, only a phrase a person's opener starts or a symbol closes (`valid until March 2025` is prose).
    // The opener or the symbol first: a cheap test that spares humanPhrase on most runs (a line of `password is`).
    if ((/^(?:my|our) /.test(run) || /[!#*@&$%]$/.test(run)) && humanPhrase(run)) return run;
  }
  return null;
}

/** `v` (tokens[i] bare) with the next token when that is a number of one to four digits (`kaze-recenu-zuba 31`). */
function withNumber(rest: string, tokens: readonly RegExpExecArray[], i: number, v: string): string {
  const next = tokens[i + 1];
  if (next === undefined || v.length !== tokens[i]![0].length || !/^\d{1,4}[.,;!?]?$/.test(next[0])) return v;
  return v + rest.slice(tokens[i]!.index + v.length, next.index) + next[0].replace(/[.,;!?]$/, '');
}

/** A name given the value right before it (`id: "`, `commit=`), and the words that make such a name a secret's. */
const OWN_NAME = /(?:^|[\s,{(])([A-Za-z_$][\w$-]{0,40})[ \t]*[:=][ \t]*["'`]?$/;
const SECRETISH = /pass|pwd|pw$|phrase|secret|cred|key|token|auth|pin$|kennwort|senha|contrase/i;

/** A URL query's next parameter (`&useSSL=`, `&amp;sslmode=`), after a value that is a query parameter's. */
const QUERY_NEXT = /&(?:amp;)?[A-Za-z_][\w.-]{0,40}=/;
const QUERY_VALUE = /[?&][\w.-]{1,40}=$/;

/** The hits of the prose password forms on one line (text[lineStart, lineEnd)), added to `hits`. */
export function prosePasswordHits(text: string, lineStart: number, lineEnd: number, hits: Hit[]): void {
  const line = text.slice(lineStart, lineEnd);
  // Bytes, not prose (a gzip stream read as latin1 holds `pw` before some punctuation by chance): control characters.
  if (/[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]/.test(line)) return;
  const push = (v: string, at: number): void => {
    // An API's id of a completion, a message, a tool call or a run (`chatcmpl-…`, `call_…`, `toolu_…`) is no password.
    // A column's or a field's separator is no value's start (a CSV header's `Kennwort;Bemerkung`).
    if (isApiId(v) || /^[;,]/.test(v)) return;
    // A value with a name of its own that names no secret (`{ apiKey, password, …, id: "<uuid>" }`: attack 58).
    const own = OWN_NAME.exec(line.slice(Math.max(0, at - 64), at))?.[1];
    if (own !== undefined && !SECRETISH.test(own)) return;
    // A URL query's next parameter ends a query parameter's value (`…&password=<v>&useSSL=false`: attack 57).
    const query = QUERY_VALUE.test(line.slice(Math.max(0, at - 64), at)) ? QUERY_NEXT.exec(v) : null;
    if (query !== null && query.index === 0) return;
    const n = query === null ? v.length : query.index;
    hits.push({ rule: 'prose-password', start: lineStart + at, end: lineStart + at + n });
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(line); m !== null; m = WORD.exec(line)) {
    const end = m.index + m[0].length;
    // A member or a variable in code (`o.password=this.apiKey`, `$this->password`, `$password`): no word of prose.
    if (m.index > 0 && /[.$#>[]/.test(line[m.index - 1]!)) continue;
    // Part of a URL, a path or a name (`redis://user:pass@host`, `pass.txt`): no word of prose.
    // A full stop ending a sentence (`… as the password.`) is none of those.
    if (
      /^[^\s:：=*`"')\],;]/.test(line.slice(end, end + 1)) &&
      !/^\.(?:\s|$)/.test(line.slice(end, end + 2)) &&
      !/^[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(m[0])
    )
      continue;
    // `credentials are admin:…`, `user/pass: admin / …`: a user then the password.
    if (
      /^(?:cred|login)/i.test(m[0]) ||
      /\buser(?:name)?[ \t]*\/[ \t]*$/i.test(line.slice(Math.max(0, m.index - 64), m.index))
    )
      pairAfter(line, end, push);
    // `Pass admindir to dpkg, Closes: …`: the verb's argument, then a sentence about it.
    else if (!(VERB.test(m[0]) && PASS_ARGUMENT.test(line.slice(end, end + 160))))
      valueAfter(line, m.index, end, push, !VERB.test(m[0]));
    valueBefore(line, m.index, push);
  }
}

/**
 * `pass` and `passes` are verbs more often than a password (`please pass async_req=True`, `Pass stdout=PIPE`, `# Passes
 * the test suite`): the token right after them is no value; one after `:`, `=` or a copula is (`Admin pass is …`).
 */
const VERB = /^pass(?:es)?$/i;

/** How far after a password word its value is looked for (12 tokens of prose, a value of at most 128 characters). */
const AFTER = 2048;

/** A token that is a password word alone, maybe before `:`, `,` or a full stop, but `pass`, `cred…` and `login`. */
const NEXT_WORD = new RegExp(`^(?!pass(?:es)?[:,.]?$|cred|login)(?:${WORDS})[:,.]?$`, 'iu');

/** The value a few words after a password word at line[at, end). */
function valueAfter(line: string, at: number, end: number, push: (v: string, at: number) => void, first = true): void {
  const setting = SETTING.test(line.slice(Math.max(0, at - 40), at));
  // A window after the word: each word of a long line reads a bounded part of it (a line of `pwd:pwd:…`, one token,
  // was read to its end for each word: quadratic).
  let rest = line.slice(end, end + AFTER);
  let offset = end;
  // `密码是 …`, `パスワード: …`, `password:…`: the joining character glued to the word.
  const glued = /^[ \t]*(?:是|为|為|は|는|은|[:：=])[ \t]*/.exec(rest);
  if (glued) {
    const [v, lead] = bare(/^[^\s]{0,256}/.exec(rest.slice(glued[0].length))![0]);
    if (passwordValue(v)) return push(v, offset + glued[0].length + lead);
    rest = rest.slice(glued[0].length);
    offset += glued[0].length;
  }
  // The first 12 tokens only (a long line holds many more: reading them all made a line of such words quadratic).
  const tokens = firstTokens(rest, 12);
  let copula = false;
  for (let i = 0, joined = first; i < tokens.length && i <= 10; i++) {
    const t = tokens[i]![0];
    // Longer than any value (128) with its quotes and marks: no prose after it either. Another password word that reads
    // its own value the same way (not a verb's `pass`, not a login's pair; not after a setting verb, which the next
    // word may not see: `Set the root password and the admin password for X to …`): what follows is its (a line of
    // `password is` repeated read 12 tokens for each word).
    if (t.length > 256 || (!setting && NEXT_WORD.test(t))) return;
    // Emphasis alone (`**Password:** \`…\``) joins nothing and breaks nothing.
    if (/^[*_]+$/.test(t)) continue;
    // The first token, or one after a joining word or a `:`-ended word, may be the value (`pw Tb7c…`, `for root: …`);
    // so may one in brackets a few words on, which says what the words name (`the password you gave (Tb7c…)`).
    if (joined || t.startsWith('(')) {
      const [v, lead] = bare(t);
      // Or a PIN's digits right after the word (`as root (password 227005617588)`: round 29).
      if (passwordValue(v) || (i === 0 && digitsPassword(v))) return push(v, offset + tokens[i]!.index + lead);
      // After a copula, a word and a number or a word in quotes (copula-passwords.ts).
      const quoted = copula ? quotedWord(t) : null;
      if (quoted !== null && quotedPassword(quoted)) return push(quoted, offset + tokens[i]!.index + 1);
      if (copula && wordNumberPassword(v)) return push(v, offset + tokens[i]!.index + lead);
      // Or a generator's words joined by `-` or `.`, with the number a blank after it (passphrases.ts).
      const phraseNumbered = withNumber(rest, tokens, i, v);
      if (joinedPhrase(v, phraseNumbered !== v)) return push(phraseNumbered, offset + tokens[i]!.index + lead);
      // Or a person's phrase of words, a name and a year (`the password is my dog Milo 2021!`: passphrases.ts).
      const phrase = copula ? phraseAt(rest, tokens, i) : null;
      if (phrase !== null) return push(phrase, offset + tokens[i]!.index);
    }
    const [w] = bare(t);
    // The copula within the first few words after the password's (`password for the admin is …`).
    copula = (i <= 4 && STRICT_COPULA.test(w)) || CJK_COPULA.test(w) || (copula && FILLER.test(w));
    joined =
      COPULA.test(w) ||
      CJK_COPULA.test(w) ||
      /[:：=]\**$/.test(t) ||
      (joined && FILLER.test(w)) ||
      (setting && /^to$/i.test(w));
    // A sentence ends: what follows says something else.
    if (!joined && /[.!?;]$/.test(t)) return;
  }
}

/** `use … as the password`, `… is the db password`: a value just before a password word at line[at]. */
function valueBefore(line: string, at: number, push: (v: string, at: number) => void): void {
  const before = line.slice(Math.max(0, at - 200), at);
  // `is`/`as` ends the regex but for two short words: read only where one is near (the regex, anchored at the end,
  // tried each start in the 200 characters for each word of a long line).
  if (!/(?:^|[^\p{L}])[ia]s[ \t]/u.test(before.slice(-72))) return;
  const m =
    /(?:^|[\s(:])(["'`]?)([^\s"'`]{8,128})\1[ \t]+(?:is[ \t]+(?:the|my|our|your|their|his|her)|as[ \t]+(?:the|my|our|your|their|a|an)?)[ \t]*(?:[\p{L}-]{1,20}[ \t]+){0,2}$/u.exec(
      before,
    );
  if (!m) return;
  const [v] = bare(m[2]!);
  if (passwordValue(v)) push(v, Math.max(0, at - 200) + m.index + m[0].indexOf(m[2]!));
}

/** `login: admin / …`, `credentials are admin:…`: the password of a user and password pair. */
function pairAfter(line: string, end: number, push: (v: string, at: number) => void): void {
  const m = /^(?:[ \t]*[:=]|[ \t]+(?:are|is))?[ \t]*["'`]?[\w.@+-]{1,64}[ \t]*[/:][ \t]*(["'`]?)([^\s"'`]{1,128})/.exec(
    line.slice(end),
  );
  if (!m) return;
  const [v] = bare(m[2]!);
  const at = end + m.index + m[0].length - m[2]!.length;
  if (passwordValue(v)) return push(v, at);
  // A person's phrase (`creds: admin / my cat Rex 1992!`): the first tokens after the separator.
  const rest = line.slice(at, at + AFTER);
  const phrase = m[1] === '' ? phraseAt(rest, firstTokens(rest, 8), 0) : null;
  if (phrase !== null) push(phrase, at);
}
