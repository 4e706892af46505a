import { gluedWords, humanPassword, namedCredential, symbolKey } from './credential-values.js';
import { generatedPassword } from './generated-passwords.js';
import { PASS_OWNERS } from './pass-owners.js';
import { isPaginationNorm } from './cursors.js';
import { baseName } from './base-name.js';
import { codeOrName } from './code-names.js';
import { aboutPassword, credentialName } from './credential-names.js';
import { isAllowListed, isGenericSecretName, keyWords, looksRandom, digestByName } from './generic.js';
import { refersToSecret } from './secret-refs.js';
import { JSON_ESCAPED_VALUE } from './escaped-values.js';
import { joinedUnder } from './id-shapes.js';
import { memoised } from './caches.js';
import { foldName, SAFE_ENDINGS, SECRET_ENDINGS } from './secret-endings.js';
export { baseName } from './base-name.js';
export { isPlaceholderValue } from './placeholder-values.js';
import { isPlaceholderValue } from './placeholder-values.js';

/**
 * The key-name layer: a value is a secret when the name it is assigned to says so. Keys are
 * normalised (lowercase, only letters and digits) and judged by how they end, so `api_key`,
 * `OPENAI_API_KEY`, `x-api-key`, `apiKey` and `"ApiKey"` all count, while counters and
 * references (`input_tokens`, `token_usage`, `token_source`, `max_tokens`, `secret_name`,
 * `*_id`, `*_url`, `*_path`) never do.
 */
const SECRET_EXACT_ONLY = new Set(['pass', 'pwd', 'dsn', 'cookie']);

/**
 * Lowercase letters and digits, accents dropped (`contraseña` → `contrasena`), environment and version suffixes dropped
 * (`MISTRAL_API_KEY_PROD`, `API_SECRET_V2`).
 */
export const normalise = (key: string): string => foldName(baseName(key));

/**
 * Qualifiers that make `X_KEY` a reference, not a credential (`primary_key`, `sort_key`,
 * `cache_key`, `public_key`, ...): such names never count, whatever their value.
 */
const NOT_SECRET_KEY_QUALIFIERS = new Set([
  'primary',
  'foreign',
  'sort',
  'cache',
  'partition',
  'hash',
  'range',
  'row',
  'composite',
  'unique',
  'index',
  'idempotency',
  'dedup',
  'dedupe',
  'lookup',
  'map',
  'dict',
  'object',
  's3',
  'i18n',
  'translation',
  'group',
  'join',
  'public',
  'pub',
  'hot',
  'shortcut',
  'sequence',
  'react',
  'redis',
  'natural',
  'surrogate',
  'candidate',
  'secondary',
  'shard',
  'routing',
  'message',
  'state',
  'local',
  'press',
  'esc',
  'enter',
  'menu',
  // Keys that are public by design: Stripe's publishable key, Supabase's anon key, reCAPTCHA's site key.
  'publishable',
  'anon',
  'site',
]);

/**
 * Names that may hold a key but often hold an ordinary value: a bare `key`, any other name whose
 * last word is `key` (`AZURE_OPENAI_KEY`, `MISTRAL_KEY`, `cohere_key`; `apiKey` is already
 * secret), Azure SAS `sig`, docker config `auth`. A value under them is redacted only when it
 * reads as random (generic.ts): code is full of `CACHE_KEY = 'user-profile'` constants.
 */
export const isWeakSecretKey = memoised((key: string): boolean => {
  const words = keyWords(baseName(key));
  const last = words[words.length - 1]!;
  if (credentialName(baseName(key))) return true;
  // An SNMP community (`community`, `snmp_community`, `communityString`): judged by its value (weakValue).
  if (last === 'community' || (last === 'string' && words[words.length - 2] === 'community')) return true;
  if (words.length === 1) return last === 'key' || last === 'sig' || last === 'auth' || WEAK_LAST.has(last);
  // `GH_PAT`, `SMTP_PW`, `ADMIN_PSW`, `SESSION_JWT`: abbreviations of a credential, judged by their value like `*_KEY`.
  if (WEAK_LAST.has(last)) return true;
  return last === 'key' && !NOT_SECRET_KEY_QUALIFIERS.has(words[words.length - 2]!);
});
/**
 * A weak name's value: a person's password under a password's abbreviation (`pw`, `DB_PW`) or a name that says whose
 * secret it is (`ssh_key`, `unlock_code`: credential-names.ts), else a key.
 */
const weakValue = (key: string, value: string): boolean =>
  // An SNMP community string is a device's password: one word, a person's or a generator's (`community: s3cr3tSNMP!`;
  // not `community: public`, nor prose's `the distro community, cloud provider …`).
  COMMUNITY.test(normalise(key))
    ? !/\s/.test(value) && (humanPassword(value) || generatedPassword(value))
    : keyValue(key, value);
const COMMUNITY = /community(?:string)?$/;
const keyValue = (key: string, value: string): boolean =>
  // A PIN's digits (`ADMIN_PIN=337694206199`), an Azure DevOps PAT's 52 base32 letters (round 28).
  (PIN_NAME.test(normalise(key)) && /^\d{4,20}$/.test(value)) ||
  // A one-time password's seed in base32 (`totp: JBSWY3DPEHPK3PXP`): a digit, or too long for a word in capitals.
  (/otp$/.test(normalise(key)) && /^[A-Z2-7]{16,64}=*$/.test(value) && (/\d/.test(value) || value.length >= 24)) ||
  (/pat$/.test(normalise(key)) && /^[a-z2-7]{52}$/.test(value) && /\d/.test(value)) ||
  // A Sentry DSN's public key alone (`SENTRY_DSN=<32 hex>`: attack 58).
  (/dsn$/.test(normalise(key)) && /^[0-9a-f]{32}$/.test(value)) ||
  (/(?:pw|psw|passcode)$/.test(normalise(key))
    ? humanPassword(value) || gluedWords(value)
    : namedCredential(value) ||
      symbolKey(value) ||
      (value.length >= 10 && generatedPassword(value)) ||
      (credentialName(baseName(key)) && (humanPassword(value) || gluedWords(value))));
/** A PIN's name: `pin`, `pincode`, or `pin` after whose it is (`ADMIN_PIN`, `simPin`, `door_pin`), not `spin`. */
const PIN_NAME =
  /^pin(?:code)?$|(?:admin|user|root|sim|door|alarm|safe|card|atm|login|access|bios|device|unlock|master|security|app|account)pin(?:code)?$/;
// Abbreviations of a credential; `tok`, `tkn` and `sk` (also Slovak's language code) of a token and a secret key.
const WEAK_LAST = new Set(
  // A cookie's (`session_cookie: <random>`; its name, `_myapp_session`, stays: attack 48); a DSN's key (`SENTRY_DSN=<32
  // hex>`; a DSN's URL is no random value, and the URL rules read its key: attack 58).
  'tok tkn sk pat pw psw passcode jwt bearer hmac signing seed totp hotp otp private priv privkey nsec clave cookie dsn'.split(
    ' ',
  ),
);

/** `sort_key`, `CACHE_KEY`, `primaryKey`: a key name of a data structure, never a credential. */
export function isReferenceKey(key: string): boolean {
  const words = keyWords(key);
  return (
    words.length > 1 && words[words.length - 1] === 'key' && NOT_SECRET_KEY_QUALIFIERS.has(words[words.length - 2]!)
  );
}

/**
 * The verdict for `key = value`: the rule to report, or null to keep it. A secret key name
 * redacts any value that is not a placeholder or reference; a weak or generic name (generic.ts)
 * only a value that reads as random and is not allow-listed (hashes, UUIDs, ids, images); under a weak name, words
 * and numbers joined are an identifier (`key: orders_users_12`).
 */
export function judgeAssignment(key: string, value: string): string | null {
  // `token==x`, `token===undefined`, `key=>…`: a comparison or an arrow, not an assignment; but a generator's password
  // may start with `=` (`SMTP_PASSWORD==ngmd…#sk]SwK`, `<password>=4.p96[f7Pw*jH</password>`: generated-passwords.ts).
  const c0 = value.charCodeAt(0);
  if (c0 === 62 || (c0 === 61 && (value.charCodeAt(1) === 61 || !generatedPassword(value)))) return null;
  if (isPlaceholderValue(value) || isPaginationNorm(normalise(key)) || refersToSecret(key, value)) return null;
  if (NGINX_PASS.test(normalise(key)) && PASSED_TO.test(value)) return null;
  // Code and names: a call, an OID, a flag's name, a credential's name (`'aws_access_key_id'`: code-names.ts);
  // `Cookie: theme=dark; sessionid=…`: each cookie is judged by its own name (placements.ts).
  if (codeOrName(key, value) || (/^(?:set)?cookie$/.test(normalise(key)) && value.includes('='))) return null;
  if (isSecretKey(key)) return 'secret-key-value';
  if (isReferenceKey(key)) return null;
  const weak = isWeakSecretKey(key);
  if (weak ? joinedUnder(normalise(key), value) : !isGenericSecretName(baseName(key))) return null;
  // A name that ends like a key (`AZURE_OPENAI_KEY`) takes a value random enough for a key that looksRandom would take
  // for a camelCase identifier (context.ts).
  // A weak name's `0x` and 64 hex digits are judged as its digits (`OWNER_KEY=0x…`: an Ethereum key under a service's
  // key name); other lengths (an address's 40) and a contract's public constants (`IMPLEMENTATION_SLOT_KEY`,
  // `MINTER_ROLE_KEY`) are public.
  const hex0x = weak && /^0x[0-9a-fA-F]{32,}$/.test(value);
  if (hex0x && (value.length !== 66 || PUBLIC_HEX_NAME.test(normalise(key)))) return null;
  const v = hex0x ? value.slice(2) : value;
  if (!(weak ? weakValue(key, v) : looksRandom(v)) || isAllowListed(key, v)) return null;
  return weak ? 'secret-key-value' : 'generic-secret';
}

/** Names of a contract's public 32-byte constants: storage slots, roles, event topics, selectors, domains. */
const PUBLIC_HEX_NAME = /slot|role|topic|selector|separator|domain|typehash|interface|address/;

/**
 * Names that end like a secret but hold a public value (.NET `PublicKeyToken`) or a digest (digestByName); pagination
 * cursors are cursors.ts's.
 */
const NOT_SECRET_NAMES = /publickeytoken$|tokenizer$/;
/** nginx's `proxy_pass` and its kin, whose value is where a request goes (a URL, a socket, a variable, host:port). */
const NGINX_PASS = /^(?:proxy|fastcgi|uwsgi|scgi|grpc|memcached)pass$/;
const PASSED_TO = /^(?:[a-z][a-z0-9+.-]*:\/\/\S+|unix:\S+|\$\w+|[\w.-]+:\d{1,5});?$/;

/** True if a value assigned to `key` should be redacted. */
export const isSecretKey = memoised((key: string): boolean => isSecretNorm(normalise(key)));

/** A name that declares its value's encoding after a secret's name (`DB_PASSWORD_HEX`, `apiKeyB64`): the secret. */
const ENCODING_SUFFIX = /(?:hex|b64|base64|b64url|base64url|b32|base32|urlenc|urlencoded|encoded|enc)$/;

function isSecretNorm(k: string): boolean {
  const bare = k.replace(ENCODING_SUFFIX, '');
  if (bare !== k && bare.length >= 3 && isSecretNorm(bare)) return true; // the secret, encoded
  if (k.length < 3 || NOT_SECRET_NAMES.test(k) || digestByName(k) || isPaginationNorm(k) || aboutPassword(k))
    return false;
  if (SAFE_ENDINGS.some((e) => k.endsWith(e) && !SECRET_ENDINGS.some((s) => s.length > e.length && k.endsWith(s))))
    return false;
  return SECRET_ENDINGS.some((e) =>
    SECRET_EXACT_ONLY.has(e) ? k === e || (k.endsWith(e) && PASS_OWNERS.test(k.slice(0, -e.length))) : k.endsWith(e),
  );
}

/**
 * A string literal's prefix before its quote: Python `r"` `b"`, C# verbatim `@"` `$@"`, Rust raw `r#"`, `"""`, T-SQL's
 * national `N'` (`@rmtpassword = N'…'`, `PASSWORD = N'…'`).
 */
export const STRING_PREFIX = `(?:(?:[bBrRuU]{1,2}|[bB]?[rR]#{1,3}|\\$?@|@\\$|"")(?=["'])|N(?='))?`;

/**
 * The key-name patterns, in one case-insensitive regex:
 * - `k` / `v`: a quoted key and a quoted value (JSON, Python repr, a JS template literal: `'x-api-key': \`…\``, also
 *   backslash-escaped JSON inside strings), or an unquoted one that must read as a credential (a JSON-ish log line:
 *   `{"secret": 9f3a…, …}`);
 * - `k2` / `v2`: a bare key with `:`, `=`, `?=` (Makefile) or `=>` (Perl, Ruby; quoted values only: else a JS arrow),
 *   the quote maybe after a string prefix (Python `r"`, C# verbatim `@"` `$@"`, Rust raw `r#"`, Kotlin/Swift `"""`),
 *   the value maybe after a YAML anchor (`secret: &s "…"`)
 *   (YAML, env, INI, TOML, kwargs, headers), value quoted or not (the key must start a token: checked in code with
 *   startsToken);
 * - `k3` / `v3`: a command-line flag (`--api-key VALUE`, `--token=VALUE`);
 * - `k4` / `v4`: a flag and its value as items of a flow sequence or list (`[--token, VALUE, --port, 80]`).
 * Values are token-like (no whitespace or quotes): prose under a secret-sounding key is left alone.
 */
/** What no value holds: blanks, backslashes, ESC, the box-drawing verticals of a table's columns. */
const NOT_IN_VALUE = '\\s\\\\\\x1b\\u2502\\u2503\\u2551';
/**
 * A quoted value read to its own closing quote: a password may hold the other quotes (`"6Fq$DINi\`14%ZPdG^Sx"`,
 * `'kUMH"gEiE'`), where one class for all three stopped at the first of any (round 29); a structure quoted whole
 * (`signing_key: '{"kty":…}'`, read by the JSON-aware passes), or a value starting or ending with another quote or
 * joining strings (`data-token="'+t.id+'"`: code builds it), only to its first other quote, as before.
 */
const QUOTED_V2 = ['"', "'", '\\`']
  .map(
    (q) =>
      `(?<=${q})(?:(?![{["'\`])(?:(?!["'\`]\\+|\\+["'\`])[^${q}${NOT_IN_VALUE}]){7,}[^"'\`${q}${NOT_IN_VALUE}]|[^"'\\\`${NOT_IN_VALUE}]{8,})(?=${q}|[ \\t]?[\\u2502\\u2503\\u2551])`,
  )
  .join('|');

/**
 * C's `#define NAME "value"`: the blanks between a defined name and its quoted value (the quote looked for first, then
 * the lookbehind: tried at each blank of a run, it made a run of blanks after a name quadratic).
 */
export const DEFINE_BLANKS = `(?=["'])(?<=(?:^|\\n)[ \\t]*#[ \\t]*define[ \\t]+[A-Za-z_]\\w{0,63}[ \\t]+)`;

export const KEY_NAME_SOURCE = [
  `(?<kq>\\\\?["'])(?<k>[A-Za-z0-9_.-][A-Za-z0-9_.:-]{0,62}[A-Za-z0-9_.-])\\k<kq>\\s*(?::|=>?)\\s*(?<vq>\\\\?["'\`]|)(?<v>(?<=")${JSON_ESCAPED_VALUE}|(?<=["'])[^"'\\s\\\\]{8,}|(?<=\`)[^"'\`\\s\\\\]{8,}|[^"'\\s\\\\,}\\])]{16,})\\k<vq>`,
  `(?<k2>[A-Za-z_\\u00c0-\\u024f][A-Za-z0-9_.\\u00c0-\\u036f-]{1,63})(?:[ \\t]+(?:string|str|\\[\\]byte|SecretStr|SecureString))?[ \\t]*(?::=|:(?!//)|(?<arrow>=>)|=|\\|\\|=|\\?\\??=|${DEFINE_BLANKS})[ \\t]*(?:&[A-Za-z0-9_-]{1,64}[ \\t]+)?${STRING_PREFIX}(?<vq2>\\\\?["'\`]|)(?<v2>\\$\\{[^}\\s]*\\}|${QUOTED_V2}|(?:[^"'\`\\s,;&})<\\]\\\\\\x1b\\u2502\\u2503\\u2551]|<(?!\\/[A-Za-z])|&(?!&|[A-Za-z_][\\w.-]*=)|\\)+(?=[A-Za-z0-9_(%*+!@#^=-])){8,}|(?<gen>[^"'\`\\s\\\\]{8,64}))(?:\\k<vq2>|(?<=[^"'\`])(?=[ \\t]?[\\u2502\\u2503\\u2551]))`,
  `(?<![A-Za-z0-9_-])--(?<k3>[a-z][a-z0-9-]{1,40})(?:=|[ \\t]+)(?<vq3>\\\\?["']|)(?<v3>(?<=["'])[^"'\\\\\\r\\n]{8,4096}(?=["'])|[^"'\\s\\\\\\x1b]{8,})\\k<vq3>`,
  `(?<![A-Za-z0-9_-])--(?<k4>[a-z][a-z0-9-]{1,40}),[ \\t]*(?<vq4>\\\\?["']|)(?<v4>[^"'\\s\\\\,\\]]{8,4096})\\k<vq4>`,
].join('|');
