/**
 * Credentials stated in natural language (issue 11, prose-credentials.ts): the corpus of test/helpers/prose-corpus.ts
 * (sentence forms in 21 languages, tokens in sentences about a key, chat transcripts as JSON strings, each with
 * generated values of several classes) is fully redacted, its benign sentences come out byte for byte, the JSON forms
 * still parse, and a line of the pass's own trigger words costs linear time (timed in a child process).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { timeInChild } from './helpers/child-timer.js';
import { leaks } from './helpers/fake-secrets.js';
import { allBenign, PASSWORD_FORMS, proseValues, TOKEN_FORMS, TRANSCRIPT_FORMS } from './helpers/prose-corpus.js';

const SEED = Number(process.env.REDACT_SEED ?? 20261202);

/** The forms filled with each value that leak (10-character windows of the value left). */
function leaked(r: Redactor, forms: readonly string[], values: () => string[]): string[] {
  const missed: string[] = [];
  for (const form of forms)
    for (const value of values()) {
      const text = form.replaceAll('{v}', value);
      const out = r.redactString(text);
      if (leaks(out, [{ family: 'prose', value, context: '' }]).length > 0) missed.push(text);
      if (form.startsWith('{')) assert.doesNotThrow(() => JSON.parse(out), out);
    }
  return missed;
}

describe('credentials stated in sentences', () => {
  const r = new Redactor();
  const v = proseValues(SEED);
  for (const [lang, forms] of Object.entries(PASSWORD_FORMS))
    it(`passwords said in ${lang}`, () => assert.deepEqual(leaked(r, forms, v.password), []));
  it('random tokens in a sentence about a key or token', () => assert.deepEqual(leaked(r, TOKEN_FORMS, v.token), []));
  it('chat transcripts (JSON strings with \\n escapes) still parse and leak nothing', () =>
    assert.deepEqual(
      leaked(r, TRANSCRIPT_FORMS, () => [...v.password(), ...v.token()]),
      [],
    ));
  it('benign sentences about passwords, tokens and keys come out byte for byte', () => {
    const changed = allBenign().filter((t) => r.redactString(t) !== t);
    assert.deepEqual(changed, []);
  });
});

/** A line of one trigger repeated: 16 times the text costs at most 32 times the CPU time. */
const TIMER = `
const { Redactor } = await import(process.argv[1]);
const unit = JSON.parse(process.argv[2]);
const line = (n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const r = new Redactor();
const cpu = (n) => { const t = process.cpuUsage(); r.redactString(line(n)); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
cpu(4096);
process.stdout.write(JSON.stringify({ a: Math.min(cpu(65536), cpu(65536)), b: cpu(16 * 65536) }));
`;
const UNITS = [
  'password is ',
  '\u5bc6\u7801\u662f',
  '\u30d1\u30b9\u30ef\u30fc\u30c9\u306f',
  '\ube44\ubc00\ubc88\ud638\ub294 ',
  'the password for the admin account on the box is ',
  'token ',
  'api key is ',
  'pass ',
  'log in as admin / ',
  'credentials: user a / ',
  'mot de passe : ',
  '\u043f\u0430\u0440\u043e\u043b\u044c: ',
];

describe('the prose credential reader is linear on a line of its trigger words', () => {
  for (const unit of UNITS)
    it(`a line of ${JSON.stringify(unit)}`, () => {
      const t = timeInChild<{ a: number; b: number }>(TIMER, unit);
      const at = `${JSON.stringify(unit)}: ${JSON.stringify(t)} (ms of CPU, 64 KiB then 1 MiB)`;
      assert.ok(t.b <= 32 * t.a + 150, at);
      assert.ok(t.b < 8000, at);
    });
});
