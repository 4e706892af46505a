/**
 * The value after a credential word in prose (README, Redaction, item 6; issue 11): what the two readers of
 * credentials stated in sentences share. prose-passwords.ts reads the lines the key-name finder stops at a password
 * word on, prose-credentials.ts every password, key or token word a literal scan finds; both join the word to its
 * value with the copulas below and judge the value here: a password (passwordValue, passphrase), a key or token
 * (tokenValue); a word, a placeholder, a model's or a version's name, code or a keyword argument is none.
 */
import { humanPassword, mixedAlnum, namedCredential, randomToken } from './credential-values.js';
import { codePath } from './benign.js';
import { classChanges, wordiness } from './generic.js';

/** Words that join a credential word to its value (`the password is …`, `Das Kennwort lautet …`), by language. */
const COPULAS: Record<string, readonly string[]> = {
  en: ['is', 'was', 'are'],
  de: ['ist', 'lautet', 'war'],
  fr: ['est', 'sera', "c'est", 'c’est'],
  es: ['es', 'era', 'será'],
  pt: ['é'],
  it: ['è'],
  'da, no': ['er'],
  sv: ['är'],
  pl: ['jest'],
  'cs, sk, sl, hr': ['je'],
  fi: ['on'],
  nl: ['wordt'],
  ru: ['это'],
};
/**
 * The copulas of languages only the sentence reader knows (Arabic, also romanised, Hindi, Vietnamese, Indonesian;
 * round 23: Greek, Romanian, Hebrew, Swahili).
 */
const MORE_COPULAS: readonly string[] = ['hi', 'هي', 'है', 'là', 'adalah', 'είναι', 'este', 'היא', 'הוא', 'ni'];
/** The copulas, for an alternation (any order: each is a whole word). */
export const COPULA_WORDS: readonly string[] = Object.values(COPULAS).flat();
export const SENTENCE_COPULAS: readonly string[] = [...COPULA_WORDS, ...MORE_COPULAS];

/**
 * After the verb `pass`: one argument then a preposition (`Pass admindir to dpkg`, `pass VERBOSE=1 to the check`,
 * `Pass strlen+1 for the block size`, `we pass FcChar8* pointers in`, `pass on TypeLink*, to not allocate`): what is
 * passed is an argument, no password.
 */
export const PASS_ARGUMENT =
  /^[ \t]+(?:(?:on|along|back|down|over|through)[ \t]+)?\S{1,64}[ \t]+(?:to|for|in|into|through|on|as|from|down|along|via|instead|pointers?|when|if|around|over|back|directly|explicitly)\b/i;

/** Before a credential word, a verb that sets it (`reset the password to …`): `to` then joins it to its value. */
export const SETTING = /\b(?:set|sets|setting|change|changed|changing|reset|update|updated|rotate|rotated)\b/i;

/**
 * A model's, a version's or an encoding's name (`gpt-4o-mini`, `llama-3.1-8b`, `utf-8`): no password. Its number ends
 * it or a piece of it, maybe with a letter or two (`gpt-4o-mini`, `phi3.5`): `PhI5Oe#cKAp6pI`, `o79gib%i4eUz2O` are
 * none.
 */
export const NAMED_VALUE =
  /^(?:gpt|claude|llama|gemini|gemma|mistral|mixtral|qwen|phi|deepseek|grok|o\d|text|davinci|command|utf|sha|aes|rsa|v\d)[-_.]?\d+(?:[a-z]{0,2}(?:[-_.:]|$))|-(?:mini|turbo|instruct|preview|latest|beta|alpha|rc)\b/i;

/**
 * Code's brackets: any `[`, `{`, or `(` with `)` (`os.environ['X'`, `credentials[1`, `{"org_…`, `f(x)`), or a closer
 * at the value's start or end or before a member (`)}\`).toString(`). A generator's password holds one closer inside
 * random characters and no opener (`RD3_^MoDw3nG%#)Jmh#iovy`: a lone `(` is read with the calls below).
 */
function codeBrackets(v: string): boolean {
  if (generated(v)) return false;
  if (/[[{]/.test(v) || (v.includes('(') && v.includes(')'))) return true;
  const closers = v.match(/[)\]}]/g)?.length ?? 0;
  if (closers === 0) return false;
  return closers > 1 || /^[)\]}]|[)\]}]$|[)\]}]\./.test(v) || !/[^A-Za-z0-9)\]}]/.test(v);
}

/**
 * A generator's characters, brackets among them (`E{pl-%N}cITF^^yBj)mPT`, `JbTW3{w+v+sL4su`, `M8sVoDVjrkAY3{ccOlT]L…`):
 * no quote or blank, and brackets that do not nest as code's (one closed out of turn, or left open before more than
 * names) with a symbol code rarely writes inside a name (`!#%^&*~<>?|=+;:,@`) or upper case, lower case and digits;
 * or, brackets nesting or none, two kinds of those symbols and all three classes (`A,4mg7m;(N)Np=aT6ZN7U,*-5`). Code's
 * brackets nest, or stay open at its end among names (`os.environ[`, `settings.DATABASES[default`).
 */
/** A regular expression's marks (`(?=.*[a-z])`, `.{12,}`, `[A-Za-z0-9]`, `\d`): a password policy, not a password. */
const REGEX_LIKE = /\(\?[=!:<]|\.[*+]|\{\d+,\d*\}|\[\^?[A-Za-z0-9]-[A-Za-z0-9]|\\[dswbDSWB]/;
const CALLED =
  /(?:^|[^A-Za-z0-9_$])(?:(?=[a-z]*[aeiou])[a-z]{4,}(?:[A-Z][a-z]+)*|[A-Z](?=[a-z]*[aeiou])[a-z]{3,}|get|set|map|len|str|int|max|min|abs|new|log|put|pop|has|add|sum|zip|env|fmt)[([{]/;

export function generated(v: string): boolean {
  // A word called or indexed (`switch(V[0]){case`, `push(`, `getItem[`, `len(`): code, whatever its symbols; random
  // letters before a bracket (`yjb[S8_c…`) hold no vowel, or are no word.
  if (/["'`\\\s]/.test(v) || CALLED.test(v) || REGEX_LIKE.test(v)) return false;
  const kinds = new Set(v.match(/[!#%^&*~<>?|=+;:,@]/g) ?? []).size;
  const classes = /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v);
  const n = nesting(v);
  // Closed out of turn; left open before more than names (`[success=1` is a PAM control's: lower case and a digit).
  return n === 'crossed'
    ? kinds >= 1 || classes
    : n === 'open'
      ? kinds >= 2 || (classes && kinds >= 1)
      : classes && kinds >= 2;
}

/**
 * How the brackets of `v` nest: as code's (or none; an opener left open at the end or before names and members only:
 * `os.environ[KEY`), `crossed` (a closer that closes no opener, or another's), or `open` (left open before more).
 */
function nesting(v: string): 'code' | 'crossed' | 'open' {
  const open: string[] = [];
  for (let i = 0; i < v.length; i++) {
    const c = v[i]!;
    if (c === '(' || c === '[' || c === '{') open.push(c);
    else if ((c === ')' || c === ']' || c === '}') && open.pop() !== PAIRS[c]) return 'crossed';
  }
  // One opener left at the end (`os.environ[KEY`); a generator's leave two (`FVm{eG442O?2MQ2(Xag`).
  return open.length === 0 || (open.length === 1 && /[([{][\w.$]*$/.test(v)) ? 'code' : 'open';
}
const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** A value in prose that is a password: humanPassword's, and no word the text would say about a password. */
export function passwordValue(v: string): boolean {
  // Hex digits after `0x` are judged as the digits (`the database password is 0x<64 hex>`: attack 59).
  if (/^0x[0-9a-fA-F]{16,128}$/.test(v)) return passwordValue(v.slice(2));
  if (v.length < 8 || v.length > 128 || !(humanPassword(v) || joinedPassword(v)) || NAMED_VALUE.test(v)) return false;
  if (/pass(?:w(?:or)?d|wort)|changeme|example|sample|dummy|placeholder|your|redacted|secret/i.test(v)) return false;
  if (codeBrackets(v) || codePath(v)) return false;
  // Code (`secrets.token_hex(16)`, `os.environ[…]`, `f(x`, `v8::Isolate::GetCurrent(`, `STR(env->`, Rust's
  // `concat!("org_`), flags, URLs, versions. A lone `(` a generator put inside random characters (`rbSoK#HgDH(uPumP`)
  // is no call: a call is a name (parts joined by `.`, `::`, `->`, a macro's `!`) then `(` and an argument's
  // characters to the value's end.
  if (
    /^\(|^[A-Za-z_$][\w$]*(?:(?:\.|::|->)[\w$]+)*!?\([\w$.:>'"-]*$|^--?[A-Za-z]|^[a-z][a-z0-9+.-]*:\/\/|^v?\d+(?:\.\d+)+$/.test(
      v,
    )
  )
    return false;
  return !notAPassword(v);
}

/** What docs and code write after a password word that is no password (NOT_A_PASSWORD). */
export const notAPassword = (v: string): boolean => NOT_A_PASSWORD.test(v);

/**
 * A value read in prose, cut before a form's or a query's next field (`password=…&client_id=web`: a field's name is
 * lower case, of three characters or more; a password's `&vT=8` is no field).
 */
export const beforeNextField = (v: string): string => v.replace(/&[a-z_][a-z0-9_.[\]-]{2,40}=[^]*$/, '');

/**
 * What docs and code write after a password word that is no password: a keyword argument (`pass async_req=True`,
 * `Pass stdout=PIPE`), a name's possessive (`Passes Python2.7's test suite`), a type (`password (str|None)`), a
 * package's version (`passwd\t1:4.13+dfsg1-1+deb12u1`), a literal that starts code (`password, A1 = None,**kwargs`),
 * text decoded with the wrong charset (U+FFFD).
 */
const NOT_A_PASSWORD =
  /^[a-z]+(?:[A-Z][a-z]+)+=\d{1,6}$|^[a-z_][a-z0-9_]*=(?:True|False|None|true|false|null|nil|undefined|\d{1,6}|[A-Z][A-Z0-9_]*|[a-z_][a-z0-9_.]*)$|^[A-Za-z][A-Za-z0-9.]*['\u2019]s$|^[A-Za-z_][\w.]*(?:\|[A-Za-z_][\w.]*)+$|^(?:\d{1,3}:)?\d+(?:\.\d+)+(?:[+~-][\w.+~-]*)?$|^(?:None|True|False|null|nil|undefined)\b|\ufffd/;

/**
 * Letters and digits a generator joined with `_` or `-` (`BP8p_MFagNCpxZ`): mixed as mixedAlnum's once joined, with a
 * piece that mixes letters and digits (`read_from_env`, `gpt-4o-mini`, `utf-8` are no password).
 */
const joinedPassword = (v: string): boolean =>
  /^[A-Za-z0-9_-]+$/.test(v) &&
  /[_-]/.test(v) &&
  v.split(/[_-]/).some((p) => /[A-Za-z]/.test(p) && /\d/.test(p)) &&
  mixedAlnum(v.replace(/[_-]/g, ''));

/** Words and a number joined by `-`, `.`, `_`, `#`, `!` (`Maple-rocket42-tiger`, `copper89.maple.Rocket`). */
export function passphrase(v: string): boolean {
  if (!/\d{2}/.test(v) || !/^[A-Za-z0-9.#!_+-]+$/.test(v) || NAMED_VALUE.test(v)) return false;
  const pieces = v.split(/[-._#!+]+/).filter((p) => p !== '');
  // Two pieces (`Windows-2019`, `Ubuntu-2204`) only with a symbol between (`Tiger#lantern47`).
  if (pieces.length < 2 || (pieces.length === 2 && !/[#!+]/.test(v))) return false;
  return pieces.every((p) => /^[A-Za-z]{3,}\d{0,4}$|^\d{2,4}$/.test(p)) && !/^[a-z]+\.[a-z]+$/i.test(v);
}

/** A key's or token's value: random, or letters and digits a generator mixed (`sw2zeb32bec60h`), or 16+ hex digits. */
export function tokenValue(v: string): boolean {
  if (v.length < 12 || NAMED_VALUE.test(v) || /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return false;
  if (/^[0-9a-f]{16,128}$/i.test(v)) return /[a-f]/i.test(v) && /\d/.test(v) && !/^\d+$/.test(v);
  // Letters only: random when their case changes often and they spell few words (`rMexMkOrQJWGRqGmBRA`, not
  // `getUserAccessTokenFromCache`).
  if (/^[A-Za-z]{16,64}$/.test(v)) return classChanges(v) >= 0.35 && wordiness(v) < 0.5;
  return randomToken(v) || namedCredential(v) || mixedAlnum(v);
}
