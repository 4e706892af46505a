/**
 * Round 29's plants and twins (issue 11), from a seeded generator (no secret-shaped literal is committed):
 * - a password beside its account with no name for either: rows (TSV, `|`-separated, grid and HTML tables, a
 *   spreadsheet's cells), tuples and calls (`VALUES (…, 'alerts', 'P')`, `new PDO($dsn, 'shop', 'P')`,
 *   `getConnection(url, "u", "P")`), `admin / P`, `user:password` files and pgbouncer's `"user" "P"`;
 * - passphrases and sentences made passwords where a password is expected: quoted after a name (`AuthLDAPBindPassword
 *   "…"`, Go's `APIKey: "…"`, `SOURCE_PASSWORD='…'`), an element's text, a table's cell under a password column, the
 *   line after a label (a definition list's `: …`), T-SQL's `N'…'`; values holding the other quotes or a lone `{{`;
 * - tools' forms: ipywidgets' `PasswordModel`, a Helm template's literal, a client's `auth("…")`, a key in an OSC 8
 *   hyperlink's URI, `curl --trace`'s dump.
 * Twins: the same forms holding hashes, roles, paths, references, rules and sentences.
 */
import { BIP39_ENGLISH } from '../../src/core/redact/bip39-english.js';
import type { Plant } from './filtered.js';
import { gen, type Gen } from './glue15-tokens.js';

/** A generator's password: letters, digits and two symbols a shell or a format treats apart. */
export const symbolic = (r: Gen, i: number): string =>
  `${r('alnum', 4)}${'#;&$!%^~@'[i % 9]}${r('alnum', 5)}${'!#;&*'[(i * 3) % 5]}${r('alnum', 5)}`;
const LONG_WORDS = BIP39_ENGLISH.filter((w) => w.length >= 5);
const pick = (r: Gen): string => LONG_WORDS[Number.parseInt(r('dig', 4), 10) % LONG_WORDS.length]!;
/** A diceware passphrase of four or five BIP-39 words. */
export const diceware = (r: Gen, i: number, sep = ' '): string =>
  [pick(r), pick(r), pick(r), pick(r), ...(i % 2 ? [pick(r)] : [])].join(sep);
const NOUNS = ['Willow', 'Harbor', 'Granite', 'Thistle', 'Quokka', 'Juniper', 'Copper', 'Falcon'];
/** A sentence made a password: capitalised words, a number, a closing mark. */
export const sentence = (r: Gen, i: number): string =>
  `${NOUNS[i % 8]} ${['ate', 'saw', 'found', 'kept'][i % 4]} ${r('dig', 3)} ${pick(r)}s at ${NOUNS[(i + 3) % 8]}${'!?'[i % 2]}`;
/** Apple's generated form: three groups of six, both cases. */
const apple = (r: Gen): string => `${r('low', 6)}-${r('low', 2)}${r('up', 2)}${r('low', 2)}-${r('low', 6)}`;

/** A value of each kind, by index: symbols, a diceware phrase, a sentence, Apple's form. */
function value(r: Gen, i: number, kinds = 4): string {
  const k = i % kinds;
  return k === 0 ? symbolic(r, i) : k === 1 ? diceware(r, i) : k === 2 ? sentence(r, i) : apple(r);
}

const ACCOUNT_FORMS: [string, (v: string) => string][] = [
  ['accounts.tsv', (v) => `root\t${v}\t10.0.0.5\n`],
  ['hosts.psv', (v) => `db.internal|app|${v}\n`],
  ['accounts.rst', (v) => `| user   | secret |\n+========+========+\n| admin  | ${v} |\n`],
  ['answer.txt', (v) => `<table>\n  <tr><td>ops</td><td>${v}</td></tr>\n</table>\n`],
  [
    'sheet1.xml',
    (v) => `<row r="2"><c r="A2" t="inlineStr"><is><t>vpn</t></is></c><c r="B2"><is><t>${v}</t></is></c></row>\n`,
  ],
  ['dump.sql', (v) => `INSERT INTO smtp VALUES (1,'smtp.example.com',587,'alerts','${v}'),(2,'x',25,'noreply','');\n`],
  ['db.php', (v) => `$pdo = new PDO('mysql:host=db.internal;dbname=shop', 'shop', '${v}');\n`],
  ['trace.log', (v) => `#0 /var/www/db.php(4): PDO->__construct('mysql:host=db;d...', 'root', '${v}')\n`],
  ['Db.java', (v) => `Connection c = DriverManager.getConnection(url, "report", "${v}");\n`],
  ['sync.py', (v) => `conn = pymysql.connect('db.internal', 'etl', '${v}', 'warehouse')\n`],
  ['notes.sql', (v) => `-- connect as admin / ${v}\n`],
  ['chat.md', (v) => `Zugangsdaten: root / ${v}\n`],
  ['mosquitto-users.txt', (v) => `sensor:${v}\n`],
  ['userlist.txt', (v) => `"app" "${v}"\n`],
  ['engine.log', (v) => `INFO sqlalchemy.engine.Engine [generated in 0.00012s] ('svc-etl', '${v}')\n`],
];

export function accountPlants(seed: number): Plant[] {
  const r = gen(seed);
  const out: Plant[] = [];
  for (let i = 0; i < ACCOUNT_FORMS.length * 4; i++) {
    const [rel, form] = ACCOUNT_FORMS[i % ACCOUNT_FORMS.length]!;
    // A sentence's or a phrase's blanks are a row's separators in a TSV; the calls take any.
    const v = rel.endsWith('.tsv') || rel.endsWith('.psv') ? value(r, i * 5, 1) : value(r, Math.floor(i / 3) + i);
    out.push({ name: `${rel}#${i}`, rel, text: form(v), value: v });
  }
  // Close variants: a comment or an indent on a `user:password` line, T-SQL's N'…', the other quote in a tuple, an
  // array over lines, a code span in a cell, a lone bracket a generator put at the end.
  const v = (i: number): string => `${symbolic(r, i)})`;
  const variants: [string, (p: string) => string][] = [
    ['users.txt', (p) => `sensor:${p} # temp\n`],
    ['users2.txt', (p) => `  sensor:${p}\n`],
    ['dump.sql', (p) => `INSERT INTO smtp VALUES (1, 'alerts', N'${p}');\n`],
    ['logins.py', (p) => `LOGINS = ["root",\n  "${p}"]\n`],
    ['cells.html', (p) => `<tr><td>admin</td><td><code>${p}</code></td></tr>\n`],
  ];
  variants.forEach(([rel, form], i) => {
    const p = v(i);
    out.push({ name: `variant ${rel}`, rel, text: form(p), value: p });
  });
  return out;
}

/** The same forms holding hashes, roles, paths, formats and references. */
export const ACCOUNT_TWINS: [string, string][] = [
  ['passwd', 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n'],
  ['group', 'admin:x:110:deploy,ops\nsudo:x:27:root\n'],
  [
    'userlist.txt',
    '"app" "md5d3b07384d113edec49eaa6238ad5ff00"\n"admin" "SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy"\n',
  ],
  [
    'users.csv',
    'login,role,created\nadmin,Administrator,2024-01-01\nops,ReadOnly,2024-02-03\nroot,superuser,2023-05-06\n',
  ],
  [
    'users.sql',
    "INSERT INTO users VALUES (1,'admin','Administrator','admin@example.com'),(2,'ops','Ops','o@example.com');\n",
  ],
  ['roles.py', 'ROLES = [("admin", "Full access"), ("ops", "Deploy only"), ("root", "System")]\n'],
  ['run.py', 'subprocess.run(["sudo", "-u", "postgres", "psql", "-c", "SELECT 1"])\n'],
  ['refs.tsv', 'git\tda39a3ee5e6b4b0d3255bfef95601890afd80709\tmain\nroot\t0\t0\t/root\n'],
  ['roles.md', '| admin | Can manage users and billing |\n| ops | Can deploy (staging only) |\n'],
  ['apps.txt', 'admin:AdminPanel:v2.3.1\nmail:MailHog-UI\n'],
  ['contacts.csv', 'support,+1-800-555-0199,ops@example.com\n'],
  ['notes.md', 'See the docs / README.md for details; root / home / user directories; admin / Settings / Users.\n'],
  ['mirror.txt', 'ftp://ftp.cs.man.ac.uk/pub/toby/gc/\n'],
  ['smtplib.py', '        self.putcmd("mail", "FROM:%s%s" % (quoteaddr(from_addr), options))\n'],
  ['db.php', "$pdo = new PDO($dsn, 'shop', getenv('DB_PASSWORD'));\n$c = mysqli_connect('db', 'app', $password);\n"],
  ['Db.java', 'Connection c = DriverManager.getConnection(url, "report", System.getenv("REPORT_PASSWORD"));\n'],
  ['pathlib.py', '    def join_parsed_parts(self, drv, root, parts, drv2, root2, parts2):\n'],
  // Ids, names and versions after words that are logins too, labels before a colon.
  [
    'ids.csv',
    'alice@example.com,3f2504e0-4f89-11d3-9a0c-0305e82c3301\nweb,00f067aa0ba902b7,12\nsystem,Ubuntu_22.04#LTS\n',
  ],
  ['pods.md', '| app | nginx-7d9f8b6c5d-xk2lp | Running |\n| git | 3f9c21ab47d1 | main |\n'],
  ['consts.csv', 'PI;3141592653\n'],
  ['labels.txt', 'note:Use#Tabs2Indent\nlogin:Welcome2You!\n'],
  ['page.js', `el.innerHTML='<a data-token="'+t.id+'">x</a>';\nx = 'secret="'+ENV_SECRET_VALUE+'"';\n`],
];

const PHRASE_FORMS: [string, (v: string) => string][] = [
  ['ldap.conf', (v) => `  AuthLDAPBindPassword "${v}"\n`],
  ['config.go', (v) => `\tAPIKey:  "${v}",\n`],
  ['icecast.xml', (v) => `  <source-password>${v}</source-password>\n`],
  ['settings.json', (v) => `{"db_password": "${v}"}\n`],
  [
    'replica.sql',
    (v) => `CHANGE REPLICATION SOURCE TO SOURCE_USER='repl', SOURCE_PASSWORD='${v}', SOURCE_AUTO_POSITION=1;\n`,
  ],
  ['vault.yml', (v) => `vault_passphrase: "${v}"  # prod, rotate monthly\n`],
  ['host.nix', (v) => `  environment.variables.VAULT_PASSPHRASE = "${v}";\n`],
  ['login.sql', (v) => `CREATE LOGIN app WITH PASSWORD = N'${v}';\n`],
  ['link.sql', (v) => `EXEC sp_addlinkedsrvlogin @rmtsrvname = N'R', @rmtuser = N'rpt', @rmtpassword = N'${v}';\n`],
  ['zugaenge.csv', (v) => `Dienst;Benutzer;Kennwort;Bemerkung\nNAS;admin;${v};Büro\n`],
  ['logins.md', (v) => `| Host | User | Password |\n|---|---|---|\n| nas | admin | ${v} |\n`],
  [
    'answer.html',
    (v) => `<table>\n<tr><th>User</th><th>Password</th></tr>\n<tr><td>ops</td><td>${v}</td></tr>\n</table>\n`,
  ],
  ['answer.md', (v) => `Sign-in secret\n: ${v}\n`],
  ['answer.txt', (v) => `The generated password is:\n\n    ${v}\n\nStore it in the vault.\n`],
  ['chat.md', (v) => `PW: ${v}\n`],
  ['chat-sv.md', (v) => `Lösenordet är ${v}.\n`],
  ['chat-zh.md', (v) => `我的密码是${v}，谢谢\n`],
  ['1password.csv', (v) => `Title,Url,Username,Password,Notes\n"Grafana","https://grafana.internal","admin","${v}",\n`],
];

export function phrasePlants(seed: number): Plant[] {
  const r = gen(seed);
  const out: Plant[] = [];
  for (let i = 0; i < PHRASE_FORMS.length * 2; i++) {
    const [rel, form] = PHRASE_FORMS[i % PHRASE_FORMS.length]!;
    // A diceware phrase, a sentence; a person's password of symbols in N'…' and under the table's columns too.
    const v = i < PHRASE_FORMS.length ? diceware(r, i) : sentence(r, i);
    out.push({ name: `${rel}#${i}`, rel, text: form(v), value: v });
  }
  // Values holding the other quotes, a backtick, a lone `{{` or `}}`.
  const odd = [
    `${r('alnum', 3)}$${r('alnum', 4)}\`${r('dig', 2)}%${r('alnum', 5)}^${r('alnum', 2)}`,
    `${r('alnum', 5)}"${r('alnum', 4)}'${r('alnum', 5)}`,
    `${r('alnum', 6)}(*${r('alnum', 3)}{{,${r('alnum', 4)}`,
    `${r('alnum', 5)}&G=x}7}}:${r('alnum', 4)}`,
  ];
  const oddForms: [string, (v: string) => string][] = [
    ['application.yml', (v) => `    key-store-password: "${v}"\n`],
    ['app.yml', (v) => `  db_password: '${v.replace(/'/g, '')}"x'\n`],
    ['install.sh', (v) => `mysql --password='${v}' app\n`],
  ];
  // A PIN's digits right after the word, in parentheses.
  const pin = `${'6789'[Number(r('dig', 1)) % 4]}${r('dig', 11)}`;
  const q = `{"question": "ssh into 10.0.0.5 as root (password ${pin}) and fix nginx"}\n`;
  out.push({ name: 'pin in parentheses', rel: 'status.json', text: q, value: pin });
  odd.forEach((v, i) => {
    const [rel, form] = oddForms[i % oddForms.length]!;
    const text = form(v);
    const planted = rel === 'app.yml' ? `${v.replace(/'/g, '')}"x` : v;
    out.push({ name: `odd ${rel}#${i}`, rel, text, value: planted });
  });
  return out;
}

/** Words after names, in cells and after labels that are no password. */
export const PHRASE_TWINS: [string, string][] = [
  ['config.yml', 'description: "about above abstract absurd"\ntitle: "cabin bonus birth airport"\n'],
  ['app.js', 'const msg = "token was used again today";\npassword: "same across all environments",\n'],
  ['form.js', 'passwordHint: "bring your own coffee mug"\n'],
  ['notes.md', 'password: Minimum 12 Characters With One Symbol.\npassword: See Step 3 in the Admin Guide.\n'],
  ['notes2.md', 'The password is Required for all 3 Admin Users.\n'],
  [
    'cells.html',
    '<table><tr><th>Setting</th><th>Password</th></tr><tr><td>ldap</td><td>stored in vault</td></tr></table>\n',
  ],
  ['cells2.html', '<table><tr><th>Token</th><th>Count</th></tr><tr><td>&lt;eos&gt;</td><td>12</td></tr></table>\n'],
  ['cells.csv', 'name,password,notes\nbob,same as above please,none\nal,ask the admin team,none\n'],
  ['cells.md', '| user | password |\n|---|---|\n| bob | see the shared vault |\n| al | change after first login |\n'],
  ['def.md', 'Admin password\n: see the team vault\n\nAPI key\n: Use the one from Step 2.\n'],
  ['q.sql', "SELECT name FROM t WHERE token = N'abc';\n"],
  ['tpl.yml', 'pw: "{{ db_password }}"\npassword: "{{db_password}}"\nAPI_TOKEN: "{{ .Values.token }}"\n'],
  ['baseline.json', '        "hashed_secret": "c7453c0c6edf2558c94e963580820522f5abbe24",\n'],
  ['status.json', '{"password": "Expired 33 Days Ago."}\n'],
  ['news.md', 'Password: Version 22 Was Released Today!\nadmin / Release 22 Notes Are Here.\n'],
  ['prose.md', 'admin / review public access again daily\nAPI key:\n\n    Stored In Vault Path 3.\n'],
];

export function toolPlants(seed: number): Plant[] {
  const r = gen(seed);
  const out: Plant[] = [];
  for (let i = 0; i < 8; i++) {
    const v = value(r, i, 3);
    const widget = `{"metadata":{"widgets":{"state":{"${r('hex', 32)}":{"model_name":"PasswordModel","state":{"value":"${v.replace(/"/g, '')}","description":"Password:"}}}}}}\n`;
    out.push({ name: `widget#${i}`, rel: 'w.ipynb', text: widget, value: v.replace(/"/g, '') });
    out.push({ name: `helm#${i}`, rel: 'secret.yaml', text: `  password: {{ "${v}" | b64enc | quote }}\n`, value: v });
    const call = i % 2 ? `local res, err = red:auth("${v}")\n` : `$redis->auth('${v}');\n`;
    out.push({ name: `auth#${i}`, rel: i % 2 ? 'cache.lua' : 'cache.php', text: call, value: v });
  }
  // A key in an OSC 8 hyperlink's URI, raw and JSON-escaped; ended by ST or BEL.
  for (let i = 0; i < 4; i++) {
    const key = `${r('alnum', 32)}`;
    const link = `\u001b]8;;https://dash.example.com/login?api_key=${key}${i % 2 ? '\u0007' : '\u001b\\'}Open\u001b]8;;\u001b\\\n`;
    const text = i < 2 ? link : `${JSON.stringify({ stdout: link })}\n`;
    out.push({ name: `osc8#${i}`, rel: 'term.log', text, value: key });
  }
  // An environment line at a JSON string's start (a command's stdout), its `=` maybe escaped as `\u003d`.
  for (let i = 0; i < 2; i++) {
    const pw = `${r('dig', 2)};@${r('alnum', 8)})${r('alnum', 2)}~${r('alnum', 2)}]!${r('alnum', 2)}`;
    const line = JSON.stringify({ stdout: `DB_PASSWORD=${pw}\n` });
    out.push({
      name: `stdout env#${i}`,
      rel: 'trace.json',
      text: `${i ? line.replace('=', '\\u003d') : line}\n`,
      value: pw,
    });
  }
  // A mail header's Q-encoded word (RFC 2047: `_` a blank, `=XX` a byte).
  for (let i = 0; i < 3; i++) {
    const pw = symbolic(r, i + 4);
    const q = pw.replace(/[^A-Za-z0-9]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase()}`);
    out.push({ name: `q-word#${i}`, rel: 'mail.eml', text: `Subject: =?UTF-8?Q?Temp_password_${q}?=\n`, value: pw });
  }
  // A Helm literal with no filter; a dump past 64 KiB (a 5-digit offset).
  const lit = symbolic(r, 9);
  out.push({ name: 'helm bare', rel: 'secret.yaml', text: `  password: {{ '${lit}' }}\n`, value: lit });
  const far = r('alnum', 32);
  const dump = curlTrace(`Authorization: Bearer ${far}\r\n`).replace(/^00/gm, '10');
  out.push({
    name: 'curl-trace far',
    rel: 'curl-trace.txt',
    text: dump.replace(/^(1[0-9a-f]{3}):/gm, '1$1:'),
    value: far,
  });
  // A diff's removed or added line, and a combined diff's `++` (the marks glued to the name).
  for (const [i, mark] of ['-', '+', '++', '--', '-'].entries()) {
    const v = value(r, i, 3).replace(/ /g, '_');
    const text = `${mark}${['ADMIN_PASSWORD', 'TWILIO_AUTH_TOKEN', 'X_AMZ_SIGNATURE', 'DB_PASSWORD', 'API_KEY'][i]}=${v}\n`;
    out.push({ name: `diff#${i}`, rel: i % 2 ? 'change.patch' : 'env.diff', text, value: v });
  }
  // A registry value, a JSON Patch's value, a connection string's passphrase.
  for (let i = 0; i < 3; i++) {
    const v = symbolic(r, i);
    out.push({
      name: `reg#${i}`,
      rel: 'env.bat',
      text: `reg add "HKCU\\Environment" /v DB_PASSWORD /t REG_SZ /d "${v}" /f\n`,
      value: v,
    });
    out.push({
      name: `ps-reg#${i}`,
      rel: 'env.ps1',
      text: `Set-ItemProperty -Path HKCU:\\Environment -Name SMTP_PASSWORD -Value '${v}'\n`,
      value: v,
    });
    const patch = `[{"op": "replace", "path": "/spec/template/adminPassword", "value": "${v}"}]\n`;
    out.push({ name: `patch#${i}`, rel: 'patch.json', text: patch, value: v });
    const phrase = diceware(r, i);
    const conn = `   ConnectionString: "Server=sql01;Database=app;User Id=sa;Password=${phrase};Encrypt=True"\n`;
    out.push({ name: `conn#${i}`, rel: 'exception.log', text: conn, value: phrase });
  }
  // `curl --trace`: the header's bytes and its characters, 16 a line.
  for (let i = 0; i < 3; i++) {
    const key = r('alnum', 32);
    out.push({ name: `curl-trace#${i}`, rel: 'curl-trace.txt', text: curlTrace(`X-Api-Key: ${key}\r\n`), value: key });
  }
  return out;
}

/** `curl --trace`'s dump of a header: offset, 16 bytes in hex, the characters. */
export function curlTrace(header: string): string {
  const b = Buffer.from(header);
  let out = `=> Send header, ${b.length} bytes (0x${b.length.toString(16)})\n`;
  for (let i = 0; i < b.length; i += 16) {
    const row = [...b.subarray(i, i + 16)];
    const hex = row.map((x) => x.toString(16).padStart(2, '0')).join(' ');
    const chars = row.map((x) => (x >= 32 && x < 127 ? String.fromCharCode(x) : '.')).join('');
    out += `${i.toString(16).padStart(4, '0')}: ${hex.padEnd(48)} ${chars}\n`;
  }
  return out;
}

/** The tools' forms holding references, no secret or an empty value. */
export const TOOL_TWINS: [string, string][] = [
  ['secret.yaml', '  password: {{ .Values.password | b64enc | quote }}\n  user: {{ "admin" | b64enc | quote }}\n'],
  [
    'cache.js',
    'await client.auth(process.env.REDIS_PASSWORD)\npassport.auth("local")\napp.use(auth("jwt-strategy"))\n',
  ],
  [
    'w.ipynb',
    '{"metadata":{"widgets":{"state":{"a1":{"model_name":"PasswordModel","state":{"value":"","description":"Password:"}}}}}}\n',
  ],
  [
    'term.log',
    '\u001b]8;;https://docs.example.com/guide\u001b\\the guide\u001b]8;;\u001b\\ and \u001b]0;build\u0007done\n',
  ],
  ['term2.log', '\u001b]8;id=3;https://x.example.com/docs\u0007link\u001b]8;;\u0007 done\n'],
  ['curl-trace.txt', curlTrace('GET /v1/models HTTP/1.1\r\nHost: api.example.com\r\nAccept: */*\r\n')],
  ['env.bat', 'reg add "HKCU\\Environment" /v JAVA_HOME /t REG_SZ /d "C:\\Program Files\\Java" /f\n'],
  ['env2.bat', 'reg add "HKCU\\Environment" /v DB_PASSWORD /t REG_SZ /d "%DB_PASSWORD%" /f\n'],
  [
    'patch.json',
    '[{"op": "replace", "path": "/spec/replicas", "value": "3"}, {"op": "add", "path": "/a/token", "value": "abc"}]\n',
  ],
  ['conn.cs', 'var c = "Server=sql01;Database=app;User Id=sa;Password=see the vault for it;Encrypt=True";\n'],
  ['mail.eml', 'Subject: =?utf-8?q?Caf=C3=A9_menu_for_today?=\nFrom: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <j@x.de>\n'],
  ['notes.diff', '-max_tokens=4096\n+max_tokens=8192\n- TOKEN_LIMIT=100\n--verbose=true\n'],
];
