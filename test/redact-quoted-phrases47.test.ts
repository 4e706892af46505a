/**
 * Attack 47: a person's passphrase in quotes under a password's name went out (`password: "my cat Rex 1986!"`): the
 * passphrase reader took lower-case words only, and no `my`. Phrases of a person's shape (an opener, words, a pet's or
 * a person's name, a year, a closing symbol) in the formats a config quotes them are redacted; labels, hints and
 * sentences in quotes under the same names come out byte for byte. Seeded (REDACT_SEED).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BIP39_ENGLISH } from '../src/core/redact/bip39-english.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { seededGen } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 4701);
const g = seededGen(SEED);

const NAMES_OF = ['Rex', 'Milo', 'Bella', 'Luna', 'Oscar', 'Daisy', 'Tango', 'Coco', 'Max', 'Ruby'];
const ANIMALS = ['cat', 'dog', 'horse', 'parrot', 'rabbit', 'turtle'];

function phrase(): string {
  const words = Array.from({ length: 1 + g.int(2) }, () => g.one(BIP39_ENGLISH.filter((w) => w.length <= 8)));
  const parts = [g.one(['my', 'our', g.one(ANIMALS)]), ...words, g.one(NAMES_OF), String(1950 + g.int(75))];
  return parts.join(' ') + g.one(['!', '', '#', '?']);
}

const FORMATS: [string, (v: string) => string][] = [
  ['smtp.yaml', (v) => `smtp:\n  host: mail.example.com\n  password: "${v}"\n`],
  ['config.yaml', (v) => `wifi_password: '${v}'\n`],
  ['settings.json', (v) => `{"user": "dana", "password": "${v}"}\n`],
  ['app.toml', (v) => `[mail]\npassword = "${v}"\n`],
  ['.env.example', (v) => `SMTP_PASSWORD="${v}"\n`],
];

const redact = (rel: string, text: string): string => {
  const f = new Redactor().filter({ rel });
  return f.write(text) + f.end();
};

describe(`a person's passphrase in quotes (attack 47, seed ${SEED})`, () => {
  it('is redacted under a password name in every format', () => {
    const leaked: string[] = [];
    for (let i = 0; i < 6; i++)
      for (const [rel, format] of FORMATS) {
        const v = phrase();
        const out = redact(rel, format(v));
        if (out.includes(v.slice(0, 10)) || out.includes(v.slice(-8))) leaked.push(out.trim());
      }
    assert.deepEqual(leaked, []);
  });

  it('a label, a hint or a sentence in quotes comes out byte for byte', () => {
    const labels = [
      'enter your password',
      'min 8 characters!',
      'same as the admin one',
      'see the vault 42',
      'must be 12 chars long',
      'use a strong password!',
      'leave blank for none',
      'ask the admin 2024',
      'the one from the wiki',
      'stored in 1password vault',
    ];
    const changed = labels.flatMap((l) => {
      const text = `smtp:\n  password: "${l}"\n`;
      const out = redact('smtp.yaml', text);
      return out === text ? [] : [out];
    });
    assert.deepEqual(changed, []);
  });
});
