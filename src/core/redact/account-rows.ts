/**
 * A password beside its account with no name for either (round 29): a row of cells, a tuple or a credentials file's
 * line that holds an account and then its password, the way people keep them:
 * - delimited rows: `root<TAB>P<TAB>10.0.0.5`, `| admin  | P |` (a grid table), `NAS;admin;P;Büro`;
 * - markup rows: `<td>ops</td><td>P</td>`, a spreadsheet's `<t>vpn</t></is></c><c …><is><t>P</t>`;
 * - quoted pairs: `('alerts', 'P')` in an `INSERT`, `["root", "P"]`, pgbouncer's `"app" "P"`;
 * - `user:password` files (mosquitto, a list of logins): `sensor:P`, the whole line.
 * An account is a well-known login (`root`, `admin`, `deploy`, a `svc-` account, an e-mail address, `DOMAIN\user`);
 * a `user:password` line takes any login name. Without a name, only a generator's or a person's strong password is
 * taken (strongPassword): three character classes, a symbol that is no path's, URL's or digest's, not a date, a path,
 * an address or a version; a diceware passphrase; or, after a well-known login, a PIN of 8 to 20 digits.
 */
import { numbered } from './benign.js';
import { digitsPassword } from './cli-passwords.js';
import { secretArgValue } from './flag-values.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { PASSPHRASE_RULE } from './passphrases.js';
import { gluedWords } from './credential-values.js';
import { tokenValue } from './prose-values.js';
import { hyphenPhrase, isPassword, spacedPhrase, wholePhrase } from './phrase-values.js';

const LOGIN =
  '(?:root|admin(?:istrator)?|sa|ops|postgres|mysql|deploy(?:er)?|ubuntu|ec2-user|guest|operator|backup|vpn|s?ftp|' +
  'smtp|mail|alerts|noreply|sensor|jenkins|nas|router|wifi|dba|replicator|repl|monitor|grafana|elastic|kibana|' +
  'rabbitmq|redis|mongo|minio|oracle|sysadmin|superuser|app|dbuser|dbadmin|rpt|svc[-_][\\w-]{1,32}|' +
  '[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,4}|[A-Z][A-Z0-9-]{0,15}\\\\{1,2}[\\w.-]{1,32})\\d{0,2}';
/** The rule of this file's hits (judged by its own rules: hits.ts). */
export const ACCOUNT_RULE = 'account-password';
export const WELL_KNOWN = new RegExp(`^${LOGIN}$`, 'i');

/** Three classes of lower, upper, digit and symbol, and a symbol no path, URL, digest or name holds. */
function strongPassword(v: string): boolean {
  if (v.length < 8 || v.length > 64 || /\s/.test(v) || !isPassword(v)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length;
  // A symbol no path, URL, digest or crypt(3) hash holds (`$2y$10$…` and `$apr1$…` are hashes: `$` after a `$` id).
  if (classes < 3 || !/[^A-Za-z0-9._\-/+=:$]|(?<!^\$\w{0,8})\$/.test(v) || /^\$\w{1,8}\$|\$[{(]/.test(v)) return false;
  // A URL, a path, an address, a date, a version (`Ubuntu_22.04#LTS`), a file's anchor (`README.md#L10`), a locale
  // list.
  return !/:\/\/|^[~.]?\/|^[A-Za-z]:\\|^[^@]+@[\w-]+\.[\w.-]+$|^\d{4}-\d\d|\d+\.\d+|\.[a-z]{1,4}#|;q=/.test(v);
}

/**
 * A path or a URL (`ftp://…` read as `ftp:` and `//…`), a format string (`"mail", "FROM:%s%s"`), pgbouncer's and MySQL's
 * hashes (`md5…`, `SCRAM-SHA-256$…`, `*9632…`), code: a call (`f(x)`), a bracketed whole, a bracket closing a
 * statement (`def f(self, root, parts2):`), a keyword argument closing a call (`app, handler_class=WsgiHandler)`). A
 * generator's lone bracket (`Xk9#mP2vL!q7)`) is no code.
 */
const NOT_PASSWORD =
  /^\/|:\/\/|%[-+ #0]*\d*(?:\.\d+)?[sdifxXrcu]|\{\d*\}|^md5[0-9a-f]{32}$|^SCRAM-SHA-\d+\$|^\*+[0-9A-Fa-f]|\w\([\w$.'", ]*\)|\w\($|^\(.*\)$|^\[.*\]$|^\{.*\}$|[)\]}][;:,]$|^[A-Za-z_]\w*=[\w.]+\)+$/;

/** A random token after a well-known login: both cases and a digit, 16 or more (no hex, UUID, SHA or pod name). */
const loginToken = (v: string): boolean =>
  /^[A-Za-z0-9+/=_]{16,}$/.test(v) &&
  /[a-z]/.test(v) &&
  /[A-Z]/.test(v) &&
  /\d/.test(v) &&
  // A name's words joined by `_` in lower case (`app_user`); a generator's `_` sits between any (`hPh_AcR`).
  !/[a-z]{3}_[a-z]{3}|^eyJ/.test(v) &&
  tokenValue(v);

/** A password beside a login: strong, a passphrase, or after a well-known login a PIN or a random token. */
const passwordBeside = (login: string, v: string): boolean =>
  !NOT_PASSWORD.test(v) &&
  (strongPassword(v) ||
    gluedWords(v) ||
    // A generator's (Apple's): three groups of six, both cases (`okhsna-mWUtlQ-adozc1`).
    (/^[A-Za-z\d]{6}(?:-[A-Za-z\d]{6}){2}$/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v)) ||
    hyphenPhrase(v) ||
    // Words and numbers joined by dots (`Thunder.harbor278`: benign.ts).
    (/^[A-Za-z0-9.]+$/.test(v) && numbered(v.split('.'))) ||
    (/ /.test(v) && wholePhrase(v)) ||
    (WELL_KNOWN.test(login) && (digitsPassword(v) || loginToken(v))));

/**
 * A delimited row: the login's cell (first on its line, or after a cell: `db.internal|app|P`: sepBefore), a tab, `|`,
 * `;` or `,`, the password's cell, then the same or the line's end. The login is looked for after one character of
 * those or a blank (a run of blanks read back is no lookbehind's: `(?<=^[ \t]*)` was quadratic on a line of them).
 */
const DELIMITED = new RegExp(
  `(?<=^|[\\t|;,+ ])(?<login>${LOGIN})[ \\t]*(?<sep>\\t|\\||;|,)[ \\t]*(?<pw>(?:(?!\\k<sep>)[^\\t\\r\\n]){1,64}?)(?<=\\S)[ \\t]*(?:\\k<sep>|\\r?$)`,
  'gimd',
);
/** Whether a separator, a table's `|` or `+`, or the line's start stands before `at`, past at most 64 blanks. */
function sepBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= 64 && text.charCodeAt(i) === 32) i--;
  return i < 0 || '\n\t|;,+'.includes(text[i]!);
}
/** A markup row: the login's element, then only tags, then the password's element (`</td><td>`, `<t>`, `<code>`). */
const MARKUP = new RegExp(
  `>[ \\t]*(?<login>${LOGIN})[ \\t]*<\\/(?<tag>td|t|th|dd|cell|entry|string)>(?:\\s*<[^<>]{0,80}>){1,6}\\s*(?<pw>[^<>\\r\\n]{8,64}?)\\s*(?:<\\/(?:code|kbd|b|strong|tt|span)>)?<\\/\\k<tag>>`,
  'gid',
);
/** Two quoted strings in a list, a tuple or a line (T-SQL's `N'…'` too): the login, then the password. */
const QUOTED = new RegExp(
  `(?<=^|[(\\[,\\s])(?<q>["'])(?<login>${LOGIN})\\k<q>(?:[ \\t]*,\\s*|[ \\t])N?(?<q2>["'])(?<pw>(?:(?!\\k<q2>)[^\\r\\n]){8,64})\\k<q2>`,
  'gimd',
);
/**
 * A login, a slash between blanks, a password: `admin / P` (prose, a comment, a chat's `Zugangsdaten: admin / P`);
 * after a login's label, any login (`Jira login: marco / P`, `account: bob / P`).
 */
const SLASH = new RegExp(
  `(?<=^|[\\s:(\\[>*\`'"])(?<login>${LOGIN}|(?<=(?:login|account|credentials?|creds|user(?:name)?)[ \\t]{0,4}:[ \\t]{1,4})[\\w.@+-]{1,64})[ \\t]+\\/[ \\t]+(?<pw>(?:[^\\s\`'"<>)\\]*]|\\*(?=[^\\s*])){1,64})`,
  'gimd',
);
/**
 * A login and a password given to a call that connects or logs in: PHP's `new PDO($dsn, 'shop', 'P')` and its stack
 * trace's `PDO->__construct('mysql:…', 'root', 'P')`, JDBC's `getConnection(url, "u", "P")`, `mysqli_connect`,
 * `ftp_login`, `ssh2_auth_password`, `ldap_bind`, Python's `pymysql.connect('host', 'u', 'P')`.
 */
const CALL = new RegExp(
  String.raw`\b(?:new[ \t]+PDO|PDO->__construct|getConnection|mysqli_connect|mysqli|real_connect|mysql_connect|` +
    String.raw`ftp_login|ssh2_auth_password|ldap_bind|odbc_connect|imap_open|(?:pymysql|MySQLdb|pyodbc|oracledb|` +
    String.raw`cx_Oracle|ibm_db|pymssql)\.connect)[ \t]*\((?:[^()'"\r\n]{0,64}|(?<q0>['"])[^'"\r\n]{0,256}\k<q0>)[ \t]*,` +
    String.raw`[ \t]*(?<q>['"])(?<login>[^'"\r\n]{1,64})\k<q>[ \t]*,[ \t]*(?<q2>['"])(?<pw>[^\r\n]{6,128}?)\k<q2>[ \t]*[,)]`,
  'gd',
);
/** A `user:password` line (mosquitto, a list of logins), maybe indented or with a comment after it. */
const COLON_LINE = /^[ \t]{0,8}(?<login>[a-z][\w.-]{0,31}):(?<pw>[^\s:]\S{7,63})[ \t]*(?:#.*)?\r?$/dgm;
/** A `user:password` line's name that is a label or a field's (`note:Use#Tabs2Indent`, `login:Welcome2You!`). */
const LABEL_NAME =
  /^(?:note|notes|login|todo|tip|hint|example|usage|warning|error|info|debug|title|summary|status|name|type|host|path|url|tag|label|version|date|time|id|key|value|comment|description|source|target|mode|level|see|ref|default|format|message|subject|image)$/i;
/** pgbouncer's `userlist.txt`: `"user" "password"`, the whole line, any login name. */
const PAIR_LINE = /^"(?<login>[\w.@-]{1,64})"[ \t]+"(?<pw>[^"\r\n]{8,64})"[ \t]*\r?$/dgm;

/** Whether the match of `re` is no password's place (the row's start, a pgpass or passwd line, a label). */
function notPlaced(
  re: RegExp,
  text: string,
  m: RegExpExecArray | RegExpMatchArray,
  login: string,
  pw: string,
): boolean {
  if (re === DELIMITED) return !sepBefore(text, m.index!);
  // A pgpass-like line's port and fields (`localhost:5432:db:app:P`), a passwd or group line (`admin:x:110:ops`).
  // A word and a mark (`pu:Makefile".` in prose): a password there holds a digit or a generator's dash. A one-letter
  // name is a variable's or a drive's (`a:`, `c:`), two `%XX` escapes a URL's or a form's data.
  return (
    re === COLON_LINE &&
    (/^\d+:|:\/\/|^[x*!]?:|:\d+:|^[^\d-]*$|(?:%[0-9A-Fa-f]{2}.*){2}/.test(pw) ||
      login.length < 2 ||
      LABEL_NAME.test(login))
  );
}

/**
 * What every match of a regex that reads one line holds (DELIMITED's separator, SLASH's spaced slash): the regex runs
 * on the lines that hold it only (prose has neither; a whole-text scan tried each login at every word).
 */
const NEEDLES = new Map<RegExp, RegExp>([
  [DELIMITED, /[\t|;,]/g],
  [SLASH, /[ \t]\/[ \t]/g],
]);

/** The matches of `re` in text, or for a regex of NEEDLES in the lines that hold its needle (absolute indices). */
function* matchesOf(text: string, re: RegExp): Generator<RegExpExecArray> {
  const needle = NEEDLES.get(re);
  if (!needle) return yield* text.matchAll(re);
  needle.lastIndex = 0;
  for (let f = needle.exec(text); f !== null; f = needle.exec(text)) {
    const start = text.lastIndexOf('\n', f.index) + 1;
    let end = text.indexOf('\n', f.index);
    if (end === -1) end = text.length;
    for (const m of text.slice(start, end).matchAll(re)) {
      m.index += start;
      const pw = m.indices!.groups!.pw!;
      m.indices!.groups!.pw = [pw[0] + start, pw[1] + start];
      yield m;
    }
    needle.lastIndex = end;
  }
}

function accountRowHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const re of [DELIMITED, MARKUP, QUOTED, SLASH, CALL, COLON_LINE, PAIR_LINE]) {
    if (re === MARKUP && !text.includes('</')) continue;
    for (const m of matchesOf(text, re)) {
      const { login, pw } = m.groups as { login: string; pw: string };
      const [start, end] = m.indices!.groups!.pw!;
      if (notPlaced(re, text, m, login, pw)) continue;
      // After a slash, a passphrase's or a sentence's words (`admin / solve crowd large scheme`).
      const phrase = re === SLASH && !passwordBeside(login, pw) ? spacedPhrase(text, start) : -1;
      if (phrase !== -1) {
        hits.push({ rule: PASSPHRASE_RULE, start, end: phrase });
        continue;
      }
      if (re === CALL ? !secretArgValue(pw, true) : !passwordBeside(login, pw)) continue;
      hits.push({ rule: / /.test(pw) ? PASSPHRASE_RULE : ACCOUNT_RULE, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The pass (context-passes.ts). */
export const accountRowPass = (): Pass => runPass(accountRowHits);
