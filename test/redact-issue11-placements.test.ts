import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leaksValue, redactAs } from './helpers/placements.js';

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

/** Plants `n` values per placement; returns the placements that leaked. */
function leaked(placements: [string, (v: string) => string, () => string][], n = 20): string[] {
  const missed: string[] = [];
  for (const [rel, place, value] of placements)
    for (let i = 0; i < n; i++) {
      const v = value();
      const text = place(v);
      if (leaksValue(redactAs(rel, text), v)) missed.push(`${rel}: ${text.trim().slice(0, 140)}`);
    }
  return missed;
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

describe('HTML tables whose header row names the column', () => {
  it('redacts every cell of a secret column', () => {
    const missed = leaked([
      [
        'a.html',
        (v) => `<table><tr><th>Service</th><th>API key</th></tr><tr><td>x</td><td>${v}</td></tr></table>\n`,
        key,
      ],
      [
        'r.html',
        (v) =>
          `<table>\n  <tr><th>Provider</th><th>Model</th><th>Password</th></tr>\n  <tr><td>mistral</td><td>large</td><td>abc123def456</td></tr>\n  <tr>\n    <td>cohere</td><td>r</td>\n    <td><code>${v}</code></td>\n  </tr>\n</table>\n`,
        key,
      ],
      ['a.htm', (v) => `<TABLE><TR><TH>Name</TH><TH>Token</TH></TR><TR><TD>ci</TD><TD>${v}</TD></TR></TABLE>\n`, key],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps other columns, other tables and descriptions', () => {
    const v = key();
    assert.deepEqual(
      damaged([
        [
          'a.html',
          `<table><tr><th>API key</th><th>Commit</th></tr><tr><td>see vault</td><td>${r('hex', 40)}</td></tr></table>\n<table><tr><td>Build</td><td>${v}</td></tr></table>\n`,
        ],
        ['b.html', '<table><tr><th>Key</th><th>Action</th></tr><tr><td>Enter</td><td>Submit</td></tr></table>\n'],
        ['c.html', '<table><tr><th>Token</th><th>Meaning</th></tr><tr><td>&lt;eos&gt;</td><td>end</td></tr></table>\n'],
      ]),
      [],
    );
  });
});

describe('a bare "key" beside a field naming a provider', () => {
  const hex = (): string => r('hex', [32, 40, 64][Math.floor(rand() * 3)]!);
  it('redacts 32-64 hex digits', () => {
    const missed = leaked([
      ['a.json', (v) => `{"provider": "deepgram", "key": "${v}"}\n`, hex],
      ['a.json', (v) => `[\n  {\n    "key": "${v}",\n    "service": "Mistral"\n  }\n]\n`, hex],
      ['a.jsonl', (v) => `${JSON.stringify({ args: JSON.stringify({ name: 'elevenlabs', key: v }) })}\n`, hex],
      ['a.py', (v) => `creds = {'provider': 'cohere', 'key': '${v}'}\n`, hex],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps hex under "key" with no provider field, or a provider in another object', () => {
    assert.deepEqual(
      damaged([
        ['a.json', `{"type": "commit", "key": "${r('hex', 40)}"}\n`],
        ['b.json', `[{"provider": "openai"}, {"key": "${r('hex', 64)}", "kind": "blob"}]\n`],
        ['c.json', `{"cache": {"key": "${r('hex', 40)}"}, "note": "x"}\n`],
      ]),
      [],
    );
  });
});

describe('a key-name value concatenated from literals', () => {
  it('redacts every piece', () => {
    const missed = leaked([
      ['a.js', (v) => `const apiKey = "${v.slice(0, 16)}" + "${v.slice(16)}";\n`, key],
      ['a.ts', (v) => `const API_KEY = '${v.slice(0, 10)}' +\n  '${v.slice(10, 20)}' +\n  '${v.slice(20)}';\n`, key],
      ['a.py', (v) => `api_key = ("${v.slice(0, 16)}" "${v.slice(16)}")\n`, key],
      ['a.py', (v) => `api_key = ("${v.slice(0, 16)}"\n           "${v.slice(16)}")\n`, key],
      [
        'a.py',
        (v) => `cfg = {\n    "api_key": (\n        "${v.slice(0, 20)}"\n        "${v.slice(20)}"\n    ),\n}\n`,
        key,
      ],
      ['a.go', (v) => `secret := "${v.slice(0, 16)}" + "${v.slice(16)}"\n`, key],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps concatenations under other names, and of words', () => {
    assert.deepEqual(
      damaged([
        ['a.js', `const label = "${key().slice(0, 16)}" + "${key().slice(16)}";\n`],
        ['a.js', 'const tokenUrl = "https://auth.example.com" + "/oauth/token";\n'],
        ['a.py', 'password_hint = ("at least " "eight characters")\n'],
        ['a.ts', 'const apiKey = process.env.API_KEY + "";\n'],
        ['a.py', 'msg = "api_key" + "=" + value\n'],
      ]),
      [],
    );
  });
});
