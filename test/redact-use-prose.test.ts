/**
 * Round 15: benign14's ids after prose that mentions a key came back (id-nouns.ts), without its harm (a hex key or
 * UUID a few words after a provider's name or a verb of use was kept: `The search worked (exa.ai) accepted <uuid>`,
 * `For Together, paste <hex>`, `wandb login <hex>`, `mistral,<hex>`, `Cohere::Client.new("<hex>")`). The corpus
 * (test/helpers/use-prose-corpus.ts): generated agent-log prose with API object ids (`chatcmpl-…`, `call_…`, `msg_…`,
 * `resp_…`, `toolu_…`, `run_…`), hex ids, UUIDs, commits and timings after a key, token or password word: 256 of 3,000
 * lines damaged before, 0 after. Its twin: 1,550 keys handed over in 24 forms, none left.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { idLogLines, leaked, statedKeyLines } from './helpers/use-prose-corpus.js';

const SEED = Number(process.env.REDACT_SEED ?? 20261215);

describe('ids after prose that mentions a key; keys a provider or a verb of use hands over', () => {
  const r = new Redactor();

  it('3,000 generated log lines with API object ids, hex ids and UUIDs come out byte for byte', () => {
    const damaged = idLogLines(SEED, 3000).filter((l) => r.redactString(l) !== l);
    assert.deepEqual(damaged.slice(0, 10), []);
  });

  it('the same lines as one log and as JSON strings', () => {
    const lines = idLogLines(SEED + 1, 400);
    const text = lines.join('\n');
    assert.equal(r.redactString(text), text);
    const json = JSON.stringify(lines.map((content) => ({ role: 'assistant', content })));
    assert.equal(r.redactString(json), json);
  });

  it('twin: 1,550 keys after a provider, a verb of use, a label, in a CSV row or a constructor are redacted', () => {
    const leaks = statedKeyLines(SEED + 2, 1550)
      .filter((s) => leaked(r.redactString(s.line), s.value))
      .map((s) => s.line);
    assert.deepEqual(leaks.slice(0, 10), []);
  });
});
