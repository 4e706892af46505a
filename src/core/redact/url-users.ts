/**
 * A token given as a URL's user, with no password after it (`https://<token>@github.com/org/repo.git`, as GitHub and
 * GitLab accept): rules.ts reads `user:password@`, this the user alone when it reads as random (context.ts's
 * randomToken: `git@`, `deploy@`, `first.last@` stay; a Sentry DSN's key goes: it lets anyone post to the project). Found from the literal `://` (the shared literal scan), then read in place.
 */
import { randomToken } from './credential-values.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** Where `://` is, from the shared literal scan (literal-scan.ts). */
const URLS = literalScan(['://']);

/** After `://`: the user, a password (`<token>:x-oauth-basic@`: the token is the user), `@`, a host. */
const USER = /([A-Za-z0-9._~+-]{16,256})(?::[^\s@/:]{1,256})?@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)(?![A-Za-z0-9.@-])/y;
/** A Sentry DSN's key: 32 hex digits (random hex with few letters reads as no token to randomToken). */
const HEX_KEY = /^[0-9a-f]{32}$/i;

function urlUserHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const i of URLS?.(text) ?? []) {
    USER.lastIndex = i + 3;
    const m = USER.exec(text);
    if (m !== null && (HEX_KEY.test(m[1]!) || randomToken(m[1]!)))
      hits.push({ rule: 'url-user-token', start: i + 3, end: i + 3 + m[1]!.length });
  }
  return hits;
}

/** The pass of tokens given as a URL's user (see the file's comment). */
export function urlUserPass(): Pass {
  return runPass(urlUserHits);
}
