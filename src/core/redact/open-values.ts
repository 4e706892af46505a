/**
 * Values that sit where a secret would but are public by their structure (round 25, the benign side of issue 11,
 * found on this machine's installed files: npm's and corepack's bundles, oauthlib, Python's library, Node's docs):
 * - the examples the OAuth RFCs publish (RFC 6749's `SplxlOBeZQQYbYS6WxSbIA`, RFC 6750's `mF_9.B5f-4.1JqM`, OpenID
 *   Connect's `SlAV32hkKG`), quoted by every OAuth library's docstrings;
 * - a public key: base64 of DER that reads as a SubjectPublicKeyInfo (sigstore's and npm's signing keys);
 * - a cipher suite's or algorithm's name (`ecdsa-sha2-nistp256`, `chacha20-poly1305`, `aes128-gcm`);
 * - a module's name handed to `require(`, `import(` or `from` (`require("@isaacs/fs-minipass")`);
 * - a regular expression in code: a JavaScript regex literal (`= /^Unexpected token/`) or a Python raw string that
 *   reads as one (`r'[^\W\d]\w*'`);
 * - a commit's id on a line of a commit log (a short id and a subject before it, or a Conventional Commits subject);
 * - an Ethereum address (`0x` and 40 hex digits).
 * Each is judged at the hit's place; the learned, known and decoded hits never come here.
 */
import { lineStartOrCap } from './bounded.js';

/** RFC 6749 (4.1.2, 4.2.2, 5.1, 2.3.1, 7.1), RFC 6750 (2.1) and OpenID Connect Core's published example values. */
const PUBLISHED = new Set([
  'SplxlOBeZQQYbYS6WxSbIA',
  '2YotnFZFEjr1zCsicMWpAA',
  'tGzv3JOkF0XG5Qx2TlKWIA',
  'czZCaGRSa3F0MzpnWDFmQmF0M2JW',
  'gX1fBat3bV',
  'mF_9.B5f-4.1JqM',
  'h480djs93hd8',
  'SlAV32hkKG',
  '8xLOxBtZp8',
]);

/** The length a DER header gives, and where its content starts (null when it is not a definite short/long form). */
function derLength(b: Buffer, at: number): [number, number] | null {
  const first = b[at];
  if (first === undefined) return null;
  if (first < 0x80) return [first, at + 1];
  const n = first & 0x7f;
  if (n < 1 || n > 3 || at + 1 + n > b.length) return null;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + b[at + 1 + i]!;
  return [len, at + 1 + n];
}

/**
 * True when base64 decodes to a whole SubjectPublicKeyInfo: SEQUENCE { SEQUENCE { OID … }, BIT STRING }. A private
 * key's DER differs: PKCS#8 and PKCS#1 open with an INTEGER, an encrypted PKCS#8 holds an OCTET STRING after its
 * algorithm.
 */
export function isPublicKeyDer(value: string): boolean {
  if (value.length < 40 || value.length > 2048 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const b = Buffer.from(value, 'base64');
  if (b[0] !== 0x30) return false;
  const outer = derLength(b, 1);
  if (!outer || outer[1] + outer[0] !== b.length || b[outer[1]] !== 0x30) return false;
  const alg = derLength(b, outer[1] + 1);
  if (!alg || b[alg[1]] !== 0x06) return false;
  return b[alg[1] + alg[0]] === 0x03;
}

/** The words of algorithm names: hashes, curves, ciphers, modes, signature schemes. */
const ALGORITHM_PART =
  /^(?:ecdsa|ecdh|eddsa|rsa|dsa|dss|ssh|sha\d{0,3}|md5|nistp\d{3}|secp\d{3}[kr]1|ed25519|ed448|x25519|x448|curve25519|chacha20|xchacha20|poly1305|aes\d{0,3}|gcm|cbc|ctr|ccm|ocb|siv|hmac|pkcs\d{0,2}|pss|oaep|openssh|blake2[bs]?|hkdf|pbkdf2|argon2(?:id|i|d)?|scrypt|bcrypt|camellia|des|3des|ede3?|salsa20|xsalsa20|gost\d*|sm[234])$/;

/** An algorithm's or cipher suite's name: two or more such words joined by `-` or `_` (`ecdsa-sha2-nistp256`). */
export function isAlgorithmName(value: string): boolean {
  if (value.length > 64 || !/^[a-z0-9]+(?:[-_][a-z0-9]+)+$/i.test(value)) return false;
  return value.split(/[-_]/).every((p) => ALGORITHM_PART.test(p.toLowerCase()));
}

/** `require(`, `import(`, `from` or `import` just before the quote that opens the literal. */
const MODULE_BEFORE = /(?:\b(?:require|import)\s*\(\s*|\b(?:from|import)\s+)["'`]$/;

/** True when the hit is a module specifier: the whole string literal `require(` or `import … from` names. */
function moduleSpecifier(text: string, start: number, end: number): boolean {
  const q = text[start - 1];
  if (text[end] !== q || !MODULE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  return /^[@\w./:-]+$/.test(text.slice(start, end));
}

/** A JavaScript regex literal after `=`, `:`, `(` or `,`, ended by `;`, `,`, `)` or a line's end, or `.test(`. */
const REGEX_LITERAL =
  /^\/(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[dgimsuvy]{0,8}(?=\s*(?:[;,)}\n]|$)|\.(?:test|exec)\()/;

/** A regular expression's syntax: escapes of classes, anchors, groups, quantified classes. */
const REGEX_SYNTAX = /\\[wdsWDSbBAZ.()[\]]|\[\^|\(\?|[\])][*+?]|^\^|\$$/g;

/** True when the hit starts a regex literal in code, or is a Python raw string that reads as a regex. */
function regexValue(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  if (text[start] === '/' && /[=:(,]\s*$/.test(before)) {
    const lit = REGEX_LITERAL.exec(text.slice(start, start + 1024));
    return lit !== null && (lit[0].match(REGEX_SYNTAX)?.length ?? 0) >= 1;
  }
  const q = text[start - 1];
  if ((q !== "'" && q !== '"') || !/(?:^|[^\w])[rR][bB]?["']$/.test(before) || text[end] !== q) return false;
  return (text.slice(start, end).match(REGEX_SYNTAX)?.length ?? 0) >= 2;
}

/** A Gerrit commit's `Change-Id: I<40 hex>` trailer: an id every review shows (attack 41: a commit log's). */
const CHANGE_ID = /Change-Id:[ \t]*$/;
/**
 * A line of a commit log before a commit's id: a short id (letters and digits) starting the line or a quoted string and
 * a subject, or a Conventional Commits subject (`fix(auth): rotate keys without downtime (<40 hex>)`: attack 59, a key
 * word in the subject).
 */
const COMMIT_LINE =
  /(?:^[ \t]*(?:(?:[-*#]|\/\/)[ \t]+)?|[>"'`(|[])(?=[0-9a-f]{0,11}\d)(?=[0-9a-f]{0,11}[a-f])[0-9a-f]{7,12}[ \t]+[A-Za-z]|(?:^|[\s>"'`,(|[])(?:feat|fix|chore|docs|refactor|perf|test|build|ci|style|revert)(?:\([^()\r\n]{1,40}\))?!?:[ \t]/;
/** Whether the line before `at` reads as a commit log's (COMMIT_LINE): its words name no value (prose-near.ts). */
export const commitLogAt = (text: string, at: number): boolean =>
  COMMIT_LINE.test(text.slice(lineStartOrCap(text, at, 200), at));
const commitOnLogLine = (text: string, start: number, value: string): boolean =>
  /^[0-9a-f]{40}$/.test(value) && commitLogAt(text, start);

/** True when the hit [start, end) is one of the open values above (see the file's comment). */
export function isOpenValue(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end);
  if (PUBLISHED.has(value) || isPublicKeyDer(value) || isAlgorithmName(value)) return true;
  if (/^I[0-9a-f]{40}$/.test(value) && CHANGE_ID.test(text.slice(Math.max(0, start - 24), start))) return true;
  if (commitOnLogLine(text, start, value)) return true;
  // An Ethereum address (`0x` and 40 hex digits: a public key's hash, shown to be paid; attack 59), not a key's first
  // piece with more hex digits wrapped onto the next line.
  if (/^0x[0-9a-fA-F]{40}$/.test(value) && !/^\r?\n[ \t>]*[0-9a-fA-F]/.test(text.slice(end, end + 16))) return true;
  return moduleSpecifier(text, start, end) || regexValue(text, start, end);
}
