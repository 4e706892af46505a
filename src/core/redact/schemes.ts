/**
 * An HTTP authorization scheme and its credential wherever they are written, with no `Authorization` name before them
 * (rules.ts has the header's rule): a Go dump of headers (`map[Authorization:[Bearer …]]`), a log line
 * (`auth=Bearer …`, `sending with Bearer …`), `Basic <base64 of user:password>`. A Bearer credential must read as
 * random (context.ts's randomToken: prose's `Bearer token` and `Bearer $TOKEN` stay); a Basic one must decode to a
 * printable `user:password`. Found from the words `bearer` and `basic` in any case by the shared literal scan, then
 * read in place. A Bearer credential with symbols no token takes (`Bearer Tq7#vLm9!…`: a password a tool or a user sent
 * as one, in a heap's strings or a HAR) is read to its end (a blank, a quote, the line's end) and must read as a
 * password with letters and digits (credential-values.ts's humanPassword), no placeholder or mask.
 */
import { credentialLike, humanPassword, randomToken } from './credential-values.js';
import { isPlaceholderValue } from './key-names.js';
import { isAlnum } from './escapes.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';

/**
 * The credential after a scheme word and blanks: token characters, base64 padding; maybe a template's literal
 * (`\`Bearer ${'…'}\``: attack 59).
 */
const CREDENTIAL = /[ \t]+(?:\$\{[ \t]*(["'`]))?([A-Za-z0-9._~+/-]{16,2048}=*)(?![A-Za-z0-9._~+/=-])(?=\1)/y;

/** True when a Basic credential decodes to a printable `user:password` (the password 4 characters or more). */
function basicPair(v: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(v)) return false;
  const s = Buffer.from(v, 'base64').toString('latin1');
  return /^[\x20-\x7e]*:[\x20-\x7e]{4,}$/.test(s);
}

/**
 * A Bearer credential: random-looking (its padding aside), or 32+ hex digits with letters and digits, `0x` before them
 * or not (a wallet's private key sent as the credential: randomToken reads `0x` and hex as a digest).
 */
const bearerCredential = (v: string): boolean =>
  randomToken(v.replace(/=+$/, '')) || credentialLike(v.replace(/^0x(?=[0-9a-fA-F]{32})/, ''), true);

/** A credential to its end: visible characters but quotes and backslashes (a JSON string's escape). */
const SYMBOLIC = /[ \t]+([^\s"'`\\]{12,256})(?![^\s"'`\\])/y;

/** A Bearer credential with symbols (see the file's comment): its start and end after `from`, or null. */
function symbolicBearer(text: string, from: number): [number, number] | null {
  SYMBOLIC.lastIndex = from;
  const m = SYMBOLIC.exec(text);
  const v = m?.[1];
  if (v === undefined || !/[^A-Za-z0-9._~+/=-]/.test(v) || !/\d/.test(v) || !/[A-Za-z]/.test(v)) return null;
  return humanPassword(v) && !isPlaceholderValue(v) ? [SYMBOLIC.lastIndex - v.length, SYMBOLIC.lastIndex] : null;
}

/** The schemes' words (case folded) found by the shared literal scan (literal-scan.ts), each with its test. */
const SCHEMES: Readonly<Record<string, (v: string) => boolean>> = { bearer: bearerCredential, basic: basicPair };
const starts = literalScan(['bearer', 'basic']);

function schemeHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const at of starts?.(text) ?? []) {
    if (at > 0 && isAlnum(text.charCodeAt(at - 1))) continue;
    const word = text.charCodeAt(at + 1) === 101 || text.charCodeAt(at + 1) === 69 ? 'bearer' : 'basic';
    CREDENTIAL.lastIndex = at + word.length;
    const m = CREDENTIAL.exec(text);
    const symbolic = word === 'bearer' ? symbolicBearer(text, at + word.length) : null;
    if (symbolic !== null) hits.push({ rule: 'auth-scheme', start: symbolic[0], end: symbolic[1] });
    if (symbolic !== null || m === null || !SCHEMES[word]!(m[2]!)) continue;
    hits.push({ rule: 'auth-scheme', start: CREDENTIAL.lastIndex - m[2]!.length, end: CREDENTIAL.lastIndex });
  }
  return hits;
}

/** The pass of authorization schemes and their credentials (see the file's comment). */
export function schemePass(): Pass {
  return runPass(schemeHits);
}
