/**
 * Credentials written as code builds them, with no key name beside the value:
 * - a user and password given to an HTTP client's basic auth (`auth=("admin", "…")`,
 *   `httpx.BasicAuth("admin", "…")`, `new NetworkCredential("admin", "…")`, `setBasicAuth(…)`);
 * - a `user:password` pair encoded for a Basic header (`btoa("admin:…")`, `Buffer.from("admin:…")`,
 *   `base64.b64encode(b"admin:…")`);
 * - a database or service URL whose password holds a raw `/` (`postgres://app:ab/cd@db/x`), which
 *   the URL rules (stopping at the `/`) cut short;
 * - a value written into a file by `printf 'NAME=%s\n' '…'` (judged by NAME), or swapped in by
 *   `sed 's/PLACEHOLDER/…/'`, `perl -pi -e`, `.replace("REPLACE_ME", "…")` (replacements.ts).
 * Each is looked for only in text holding its literal (a plain substring search).
 */
import { isCliPassword } from './cli-passwords.js';
import { judgeAssignment } from './key-names.js';
import { passphraseValue } from './passphrases.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { PS_REPLACE, REPLACE_CALL, replaceCallAt, replacedSecret, SUBSTITUTION } from './replacements.js';

const Q = `["'\`]`;

/** Rust's and others' conversions after a literal (`"bob".to_string()`, `.into()`). */
const CONVERTED = String.raw`(?:\.(?:to_string|to_owned|into|encode)\(\))?`;
/**
 * A password in a basic-auth call: the second of two string arguments. Also a login's (`login('bob', '…')`, MongoDB's
 * `changeUserPassword`, LDAP's `simple_bind_s(dn, '…')`, Rust's `Credentials::new`) and a pair held as credentials
 * (`creds = ('bob', '…')`).
 */
const BASIC_AUTH = new RegExp(
  `(?:\\b(?:(?:HTTP)?(?:Basic|Digest)Auth|NetworkCredential|PasswordAuthentication|UsernamePasswordCredentials?|setBasicAuth|basicAuth|withBasicAuth|PlainAuth|changeUserPassword|simple_bind(?:_s)?|bind_s|Credentials::new)|(?<![\\w$.])login|\\.login|(?:^|[\\s.(,])(?:auth|creds?|credentials)[ \\t]*=?)[ \\t]*\\([ \\t]*[bru]?(${Q})([^"'\`\\r\\n]{1,64})\\1${CONVERTED}[ \\t]*,[ \\t]*[bru]?(${Q})([^"'\`\\r\\n]{1,256})\\3`,
  'g',
);

/** Go's `smtp.PlainAuth(identity, user, password, host)`: the third argument, the user a literal or a name. */
const PLAIN_AUTH = new RegExp(
  `\\bPlainAuth[ \\t]*\\([ \\t]*(${Q})[^"'\`\\r\\n]{0,64}\\1[ \\t]*,[ \\t]*(?:(${Q})[^"'\`\\r\\n]{1,64}\\2|[A-Za-z_][\\w.]{0,64})` +
    `[ \\t]*,[ \\t]*(${Q})([^"'\`\\r\\n]{1,256})\\3`,
  'g',
);

/** `user:password` encoded for a Basic header. */
const ENCODED_PAIR = new RegExp(
  `\\b(?:btoa|Buffer\\.from|b64encode|encodebytes|EncodeToString\\(\\[\\]byte|getEncoder\\(\\)\\.encodeToString)[ \\t]*\\([ \\t]*[bB]?(${Q})([^"'\`:\\s]{1,64}):([^"'\`\\s]{4,256})\\1`,
  'g',
);

const SERVICE_SCHEMES =
  'postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|ftps?|sftp|smtps?|ldaps?|clickhouse|cockroachdb|snowflake';
/**
 * A service URL whose password holds a `/` (checked by the caller): the whole run after the user's `:` up to the `@`
 * before the host, read once (an atomic group: a lookahead's capture matched again). Read as `[^…]*\/[^…]*@`, each
 * split at a `/` was tried: cubic on `postgres://u:` repeated (12 KiB 5.1 s, 16 KiB over 2 minutes, deaf to SIGTERM).
 */
const SLASHED_PASSWORD = new RegExp(
  `\\b(?:${SERVICE_SCHEMES})://[^\\s:/@'"]{0,256}:(?=([^\\s@'"]{4,256}))\\1@[A-Za-z0-9.-]+(?=[:/?#\\s'"]|$)`,
  'gi',
);

/** `printf 'NAME=%s\n' 'value'`. */
// (Matched on the normalised view, where the format's `\n` is a line break.)
const PRINTF = /\bprintf[ \t]+(["'])([A-Za-z_][A-Za-z0-9_]{0,79})=%s[^"']{0,40}\1[ \t]+(["']?)([^\s"'$`]{8,512})\3/g;

/**
 * Calls `each` with every line holding one of `literals` (where the shared literal scan found them) where
 * `at(text, index)` agrees: the full regexes then read those lines only, not the whole text.
 */
function eachLine(
  text: string,
  literals: readonly Literal[],
  each: (line: string, offset: number) => void,
  opts: { at?: (text: string, index: number) => boolean; more?: number } = {},
): void {
  let done: Set<number> | undefined;
  for (const lit of literals) {
    // As a search from each occurrence's end: the next occurrence that does not overlap it.
    let from = 0;
    for (const i of occurrences(text, lit)) {
      if (i < from) continue;
      from = i + lit.text.length;
      if (opts.at && !opts.at(text, i)) continue;
      const start = text.lastIndexOf('\n', i) + 1;
      if (done?.has(start)) continue;
      (done ??= new Set()).add(start);
      let end = i + lit.text.length - 1;
      // `more` lines after it too (printf's format holds a `\n`, a line break in the normalised view).
      for (let k = 0; k <= (opts.more ?? 0) && end !== -1; k++) end = text.indexOf('\n', end + 1);
      if (end === -1) end = text.length;
      each(text.slice(start, end), start);
      from = Math.max(from, end);
    }
  }
}

/**
 * A literal and where it is: found by the shared literal scan (literal-scan.ts: a native search for `sed ` or `://`
 * read all the text, `s` and `:` being everywhere), as written (the scan folds case); by indexOf if it cannot be.
 */
interface Literal {
  text: string;
  scan: ((text: string) => readonly number[]) | null;
}
const literal = (text: string): Literal => ({ text, scan: literalScan([text]) });

function occurrences(text: string, lit: Literal): readonly number[] {
  if (lit.scan === null) {
    const out: number[] = [];
    for (let i = text.indexOf(lit.text); i !== -1; i = text.indexOf(lit.text, i + 1)) out.push(i);
    return out;
  }
  const found = lit.scan(text);
  return /[A-Za-z]/.test(lit.text) ? found.filter((i) => text.startsWith(lit.text, i)) : found;
}

/** Hits of `re` (global; its group `group` is the secret, ending `tail` characters before the match's end). */
function hitsIn(
  line: string,
  offset: number,
  re: RegExp,
  hits: Hit[],
  judge: (m: RegExpExecArray) => { rule: string | null; value: string; tail: number } | null,
): void {
  re.lastIndex = 0;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    const j = judge(m);
    if (!j || j.rule === null) continue;
    const end = offset + m.index + m[0].length - j.tail;
    hits.push({ rule: j.rule, start: end - j.value.length, end });
  }
}

/** A `(` before a quote (`("`, `('`, `` (` ``, `(b"`), as both calls have: one search for `(`, not five. */
const quoteAfter = (text: string, i: number): boolean => {
  let c = text.charCodeAt(i + 1);
  if (c === 98) c = text.charCodeAt(i + 2);
  return c === 34 || c === 39 || c === 96;
};
const SERVICE_BEFORE = new RegExp(`(?:${SERVICE_SCHEMES})$`, 'i');
/** A `://` after a service scheme (not http's, the common one). */
const afterServiceScheme = (text: string, i: number): boolean =>
  !text.startsWith('ttp', i - 3) &&
  !text.startsWith('ttps', i - 4) &&
  SERVICE_BEFORE.test(text.slice(Math.max(0, i - 14), i));
/** `-e `, `-pe ` (a perl one-liner's script follows), `-replace `, `-creplace `, `-ireplace ` at text[i]. */
const dashOption = (text: string, i: number): boolean =>
  text.startsWith('e ', i + 1) ||
  text.startsWith('pe ', i + 1) ||
  text.startsWith('replace ', i + 1) ||
  text.startsWith('replace ', i + 2);
/** A whole word: `sed `, not `used `. */
const wordStart = (text: string, i: number): boolean => i === 0 || !/[A-Za-z0-9_]/.test(text[i - 1]!);

/**
 * An app password in groups (Google's `abcd efgh ijkl mnop`, `wlbac ssfek mkokh axbtl`): three to six groups of 4 to 8
 * letters or digits, one blank between: Google's four groups of four letters, or groups drawn at random (most groups
 * with three consonants in a row, or vowels under 3 in 10 of its letters; words hold more).
 */
function appPassword(pw: string): boolean {
  if (!/^[A-Za-z0-9]{4,8}(?: [A-Za-z0-9]{4,8}){2,5}$/.test(pw)) return false;
  // Google's shape, four groups of four lower-case letters, whatever its letters.
  if (/^[a-z]{4}(?: [a-z]{4}){3}$/.test(pw)) return true;
  const letters = pw.replace(/[^A-Za-z]/g, '');
  if (letters.length < 8) return false;
  const groups = pw.split(' ');
  const clustered = groups.filter((g) => /[b-df-hj-np-tv-xz]{3}/i.test(g)).length;
  return clustered * 2 >= groups.length + 1 || (letters.match(/[aeiouy]/gi) ?? []).length / letters.length < 0.3;
}

/**
 * sed and perl substitutions: `sed ` where a word starts, `-e ` and `-pe ` (perl's one-liners) on a line that names
 * either; PowerShell's `-replace`. Each `-` is checked where it is (a walk over the dashes of a text costs less than
 * one search for `-replace `, and far less than one for `perl`).
 */
function substitutionHits(text: string, hits: Hit[]): void {
  eachLine(
    text,
    SUBSTITUTION_LITERALS,
    (line, at) => {
      if (/\b(?:sed|perl)\b/.test(line))
        hitsIn(line, at, SUBSTITUTION, hits, (m) =>
          replacedSecret(m[2]!, m[3]!) ? { rule: 'sed-replacement', value: m[3]!, tail: 1 } : null,
        );
      if (line.includes('replace '))
        hitsIn(line, at, PS_REPLACE, hits, (m) =>
          replacedSecret(m[2]!, m[4]!) ? { rule: 'replaced-secret', value: m[4]!, tail: 1 } : null,
        );
    },
    { at: (text, i) => (text.charCodeAt(i) === 45 ? dashOption(text, i) : wordStart(text, i)) },
  );
}

const SUBSTITUTION_LITERALS = [literal('sed '), literal('-')];
const PAREN = literal('(');
const SCHEME = literal('://');
const PRINTF_FORMAT = literal('=%s');
const BASIC = literal('Basic ');

function credentialPairHits(text: string): Hit[] {
  const hits: Hit[] = [];
  // Both take a quoted argument: their lines hold `("`, `('` or `(b"` (rarer in logs than the names).
  eachLine(
    text,
    [PAREN],
    (line, at) => {
      hitsIn(line, at, BASIC_AUTH, hits, (m) => {
        const [user, pw] = [m[2]!, m[4]!];
        // A diceware passphrase too (`auth=("admin", "agree acid bacon acoustic alley")`: round 28).
        const ok =
          pw !== user &&
          pw.length >= 6 &&
          ((isCliPassword(pw) && !/\s/.test(pw)) || appPassword(pw) || passphraseValue(pw));
        return ok ? { rule: 'basic-auth-password', value: pw, tail: 1 } : null;
      });
      if (line.includes('PlainAuth'))
        hitsIn(line, at, PLAIN_AUTH, hits, (m) =>
          isCliPassword(m[4]!) || appPassword(m[4]!) ? { rule: 'basic-auth-password', value: m[4]!, tail: 1 } : null,
        );
      hitsIn(line, at, ENCODED_PAIR, hits, (m) =>
        isCliPassword(m[3]!) ? { rule: 'basic-auth-password', value: m[3]!, tail: 1 } : null,
      );
      // `.replace("REPLACE_ME", "…")`, `gsub("changeme", "…")`, Go's `strings.Replace(s, "TOKEN", "…", -1)`.
      if (/eplace|sub!?[ \t]*\(/.test(line))
        hitsIn(line, at, REPLACE_CALL, hits, (m) =>
          replacedSecret(m[2] ?? m[3]!, m[5]!) ? { rule: 'replaced-secret', value: m[5]!, tail: 1 } : null,
        );
    },
    { at: (text, i) => quoteAfter(text, i) || replaceCallAt(text, i) },
  );
  eachLine(
    text,
    [SCHEME],
    (line, at) =>
      hitsIn(line, at, SLASHED_PASSWORD, hits, (m) => {
        const pw = m[1]!;
        // `host:5432/db@…` is a port and a path: a password holds more than digits before its first `/`.
        if (!pw.includes('/') || /^\d*\//.test(pw)) return null;
        const tail = m[0].length - m[0].indexOf(`:${pw}@`) - 1 - pw.length;
        return { rule: 'slashed-url-password', value: pw, tail };
      }),
    { at: afterServiceScheme },
  );
  // `=%s` is in every match, and rarer than `printf` (a `%` is found faster than a `p`).
  eachLine(
    text,
    [PRINTF_FORMAT],
    (line, at) =>
      hitsIn(line, at, PRINTF, hits, (m) => ({
        rule: judgeAssignment(m[2]!, m[4]!),
        value: m[4]!,
        tail: m[3]!.length,
      })),
    { more: 1 },
  );
  substitutionHits(text, hits);
  eachLine(text, [BASIC], (line, at) => hitsIn(line, at, BASIC_VALUE, hits, basicCredential));
  return hits;
}

/** `Basic <base64>` with no header name before it (`AUTH=Basic …`, a log line). */
const BASIC_VALUE = /\bBasic[ \t]+([A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])/g;

/** A `Basic` value whose base64 decodes to printable `user:password` (a password of 4 or more characters). */
function basicCredential(m: RegExpExecArray): { rule: string; value: string; tail: number } | null {
  const decoded = Buffer.from(m[1]!, 'base64').toString('latin1');
  return /^[\x21-\x7e]{1,64}:[\x20-\x7e]{4,}$/.test(decoded)
    ? { rule: 'basic-credential', value: m[1]!, tail: 0 }
    : null;
}

/** The pass of credentials built in code (basic auth, encoded pairs, slashed URL passwords, printf and sed). */
export function credentialPairPass(): Pass {
  return runPass(credentialPairHits);
}
