/**
 * Attack 57: a password given by its position to a connection or a login went out: callees no rule knew (Python's
 * `ftplib.FTP(host, user, pw)`, Perl's `DBI->connect(dsn, user, pw)` and `->login`, Ruby's `Net::FTP.new`, PHP's
 * `ftp_login` and `ldap_bind`, Oracle's drivers, Sequelize, Java's `"…".toCharArray()` to a key store), and callees
 * it knew (`ssh.connect(host, port, user, pw)`, `redis.Redis(host, port, db, pw)`) took only a random token there,
 * never a person's password (`mVRjF7PdxyAl9E`, `Falcon$1987`). Twins: variables, calls without the argument, a hex
 * table made a char array, stay. Seeded (REDACT_SEED).
 */
import { describe } from 'node:test';
import { itKeeps, itRedacts, type Plant } from './helpers/filtered.js';
import { seededGen, type SeededGen } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 5703);

/** A person's password or a generated one of 12-16 characters. */
function password(g: SeededGen): string {
  return g.one([
    () => `${g.pick('letters', 1).toUpperCase()}${g.pick('alnum', 11 + g.int(4))}${g.pick('digits', 1)}`,
    () => `${g.one(['Falcon', 'Winter', 'Harbor', 'Maple'])}${g.one(['$', '!', '#'])}${1960 + g.int(60)}`,
    () => `${g.pick('lowerAlnum', 6)}_${g.pick('digits', 3)}${g.one(['!', '@'])}`,
  ])();
}

/** A call in its file, with the password at its place. */
const CALLS: [rel: string, call: (pw: string) => string][] = [
  ['workspace/ftp.py', (pw) => `ftp = ftplib.FTP("files.acme.dev", "deploy", "${pw}")\n`],
  ['workspace/ftp.py', (pw) => `ftp = ftplib.FTP_TLS("files.acme.dev", "deploy", '${pw}')\n`],
  ['workspace/ssh.py', (pw) => `ssh.connect("10.0.0.5", 22, "root", "${pw}")\n`],
  ['workspace/cache.py', (pw) => `r = redis.Redis("cache", 6379, 0, "${pw}")\n`],
  ['workspace/db.py', (pw) => `conn = cx_Oracle.connect("scott", "${pw}", "db:1521/ORCL")\n`],
  ['workspace/db.py', (pw) => `conn = pymysql.connect("db", "app", "${pw}")\n`],
  ['workspace/db.pl', (pw) => `my $dbh = DBI->connect("dbi:Pg:dbname=app;host=db", "app", "${pw}");\n`],
  ['workspace/ftp.pl', (pw) => `$ftp->login("deploy", "${pw}") or die "login failed";\n`],
  ['workspace/ftp.rb', (pw) => `ftp = Net::FTP.new('files.acme.dev', 'deploy', '${pw}')\n`],
  ['workspace/ftp.php', (pw) => `ftp_login($conn, "deploy", "${pw}");\n`],
  ['workspace/ldap.php', (pw) => `ldap_bind($ds, "cn=admin,dc=acme,dc=dev", "${pw}");\n`],
  ['workspace/db.js', (pw) => `const sequelize = new Sequelize('shop', 'app', '${pw}', { host: 'db' });\n`],
  ['workspace/Tls.java', (pw) => `ks.load(new FileInputStream("app.p12"), "${pw}".toCharArray());\n`],
  ['workspace/Tls.java', (pw) => `kmf.init(ks, "${pw}".toCharArray());\n`],
  ['workspace/Tls.java', (pw) => `Key k = ks.getKey("server", "${pw}".toCharArray());\n`],
];

function plants(seed: number): Plant[] {
  const g = seededGen(seed);
  return Array.from({ length: 45 }, (_, i) => {
    const [rel, call] = CALLS[i % CALLS.length]!;
    const value = password(g);
    return { name: `${rel}: ${call('…').trim()}`, rel, text: call(value), value };
  });
}

/** The same callees with no literal at the password's place, or not a password's call. */
const KEPT: [string, string][] = [
  ['workspace/ftp.py', 'ftp = ftplib.FTP("files.acme.dev")\nftp.login()\n'],
  ['workspace/ftp.py', 'ftp = ftplib.FTP(host, user, os.environ["FTP_PASSWORD"])\n'],
  ['workspace/cache.py', 'r = redis.Redis("cache", 6379, 0)\ndata = json.load(f)\ncfg = yaml.load(stream, Loader)\n'],
  ['workspace/db.pl', 'my $dbh = DBI->connect($dsn, $user, $pass);\n'],
  ['workspace/Hex.java', 'char[] HEX = "0123456789abcdef".toCharArray();\nks.load(null, null);\n'],
  ['workspace/db.js', 'const sequelize = new Sequelize(process.env.DB_URL, { logging: false });\n'],
];

describe('attack 57: a password by its position in a call', () => {
  itRedacts(`connections and logins of six languages take a person's password (seed ${SEED})`, () => plants(SEED), 45);
  itKeeps('variables, calls without it and char arrays of no password stay', () => KEPT, 6);
});
