/**
 * Attack 47: a person's password given in a sentence right after `password is` went out when it was a word and a
 * number (`the staff wifi password is espresso2026`, `Das Passwort lautet kaffeebohne7`) or a word in backticks
 * (`` the admin password is `coffeebean` ``): the prose readers asked for a password's mix of classes. Made-up words
 * and numbers in sentences of several languages, in prose and inside a JSON task, are redacted; a technical word and
 * its number, a form's word and a placeholder in quotes come out byte for byte. Seeded (REDACT_SEED).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { seededGen } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 4701);
const g = seededGen(SEED);

/** A made-up word of 2 to 4 syllables. */
const word = (): string =>
  Array.from({ length: 2 + g.int(3) }, () => g.one([...'bcdfghklmnprstvz']) + g.one([...'aeiou'])).join('');
const wordNumber = (): string => {
  const w = word();
  return (g.int(2) ? w[0]!.toUpperCase() + w.slice(1) : w) + g.pick('digits', 1 + g.int(4));
};

const SENTENCES: [string, (v: string) => string][] = [
  ['answer.md', (v) => `The staff wifi password is ${v}, show it on the staff-only page.\n`],
  ['answer.md', (v) => `Das Passwort lautet ${v}.\n`],
  ['answer.md', (v) => `Para entrar, el password es ${v} y el usuario admin.\n`],
  ['answer.md', (v) => `The admin password is now ${v}.\n`],
  ['notes.txt', (v) => `FYI the password was ${v} before the reset\n`],
  ['context.txt', (v) => `{"task": "Log in as admin; the password is ${v}, then open the dashboard."}\n`],
  ['status.json', (v) => `{"question": "The db password is ${v}. Why does the login fail?"}\n`],
];
const QUOTED: [string, (v: string) => string][] = [
  ['answer.md', (v) => `The admin password is \`${v}\`.\n`],
  ['answer.md', (v) => `The password is "${v}" (without the quotes).\n`],
  ['context.txt', (v) => `{"task": "the wifi password is \`${v}\`"}\n`],
];

const NAMES_OF = ['Rex', 'Milo', 'Bella', 'Luna', 'Oscar', 'Daisy'];
/** A person's phrase: an opener, a word, a name, a year, maybe a closing `!`. */
const phrase = (): string =>
  `${g.one(['my', 'our'])} ${g.one(['dog', 'cat', 'horse', 'parrot'])} ${g.one(NAMES_OF)} ${1950 + g.int(75)}` +
  g.one(['!', '']);

const redact = (rel: string, text: string): string => {
  const f = new Redactor().filter({ rel });
  return f.write(text) + f.end();
};

describe(`a password right after "password is" (attack 47, seed ${SEED})`, () => {
  it('a word and a number, or a word in quotes, is redacted', () => {
    const leaked: string[] = [];
    for (let i = 0; i < 6; i++) {
      for (const [rel, make] of SENTENCES) {
        const v = wordNumber();
        const out = redact(rel, make(v));
        if (out.includes(v)) leaked.push(out.trim());
      }
      for (const [rel, make] of QUOTED) {
        const v = word() + word();
        const out = redact(rel, make(v));
        if (out.includes(v)) leaked.push(out.trim());
      }
    }
    assert.deepEqual(leaked, []);
  });

  it("a person's phrase of words, a name and a year is redacted, after a copula or a user's `/`", () => {
    const leaked: string[] = [];
    for (let i = 0; i < 8; i++) {
      const v = phrase();
      const text = g.one([
        `Log in as \`admin\`; the password is ${v} (change it after first login).\n`,
        `FYI: the wifi password is ${v}.\n`,
        `{"task": "The staging password is ${v} - please rotate it."}\n`,
        `Staging creds: admin / ${v}\n`,
      ]);
      const out = redact('answer.md', text);
      if (out.includes(v.slice(0, 10)) || out.includes(v.slice(-6))) leaked.push(out.trim());
    }
    assert.deepEqual(leaked, []);
  });

  it('what says how a password is kept, and a placeholder, comes out byte for byte', () => {
    const twins = [
      'The password is sha256 hashed before it is stored.\n',
      'The password is base64 encoded in the header.\n',
      'Its password is utf8 text; the password is argon2 hashed.\n',
      'the password is required\n',
      'The password is "required".\n',
      'The password is `null` until you set it.\n',
      'The password is "password" in the demo.\n',
      `The password is stored in ${word()}2 and rotated weekly.\n`,
      'The password is 8 characters or more.\n',
      'The password is too short: use 12 characters.\n',
      'The password is Python3 compatible? No, the password is v2 only.\n',
      'The password is valid until March 2025.\n',
      'The password is the one from 2021!\n',
      'The password is rotated every 90 days.\n',
      'The password is only valid for Rex 2021 users.\n',
      'login: admin / same as the old one\n',
      'creds: admin / see the vault 2021!\n',
    ];
    const changed = twins.flatMap((t) => {
      const out = redact('answer.md', t);
      return out === t ? [] : [out];
    });
    assert.deepEqual(changed, []);
  });
});
