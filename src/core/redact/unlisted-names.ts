/**
 * Secret names nobody listed (issue 11, round 22), judged for unlisted-pass.ts: a name is a secret's when
 * - its last word is one letter off a secret word (transposed, doubled or dropped: `pasword`, `passwrod`, `secert`,
 *   `tokne`, `apikye`, `credentail`), or a key word after a qualifier one letter off (`SECERT_KEY`, `privte_key`,
 *   `api_kye`); the variants are made from the words here, not listed, and real words among them are left out;
 * - it ends in a synonym of key material (`SIGNING_MATERIAL`, `AUTH_BLOB`, `*_PIN`) or starts with `MASTER_` or
 *   Ansible's `vault_`;
 * - a word of it is a secret word of another language or script (`ключ`, `пароль`, `密钥`, `パスワード`, `비밀번호`,
 *   `jeton`, `clé`, `senha`, `hasło`, `كلمة_المرور`, `סיסמה`), or it is a key emoji (`🔑`, `🔐`, `🗝️`).
 * The class says what value it takes: a `password` (credential-values.ts's humanPassword) or a `key` (namedCredential).
 */
import {
  COMPOUND_TAIL,
  NAME_KEY_WORDS,
  NAME_LITERALS,
  NAME_PASSWORD_PAIRS,
  PASSWORD_WORD,
  NAME_SOURCE,
} from './foreign-words.js';
import { keyWords } from './generic.js';
import { isSecretKey } from './key-names.js';

export type SecretClass = 'key' | 'password';

/** Adjacent transpositions, doubled letters and (for words of 5+ letters) dropped letters of `w`. */
function oneOff(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) {
    out.push(w.slice(0, i) + w[i] + w.slice(i));
    if (w.length >= 5) out.push(w.slice(0, i) + w.slice(i + 1));
    if (i + 1 < w.length && w[i] !== w[i + 1]) out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  }
  return out;
}

/** Words the variants must not be: real words and names' parts (`toke`, `oken` of `spoken`, `passwor…`). */
const REAL = new Set(['toke', 'oken', 'toen', 'aces', 'keey', 'privat', 'acess0']);
/** Secret words whose variants end a secret's name, by the value they take. */
const LAST_WORDS: Record<string, SecretClass> = {
  password: 'password',
  passwd: 'password',
  passphrase: 'password',
  secret: 'key',
  token: 'key',
  apikey: 'key',
  credential: 'key',
  credentials: 'key',
  privatekey: 'key',
  secretkey: 'key',
  accesstoken: 'key',
};
/** Qualifiers whose variants before `key`, `token` or `secret` make a secret's name. */
const QUALIFIERS = ['secret', 'access', 'private', 'client', 'api', 'auth', 'signing', 'encryption'];

function variants(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words)
    for (const v of oneOff(w)) if (v !== w && !REAL.has(v) && !(v in LAST_WORDS) && !isSecretKey(v)) out.add(v);
  return out;
}
const LAST_TYPOS = new Map<string, SecretClass>();
for (const [w, c] of Object.entries(LAST_WORDS)) for (const v of variants([w])) LAST_TYPOS.set(v, c);
const QUALIFIER_TYPOS = variants(QUALIFIERS);
const KEY_TYPOS = new Set(['kye', 'eky', 'kkey', 'keyy']);
const KEY_WORDS = new Set(['key', 'token', 'secret', 'tok']);
const KEY_QUALIFIERS = new Set([...QUALIFIERS, 'app', 'master', 'signing', 'session', 'hmac', 'jwt', 'webhook']);

/** Key material's synonyms (a name's last word) and the words before them that make them a secret's. */
const MATERIAL = new Set(['material', 'blob']);
const MATERIAL_OWNERS = new Set([
  ...KEY_QUALIFIERS,
  'key',
  'sign',
  'sig',
  'credential',
  'cred',
  'creds',
  'secret',
  'unlock',
  'login',
  'password',
]);
/** A `MASTER_*` or `VAULT_*` name's last words that name no secret (`MASTER_HOST`, `master_port`, `vault_addr`). */
const MASTER_SAFE =
  /^(?:host|hostname|port|node|nodes|url|uri|name|id|addr|address|branch|ip|region|db|user|username|count|timeout|mode|namespace|version|image|mount|role|engine|backend|enabled|verify|skip|ca|cert|format)$/;
/** A name's last words that say it holds no secret (`*_id`, `*_length`), whatever came before. */
const SAFE_LAST =
  /^(?:id|ids|name|names|url|uri|path|file|dir|type|kind|length|len|size|count|min|max|hint|label|field|policy|env)$/;

/**
 * Unusual English names' last words (`SERVICE_ACCESS`, `product_license`, `WALLET_SEED`, `vault_unlock`): a secret's
 * with a qualifier before them, taking a password as well as a key (`ci_access: QEMwdj?FPm…`).
 */
const ODD_LAST = ['access', 'license', 'licence', 'auth', 'seed', 'passcode', 'signing', 'unlock'];
const ODD = new Set(ODD_LAST);

/** The secret words' variants, for the shared literal scan (unlisted-pass.ts). */
export const TYPO_LITERALS: readonly string[] = [...LAST_TYPOS.keys(), ...QUALIFIER_TYPOS, ...KEY_TYPOS];
/** The other words written in ASCII, found where a word starts (not after a lower-case letter or a digit). */
export const WORD_LITERALS: readonly string[] = [
  'material',
  'blob',
  'master',
  'vault',
  'pin',
  'jeton',
  'chave',
  'chiave',
  'klucz',
  'anahtar',
  'schluessel',
  'senha',
  'sleutel',
  'segreto',
  'secreto',
  'segredo',
  ...NAME_LITERALS,
  ...ODD_LAST,
];

/**
 * Secret words of other languages, by class (a word of a name, lower case, accents kept): stems of the scripts that
 * inflect, whole words otherwise (`鍵盤`, `키보드`, `キーボード` are keyboards, `clear` no `clé`, `секретарь` a secretary).
 */
const FOREIGN_KEY = new RegExp(
  '^(?:ключ(?:а|и|ом|у|евой)?|токен\\p{L}{0,2}|секрет(?!ар)\\p{L}*|(?:api)?ключ|密钥|秘钥|令牌|访问令牌|秘密|鍵|キー|apiキー|' +
    'トークン|シークレット|토큰|키|비밀키|시크릿|clé|cle|jeton|clave|chave|chiave|schluessel|schlüssel|klucz|anahtar|sleutel|' +
    'segreto|secreto|segredo|secreta|segreta|مفتاح|מפתח|אסימון)$',
  'u',
);
/** Arabic's password is two words (`كلمة المرور`: the second alone is traffic). */
const ARABIC_PASSWORD = /كلمة[ _-]?(?:ال)?(?:مرور|سر)/u;
/** The non-ASCII words, for a regex over a text holding characters beyond ASCII; and the key emoji. */
export const FOREIGN_SOURCE =
  'ключ|токен|секрет|пароль|пароля|密钥|秘钥|令牌|秘密|密码|口令|鍵|キー|トークン|シークレット|パスワード|暗証番号|' +
  '토큰|키|비밀|시크릿|암호|clé|contraseña|schlüssel|şifre|hasło|jelszó|مفتاح|كلمة|מפתח|אסימון|סיסמ|🔑|🔐|🗝|' +
  NAME_SOURCE;
/** Round 23's words (foreign-words.ts), whole words of a name; a word glued in a script without blanks (`API密钥`). */
const MORE_KEY = new RegExp(`^(?:${NAME_KEY_WORDS})$|(?:密钥|秘钥|令牌|トークン|토큰)$|^api(?:キー|키)$`, 'u');
const EMOJI = /^(?:🔑|🔐|🗝)/u;

/** The words of a name written in any script: split at separators and camelCase, lower case. */
function wordsOf(name: string): string[] {
  if (/^[\x00-\x7f]*$/.test(name)) return keyWords(name);
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[\s_.-]+/u)
    .filter((w) => w !== '');
}

/** The class of value a name nobody listed takes when it names a secret, or null. */
export function unlistedClass(name: string): SecretClass | null {
  // A closed lock (`🔐`) and a key (`🔑 tewDDJUVU&H9`: attack 42) stand before passwords as often as before keys.
  if (EMOJI.test(name)) return 'password';
  const words = wordsOf(name);
  // An ASCII name the key-name layer lists is its own, judged with its guards; but a password word of another
  // language, which it judges as a key's name (`jelszo`, `sifre_db`), takes a password here.
  if (/^[\x00-\x7f]*$/.test(name) && isSecretKey(name)) return foreignPassword(name, words) ? 'password' : null;
  const last = words[words.length - 1];
  if (last === undefined || SAFE_LAST.test(last)) return null;
  const prev = words[words.length - 2] ?? '';
  // A listed word numbered (`passwd0`, `secret2`): the key-name layer reads the name whole.
  const bare = last.replace(/\d+$/, '');
  if (bare !== last && bare.length >= 5 && isSecretKey(bare)) return /pass|pw/.test(bare) ? 'password' : 'key';
  const typo = LAST_TYPOS.get(last) ?? LAST_TYPOS.get(prev + last);
  if (typo !== undefined) return typo;
  if (KEY_WORDS.has(last) && QUALIFIER_TYPOS.has(prev)) return 'key';
  if (KEY_TYPOS.has(last) && (KEY_QUALIFIERS.has(prev) || words.length === 1)) return 'key';
  if (MATERIAL.has(last) && words.slice(0, -1).some((w) => MATERIAL_OWNERS.has(w))) return 'key';
  if (last === 'pin' && words.length > 1) return 'password';
  // Ansible names its vaulted variables `vault_*` (`vault_api: "EMyX…"`: attack 42).
  if ((words[0] === 'master' || words[0] === 'vault') && words.length > 1 && !MASTER_SAFE.test(last)) return 'key';
  if (foreignPassword(name, words)) return 'password';
  if (words.some((w) => FOREIGN_KEY.test(w))) return 'key';
  return moreClass(words, last);
}

/** Whether a name holds a password word of another language. */
const foreignPassword = (name: string, words: string[]): boolean =>
  ARABIC_PASSWORD.test(name) || NAME_PASSWORD_PAIRS.test(name) || words.some((w) => PASSWORD_WORD.test(w));

/** Round 23's classes: foreign-words.ts's words, compounds, and unusual English last words after a qualifier. */
function moreClass(words: string[], last: string): SecretClass | null {
  if (words.some((w) => MORE_KEY.test(w))) return 'key';
  const tail = words.find((w) => COMPOUND_TAIL.test(w));
  if (tail !== undefined) return /passwort|kennwort|wachtwoord/.test(tail) ? 'password' : 'key';
  if (ODD.has(last) && words.length > 1) return 'password';
  return null;
}
