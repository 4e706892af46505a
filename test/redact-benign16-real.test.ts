/**
 * Round 16, false alarms found on real files (4,133 of this machine's: node_modules, /usr/share/doc changelogs, man
 * pages, Python's library, the Cloud SDK): changelog and commit prose after a secret word (`openssl_hash_password:
 * normalize the password prior to use`, `--password description to the Usage message`), the verb `pass` before its
 * argument (`pass on TypeLink*, to …`), a file's name after a login or secret word (`login.defs:MD5_CRYPT_ENAB`,
 * `tofu-keys-secret.asc, tofu-2183839A-1.txt`). Each form is generated over many names and values; the twins put a
 * random value in the same places, which must still be redacted.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

const seed = Number(process.env.REDACT_SEED ?? 20261203) + 16;
const rand = rng(seed);
const int = (k: number): number => Math.floor(rand() * k);
const one = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
const draw = (set: keyof typeof CHARSETS, n: number): string =>
  Array.from({ length: n }, () => CHARSETS[set][int(CHARSETS[set].length)]).join('');

const NAMES = ['openssl_hash_password', 'gnutls_x509_crq_set_challenge_password', 'ext master secret', 'api token'];
const NAMES_MORE = ['set_password', 'client_secret', 'refresh_token', 'db_password', 'auth token', 'root password'];
const VERBS = ['normalize', 'extension', 'description', 'validate', 'truncate', 'rename', 'handling', 'storage'];
const GOES_ON = ['the password prior to use', 'is marked as mandatory', 'to the Usage message', 'for the new API'];
const TYPES = ['TypeLink', 'FcChar8', 'GString', 'uint8_t', 'BidiLevel', 'XmlNode'];
const WORDS = ['tofu', 'keys', 'secret', 'trust', 'pubring', 'login', 'token'];

/** A random value no rule keeps: mixed case and digits. */
const randomValue = (): string => `${draw('upperAlnum', 1)}${draw('alnum', 11)}7k`;

function benignLines(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = one([...NAMES, ...NAMES_MORE]);
    out.push(`    ${name}: ${one(VERBS)} ${one(GOES_ON)}`);
    out.push(
      `\t* src/${draw('word', 5).toLowerCase()}.c: Add missing -p, --${one(['password', 'secret', 'token'])} ${one(VERBS)} ${one(['to the', 'for the', 'in the'])} Usage message.`,
    );
    out.push(
      `* Add API to get and pass ${one(['on', 'along', 'back'])} ${one(TYPES)}*, to not allocate ${one(VERBS)} levels.`,
    );
    out.push(
      `\t* NEWS, lib/getdef.c: move ${one(['login', 'password', 'passwd'])}.defs:${one(['MD5', 'SHA'])}_CRYPT_ENAB to non-PAM part.`,
    );
    const file = `${one(WORDS)}-${draw('hex', 8).toUpperCase()}-${int(9)}.${one(['txt', 'asc', 'gpg'])}`;
    out.push(
      `\t${one(WORDS)}-keys-${one(['secret', 'token', 'password'])}.asc, ${file}, ${one(WORDS)}-${int(99)}.txt and`,
    );
  }
  return out;
}

function secretLines(n: number): { lines: string[]; values: string[] } {
  const lines: string[] = [];
  const values: string[] = [];
  for (let i = 0; i < n; i++) {
    const v = [randomValue(), randomValue(), `${randomValue()}_${draw('alnum', 6)}`];
    values.push(...v);
    lines.push(`    ${one(NAMES_MORE)}: ${v[0]} ${one(GOES_ON)}`);
    lines.push(`$ tool --${one(['password', 'secret', 'token'])} ${v[1]} ${one(['to the', 'for the'])} server`);
    lines.push(`${one(['client_secret', 'api_token', 'db_password'])}: ${v[2]}`);
  }
  return { lines, values };
}

function redact(text: string): string {
  const f = new Redactor().filter({ rel: 'ChangeLog' });
  return f.write(text) + f.end();
}

describe('benign16: real files’ prose after secret words', () => {
  it('changelog prose, pass arguments and file names are kept (2,000 lines)', () => {
    const lines = benignLines(400);
    const out = redact(`${lines.join('\n')}\n`).split('\n');
    assert.deepEqual(
      lines.flatMap((l, i) => (out[i] === l ? [] : [`${l} -> ${out[i]}`])),
      [],
    );
  });

  it('twin: random values in the same places are redacted', () => {
    const { lines, values } = secretLines(200);
    const out = redact(`${lines.join('\n')}\n`);
    assert.deepEqual(
      values.filter((v) => out.includes(v)),
      [],
    );
  });
});
