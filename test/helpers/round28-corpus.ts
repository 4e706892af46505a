/**
 * Round 28's plants and twins (issue 11), from a seeded generator (no secret-shaped literal is committed):
 * - command lines: flags that name a secret with the shell's quoting (`--admin_password='…'`, `'-Dx.password=…'`,
 *   `-PnexusPassword=`, Go's `-token=`), an assignment quoted whole (`Environment="DB_PASSWORD=…"`), and commands
 *   whose password is a pair's half or an argument (`lftp -u u,P`, `http -a u:P`, `net use`, `schtasks /RP`, `cmdkey
 *   /pass:`, `poetry config http-basic.x u P`, `echo P | gh secret set`);
 * - passwords of words and digits: diceware passphrases (with words BIP-39 shares with sentences: `again`, `about`,
 *   `auto`), capitalised words glued to a number, a PIN's digits, in configs, prose and other languages;
 * - tools' own stores: Dovecot's `{PLAIN}`, `CONFIG GET requirepass`, a state's `random_password`, JMeter.
 * Twins: the same forms holding references, files, switches, labels and sentences, and places whose values are no
 * secret whatever their neighbours say (a source map's mappings, a SealedSecret, `/proc` masks, cache keys).
 */
import { BIP39_ENGLISH } from '../../src/core/redact/bip39-english.js';
import { gen, type Gen } from './glue15-tokens.js';

import type { Plant } from './filtered.js';
export type { Plant };

/** A generator's password: letters, digits and shell-hostile symbols (`;`, `,`, `&`, `#`, `$`, `!`). */
const symbolic = (r: Gen, i: number): string =>
  `${r('alnum', 4)}${'#;&$!,%^~'[i % 9]}${r('alnum', 5)}${'!#;,&'[(i * 3) % 5]}${r('alnum', 6)}`;
/**
 * Diceware words, one of them a word BIP-39 shares with sentences (`again`, `about`, `auto`, `above`), the others of
 * five letters or more (a phrase mostly of `this`, `then`, `they` reads as a sentence, and is kept).
 */
const LONG_WORDS = BIP39_ENGLISH.filter((w) => w.length >= 5);
function passphrase(r: Gen, i: number, sep = ' '): string {
  const shared = ['again', 'about', 'auto', 'above', 'across', 'also'];
  const pick = (): string => LONG_WORDS[Number.parseInt(r('dig', 4), 10) % LONG_WORDS.length]!;
  const words = [shared[i % shared.length]!, pick(), pick(), pick()];
  if (i % 2 === 1) words.push(pick());
  return words.join(sep);
}
const GLUE = ['Granite', 'Fjord', 'Quince', 'Saffron', 'Willow', 'Thistle', 'Marmot', 'Yarrow'];
const glued = (r: Gen, i: number): string =>
  `${GLUE[i % 8]}${GLUE[(i + 3) % 8]}${GLUE[(i + 5) % 8]}${GLUE[(i + 6) % 8]}${r('dig', 2)}`;
/** Twelve digits that are no date or Unix time (a leading 6 to 9). */
const digits = (r: Gen): string => `${'6789'[Number(r('dig', 1)) % 4]}${r('dig', 11)}`;

const COMMAND_FORMS: [string, (v: string) => string][] = [
  [
    'wp.sh',
    (v) => `wp core install --url=example.com --admin_user=admin --admin_password='${v}' --admin_email=a@b.c\n`,
  ],
  ['wp.sh', (v) => `wp user create editor e@example.com --role=editor --user_pass='${v}'\n`],
  ['run.sh', (v) => `java -Dspring.profiles.active=prod '-Dspring.datasource.password=${v}' -jar app.jar\n`],
  ['mvn.sh', (v) => `mvn -B deploy -P release '-Dgpg.passphrase=${v}'\n`],
  ['compose.yml', (v) => `    command: redis-server --appendonly yes --requirepass '${v}'\n`],
  ['publish.sh', (v) => `./gradlew publish -PnexusUsername=deploy -PnexusPassword='${v}'\n`],
  ['app.service', (v) => `[Service]\nEnvironment="LOG_LEVEL=info"\nEnvironment="DB_PASSWORD=${v}"\n`],
  ['user-data.sh', (v) => `echo "SMTP_PASSWORD=${v}" >> /etc/environment\n`],
  ['mirror.sh', (v) => `lftp -u deploy,'${v}' sftp://files.example.com -e "mirror -R dist /srv/www; bye"\n`],
  ['notes.md', (v) => `    http -a admin:'${v}' GET https://jenkins.internal/api/json\n`],
  ['map.bat', (v) => `net use Z: \\\\fs01\\finance ${v.replace(/[;,&]/g, '!')} /user:CORP\\svc-backup\r\n`],
  ['task.bat', (v) => `schtasks /Create /TN nightly /TR backup.bat /RU CORP\\svc /RP ${v.replace(/[;,&]/g, '#')}\n`],
  ['poetry.sh', (v) => `poetry config http-basic.corp deploy '${v}'\n`],
  ['secret.sh', (v) => `echo '${v}' | gh secret set DB_PASSWORD\n`],
  ['login.ps1', (v) => `$sec = ConvertTo-SecureString -String "${v}" -AsPlainText -Force\n`],
];

export function commandPlants(seed: number): Plant[] {
  const r = gen(seed);
  const out: Plant[] = [];
  for (let i = 0; i < COMMAND_FORMS.length * 3; i++) {
    const [rel, form] = COMMAND_FORMS[i % COMMAND_FORMS.length]!;
    const value = i % 3 === 2 && !/\.bat$/.test(rel) ? passphrase(r, i, '-') : symbolic(r, i);
    out.push({ name: `${rel}#${i}`, rel, text: form(value), value });
  }
  const token = `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
  out.push({ name: 'consul', rel: 'kv.sh', text: `consul kv get -token=${token} config/app\n`, value: token });
  const pin = digits(r);
  out.push({ name: 'cmdkey', rel: 'k.bat', text: `cmdkey /add:fs01 /user:CORP\\svc /pass:${pin}\n`, value: pin });
  return out;
}

/** The same commands holding no secret: references, files, prompts, switches, limits. */
export const COMMAND_TWINS: [string, string][] = [
  ['run.sh', "java '-Dspring.datasource.password=${DB_PASSWORD}' -jar app.jar\n"],
  ['run.sh', 'tool --password-file=/run/secrets/db_password --no-password --token-limit=4096\n'],
  ['run.sh', 'gcloud pubsub create --sasl-password=projects/40087/secrets/my-request-secret/versions/5\n'],
  ['run.sh', 'app -pass-through=true -token-file=/etc/token -max-tokens=2048\n'],
  ['run.sh', 'gcc -DDEBUG -DPASSWORD_MIN_LENGTH=12 -O2 -o app main.c\n'],
  ['mirror.sh', 'lftp -u deploy sftp://files.example.com -e "mirror -R dist /srv/www; bye"\n'],
  ['notes.md', '    http -a admin GET https://jenkins.internal/api/json\n'],
  ['map.bat', 'net use Z: \\\\fs01\\finance /user:CORP\\svc-backup /persistent:no\r\n'],
  ['app.service', '[Service]\nEnvironment="LOG_LEVEL=info"\nEnvironment="DB_PASSWORD_FILE=/run/secrets/db"\n'],
  ['user-data.sh', 'echo "DB_PASSWORD=$DB_PASSWORD" >> /etc/environment\n'],
  ['login.ps1', '$sec = ConvertTo-SecureString -String $plain -AsPlainText -Force\n'],
  ['secret.sh', 'echo "$DB_PASSWORD" | gh secret set DB_PASSWORD\n'],
  ['poetry.sh', 'poetry config http-basic.corp deploy\n'],
  ['docker.sh', 'docker run -p 8080:8080 -e PORT=20260131 -e BUILD=1706700000 app\n'],
  // The review's: stand-ins, a resource's name, nginx's upstream.
  ['run.sh', 'tool --password=example123 --token=test-token-1234\n'],
  ['swarm.sh', 'docker service create --secret my_secret_v2 nginx\n'],
  ['nginx.conf', '    fastcgi_pass 127.0.0.1:9000;\n    proxy_pass http://legacy.internal;\n'],
];

const PROSE_FORMS: ((v: string) => string)[] = [
  (v) => `The password is ${v}.\n`,
  (v) => `I set pw = ${v} for the sandbox VM.\n`,
  (v) => `Your new password is <b>${v}</b>.\n`,
  (v) => `- [x] set password to \`${v}\`\n`,
  (v) => `Пароль до бази: ${v}\n`,
  (v) => `Jelszó: ${v}\n`,
  (v) => `Kata laluan: ${v}\n`,
  (v) => `Passordet er ${v}\n`,
];
const LABEL_FORMS: ((v: string) => string)[] = [
  (v) => `Lösenord: ${v}\n`,
  (v) => `La clave del wifi es ${v}\n`,
  (v) => `密碼：${v}\n`,
  (v) => `Zoom passcode: ${v}\n`,
  (v) => `Contrasenya: ${v}\n`,
  (v) => `পাসওয়ার্ড: ${v}\n`,
  (v) => `You can log in with admin / ${v} on the router page.\n`,
  (v) => `**Login:** \`admin\` / \`${v}\`\n`,
  (v) => `new root password → ${v}\n`,
  (v) => `비밀번호는 ${v} 입니다.\n`,
];

/** Passwords of words and digits in prose, in configs and under PIN names. */
export function wordPlants(seed: number): Plant[] {
  const r = gen(seed);
  const out: Plant[] = [];
  PROSE_FORMS.forEach((f, i) => {
    for (const k of [0, 1]) {
      const value = passphrase(r, i + k);
      out.push({ name: `phrase ${i}.${k}`, rel: 'answer.md', text: f(value), value });
    }
  });
  LABEL_FORMS.forEach((f, i) => {
    for (const value of [glued(r, i), symbolic(r, i), passphrase(r, i, '-')])
      out.push({ name: `label ${i}`, rel: 'answer.md', text: f(value), value });
  });
  for (let i = 0; i < 6; i++) {
    const v = passphrase(r, i);
    out.push({ name: `my.cnf ${i}`, rel: 'my.cnf', text: `[client]\nuser=root\npassword="${v}"\n`, value: v });
    const p = passphrase(r, i + 1);
    const k8s = `stringData:\n  config.yaml: |\n    database:\n      password: "${p}"\n`;
    out.push({ name: `k8s ${i}`, rel: 'secret.yaml', text: k8s, value: p });
    const pin = digits(r);
    const pins = [`ADMIN_PIN=${pin}\n`, `admin_pin   = "${pin}"\n`, `    client = Client(admin_pin='${pin}')\n`];
    out.push({ name: `pin ${i}`, rel: i % 2 ? 'main.tf' : '.env', text: pins[i % 3]!, value: pin });
    const a = passphrase(r, i + 2);
    const auth = `r = requests.get(url, auth=("admin", "${a}"), timeout=10)\n`;
    out.push({ name: `auth ${i}`, rel: 'jenkins.py', text: auth, value: a });
  }
  return out;
}

/** Sentences and settings after the same words that hold no password. */
export const WORD_TWINS: [string, string][] = [
  ['answer.md', 'Password: must match confirmation field\n'],
  ['answer.md', 'Password: see team vault entry\n'],
  ['answer.md', 'The password is shared across every service.\n'],
  ['answer.md', 'The password is never logged anywhere.\n'],
  ['answer.md', 'The password is stored in the vault.\n'],
  ['answer.md', 'Password reset emails now expire after two hours.\n'],
  ['answer.md', 'password protected archive files cannot be scanned\n'],
  ['answer.md', 'The passcode is sent by SMS.\n'],
  ['answer.md', 'You can log in with your GitHub account / SSO on the page.\n'],
  ['answer.md', 'Log in with email/password or with SSO tokens.\n'],
  ['answer.md', '**Login:** `admin` / `${ADMIN_PASSWORD}`\n'],
  ['answer.md', 'The key: Value,Other;Third\n'],
  ['my.cnf', '[client]\npassword="enter your password here"\n'],
  ['train.py', 'loader = DataLoader(ds, pin_memory=True)\n'],
  ['.env', 'SPIN_COUNT=12345678\nPIN_LENGTH=12345678\n'],
  ['answer.md', 'The build id is 12345678901 and the timestamp 1706700000.\n'],
  // The review's: labels of BIP-39's words and others, kebab-case names, dates and round numbers.
  ['config.yml', 'admin_password: same across all environments\n'],
  ['answer.md', 'The passcode component is pin-entry-modal-dialog\n'],
  ['answer.md', 'Password for the bucket: terraform-state-prod-eu\n'],
  ['answer.md', 'Password expired on 31122024. Passwords rotated: 12000000 times.\n'],
];

/** Tools' own stores and outputs (tool-stores.ts), and a redis MONITOR `AUTH user password`. */
export function storePlants(seed: number): Plant[] {
  const r = gen(seed);
  const out: Plant[] = [];
  for (let i = 0; i < 4; i++) {
    const v = `${r('alnum', 5)}@${r('dig', 2)}${r('alnum', 4)}!`;
    out.push({ name: `dovecot ${i}`, rel: 'passwd', text: `alerts@example.com:{PLAIN}${v}::::::\n`, value: v });
    const p = i % 2 ? passphrase(r, i, '-') : digits(r);
    const get = `127.0.0.1:6379> CONFIG GET requirepass\n1) "requirepass"\n2) "${p}"\n`;
    out.push({ name: `config get ${i}`, rel: 'redis.txt', text: get, value: p });
    const res = `${r('b64', 23)}=`;
    const state = `{"resources": [{"type": "random_password", "name": "db", "instances": [{"attributes": {"id": "none", "length": 24, "result": "${res}", "special": true}}]}]}\n`;
    out.push({ name: `tfstate ${i}`, rel: 'terraform.tfstate', text: state, value: res });
    const j = i % 2 ? passphrase(r, i) : symbolic(r, i).replace(/&/g, '#');
    const jmx = `<elementProp name="password" elementType="HTTPArgument">\n  <boolProp name="HTTPArgument.always_encode">false</boolProp>\n  <stringProp name="Argument.value">${j}</stringProp>\n  <stringProp name="Argument.name">password</stringProp>\n</elementProp>\n`;
    out.push({ name: `jmeter ${i}`, rel: 'login.jmx', text: jmx, value: j });
    const c = i % 2 ? passphrase(r, i, '-') : symbolic(r, i).replace(/&/g, '#');
    const cdata = `<datasource>\n  <user>app</user>\n  <password><![CDATA[${c}]]></password>\n</datasource>\n`;
    out.push({ name: `cdata ${i}`, rel: 'datasource.xml', text: cdata, value: c });
    const o = symbolic(r, i + 1);
    const odbc = `conn = pyodbc.connect("DRIVER={ODBC Driver 18};SERVER=sql;UID=app;PWD={${o}};Encrypt=yes")\n`;
    out.push({ name: `odbc ${i}`, rel: 'db.py', text: odbc, value: o });
    const h = symbolic(r, i + 2).replace(/"/g, '');
    const hikari = `2026-01-31 10:15:00.123 DEBUG 1 --- [main] c.z.h.HikariConfig : password........................"${h}"\n`;
    out.push({ name: `hikari ${i}`, rel: 'spring.log', text: hikari, value: h });
    const a = symbolic(r, i).replace(/"/g, '');
    const mon = `1769854500.123456 [0 10.0.0.7:53422] "AUTH" "default" "${a}"\n1769854500.124 [0 10.0.0.7:53422] "GET" "k"\n`;
    out.push({ name: `monitor ${i}`, rel: 'redis-monitor.txt', text: mon, value: a });
  }
  return out;
}

export const STORE_TWINS: [string, string][] = [
  ['passwd', 'alerts@example.com:{PLAIN}${PASSWORD}::::::\n'],
  ['redis.txt', '127.0.0.1:6379> CONFIG GET maxmemory\n1) "maxmemory"\n2) "0"\n'],
  [
    'terraform.tfstate',
    '{"resources": [{"type": "random_password", "instances": [{"attributes": {"result": "${var.x}"}}]}]}\n',
  ],
  ['terraform.tfstate', '{"resources": [{"type": "random_id", "instances": [{"attributes": {"result": "ok"}}]}]}\n'],
  [
    'ds.xml',
    '<password><![CDATA[${DB_PASSWORD}]]></password>\n<description><![CDATA[Use a strong password here.]]></description>\n',
  ],
  ['db.py', 'conn = pyodbc.connect("DRIVER={ODBC Driver 18};UID=app;PWD={%s};Encrypt=yes" % pw)\n'],
  [
    'spring.log',
    'HikariConfig : password........................<masked>\nHikariConfig : maxLifetime.....................1800000\n',
  ],
];

/** Places whose values are no secret whatever their neighbours say (benign-regions.ts and the names it keeps). */
export function regionTwins(seed: number): [string, string][] {
  const r = gen(seed);
  const mappings = Array.from({ length: 6 }, (_, i) => r('b64', 40 + i * 5)).join(';');
  return [
    [
      'app.js.map',
      `${JSON.stringify({ version: 3, names: ['apiKey', 'password', 'token'], mappings: `${mappings};AAAA,SAASA` })}\n`,
    ],
    [
      'sealed.yaml',
      `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: Ag${r('b64', 300)}\n`,
    ],
    ['status.txt', `Name:\tpython3\nSigBlk:\t${r('hex', 16)}\nSigIgn:\t${r('hex', 16)}\nSigCgt:\t${r('hex', 16)}\n`],
    [
      'ci.log',
      `Cache restored from key: node-cache-Linux-x64-npm-${r('hex', 64)}\n  key: pip-${r('hex', 64)}\n` +
        `2026-01-31T10:15:00.1000000Z   key: pip-${r('hex', 64)}\n`,
    ],
    [
      'schema.sql',
      `INSERT INTO api_keys (id, key_prefix, key_hash) VALUES ('${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}', 'ak_${r('low', 4)}', '\\x${r('hex', 64)}');\n`,
    ],
    ['config.yml', "password: '%env(DATABASE_PASSWORD)%'\npassword: ref+vault://secret/data/app#/password\n"],
    ['nginx.conf', 'location /legacy/ {\n    proxy_pass http://legacy.internal;\n}\n'],
    ['export.csv', 'Dienst;Benutzer;Kennwort;Bemerkung\nNAS;admin;siehe Tresor;Büro\n'],
  ];
}

/** Secrets beside the places benign-regions.ts keeps, and a password under nginx's name (the review's). */
export function besideRegionPlants(seed: number): Plant[] {
  const r = gen(seed);
  const token = r('alnum', 40);
  const b64 = Buffer.from(token).toString('base64');
  const yaml = `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: Ag${r('b64', 200)}\n---\napiVersion: v1\nkind: Secret\ndata:\n  api_token: ${b64}\n`;
  const cache = `prod-cache-${r('hex', 64)}`;
  const proxy = symbolic(r, 3);
  return [
    { name: 'secret after a SealedSecret', rel: 'all.yaml', text: yaml, value: token },
    { name: 'cache-shaped password', rel: '.env', text: `REDIS_PASSWORD=${cache}\n`, value: cache },
    { name: 'PROXY_PASS', rel: '.env', text: `PROXY_PASS=${proxy}\n`, value: proxy },
  ];
}
