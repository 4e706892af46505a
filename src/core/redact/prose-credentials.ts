/**
 * Credentials stated in sentences, in any of 20 languages (README, Redaction, item 6; issue 11), read wherever a
 * password, key or token word is, not only on the lines the key-name finder stops at (prose-passwords.ts):
 * - a password word, a few words saying whose it is, a joining word or mark, the value: `the root password on the box
 *   is …`, `pwd was changed to …`, `password for the admin account → …`, `Das Kennwort lautet …`, `mot de passe : …`,
 *   `Hasło to …`, `Пароль — …`, `密码是…`, `パスワードは「…」です`, `비밀번호는 …입니다`, `كلمة المرور هي …`,
 *   `mật khẩu là …`, `kata sandi adalah …`, `lösenordet är …`; or the value right after the word (`use password …`);
 * - a key or token word the same way, its value a random token (`my github token is …`, `Le jeton est …`, `API密钥是…`);
 * - a user then a password after a login phrase or `credentials`: `log in as admin / …`,
 *   `credentials: user deploy / …`.
 * The value must read as a password (passwordValue, or words and a number joined: `Maple-rocket42-tiger`) or, for a key
 * or token, as random: a word (`Das Passwort ist falsch`), a number, a version, a file, a model name, a URL, code or a
 * placeholder stays. The words are found by the shared literal scan (ASCII) and, in text that holds other scripts, by
 * one regex of their words; each is read in a window of WINDOW characters (linear on a line of repeated words).
 */
import { className } from './code-names.js';
import {
  ACCESS_AFTER,
  CJK_KEY_WORDS,
  CLOSING,
  compound,
  ID_AFTER,
  ID_BEFORE,
  PASSWORD_ASCII_STARTS,
  PASSWORD_OTHER,
  PROSE_ASCII_STARTS,
  PROSE_KEY_WORDS,
  PROSE_OTHER,
  PROSE_PASSWORD_WORDS,
  QUALIFIERS,
  THAI_JOIN,
} from './foreign-words.js';
import { isApiId } from './generic.js';
import { isSecretKey } from './key-names.js';
import { idAfterGap, idNounBefore } from './id-nouns.js';
import { literalScan } from './literal-scan.js';
import { uncappedEnd } from './long-values.js';
import { dataKeyBefore, joinedWords, pathLike, pinnedPackage } from './id-shapes.js';
import { proseNearHits } from './prose-near.js';
import { PASSPHRASE_RULE } from './passphrases.js';
import { endsLine, hyphenPhrase, isPassword, mixedSymbols, slashPair, spacedPhrase } from './phrase-values.js';
import { runPass, type Hit, type Pass } from './pass.js';
import {
  generated,
  notAPassword,
  PASS_ARGUMENT,
  passphrase,
  passwordValue,
  SENTENCE_COPULAS,
  SETTING,
  tokenValue,
  beforeNextField,
} from './prose-values.js';
import { UUID_VALUE } from './shapes.js';

/** How far after a word its value is read (its qualifiers, joining word and a value of at most 128 characters). */
const WINDOW = 240;

/** Credentials in other languages (`Zugangsdaten: admin / …`, `identifiants : …`, `учетные данные: …`). */
const CREDENTIAL_LIST = ['zugangsdaten', 'anmeldedaten', 'identifiants', 'inloggegevens', 'dane logowania'];
/** The one that starts beyond ASCII, found by OTHER's scan. */
const CREDENTIAL_OTHER = '[Уу]ч[её]тные данные';
const CREDENTIAL_WORDS = [...CREDENTIAL_LIST, CREDENTIAL_OTHER].join('|');

/** The ASCII starts of the words (case folded by the scan; `\x80` is any character beyond ASCII). */
const ASCII_STARTS = [
  ...PASSWORD_ASCII_STARTS,
  ...'pw |pw:|token|key|secret|jeton|schl\x80ssel|schluessel|chave|chiave|sleutel|klucz|cred|in as |in with |login'.split(
    '|',
  ),
  // A vault's or a wallet's words (`the vault unlock phrase is "…"`).
  ...['unlock phrase', 'vault phrase', 'master phrase'],
  // The credentials words that start in ASCII (the Cyrillic one is OTHER's).
  ...CREDENTIAL_LIST,
  ...PROSE_ASCII_STARTS,
];
const asciiScan = literalScan(ASCII_STARTS);
const ASCII_RE = new RegExp(ASCII_STARTS.map((s) => s.replace(/\x80/g, '[^\\x00-\\x7f]')).join('|'), 'gi');
/** The words of other scripts, and the Latin ones that start with a letter beyond ASCII. */
const OTHER = new RegExp(
  `${PASSWORD_OTHER}|токен|Токен|ключ|Ключ|${CJK_KEY_WORDS}|[Cc]lé|${CREDENTIAL_OTHER}|${PROSE_OTHER}`,
  'g',
);

/** Password words (after the word's start), maybe inflected. */
const PW = `(?:pass(?:w(?:or)?d|wort|phrase|ord(?:et)?|e|code)?s?|(?:unlock|vault|master) phrase|pwd?|kennwort|mot de passe|clave|contrase(?:ñ|n\\u0303?)a|senha|palavra-passe|wachtwoord|has[łl]o|parola(?: d'ordine)?|[şs]ifre(?:m|si|niz)?|l[öo]senord(?:et)?|adgangskode(?:n)?|salasana|heslo|jelsz[óo]|kata sandi(?:nya)?|пароль|密码|密碼|口令|パスワード|비밀번호|암호|كلمة (?:المرور|السر)|पासवर्ड|m[ậa]t kh[ẩa]u|${PROSE_PASSWORD_WORDS})`;
/** Key and token words. */
const TK = `(?:(?:api|access|auth|bearer|personal access|secret)[ _-]?)?(?:keys?|tokens?|secrets?|credential(?!s)|jeton|schl(?:ü|ue)ssel|clé|clave|chave|chiave|sleutel|klucz|токен|ключ|${CJK_KEY_WORDS}|${PROSE_KEY_WORDS})`;
/** The word at a found start: `pw` a password word, `tk` a key or token word, `cr` credentials or a login phrase. */
const WORD_AT = new RegExp(
  `(?:(?<pw>${PW})|(?<tk>${TK})|(?<cr>cred(?:entials?|s|enciales|enciais|enziali)|${CREDENTIAL_WORDS}|login|log(?:ged)? in (?:as|with)|sign(?:ed)? in (?:as|with)|in as|in with))(?:(?<=[\\u0e00-\\u0e7f\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af])|(?![\\p{L}\\p{N}_]))`,
  'iuy',
);
/** Latin letters, digits and marks: a word the found start may be inside (`bypass`, `max_tokens`, `monkey`). */
const IN_WORD = /[\p{L}\p{N}_$.#@/\\-]/u;
const CJK = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** A few words saying whose password it is (`for the admin account`, `für den Server`), none a joining word. */
const QUAL = `(?:[ \\t]+(?!(?:is|was|are|ist|lautet|est|es|é|è|är|jest|je)[ \\t])[\\p{L}\\p{N}_@'’-](?:[\\p{L}\\p{N}_@'’.-]{0,22}[\\p{L}\\p{N}_@'’-])?){0,5}?`;
/**
 * What joins a word to its value: a mark, a copula of one of the languages (a whole word, maybe after the comma that
 * closes the qualifiers: `ma clé d'accès pour le service, c'est …`), a verb that sets it; `to`
 * alone only after a verb that sets it (`reset the password to …`: `pass … names to httplib2` is none) or in Polish.
 */
const join = (to: boolean): string =>
  '(?:[ \\t]*[*_]{0,2}[ \\t]*(?:[:：=→]|->|=>|—|–|\\s-(?=\\s))|' +
  '[ \\t]+(?:(?:has[ \\t]+been|have[ \\t]+been|was|is|got|been|were)[ \\t]+)?(?:changed|set|reset|updated|rotated)[ \\t]+to(?![\\p{L}\\p{N}])|' +
  `,?[ \\t]+(?:${to ? 'to|' : ''}${SENTENCE_COPULAS.join('|')})(?![\\p{L}\\p{N}])(?:[ \\t]*[:：])?(?:[ \\t]+(?:now|still|just|currently|simply|actually|set[ \\t]+to)(?![\\p{L}\\p{N}]))?|` +
  `[ \\t]*(?:是|为|為|は|는|은|이|가)[ \\t]*[:：]?|${THAI_JOIN})`;
/** Quotes, brackets and emphasis that may open a value. */
const OPEN = "[ \\t]*[*_]{0,2}[ \\t]*(?:N(?='))?[\"'`“„«「『(]{0,2}[ \\t]?";
const VALUE_MAX = 160;
/**
 * A value: a code span's whole (`<`, `>` and quotes too), or up to the next blank, quote, escape or letter of a script
 * written without blanks.
 */
const VALUE =
  '(?<v>(?<=`)[^\\s`]{8,128}(?=`)|[^\\s"\'`“”„«»「」『』<>\\\\\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff01-\\uff5e]' +
  `{8,${VALUE_MAX}})`;
const afterWord = (to: boolean): RegExp => new RegExp(`(?:[*_]{0,2}${QUAL}${join(to)}|[ \\t]+)${OPEN}${VALUE}`, 'uy');
const AFTER_WORD = afterWord(false);
const AFTER_WORD_TO = afterWord(true);
/** After `pass`, `pw` (a verb, an abbreviation): a mark or a copula right after it, or the value. */
const AFTER_SHORT = new RegExp(`(?:${join(false)}|[ \\t]+)${OPEN}${VALUE}`, 'uy');
/** Before a key word: a key that is no secret (`Public key`, `GPG key`, `SSH host key`, a fingerprint). */
const PUBLIC =
  /(?:public|publique|pública|öffentliche[rn]?|gpg|pgp|ssh|host|signing|primary|foreign|sort|cache|hot|api[ _-]?key[ _-]?id)[ _-]?$/i;
/** Code before a word: a declaration (`var key = …`), a type predicate (`): token is …`), an object (`{key:…`). */
const CODE_BEFORE = /(?:[{,(]|\b(?:var|let|const|val|final)[ \t]+|\)[ \t]*:[ \t]*)$/;
/** A user then a password: `admin / …`, `user deploy / …`, `deploy:…`. */
const PAIR = new RegExp(
  `(?:[ \\t]*[:=][*_]{0,2}|[ \\t]+(?:are|is))?[ \\t]*(?:user(?:name)?[ \\t]+)?(["'\`]?)[\\w.@+-]{1,64}\\1[ \\t]*(?:[/:]|,[ \\t]*pass(?:word)?:?)[ \\t]*${OPEN}${VALUE}`,
  'uy',
);

/** The value a match ended on, without the marks that close it or a sentence; its start. */
function valueOf(m: RegExpExecArray): [string, number] {
  let v = m.groups!.v!;
  const at = m.index + m[0].length - v.length;
  // A code span holds the value whole, whatever it holds but a blank (`pass \`<.ZFmsa^Tah=$j%!F2T}*B\``: VALUE stops
  // at `<`, which opens a tag in prose).
  if (m.input[at - 1] === '`') {
    const close = m.input.indexOf('`', at);
    const span = close === -1 ? '' : m.input.slice(at, close);
    if (span.length > v.length && span.length <= 128 && !/\s/.test(span)) return [span, at];
  }
  v = beforeNextField(v).replace(/(?:[*_]{2}|[.,;:)\]}’”»」』])+$/, '');
  return [v, at];
}

/** A credential word read as a label at text[at]: the word's match, what stands before it, and what it names. */
interface Label {
  w: RegExpExecArray;
  /** The text from the word on (WINDOW characters), and the 40 before it. */
  window: string;
  before: string;
  /** A key word (`key`, `token`, `secret`: tk), not a password's; a bare one (no `API`, `access` before it). */
  tk: boolean;
  bare: boolean;
}

/** The word at text[at] when it labels a value in prose; null where it is code, config, a name's piece or no label. */
function labelAt(text: string, at: number): Label | null {
  if (at > 0 && IN_WORD.test(text[at - 1]!) && !CJK.test(text[at]!)) {
    // `API-Schlüssel`, `api_key` as prose: a key word after `api`/`access` and a joiner is found at its own start.
    if (!/(?<![\p{L}\p{N}_])(?:api|access)[ _-]$/iu.test(text.slice(Math.max(0, at - 8), at)) && !compound(text, at))
      return null;
  }
  const window = text.slice(at, at + WINDOW);
  WORD_AT.lastIndex = 0;
  const w = WORD_AT.exec(window);
  if (w === null) return null;
  const end = w[0].length;
  const before = text.slice(Math.max(0, at - 40), at);
  if (CODE_BEFORE.test(before)) return null;
  const tk = w.groups!.tk !== undefined;
  if (tk && (PUBLIC.test(before.trimEnd()) || (/^key/i.test(w[0]) && dataKeyBefore(text, at)))) return null;
  // Code and config, read by the key-name pass: `key=…` (a query, an attribute), a quoted key (`"key": …`).
  const next = window[w[0].length];
  // A path of names (`key::ecdsa-sha2-nistp256`, `Token::Bearer`): `::` joins a scope to a name, no label to a value.
  if (next === ':' && window[w[0].length + 1] === ':') return null;
  // A file's or a member's name (`login.defs:MD5_CRYPT_ENAB`, `password.txt`): the word is no label.
  if (next === '.' && /[A-Za-z0-9_]/.test(window[w[0].length + 1] ?? '')) return null;
  // `Pass OPENSSL=no to make tests`: the verb's argument (PASS_ARGUMENT), no password.
  if (/^pass(?:es)?$/i.test(w[0]) && PASS_ARGUMENT.test(window.slice(end, end + 160))) return null;
  if (next === '=' || (/["']$/.test(before) && next === before[before.length - 1])) return null;
  // A bare `key`, `token`, `secret` (no `API`, `access` before it) opening a line is a config's name (`key: <uuid>`),
  // and a UUID after one an id (a cache key, a React key).
  // An access word before it, glued (`Zugangsschlüssel`) or not, or after it (`jeton d'accès`, `clé API`), is a key's.
  // An id's word beside them names the key's id (`ID du jeton d'accès :`, `Zugangsschlüssel Kennung:`).
  const access =
    (/(?:zugangs|zugriffs|toegangs)$/i.test(before) || ACCESS_AFTER.test(window.slice(end, end + 16))) &&
    !ID_BEFORE.test(before) &&
    !ID_AFTER.test(window.slice(end, end + 40));
  const bare =
    tk &&
    !/^(?:api|access|auth|bearer|secret|personal)/i.test(w[0]) &&
    !/(?:api|access|auth)[ _-]$/i.test(before) &&
    !access;
  if (bare && /^[a-z]/i.test(w[0]) && !FOREIGN_KEY.test(w[0]) && /(?:^|\n)[ \t>*#-]*$/.test(before)) return null;
  return { w, window, before, tk, bare };
}

/**
 * The label's value read after it (a user then a password after `credentials`, or a password alone: `creds for QA:
 * <passphrase>`; a short word's, a setting's).
 */
function valueAfter({ w, window, before }: Label): RegExpExecArray | null {
  if (w.groups!.cr !== undefined) {
    PAIR.lastIndex = w[0].length;
    const pair = PAIR.exec(window);
    if (pair !== null || /log|sign|^in /i.test(w[0])) return pair;
    // A password alone after credentials' word and a mark or a copula (`creds for QA: …`), not code's `=`
    // (`credentials = Creds(…)`); a login's phrase (`login: …`, `signed in as …`) names a user.
    AFTER_WORD.lastIndex = w[0].length;
    const one = AFTER_WORD.exec(window);
    return one !== null && !one[0].slice(0, -one.groups!.v!.length).includes('=') ? one : null;
  }
  const re = /^(?:pass|pw)$/i.test(w[0])
    ? AFTER_SHORT
    : SETTING.test(before) || /^has/i.test(w[0])
      ? AFTER_WORD_TO
      : AFTER_WORD;
  re.lastIndex = w[0].length;
  return re.exec(window);
}

/** Whether the value `v` a label's match `m` read is a secret of the label's kind. */
function labelledSecret({ w, before, tk, bare }: Label, m: RegExpExecArray, v: string, stated = false): boolean {
  // A value of its kind first: the tests below only refuse one, and the kind's is the cheapest (a line of `password is`
  // repeated read a provider's name before each `password` it was refused as). A plural names a kind (`The tokens:
  // piEa02913ooa and more`): only a long value after one is a key. A name ending in a date is a label (`key
  // rotation-policy-2024-11`).
  const plural = tk && /(?:keys|tokens|secrets)$/i.test(w[0]);
  const dated = /[-_.](?:19|20)\d\d(?:[-_.]\d\d){0,2}$/.test(v);
  const kind = tk
    ? (tokenValue(v) || passwordValue(v) || passphrase(v)) && (!plural || v.length >= 16) && !dated
    : isPassword(v);
  if (!kind) return false;
  // An id or a hash a noun names (`the token handling code - digest sha256: …`, `password rules: commit …`); a gap of
  // qualifiers (`ключ от Kaggle …`, QUALIFIED) states its value as a copula does.
  const gap = m[0].slice(0, m[0].length - m.groups!.v!.length);
  if (stated ? idNounBefore(gap) || isApiId(v) : idAfterGap(gap, v, before)) return false;
  // A name a bundler gave (`OpeningBraceToken$1`), a key that is no secret named between (`Public key ping-sha256: …`).
  // Minified code (`key:N,value:y,kind:A&768?…`): a value with a comma or semicolon in it, but a generator's quoted
  // (`pass \`Qod,WNWeDxJrc1VBgHk6TkXC~\``).
  // A password's value with prose after it (`Şifrem LK2o;bQ#uv)Wl ama yarın …`) is no code either.
  const said = (): boolean => endsLine(m) || (!tk && /^[ \t]+\p{L}/u.test(m.input.slice(m.index + m[0].length)));
  if (
    (/[,;]/.test(v) &&
      !((/["'`“„«]$/.test(gap) || said() || slashPair(w, gap)) && (generated(v) || (!tk && mixedSymbols(v))))) ||
    /^[A-Za-z_]+\$\d+$|^(?:ctrl|cmd|alt|shift|meta|option)\+/i.test(v) ||
    (tk && /\bpubli[cq]|\bfingerprint/i.test(m[0]))
  )
    return false;
  if (bare && UUID_VALUE.test(v)) return false;
  // Two sentences glued (a chat's messages read joined as a stream's records: `… my API key safely?` then `Put it …`
  // read `safely?Put`: attack 39) are no key.
  if (tk && /^\p{Ll}+[.?!]\p{Lu}\p{Ll}*$/u.test(v)) return false;
  // A setting's `name=value` (`create secret generic api --from-literal=region=us-east-1`): its name says what it is.
  // A setting's name in lower case and a value after the `=` (base64's padding ends a key: `UZId…KI=`; a password
  // holds `=` after random letters: `lI=Xy#~9k`, `NSF2=dlUzE`).
  const eq = /^[a-z][a-z0-9_.-]{2,40}=(?=[^=\s])/.exec(v);
  if (eq !== null && !isSecretKey(eq[0].slice(0, -1))) return false;
  // Words and numbers joined, a path, a slug (`user-profile-379`, `orders_users_12`, `uploads/<uuid>/x.png`).
  if (tk && (joinedWords(v) || pathLike(v))) return false;
  // A keyword argument, a package's version, a class's name (`pass ``timeout=41``, `passwd\t1:4.5+dfsg1-6`).
  return !(notAPassword(v) || (className(v) && !/\d/.test(v.replace(/V\d+(?:alpha|beta)?\d*/g, ''))));
}

/** Round 23's key words: a sentence may open with one (`Cheia API este …`, `Kunci API: …`). */
const FOREIGN_KEY = new RegExp(`^(?:${PROSE_KEY_WORDS})$`, 'iu');

/** After a word of another language: its qualifiers then the value (`ключ от Kaggle …`), or a copula after it. */
const QUALIFIED = new RegExp(`${QUALIFIERS}[ \\t]+${OPEN}${VALUE}`, 'uy');
const CLOSED = new RegExp(`${QUAL}[ \\t]+${OPEN}${VALUE}${CLOSING}`, 'uy');
const ENGLISH =
  /^(?:(?:api|access|auth|bearer|personal access|secret)[ _-]?)?(?:keys?|tokens?|secrets?)$|^pass(?:w(?:or)?d|phrase)?s?$|^pwd?$/i;

/** The value a word of another language takes in its word order (QUALIFIED, CLOSED), when it is a secret. */
function foreignAfter(label: Label): RegExpExecArray | null {
  if (ENGLISH.test(label.w[0]) || label.w.groups!.cr !== undefined) return null;
  for (const re of [QUALIFIED, CLOSED]) {
    re.lastIndex = label.w[0].length;
    const m = re.exec(label.window);
    // The qualifiers state the value as a copula would; so does a copula after a password (`رمز عبور من … است`), not
    // after a key word (`Anahtar parmak izi <hex> dir`: a fingerprint).
    if (m !== null && labelledSecret(label, m, valueOf(m)[0], re === QUALIFIED || !label.tk)) return m;
  }
  return null;
}

/**
 * After a password's word and what joins it to a value (a mark or a copula, not a blank alone: `password protected
 * files`; `to` only after a verb that sets it: `relative path from pwd to …`, `Pass an integer number to …`), a
 * passphrase of words and blanks (phrase-values.ts), maybe in emphasis or a tag (`<b>appear alien …</b>`).
 */
const afterPhrase = (to: boolean): RegExp =>
  new RegExp(
    `[*_]{0,2}${QUAL}${join(to)}${OPEN}(?:<(?:b|strong|code|kbd|em|i|mark)>)?(?<v>[A-Za-z][a-z]{1,11}(?= [A-Za-z0-9]))`,
    'uy',
  );
const AFTER_PHRASE = afterPhrase(false);
const AFTER_PHRASE_TO = afterPhrase(true);

function phraseHit(label: Label, at: number, hits: Hit[]): void {
  if (label.tk) return;
  const re = SETTING.test(label.before) || /^has/i.test(label.w[0]) ? AFTER_PHRASE_TO : AFTER_PHRASE;
  re.lastIndex = label.w[0].length;
  const m = re.exec(label.window);
  if (m === null) return;
  const start = m.index + m[0].length - m.groups!.v!.length;
  const end = spacedPhrase(label.window, start);
  if (end !== -1) hits.push({ rule: PASSPHRASE_RULE, start: at + start, end: at + end });
}

/** The hits of one word found at text[at]: a label, the value after it, judged as its kind's. */
function wordHit(text: string, at: number, hits: Hit[]): void {
  const label = labelAt(text, at);
  if (label === null) return;
  let m = valueAfter(label);
  // A user, a spaced slash and a password after `credentials` (PAIR) state it as a copula would (`Zugangsdaten: admin /
  // <hex>`), not a path's slash (`Signed in as users/<uuid>`).
  const pair =
    m !== null && label.w.groups!.cr !== undefined && /[ \t]\/[ \t"'`]*$/.test(m[0].slice(0, -m.groups!.v!.length));
  if (m === null || !labelledSecret(label, m, valueOf(m)[0], pair)) m = foreignAfter(label);
  if (m === null) return void phraseHit(label, at, hits);
  const [v, vAt] = valueOf(m);
  // A value cut by the cap or the window (a JWT, a long base64url token): the hit runs to the value's end.
  const capped = m.groups!.v!.length === VALUE_MAX || m.index + m[0].length === label.window.length;
  const vEnd = uncappedEnd(text, at + vAt + v.length, at + m.index + m[0].length, capped);
  // A passphrase of words is kept as words by the filters of prose values (hits.ts): it is named as one.
  const rule = label.tk ? 'prose-secret' : hyphenPhrase(v) ? PASSPHRASE_RULE : 'prose-password';
  hits.push({ rule, start: at + vAt, end: vEnd });
}

/** The hits of the credentials stated in sentences in a text. */
export function proseCredentialHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const starts: number[] = asciiScan ? [...asciiScan(text)] : [...text.matchAll(ASCII_RE)].map((m) => m.index);
  if (/[^\x00-\x7f]/.test(text)) for (const m of text.matchAll(OTHER)) starts.push(m.index);
  // Once per start (a word found by both searches), in order.
  starts.sort((a, b) => a - b);
  let last = -1;
  for (const at of starts) {
    if (at === last) continue;
    last = at;
    wordHit(text, at, hits);
  }
  // Keys a few words from a credential noun or a provider's name, on either side (prose-near.ts).
  const near = proseNearHits(text);
  if (near.length === 0) return hits;
  // Sorted by start, each found once: a near hit that overlaps a hit of a word is dropped.
  const all = [...hits.map((h) => ({ h, near: false })), ...near.map((h) => ({ h, near: true }))];
  all.sort((a, b) => a.h.start - b.h.start);
  const out: typeof all = [];
  for (const x of all) {
    const last = out[out.length - 1];
    if (last !== undefined && x.h.start < last.h.end) {
      if (x.near) continue;
      if (last.near) out.pop();
    }
    out.push(x);
  }
  // (Not a package pinned to a version near a provider's name: `xai-sdk==1.2.0`.)
  return out.map((x) => x.h).filter((h) => !pinnedPackage(text.slice(h.start, h.end)));
}

export const proseCredentialPass = (): Pass => runPass(proseCredentialHits);
