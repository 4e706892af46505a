import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leakedPlacements, randomToken, redactAs, type Planted } from './helpers/placements.js';

/**
 * Placements an independent attacker found leaking (attack8), widened to their families: a settings row's value set by
 * SQL `UPDATE … WHERE name = '<secret name>'` (the label after the value), and Google app passwords (four groups of
 * four letters, which no token-like value reading takes).
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 8080));
const token = randomToken(rand);
const key = (): string => token(CHARSETS.alnum, 32);
const appPassword = (): string =>
  Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)]).join(''),
  ).join(' ');

describe('SQL UPDATE of a settings row named like a secret', () => {
  it('redacts the value set, whatever the table, column and quoting of the name', () => {
    const placements: Planted[] = [
      ['a.sql', (v) => `UPDATE settings SET value = '${v}' WHERE name = 'mistral_api_key';\n`, key],
      ['a.sql', (v) => `update app_config set value='${v}', updated_at=now() where key='OPENAI_API_KEY';\n`, key],
      [
        'a.sql',
        (v) => `UPDATE "options" SET "option_value" = 'x', value = '${v}' WHERE option_name = 'smtp_password';\n`,
        key,
      ],
      [
        'migrate.py',
        (v) => `cur.execute("UPDATE settings SET val = '${v}' WHERE setting = 'stripe_secret_key'")\n`,
        key,
      ],
      ['trace.md', (v) => `sqlite> UPDATE config SET data = '${v}' WHERE param = 'github_token';\n`, key],
    ];
    assert.deepEqual(leakedPlacements(placements, 8), []);
  });
  it('reads UPDATE, SET and WHERE in any case (SQL keywords are case-insensitive)', () => {
    const placements: Planted[] = [
      [
        'a.sql',
        (v) => `uPdate settings SET value = '${v}' WHERE name = 'mistral_api_key';
`,
        key,
      ],
      [
        'a.sql',
        (v) => `UpDaTe app_config sEt value='${v}' wHeRe key='OPENAI_API_KEY';
`,
        key,
      ],
      [
        'trace.md',
        (v) => `sqlite> updatE config SET data = '${v}' WHERE param = 'github_token';
`,
        key,
      ],
    ];
    assert.deepEqual(leakedPlacements(placements, 8), []);
  });
  it('keeps updates of other rows, placeholders and prose', () => {
    assert.deepEqual(
      damaged([
        ['a.sql', "UPDATE settings SET value = 'dark-mode-v2' WHERE name = 'theme';\n"],
        ['a.sql', "UPDATE settings SET value = '${API_KEY}' WHERE name = 'mistral_api_key';\n"],
        ['a.sql', "UPDATE settings SET value = 'changeme' WHERE name = 'admin_password';\n"],
        ['a.sql', "UPDATE users SET name = 'Ada Lovelace' WHERE id = 42;\n"],
        ['a.md', 'Please update the docs, then set the flag where the name = "token" check runs.\n'],
        ['a.sql', "UPDATE token_usage SET value = '1234567890' WHERE name = 'daily';\n"],
        ['a.sql', "uPdate settings SET value = 'dark-mode-v2' WHERE name = 'theme';\n"],
      ]),
      [],
    );
  });
});

describe('Google app passwords', () => {
  it('redacts four groups of four letters after a mail or login word', () => {
    const placements: Planted[] = [
      ['mail.py', (v) => `server.login("me@gmail.com", "${v}")\n`, appPassword],
      ['settings.py', (v) => `EMAIL_HOST_PASSWORD = "${v}"\n`, appPassword],
      ['.env.yaml', (v) => `smtp:\n  app_password: "${v}"\n`, appPassword],
      ['notes.md', (v) => `Gmail app password for the bot: '${v}'\n`, appPassword],
      [
        'send.js',
        (v) => `const transporter = nodemailer.createTransport({ auth: { user, pass: "${v}" } }); // gmail\n`,
        appPassword,
      ],
    ];
    const leaks = (out: string, v: string): boolean => out.includes(v) || out.includes(v.replace(/ /g, ''));
    assert.deepEqual(leakedPlacements(placements, 8, { leaks }), []);
  });
  it('keeps four-word phrases that are not quoted after such a word, or are words', () => {
    assert.deepEqual(
      damaged([
        ['a.py', 'msg = "that will make sure"\n'],
        ['a.py', 'print("Login with your email")  # "this code does work"\n'],
        ['a.md', 'The mail said: abcd efgh ijkl mnop is the alphabet drill.\n'],
      ]),
      [],
    );
  });
});

describe('a rejected key echoed by an error, with a dot inside it', () => {
  const dotted = (): string => `${token(CHARSETS.hex, 32)}.${token(CHARSETS.alnum, 16)}`;
  it('redacts the whole key, not up to its first dot', () => {
    const placements: Planted[] = [
      [
        'trace.md',
        (v) =>
          `AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${v}. You can find your API key in your dashboard.'}}\n`,
        dotted,
      ],
      ['a.log', (v) => `ERROR invalid token: ${v}\n`, dotted],
      ['a.log', (v) => `401 Unauthorized: key "${v}" rejected.\n`, dotted],
    ];
    assert.deepEqual(leakedPlacements(placements, 8), []);
  });
  it('keeps the full stop that ends the sentence', () => {
    const v = dotted();
    const out = redactAs('a.log', `Incorrect API key provided: ${v}. Try again.\n`);
    assert.match(out, /\[REDACTED:[^\]]+\]\. Try again\./);
  });
});
