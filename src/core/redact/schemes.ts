/**
 * An HTTP authorization scheme and its credential wherever they are written, with no `Authorization` name before them
 * (rules.ts has the header's rule): a Go dump of headers (`map[Authorization:[Bearer …]]`), a log line
 * (`auth=Bearer …`, `sending with Bearer …`), `Basic <base64 of user:password>`. A Bearer credential must read as
 * random (context.ts's randomToken: prose's `Bearer token` and `Bearer $TOKEN` stay); a Basic one must decode to a
 * printable `user:password`. Found from the literals `earer`/`EARER` and `Basic` (indexOf), then read in place.
 */
import { randomToken } from './context.js';
import { isAlnum } from './escapes.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** The credential after a scheme word and blanks: token characters, base64 padding. */
const CREDENTIAL = /[ \t]+([A-Za-z0-9._~+/-]{16,2048}=*)(?![A-Za-z0-9._~+/=-])/y;

/** True when a Basic credential decodes to a printable `user:password` (the password 4 characters or more). */
function basicPair(v: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(v)) return false;
  const s = Buffer.from(v, 'base64').toString('latin1');
  return /^[\x20-\x7e]*:[\x20-\x7e]{4,}$/.test(s);
}

/** A Bearer credential: random-looking (its padding aside). */
const bearerCredential = (v: string): boolean => randomToken(v.replace(/=+$/, ''));

/** The schemes: the literal searched for, the letters that may come before it (the scheme's first), the test. */
const SCHEMES: readonly { needle: string; head: string; ok: (v: string) => boolean }[] = [
  { needle: 'earer', head: 'Bb', ok: bearerCredential },
  { needle: 'EARER', head: 'B', ok: bearerCredential },
  { needle: 'asic', head: 'Bb', ok: basicPair },
];

function schemeHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const { needle, head, ok } of SCHEMES) {
    for (let i = text.indexOf(needle, 1); i !== -1; i = text.indexOf(needle, i + needle.length)) {
      if (!head.includes(text[i - 1]!) || (i > 1 && isAlnum(text.charCodeAt(i - 2)))) continue;
      CREDENTIAL.lastIndex = i + needle.length;
      const m = CREDENTIAL.exec(text);
      if (m === null || !ok(m[1]!)) continue;
      hits.push({ rule: 'auth-scheme', start: CREDENTIAL.lastIndex - m[1]!.length, end: CREDENTIAL.lastIndex });
    }
  }
  return hits;
}

/** The pass of authorization schemes and their credentials (see the file's comment). */
export function schemePass(): Pass {
  return runPass(schemeHits);
}
