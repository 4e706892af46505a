/**
 * Values under a secret name that are code or names, not credentials (false alarms on real code and docs that mention
 * credentials: 8,066 system files, the Cloud SDK, Python's library, botocore's data). Each is a shape no generated
 * credential has: an OID (`ObjectIdentifier("1.2.840.113549.1.9.7")`), a timestamp, a Kubernetes API version
 * (`authentication.gke.io/v1alpha1`), a flag's name (`'--private-key', '--display-name'`), a call or a member
 * (`credentials = GceAssertionCredentials(scopes=…`, `signing_key, string_to_sign.encode("utf-8")`), a format
 * (`"ACCESS_TOKEN_{}".format(…)`), an option being built (`'Credentials:gs_host=' + ip`), a Secret Manager path
 * (`--sasl-password=projects/1/secrets/s/versions/1`), a key's file, a regular expression, a documentation link, or a
 * name: words joined as identifiers are, one of them a credential's word (`'aws_access_key_id'`,
 * `MessageField('GoogleCloudApihubV1Secret')`, `"HEADER.SUBJECT_TOKEN_PAYLOAD.SIGNATURE"`, `my-pvk-password`), or
 * most of the key's own words (`SERVER_SIDE_ENCRYPTION_KEY = 'server-side-encryption-header'`).
 * A random value is none of these, whatever its name: its camel-case words are too short, or hold no vowel.
 */
import { numbered } from './benign.js';
import { generatedPassword } from './generated-passwords.js';
import { keyWords } from './generic.js';
import { namedShape } from './learn-gate.js';

/** The words that make a name a credential's (`key`, `token`, `secret`, `password`, …). */
const CREDENTIAL_WORD =
  /^(?:keys?|tokens?|secrets?|passwords?|passwd|pwd|pass|passphrase|credentials?|creds|auth\d?|authorization|authentication|cookies?|signature|apikey)$/;
/** Shapes of values that are code or identifiers; the first character decides which can apply. */
const OID = /^(?:urn:oid:)?[0-2](?:\.\d{1,9}){3,}$/;
const TIMESTAMP = /^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?)?$/;
const API_VERSION = /^(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,}\/v\d{1,2}(?:(?:alpha|beta)\d{0,2})?$/;
const FLAG = /^--[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:=\$?[\w./{}-]*)?$/;
/** A key's file (`--private-key=/home/user/me/my_key.pfx`): the path names where the key is. */
const KEY_FILE =
  /^(?:~|\.{1,2})?\/(?:[\w.-]{1,64}\/){0,16}[\w.-]{1,64}\.(?:pem|key|pfx|p12|pkcs12|json|crt|cer|der|pub|jks|keystore|gpg|asc|ppk|txt)$/;
/** A file's bare name (`tofu-2183839A-1.txt`, `client-secret.json`): a word of its stem, an extension of a document. */
const BARE_FILE =
  /^([\w-]{1,64}(?:\.[\w-]{1,64}){0,2})\.(?:txt|asc|pem|key|pub|json|crt|cer|gpg|md|log|csv|yaml|yml|sig)$/;
const bareFile = (v: string): boolean => /(?:^|[_.-])[a-z]{3,}(?=[_.-]|\d|$)/.test(BARE_FILE.exec(v)?.[1] ?? '');
/** A relative path from a word's directory (`docs/setup.md`, `secrets/db.txt`) to a document or a key's file. */
const RELATIVE_FILE = new RegExp(
  String.raw`^[a-z][a-z0-9_-]{1,63}\/(?:[\w.-]{1,64}\/){0,15}[\w.-]{1,64}\.` +
    '(?:pem|key|pfx|p12|json|crt|pub|jks|txt|md|ya?ml|env|ini|toml|conf|cfg|xml|csv|log)$',
);
/**
 * A file of the system's (`/home/dev/proj-b1v1y`, `/tmp/ssh-5a6HanYeEB/agent.70549`), maybe after a type or an id
 * (`FILE:/tmp/krb5cc_1000`, systemd's `LoadCredential=db_password:/etc/app/db_password`): printenv's `PWD`,
 * `SSH_AUTH_SOCK`, `KRB5CCNAME` name where something is, not a secret.
 */
const SYSTEM_PATH =
  /^(?:[\w.-]{1,64}:)?\/(?:home|tmp|etc|var|usr|opt|run|srv|mnt|media|dev|proc|sys|Users|root|private|Library|Volumes|nix|snap|app|data|workspaces?)\/[\w.%+/-]*$/;
export const systemPath = (v: string): boolean => SYSTEM_PATH.test(v);
/** A regular expression (`_token = r'(?:[%s]+|%s)'`): a group or a class and an alternation or a repeat. */
const REGEX = /^\((?:\?[:=!]|\[)[^\s]*[|+*]/;
/** A call whose arguments follow (a name, a literal, `**kw`, nothing), maybe in parentheses: its callee. */
const CALL = /^\(*(?:new[ \t]+)?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\((?:[A-Za-z_$*"'`)[{]|$)/;
/** A format's hole in a name (`ACCESS_TOKEN_{}`, `session:%s`). */
const TEMPLATE = /^[A-Za-z_][\w.:-]*(?:\{\d?\}|%[sd])[\w.:-]*$/;
/** An option of a config line being built (`Credentials:gs_host=` + host). */
const OPTION = /^(?:[A-Za-z_][\w.-]{0,40}:|[A-Za-z][\w-]{0,40} )?([a-z][a-z0-9]*(?:[_.-][a-z0-9]+){0,8}|[A-Z][a-z]+)=$/;
const SECRET_PATH =
  /^projects\/[\w.-]{1,64}\/(?:locations\/[\w-]{1,64}\/)?secrets\/[\w.-]{1,256}(?:\/versions\/[\w.-]{1,64})?$/;

/** Two-letter words that join the words of a name. */
const JOINING_WORDS = new Set(['to', 'of', 'in', 'on', 'at', 'by', 'is', 'as', 'or', 'if', 'no', 'do']);

/** A callee made of words (`credentials_lib.GetCredentials`, `base64.b64encode`): a word of 4 letters holds a vowel. */
const spokenName = (name: string): boolean => {
  // Short words that join a name's words (`utf8_to_utf16_dup`, `is_of_type`) are spoken, not a password's pieces.
  const words = keyWords(name).filter((w) => !JOINING_WORDS.has(w));
  if (words.length === 0) return false;
  // Three letters a word on average, one number in a word at most: a password before a `(` falls apart into short
  // pieces (`O5hO7K7Y(SUIATta.N`, `n(txj4a)qe3kp`, `hLA4F2(gH1`).
  const letters = words.join('').replace(/[^a-z]/g, '').length;
  return (
    letters >= 3 * words.length &&
    words.every(
      (w) => (w.match(/\d+/g)?.length ?? 0) <= 1 && (w.replace(/[^a-z]/g, '').length < 4 || /[aeiouy]/.test(w)),
    )
  );
};

/** A full-width sentence mark or comma (`，。！？、；：`), and two CJK characters (ideographs, kana, Hangul). */
const CJK_MARK = /[\u3001\u3002\uff01\uff0c\uff1a\uff1b\uff1f]/;
const CJK_TWO = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][^]*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** True for a value under `key` that is code or a name (see the file's comment). */
export function codeOrName(key: string, value: string): boolean {
  if (systemPath(value)) return true;
  const c = value.charCodeAt(0);
  if (c >= 48 && c <= 57) return OID.test(value) || TIMESTAMP.test(value);
  if (c === 45) return FLAG.test(value);
  if (c === 47 || c === 126 || c === 46) return KEY_FILE.test(value);
  // Perl's and PHP's variables dereferenced (`$o->{clock}`, `$cfg{db}`, `$row[2]`): code (attack 41's git hook).
  if (c === 36 && /^\$\w+(?:->|\{|\[)/.test(value)) return true;
  if (c === 40 && REGEX.test(value)) return true;
  if (bareFile(value) || RELATIVE_FILE.test(value)) return true;
  // A path or a symbol after `::` (`key::ecdsa-sha2-nistp256`, Ruby's `token: :bearer`): a name of words.
  if (c === 58 && /^:[A-Za-z_][\w.-]*$/.test(value) && spokenWords(keyWords(value.slice(1)))) return true;
  if (API_VERSION.test(value) || SECRET_PATH.test(value) || TEMPLATE.test(value)) return true;
  // A base64 value ends with `=` too: an option's name is words.
  const option = OPTION.exec(value);
  if (option) return spokenWords(keyWords(option[1]!));
  if (c === 104 && docLink(value)) return true;
  // A sentence of Chinese, Japanese or Korean (a locale file's `token: "令牌已过期，请重新登录"`: attack 41).
  if (CJK_MARK.test(value) && CJK_TWO.test(value)) return true;
  // A message that names a flag (`'Must set --password to non-empty value.'`).
  if (/\s/.test(value)) return /(?:^|\s)--[a-z]/.test(value) && /^[A-Z][a-z]+ /.test(value);
  const call = CALL.exec(value);
  // A generator's password with a `(` in it is no call (`NH0u(C3LOIiGe{`: generated-passwords.ts).
  if (call) return spokenName(call[1]!) && !generatedPassword(value);
  // A test runner's status and the test's name (lit's `PASS: googletest-format :: …`).
  if (key === 'PASS' && namedShape(value)) return true;
  // A constant's name of three or more upper-case words, most of them spoken (`XSLT_PARSE_OPTIONS` under `<dt>pass`
  // in libxslt's HTML index: attack 42).
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*){2,}$/.test(value) && spokenWords(keyWords(value).slice(1))) return true;
  // A word under a token's or a key's name is a kind or a field, not a token (`lex.SkipSpace(token='Operator')`).
  // An environment variable's name (`API_TOKEN=Sunflower`) holds a value, not a kind.
  if (
    /^[A-Z]?[a-z]{7,15}$/.test(value) &&
    /[aeiou]/.test(value) &&
    /(?:token|key)$/i.test(key) &&
    !/^[A-Z][A-Z0-9_]*$/.test(key)
  )
    return true;
  return nameOf(key, value);
}

/** A name: words joined as identifiers are, a credential's word among them or most of the key's words. */
function nameOf(key: string, value: string): boolean {
  if (value.length > 128 || !/^[#_]*[A-Za-z][\w./-]*#*$/.test(value)) return false;
  // A person's password of words and numbers joined (`Fjord19.zephyr129jGc`), not a member's path.
  if (numbered(value.split(/[./_-]/))) return false;
  // Letters after a number start a word (`oauth2client`: `oauth2`, `client`).
  const words = keyWords(value).flatMap((w) => w.split(/(?<=\d)(?=[a-z]{3})/));
  if (!spokenWords(words)) return false;
  const compact = words.join('');
  const own = keyWords(key);
  // The key's own name, spelled another way (`"refresh_token": "refreshtoken"`).
  if (compact === own.join('') && compact.length >= 8) return true;
  const credential = words.some((w) => CREDENTIAL_WORD.test(w.replace(/\d+$/, '')));
  // A credential's word alone is a header's or a field's name (`{'HTTP_CGI_AUTHORIZATION': 'Authorization'}`).
  if (words.length < 2) return credential && compact.length >= 8;
  if (credential) return true;
  // A member of a class (`DistributionList.NextMarker`).
  if (/\./.test(value) && /[a-z][A-Z]/.test(value)) return true;
  const shared = words.filter((w) => w.length >= 3 && own.includes(w)).length;
  return shared >= 2 && shared * 2 >= own.length;
}

/**
 * Words as names are made of: each a word and maybe a number, three letters or more on average, at most one of a
 * single letter and one of four letters or more with no vowel (a random value read as camel case falls apart into
 * short pieces: `aB3xQ9k`).
 */
function spokenWords(words: string[]): boolean {
  if (words.length === 0) return false;
  let letters = 0;
  let single = 0;
  let unspoken = 0;
  for (const w of words) {
    if (!PART.test(w)) return false;
    const l = w.replace(/[^a-z]/g, '');
    letters += l.length;
    if (l.length === 1) single++;
    // An abbreviation (`pkcs12`, `html`) is one; two are a random value's.
    if (l.length >= 4 && !/[aeiouy]/.test(l)) unspoken++;
  }
  return single <= 1 && unspoken <= 1 && letters >= 3 * words.length;
}

/** A word and maybe a number after it, lower case (keyWords'), or a number. */
const PART = /^(?:[a-z]{1,20}\d{0,8}(?:[a-z]{0,2}|alpha|beta)|\d{1,8}[a-z]{0,2})$/;

/**
 * A class's name in PascalCase, words and versions (`GoogleCloudApihubV1Secret`, `SecretVolumeSource`). A run of digits
 * is one part, whole (`(?!\d)`): split every way, 32 digits then a letter took over 40 s (attack 14).
 */
export function className(value: string): boolean {
  return (
    /^(?:[A-Z][a-z]+|V\d+(?:(?:alpha|beta)\d*)?(?!\d)|\d+(?!\d)[A-Z]?){2,12}$/.test(value) &&
    spokenWords(keyWords(value))
  );
}

/**
 * A link to documentation (`.. _Application Default Credentials: https://developers.google.com/identity/…`): no user,
 * no query, each part of its path a word or a short number (a webhook's or a signed URL's parts are random or long
 * numbers).
 */
function docLink(value: string): boolean {
  const m = /^https?:\/\/[A-Za-z0-9.-]{1,253}((?:\/[\w.~-]{0,64}){0,16})\/?(?:#[\w.-]{0,64})?$/.exec(value);
  if (m === null) return false;
  return m[1]!
    .split(/[/._~-]+/)
    .every(
      (p) => p === '' || (/^(?:[A-Za-z]{1,20}\d{0,4}|\d{1,8})$/.test(p) && (p.length < 5 || /[aeiouy\d]/i.test(p))),
    );
}

/** Code given as a value: a language's null, or a name (`process`, then its members: `process.env.API_KEY`). */
export const CODE_NULLS = 'null|undefined|None|nil';
export const CODE_NAME = String.raw`[A-Za-z_$][\w$]{0,40}`;

/**
 * A name given code before the value (`authToken:config.auth.token,`, `apiKey:process.env.API_KEY,`, `token:null,`):
 * the name labels its own value, read elsewhere, not the next one (a bundle's `v:"<sha1>"`). One word of the gap. A
 * member's dots, then the entry's end (prose-near.ts's GIVEN_CODE reads the same code after an anchor's word).
 */
export const GIVEN_CODE_PAIRS = new RegExp(
  String.raw`${CODE_NAME}[ \t]*[:=][ \t]*(?:${CODE_NULLS}|${CODE_NAME}(?:\.[\w$]{1,40})+)[ \t]*[,;]`,
  'g',
);

/** Lower-case words joined by `_`, each with a vowel: a variable's name (`getpass_unicode`). */
const SNAKE_VARIABLE = /^(?:[a-z]*[aeiouy][a-z]*_){1,4}[a-z]*[aeiouy][a-z]*$/;

/**
 * An unquoted value at `line[start, end)` that is a call's argument given a variable (`load_cert_chain(CERTFILE,
 * password=getpass_unicode)` in CPython's tests: attack 41): after `(` or `,` inside an open `(`, before `,` or `)`.
 */
export function callVariable(line: string, keyAt: number, start: number, end: number): boolean {
  if (end - start > 64 || !SNAKE_VARIABLE.test(line.slice(start, end))) return false;
  const head = line.slice(Math.max(0, keyAt - 200), keyAt);
  return /[(,][ \t]*$/.test(head) && head.includes('(') && /^[ \t]*[,)]/.test(line.slice(end, end + 16));
}
