/**
 * Credentials written as code builds them, with no key name beside the value:
 * - a user and password given to an HTTP client's basic auth (`auth=("admin", "…")`,
 *   `httpx.BasicAuth("admin", "…")`, `new NetworkCredential("admin", "…")`, `setBasicAuth(…)`);
 * - a `user:password` pair encoded for a Basic header (`btoa("admin:…")`, `Buffer.from("admin:…")`,
 *   `base64.b64encode(b"admin:…")`);
 * - a database or service URL whose password holds a raw `/` (`postgres://app:ab/cd@db/x`), which
 *   the URL rules (stopping at the `/`) cut short;
 * - a value written into a file by `printf 'NAME=%s\n' '…'` (judged by NAME), or swapped in by
 *   `sed 's/PLACEHOLDER/…/'` when it reads as random.
 * Each is looked for only in text holding its literal (a plain substring search).
 */
import { credentialLike } from './context.js';
import { isCliPassword } from './commands.js';
import { judgeAssignment } from './key-names.js';
import { runPass, type Hit, type Pass } from './pass.js';

const Q = `["'\`]`;

/** A password in a basic-auth call: the second of two string arguments. */
const BASIC_AUTH = new RegExp(
  `(?:\\b(?:(?:HTTP)?(?:Basic|Digest)Auth|NetworkCredential|PasswordAuthentication|UsernamePasswordCredentials?|setBasicAuth|basicAuth|withBasicAuth)|(?:^|[\\s.(,])auth[ \\t]*=?)[ \\t]*\\([ \\t]*[bru]?(${Q})([^"'\`\\r\\n]{1,64})\\1[ \\t]*,[ \\t]*[bru]?(${Q})([^"'\`\\r\\n]{1,256})\\3`,
  'g',
);

/** `user:password` encoded for a Basic header. */
const ENCODED_PAIR = new RegExp(
  `\\b(?:btoa|Buffer\\.from|b64encode|encodebytes|EncodeToString\\(\\[\\]byte|getEncoder\\(\\)\\.encodeToString)[ \\t]*\\([ \\t]*[bB]?(${Q})([^"'\`:\\s]{1,64}):([^"'\`\\s]{4,256})\\1`,
  'g',
);

const SERVICE_SCHEMES =
  'postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|ftps?|sftp|smtps?|ldaps?|clickhouse|cockroachdb|snowflake';
/** A service URL whose password holds a `/` (the part after the user's `:` up to the last `@` before the host). */
const SLASHED_PASSWORD = new RegExp(
  `\\b(?:${SERVICE_SCHEMES})://[^\\s:/@'"]*:([^\\s@'"]*/[^\\s@'"]*)@[A-Za-z0-9.-]+(?=[:/?#\\s'"]|$)`,
  'gi',
);

/** `printf 'NAME=%s\n' 'value'`. */
// (Matched on the normalised view, where the format's `\n` is a line break.)
const PRINTF = /\bprintf[ \t]+(["'])([A-Za-z_][A-Za-z0-9_]{0,79})=%s[^"']{0,40}\1[ \t]+(["']?)([^\s"'$`]{8,512})\3/g;

/** `sed 's/OLD/NEW/'` with any one-character delimiter among / | # , @ :. */
const SED = /\bsed\b[^\r\n]*?\bs([/|#,@:])((?:(?!\1)[^\r\n])*)\1((?:(?!\1)[^\r\n\\]){16,256})\1/g;

function basicAuthHits(text: string, hits: Hit[]): void {
  BASIC_AUTH.lastIndex = 0;
  for (let m = BASIC_AUTH.exec(text); m !== null; m = BASIC_AUTH.exec(text)) {
    const [user, pw] = [m[2]!, m[4]!];
    if (pw === user || pw.length < 6 || !isCliPassword(pw) || /^[$%{<]/.test(pw) || /\s/.test(pw)) continue;
    const end = m.index + m[0].length - 1;
    hits.push({ rule: 'basic-auth-password', start: end - pw.length, end });
  }
  ENCODED_PAIR.lastIndex = 0;
  for (let m = ENCODED_PAIR.exec(text); m !== null; m = ENCODED_PAIR.exec(text)) {
    const pw = m[3]!;
    if (!isCliPassword(pw) || /^[$%{<]/.test(pw)) continue;
    const end = m.index + m[0].length - 1;
    hits.push({ rule: 'basic-auth-password', start: end - pw.length, end });
  }
}

function commandHits(text: string, hits: Hit[]): void {
  if (text.includes('printf')) {
    PRINTF.lastIndex = 0;
    for (let m = PRINTF.exec(text); m !== null; m = PRINTF.exec(text)) {
      const rule = judgeAssignment(m[2]!, m[4]!);
      if (rule === null) continue;
      const end = m.index + m[0].length - m[3]!.length;
      hits.push({ rule, start: end - m[4]!.length, end });
    }
  }
  if (text.includes('sed')) {
    SED.lastIndex = 0;
    for (let m = SED.exec(text); m !== null; m = SED.exec(text)) {
      const value = m[3]!;
      if (!credentialLike(value, true)) continue;
      const end = m.index + m[0].length - 1;
      hits.push({ rule: 'sed-replacement', start: end - value.length, end });
    }
  }
}

function credentialPairHits(text: string): Hit[] {
  const hits: Hit[] = [];
  if (/auth|Auth|Credential/.test(text) || /btoa|Buffer\.from|b64encode|encodeToString|EncodeToString/.test(text))
    basicAuthHits(text, hits);
  if (text.includes('://')) {
    SLASHED_PASSWORD.lastIndex = 0;
    for (let m = SLASHED_PASSWORD.exec(text); m !== null; m = SLASHED_PASSWORD.exec(text)) {
      const pw = m[1]!;
      // `host:5432/db@…` is a port and a path: a password holds more than digits before its first `/`.
      if (/^\d*\//.test(pw) || pw.length < 4) continue;
      const start = m.index + m[0].indexOf(`:${pw}@`) + 1;
      hits.push({ rule: 'slashed-url-password', start, end: start + pw.length });
    }
  }
  commandHits(text, hits);
  return hits;
}

/** The pass of credentials built in code (basic auth, encoded pairs, slashed URL passwords, printf and sed). */
export function credentialPairPass(): Pass {
  return runPass(credentialPairHits);
}
