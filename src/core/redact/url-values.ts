/**
 * A URL under a secret's name (`dsn: https://<key>@o1.ingest.sentry.io/2`, `password=https://<key>@host/3`): its
 * secret is the user part, a token given as the user (a Sentry DSN's key, a token in a clone URL); the host, the path
 * and the project stay. A user that reads as no token (`examplePublicKey`, `{PUBLIC_KEY}`, `<key>`, `public`, `git`)
 * makes the URL a documentation's example: kept. A user with a password (`user:pw@`) is judged as before.
 */
import { randomToken } from './credential-values.js';
import type { Hit } from './pass.js';

/** From the value's start: a scheme, a user with no password, `@`, a host (a hit can stop at a placeholder's `}`). */
const USER_URL = /[A-Za-z][A-Za-z0-9+.-]{0,20}:\/\/([^\s/@?#:"'`]{1,256})@[^\s@"'`]{1,2000}/y;

/** A Sentry DSN's key: 32 hex digits (random hex with few letters reads as no token to randomToken). */
const HEX_KEY = /^[0-9a-f]{32}$/i;

/** The hit narrowed to a URL value's user part, null to keep the URL, undefined when the value is no such URL. */
export function urlUserOfValue(h: Hit, text: string): Hit | null | undefined {
  USER_URL.lastIndex = h.start;
  const m = USER_URL.exec(text);
  if (m === null || USER_URL.lastIndex < h.end) return undefined;
  const user = m[1]!;
  if (!HEX_KEY.test(user) && !randomToken(user)) return null;
  const start = h.start + m[0].indexOf('://') + 3;
  return { ...h, start, end: start + user.length };
}
