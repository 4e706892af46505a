/**
 * Round 37: a URL in an Xcode build setting, where `//` would start a comment, so it is written with an empty
 * variable between the slashes: `SENTRY_DSN = https:/$()/<key>@o1.ingest.sentry.io/4504`, `https:/$(EMPTY)/u:p@host`,
 * `https:$(SLASH)$(SLASH)…`, and (round 38) `${}`, `${SLASH}`, one `$(SLASH)` beside one `/`. The URL rules need
 * `://` and never see it. Its user part is redacted when it is a key
 * (Sentry's 32 hex digits, or random), its password when it is no variable, mask or placeholder; a host alone, a
 * `git@` user and a `$(SENTRY_KEY)` reference stay.
 *
 * Linear: one global regex of bounded runs that exclude the character ending them, tried where the text holds `$(`.
 */
import { credentialLike, namedCredential } from './credential-values.js';
import { isCliPassword } from './cli-passwords.js';
import { isPlaceholderValue } from './key-names.js';
import { runPass, type Hit, type Pass } from './pass.js';

const EMPTY_VAR = String.raw`\$(?:\([A-Z_]{0,32}\)|\{[A-Z_]{0,32}\})`;
const XCCONFIG_URL = new RegExp(
  String.raw`(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,20}:(?:/${EMPTY_VAR}/?|${EMPTY_VAR}(?:${EMPTY_VAR}|/))` +
    String.raw`([^\s:@/$(){}"'<>]{1,256})(?::([^\s@/"'<>]{1,256}))?@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}`,
  'gd',
);

function xcconfigHits(text: string): Hit[] {
  if (!/:\/?\$[({]/.test(text)) return [];
  const hits: Hit[] = [];
  for (const m of text.matchAll(XCCONFIG_URL)) {
    const [user, pass] = [m[1]!, m[2]];
    const userStart = m.indices![1]![0];
    if (pass !== undefined) {
      if (!isCliPassword(pass) || isPlaceholderValue(pass)) continue;
      const start = userStart + user.length + 1;
      hits.push({ rule: 'url-password', start, end: start + pass.length });
    } else if (credentialLike(user, true) || namedCredential(user)) {
      hits.push({ rule: 'url-key', start: userStart, end: userStart + user.length });
    }
  }
  return hits;
}

/** The pass of Xcode build settings' URLs written with `$()` between their slashes (see the file's comment). */
export function xcconfigUrlPass(): Pass {
  return runPass(xcconfigHits);
}
