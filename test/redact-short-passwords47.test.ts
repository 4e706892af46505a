/**
 * Passwords of 4 to 7 characters under a password's name (`password: pass123`, `DB_PASSWORD=s3cr3t`): every other
 * reader of a name's value asks for 8 characters or more, and they went out (attack S4). Random short passwords under
 * many names, in the formats a config, a table or code writes them, are redacted; short values that are no password
 * (a schema's words, versions, references, masks, the famous examples, values under names that only end like one,
 * a word after `password:` in a sentence) come out byte for byte; a short password is never learned for other files.
 * Seeded (REDACT_SEED).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { seededGen } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 4701);
const g = seededGen(SEED);

const NAMES = [
  'password',
  'DB_PASSWORD',
  'db_password',
  'adminPassword',
  'PGPASSWORD',
  'MYSQL_ROOT_PASSWORD',
  'passwd',
  'pwd',
  'db_pwd',
  'passphrase',
  'DB_PW',
  'Passwort',
  'smtp_pass',
];
const FORMATS: [string, (k: string, v: string) => string][] = [
  ['config.yaml', (k, v) => `db:\n  host: db.internal\n  ${k}: ${v}\n  port: 5432\n`],
  ['config.yaml', (k, v) => `${k}: ${v}  # local dev only\n`],
  ['.env.local', (k, v) => `${k}=${v}\nLOG_LEVEL=info\n`],
  ['setup.sh', (k, v) => `export ${k}=${v}\n./run.sh\n`],
  ['settings.json', (k, v) => `{"host": "db", "${k}": "${v}", "port": 5432}\n`],
  ['events.jsonl', (k, v) => `{"type": "tool_call", "arguments": "{\\"${k}\\": \\"${v}\\"}"}\n`],
  ['answer.md', (k, v) => `| Setting | Value |\n|---|---|\n| ${k} | ${v} |\n`],
  ['answer.md', (k, v) => `| ${k} | \`${v}\` |\n`],
  ['app.py', (k, v) => `conn = connect(host="db", ${k}="${v}")\n`],
  ['main.go', (k, v) => `${k} := "${v}"\n`],
  ['seed.rb', (k, v) => `{ :user => 'admin', :${k} => '${v}' }\n`],
  ['web.xml', (k, v) => `<conf>\n  <${k}>${v}</${k}>\n</conf>\n`],
  ['app.toml', (k, v) => `[db]\n${k} = "${v}"\n`],
  ['app.ini', (k, v) => `[db]\n${k} = ${v}\n`],
];

/** A short password: 4 to 7 characters, a letter first, a digit among the rest or one symbol inside. */
function shortPassword(): string {
  const n = 4 + g.int(4);
  const chars = [...(g.one([...'abcdefghijkmnpqrstuwxyzABCDEFGHJKLMNPQRSTUWXYZ']) + g.pick('alnum', n - 1))];
  if (g.int(2) === 0) chars[1 + g.int(n - 2)] = g.one([...'!#@$*']);
  const v = chars.join('');
  return /[\d!#@$*]/.test(v) ? v : `${v.slice(0, -1)}${g.pick('digits', 1)}`;
}

/** A PIN of 4 to 7 digits, none of the famous examples (benign.ts). */
function pin(): string {
  for (;;) {
    const v = g.pick('digits', 4 + g.int(4));
    if (!['1234', '12345', '123456'].includes(v)) return v;
  }
}

const redactor = (): Redactor => new Redactor({ learn: true });
const redact = (r: Redactor, rel: string, text: string): string => {
  const f = r.filter({ rel });
  return f.write(text) + f.end();
};

describe(`short passwords under a password's name (attack S4, seed ${SEED})`, () => {
  it('are redacted in every format', () => {
    const leaked: string[] = [];
    for (const name of NAMES)
      for (const [rel, format] of FORMATS) {
        const v = shortPassword();
        const out = redact(redactor(), rel, format(name, v));
        if (out.includes(v)) leaked.push(`${rel}: ${out.trim()}`);
      }
    // Letters alone that no word holds (a generator's `Qlhdmd`): four consonants in a row.
    for (const name of NAMES.slice(0, 6)) {
      const v =
        g.one([...'AEIOU']) +
        g.pick('letters', 1) +
        Array.from({ length: 4 }, () => g.one([...'bcdfghklmnprstvz'])).join('');
      const out = redact(redactor(), 'application.properties', `spring.datasource.${name}=${v}\n`);
      if (out.includes(v)) leaked.push(out.trim());
    }
    for (const name of ['ADMIN_PIN', 'pin', 'door_pin']) {
      const v = pin();
      const out = redact(redactor(), 'config.yaml', `${name}: ${v}\n`);
      if (out.includes(v)) leaked.push(out.trim());
    }
    assert.deepEqual(leaked, []);
  });

  it('a short value that is no password comes out byte for byte', () => {
    const word = g.pick('lowerAlnum', 2);
    const twins: [string, string][] = [
      ['config.yaml', 'password: admin\nDB_PASSWORD: string\npwd: none\npassword: required\npassword: rhythm\n'],
      ['config.yaml', 'password: v1.2\npassword: 2.0.1\npassword: $DB_PW\npassword: "****"\n'],
      ['config.yaml', 'password: hunter2\npassword: 123456\npassword: p@ssw0rd\npin: 0000\n'],
      ['index.js', "log.verbose('adduser', { ...body, password: 'XXXXX' })\nconst masked = { pwd: 'xxxx' }\n"],
      ['config.yaml', `spin: 12${word}\nbypass: on12\ncompass: n12e\npin_count: 1234\nmax_tokens: 4096\n`],
      ['config.yaml', `token: ab12\npassword_length: 12\npassword_expiry_days: 1825\nauth: x9y8\n`],
      ['.env', 'PWD=/home/u1\nOLDPWD=/tmp\nPASSWORD_MIN=12\n'],
      ['notes.md', `The password: see doc2 below.\nSet password: ${word}12 later in the form.\n`],
      ['app.js', "readFile('/etc/passwd', 'utf8', cb);\nconst pw = getpw(x1);\n"],
      ['app.py', 'connect(password=pass1)\npassword = args.pw12\nif pw is None: pass\n'],
    ];
    const changed = twins.flatMap(([rel, text]) => {
      const out = redact(redactor(), rel, text);
      return out === text ? [] : [`${rel}: ${out}`];
    });
    assert.deepEqual(changed, []);
  });

  it('a short password is not learned for other files', () => {
    const r = redactor();
    const v = shortPassword();
    assert.ok(!redact(r, '.env', `DB_PASSWORD=${v}\n`).includes(v));
    const later = `build ${v} finished in 3 s\n`;
    assert.equal(redact(r, 'log.txt', later), later);
  });
});
