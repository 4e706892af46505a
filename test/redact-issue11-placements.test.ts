import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

/**
 * Issue 11 placements (TOTP seeds, concatenated literals, Bearer in JS strings, HTML column headers, a bare "key"
 * beside a provider): each plants prefix-less random values (as test/redact-corpus.test.ts builds them) and must
 * leave no 10-character window of them; each look-alike must come out byte-identical.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 1111));
const r = (set: keyof typeof CHARSETS, n: number): string => {
  for (;;) {
    let s = '';
    for (let i = 0; i < n; i++) s += CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)];
    if (/[A-Za-z]/.test(s) && /\d/.test(s)) return s;
  }
};
const key = (): string => r('alnum', 32 + Math.floor(rand() * 9));

function redact(rel: string, text: string): string {
  const f = new Redactor().filter({ rel });
  return f.write(text) + f.end();
}
function leaks(out: string, v: string): boolean {
  for (let i = 0; i + 10 <= v.length; i += 3) if (out.includes(v.slice(i, i + 10))) return true;
  return false;
}
/** Plants `n` values per placement; returns the placements that leaked. */
function leaked(placements: [string, (v: string) => string, () => string][], n = 20): string[] {
  const missed: string[] = [];
  for (const [rel, place, value] of placements)
    for (let i = 0; i < n; i++) {
      const v = value();
      const text = place(v);
      if (leaks(redact(rel, text), v)) missed.push(`${rel}: ${text.trim().slice(0, 140)}`);
    }
  return missed;
}
function damaged(lookAlikes: [string, string][]): string[] {
  return lookAlikes.filter(([rel, t]) => redact(rel, t) !== t).map(([rel, t]) => `${rel}: ${t.trim()}`);
}

describe('TOTP and MFA seeds', () => {
  const seed = (): string => r('base32', [16, 26, 32][Math.floor(rand() * 3)]!);
  it('redacts otpauth secrets and seeds under otp/totp/mfa names', () => {
    const missed = leaked([
      ['a.txt', (v) => `otpauth://totp/Example:alice@example.com?secret=${v}&issuer=Example\n`, seed],
      ['a.txt', (v) => `otpauth://totp/Example?issuer=Example&secret=${v}&digits=6\n`, seed],
      ['a.json', (v) => `{"uri": "otpauth://hotp/Ex?secret=${v}&counter=1"}\n`, seed],
      ['a.py', (v) => `otp_seed = "${v}"\n`, seed],
      ['.env', (v) => `TOTP_SEED=${v}\n`, seed],
      ['a.py', (v) => `totp_key = "${v}"\n`, seed],
      ['a.yaml', (v) => `mfa_seed: ${v}\n`, seed],
      ['a.yaml', (v) => `mfa_secret: ${v}\n`, seed],
      ['a.py', (v) => `totp_secret = "${v}"\n`, seed],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps look-alikes', () => {
    assert.deepEqual(
      damaged([
        ['a.txt', 'otpauth://totp/Example?secret=${TOTP_SECRET}&issuer=Example\n'],
        ['a.py', 'otp_seed = os.environ["OTP_SEED"]\n'],
        ['a.yaml', 'mfa_key: required\n'],
        ['a.py', 'otp_length = 6\n'],
      ]),
      [],
    );
  });
});

describe('Bearer values in JS strings and templates', () => {
  it('redacts the literal in a template, a backtick string and a quoted string', () => {
    const missed = leaked([
      ['a.js', (v) => 'fetch(u, { headers: { Authorization: `Bearer ${"' + v + '"}` } });\n', key],
      ['a.ts', (v) => "const headers = { Authorization: `Bearer ${'" + v + "'}` };\n", key],
      ['a.js', (v) => 'const h = { Authorization: `Bearer ' + v + '` };\n', key],
      ['a.js', (v) => `fetch(u, { headers: { Authorization: 'Bearer ${v}' } });\n`, key],
      ['a.ts', (v) => `const h = { "Authorization": \`Bearer ${v}\` };\n`, key],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps templates over variables', () => {
    assert.deepEqual(
      damaged([
        ['a.js', 'fetch(u, { headers: { Authorization: `Bearer ${token}` } });\n'],
        ['a.ts', 'const h = { Authorization: `Bearer ${process.env.API_KEY}` };\n'],
        ['a.js', 'const h = { Authorization: `Bearer ${await getToken()}` };\n'],
      ]),
      [],
    );
  });
});
