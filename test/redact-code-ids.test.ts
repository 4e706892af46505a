/**
 * Round 15, benign damage an outside tester measured: a C call under a password's name (`password =
 * utf8_to_utf16_dup(v);`, whose callee's words are joined by `to`) was taken for the password, and learned; a path
 * after `key::` (`key::ecdsa-sha2-nistp256`) was a key's value; an identifier of words after a Slack prefix
 * (`xoxb-token-rotation-enabled-…`) was a Slack token; changelogs' `Pass <argument> to …` (`Pass admindir to
 * dpkg, Closes: Bug#…`, `Pass OPENSSL=no to make tests`) a password. Generated: callees of words joined by short
 * words, scopes of names, identifiers of words, changelog lines; the twins keep passwords with a `(`, values after
 * `key: `, Slack tokens and `pass: <password>` redacted.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 20261216);
const WORDS = ['utf8', 'utf16', 'dup', 'str', 'buf', 'wide', 'char', 'copy', 'hash', 'value', 'name', 'path', 'json'];
const JOINS = ['to', 'of', 'in', 'by', 'as', 'or'];
const NAMES = ['password', 'passwd', 'token', 'secret', 'api_key', 'auth_token'];

function gen(seed: number): { int: (k: number) => number; pick: (set: keyof typeof CHARSETS, n: number) => string } {
  const rand = rng(seed);
  const int = (k: number): number => Math.floor(rand() * k);
  const pick = (set: keyof typeof CHARSETS, n: number): string =>
    Array.from({ length: n }, () => CHARSETS[set][int(CHARSETS[set].length)]).join('');
  return { int, pick };
}

describe('code and identifiers after a secret word are no secret', () => {
  const r = new Redactor();

  it('600 C and Python calls whose callee joins words with `to`, `of`, `in` are kept', () => {
    const { int } = gen(SEED);
    const damaged: string[] = [];
    for (let i = 0; i < 600; i++) {
      const w = (): string => WORDS[int(WORDS.length)]!;
      const callee = `${w()}_${JOINS[int(JOINS.length)]}_${w()}${int(2) ? `_${w()}` : ''}`;
      const arg = ['v', 'src', 'argv[1]', 'buf', 'len'][int(5)]!;
      const name = NAMES[int(NAMES.length)]!;
      const text = `static int set_${name}(const char *v) {\n    ${name} = ${callee}(${arg});\n    user = ${callee}(${arg});\n}\n`;
      if (r.redactString(text) !== text) damaged.push(text);
    }
    assert.deepEqual(damaged.slice(0, 5), []);
  });

  it('400 scope paths after `key::` and 400 identifiers after a Slack prefix are kept', () => {
    const { int } = gen(SEED + 1);
    const damaged: string[] = [];
    const kinds = [
      'ecdsa-sha2-nistp256',
      'ecdsa-sha2-nistp384',
      'ssh-ed25519',
      'rsa-sha2-512',
      'sk-ecdsa-sha2-nistp256',
    ];
    for (let i = 0; i < 400; i++) {
      const k = kinds[int(kinds.length)]!;
      for (const line of [`The host key::${k} was accepted.`, `known_hosts key::${k} entry added`])
        if (r.redactString(line) !== line) damaged.push(line);
      const ws = ['token', 'rotation', 'enabled', 'scopes', 'granted', 'workspace', 'install', 'legacy'];
      const id = Array.from({ length: 3 + int(3) }, () => ws[int(ws.length)]).join('-');
      const s = `the flag xox${'bpa'[int(3)]}-${id}-${2020 + int(6)} is on`;
      if (r.redactString(s) !== s) damaged.push(s);
    }
    assert.deepEqual(damaged.slice(0, 5), []);
  });

  it("500 changelog lines 'Pass <argument> to …' are kept; twin: 'pass: <password>' is redacted", () => {
    const { int, pick } = gen(SEED + 3);
    const args = (): string =>
      [
        `${pick('upperAlnum', 3 + int(5))}=${['no', '1', 'yes', '0'][int(4)]}`,
        `${['strlen', 'sizeof', 'len', 'count'][int(4)]}+${1 + int(3)}`,
        `Fc${pick('letters', 4)}${int(9)}*`,
        `${['admindir', 'timeout', 'buffer', 'LDFLAGS', '--quiet'][int(5)]}`,
      ][int(4)]!;
    const tails = [
      'to dpkg, Closes: Bug#{n}',
      'to make tests too.',
      'for the block size to free.',
      'pointers in calls.',
    ];
    const damaged: string[] = [];
    const leaks: string[] = [];
    for (let i = 0; i < 500; i++) {
      const tail = tails[int(tails.length)]!.replace('{n}', String(10000 + int(90000)));
      const line = `${['  * ', '\t', '    - ', ''][int(4)]}${['Pass', 'pass', 'Only pass'][int(3)]} ${args()} ${tail}`;
      if (r.redactString(line) !== line) damaged.push(line);
      const pw = `${pick('alnum', 5)}${int(10)}!${pick('alnum', 4)}`;
      if (r.redactString(`admin pass: ${pw}`).includes(pw)) leaks.push(pw);
    }
    assert.deepEqual(damaged.slice(0, 5), []);
    assert.deepEqual(leaks.slice(0, 5), []);
  });

  it('twin: passwords with a `(`, values after `key:` and Slack tokens are still redacted', () => {
    const { int, pick } = gen(SEED + 2);
    const leaks: string[] = [];
    for (let i = 0; i < 300; i++) {
      const pw = `${pick('upperAlnum', 2)}${int(10)}${pick('letters', 1)}${int(10)}${pick('upperAlnum', 3)}(${pick('alnum', 7)}`;
      const slack = `xoxb-${pick('digits', 12)}-${pick('digits', 13)}-${pick('alnum', 24)}`;
      const key = pick('alnum', 36);
      for (const [line, v] of [
        [`password = ${pw}`, pw],
        [`the bot token is ${slack}`, slack],
        [`SLACK_BOT_TOKEN=${slack}`, slack],
        [`api_key: ${key}`, key],
      ] as const)
        if (r.redactString(line).includes(v.slice(-8))) leaks.push(line);
    }
    assert.deepEqual(leaks.slice(0, 5), []);
  });
});
