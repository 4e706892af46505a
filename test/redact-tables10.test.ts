/**
 * tables10's five layouts (helpers/tables-corpus.ts), planted and as look-alikes: name/value pairs in separate fields
 * (a password word as the name: `- name: DB_PASSWORD`), CSV/TSV rows under a secret column, `.env` values that start
 * with `&`, `*`, `!`, `#` (or `=` quoted), an account's `…_PASS`, passwords that open a bracket and go on
 * (`password: Ab3(x,y)Qz…`) against real calls, and a hard-wrapped token whose first line is a provider's prefix and a
 * few characters (`OPENAI_API_KEY: sk-proj-` then the body).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { tableCases } from './helpers/tables-corpus.js';

const SEEDS = [Number(process.env.REDACT_SEED ?? 20261202), 1, 7, 11];

function redactFile(rel: string, text: string): string {
  const f = new Redactor().filter({ rel });
  return f.write(text) + f.end();
}

/** A piece of 12 characters of the secret left in the output. */
const leaked = (out: string, s: string): boolean => {
  for (let i = 0; i + 12 <= s.length; i += 4) if (out.includes(s.slice(i, i + 12))) return true;
  return false;
};

for (const category of [1, 2, 3, 4, 5] as const) {
  describe(`tables10 category ${category}`, () => {
    it('redacts every planted secret', () => {
      const leaks = SEEDS.flatMap((seed) =>
        tableCases(seed)
          .filter((c) => c.category === category && c.secrets.length > 0)
          .filter((c) => c.secrets.some((s) => leaked(redactFile(c.rel, c.text), s)))
          .map((c) => `${seed}: ${c.text}`),
      );
      assert.deepEqual(leaks, []);
    });
    it('keeps the look-alikes byte for byte', () => {
      for (const seed of SEEDS)
        for (const c of tableCases(seed).filter((x) => x.category === category && x.secrets.length === 0))
          assert.equal(redactFile(c.rel, c.text), c.text);
    });
  });
}
