/**
 * A `.env` copied under another name (dotenv-shape.ts): its random-looking values go whatever their names; ids,
 * hashes, public-by-design keys and ordinary settings stay, and `NAME=value` lines inside prose are no dotenv.
 * Also `Basic <base64 of user:password>` with no header before it (credential-pairs.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

const rand = rng(4242);
const r = (set: keyof typeof CHARSETS, n: number): string => {
  for (;;) {
    let s = '';
    for (let i = 0; i < n; i++) s += CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)];
    if (/[A-Za-z]/.test(s) && /\d/.test(s)) return s;
  }
};
const run = (rel: string, text: string): string => {
  const f = new Redactor().filter({ rel });
  return f.write(text) + f.end();
};

describe('a .env under another name', () => {
  it('redacts random values under names no rule knows, and a bare Basic credential', () => {
    const secrets = [r('alnum', 24), r('alnum', 32), r('hex', 40), `${r('alnum', 10)}_${r('alnum', 12)}`];
    const basic = Buffer.from(`admin:${r('alnum', 14)}`).toString('base64');
    const text = [
      '# copied from the server',
      'DEBUG=false',
      'PORT=8080',
      `SIGNING_SALT=${secrets[0]}`,
      `SESSION_SIGNING="${secrets[1]}"`,
      `HMAC_MATERIAL=${secrets[2]}`,
      `export LEGACY_THING=${secrets[3]}`,
      `AUTH=Basic ${basic}`,
      'LOG_LEVEL=info',
      '',
    ].join('\n');
    for (const rel of ['app_settings.txt', 'notes/server-config.md', 'answer.txt']) {
      const out = run(rel, text);
      for (const s of [...secrets, basic]) assert.ok(!out.includes(s.slice(4, 14)), `${rel}: ${s} went out:\n${out}`);
      assert.match(out, /^DEBUG=false$/m);
      assert.match(out, /^PORT=8080$/m);
    }
  });

  it('redacts the value itself on CRLF lines with a trailing comment', () => {
    const v = r('alnum', 24);
    // A name no key-name rule knows (SIGNING_SALT is one since salts count: key-names.ts).
    const out = run('settings.txt', `A=1\r\nB=2\r\nC=3\r\nLEGACY_THING=${v} # rotated monthly\r\n`);
    assert.equal(out, 'A=1\r\nB=2\r\nC=3\r\nLEGACY_THING=[REDACTED:dotenv-value] # rotated monthly\r\n');
  });

  it('keeps ids, hashes, public-by-design keys, settings, and NAME=value lines among prose', () => {
    const kept = [
      [
        'BUILD_ID=8f3a9c2e1b7d4f6a8c0e2b4d6f8a0c2e4b6d8f0a',
        'GIT_SHA=a3f9c2e1b7d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2',
        `GOOGLE_CLIENT_ID=${r('alnum', 24)}.apps.googleusercontent.com`,
        `STRIPE_PUBLISHABLE_KEY=pk_live_${r('alnum', 24)}`,
        `SUPABASE_ANON_KEY=${r('alnum', 30)}`,
        'OPENAI_MODEL=gpt-4o-mini-2024-07-18',
        `POSTHOG=phc_${r('alnum', 43)}`,
        `LANGFUSE=pk-lf-${r('hex', 8)}-${r('hex', 4)}-${r('hex', 4)}-${r('hex', 4)}-${r('hex', 12)}`,
        'DATABASE_URL=postgres://localhost:5432/app',
        `IV=${r('hex', 32)}`,
        '',
      ].join('\n'),
      [
        'The run printed these settings while it started:',
        `RUN_LABEL=${r('alnum', 24)} was shown in the banner, then the agents began.`,
        'Each agent answered twice and voted once; the winner presented the final answer.',
        'Nothing else was configured, and the tools ran without errors or retries.',
        'A=1',
        'B=2',
        '',
      ].join('\n'),
    ];
    for (const text of kept) assert.equal(run('settings.txt', text), text);
    assert.equal(
      run('notes.md', 'Basic authentication is used, see Basic usage below.\n'),
      'Basic authentication is used, see Basic usage below.\n',
    );
  });
});
