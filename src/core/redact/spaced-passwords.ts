/**
 * Passwords of blank-separated parts wherever a password is written (round 31): an app password in Google's groups
 * (`izsa qydr yxor gotl`) and a generator's passphrase with a number on a word (`lintel wicket noggin crumpet-489`),
 * after a password's word or name in any syntax: prose in several languages, `.netrc`'s `password`, XML's
 * `<password>`, a store's table, a connection string's `Password=…;`, a URL's query or userinfo, `-passout
 * 'pass:…'`, a `.pgpass` line, a compose default. The passes that read those syntaxes take a
 * value up to its first blank (a key name's `lintel`) or nothing (four letters are no password alone); here the whole
 * value is read first, and the later passes' pieces of it give way.
 *
 * A cue (a password's word or name; `pass` alone only as a name, `pass:`, `_pass=`, not the verb; `auth` as a name
 * given a value, `auth = (…)`; a URL's `://` and user; a `.pgpass` line's fields; `token=`, `htpasswd`, `phrase`)
 * starts a window after it to its line's end (at most WINDOW characters; windows that overlap are read as one; a
 * URL's password only), where the value is looked for: Google's four groups of four letters of one case, at most one
 * of them a word four letters long of English, code or a neighbouring language (a sentence of them is no password),
 * four to eight small words and a number joined to the last that passphraseValue takes (no sentence's or form's word,
 * no copula, none a sentence inflects): the longest such tail of a run of words, so the prose before it stays; or ten
 * words or more that passphraseValue takes.
 */
import { BIP39_ENGLISH } from './bip39-english.js';
import { PASSWORD_ASCII_STARTS, PASSWORD_OTHER } from './foreign-words.js';
import { literalScan } from './literal-scan.js';
import { BIP39, passphraseValue } from './passphrases.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { SENTENCE_COPULAS } from './prose-values.js';

export const SPACED_RULE = 'spaced-password';

/** How far after a cue its value is looked for, on its line. */
const WINDOW = 200;
/**
 * Cues where a person pastes an app password too (attack 59): a token given a value (`token=omjx ndsk uvzn ypxy`),
 * htpasswd's command line (`htpasswd -b file admin '…'`), a phrase's label (`Recovery phrase for the wallet: …`).
 */
const MORE_CUES = ['token=', 'token:', 'htpasswd', 'phrase'];
/** Cues in ASCII (case folded by the scan): a password's word, a name `auth`, a URL's `://`, MORE_CUES. */
const scan = literalScan([...PASSWORD_ASCII_STARTS, 'auth', '://', ...MORE_CUES]);
/** Cues of scripts beyond Latin. */
const OTHER = new RegExp(PASSWORD_OTHER, 'g');
/**
 * `pass` as a password's word (`password`, `passwd`, `passphrase`, `Passwort`, `passord`, `mot de passe`), or alone
 * as a name given a value (`ansible_become_pass:`, `'pass:…'`, `DB_PASS=`), not the verb (`pass args`, `passes`).
 */
const PASS_WORD = /pass(?:(?:w(?:or)?ds?|wort|phrase|ord(?:et)?|e)(?![a-z])|(?=["']?[ \t]*[:=]))/iy;
/** `auth` as a name given a value (`session.auth = ("admin", …)`, `auth: …`), not `author`, `OAuth`, `authn`. */
const AUTH_NAME = /auth["']?[ \t]*[:=]/iy;

/** A `.pgpass` line up to its password: `host:port:database:user:` (`*` for any of them). */
const PGPASS = /^[^:\s#]{1,253}:(?:\d{1,5}|\*):[^:\s]{1,128}:[^:\s]{1,128}:/gm;
/** A blank between parts: a space, or a URL's `%20`. */
const SEP = '(?: |%20)';
/** Google's app password: four groups of four letters of one case. */
const APP = new RegExp(
  `(?<![A-Za-z0-9])(?:[a-z]{4}(?:${SEP}[a-z]{4}){3}|[A-Z]{4}(?:${SEP}[A-Z]{4}){3})(?![A-Za-z0-9])`,
  'g',
);
/** Small words, a number joined to the last (`crumpet-489`), not a version (`qwen-2.5`, `ubuntu-22.04`). */
const WORDS = new RegExp(
  `(?<![A-Za-z0-9])(?:[a-z]{2,12}${SEP}){3,7}[a-z]{2,12}[-.]\\d{1,4}(?![A-Za-z0-9]|\\.\\d)`,
  'g',
);
/** Ten to twenty-four small words, blanks between them. */
const LONG_WORDS = /(?<![A-Za-z0-9])[a-z]{3,12}(?: [a-z]{3,12}){9,23}(?![A-Za-z0-9])/g;
/** A URL's user and the `:` before its password (`smtp://mailer@corp.example:`). */
const USERINFO = /^:\/\/[^\s:/@]{1,64}(?:@[^\s:/@]{1,64})?:/;

/**
 * Words four letters long: BIP-39's (442: `that`, `this`, `have`, `make`, `sure`, `each`…), a sentence's others, code's
 * and tools' (`json`, `null`, `args`, `repo`, `curl`), and German, French, Spanish, Portuguese, Italian and Dutch
 * ones. A random group is one of them about once in 600.
 */
const WORDS4 = new Set([
  ...BIP39_ENGLISH.filter((w) => w.length === 4),
  ...(
    'with your from them been were said here some does done goes made many most even well back down look took went ' +
    'came gets sets runs uses tabs logs data info form send sent shut lets rest less ours mine hers note ever both ' +
    'full part plan pick stop step than they upon week days page site home ' +
    'null none self args json yaml toml diff repo node port sync read mode keys http func jwts lint docs hash sudo ' +
    'bash curl wget grep glob todo html rust java ruby perl yarn pnpm deno vite void enum char bool byte init exec ' +
    'fork kill uniq tail less pull push grpc mock stub spec prod beta auth user role perm cors gzip warn cron jobs ' +
    'flow pkce rate jwks salt hmac utf8 ascii true null pods helm kube yolo repl shell ' +
    'auch noch nach dass sind wird kann muss soll eine sein dies oder aber beim mehr hier alle ganz dann denn doch ' +
    'weil wenn dans pour sont avec mais plus tout elle nous vous leur bien fait voir cela ceci sans sous chez donc ' +
    'para esta este como pero todo cada nada isso essa esse tudo sono come dove loro voor niet maar door naar deze ' +
    'zijn moet mijn jouw onze'
  ).split(' '),
]);

/**
 * Google's groups, read as no sentence (one word four letters long at most) nor a placeholder (`xxxx xxxx`, `abcd
 * efgh`).
 */
function appPassword(v: string): boolean {
  const groups = v.toLowerCase().split(/ |%20/);
  // One group may be a word by chance (`eley mssn easy odpr`): a sentence holds more.
  if (groups.filter((g) => WORDS4.has(g)).length > 1 || groups.some((g) => /(.)\1\1/.test(g))) return false;
  let steps = 0;
  for (const g of groups) for (let k = 1; k < 4; k++) if (g.charCodeAt(k) === g.charCodeAt(k - 1) + 1) steps++;
  return steps < 6;
}

/** The copulas and the joining words of the languages: the value comes after them (`Kennwort lautet …`). */
const JOINING = new Set([...SENTENCE_COPULAS, 'is', 'was', 'to', 'de', 'the', 'el', 'la', 'le']);
/** A word a sentence inflects (BIP-39's aside): a passphrase's words are a list's (`optimize decoding wrapped …`). */
const inflected = (w: string): boolean => /(?:ed|ly|ing)$/.test(w) && !BIP39.has(w);

/**
 * A generator's words, one of them maybe no word's shape to passphraseValue (`plinth`, `rhythm`): the others, four or
 * more, are read without it.
 */
function phraseOf(words: readonly string[]): boolean {
  if (passphraseValue(words.join(' '))) return true;
  return words.length >= 5 && words.some((_, k) => passphraseValue(words.filter((_w, j) => j !== k).join(' ')));
}

/** The longest tail of `run`'s words, four at least, that a generator's passphrase is; its offset, or -1. */
function passphraseTail(run: string): number {
  const parts = run.split(/ |%20/);
  let offset = 0;
  for (let i = 0; parts.length - i >= 4; i++) {
    const tail = parts.slice(i);
    if (!tail.some((w) => JOINING.has(w) || inflected(w)) && phraseOf(tail)) return offset;
    offset += parts[i]!.length + (run.startsWith('%20', offset + parts[i]!.length) ? 3 : 1);
  }
  return -1;
}

/** The values in text[from, to) (a window after one cue or more), added to `hits`. */
function valuesIn(text: string, from: number, to: number, hits: Hit[]): void {
  const window = text.slice(from, to);
  for (const m of window.matchAll(APP))
    if (appPassword(m[0])) hits.push({ rule: SPACED_RULE, start: from + m.index, end: from + m.index + m[0].length });
  // Ten words or more with no number, none a sentence's (a wallet's phrase given as a password: `-passout 'pass:anchor
  // saffron mango …'`, attack 59).
  for (const m of window.matchAll(LONG_WORDS))
    if (passphraseValue(m[0]))
      hits.push({ rule: SPACED_RULE, start: from + m.index, end: from + m.index + m[0].length });
  for (const m of window.matchAll(WORDS)) {
    const off = passphraseTail(m[0]);
    if (off !== -1) hits.push({ rule: SPACED_RULE, start: from + m.index + off, end: from + m.index + m[0].length });
  }
}

/** Where the window after a cue at `at` starts (after its word), or -1 when it is no cue there. */
function windowStart(text: string, at: number): number {
  const c = text.charCodeAt(at);
  // A cue starts a word or a camel-case hump (`Password`, `dbPassword`, `DB_PASS`), not `compass`, `bypass`.
  if (at > 0 && /[a-z]/.test(text.charAt(at - 1)) && c >= 97 && c <= 122) return -1;
  if (text.startsWith('://', at)) {
    const user = USERINFO.exec(text.slice(at, at + 140));
    return user === null ? -1 : at + user[0].length;
  }
  const cue = text.slice(at, at + 4).toLowerCase();
  const sticky = cue === 'pass' ? PASS_WORD : cue === 'auth' ? AUTH_NAME : null;
  if (sticky !== null) {
    sticky.lastIndex = at;
    if (!sticky.test(text)) return -1;
  }
  // After the cue's word (24 characters at most: a script with no blanks is one word, `密码是密码是…`).
  let e = at;
  while (e < text.length && e - at < 24 && /[\p{L}\p{N}]/u.test(text.charAt(e))) e++;
  return e;
}

function spacedHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const starts = [
    ...(scan?.(text) ?? []),
    ...[...text.matchAll(OTHER)].map((m) => m.index),
    // A `.pgpass` line's password field, after its host, port, database and user.
    ...[...text.matchAll(PGPASS)].map((m) => m.index + m[0].length - 1),
  ].sort((a, b) => a - b);
  // The windows, those that overlap read as one (each character read once: `pass pass pass …` is linear).
  let from = -1;
  let to = -1;
  // The next line break after the last window's start (found once per line: a long line of cues stays linear).
  let nl = -1;
  for (const at of starts) {
    const s = text.charCodeAt(at) === 58 && !text.startsWith('://', at) ? at + 1 : windowStart(text, at);
    if (s === -1) continue;
    if (nl < s) nl = text.indexOf('\n', s) >>> 0;
    let end = Math.min(nl, s + WINDOW, text.length);
    // A URL's password ends at its host's `@` (looked for in the window only).
    const host = text.startsWith('://', at) ? text.slice(s, end).indexOf('@') : -1;
    if (host !== -1) end = s + host;
    if (s <= to) to = Math.max(to, end);
    else {
      if (from !== -1) valuesIn(text, from, to, hits);
      [from, to] = [s, end];
    }
  }
  if (from !== -1) valuesIn(text, from, to, hits);
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) if (out.length === 0 || h.start >= out[out.length - 1]!.end) out.push(h);
  return out;
}

/** The pass of passwords of blank-separated parts (see the file's comment). */
export function spacedPasswordPass(): Pass {
  return runPass(spacedHits);
}
