/**
 * The generic detector: a value assigned to a secret-ish name (one of its words contains `key`,
 * `token`, `secret`, `auth`, `cred`, `pass`, `sig`, `pwd`) is a secret when it reads as random
 * (length, charset, Shannon entropy, how often the character class changes) and is none of the
 * random-looking things logs are full of (hex digests, UUIDs, tool-call ids, base64 images and
 * data URLs, lockfile integrity strings, URLs, numbers, identifiers and words).
 *
 * Thresholds, measured on random values (the fake-secret charsets, lengths 16–128) against the
 * values of the same names in node_modules, package-lock.json and fixtures/sessions:
 * - length 16–4096, charset `[A-Za-z0-9+/=_.~%:-]` (no spaces, quotes or `://`);
 * - Shannon entropy (bits per character) at least 0.75 × log2 of the smaller of the length and
 *   the charset's size, and at least 3.0 (16 random base62 characters give 3.4–4.0;
 *   a camelCase identifier 3.0–3.5, but it fails the next test);
 * - character-class changes (lower/upper/digit/other) between neighbours at least 0.3 of the
 *   length (random base62: 0.62, random hex: 0.47, identifiers and words: 0.05–0.25);
 * - at least one digit, or mixed case with 20+ characters.
 */
import { codePath } from './benign.js';
import { classChanges, constantName } from './char-classes.js';
import { isPaginationNorm } from './cursors.js';
import { UUID_VALUE } from './shapes.js';

/** Shannon entropy of a string, in bits per character. */
export function shannon(s: string): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

// One reading of a character's class for every judge (char-classes.ts).
export { classChanges };

const RANDOM_CHARSET = /^[A-Za-z0-9+/=_.~%:-]+$/;
const HEX = /^[0-9a-fA-F]+$/;

/** True when a value reads as a random credential (see the thresholds above). */
export function looksRandom(value: string): boolean {
  const v = value;
  if (v.length < 16 || v.length > 4096 || !RANDOM_CHARSET.test(v) || v.includes('://')) return false;
  const digit = /[0-9]/.test(v);
  const lower = /[a-z]/.test(v);
  const upper = /[A-Z]/.test(v);
  if (!digit && !(lower && upper && v.length >= 20)) return false;
  if (!lower && !upper) return false; // numbers, dates, versions
  // Code, not data: a member path (`winreg.KEY_READ`, `protobuf.PublicKeyDetails.PKIX`), an
  // UPPER_SNAKE constant (`SOCKS5_CUSTOM_AUTH_END`), a format string (`VS%0.f0COMNTOOLS`; `%` is kept only as
  // URL-encoding).
  if (codePath(v) || constantName(v, true)) return false;
  if (v.includes('%') && /%(?![0-9A-Fa-f]{2})/.test(v)) return false;
  if (v.includes('/') && isWordPath(v)) return false;
  const alphabet = HEX.test(v) ? 16 : (lower && upper) || /[+/_-]/.test(v) ? 64 : 36;
  const h = shannon(v);
  if (h < 3 || h < 0.75 * Math.log2(Math.min(v.length, alphabet))) return false;
  if (lower && upper) {
    if (classChanges(v) < 0.3) return false;
    // camelCase and dotted identifiers (`SyntaxKind.EqualsToken`) change class as often as random text, but read as
    // words.
    return (
      wordiness(v) < 0.8 &&
      !(wordiness(v, true) >= 0.8 && /^[A-Za-z][A-Za-z0-9]*$/.test(v) && v.replace(/[^0-9]/g, '').length <= 4)
    );
  }
  // One letter case and digits (hex, lowercase or uppercase alphanumerics, base32): digits mixed in, not a word with a
  // number.
  const digits = v.replace(/[^0-9]/g, '').length;
  if (digits < 2 || digits > v.length * 0.9 || classChanges(v) < 0.15) return false;
  return wordiness(v.toLowerCase()) < 0.95;
}

/**
 * A relative path or object key whose parts are words, numbers, dates, hex ids and file names
 * (`uploads/2026/01/report.pdf`, `images/cat.png`, `data/0a1b2c3d/part-00000.parquet`): an S3
 * listing's `Key`, a GCS object's `name`. A random value with a `/` in it (base64) has parts
 * that mix case and digits.
 */
function isWordPath(v: string): boolean {
  const segs = v.split('/');
  if (segs.length < 2 || segs.slice(1, -1).some((s) => s === '')) return false;
  return segs.every(
    (s) =>
      s === '' ||
      s
        .split(/[._-]+/)
        .every(
          (p) =>
            p === '' ||
            /^\d+$|^[A-Za-z0-9]{1,3}$|^[a-z]+$|^[A-Z]?[a-z]+$|^[A-Z]+$|^[0-9a-f]{6,}$/.test(p) ||
            wordiness(p, true) >= 0.9,
        ),
  );
}

/**
 * The fraction of characters inside word-like runs (`Word`, `word`, `WORD`): 0.5–0.85 for 20+ random base62 characters
 * (p99.9), 0.8–1 for identifiers.
 */
export function wordiness(s: string, short = false): number {
  let n = 0;
  // short: two-letter words too (`X509KeyUsageExtension`), for names with few digits.
  for (const m of s.matchAll(short ? /[A-Z]?[a-z]{2,}|[A-Z]{2,}(?![a-z])/g : /[A-Z]?[a-z]{3,}|[A-Z]{4,}/g))
    n += m[0].length;
  return n / s.length;
}

/** Words that contain a secret-ish stem but name something else. */
const NOT_SECRET_WORDS = new Set([
  'oauth',
  // A secretary (a person, an office), not a secret (round 22's twins).
  'secretary',
  'secretaries',
  'secretariat',
  'author',
  'authors',
  'authored',
  'authority',
  'authorities',
  'credit',
  'credits',
  'passage',
  'passenger',
  'passengers',
  'passive',
  'passed',
  'passes',
  'passing',
  'passthrough',
  'bypass',
  'compass',
  'signal',
  'signals',
  'signature',
  'signatures',
  'signed',
  'signer',
  'signup',
  'signin',
  'signing',
  'sigma',
  'sigint',
  'sigterm',
  'keyboard',
  'keys',
  'keyword',
  'keywords',
  'keyframe',
  'keyframes',
  'keystroke',
  'keypress',
  'keydown',
  'keyup',
  'keymap',
  'monkey',
  'hockey',
  'turkey',
  'donkey',
  'jockey',
  'whiskey',
  'tokens',
  'tokenizer',
  'tokenize',
  'tokenized',
  'tokenization',
  'detokenize',
]);

/** Name words (or whole names, normalised) that hold random-looking values which are not secrets. */
const NOT_SECRET_NAMES = [
  /publickey|pubkey|keyid$|tokenid$|^kid$|idempotencykey|cachekey|sortkey|partitionkey|primarykey|foreignkey|hashkey|rangekey|rowkey|dedupkey|dedupekey|lookupkey|objectkey|s3key|i18nkey|translationkey|hotkey|shortcutkey/,
  /hash$|digest$|checksum$|etag$|sha\d*$|md5$|integrity$|nonce$|salt$|(?:id|ids|url|uri|path|file|dir|name|count|type|env|var|length|size|limit|ttl|expiry|expiresat|expiresin|enabled|prefix)$/,
];

/**
 * A name that ends like a secret whose value is a digest of one: detect-secrets' `hashed_secret` (a SHA-1, kept in a
 * baseline that is committed; round 29). A form's CSRF token stays a credential (session-cookies.ts).
 */
const DIGEST_NAME = /^hashedsecrets?$/;
export const digestByName = (key: string): boolean => DIGEST_NAME.test(key.toLowerCase().replace(/[^a-z0-9]/g, ''));

const STEMS = /key|token|secret|auth|cred|pass|pwd|sig/;
/** Within one word: `sig` only whole (Azure SAS `sig`), not `sign`, `signal`, `design`. */
const WORD_STEMS = /key|token|secret|auth|cred|pass|pwd|^sig$/;

/** Splits a key into lowercase words: `OpenAIApiKey` → open ai api key, `x-api-key` → x api key. */
export function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** True when some word of the name holds a secret-ish stem and the name is not a known reference or counter. */
export function isGenericSecretName(key: string): boolean {
  const norm = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!STEMS.test(norm)) return false;
  if (isPaginationNorm(norm) || NOT_SECRET_NAMES.some((r) => r.test(norm)) || DIGEST_NAME.test(norm)) return false;
  return keyWords(key).some((w) => WORD_STEMS.test(w) && !NOT_SECRET_WORDS.has(w));
}

/** Tool-call, message, request and run ids of LLM APIs and MassGen. */
const ID_PREFIXES =
  /^(?:toolu_|call_|chatcmpl-|req_|msg_|run_|resp_|fc_|rs_|thread_|asst_|batch_|file-|file_|evt_|step_|cmpl-|gen-|trace_|span_|srvtoolu_|ws_)/;
/** A tool-call, message, request or run id (ID_PREFIXES). */
export const isApiId = (value: string): boolean => ID_PREFIXES.test(value);
const INTEGRITY = /^(?:sha1|sha256|sha384|sha512|md5)[-:]/i;
const IMAGE_BASE64 = /^(?:data:|iVBORw0KGgo|\/9j\/|R0lGOD|UklGR|PHN2Zy|JVBERi0)/;
/** Public keys, base64 DER (SubjectPublicKeyInfo: EC P-256 and P-384, RSA, Ed25519) or OpenSSH. */
const PUBLIC_KEY =
  /^(?:MFkwEwYHKoZIzj0CAQ|MHYwEAYHKoZIzj0CAQ|MIIBIjANBgkqhkiG9w0BAQEFAAOC|MIICIjANBgkqhkiG9w0BAQEFAAOC|MCowBQYDK2Vw|ssh-(?:rsa|ed25519|dss) |ecdsa-sha2-)/;
const STRONG_NAME =
  /secret|passw|passphrase|apikey|accesskey|privatekey|credential|authtoken|accesstoken|apitoken|hmac|signing$|signingkey|totp|seed$/;
/**
 * `WANDB_KEY`, `deepgram_key`, `AZDO_PAT`: a name of two or more words whose last is `key` or `pat` (a personal access
 * token: Azure DevOps and Clarifai issue UUID-shaped ones; references such as `cache_key` never get here).
 */
export const isServiceKeyName = (key: string): boolean => {
  const words = keyWords(key);
  const last = words[words.length - 1];
  return words.length > 1 && (last === 'key' || last === 'pat');
};
/**
 * A token's abbreviations (`tok`, `tkn`, `toks`) and `auth`, which holds a credential and never a digest (`{"auth":
 * "<40 hex>"}`, `auth=<40 hex>` in a log: attack 43).
 */
const TOKEN_ABBREVIATION = /^(?:tok|tkn|o?auth)s?$/;
const HASH_NAME = /hash|digest|sha|etag|checksum|md5|fingerprint|commit|revision|integrity/;

/**
 * Random-looking values that are not secrets: hex digests (40, 64 and 128 hex digits, and 32
 * when the name says hash/digest/sha/etag/checksum), UUIDs, tool-call ids, base64 images and
 * data URLs, lockfile integrity strings, public keys (base64 DER, OpenSSH).
 */
/** A path from the home or the working directory (`ssh_key: ~/.ssh/id_ed25519`): no key starts with `~/` or `./`. */
const HOME_PATH = /^(?:~|\.\.?)\/[\w.@+-]+(?:\/[\w.@+-]+)*\/?$/;

export function isAllowListed(key: string, value: string): boolean {
  if (
    // A service's `*_KEY` (`DEEPGRAM_KEY`, `COHERE_KEY`) may hold a UUID-shaped key (Exa, Pinecone).
    (UUID_VALUE.test(value) && !isServiceKeyName(key)) ||
    ID_PREFIXES.test(value) ||
    INTEGRITY.test(value) ||
    IMAGE_BASE64.test(value) ||
    PUBLIC_KEY.test(value) ||
    HOME_PATH.test(value)
  )
    return true;
  if (HEX.test(value)) {
    if (HASH_NAME.test(key.toLowerCase())) return true;
    // A signature in hex (npm's registry `"sig": "a312b9…"`, cut by a mark: attack 43) is public; Azure's SAS `sig` is
    // base64.
    if (keyWords(key).at(-1) === 'sig') return true;
    // A digest length is no digest under a name that says secret (`SECRET_KEY_BASE`, 128 hex) or a
    // service's key (`WANDB_KEY`, 40 hex): the allow-list never overrides a secret name.
    if (STRONG_NAME.test(key.toLowerCase().replace(/[^a-z0-9]/g, '')) || isServiceKeyName(key)) return false;
    // `tok`, `tkn` (`GH_TOK`, `session_tkn`): a token's abbreviation as the name's last word, whose 64 hex digits are
    // the token (round 37); a digest's name said so above (`tok_hash`). `auth` too.
    if (TOKEN_ABBREVIATION.test(keyWords(key).at(-1) ?? '')) return false;
    if (value.length === 40 || value.length === 64 || value.length === 128) return true;
  }
  return false;
}

/** The generic verdict for a value under a name that is not itself a secret key name. */
export function isGenericSecret(key: string, value: string): boolean {
  return isGenericSecretName(key) && looksRandom(value) && !isAllowListed(key, value);
}

/**
 * Entry names that say where or what, not whose (labels.ts's maps, parents.ts's children): references, settings,
 * digests, a JWK's public members.
 */
export const isReferenceName = (name: string): boolean =>
  /^(?:.*(?:id|ids|url|uri|endpoint|host|model|version|name|path|file|type|hash|sha|sha\d+|md5|digest|checksum|etag|integrity|commit|region)|n|e|x|y|kid|alg|kty|use)$/i.test(
    name,
  );
