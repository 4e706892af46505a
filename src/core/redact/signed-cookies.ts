/**
 * Round 37: an Express session cookie's value with no cookie name beside it, in a SQLite row, a dump's line or a
 * log (`s%3A<id>.<signature>`, `s:<id>.<signature>`): express-session signs its id (uid-safe's 24 bytes, 32 base64url
 * characters; 20 to 64 read) with HMAC-SHA256 in base64 without padding (43 characters, `+` and `/` also as `%2B`,
 * `%2F`; 40 to 88 read). The shape alone says session credential: `s:` glued after a letter (`https:`, `class:`) is
 * not read, nor a signature of another length. The id and the signature are redacted, the `s:` stays.
 *
 * Linear: one global regex whose id run stops at the `.` it needs, and whose signature run is bounded.
 */
import { runPass, type Hit, type Pass } from './pass.js';

const SIGNED_SESSION = /(?<![A-Za-z0-9_%])s(?::|%3[Aa])([A-Za-z0-9_-]{20,64})\.((?:[A-Za-z0-9+/]|%2[BbFf]){40,129})/g;
const RULE = 'session-cookie';
/** Letters and digits, or (round 38: uid-safe's ids may have no digit) eight or more of each case. */
const randomId = (id: string): boolean =>
  (/\d/.test(id) && /[A-Za-z]/.test(id)) ||
  (id.replace(/[^A-Z]/g, '').length >= 8 && id.replace(/[^a-z]/g, '').length >= 8);

function signedSessionHits(text: string): Hit[] {
  if (!text.includes('s:') && !/s%3a/i.test(text)) return [];
  const hits: Hit[] = [];
  for (const m of text.matchAll(SIGNED_SESSION)) {
    const id = m[1]!;
    const sig = m[2]!;
    // 43 characters once decoded (40 to 88 read: another signer's), not followed by more of a token; an id of random
    // characters, not a word.
    const n = sig.replace(/%2[BbFf]/g, '+').length;
    if (n < 40 || n > 88 || /[A-Za-z0-9_-]/.test(text[m.index + m[0].length] ?? '')) continue;
    if (!randomId(id)) continue;
    const start = m.index + m[0].length - sig.length - 1 - id.length;
    hits.push({ rule: RULE, start, end: m.index + m[0].length });
  }
  return hits;
}

/** The pass of Express' signed session ids wherever they stand (see the file's comment). */
export function signedSessionPass(): Pass {
  return runPass(signedSessionHits);
}
