/**
 * Hostile lines an outside attacker found (attack 17): a service URL's pieces repeated made the slashed-password regex
 * cubic (a 17 KB answer took 21 s of CPU and 5 minutes, and SIGTERM could not stop it); a long run of letters that
 * decodes as base32 (or of `password` repeated) overflowed the stack where its bytes became text, and the benign file
 * was left out as "could not be read". Twins: a password with a `/` in a service URL is still replaced, a port and
 * path is not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { rng } from './helpers/fake-secrets.js';

const SCHEMES = ['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqps', 'ldap', 'sftp'];

describe('service URLs repeated: linear', () => {
  const r = rng(1717);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const units = [
    `${pick(SCHEMES)}://u:`,
    `${pick(SCHEMES)}://:`,
    `${pick(SCHEMES)}://user:pa/`,
    `${pick(SCHEMES)}://a:b/c `.trimEnd(),
  ];
  itIsLinear(units.map((u) => [JSON.stringify(u), u]));
});

describe('long decodable runs are redacted, not dropped', () => {
  const r = rng(1718);
  const lower = 'abcdefghijklmnopqrstuvwxyz234567';
  const runs: [string, string][] = [
    ['password repeated', 'password'.repeat(1 << 17)],
    ['lowercase base32 letters', Array.from({ length: 1 << 20 }, () => lower[Math.floor(r() * 32)]).join('')],
    [
      'capital base32 letters',
      Array.from({ length: 1 << 20 }, () => lower[Math.floor(r() * 32)]!.toUpperCase()).join(''),
    ],
  ];
  for (const [name, text] of runs)
    it(`${name} (${text.length} characters): no exception`, () => {
      const out = new Redactor().redactString(`${text}\n`);
      assert.equal(typeof out, 'string');
    });
});

describe('twins: service URL passwords', () => {
  const r = rng(1719);
  const word = (n: number): string =>
    Array.from({ length: n }, () => 'abcdefghkmnpqrstuvwxyz'[Math.floor(r() * 22)]).join('');
  it('a password holding a `/` is replaced, in every scheme', () => {
    for (const scheme of SCHEMES) {
      const pw = `${word(5)}/${word(4)}9${word(3)}`;
      const out = new Redactor().redactString(`DATABASE_URL_${word(3)} ${scheme}://app:${pw}@db.internal:5432/app\n`);
      assert.ok(!out.includes(pw), `${scheme}: ${out}`);
    }
  });
  it('a port and a path before an `@` in a path are kept', () => {
    for (const scheme of SCHEMES) {
      const text = `see ${scheme}://db.internal:5432/app@v2 for the ${word(6)} migration\n`;
      assert.equal(new Redactor().redactString(text), text);
    }
  });
});

describe('a call wrapped after a secret-named argument keeps its keyword arguments', () => {
  const r = rng(1720);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const ARGS = ['credentials', 'password', 'token', 'secret', 'api_key', 'access_token', 'client_secret', 'passwd'];
  const KW = ['force_resource_quota', 'access_token_file', 'backend', 'cache_only_rapt', 'verify_ssl', 'timeout_secs'];
  const VALUES = ['True', 'False', 'None', 'default_backend()', 'self._timeout', 'DEFAULT_SCOPES', '30'];
  const ENDS = [')', ',', '))', ')', ''];
  it('600 wrapped argument lines of Python come out unchanged', () => {
    const changed: string[] = [];
    for (let i = 0; i < 600; i++) {
      const args = [pick(ARGS), ...(r() < 0.4 ? [pick(ARGS)] : [])].join(', ');
      const text = `  result = module.Call(\n      ${args}, ${pick(KW)}=${pick(VALUES)}${pick(ENDS)}\n`;
      if (new Redactor().redactString(text) !== text) changed.push(text);
    }
    assert.deepEqual(changed.slice(0, 5), []);
  });
  it('twin: a delimited row of a secret name and a password holding `=` is still redacted', () => {
    const sym = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789=@!_';
    for (let i = 0; i < 200; i++) {
      const pw = `${pick(['Jb9', 'Qx7', 'Mv2'])}=${Array.from({ length: 14 }, () => pick([...sym])).join('')}`;
      const out = new Redactor().redactString(`${pick(ARGS)}, ${pw}\n`);
      assert.ok(!out.includes(pw), out);
    }
  });
});
