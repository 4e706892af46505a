/**
 * False positives: values that sit where a secret would but are none. A hit is dropped when:
 * - its text is a placeholder (`your-api-key-here`, `<YOUR_KEY>`, `sk-proj-XXXXXXXX…`, `sk-...`,
 *   `****`, a run of one character, `1234567890`, AWS's documented `…EXAMPLE` keys, jwt.io's example JWT), whatever
 *   rule found it;
 * and, for hits found by a key name or a detector (not by a provider's shape, not known values):
 * - the key it is assigned to is a pagination cursor (`nextPageToken`, `next_page_token`,
 *   `cursor`, `continuation`, `NextMarker`, ...);
 * - the value is code that refers to a key without holding it: a member path or call
 *   (`os.environ.get(`, `process.env.OPENAI_API_KEY`, `config.apiKey`, `this.token`,
 *   `self.password`, `getenv(`), an expression (`t.apiKey||n.apiKey`, `e.token?e.token:t.token`),
 *   an object, array or arrow function (`password:{scale:1`, `password=i=>(`), LiteLLM's
 *   `os.environ/KEY`, a template (`${{ secrets.X }}`, `{{ token }}`, `%(pw)s`), an environment
 *   variable's name (`OPENAI_API_KEY`), an identifier holding the key's own name
 *   (`api_key=openai_api_key`), and in source files (`.js`, `.py`, ...) any bare identifier.
 * A real key is random: its parts are not words and carry digits inside, so the word test
 * (identifierLike) keeps them.
 */
import { codeOrPattern } from './code-patterns.js';
import { generatedPassword, sigilLiteral } from './generated-passwords.js';

export interface HitContext {
  /** The file is source code (`.js`, `.ts`, `.py`, `.ipynb`, ...): an unquoted identifier there is a variable. */
  code: boolean;
  /** The file is a locale catalogue (`locales/de.yml`, `messages.po`, `Localizable.strings`): its values are labels. */
  locale?: boolean;
  /** Whether the text at a position is code, where a file is code in parts (a notebook: notebook-lines.ts). */
  codeAt?: (text: string, at: number) => boolean;
}

const CODE_EXTENSIONS =
  /\.(?:[cm]?[jt]sx?|py|pyi|ipynb|go|rs|java|kt|kts|scala|rb|php|cs|swift|c|cc|cpp|h|hpp|lua|dart|vue|svelte|r|jl|map)$/i;

export const isCodeFile = (rel: string): boolean => CODE_EXTENSIONS.test(rel);

/**
 * A locale catalogue: under a `locale(s)`, `i18n`, `l10n`, `lang(s)` or `translations` folder, gettext, Apple strings,
 * ARB, XLIFF or .resx file, or named for a language (`en.json`, `de-DE.yml`, `messages_fr.properties`).
 */
const LOCALE_FILE =
  /(?:^|[/\\])(?:locales?|i18n|l10n|langs?|languages|translations?|lproj)[/\\]|\.(?:po|pot|strings|stringsdict|arb|xlf|xliff|resx)$|(?:^|[/\\_.-])(?:en|de|fr|es|it|nl|pl|pt|ru|ja|zh|ko|sv|da|fi|nb|no|cs|hu|tr|uk|ar|he|el|ro|bg|hr|sk|sl|et|lv|lt|vi|th)(?:[-_][A-Z]{2})?\.(?:json|ya?ml|properties|toml)$/;

export const isLocaleFile = (rel: string): boolean => LOCALE_FILE.test(rel);

/** A placeholder's words, also `your` and `here` of other languages (`votre-clé-ici`, `tu_clave_aqui`, `ваш_ключ`). */
const PLACEHOLDER_WORD =
  /(?:^|[^A-Za-z0-9])(your|here|insert|replace|enter|placeholder|example|dummy|sample|changeme|change[-_]?me|redacted|todo|fixme|fake|mock|votre|aqui|aquí|deine?n?|ihre?n?|tutaj|twoj|twój|buraya|jouw|sizin|senin|ваш[аеи]?|здесь|あなたの|您的|你的)(?=[^A-Za-z]|$)/gi;

/**
 * A placeholder word written as one (lower case, UPPER or Title): a long random base64 token holds `/enTeR1` or
 * `+MoCk0` now and then (an 863-character AWS session token did) and is no placeholder for it.
 */
function placeholderWord(value: string): boolean {
  for (const m of value.matchAll(PLACEHOLDER_WORD)) {
    const w = m[1]!;
    const rest = w.slice(1);
    if (w === w.toLowerCase() || w === w.toUpperCase() || rest === rest.toLowerCase()) return true;
  }
  return false;
}
/**
 * A placeholder's marks: runs of one character, ellipses, brackets around a name or a template (`<your key>`, `<%= x
 * %>`) and markup's tags (`<br>`, `</li>`; not a generator's `<>`, `<?votu%2Rg=1g>` nor `<xTT>`: attack 50),
 * templates, sequences (`abc123def456`), EXAMPLE.
 */
const PLACEHOLDER_MARK =
  /x{6,}|X{6,}|\*{3,}|•{3,}|…|<[A-Za-z_.%$#{\s|][\w .:/%$={}|-]{2,64}>|<\/?(?:[a-z][a-z0-9-]*|[A-Z]{2,}\d?|H[1-6])(?:\s[^<>]*)?\/?>|(?:&lt;|&#x3[cC];|&#60;)[\w .-]{0,64}(?:>|&gt;|&#x3[eE];|&#62;)|\{\{.*\}\}|^\{\{|\}\}$|0123456789|123456789|abcdefghij|ABCDEFGHIJ|abc123def|EXAMPLE/;

const PLACEHOLDER_WHOLE = new RegExp(
  '^(?:password|passw0rd|passwd|secret|apikey|api[-_]key|token|access[-_]token|secretkey|secret[-_]key|mysecret|mypassword|mysecretpassword|secretpassword|supersecret|p@ssw0rd|hunter2|notasecret|xyz|abc|123|1234|12345|123456|pass|pw|pwd|user|foo|bar|baz|test' +
    '|your(?:db)?(?:password|passwd|pass|pwd|token|secret|apikey|key))$',
  'i',
);

/** The HTML tags a key block's lines are shown in (`<p>`, `<div>`, `<br/>`, `<pre>`): no placeholder's `<…>`. */
const LINE_TAGS = /<\/?(?:p|div|br|span|pre|code|td|li|font|tt)(?:\s[^<>]*)?\/?>/gi;

/**
 * True when a private key block is a placeholder: its text without the HTML tags of its lines (which read as a
 * placeholder's `<…>`) reads as one, or, shown in tags, holds less than a key's body (`<p>...</p>` between its lines),
 * or its body is one character repeated.
 */
export function placeholderBlock(value: string): boolean {
  const text = value.replace(LINE_TAGS, '');
  const body = text
    .replace(/-----(?:BEGIN|END)[ A-Z0-9]*(?:-----)?/g, '')
    .replace(/\\[rn]/g, '')
    .replace(/[^A-Za-z0-9+/]/g, '');
  // One character repeated as its body (`\nXXXX\nXXXX\n` in npm's docs: attack 42) is a stand-in for one.
  if (/^(.)\1*$/.test(body)) return true;
  return text === value ? isPlaceholderText(value) : body.length < 16 || isPlaceholderText(text);
}

/** True if the text reads as a placeholder, not a value. */
export function isPlaceholderText(value: string): boolean {
  if (
    isToolMask(value) ||
    PLACEHOLDER_MARK.test(value) ||
    placeholderWord(value) ||
    PLACEHOLDER_WHOLE.test(value) ||
    template(value)
  )
    return true;
  // `sk-...`, `sk-abc...xyz`: an ellipsis with little around it (a truncated key that keeps most of itself is no
  // placeholder).
  if (value.includes('...') && value.replace(/\.{3,}/g, '').replace(/[^A-Za-z0-9]/g, '').length <= 16) return true;
  if (alphabetRun(value)) return true;
  const alnum = value.replace(/[^A-Za-z0-9]/g, '');
  // Mostly runs of one character (`sk-proj-000000000000`, `aaaaaaaaaaaa`). A run inside a long
  // random value is no placeholder: Twitter's bearer tokens start with twenty `A`s.
  if (/([A-Za-z0-9])\1{7,}/.test(value) && alnum.replace(/([A-Za-z0-9])\1{3,}/g, '').length <= 12) return true;
  // Digits only: four of ten is one random PIN in thirty (`991299212110`: round 28); three are a pattern's.
  if (alnum.length >= 12 && new Set(alnum).size <= (/^\d+$/.test(alnum) ? 3 : 4)) return true;
  return value.startsWith('eyJ') && isExampleJwt(value);
}

/**
 * Eight letters of the alphabet in order, in any case (`Abcdefghijklmnop…`, `xyzABCDEF` does not count): a look-alike
 * typed by hand, which no random key holds (one chance in 26^7 at each place).
 */
export function alphabetRun(value: string): boolean {
  let run = 1;
  for (let i = 1; i < value.length && i < 4096; i++) {
    const a = value.charCodeAt(i - 1) | 32;
    const b = value.charCodeAt(i) | 32;
    run = a >= 97 && a < 122 && b === a + 1 ? run + 1 : 1;
    if (run >= 8) return true;
  }
  return false;
}

/**
 * A JWT from the documentation (jwt.io's and RFC 7519's examples: `sub` 1234567890, `name` John
 * Doe, `iss` joe), as READMEs and tutorials paste them; like AWS's `…EXAMPLE` keys, no one's key.
 */
function isExampleJwt(value: string): boolean {
  const payload = value.split('.')[1];
  if (!payload) return false;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    return claims.sub === '1234567890' || claims.name === 'John Doe' || claims.iss === 'joe';
  } catch {
    return false;
  }
}

// One list of pagination cursor names for every layer (cursors.ts).
export { isPaginationKey } from './cursors.js';

/**
 * Parts of an identifier as words: `getTokenAtPosition` → get Token At Position, `scanner2` →
 * scanner 2. A word-like identifier has long parts and few digits; a random key has many short
 * parts (`aB3dEf9Gh` → a B 3 d Ef 9 Gh).
 */
export function identifierLike(id: string): boolean {
  if (id.length <= 4) return true;
  const parts = id.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g) ?? [];
  const digits = (id.match(/\d/g) ?? []).length;
  const words = parts.filter((p) => !/^\d/.test(p));
  if (digits > 3 || words.length === 0) return false;
  const letters = id.replace(/[^A-Za-z]/g, '').length;
  return letters / words.length >= 3;
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** An environment variable's name, as a value refers to one (`OPENAI_API_KEY`, `MY_SECRET`, `TOKEN_STRING`). */
const ENV_NAME =
  /^(?=[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$)(?:[A-Z]+_)*[A-Z]*(?:APIKEY|KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|PWD|CREDENTIALS?|AUTH|PAT)(?:_[A-Z]+)*$/;
/**
 * A file path (`/Users/me`, `~/.config/x`, `./keys/dev.pem`), all of its parts words: a random key with a `/` in it has
 * none.
 */
const PATH = /^(?:~|\.{1,2})?\/(?:[\w.-]+\/)*[\w.-]*$/;

/**
 * A person's password after a `$` or a `!`, not a variable or a negation: a capital, lower-case words (maybe joined by
 * `_`) and a number of two digits or more (`$Tulip_meadow42`, `!Salmon_dragon63`, `$Summer2024`); a variable is named
 * otherwise (`$DB_PASSWORD`, `$dbPass`, `$env`, `!isEnabled`). Each word starts with a capital or a `_` (one reading
 * of a run of letters: linear, not a split tried each way).
 */
export const SIGIL_PASSWORD = /^[$!][A-Z][a-z]+(?:_?[A-Z][a-z]*|_[a-z]+)*\d{2,}$/;

/**
 * Templates and references: `${{ secrets.X }}`, `{{ x }}`, `${X}`, `$X`, `%(x)s`, `%X%`, `{x}`, `os.environ/X`,
 * `env:X`.
 */
const TEMPLATE =
  /^(?:\$\{\{.*|\{\{.*|\$\{[^}]*\}?|\$[A-Za-z_]\w*|%\([\w.]+\)s|%[A-Za-z_]\w*%|\{[\w.]+\}|os\.environ\/\w+|(?:env|secret|secrets|vault|op|keyring|file|arn|ref)[:/][\w./-]+)$/;

/**
 * A password after a `$`, not a variable: a person's (SIGIL_PASSWORD) or a generator's (generated-passwords.ts'
 * sigilLiteral). `personal` false: only a generator's (a shell expands `$Summer2024` outside single quotes).
 */
export const sigilPassword = (v: string, personal = true): boolean =>
  (personal && SIGIL_PASSWORD.test(v)) || sigilLiteral(v);

/** A template or a reference (TEMPLATE), not a password after a `$` (sigilPassword). */
const template = (v: string): boolean => TEMPLATE.test(v) && !sigilPassword(v);

/** A reference to where a secret is kept (`process.env.OPENAI_API_KEY`, `settings.SECRET_KEY`, `config.token`). */
export function isEnvReference(value: string): boolean {
  return (
    /^(?:process\.env|os\.environ|import\.meta\.env|secrets|env|vars|settings|config)[.[]/.test(value) &&
    memberPath(value)
  );
}

/**
 * True if an assigned value is code or a reference, not a secret. `quoted`: the value sat in
 * quotes (a string literal is data, so only references and templates count there).
 */
export function isCodeValue(value: string, quoted: boolean, key: string | null, ctx: HitContext): boolean {
  if (template(value) || ENV_NAME.test(value)) return true;
  if (PATH.test(value) && value.split(/[/.-]/).every((p) => p === '' || p === '~' || identifierLike(p))) return true;
  if (isEnvReference(value)) return true;
  if (wordsUnderTokenName(value, key) || labelOfKey(value, key) || codeOrPattern(value)) return true;
  if (quoted) return false;
  // An identifier that holds the key's own name: `api_key=openai_api_key`, `token: accessToken`.
  if (IDENT.test(value) && key) {
    const k = key.toLowerCase().replace(/[^a-z0-9]/g, '');
    const v = value.toLowerCase().replace(/[^a-z0-9]/g, '');
    const tail = k.match(/(?:apikey|token|secret|password|passwd|key|pass|pwd|credentials?|auth)$/)?.[0];
    if (tail && v.includes(tail) && identifierLike(value)) return true;
  }
  if (IDENT.test(value)) return ctx.code && identifierLike(value);
  // An object, array or group opened, an arrow function: `password:{scale:1`, `m.password=i=>(i.style=`; not a
  // generator's password (`{q4(3Q1s;rwsu8N-`, `WGot.C+9`: generated-passwords.ts).
  if (/^[{[(]|^[A-Za-z_$][\w$]*=>|=>/.test(value) || expression(value) || typeExpression(value))
    return !generatedPassword(value);
  return false;
}

/**
 * A Codecov graph token in a badge link (`codecov.io/gh/o/r/graph/badge.svg?token=bRzR3RyOXZ`):
 * read-only, published by Codecov for badges by design (its upload tokens are UUIDs, used by CI).
 */
export function isBadgeToken(text: string, start: number, value: string): boolean {
  if (!/^[A-Za-z0-9]{8,12}$/.test(value)) return false;
  return /codecov\.io\/[^\s"'()<>?]*\/graph\/[^\s"'()<>?]*\?(?:[^\s"'()<>]*&)?token=$/.test(
    text.slice(Math.max(0, start - 300), start),
  );
}

/** A member path (`a.b.c`, `a?.b`, `a[0].b`) of word-like identifiers. */
function memberPath(value: string): boolean {
  const segs = value.split(/\?\.|\.|\[['"]?|['"]?\]/).filter((s) => s !== '');
  return (
    segs.length >= 2 && segs.every((s) => (IDENT.test(s) ? identifierLike(s) : /^\d+$/.test(s))) && !numbered(segs)
  );
}

/**
 * Two or more parts that are each a word of three letters or more then a number of two or more digits, five digits or
 * more in all (`Zephyr80.tundra347h3T`, `Lychee14.quince984mIq`): a person's password of words and numbers joined by
 * a dot, not code's path (`hashlib.sha256`, `base64.b64encode`, `x509.load_pem_x509_certificate`, `os.path`).
 */
export const numbered = (parts: readonly string[]): boolean =>
  (parts.filter((p) => /^[A-Za-z]{3,}\d{2,}[A-Za-z0-9]*$/.test(p)).length >= 2 &&
    parts.join('').replace(/\D/g, '').length >= 5) ||
  wordDotNumber(parts);

/**
 * Two words and a number of two to four digits after the second, the first capitalised (`Thunder.harbor278`: a
 * generator's capitalised words with a number), not a type's name (`Torch.int32`) nor a module's member in lower case
 * (`hashlib.sha256`, `self.layer12`).
 */
const wordDotNumber = (parts: readonly string[]): boolean =>
  parts.length === 2 &&
  /^[A-Z][a-z]{2,}$/.test(parts[0]!) &&
  /^[a-z]{3,}\d{2,4}$/.test(parts[1]!) &&
  !/^(?:u?int|float|bfloat|complex|sha|md)\d/.test(parts[1]!);

/** Words of code and configuration, never a passphrase's among others (`org.apache.commons.lang42`). */
const CODE_WORDS = new Set(
  (
    'com org net edu gov app config settings env secrets secret password passwd database spring datasource auth ' +
    'token credentials vault prod staging local default server client service module apache google amazon internal ' +
    'util utils core common commons test tests example creds cred tls cert certs key keys token tokens pass auth ' +
    'api db cluster namespace region east west north south central backup'
  ).split(' '),
);

/**
 * A passphrase of four to eight lower-case words joined by `.` or `-`, any words (a person's, not a list's: `walnut.
 * yonder.island.rocket.jasmine79`), the last with a number of two to four digits glued (a package's or a component's
 * name has none, or one: `org.apache.commons.lang3`; one digit only after five words), no word of code among them.
 */
export function dottedWords(v: string): boolean {
  const m = /^[a-z]{3,10}(?:([.-])[a-z]{3,10}){3,7}\d{1,4}$/.exec(v);
  if (m !== null && /\D\d$/.test(v) && v.split(m[1]!).length < 5) return false;
  if (m === null || v.includes(m[1] === '.' ? '-' : '.')) return false;
  return v.split(m[1]!).every((w) => !CODE_WORDS.has(w.replace(/\d+$/, '')));
}

/** A namespace's root in .NET, Java and Android: `System.Text.Json` is code's. */
const NAMESPACE_ROOTS = new Set(['system', 'microsoft', 'java', 'javax', 'android', 'newtonsoft', 'windows', 'unity']);

/**
 * Capitalised words joined by dots, a number of up to four digits or a mark after the last (`Sunflower.Harbor42`,
 * `Whistle.Glacier9`), or three words and more (`Cobalt.Saffron.Granite`): a person's password where no code reads a
 * member (attack 50: a config file's `password = …`, a `.netrc`'s). No word of code, configuration or a namespace
 * (`Config.Password2`, `System.Text.Json`), no camel case (`Console.ReadLine`), no two words alone (`Color.Red`).
 */
export function capitalisedWords(v: string): boolean {
  const m = /^(?:[A-Z][a-z]{2,11}\.){1,4}[A-Z][a-z]{2,11}(\d{1,4}[!?#*%&@$]?|[!?#*%&@$])?$/.exec(v);
  if (m === null || (m[1] === undefined && v.split('.').length < 3)) return false;
  const words = v.split('.').map((w) => w.replace(/[^A-Za-z]+$/, '').toLowerCase());
  return words.every((w) => !CODE_WORDS.has(w) && !NAMESPACE_ROOTS.has(w));
}

/**
 * A dotted path of code (`winreg.KEY_READ`, `protobuf.PublicKeyDetails.PKIX`), not a password joined by dots: each
 * part of five characters or more reads as a name's words (`pejNSuzIIL.tWHWuxZFj` is a generator's: attack 49).
 */
export function codePath(value: string): boolean {
  if (!/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value)) return false;
  const parts = value.split('.');
  return !numbered(parts) && !dottedWords(value) && parts.every((p) => p.length <= 4 || identifierLike(p));
}

/**
 * What no code writes and a person's password does (attack 48): a member named by a number (`Summer.2024!`,
 * `Kaffee.Bohne.77`), a `!` between two words (`zanzibar90!91`), a `+` between two numbers (`winter11+55`).
 */
const NO_CODE = /[A-Za-z_$]\w*\.\d|\w!\w|\d\+\d/;

/**
 * An expression of identifiers: member access, calls, indexing, `!`, `||`, `&&`, `??`, `+`
 * (`os.environ.get(`, `getRecursionIdentity(`, `parseOptionalToken(58`, `t.apiKey||n.apiKey`,
 * `Debug.checkDefined(children.pop(`). It must hold one such operator; its identifiers must
 * read as words.
 */
function expression(value: string): boolean {
  if (!/^[!(]*[A-Za-z_$]/.test(value) || SIGIL_PASSWORD.test(value) || NO_CODE.test(value)) return false;
  if (!/^!|[.([]|\|\||&&|\?\?/.test(value)) return false;
  const atoms = value.split(/\?\.|\.|\(|\)|\[|\]|\|\||&&|\?\?|!|\+|\?|:|\s+|,/).filter((s) => s !== '');
  if (atoms.length === 0 || numbered(atoms)) return false;
  return atoms.every((a) => (IDENT.test(a) ? identifierLike(a) : /^-?\d+$/.test(a)));
}

/**
 * A type expression, read up to the quote or space that ends the value: TypeScript, Java, C#
 * and Rust generics (`isArrowToken: IsPunctuatorTokenWithValueFunction<'=>'>` gives
 * `IsPunctuatorTokenWithValueFunction<`, `token: Promise<AccessToken>`, `key: Map<string`),
 * its identifiers words. No key format holds a `<`.
 */
function typeExpression(value: string): boolean {
  if (!/^[A-Za-z_$][\w$.]*<[\w$.<>[\]|&?]*$/.test(value)) return false;
  const atoms = value.split(/[.<>[\]|&?]+/).filter((s) => s !== '');
  return atoms.every((a) => IDENT.test(a) && identifierLike(a));
}

/**
 * Words under a `*Token` or `*Key` name, quoted or not, after at most two punctuation marks:
 * prettier's `lastSignificantToken = "?NoLineTerminatorHere"`, `"?InterpolationInJSX"`. Tokens
 * and keys are made by machines and are random; such a value is a name or a marker. It must be
 * camelCase or PascalCase of two or more words, with vowels and no digits (a random mix of cases
 * splits into short parts: identifierLike). Passwords are chosen by people and read as words,
 * so names of passwords and secrets are not asked here.
 */
function wordsUnderTokenName(value: string, key: string | null): boolean {
  if (key === null || !/(?:token|key)$/i.test(key.replace(/[^A-Za-z0-9]/g, ''))) return false;
  const word = /^[?!#@:.%&*+~^-]{0,2}([A-Za-z]{8,64})$/.exec(value)?.[1];
  if (word === undefined || !identifierLike(word)) return false;
  const parts = word.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) ?? [];
  return parts.length >= 2 && parts.every((p) => p.length <= 3 || /[aeiouy]/i.test(p));
}

/**
 * A label that names the secret instead of holding it: lower-case words joined by `-`, `_` or `/` (or camelCase
 * words), one of them the
 * key's own secret word (`clientSecret: "client_secret"`, `INVALID_PASSWORD: "auth/wrong-password"`,
 * `GRANT_TYPE_REFRESH_TOKEN = "refresh_token"`, `isSecret: "is_secret"`): error codes and field maps of SDKs.
 */
function labelOfKey(value: string, key: string | null): boolean {
  if (key === null || !/^[a-z]+(?:[-_/][a-z]+|(?:[A-Z][a-z]+)+)+$/.test(value)) return false;
  const word = /(password|passwd|secret|token|credentials?|key)$/.exec(key.toLowerCase().replace(/[^a-z]/g, ''))?.[1];
  const parts = value.split(/[-_/]|(?=[A-Z])/).map((p) => p.toLowerCase());
  return word !== undefined && parts.some((p) => p === word || p === word.replace(/s$/, ''));
}

/**
 * A vector's words: `test vector`, `known answer`, NIST, KAT, an RFC's test case, or a `plaintext`/`ciphertext` field
 * assigned (not PowerShell's `-AsPlainText`, not a cipher's name alone: `AES-256` beside a real key says nothing).
 */
const TEST_VECTOR_CONTEXT =
  /test[ _-]?vectors?|known[ _-]answer|\bNIST\b|\bKAT\b|\bRFC[ -]?\d{3,4}\b[^\n]{0,40}\btest|\b(?:plain|cipher)text\b["']?[ \t]*[:=]/i;

/**
 * A key of a published cryptographic test vector (`key = 000102…` next to `plaintext =`, a NIST or RFC vector): hex
 * digits, with such words within 400 characters of it.
 */
export function isTestVector(text: string, start: number, value: string): boolean {
  if (value.length < 16 || !/^(?:0x)?[0-9a-fA-F]+$/.test(value)) return false;
  return TEST_VECTOR_CONTEXT.test(text.slice(Math.max(0, start - 400), start + value.length + 400));
}

/**
 * What a tool writes in place of a secret it hides: Terraform's `(sensitive value)`, Sentry's `[Filtered]` and
 * `%filtered%`, `[REDACTED]`, `<redacted>`, `********`, GitHub Actions' `***`, Kubernetes' `<set to the key 'x' in
 * secret 'y'>`, Docker's `<none>`, `null`/`None`/`nil`/`undefined`, an empty literal, and a digest shown instead of the
 * value (`sha256:` and 64 hex digits). Kept under any name, never learned.
 */
const TOOL_MASK = new RegExp(
  '^(?:[\\[(<{]\\s*(?:sensitive(?: value| data)?|filtered|redacted|hidden|masked|secret|secure|protected|removed|' +
    'scrubbed|omitted|censored|encrypted|none|nil|null|empty|not set|unset|set to the key [^<>]*)\\s*[\\])>}]' +
    '|%filtered%|\\**(?:redacted|filtered|masked|hidden|sensitive|censored|scrubbed|omitted)\\**|null|none|nil|undefined' +
    '|""|\'\'|~|sha1:[0-9a-f]{40}|sha224:[0-9a-f]{56}|sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128}' +
    '|md5:[0-9a-f]{32})$',
  'i',
);

/** True if the value is a mask a tool wrote in place of a secret (see TOOL_MASK). */
export const isToolMask = (value: string): boolean => TOOL_MASK.test(value.trim());

/**
 * Keys public by design, by their whole value: PostHog project keys (`phc_`), Stripe publishable keys (`pk_live_`,
 * `pk_test_`), Langfuse public keys (`pk-lf-` and a UUID), Mapbox public tokens (`pk.eyJ…`), Supabase publishable
 * keys. Such a value is shipped to every browser; under a secret
 * name (`POSTHOG_KEY`, `api_key`) it stays, and it is never learned. A secret of the same provider has a prefix of its
 * own (`phx_`, `sk_live_`, `sk-lf-`, `sk.`, `sb_secret_`): the shape rules find it wherever it is.
 */
const PUBLIC_TOKEN = new RegExp(
  '^(?:phc_[A-Za-z0-9]{32,64}|pk_(?:live|test)_[A-Za-z0-9]{20,255}|sb_publishable_[A-Za-z0-9_-]{20,64}' +
    '|pk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|pk\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,})$',
);

/** True if the value is a key public by design (see PUBLIC_TOKEN). */
export const isPublicToken = (value: string): boolean => PUBLIC_TOKEN.test(value);

/** A test's stand-in named for what it stands for (`monkeypatch.setenv("OPENAI_API_KEY", "test-key")`). */
export const isTestStandIn = (value: string): boolean =>
  /^(?:test|testing|fake|dummy|mock|sample|demo)[-_]?(?:api[-_]?)?(?:key|token|secret|password|pass)(?:[-_]?\d{1,3})?$/i.test(
    value,
  );

/**
 * The dummy keys local OpenAI-compatible servers document, which accept any key (`api_key="lm-studio"`,
 * `"sk-no-key-required"` for llama.cpp, `"not-needed"`, LiteLLM's `"anything"`).
 */
export const isLocalDummy = (value: string): boolean =>
  /^(?:sk-)?(?:lm-?studio|ollama|no[-_]?key(?:[-_]required)?|not[-_](?:needed|required|used)|llama[.-]?cpp|llamafile|vllm(?:[-_]local)?|localai|local[-_](?:key|llm|ai)|dummy[-_]?key|fake[-_]?key|anything|koboldcpp|tabbyapi)$/i.test(
    value,
  );

/** A token's characters, and the `.` of a value cut short (`AgoGb3JpZ2luENz...EXAMPLETOKEN==`). */
const EXAMPLE_TOKEN_CHAR = /[A-Za-z0-9+/=._-]/;
/**
 * AWS's documented stand-ins (`AKIAIOSFODNN7EXAMPLE`, `…EXAMPLEKEY`, `AQoDYXdzEPT//////////wEXAMPLE…`): the token
 * around text[start, end) holds `EXAMPLE`. No key holds it, and a value learned from a document of them is none either
 * (attack 41: awscli's and botocore's examples).
 */
export function inAwsExample(text: string, start: number, end: number): boolean {
  let s = start;
  let e = end;
  while (s > 0 && start - s < 256 && EXAMPLE_TOKEN_CHAR.test(text[s - 1]!)) s--;
  while (e < text.length && e - end < 256 && EXAMPLE_TOKEN_CHAR.test(text[e]!)) e++;
  return e - s <= 600 && text.slice(s, e).includes('EXAMPLE');
}
