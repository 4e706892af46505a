/**
 * Issue 11, category 3: a password in prose at a sentence's end (`use … as the password.`), after a dash
 * (`the password — …`), and a YAML or JSON quoted value holding a quote or an escape under a secret name
 * (`password: "ab\"c'd…"`) go out redacted; prose about passwords, code and placeholders are kept.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, leaks, rng } from './helpers/fake-secrets.js';

const rand = rng(Number(process.env.REDACT_SEED ?? 20261201) + 307);
const pick = (chars: string, n: number): string =>
  Array.from({ length: n }, () => chars[Math.floor(rand() * chars.length)]).join('');
/** A generated password: letters and digits, with symbols or not. */
const password = (symbols: boolean): string =>
  `${pick(CHARSETS.letters, 3)}${pick(CHARSETS.digits, 2)}${pick(symbols ? '!@#^&+=?~' : CHARSETS.alnum, 2)}` +
  `${pick(CHARSETS.alnum, 9)}`;

const PROSE = [
  'Use {v} as your password.',
  'use {v} as the password.',
  'My password is {v}.',
  'The db password is {v}. Keep it safe.',
  'the password \u2014 {v}',
  'admin password - {v}',
  'Passwort \u2013 {v}',
];
/** Quoted values with a quote or an escape inside (`{a}`, `{b}`: runs of letters and digits). */
const QUOTED = [
  'password: "{a}\\"{b}"',
  'db_password: "{a}\\"{b}\'{a}"',
  "password: '{a}''{b}\"{a}'",
  'secret: "{a}\'{b}\\"{a}"',
  '  api_key: "{a}\\\\{b}"',
  '"client_secret": "{a}\\"{b}"',
];
/** Kept byte for byte, one a line. */
const KEPT = `
the password is stored in vault.
password is required.
Reset your password. Then log in again.
Use your password as the login.
password = getpass()
Enter <your password> here.
password: changeme
password: ********
the password \u2014 see the vault
description: "say \\"hi\\" to the user"
password_hint: "your \\"first\\" pet"
title: "The \\"password\\" field"
password: "$\{DB_PASSWORD}"
`
  .split('\n')
  .filter(Boolean);

describe('passwords at a sentence end, after a dash, and quoted with quotes inside (issue 11, category 3)', () => {
  const r = new Redactor();
  it('go out redacted', () => {
    const missed: string[] = [];
    for (const form of PROSE) {
      for (const symbols of [false, true]) {
        const v = password(symbols);
        const text = form.replace('{v}', v);
        if (leaks(r.redactString(text), [{ family: 'planted', value: v, context: '' }]).length > 0) missed.push(text);
      }
    }
    for (const form of QUOTED) {
      const [a, b] = [pick(CHARSETS.alnum, 7), pick(CHARSETS.alnum, 9)];
      const text = form.replaceAll('{a}', a).replace('{b}', b);
      const out = r.redactString(text);
      if (out.includes(a) || out.includes(b)) missed.push(text);
    }
    assert.deepEqual(missed, []);
  });

  it('prose about passwords, code and placeholders are kept', () => {
    for (const text of KEPT) assert.equal(r.redactString(text), text);
  });
});
