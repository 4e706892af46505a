/**
 * Command-like placements (README, Redaction, item 5), split from placements.ts: SQL, credential
 * file lines, command-line password flags, setters, argument arrays, cookies, calls with a name
 * and a value. Their branches form the key-name pass's command regex (formats.ts joins them);
 * values are judged by judgeAssignment where there is a name, else by isCliPassword.
 */
import { isAllowListed, looksRandom } from './generic.js';
import { isCliPassword } from './cli-passwords.js';
import { isPlaceholderValue, isSecretKey, judgeAssignment } from './key-names.js';
import { onLine } from './line-tests.js';
import { passphraseValue } from './passphrases.js';
import { idShaped, inCookieList } from './session-ids.js';
import type { Hit } from './pass.js';

const Q = `\\\\?["']`;
const QV = `[^"'\\\\\\r\\n]{1,4096}`;
/** A quoted command-line value may hold blanks (`-p 'two words'`); the first alternative of a value group. */
export const QUOTED_VALUE = `(?<=["'])(?:-(?=[^-'"\\s])|[^'"\\\\\\r\\n-])[^'"\\\\\\r\\n]{0,4095}(?=["'])|`;

/**
 * A quoted value of words (a passphrase piped to a command: `<<< 'canyon willow willow orbit'`), judged as one; a `$`
 * in single quotes is the value's own (`echo 'eSyExn!8637$kpmHQ' | docker login … --password-stdin`: attack 55).
 */
const QUOTED_PHRASE = `(?<=')[^'|\\\\\\r\\n]{8,256}(?=')|(?<=")[^"$|\\\\\\r\\n]{8,256}(?=")|`;

/** Commands that read a secret piped to them (`echo v | pass insert -e x`, `echo v | ssh-keygen -p`). */
const STDIN_READERS =
  '\\b(?:pass|gopass)[ \\t]+(?:insert|add)|\\bssh-(?:keygen|add)|\\bsecret-tool[ \\t]+store|\\bkeyring[ \\t]+set|' +
  '\\bwrangler[ \\t]+secret[ \\t]+put|\\bvercel[ \\t]+env[ \\t]+add|\\bop[ \\t]+item[ \\t]+(?:create|edit)|' +
  // Secret stores' setters that read the value from stdin, `kinit`, `passwd --stdin`.
  '\\b(?:gh|doppler|fly|flyctl|supabase|railway)[ \\t]+secrets?[ \\t]+set|\\bkinit|\\bpasswd[ \\t]+--stdin|' +
  // gpg's passphrase from descriptor 0, sshfs' `-o password_stdin`, `passwd USER` fed twice (`echo -e "P\\nP" |`).
  '--passphrase-fd[ \\t]+0|\\bpassword_stdin|\\bpasswd[ \\t]+[a-z_][\\w-]{0,31}[ \\t]*$';
/** The flags of a command that reads a secret from stdin, and those commands. */
const STDIN_FLAGS = `--password-stdin|--with-token|--token-stdin|--secret-stdin|--api-key-stdin|${STDIN_READERS}`;

/** A line that may hold one of the command-like placements. */
export const PLACEMENT_COMMAND_HINT = new RegExp(
  [
    `password[ \\t(=]|passwd[ \\t]|pass[:=]|pass[ \\t]+\\S|storepass|keypass|passphrase[ \\t]|identified|htpasswd|redis-cli|-a[ \\t]`,
    `\\bsetx?\\b|secrets?[ \\t]+set|setenv|fastcgi_param|config(?:ure)?[ \\t]+set|user-secrets|env:|cookie|login|auth[ \\t]`,
    `["']--?[A-Za-z][A-Za-z0-9-]*\\\\?["'][ \\t]*,|\\([ \\t]*\\\\?["'][^"'\\\\]{1,80}\\\\?["'][ \\t]*,`,
    `^[^:\\s#]{1,253}:(?:\\d{1,5}|\\*):[^:\\s]{1,128}:[^:\\s]{1,128}:\\S|^[^:\\s#]{1,128}:(?:\\$(?:apr1|2[abxy]?|[156])\\$|\\{SHA\\})`,
    `[A-Za-z0-9_]==[^=\\s]|--auth\\b|\\[[ \\t]*\\\\?["'][^"'\\\\]{1,80}\\\\?["'][ \\t]*,|-stdin\\b|--with-token|${STDIN_READERS}|sqlplus|expdp|impdp|sqlldr|securestring|add-mask|/p:|[\\s'"(]-[NkPpw][ \\t]|add_user|--value\\b|[\\s'"(]-U[^\\s%]*%|^[ \\t]*[A-Za-z0-9_.-]{1,80}[ \\t]+\\S+[ \\t]*;?\\r?$`,
  ].join('|'),
  'i',
);

/**
 * A setter's options (`set -gx`, `config set --global`): each read one way only (a letter after the dashes), at most
 * eight, for this is read in a lookbehind. `--?[a-zA-Z-]+` split ` --auth --verbose` two ways per option: exponential
 * on a long line of flags (attack10: a question of 17 KB that SIGTERM could not stop).
 */
export const SET_OPTIONS = '(?:[ \\t]+--?[a-zA-Z][a-zA-Z-]*){0,8}';

/**
 * c10, cookies: any name=value after the word cookie on a line (headers, document.cookie, curl --cookie). The value's
 * first 8 characters are looked for before the lookbehind reads back for the word (up to 4,096 characters at every
 * `=`: a line of `password=x ` repeated took 2.1 s per MiB); a line without the word is read by the regex without this
 * branch (PLACEMENT_COMMAND_SOURCE_NO_COOKIE).
 */
const COOKIE_BRANCH =
  `(?:^|[;:\\s"'=])[ \\t]*(?<c10k>[A-Za-z0-9_.-]{1,64})=(?=[^;\\s"'\\\\,]{8})(?<=\\bcookies?\\b[^\\r\\n]{0,4096})` +
  `(?<c10v>[^;\\s"'\\\\,]{8,4096})`;

/** Branches for the command regex (named groups c<n>…). */
const COMMAND_BRANCHES = [
  // c1: SQL PASSWORD 'v', IDENTIFIED [WITH plugin] BY 'v'
  `\\b(?:password|identified(?:[ \\t]+with[ \\t]+[A-Za-z0-9_]+)?[ \\t]+by)[ \\t]+(?:=[ \\t]*)?N?'(?<c1v>[^'\\r\\n]{1,1024})'`,
  // c2: .netrc password P
  `(?:^|[\\s])password[ \\t]+(?<c2v>[^\\s'"]{1,1024})`,
  // c3: .pgpass host:port:db:user:password
  `^(?<c3h>[^:\\s#]{1,253}):(?:\\d{1,5}|\\*):[^:\\s]{1,128}:[^:\\s]{1,128}:(?<c3v>\\S{1,1024}?)[ \\t]*\\r?$`,
  // c4: .htpasswd hashes
  `^[^:\\s#]{1,128}:(?:\\$apr1\\$[./0-9A-Za-z]{1,8}\\$(?<c4a>[./0-9A-Za-z]{22})|\\$2[abxy]?\\$\\d\\d\\$(?<c4b>[./0-9A-Za-z]{53})|\\{SHA\\}(?<c4c>[A-Za-z0-9+/]{27}=)|\\$[156]\\$[./0-9A-Za-z]{1,16}\\$(?<c4d>[./0-9A-Za-z]{22,86}))`,
  // c5: fish set -x NAME v, setx NAME v, setenv NAME v, SetEnv NAME v, aws configure set NAME v, npm config set NAME v,
  // dotnet user-secrets set "NAME" "v"
  `(?:\\bset(?:[ \\t]+-[a-zA-Z]+)+|\\bsetx(?:[ \\t]+/m)?|\\bsetenv|\\bSetEnv|\\bfastcgi_param|\\bconfig(?:ure)?[ \\t]+set${SET_OPTIONS}|\\buser-secrets[ \\t]+set)[ \\t]+(?<c5a>["']?)(?<c5k>[A-Za-z_/][A-Za-z0-9_.:/-]{0,79})\\k<c5a>[ \\t]+(?<c5q>["']?)(?<c5v>[^\\s"']{1,4096})\\k<c5q>`,
  // c6: gh secret set NAME --body v / -b v
  `\\bsecret[ \\t]+set[ \\t]+(?<c6k>[A-Za-z_][A-Za-z0-9_]{0,79})\\b[^\\r\\n]*?[ \\t](?:--body|-b)(?:=|[ \\t]+)(?<c6q>["']?)(?<c6v>[^\\s"']{1,4096})\\k<c6q>`,
  // c7: -a PW (redis-cli), --password PW (login commands; `-p PW` is formats.ts's -p branch); PW may start with a `-`
  // that no flag's letter follows (`-=7eU}…`)
  `(?:^|[\\s'"(])(?<c7o>-a|--password|--auth)[ \\t]+(?<c7q>${Q}|)(?<c7v>${QUOTED_VALUE}(?:[^\\s'"\\\\-]|-(?=[^\\sA-Za-z0-9'"\\\\-]))[^\\s'"\\\\]{0,4095})\\k<c7q>`,
  // c8: htpasswd -b[cB…] … user PW (the last argument; also the last of a command a JSON string holds: `…PW"}`), the
  // flags within 256 characters and the line within 1,024 (unbounded, each `htpasswd` read the rest of a long line)
  `\\bhtpasswd[ \\t]+(?=(?:[^\\r\\n]{0,256}[ \\t])?-[A-Za-z]*b)[^\\r\\n]{0,1024}[ \\t](?<c8q>["']?)(?<c8v>[^\\s"']{1,1024})\\k<c8q>(?:\\\\?"[ \\t]*[,}\\]]*)?[ \\t]*\\r?$`,
  // c9: argument arrays ["--api-key", "v"], ["-p", "v"]
  `(?<c9a>\\\\?["'])(?<c9o>--?[A-Za-z][A-Za-z0-9-]{0,40})\\k<c9a>[ \\t]*,[ \\t]*(?<c9q>${Q})(?<c9v>${QV})\\k<c9q>`,
  COOKIE_BRANCH,
  // c11: a call with a name and a value: define('DB_PASSWORD', 'v'), os.Setenv("X", "v"), SetEnvironmentVariable("X",
  // "v")
  `\\((?<=[\\w$\\]][ \\t]*\\()[ \\t]*(?<c11q>${Q})(?<c11k>[A-Za-z0-9_.:/-]{1,80})\\k<c11q>[ \\t]*,[ \\t]*(?<c11vq>${Q})(?<c11v>${QV})\\k<c11vq>`,
  // c12: IDENTIFIED BY v (unquoted, Oracle), PASSWORD('v')
  `\\bidentified[ \\t]+by[ \\t]+(?<c12q>"?)(?<c12v>[A-Za-z0-9_#$!@%^&*+.-]{4,128})\\k<c12q>(?=[ \\t;]|\\r?$)`,
  `=[ \\t]*password[ \\t]*\\([ \\t]*'(?<c13v>[^'\\r\\n]{1,1024})'`,
  // c14: sqlplus user/pw@db
  `\\b(?:sqlplus|sqlldr|expdp|impdp|exp|imp|rman)\\b[^\\r\\n]*?[ \\t]["']?[A-Za-z0-9_$#.-]{1,64}/(?<c14v>[^\\s@/"']{3,128})(?=@|["']?(?:[ \\t]|\\r?$))`,
  // c15: -P (zip, sqlcmd, ssh-keygen), -N (ssh-keygen), -k (openssl), -storepass/-keypass (keytool), -password,
  // -passphrase
  `(?:^|[\\s'"(])(?<c15o>-P|-N|-k|-w|-(?:src|dest|new)?(?:store|key)pass|-password|-passphrase)[ \\t]+(?<c15q>${Q}|)(?<c15v>${QUOTED_VALUE}[^\\s'"\\\\-][^\\s'"\\\\]{0,4095})\\k<c15q>`,
  // c16: ConvertTo-SecureString "v" -AsPlainText, ::add-mask::v, cmdkey /pass:v, xfreerdp /p:v
  `\\bConvertTo-SecureString[ \\t]+(?:-String[ \\t]+)?(?<c16q>${Q})(?<c16v>${QV})\\k<c16q>`,
  `::add-mask::(?<c17v>[^\\s"'$%][^\\s"']{3,4095})`,
  `(?:^|[\\s"'])/(?<c18o>pass|password|p)[:=](?<c18q>["']?)(?<c18v>[^\\s"']{1,1024})\\k<c18q>`,
  // c20: PowerShell Set-Item Env:X -Value "v", New-Item env:X -Value v
  `\\benv:(?<c20k>[A-Za-z_][A-Za-z0-9_]{0,79})[ \\t]+(?:-Value[ \\t]+)?(?<c20q>${Q}|)(?<c20v>[^\\s"'\\\\-][^\\s"'\\\\]{0,4095})\\k<c20q>`,
  // c21: rabbitmqctl add_user NAME PW / change_password NAME PW; smbclient -U user%pw
  `\\b(?:add_user|change_password)[ \\t]+["']?[^\\s"']+["']?[ \\t]+(?<c21q>["']?)(?<c21v>[^\\s"']{1,1024})\\k<c21q>`,
  // (The regex ignores case: a user holds no `:`, so curl's `-u user:pw%…` is left to f8, formats.ts.)
  `(?:^|[\\s'"(])-U[ \\t]*["']?[^\\s%"':]+%(?<c22v>[^\\s"']{1,1024})`,
  // c23: --name NAME … --value V (aws ssm put-parameter, az keyvault secret set)
  `--name(?:=|[ \\t]+)(?<c23q>["']?)(?<c23k>[A-Za-z0-9_./:-]{1,120})\\k<c23q>(?:[ \\t]+--?[A-Za-z][A-Za-z0-9-]*(?:(?:=|[ \\t]+)(?!-)[^\\s]+)?)*?[ \\t]+--value(?:=|[ \\t]+)(?<c23vq>["']?)(?<c23v>[^\\s"']{1,4096})\\k<c23vq>`,
  // c24: httpie and xh query parameters, name==value
  `[ \\t](?<c24k>[A-Za-z_][A-Za-z0-9_.-]{0,63})==(?<c24q>["']?)(?<c24v>[^\\s"'=][^\\s"']{7,4095})\\k<c24q>`,
  // c25: a pair as an array, ["MISTRAL_API_KEY", "v"] (JSON, Python), also a value piped to a command that reads it
  // from stdin
  `\\[[ \\t]*(?<c25q>${Q})(?<c25k>[A-Za-z_][A-Za-z0-9_.-]{0,63})\\k<c25q>[ \\t]*,[ \\t]*(?<c25vq>${Q})(?<c25v>${QV})\\k<c25vq>[ \\t]*\\]`,
  // (`printf '%s' V |`, `cat <<< V |`; a line that starts with the quote closing a format whose `\n` the view read
  // as a line break), or given as a here-string after it (`… --with-token <<< V`)
  `(?:\\b(?:echo|printf)[ \\t]+(?:-[neE]+[ \\t]+)?(?:(?<c26f>["'])%[^"'%\\r\\n]{0,8}\\k<c26f>[ \\t]+|%[^\\s"'%]{0,8}[ \\t]+)?|\\bcat[ \\t]+<<<[ \\t]*|^["'][ \\t]+)(?<c26q>["']?)(?<c26v>${QUOTED_PHRASE}[^\\s"'$|]{8,1024})\\k<c26q>[ \\t]*\\|[^|\\r\\n]*?(?:${STDIN_FLAGS})\\b`,
  `(?:${STDIN_FLAGS})\\b[^|<\\r\\n]{0,200}<<<[ \\t]*(?<c27q>["']?)(?<c27v>${QUOTED_PHRASE}[^\\s"'$|]{8,1024})\\k<c27q>`,
  // c19: a line that is a secret name, whitespace and one value (redis.conf, msmtprc, fetchmailrc)
  `^[ \\t]*(?<c19k>[A-Za-z_][A-Za-z0-9_.-]{1,79})[ \\t]+(?<c19q>["']?)(?<c19v>[^\\s"']{4,1024})\\k<c19q>[ \\t]*;?\\r?$`,
];
export const PLACEMENT_COMMAND_SOURCE = COMMAND_BRANCHES.join('|');
/** The same without the cookie branch, for a line that does not hold the word (no match of it is then possible). */
export const PLACEMENT_COMMAND_SOURCE_NO_COOKIE = COMMAND_BRANCHES.filter((b) => b !== COOKIE_BRANCH).join('|');
/** A line the cookie branch may match on (its lookbehind's word, in any case: the regex ignores case). */
export const COOKIE_WORD = /cookie/i;

/** Commands whose `-p` takes the password after a space. */
export const LOGIN =
  /\b(?:docker|podman|nerdctl|buildah|skopeo|helm(?:[ \t]+registry)?|oc|az|cf|crane|regctl)[ \t]+login\b|\bsshpass\b|\b(?:mongo(?:sh|dump|restore|export|import|stat|top|files)?|twine|influx|rabbitmqadmin|ncftp(?:get|put)?|cqlsh|cypher-shell|clickhouse-client)\b/;
/** httpie and xh, the commands whose `name==value` is a query parameter and whose `-a` takes `user:pw`. */
const HTTPIE =
  /(?:^|[\s;&|$>])(?:https?|xhs?)[ \t]+(?:-{1,2}[A-Za-z][\w-]*[ \t]+)*(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|[a-z0-9.-]*[.:/])/;
const SHORT_TOOLS = /\b(?:mysql|mysqldump|mysqladmin|mariadb|redis-cli|sshpass)\b/;
/** The commands a flag's value is judged by (each asked once per line: line-tests.ts). */
const REDIS_CLI = /\bredis-cli\b/;
const HTPASSWD_B = /\bhtpasswd[ \t]+(?:[^\r\n]*[ \t])?-[A-Za-z]*b/;
const CURL_LIKE = /\b(?:curl|wget|http)\b/;
const CAPITAL_P_TOOLS = /\b(?:zip|unzip|sqlcmd|bcp|7za?|rar|unrar|mosquitto_(?:pub|sub))\b/;
const SSH_KEYGEN = /\bssh-keygen\b/;
const OPENSSL = /\bopenssl\b/;
const W_TOOLS = /\bldap[a-z]*\b|\bsecurity[ \t]+add-(?:generic|internet)-password\b/;
const FREERDP = /\b[wx]freerdp\b/i;
const RABBITMQCTL = /\brabbitmqctl\b/;
const SMB_TOOLS = /\b(?:smbclient|rpcclient|smbmap|net|crackmapexec|nxc)\b/;
const COOKIE_NAMES = /sess|sid$|token|auth|csrf|xsrf|jwt|remember|login|secret|key|^_?_?(?:host|secure)-/i;
/** Session cookie names (HAR and browser exports list cookies as `{"name": …, "value": …}`). */
const SESSION_NAME = /sess|^sid$|^connect\.sid$|^jsessionid$|^phpsessid$|remember|csrf|xsrf|^_?_?(?:host|secure)-|jwt/i;

/**
 * A string literal in code that may be a credential: one token with a digit, or random-looking
 * (`log.info('token', 'creating')`, `AccessToken("access.key", "access.secret")` and
 * `headers['Authorization'] = 'Bearer %s'` are code, not values).
 */
export function codeValue(value: string): boolean {
  return !/\s/.test(value) && (/\d/.test(value) || looksRandom(value));
}

/** The verdict for a name/value pair: a key-name verdict, else a session cookie's value. */
export function judgePair(key: string, value: string): string | null {
  const rule = judgeAssignment(key, value);
  if (rule !== null || isPlaceholderValue(value)) return rule;
  if (/^(?:set-?)?cookie$/i.test(key))
    return /(?:^|[;\s])[^=;\s]*(?:sess|sid|token|auth|csrf|jwt)[^=;\s]*=[^;\s]{8,}/i.test(value)
      ? 'cookie-value'
      : null;
  return SESSION_NAME.test(key) && value.length >= 16 && !/\s/.test(value) ? 'cookie-value' : null;
}

/** A value piped to a command that reads a secret: one word, or words that make a passphrase. */
const stdinValue = (v: string): boolean => !/\s/.test(v) || passphraseValue(v);

type Resolved = Hit | number | undefined;
interface Ctx {
  g: Record<string, string | undefined>;
  line: string;
  keep: number;
  hit: (rule: string | null, name: string) => Hit | number;
  cli: (ok: boolean, name: string) => Hit | number;
}

/** Resolves a command-branch match: a hit, a resume index, or undefined if no command branch matched. */
export function resolveCommand(m: RegExpExecArray): Resolved {
  const g = m.groups!;
  const idx = m.indices!.groups!;
  const keep = m.index + 1;
  const hit = (rule: string | null, name: string): Hit | number =>
    rule === null ? keep : { rule, start: idx[name]![0], end: idx[name]![1] };
  const cli = (ok: boolean, name: string): Hit | number =>
    ok && isCliPassword(g[name]!) ? hit('cli-password', name) : keep;
  const c: Ctx = { g, line: m.input, keep, hit, cli };
  return sqlAndFiles(c, idx) ?? flagsAndCalls(c, m);
}

/** A line that reads as .netrc (asked once per line: a line of many `password …` asked it for each). */
const NETRC = /\bmachine[ \t]+\S|\bdefault[ \t]+login\b|\blogin[ \t]+\S+[ \t]+(?:account[ \t]+\S+[ \t]+)?password[ \t]/;

/** An IPv6 address: groups of up to four hex digits, maybe `::`-shortened, maybe a zone. */
const IPV6 = /^[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){4,7}(?:%[\w.-]+)?$/;

/** c1–c9: SQL, .netrc, .pgpass, .htpasswd, setters, gh secret set, -a/--password, htpasswd -b, argument arrays. */
function sqlAndFiles({ g, line, keep, hit, cli }: Ctx, idx: Record<string, [number, number] | undefined>): Resolved {
  if (g.c1v !== undefined)
    return cli(
      /\b(?:create|alter)[ \t]+(?:user|role|login)\b|\bidentified\b|\bwith\b[^\r\n]*\bpassword\b|\bset[ \t]+password\b/i.test(
        line,
      ),
      'c1v',
    );
  // .netrc: on a `machine … login …` line, or alone on its line (then not a lowercase word: `password please`).
  if (g.c2v !== undefined)
    return cli(
      (onLine(NETRC, line) || (/^\s*password[ \t]+\S+\s*$/.test(line) && /[^a-z]/.test(g.c2v))) &&
        !/[.?!:]$/.test(g.c2v),
      'c2v',
    );
  // (Not an IPv6 address's groups: `b500:4266:f3b5:ebc0:23e8:…`, attack 58.)
  if (g.c3v !== undefined)
    return cli(
      /[A-Za-z*.]/.test(g.c3h!) &&
        !/^\d{1,2}$/.test(g.c3h!) &&
        !g.c3h!.includes('/') &&
        !IPV6.test(line.slice(idx.c3h![0], idx.c3v![1])),
      'c3v',
    );
  for (const n of ['c4a', 'c4b', 'c4c', 'c4d']) if (g[n] !== undefined) return hit('htpasswd-hash', n);
  if (g.c5k !== undefined) return hit(judgeAssignment(g.c5k, g.c5v!), 'c5v');
  if (g.c6k !== undefined) return isPlaceholderValue(g.c6v!) && g.c6v!.length >= 8 ? keep : cli(true, 'c6v');
  if (g.c7o !== undefined) {
    const o = g.c7o;
    // httpie and xh: `http -a user:pw`, `--auth user:pw` (the password after the first colon).
    if (o !== '--password' && onLine(HTTPIE, line)) {
      const colon = g.c7v!.indexOf(':');
      if (colon <= 0 || !isCliPassword(g.c7v!.slice(colon + 1))) return keep;
      return { rule: 'cli-password', start: idx.c7v![0] + colon + 1, end: idx.c7v![1] };
    }
    const ok = o === '-a' ? onLine(REDIS_CLI, line) : onLine(LOGIN, line);
    return cli(ok, 'c7v');
  }
  // The regex is case-insensitive: `-B` (bcrypt) is no `-b` (the password on the command line).
  if (g.c8v !== undefined) return cli(onLine(HTPASSWD_B, line), 'c8v');
  if (g.c9o !== undefined) {
    const o = g.c9o;
    const value = g.c9v!;
    // ["-u", "user:pw"], ["--user", "user:pw"]: the password after the first colon.
    if (/^(?:-u|--user|--proxy-user)$/.test(o)) {
      const colon = value.indexOf(':');
      if (colon <= 0 || !isCliPassword(value.slice(colon + 1)) || !onLine(CURL_LIKE, line)) return keep;
      return { rule: 'cli-password', start: idx.c9v![0] + colon + 1, end: idx.c9v![1] };
    }
    if (o.startsWith('--')) return hit(judgeAssignment(o.slice(2), value), 'c9v');
    if ((o === '-p' || o === '-a') && (onLine(SHORT_TOOLS, line) || onLine(LOGIN, line))) return cli(true, 'c9v');
    // Any other short option: only a value that reads as random (`["-p", "8080:8080"]` stays).
    return /^[A-Za-z0-9+/_.~-]{16,}={0,2}$/.test(value) && looksRandom(value) && !isAllowListed(o, value)
      ? hit('cli-password', 'c9v')
      : keep;
  }
  return undefined;
}

/** Whether a short flag (`-p`, `-P`, `-N`, `-k`, `-w`, …) takes a password in this command line. */
function shortFlagTakesPassword(o: string, line: string): boolean {
  if (o === '-p') return onLine(LOGIN, line);
  // ssh-keygen's `-P` is the old passphrase, `-N` the new one (`ssh-keygen -p -P old -N new -f key`: attack 58b).
  if (o === '-P') return onLine(CAPITAL_P_TOOLS, line) || onLine(SSH_KEYGEN, line);
  if (o === '-N') return onLine(SSH_KEYGEN, line);
  if (o === '-k') return onLine(OPENSSL, line);
  // ldapsearch's bind password; macOS `security add-generic-password … -w PW` (the keychain's password).
  if (o === '-w') return onLine(W_TOOLS, line);
  return /pass|password|passphrase/i.test(o);
}

/**
 * c10–c23: cookies, calls, Oracle, sqlplus, short flags, PowerShell, rabbitmqctl, smbclient, --name/--value, NAME value
 * lines.
 */
function flagsAndCalls({ g, line, keep, hit, cli }: Ctx, m: RegExpExecArray): Resolved {
  if (g.c10k !== undefined) {
    const k = g.c10k;
    const value = g.c10v!;
    if (/^(?:path|domain|expires|max-age|samesite)$/i.test(k) || isPlaceholderValue(value)) return keep;
    // A log's id on a line that says "cookie" elsewhere (`Set the cookie later; session_id=<uuid>`): session-ids.ts.
    const at = m.indices!.groups!.c10k![0];
    if (idShaped(value) && !inCookieList(line.slice(Math.max(0, at - 4096), at))) return keep;
    return COOKIE_NAMES.test(k) || (looksRandom(value) && !isAllowListed(k, value))
      ? hit('cookie-value', 'c10v')
      : keep;
  }
  if (g.c11k !== undefined) return codeValue(g.c11v!) ? hit(judgePair(g.c11k, g.c11v!), 'c11v') : keep;
  // Unquoted (Oracle): only in a statement that makes or changes a user (prose says "identified by start and end").
  if (g.c12v !== undefined)
    return cli(
      /\b(?:create|alter|grant)\b[^\r\n]*\b(?:user|role|login|to)\b/i.test(line) &&
        !/^(?:values|password|external|globally|default)$/i.test(g.c12v),
      'c12v',
    );
  if (g.c13v !== undefined) return cli(true, 'c13v');
  if (g.c14v !== undefined) return cli(true, 'c14v');
  if (g.c15o !== undefined) {
    const o = m[0]
      .trimStart()
      .replace(/^['"(]/, '')
      .split(/[ \t]/)[0]!;
    const value = g.c15v!;
    if (/^(?:env|file|fd|stdin|pass):/i.test(value)) return keep;
    const ok = shortFlagTakesPassword(o, line);
    return cli(ok, 'c15v');
  }
  if (g.c16v !== undefined) return cli(true, 'c16v');
  if (g.c17v !== undefined) return cli(true, 'c17v');
  if (g.c18o !== undefined) return cli(g.c18o.toLowerCase() !== 'p' || onLine(FREERDP, line), 'c18v');
  if (g.c20k !== undefined) return hit(judgeAssignment(g.c20k, g.c20v!), 'c20v');
  if (g.c21v !== undefined) return cli(onLine(RABBITMQCTL, line), 'c21v');
  if (g.c22v !== undefined) return cli(onLine(SMB_TOOLS, line), 'c22v');
  if (g.c25k !== undefined) return codeValue(g.c25v!) ? hit(judgePair(g.c25k, g.c25v!), 'c25v') : keep;
  if (g.c26v !== undefined) return cli(stdinValue(g.c26v), 'c26v');
  if (g.c27v !== undefined) return cli(stdinValue(g.c27v), 'c27v');
  if (g.c24k !== undefined) return onLine(HTTPIE, line) ? hit(judgeAssignment(g.c24k, g.c24v!), 'c24v') : keep;
  if (g.c23k !== undefined) return hit(judgePair(g.c23k.replace(/^.*[/:]/, ''), g.c23v!), 'c23v');
  if (g.c19k !== undefined) {
    const k = g.c19k;
    const value = g.c19v!;
    if (
      !(isSecretKey(k) || /^(?:requirepass|masterauth)$/i.test(k)) ||
      !isCliPassword(value) ||
      !/[^a-z]/.test(value) ||
      /[.?!:,]$/.test(value)
    )
      return keep;
    return hit(
      judgeAssignment(k, value) ?? (/\d/.test(value) && /[A-Za-z]/.test(value) ? 'secret-key-value' : null),
      'c19v',
    );
  }
  return undefined;
}
