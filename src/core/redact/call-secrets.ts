/**
 * Values code hands to an API where the callee, not a `name = value`, says what the argument is (issue 11, round 24):
 * - a setter or builder named for a secret takes it as its last argument (`ds.setPassword("…")`, `.password("…")`,
 *   `.apiKey("…")`, `.withApiKey(…)`, `.token(…)`, `builder.credentials(user, "…")`, `.bearer_auth("…")`);
 * - a store of named values takes it after a secret name (`config.set("default", "api_key", "…")`,
 *   `os.Setenv("X_TOKEN", "…")`, `std::env::set_var`, `SetEnvironmentVariable`, `putenv("X_PASSWORD=…")`);
 * - a callee known to take a credential at a position (`HTTPBasicAuth(user, "…")`, `smtp.login(user, "…")`,
 *   `new NetworkCredential(u, "…")`, `jwt.encode(payload, "…")`, `Fernet(b"…")`, `AES.new(b"…")`,
 *   `createHmac('sha256', '…')`, `redis.Redis(host, port, db, "…")`, `pymysql.connect(host, user, "…")`,
 *   `new mysqli(…)`, `new PDO(dsn, user, "…")`, `DriverManager.getConnection(url, user, "…")`, `Net::SMTP.start`,
 *   AWS CDK's `SecretValue.unsafePlainText("…")`, Pulumi's `pulumi.secret("…")`);
 * - connection strings: ODBC's `PWD={…}` (with `}}` escapes) and Go's MySQL DSN `user:pass@tcp(host)/db`.
 * Found from the callees' names in the shared literal scan; a call's arguments are read to its closing bracket (at
 * most MAX_ARGS characters, quotes skipped, a call read once), and only a string literal (also `b"…"`, `Some("…")`,
 * `aws.String("…")`) at the callee's position is judged, as a stored value is (store-calls.ts's `storedValue`): a
 * variable, `os.environ[…]`, a placeholder, a host, a user or a model name is never taken.
 */
import { humanPhrase, passphraseValue } from './passphrases.js';
import { isPlaceholderValue, isSecretKey } from './key-names.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { storedValue } from './store-calls.js';
import { isCliPassword } from './cli-passwords.js';

/** Where the secret is: the 0-based positional argument, the last one, or the one after a secret name. */
type At = number | 'last' | 'named';

/**
 * A callee's place for the secret; `takes`: what it takes there besides a random token, a person's password (as under a
 * password's name: cli-passwords.ts; `mVRjF7Pdxy`, `Falcon$1987`), or only a literal made a char array (Java's key
 * stores: `ks.load(in, "…".toCharArray())`).
 */
interface Call {
  at: At;
  takes?: 'password' | 'chars';
}
const pw = (at: At): Call => ({ at, takes: 'password' });
const chars = (at: At): Call => ({ at, takes: 'chars' });

/** Callees by their name as written before `(` (case folded); a name with no `.` must not follow a word character. */
const CALLS: Record<string, At | Call> = {
  setpassword: pw('last'),
  '.password': pw('last'),
  withpassword: pw('last'),
  '.apikey': 'last',
  setapikey: 'last',
  withapikey: 'last',
  '.token': 'last',
  settoken: 'last',
  '.credentials': 'last',
  setcredentials: 'last',
  '.secret': 'last',
  setsecret: 'last',
  setclientsecret: 'last',
  '.clientsecret': 'last',
  '.secretkey': 'last',
  setsecretkey: 'last',
  setaccesstoken: 'last',
  '.accesstoken': 'last',
  bearer_auth: 'last',
  bearerauth: 'last',
  '.set': 'named',
  '.put': 'named',
  setproperty: 'named',
  setenv: 'named',
  set_var: 'named',
  setenvironmentvariable: 'named',
  setdefault: 'named',
  putenv: 'named',
  httpbasicauth: pw(1),
  httpdigestauth: pw(1),
  basic_auth: pw(1),
  setbasicauth: pw(1),
  '.login': pw(1),
  networkcredential: pw(1),
  basicawscredentials: 1,
  basicsessioncredentials: 1,
  newstaticcredentials: 1,
  newstaticcredentialsprovider: 1,
  'boto3.session': 1,
  'jwt.encode': 1,
  'jwt.sign': 1,
  'jwt.decode': 1,
  fernet: 0,
  'aes.new': 0,
  'hmac.new': 0,
  createhmac: 1,
  'redis.redis': pw(3),
  strictredis: pw(3),
  'ssh.connect': pw(3),
  'pymysql.connect': pw(2),
  'mysqldb.connect': pw(2),
  mysqli: pw(2),
  mysqli_connect: pw(2),
  'new pdo': pw(2),
  getconnection: pw(2),
  'smtp.start': pw(4),
  // Attack 57: a password by its position in more connections and logins (Python's ftplib, Perl's DBI and Net::FTP,
  // Ruby's Net::FTP, PHP's ftp_login and ldap_bind, Oracle's drivers, Sequelize).
  'ftplib.ftp': pw(2),
  'ftplib.ftp_tls': pw(2),
  // (`from ftplib import FTP`: the class alone, as it is usually written.)
  ftp: pw(2),
  ftp_tls: pw(2),
  'net::ftp.new': pw(2),
  'net::ftp.open': pw(2),
  'dbi->connect': pw(2),
  '->login': pw(1),
  ftp_login: pw(2),
  ldap_bind: pw(2),
  'cx_oracle.connect': pw(1),
  'new sequelize': pw(2),
  // Java's char[] password to a key store (`ks.load(in, "…".toCharArray())`): only a literal made a char array.
  '.load': chars(1),
  '.getkey': chars(1),
  '.store': chars(1),
  '.setkeyentry': chars(2),
  '.init': chars(1),
  clientsecretcredential: 2,
  openai: 0,
  'new client': 0,
  asyncopenai: 0,
  // A secret's value given whole to the tool that stores it (AWS CDK's, Pulumi's: attack 36).
  'secretvalue.unsafeplaintext': 0,
  'secretvalue.plaintext': 0,
  'pulumi.secret': 0,
  'pulumi.output.secret': 0,
  // Round 38: CDK's Python names, Pulumi's Go, .NET and Java ones, a `new SecretValue("…")`, Terraform CDK's
  // `sensitive("…")`.
  'secretvalue.unsafe_plain_text': 0,
  'secretvalue.plain_text': 0,
  'new secretvalue': 0,
  'pulumi.tosecret': 0,
  'output.createsecret': 0,
  'output.ofsecret': 0,
  'fn.sensitive': 0,
  sensitive: 0,
};
const NAMES = Object.keys(CALLS);
const scan = literalScan([...NAMES.map((n) => `${n}(`), 'pwd={', '@tcp(', '@unix(']);
const WORD = /[\w$]/;
/** The most characters of a call's arguments read. */
const MAX_ARGS = 1024;
/** An argument that is one string literal, maybe wrapped once (`b"…"`, `Some("…")`, `aws.String("…")`). */
const LITERAL_ARG =
  /^(?:[A-Za-z_][\w.:]{0,30}\([ \t]*)?(?:[bBrRuU]{1,2}|@)?(["'`])([^"'`\\\r\n]{1,512})\1(\.toCharArray\(\))?[ \t]*\)?$/;
/** A named argument (`password="…"`, `user: "…"`): no positional one. */
const NAMED_ARG = /^[A-Za-z_]\w{0,40}[ \t]*(?:=(?!=)|:(?!:))/;
/** A secret name's last segment (`mail.smtp.password`, `javax.net.ssl.keyStorePassword`, `X_TOKEN`). */
const SECRET_END = /(?:token|secret|password|passwd|pass|pwd|api_?key|access_?key|private_?key|credentials?)$/i;

/** A call's arguments from its bracket at `open`: each one's range, or null when it does not close in MAX_ARGS. */
function argsOf(text: string, open: number): { args: [number, number][]; end: number } {
  const args: [number, number][] = [];
  const stop = Math.min(text.length, open + MAX_ARGS);
  let depth = 0;
  let from = open + 1;
  let i = open;
  for (; i < stop; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) {
        if (text.slice(from, i).trim() !== '') args.push([from, i]);
        return { args, end: i + 1 };
      }
    } else if (c === ',' && depth === 1) {
      args.push([from, i]);
      from = i + 1;
    } else if (c === '"' || c === "'" || c === '`') {
      const close = text.indexOf(c, i + 1);
      if (close === -1 || close >= stop || text.slice(i, close).includes('\n')) break;
      i = close;
    }
  }
  return { args: [], end: i };
}

/** The literal an argument is, as a range of the text (and whether it is made a char array), or null. */
function literalOf(text: string, [s, e]: [number, number]): [number, number, boolean] | null {
  const raw = text.slice(s, e);
  const m = LITERAL_ARG.exec(raw.trim());
  if (m === null) return null;
  const at = s + raw.indexOf(m[1]! + m[2]! + m[1]!) + 1;
  return [at, at + m[2]!.length, m[3] !== undefined];
}

const secretName = (n: string): boolean =>
  SECRET_END.test(n.slice(n.lastIndexOf('.') + 1)) || (isSecretKey(n) && !/[ /]/.test(n));

function push(text: string, hits: Hit[], s: number, e: number, password = false): void {
  const v = text.slice(s, e);
  // A header's scheme and value (`"Bearer $(cat token.txt)"`: call-args.ts reads those), a template or a command.
  if (/\$[({]|#\{|%\(/.test(v)) return;
  // Words where a password goes: a passphrase (`smtp.login(user, "amber falcon river 42")`: attack 59), else no value.
  if (/\s/.test(v)) {
    if (password && (passphraseValue(v) || humanPhrase(v))) hits.push({ rule: 'call-secret', start: s, end: e });
    return;
  }
  if (!isPlaceholderValue(v) && (storedValue(v) || (password && isCliPassword(v))))
    hits.push({ rule: 'call-secret', start: s, end: e });
}

/** Adds the hit of the call whose name starts at `at`; returns where its reading stopped. */
function callHits(text: string, at: number, hits: Hit[]): number {
  const head = text.slice(at, at + 40).toLowerCase();
  const name = NAMES.find((n) => head.startsWith(`${n}(`));
  if (name === undefined || (name[0] !== '.' && at > 0 && WORD.test(text[at - 1]!))) return at + 1;
  const { args, end } = argsOf(text, at + name.length);
  const positional = args.filter(([s, e]) => !NAMED_ARG.test(text.slice(s, e).trimStart()));
  const call = CALLS[name]!;
  const { at: spec, takes } = typeof call === 'object' ? call : { at: call, takes: undefined };
  const lits = positional.map((a) => literalOf(text, a));
  if (spec === 'named') {
    const k = lits.findIndex((l) => l !== null && secretName(text.slice(l[0], l[1]).split('=')[0]!));
    const l = lits[k];
    const eq = l ? text.indexOf('=', l[0]) : -1;
    if (l && name === 'putenv' && eq !== -1 && eq < l[1]) push(text, hits, eq + 1, l[1]);
    else if (l && lits[k + 1]) push(text, hits, lits[k + 1]![0], lits[k + 1]![1]);
  } else {
    const l = spec === 'last' ? lits.at(-1) : lits[spec];
    if (l && (l[2] || takes !== 'chars')) push(text, hits, l[0], l[1], takes !== undefined);
  }
  return end;
}

/** ODBC's `PWD={…}`: to the `}` that is no `}}` escape, on the line, at most 256 characters. */
function odbcHit(text: string, at: number, hits: Hit[]): void {
  const s = at + 5;
  for (let i = s; i < text.length && i - s < 256 && text[i] !== '\n'; i++)
    if (text[i] === '}') {
      if (text[i + 1] !== '}') return push(text, hits, s, i);
      i++;
    }
}

/** Go's MySQL DSN `user:pass@tcp(`: the password between the `:` and the `@`, at most 256 characters back. */
function dsnHit(text: string, at: number, hits: Hit[]): void {
  let i = at - 1;
  while (i >= 0 && at - i < 256 && !/[\s"'`/]/.test(text[i]!)) i--;
  const colon = text.indexOf(':', i + 1);
  if (colon > i + 1 && colon < at - 1) push(text, hits, colon + 1, at);
}

/** The pass (see the file's comment). */
export function callSecretPass(): Pass {
  return runPass((text) => {
    const hits: Hit[] = [];
    let done = -1;
    for (const at of scan?.(text) ?? []) {
      if (at < done) continue;
      const c = text.charCodeAt(at);
      if (c === 64) dsnHit(text, at, hits);
      else if ((c === 112 || c === 80) && /^pwd=\{/i.test(text.slice(at, at + 5))) odbcHit(text, at, hits);
      else done = callHits(text, at, hits);
    }
    hits.sort((a, b) => a.start - b.start);
    return hits.filter((h, i) => i === 0 || hits[i - 1]!.end <= h.start);
  });
}
