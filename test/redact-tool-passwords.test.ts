import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leakCounter, randomToken, type Planted } from './helpers/placements.js';

/**
 * Passwords named by a command or a tool's JSON key (`sshpass -p`, `{"sshpass": …}`, `PGPASSWORD=… psql`,
 * `mysql --password=`, `"db_password"`, a tool call's `{"command": "sshpass -p '…' ssh …"}`), and 32-hex keys under a
 * provider's name (Twilio auth tokens, Azure keys, Mailgun, Datadog app keys). Passwords of many shapes: random,
 * with symbols, a person's (`Summer2024!`), dashed words with digits. A leak is any 10-character window of the value.
 * Twins: the tools' documented placeholders (`sshpass -p password`, `-p $PASS`, `PGPASSWORD=$PGPASSWORD`).
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 151503));
const tok = randomToken(rand);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (a: number, b: number): number => a + Math.floor(rand() * (b - a + 1));
const { leaked } = leakCounter('tool-passwords', 6);

const WORDS = ['Summer', 'Winter', 'Dragon', 'Monkey', 'Falcon', 'Purple', 'Rocket', 'Tiger', 'Harbor', 'Maple'];
const SYMBOLS = '!@#%^&*_-+=.?';
/** Passwords of the shapes people and generators give them (no quote, no blank: the placements quote them). */
const passwords: (() => string)[] = [
  () => tok(CHARSETS.alnum, int(12, 24)),
  () => {
    const base = tok(CHARSETS.alnum, int(10, 18)).split('');
    for (let i = 0; i < 3; i++) base.splice(int(1, base.length - 1), 0, pick([...SYMBOLS]));
    return base.join('');
  },
  () => `${pick(WORDS)}${int(1990, 2026)}${pick([...'!@#$%&*'])}${tok(CHARSETS.alnum, 4)}`,
  () => `${pick(WORDS).toLowerCase()}-${pick(WORDS).toLowerCase()}-${int(10, 99)}-${tok(CHARSETS.lowerAlnum, 6)}`,
  () => `${tok(CHARSETS.alnum, 6)}${int(100, 999)}${pick([...SYMBOLS])}${tok(CHARSETS.alnum, 5)}`,
];
const pw = (): string => pick(passwords)();
const host = (): string => pick(['10.0.0.5', 'db.internal', 'bastion.example.com', '192.168.1.20']);

const sshpass: [string, (v: string) => string][] = [
  ['tool.json', (v) => `{"sshpass": "${v}", "host": "${host()}"}\n`],
  ['tool.json', (v) => `{"tool": "ssh", "args": {"sshpass": "${v}"}}\n`],
  ['run.sh', (v) => `sshpass -p ${v} ssh root@${host()}\n`],
  ['run.sh', (v) => `sshpass -p '${v}' ssh -o StrictHostKeyChecking=no root@${host()} 'uptime'\n`],
  ['run.sh', (v) => `sshpass -p "${v}" scp backup.tar admin@${host()}:/srv/\n`],
  ['run.sh', (v) => `SSHPASS='${v}' sshpass -e ssh deploy@${host()}\n`],
  ['run.sh', (v) => `export SSHPASS=${v}\nsshpass -e rsync -a ./ deploy@${host()}:/srv/app\n`],
  ['trace.json', (v) => JSON.stringify({ command: `sshpass -p '${v}' ssh root@${host()} ls` }) + '\n'],
  [
    'trace.json',
    (v) => JSON.stringify({ name: 'bash', input: { command: `sshpass -p ${v} ssh pi@${host()}` } }) + '\n',
  ],
  [
    'trace.json',
    (v) => JSON.stringify({ arguments: JSON.stringify({ cmd: `sshpass -p "${v}" ssh u@${host()}` }) }) + '\n',
  ],
  ['answer.md', (v) => `Connect with \`sshpass -p '${v}' ssh admin@${host()}\` and check the logs.\n`],
  ['inventory.ini', (v) => `[web]\n${host()} ansible_user=root ansible_ssh_pass=${v}\n`],
  ['ansible.yml', (v) => `    ansible_ssh_pass: "${v}"\n    ansible_become_pass: "${v}"\n`],
];
const db: [string, (v: string) => string][] = [
  ['config.json', (v) => `{"db_password": "${v}", "db_user": "app"}\n`],
  ['config.json', (v) => `{"database": {"host": "db", "password": "${v}"}}\n`],
  ['run.sh', (v) => `PGPASSWORD=${v} psql -h ${host()} -U app -d prod\n`],
  ['run.sh', (v) => `PGPASSWORD='${v}' pg_dump -h ${host()} -U app prod > dump.sql\n`],
  ['run.sh', (v) => `mysql --password=${v} -u root -h ${host()}\n`],
  ['run.sh', (v) => `mysql -u root --password='${v}' shop\n`],
  ['run.sh', (v) => `mysql -uroot -p'${v}' -e 'show databases'\n`],
  ['run.sh', (v) => `mysqldump -u admin -p"${v}" shop > shop.sql\n`],
  ['run.sh', (v) => `MYSQL_PWD='${v}' mysql -u app\n`],
  ['trace.json', (v) => JSON.stringify({ command: `PGPASSWORD='${v}' psql -h db -U app -c 'select 1'` }) + '\n'],
  ['trace.json', (v) => JSON.stringify({ command: `mysql -u root -p${v} -e "show tables" shop` }) + '\n'],
  ['docker-compose.yml', (v) => `    environment:\n      POSTGRES_PASSWORD: ${v}\n      MYSQL_ROOT_PASSWORD: "${v}"\n`],
  ['run.sh', (v) => `docker run -e POSTGRES_PASSWORD=${v} -d postgres:16\n`],
  ['settings.py', (v) => `DATABASES = {"default": {"NAME": "app", "PASSWORD": "${v}"}}\n`],
  ['app.py', (v) => `conn = psycopg2.connect(host="db", user="app", password="${v}")\n`],
  ['app.py', (v) => `engine = create_engine("postgresql://app:${v}@db:5432/prod")\n`],
  ['app.env', (v) => `DB_PASSWORD=${v}\nDB_PASS=${v}\n`],
  ['answer.md', (v) => `The database password is \`${v}\`; rotate it after the demo.\n`],
];
const HEX_NAMES = [
  'TWILIO_AUTH_TOKEN',
  'twilio_token',
  'AZURE_OPENAI_KEY',
  'azure_key',
  'MAILGUN_API_KEY',
  'mailgun_key',
  'DATADOG_APP_KEY',
  'DD_APP_KEY',
  'DD_API_KEY',
  'datadog_application_key',
  'AZURE_SPEECH_KEY',
  'TRANSLATOR_KEY',
];
const hexKey = (): string => tok(CHARSETS.hex, 32);
const hexLayouts: [string, (n: string, v: string) => string][] = [
  ['.env', (n, v) => `${n}=${v}\n`],
  ['config.yaml', (n, v) => `${n.toLowerCase()}: ${v}\n`],
  ['config.json', (n, v) => `{"${n.toLowerCase()}": "${v}"}\n`],
  ['app.py', (n, v) => `${n.toLowerCase()} = "${v}"\n`],
  ['app.py', (_, v) => `client = Client("AC${tok(CHARSETS.hex, 32)}", "${v}")\n`],
  ['app.ts', (n, v) => `const ${n.toLowerCase()} = '${v}';\n`],
  ['answer.md', (n, v) => `Use ${n} \`${v}\` for the calls.\n`],
  ['run.sh', (n, v) => `curl -H "DD-APPLICATION-KEY: ${v}" -H "DD-API-KEY: ${v}" https://api.datadoghq.com/${n}\n`],
  ['run.sh', (_, v) => `curl -s --user "api:${v}" https://api.mailgun.net/v3/mg.example.com/messages\n`],
  ['run.sh', (_, v) => `curl -H "Ocp-Apim-Subscription-Key: ${v}" https://westeurope.api.cognitive.microsoft.com/\n`],
  ['config.json', (_, v) => `{"provider": "twilio", "auth_token": "${v}"}\n`],
];
const hex: Planted[] = [];
for (const [rel, lay] of hexLayouts)
  for (const n of [pick(HEX_NAMES), pick(HEX_NAMES)]) hex.push([rel, (v) => lay(n, v), hexKey]);

/** Go's smtp.PlainAuth(identity, user, password, host): the password is the third argument, named by nothing. */
const plainAuth: [string, (v: string) => string][] = [
  ['main.go', (v) => `auth := smtp.PlainAuth("", user, "${v}", host)\n`],
  ['main.go', (v) => `auth := smtp.PlainAuth("", "me@example.com", "${v}", "smtp.gmail.com")\n`],
  ['main.go', (v) => `a := smtp.PlainAuth("", cfg.SMTPUser, \`${v}\`, cfg.SMTPHost)\n`],
  [
    'mail.go',
    (v) => `err := smtp.SendMail(addr, smtp.PlainAuth("", from, "${v}", "smtp.example.com"), from, to, msg)\n`,
  ],
  [
    'answer.md',
    (v) => `\`\`\`go\nauth := smtp.PlainAuth("", "bot@corp.example", "${v}", "smtp.office365.com")\n\`\`\`\n`,
  ],
  [
    'trace.json',
    (v) => JSON.stringify({ path: 'main.go', content: `auth := smtp.PlainAuth("", u, "${v}", h)\n` }) + '\n',
  ],
];

describe('passwords named by a command or a tool key', () => {
  it(`Go smtp.PlainAuth: ${plainAuth.length} placements × 6 passwords`, () => {
    assert.deepEqual(
      leaked(
        'plainauth',
        plainAuth.map(([rel, lay]) => [rel, lay, pw] as Planted),
      ),
      [],
    );
  });
  it('keeps PlainAuth calls that hold no password', () => {
    const benign: [string, string][] = ['password', '', '<app password>', '${SMTP_PASSWORD}'].map((v) => [
      'main.go',
      `auth := smtp.PlainAuth("", user, "${v}", host)\n`,
    ]);
    benign.push(['main.go', 'auth := smtp.PlainAuth("", user, os.Getenv("SMTP_PASSWORD"), host)\n']);
    benign.push(['main.go', 'auth := smtp.PlainAuth("", user, password, "smtp.gmail.com")\n']);
    assert.deepEqual(damaged(benign), []);
  });
  it(`sshpass: ${sshpass.length} placements × 6 passwords`, () => {
    assert.deepEqual(
      leaked(
        'sshpass',
        sshpass.map(([rel, lay]) => [rel, lay, pw] as Planted),
      ),
      [],
    );
  });
  it(`database passwords: ${db.length} placements × 6 passwords`, () => {
    assert.deepEqual(
      leaked(
        'db',
        db.map(([rel, lay]) => [rel, lay, pw] as Planted),
      ),
      [],
    );
  });
  it(`32-hex keys under a provider's name: ${hex.length} placements × 6 keys`, () => {
    assert.deepEqual(leaked('hex32', hex), []);
  });
  it("keeps the tools' documented placeholders", () => {
    const kept = ['password', '$PASS', '"$SSHPASS"', '${DB_PASSWORD}', '<password>', 'yourpassword', '$(cat ~/.pw)'];
    const benign: [string, string][] = [];
    for (const v of kept) {
      benign.push(['README.md', `sshpass -p ${v} ssh user@host\n`]);
      benign.push(['run.sh', `PGPASSWORD=${v} psql -h localhost -U postgres\n`]);
      benign.push(['run.sh', `mysql -u root --password=${v} mydb\n`]);
    }
    benign.push(['README.md', 'Use `sshpass -f passfile ssh user@host` or `sshpass -e` with SSHPASS set.\n']);
    benign.push(['README.md', 'sshpass -p: the password is given on the command line (insecure).\n']);
    benign.push(['config.json', '{"db_password": "", "db_password_env": "DB_PASSWORD"}\n']);
    benign.push([
      'config.json',
      `{"request_id": "${tok(CHARSETS.hex, 32)}", "checksum_md5": "${tok(CHARSETS.hex, 32)}"}\n`,
    ]);
    assert.deepEqual(damaged(benign), []);
  });
});
