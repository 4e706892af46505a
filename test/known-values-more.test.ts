/**
 * Issue 11, category 1: a value the user holds, repeated in another form. Environment names in
 * their short and suffixed forms (`SMTP_PASS`, `DB_PWD`, `GEMINI_API_KEY_BACKUP`, `TOKEN_V2`) make
 * known values; a known value is redacted URL-encoded, inside base64 of `user:value` with no
 * `Basic` before it, wrapped in a TUI box, hard-wrapped, and split over concatenated literals; a
 * project's `.env.local` is read beside its `.env`. Values are built at test time.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { dotenvFiles } from '../src/commands/redaction-setup.js';
import { knownValuesFromEnv } from '../src/core/redact/known-values.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

function values(seed: number): Record<string, string> {
  const rand = rng(seed);
  const g = (chars: string, n: number): string =>
    Array.from({ length: n }, () => chars[Math.floor(rand() * chars.length)]).join('');
  return {
    SMTP_PASS: g(CHARSETS.alnum, 6) + '!#' + g(CHARSETS.alnum, 5) + '$%' + g(CHARSETS.alnum, 3),
    DB_PWD: g(CHARSETS.alnum, 10) + '@&' + g(CHARSETS.alnum, 8),
    GEMINI_API_KEY_BACKUP: g(CHARSETS.alnum, 36),
    OPENAI_KEY: g(CHARSETS.alnum, 40),
    MISTRAL_API_KEY_PROD: g(CHARSETS.alnum, 32),
    WEBHOOK_TOKEN_V2: g(CHARSETS.hex, 32) + g(CHARSETS.alnum, 8),
  };
}

/** True if any 10-character window of the value survives, with separators removed. */
const leaked = (out: string, v: string): boolean => {
  const hay = out.replace(/[\s"'+│]/g, '');
  for (let i = 0; i + 10 <= v.length; i++) if (hay.includes(v.slice(i, i + 10))) return true;
  return false;
};

describe('known values in other forms', () => {
  it('short and suffixed secret names make known values; paths, names and limits do not', () => {
    const v = values(1).GEMINI_API_KEY_BACKUP!;
    for (const name of [
      'SMTP_PASS',
      'DB_PWD',
      'MYSQL_PW',
      'GEMINI_API_KEY_BACKUP',
      'OPENAI_API_KEY_PROD',
      'GITHUB_TOKEN_2',
      'STRIPE_KEY_V2',
      'ANTHROPIC_API_KEY_OLD',
    ]) {
      assert.equal(knownValuesFromEnv({ [name]: v }).length, 1, name);
    }
    for (const name of [
      'TOKEN_PATH',
      'API_KEY_NAME',
      'CACHE_BYPASS',
      'KEYBOARD_LAYOUT',
      'TOKEN_LIMIT',
      'SECRET_KEY_FILE',
      'HOME',
    ]) {
      assert.equal(knownValuesFromEnv({ [name]: v }).length, 0, name);
    }
  });

  for (const seed of [1, 2, 3]) {
    const vs = values(seed);
    const redactor = new Redactor({ knownValues: knownValuesFromEnv(vs), learn: true });
    for (const [name, v] of Object.entries(vs)) {
      it(`${name} URL-encoded, in base64 of user:value, boxed, wrapped, concatenated (seed ${seed})`, () => {
        const half = Math.floor(v.length / 2);
        const texts = [
          `form body: user=admin&pw=${encodeURIComponent(v)}`,
          `https://x.io/cb?next=${encodeURIComponent(`https://y.io/?k=${v}`)}`,
          `Authorization header value: ${Buffer.from(`admin:${v}`).toString('base64')}`,
          `creds ${Buffer.from(`deploy-bot:${v}`).toString('base64')} end`,
          `│ key: ${v.slice(0, 18)} │\n│ ${v.slice(18).padEnd(30)} │\n`,
          `${v.slice(0, 16)}\n${v.slice(16)}\n`,
          `const apiKey = "${v.slice(0, half)}" + "${v.slice(half)}";`,
          `KEY = (\n    "${v.slice(0, half)}"\n    "${v.slice(half)}"\n)\n`,
        ];
        // Split forms are joined for values of token characters (a password with symbols is matched whole, not in
        // pieces).
        const tokenChars = /^[A-Za-z0-9_+/=.~-]+$/.test(v);
        for (const text of tokenChars ? texts : texts.slice(0, 4)) {
          const out = redactor.redactString(text);
          assert.ok(!leaked(out, v), `${name}: ${out}`);
          assert.equal(out.split('\n').length, text.split('\n').length);
        }
      });
    }
  }

  it('a known value is not joined from pieces that do not spell it', () => {
    const v = values(4).OPENAI_KEY!;
    const redactor = new Redactor({ knownValues: [{ name: 'OPENAI_KEY', value: v }], learn: true });
    const text = `${v.slice(0, 20)}\n${v.slice(20, 30)}zzzzzzzz\n`;
    const [first, second] = redactor.redactString(text).split('\n');
    // The next line is not joined to the first; the first, 20 characters of the value, is a piece of it on its own
    // (known-variants.ts: pieces of 12 characters or more).
    assert.equal(second, `${v.slice(20, 30)}zzzzzzzz`);
    assert.equal(first, '[REDACTED:known-value:OPENAI_KEY]');
  });

  it("reads each directory's .env.local beside its .env", () => {
    const proj = path.join(path.sep, 'p', 'proj');
    const files = dotenvFiles(
      path.join(path.sep, 'cwd'),
      {
        root: path.join(proj, '.massgen', 'massgen_logs', 'log_1'),
        id: 'log_1',
        logsDir: path.join(proj, '.massgen', 'massgen_logs'),
      },
      path.join(path.sep, 'home'),
    );
    assert.ok(files.includes(path.join(proj, '.env.local')), files.join(' '));
    assert.ok(files.includes(path.join(path.sep, 'cwd', '.env.local')), files.join(' '));
    assert.ok(files.includes(path.join(path.sep, 'home', '.config', 'massgen', '.env')));
  });
});

describe('a known value glued into a longer token', () => {
  const rand = rng(4242);
  const g = (n: number): string =>
    Array.from({ length: n }, () => CHARSETS.urlsafe[Math.floor(rand() * CHARSETS.urlsafe.length)]).join('');
  it('takes the whole token with it (a piece learned from a wrapped box, a header tokens share)', () => {
    for (let k = 0; k < 40; k++) {
      // A piece as a box line cuts it: letters or digits at both ends.
      const piece = `${'Ab'[k % 2]}${g(30)}${k % 10}`;
      const token = `tok${k}_${g(12)}${piece}${'x9'[k % 2]}${g(25)}==`;
      const r = new Redactor({ knownValues: [{ name: 'PIECE', value: piece }] });
      for (const line of [`setx T "${token}"`, `token: ${token}`, `{"t": "${token}"}`]) {
        const out = r.redactString(line);
        assert.ok(!out.includes(token.slice(0, 8)) && !out.includes(token.slice(-12, -2)), out);
        assert.match(out, /\[REDACTED:known-value:PIECE\]/);
      }
    }
  });
  it('keeps what a separator or a path joins to it', () => {
    const value = `Q${g(30)}7`;
    const r = new Redactor({ knownValues: [{ name: 'V', value }] });
    const p = '[REDACTED:known-value:V]';
    for (const [line, want] of <[string, string][]>[
      [`cache-${value}`, `cache-${p}`],
      [`dump_${value}.json`, `dump_${p}.json`],
      [`https://x.test/${value}/y?a=1`, `https://x.test/${p}/y?a=1`],
      [`KEY=${value}`, `KEY=${p}`],
      [`${value}-old`, `${p}-old`],
      [`a: ${value}s=1&b=2`, `a: ${p}=1&b=2`],
      [`--flag=abc+${value}x=y,z`, `--flag=abc+${p}=y,z`],
      [`t: ${value}x==`, `t: ${p}`],
    ])
      assert.equal(r.redactString(line), want);
  });
});
