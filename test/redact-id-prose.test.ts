/**
 * Agent-log prose that mentions a key, a token or a password and then an id or a hash not assigned to it (`Rotated
 * the API key yesterday; request id … completed`, `the token expired, see commit …`, `checked the password policy:
 * build 20241130.4 sha256 …`): an outside tester found 51 of 400 such lines damaged. The corpus is generated
 * (test/helpers/id-prose-corpus.ts: 37 mentions, 9 joining marks, 30 kinds of ids, with or without a log's time
 * stamp); its twin states secrets on lines that hold an id too, and the secret goes while the id stays.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { idProseLines, statedSecretLines } from './helpers/id-prose-corpus.js';
import { proseValues } from './helpers/prose-corpus.js';

const SEED = Number(process.env.REDACT_SEED ?? 20261202);

/** Whether any 10 characters of `value` are left in `out`. */
const leaked = (out: string, value: string): boolean => {
  for (let i = 0; i + 10 <= value.length; i++) if (out.includes(value.slice(i, i + 10))) return true;
  return false;
};

describe('an id or a hash after prose that mentions a key', () => {
  const r = new Redactor();

  it('2,000 generated log lines come out byte for byte', () => {
    const damaged = idProseLines(SEED, 2000).filter((l) => r.redactString(l) !== l);
    assert.deepEqual(damaged.slice(0, 10), []);
  });

  it("the tester's three sentences, with generated ids", () => {
    const rand = rng(SEED + 1);
    const hex = (n: number): string => Array.from({ length: n }, () => CHARSETS.hex[Math.floor(rand() * 16)]).join('');
    for (let i = 0; i < 50; i++) {
      for (const line of [
        `Rotated the API key yesterday; request id ${hex(32)} completed`,
        `the token expired, see commit ${hex(40)}`,
        `checked the password policy: build 20241130.${i % 9} sha256 ${hex(64)}`,
      ])
        assert.equal(r.redactString(line), line);
    }
  });

  it('the lines as one log (a text of many lines) and as JSON strings', () => {
    const lines = idProseLines(SEED + 2, 500);
    const text = lines.join('\n');
    assert.equal(r.redactString(text), text);
    const json = JSON.stringify(lines.map((content) => ({ role: 'assistant', content })));
    assert.equal(r.redactString(json), json);
  });

  it('twin: a secret the sentence says is one is redacted, the id on its line is kept', () => {
    const pv = proseValues(SEED + 3);
    // Random tokens with a digit (a letters-only run is judged by its case changes: another test's) and passwords.
    const digit = (vs: string[]): string[] => vs.filter((v) => /\d/.test(v));
    const rows = statedSecretLines(
      SEED + 4,
      800,
      () => digit(pv.token()),
      () => digit(pv.password()),
    );
    const leaks: string[] = [];
    const lost: string[] = [];
    for (const s of rows) {
      const out = r.redactString(s.line);
      if (leaked(out, s.value)) leaks.push(out);
      if (!s.id.split(/\s+/).every((w) => out.includes(w))) lost.push(out);
    }
    assert.deepEqual(leaks, []);
    assert.deepEqual(lost, []);
  });
});
