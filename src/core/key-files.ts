/**
 * Key files judged by their content. A file whose name suggests keys (`*.pem`, `*.key`, `*.asc`, `id_rsa*`, …: the
 * secret-bearing defaults of exclude-defaults.ts) is left out by its name; one that holds only public material
 * (certificates, public keys, certificate requests and revocation lists, OpenSSH `.pub` lines, PGP public key blocks,
 * SSH2 public keys) goes out instead, through the redactor like any file. Anything else (a private key of any kind,
 * encrypted or not, an unknown block, a raw value, a binary) keeps the file out as before.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { segmentRegex } from './exclude-defaults.js';
import { secretFileStem } from './secret-names.js';

/** The secret-bearing defaults whose files are key files (judged by content); the others (`.env`, …) never are. */
const KEY_NAMES = ['*.pem', '*.key', '*.asc', 'id_rsa*', 'id_dsa*', 'id_ecdsa*', 'id_ed25519*'].map(segmentRegex);

/** A file larger than this is not read (a certificate bundle is ~200 KB): it stays out. */
const MAX_BYTES = 1024 * 1024;

/** True when `name` (as written or once its disguise is taken off) is a key file's. */
export const isKeyFileName = (name: string): boolean => {
  const stem = secretFileStem(name);
  return KEY_NAMES.some((re) => re.test(name) || re.test(stem));
};

/** The PEM labels of public material (RFC 7468 and OpenSSL's), and PGP's public armor. */
const PUBLIC_LABELS = new Set([
  'CERTIFICATE',
  'TRUSTED CERTIFICATE',
  'X509 CERTIFICATE',
  'X509 CRL',
  'CERTIFICATE REQUEST',
  'NEW CERTIFICATE REQUEST',
  'PUBLIC KEY',
  'RSA PUBLIC KEY',
  'DSA PUBLIC KEY',
  'EC PARAMETERS',
  'DH PARAMETERS',
  'X9.42 DH PARAMETERS',
  'PKCS7',
  'CMS',
  'PGP PUBLIC KEY BLOCK',
  'PGP SIGNATURE',
]);

/** OpenSSH public key types (`ssh-keygen -t`, security keys and certificates). */
const SSH_TYPE =
  /^(?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)(?:-cert-v01@openssh\.com)?$/;

/** Private material anywhere in the file, whatever else it holds. */
const PRIVATE = /PRIVATE KEY|PuTTY-User-Key-File|openssh-key-v1|SECRET KEY|^\s*(?:Private-Lines|Encryption):/im;
/** A run of key-like characters: outside a public block no line may hold one (a raw key, a token). */
const TOKEN_RUN = /[A-Za-z0-9+/_-]{24,}/;
const BASE64_LINE = /^[A-Za-z0-9+/]*={0,2}$/;

/** Does the base64 of an OpenSSH public key line open with its own type, length-prefixed (as ssh-keygen writes it)? */
function sshBlobOf(type: string, b64: string): boolean {
  if (!/^AAAA[A-Za-z0-9+/]+={0,2}$/.test(b64)) return false;
  const blob = Buffer.from(b64, 'base64');
  const len = blob.length >= 4 ? blob.readUInt32BE(0) : -1;
  return len === type.length && blob.subarray(4, 4 + len).toString('latin1') === type;
}

/** An OpenSSH public key line: `type base64 [comment]`, or known_hosts' `[@marker] hosts type base64 [comment]`. */
function isSshPublicLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  const at = words.findIndex((w) => SSH_TYPE.test(w));
  if (at === -1 || at > 2 || words[at + 1] === undefined) return false;
  if (at > 0 && !words.slice(0, at).every((w) => /^(?:@cert-authority|@revoked|[\w.*?,:[\]|=/+-]+)$/.test(w)))
    return false;
  return sshBlobOf(words[at]!, words[at + 1]!);
}

/**
 * The lines of a block from `begin` (its BEGIN line), checked; the index after its END line, or -1 when it is no
 * public block (unknown or private label, no END, a line that is neither base64 nor an armor header).
 */
function publicBlockEnd(lines: readonly string[], begin: number): number {
  const open = /^-----BEGIN ([A-Z0-9 .]+)-----$|^---- BEGIN SSH2 PUBLIC KEY ----$/.exec(lines[begin]!.trim());
  if (!open || (open[1] !== undefined && !PUBLIC_LABELS.has(open[1]))) return -1;
  const end = open[1] !== undefined ? `-----END ${open[1]}-----` : '---- END SSH2 PUBLIC KEY ----';
  const pgp = open[1]?.startsWith('PGP ') ?? false;
  let headers = pgp || open[1] === undefined;
  for (let i = begin + 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === end) return i + 1;
    if (headers && /^[A-Za-z][\w-]*: /.test(line)) continue;
    if (headers && line === '') {
      headers = false;
      continue;
    }
    if (!(BASE64_LINE.test(line) || (pgp && /^=[A-Za-z0-9+/]{4}$/.test(line)))) return -1;
    if (open[1] === undefined) headers = false;
  }
  return -1;
}

/**
 * True when `text` holds public material only: at least one public block or OpenSSH public key line, and besides
 * them blank lines, comments and short prose (a bundle's titles, openssl's `subject=` lines) without a token-like run.
 */
export function holdsOnlyPublicKeys(text: string): boolean {
  if (PRIVATE.test(text)) return false;
  const lines = text.split(/\r?\n/);
  let found = false;
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!;
    if (/^\s*-{4,5} ?BEGIN /.test(line)) {
      const next = publicBlockEnd(lines, i);
      if (next === -1) return false;
      found = true;
      i = next;
      continue;
    }
    if (isSshPublicLine(line)) found = true;
    else if (TOKEN_RUN.test(line) || /^\s*-{4,5} ?END /.test(line)) return false;
    i++;
  }
  return found;
}

/** The text of the file at `abs` (`size` bytes, read here, at most 1 MiB); null when larger, binary or unreadable. */
export function readSmallText(abs: string, size: number): string | null {
  if (size > MAX_BYTES || size === 0) return null;
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    const buf = Buffer.alloc(size);
    const n = readSync(fd, buf, 0, size, 0);
    if (n !== size || buf.includes(0)) return null;
    const text = buf.toString('utf8');
    return text.includes('\ufffd') ? null : text;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** True when the file at `abs` (`size` bytes) holds only public material (read here, at most 1 MiB). */
export function isPublicKeyFile(abs: string, size: number): boolean {
  const text = readSmallText(abs, size);
  return text !== null && holdsOnlyPublicKeys(text);
}
